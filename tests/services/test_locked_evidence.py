"""Evidence of a locked model: removing it is refused (a change request does it), adding is not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import update

from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import render, set_language
from dvk_desktop.services import change_requests, editor_locks, evidence, models, progress_reports
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input


def photo(tmp_path: Path, name: str = "anh.jpg", body: bytes = b"anh hien truong") -> Path:
    path = tmp_path / name
    path.write_bytes(body)
    return path


def model_with_photo(handle: WorkspaceHandle, tmp_path: Path) -> tuple[str, str]:
    uuid = models.create_model(handle, complete_input(handle))
    return uuid, evidence.add_evidence(handle, uuid, photo(tmp_path), caption="Lễ ra mắt")


def force(handle: WorkspaceHandle, uuid: str, **values: object) -> None:
    """What a decisions import (status) or a commune's package (source unit) writes."""
    with handle.sessions() as session, session.begin():
        session.execute(update(DvkModel).where(DvkModel.uuid == uuid).values(**values))


def live(handle: WorkspaceHandle, uuid: str) -> list[str]:
    return [e.original_name for e in evidence.list_evidence(handle, uuid)]


def test_removing_evidence_of_a_recognised_model_is_refused(workspace, tmp_path) -> None:
    uuid, ev = model_with_photo(workspace, tmp_path)
    models.change_status(workspace, uuid, Status.IMPLEMENTING)
    models.change_status(workspace, uuid, Status.PROPOSED)
    force(workspace, uuid, status=Status.RECOGNISED.value)
    with pytest.raises(ValidationError, match="cấp trên khóa") as caught:
        evidence.remove_evidence(workspace, ev)
    assert "yêu cầu thay đổi" in caught.value.message
    assert "dvk changes request" in caught.value.hint
    gui_hint = render(caught.value.hint, gui=True)
    assert "dvk" not in gui_hint and "Gửi yêu cầu thay đổi" in gui_hint
    set_language("en")
    try:
        assert "change request" in render(caught.value.message)
    finally:
        set_language("vi")
    assert live(workspace, uuid) == ["anh.jpg"]  # nothing changed
    # The way that works: the removal goes up as a change request, the dossier stays.
    sha = evidence.list_evidence(workspace, uuid)[0].sha256
    change_requests.request_change(workspace, uuid, remove_evidence=[sha[:12]], reason="Ảnh mờ")
    assert live(workspace, uuid) == ["anh.jpg"]
    # Later work is still recorded: adding evidence and progress on a locked model is allowed.
    evidence.add_evidence(workspace, uuid, photo(tmp_path, "nghiem-thu.jpg", b"nghiem thu"))
    progress_reports.add_progress_report(
        workspace, uuid, report_date=dt.date(2026, 11, 25), done="Duy trì 12 bóng đèn",
        today=dt.date(2026, 11, 30),
    )  # fmt: skip
    assert sorted(live(workspace, uuid)) == ["anh.jpg", "nghiem-thu.jpg"]


def test_a_proposed_model_not_yet_judged_says_ask_it_back(workspace, tmp_path) -> None:
    uuid, ev = model_with_photo(workspace, tmp_path)
    models.change_status(workspace, uuid, Status.IMPLEMENTING)
    models.change_status(workspace, uuid, Status.PROPOSED)
    with pytest.raises(ValidationError, match="trả lại để bổ sung"):
        evidence.remove_evidence(workspace, ev)
    assert live(workspace, uuid) == ["anh.jpg"]


def test_a_stopped_models_dossier_is_kept(workspace, tmp_path) -> None:
    uuid, ev = model_with_photo(workspace, tmp_path)
    models.change_status(workspace, uuid, Status.STOPPED, note="Không đủ kinh phí")
    with pytest.raises(ValidationError, match="đã dừng / loại bỏ"):
        evidence.remove_evidence(workspace, ev)
    assert live(workspace, uuid) == ["anh.jpg"]


def test_a_signed_off_dossier_keeps_its_evidence_until_withdrawn(workspace, tmp_path) -> None:
    uuid, ev = model_with_photo(workspace, tmp_path)
    editor_locks.sign_off(workspace, uuid, signer="Trần Văn Hùng", position="Chủ tịch")
    with pytest.raises(ValidationError, match="Trần Văn Hùng ký duyệt") as caught:
        evidence.remove_evidence(workspace, ev)
    assert "Rút ký duyệt" in caught.value.hint
    assert live(workspace, uuid) == ["anh.jpg"]
    editor_locks.withdraw_sign_off(workspace, uuid, actor="Trần Văn Hùng")
    evidence.remove_evidence(workspace, ev)
    assert live(workspace, uuid) == []


def test_the_upper_level_only_reads_a_communes_evidence_and_progress(workspace, tmp_path) -> None:
    uuid, ev = model_with_photo(workspace, tmp_path)
    force(workspace, uuid, source_unit_code="00073")  # a commune's model held upstream
    for attempt in (
        lambda: evidence.remove_evidence(workspace, ev),
        lambda: evidence.update_evidence(workspace, ev, caption="Sửa", taken_on=None),
        lambda: evidence.add_evidence(workspace, uuid, photo(tmp_path, "b.jpg", b"khac")),
        lambda: progress_reports.add_progress_report(
            workspace,
            uuid,
            report_date=dt.date(2026, 11, 25),
            done="Ghi thay xã",
            today=dt.date(2026, 11, 30),
        ),
    ):
        with pytest.raises(ValidationError, match="chỉ xem, không sửa"):
            attempt()
    assert live(workspace, uuid) == ["anh.jpg"]
    assert evidence.list_evidence(workspace, uuid)[0].caption == "Lễ ra mắt"
    assert progress_reports.timeline(workspace, uuid) == []
