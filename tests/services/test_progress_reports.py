"""Progress reports are saved with their files all or nothing, and can be edited or deleted."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.services import models
from dvk_desktop.services.evidence import add_evidence, list_evidence
from dvk_desktop.services.progress_reports import (
    NewFile,
    delete_progress_report,
    save_progress_report,
    timeline,
)
from dvk_desktop.storage.models import AuditEntry, Tombstone
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input

TODAY = dt.date(2026, 7, 1)
LAMPS = "DEN_CHIEU_SANG"


@pytest.fixture
def model(workspace: WorkspaceHandle) -> str:
    return models.create_model(workspace, complete_input(workspace))


def _photo(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(b"\xff\xd8\xff" + content)
    return path


def _save(workspace: WorkspaceHandle, model: str, **changes: object):
    values: dict[str, object] = {
        "report_date": dt.date(2026, 6, 30),
        "period_label": "Sơ kết 6 tháng",
        "done": "Đã lắp 150 bóng đèn ở thôn 3",
        "actuals": {LAMPS: Decimal(150)},
        "today": TODAY,
    }
    values.update(changes)
    return save_progress_report(workspace, model, **values)  # type: ignore[arg-type]


def _actual(workspace: WorkspaceHandle, model: str) -> Decimal | None:
    return models.get_model(workspace, model)["indicators"][0]["actual"]


def test_a_photo_the_model_already_has_is_linked_and_the_report_saved_once(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    known = _photo(tmp_path, "le-ra-mat.jpg", b"the same photo")
    add_evidence(workspace, model, known)
    again = _photo(tmp_path, "le-ra-mat (1).jpg", b"the same photo")
    fresh = _photo(tmp_path, "so-ket.jpg", b"a new photo")

    saved = _save(workspace, model, attach=[NewFile(again), NewFile(fresh)])

    (entry,) = timeline(workspace, model)
    assert entry.uuid == saved.uuid
    assert (saved.added, saved.linked) == (1, 1)
    assert "đã gắn vào báo cáo này" in saved.notes[0]
    assert entry.evidence_count == 2
    assert sorted(a.name for a in entry.attachments) == ["le-ra-mat.jpg", "so-ket.jpg"]
    assert len(list_evidence(workspace, model)) == 2  # no second copy of the known photo


def test_a_refused_file_leaves_no_report_behind(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    good = _photo(tmp_path, "anh.jpg", b"photo")
    empty = tmp_path / "rong.jpg"
    empty.write_bytes(b"")
    for _attempt in range(2):  # each retry used to add another report
        with pytest.raises(ValidationError, match="rỗng"):
            _save(workspace, model, attach=[NewFile(good), NewFile(empty)])
    assert timeline(workspace, model) == []
    assert list_evidence(workspace, model) == []
    assert _actual(workspace, model) is None


def test_a_report_is_edited_files_added_and_taken_off(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    first = _photo(tmp_path, "mot.jpg", b"one")
    saved = _save(workspace, model, attach=[NewFile(first)])
    (entry,) = timeline(workspace, model)
    second = _photo(tmp_path, "hai.jpg", b"two")

    _save(
        workspace, model, report_uuid=saved.uuid, done="Đã lắp 180 bóng đèn ở thôn 3",
        actuals={LAMPS: Decimal(180)}, attach=[NewFile(second)],
        detach=[entry.attachments[0].uuid],
    )  # fmt: skip

    (edited,) = timeline(workspace, model)
    assert edited.done == "Đã lắp 180 bóng đèn ở thôn 3"
    assert [a.name for a in edited.attachments] == ["hai.jpg"]
    assert _actual(workspace, model) == Decimal(180)
    # Taken off the report, not out of the model's evidence.
    assert sorted(e.original_name for e in list_evidence(workspace, model)) == [
        "hai.jpg",
        "mot.jpg",
    ]


def test_deleting_a_report_keeps_its_evidence_and_its_content_in_the_history(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    older = _save(workspace, model, report_date=dt.date(2026, 3, 31), actuals={LAMPS: Decimal(90)})
    newer = _save(workspace, model, attach=[NewFile(_photo(tmp_path, "anh.jpg", b"p"))])
    assert _actual(workspace, model) == Decimal(150)

    delete_progress_report(workspace, model, newer.uuid)

    assert [e.uuid for e in timeline(workspace, model)] == [older.uuid]
    assert _actual(workspace, model) == Decimal(90)  # back to the latest remaining report
    assert [e.original_name for e in list_evidence(workspace, model)] == ["anh.jpg"]
    with workspace.sessions() as session:
        assert session.get(Tombstone, newer.uuid) is not None
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "progress_report", AuditEntry.action == "delete"
            )
        ).one()
    before = json.loads(entry.before_json)
    assert before["done"] == "Đã lắp 150 bóng đèn ở thôn 3"
    assert before["evidence"] == ["anh.jpg"]
    with pytest.raises(NotFoundError):
        delete_progress_report(workspace, model, newer.uuid)


def test_deleting_the_only_report_clears_the_figure_it_brought(
    workspace: WorkspaceHandle, model: str
) -> None:
    saved = _save(workspace, model)
    delete_progress_report(workspace, model, saved.uuid)
    assert _actual(workspace, model) is None


def test_a_photo_of_another_report_stays_there(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    photo = _photo(tmp_path, "anh.jpg", b"p")
    _save(workspace, model, report_date=dt.date(2026, 3, 31), attach=[NewFile(photo)])
    second = _save(workspace, model, attach=[NewFile(photo)])
    assert "báo cáo ngày 31/03/2026" in second.notes[0]
    assert [e.evidence_count for e in timeline(workspace, model)] == [1, 0]
