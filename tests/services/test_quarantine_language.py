"""A refused package's report is written in the language of the program that refused it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dvk_desktop import messages
from dvk_desktop.errors import PackageError
from dvk_desktop.services import exchange
from dvk_desktop.storage.workspace import WorkspaceHandle

pytestmark = pytest.mark.sqlite_only("a file written beside the database; no SQL involved")


def _refuse(workspace: WorkspaceHandle, tmp_path: Path) -> str:
    broken = tmp_path / "goi-chep-loi.dvkpkg"
    broken.write_bytes(b"PK\x03\x04 copied from a chat app, cut short")
    with pytest.raises(PackageError):
        exchange.import_package(workspace, broken)
    (report,) = workspace.paths.quarantine.rglob("bao-cao-kiem-tra.txt")
    return report.read_text(encoding="utf-8")


def test_the_report_of_a_refused_package_is_english_in_english(workspace, tmp_path):
    messages.set_language("en")
    try:
        text = _refuse(workspace, tmp_path)
    finally:
        messages.set_language("vi")
    assert text.startswith("REPORT ON A REFUSED DATA PACKAGE\nFile: goi-chep-loi.dvkpkg\n")
    assert "Conclusion: Package refused" in text
    assert "  1. “goi-chep-loi.dvkpkg” is not a valid zip file" in text
    assert "The data on this computer was not changed." in text


def test_the_report_of_a_refused_package_is_vietnamese_by_default(workspace, tmp_path):
    text = _refuse(workspace, tmp_path)
    assert text.startswith("BÁO CÁO GÓI DỮ LIỆU BỊ TỪ CHỐI\nTệp: goi-chep-loi.dvkpkg\n")
    assert "Kết luận: Gói bị từ chối" in text
