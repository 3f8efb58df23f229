"""A package's new models go in by a few multi-row statements, and the app finds them as typed."""

from __future__ import annotations

import copy
import json
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from dvk_desktop.domain.text import fold, sort_key
from dvk_desktop.services import duplicates, models
from dvk_desktop.services.audit import to_json
from dvk_desktop.services.exchange.records.apply import apply_child_records
from dvk_desktop.services.exchange.records.apply_models import CHUNK
from dvk_desktop.storage.models import AuditEntry, DvkModel, ModelIndicator, ModelReview
from dvk_desktop.storage.queries.models import ModelFilter, list_models, search_text_for
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.packaging.test_import_rows import _commune

Make = Callable[..., WorkspaceHandle]


@pytest.fixture(scope="module")
def commune_records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The exported records of a commune with every kind of reference (made once)."""
    return _commune(tmp_path_factory.mktemp("xa"))[1]


def _inserts(handle: WorkspaceHandle, records: dict[str, Any]) -> Counter[str]:
    """Apply the records as an import does; INSERT statements sent, by table."""
    sent: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO"):
            sent.append(statement.split()[2].strip('"'))

    event.listen(handle.engine, "before_cursor_execute", seen)
    try:
        with handle.sessions() as session, session.begin():
            report = apply_child_records(session, records, actor="test")
            duplicates.flag_imported(session, [m["uuid"] for m in records["models"]])
    finally:
        event.remove(handle.engine, "before_cursor_execute", seen)
    assert report.created == len(records["models"])
    return Counter(sent)


def test_new_models_are_inserted_by_a_few_statements_whatever_their_number(
    tmp_path: Path, new_workspace: Make, commune_records: dict[str, Any]
) -> None:
    records = copy.deepcopy(commune_records)
    last = records["models"][-1]
    records["models"] += [
        {**copy.deepcopy(last), "uuid": str(uuid.UUID(int=n)), "code": f"MH-2026-{100 + n}"}
        for n in range(1, 11)
    ]  # 13 models, ten of them alike
    upper = new_workspace(tmp_path / "tinh", unit_code="01")
    sent = _inserts(upper, records)
    # Two statements per table: the models before the one maintaining an earlier model of the
    # package go in first (it refers to a stored row), then the rest. SQLite used to get one
    # INSERT per model and per indicator (RETURNING in the rows' order).
    assert sent["dvk_model"] == 2
    assert sent["model_indicator"] == 2
    assert sent["indicator_village_value"] == 1
    assert sent["audit_log"] == 1
    assert sent["duplicate_flag"] == 1  # the ten alike names and the one they copy: 55 pairs
    with upper.sessions() as session:
        assert len(session.scalars(select(DvkModel)).all()) == 13


def test_bulk_rows_carry_every_derived_column_the_app_searches_and_shows(
    tmp_path: Path, new_workspace: Make, commune_records: dict[str, Any]
) -> None:
    records = copy.deepcopy(commune_records)
    upper = new_workspace(tmp_path / "tinh", unit_code="01")
    _inserts(upper, records)
    with upper.sessions() as session:
        rows = {r.uuid: r for r in session.scalars(select(DvkModel))}
        for m in records["models"]:
            row = rows[m["uuid"]]
            # What the model list sorts and searches by, as the model service fills it.
            assert row.name_folded == fold(row.name) != ""
            assert row.name_sort == sort_key(row.name) != b""
            owner = row.owner_org.name if row.owner_org else ""
            holder = row.holder.full_name if row.holder else ""
            village = row.village.name if row.village else ""
            assert row.search_text == search_text_for(
                row.code, row.name, row.place, owner, holder, village
            )
            codes = session.scalars(
                select(ModelIndicator.code).where(ModelIndicator.model_id == row.id)
            )
            assert list(codes) == [i["code"] for i in m["indicators"]]
            entry = session.scalars(
                select(AuditEntry).where(AuditEntry.entity_uuid == row.uuid)
            ).one()
            assert json.loads(entry.after_json) == json.loads(to_json(models.snapshot(row)))
        # Typed without diacritics, as a clerk searches the list (``dvk models list --search``).
        found = list_models(session, ModelFilter(search="thap sang duong pho"))
        assert [r.name for r in found] == ["Thắp sáng đường phố tổ 5"]
        found = list_models(session, ModelFilter(search="camera an ninh"))
        assert [r.name for r in found] == ["Camera an ninh tổ 6"]


def test_a_package_larger_than_one_write_keeps_every_model_link_receipt_and_audit(
    tmp_path: Path, new_workspace: Make, commune_records: dict[str, Any]
) -> None:
    """Rows are written every CHUNK models: nothing at a boundary is lost or linked wrongly."""
    records = copy.deepcopy(commune_records)
    last = records["models"][-1]
    first_uuid = records["models"][0]["uuid"]
    extra = CHUNK + 7 - len(records["models"])
    records["models"] += [
        {
            **copy.deepcopy(last),
            "uuid": str(uuid.UUID(int=n)),
            "code": f"MH-2026-{1000 + n}",
            "name": f"Mô hình số {n} chăm lo đường làng ngõ xóm",
            "status": "de_nghi_cong_nhan" if n % 3 == 0 else "dang_ky",
            "continues_uuid": first_uuid if n == extra else None,
        }
        for n in range(1, extra + 1)
    ]
    upper = new_workspace(tmp_path / "tinh", unit_code="01")
    written: list[int] = []  # what the import's progress bar hears
    with upper.sessions() as session, session.begin():
        report = apply_child_records(session, records, actor="test", tick=written.append)
    assert report.created == CHUNK + 7
    assert written == [CHUNK, CHUNK + 7]
    proposed = {m["uuid"] for m in records["models"] if m["status"] == "de_nghi_cong_nhan"}
    with upper.sessions() as session:
        rows = {r.uuid: r for r in session.scalars(select(DvkModel))}
        assert len(rows) == CHUNK + 7
        # The last model, written in the second chunk, maintains the first (the first chunk).
        assert rows[str(uuid.UUID(int=extra))].continues_id == rows[first_uuid].id
        received = {r.model_id for r in session.scalars(select(ModelReview))}
        assert received == {rows[u].id for u in proposed}
        audited = Counter(session.scalars(select(AuditEntry.entity_uuid)))
        assert all(audited[u] == 1 for u in rows)
        indicators = Counter(session.scalars(select(ModelIndicator.model_id)))
        assert indicators[rows[str(uuid.UUID(int=extra))].id] == len(last["indicators"])
    # The same package changed everywhere: every held model is updated, chunk by chunk.
    for m in records["models"]:
        m["name"] += " (bổ sung)"
        m["version"] += 1
    with upper.sessions() as session, session.begin():
        again = apply_child_records(session, records, actor="test")
    assert (again.created, again.updated) == (0, CHUNK + 7)
    with upper.sessions() as session:
        names = set(session.scalars(select(DvkModel.name)))
        assert all(n.endswith("(bổ sung)") for n in names)
        models = select(AuditEntry.id).where(AuditEntry.entity == "model")
        assert len(session.scalars(models).all()) == 2 * (CHUNK + 7)
