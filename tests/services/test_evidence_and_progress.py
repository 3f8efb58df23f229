"""Attaching evidence and recording progress reports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from dvk_desktop.errors import ValidationError
from dvk_desktop.services import models, progress_reports
from dvk_desktop.services.evidence import add_evidence, list_evidence, remove_evidence
from dvk_desktop.services.workspace_setup import set_settings
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input


@pytest.fixture
def model(workspace: WorkspaceHandle) -> str:
    return models.create_model(workspace, complete_input(workspace))


def test_evidence_is_stored_by_hash_with_its_vietnamese_name(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    photo = tmp_path / "Ảnh ra mắt mô hình.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    uuid = add_evidence(workspace, model, photo, caption="Lễ ra mắt", taken_on=dt.date(2026, 2, 1))
    items = list_evidence(workspace, model)
    assert [i.uuid for i in items] == [uuid]
    assert items[0].original_name == "Ảnh ra mắt mô hình.jpg"
    assert items[0].media_type == "image/jpeg"
    assert workspace.evidence.path_for(items[0].sha256).read_bytes() == photo.read_bytes()


def test_the_same_file_twice_is_detected(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"same bytes")
    add_evidence(workspace, model, photo)
    copy = tmp_path / "b.jpg"
    copy.write_bytes(b"same bytes")
    with pytest.raises(ValidationError, match="đã có trong minh chứng"):
        add_evidence(workspace, model, copy)
    assert len(list_evidence(workspace, model)) == 1


def test_files_over_the_size_limit_are_refused(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    set_settings(workspace, {"evidence_max_mb": "1"})
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError, match="vượt giới hạn 1 MB"):
        add_evidence(workspace, model, big)
    assert list(workspace.evidence.iter_hashes()) == []


def test_removed_evidence_is_hidden_but_kept(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"photo")
    uuid = add_evidence(workspace, model, photo)
    remove_evidence(workspace, uuid)
    assert list_evidence(workspace, model) == []
    assert len(list_evidence(workspace, model, include_removed=True)) == 1
    assert len(list(workspace.evidence.iter_hashes())) == 1


def test_progress_report_updates_actuals_and_timeline(
    workspace: WorkspaceHandle, model: str
) -> None:
    progress_reports.add_progress_report(
        workspace,
        model,
        report_date=dt.date(2026, 6, 30),
        period_label="Sơ kết 6 tháng",
        done="Đã lắp 150 bóng đèn ở thôn 3",
        actuals={"DEN_CHIEU_SANG": Decimal(150)},
        today=dt.date(2026, 7, 1),
    )
    entries = progress_reports.timeline(workspace, model)
    assert [e.values for e in entries] == [{"DEN_CHIEU_SANG": Decimal(150)}]
    assert models.get_model(workspace, model)["indicators"][0]["actual"] == Decimal(150)


def test_progress_report_for_an_unknown_indicator_is_refused(
    workspace: WorkspaceHandle, model: str
) -> None:
    with pytest.raises(ValidationError, match="không có chỉ tiêu"):
        progress_reports.add_progress_report(
            workspace,
            model,
            report_date=dt.date(2026, 6, 30),
            done="Đã làm nhiều việc",
            actuals={"CAMERA": Decimal(3)},
            today=dt.date(2026, 7, 1),
        )
    assert progress_reports.timeline(workspace, model) == []
