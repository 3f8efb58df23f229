"""The bulk import writes exactly what the model service writes, and the audit it would log."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dvk_desktop.domain.model import IndicatorInput
from dvk_desktop.domain.vocab import Gender, ModelType, Novelty, OrgType, Status, SubTopic
from dvk_desktop.errors import NotFoundError
from dvk_desktop.services import directory, exchange, models, workspace_keys
from dvk_desktop.services.audit import to_json
from dvk_desktop.services.exchange.records.apply import apply_child_records
from dvk_desktop.services.exchange.records.model_inputs import model_input_from_record
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import (
    AuditEntry,
    DvkModel,
    IndicatorVillageValue,
    ModelCoordinator,
    ModelIndicator,
)
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input

PASS = "mật khẩu kiểm thử 2026"


def _commune(root: Path) -> tuple[Path, dict[str, Any]]:
    """A commune with models using every kind of reference, and its exported records."""
    handle = init_workspace(root / "xa", unit_code="00070")
    with handle.sessions() as session, session.begin():
        v1 = directory.add_village(session, "Tổ dân phố 5")
        v2 = directory.add_village(session, "Tổ dân phố 6")
        directory.add_organisation(session, "Đoàn Thanh niên phường", OrgType.YOUTH_UNION)
        directory.add_organisation(session, "Hội Phụ nữ phường", OrgType.WOMEN_UNION, village=v2)
        directory.add_person(session, "Nguyễn Thị Mai", birth_year=1980, gender=Gender.FEMALE)
        directory.add_person(session, "Trần Văn Đức", position="Tổ trưởng", village=v1)
        villages = [v1.uuid, v2.uuid]
    orgs = [o.uuid for o in directory.organisations(handle)]
    people = [p.uuid for p in directory.people(handle)]
    first = complete_input(handle, name="Thắp sáng đường phố tổ 5", place="Tổ 5")
    first.sub_topics = [SubTopic.PUBLIC_ORDER, SubTopic.NEW_RURAL]
    first.coordinating_org_uuids = [orgs[1], orgs[1]]  # repeated: kept once
    first.lead_person_uuid = people[1]
    first.indicators = [
        IndicatorInput("den_chieu_sang", "", "", Decimal(270), Decimal("130.5"),
                       {villages[0]: (Decimal(200), None), villages[1]: (Decimal(70), None)}),
        IndicatorInput("", "Ngày công đóng góp", "ngày", Decimal(40)),
    ]  # fmt: skip
    a = models.create_model(handle, first)
    second = complete_input(handle, name="Camera an ninh tổ 6", year=2026)
    second.model_type = ModelType.INDIVIDUAL
    second.holder_person_uuid = people[0]
    second.novelty = Novelty.MAINTAINED
    second.continues_uuid = a
    second.replicated_from_text = "Mô hình camera phường Hàng Trống"
    b = models.create_model(handle, second)
    for uuid in (a, b):
        models.change_status(handle, uuid, Status.IMPLEMENTING)
    models.change_status(handle, b, Status.PROPOSED)
    models.create_model(handle, complete_input(handle, name="Phân loại rác tổ 6"))
    workspace_keys.create_key(handle, PASS)
    out = root / "usb"
    out.mkdir()
    package = exchange.export_package(handle, out, passphrase=PASS, encrypt=False).path
    handle.close()
    with zipfile.ZipFile(package) as zf:
        return package, json.loads(zf.read("data/records.json"))


def _upper(root: Path) -> WorkspaceHandle:
    return init_workspace(root, unit_code="01")


def _rows(handle: WorkspaceHandle) -> dict[str, Any]:
    """Every model with its indicators, shares and coordinators, without ids and times."""
    out: dict[str, Any] = {}
    with handle.sessions() as session:
        for row in session.scalars(select(DvkModel)):
            values = {
                c.key: getattr(row, c.key)
                for c in DvkModel.__table__.columns
                if c.key not in ("id", "created_at", "updated_at")
            }
            for key, rel in (("owner_org_id", "owner_org"), ("holder_person_id", "holder"),
                             ("lead_person_id", "lead"), ("village_id", "village"),
                             ("continues_id", "continues")):  # fmt: skip
                values[key] = getattr(getattr(row, rel), "uuid", None)
            inds = session.scalars(select(ModelIndicator).where(ModelIndicator.model_id == row.id))
            values["indicators"] = [
                (i.position, i.code, i.name, i.unit, i.target, i.actual,
                 sorted((v.village.uuid, v.target, v.actual) for v in session.scalars(
                     select(IndicatorVillageValue).where(IndicatorVillageValue.indicator_id == i.id)
                 )))
                for i in inds
            ]  # fmt: skip
            values["coordinators"] = sorted(
                (c.organisation.uuid, c.role)
                for c in session.scalars(
                    select(ModelCoordinator).where(ModelCoordinator.model_id == row.id)
                )
            )
            out[row.uuid] = values
    return out


def test_bulk_import_writes_the_rows_and_audit_of_the_model_service(tmp_path: Path) -> None:
    _package, records = _commune(tmp_path)
    # Reference: the same records applied one by one through the model service (the ORM).
    reference = _upper(tmp_path / "ref")
    with reference.sessions() as session, session.begin():
        apply_child_records(session, {**records, "models": []}, actor="test")
        for m in records["models"]:
            row = DvkModel(uuid=m["uuid"], source_unit_code="00070", code=m["code"],
                           status=m["status"], version=m["version"])  # fmt: skip
            models._apply(session, row, model_input_from_record(m))
            session.add(row)
            session.flush()
    # The import under test.
    bulk = _upper(tmp_path / "bulk")
    with bulk.sessions() as session, session.begin():
        report = apply_child_records(session, records, actor="test")
    assert report.created == 3
    assert _rows(bulk) == _rows(reference)
    with bulk.sessions() as session:
        for row in session.scalars(select(DvkModel)):
            entry = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity_uuid == row.uuid, AuditEntry.action == "import"
                )
            ).one()
            assert json.loads(entry.after_json) == json.loads(to_json(models.snapshot(row)))
    reference.close()
    bulk.close()


def test_a_reference_to_a_model_later_in_the_package_is_refused_as_before(tmp_path: Path) -> None:
    _package, records = _commune(tmp_path)
    records["models"].reverse()  # the maintained model now comes before the one it continues
    bulk = _upper(tmp_path / "bulk")
    try:
        with (
            pytest.raises(NotFoundError, match="Không tìm thấy mô hình năm trước"),
            bulk.sessions() as session,
            session.begin(),
        ):
            apply_child_records(session, records, actor="test")
    finally:
        bulk.close()
