"""A workspace on a write-protected stick: the window says so, and leaving says nothing failed."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvk_desktop.gui.errors import open_error_dialogs
from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import open_workspace
from tests.conftest import COMMUNE
from tests.faults.conftest import remount_read_only


@pytest.fixture
def locked_stick(tmp_path: Path) -> Iterator[Path]:
    """A commune workspace on a stick whose write-protect switch is on."""
    if os.geteuid() != 0:
        pytest.skip("mounting needs root")
    stick = tmp_path / "stick"
    stick.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(stick)], check=True)
    init_workspace(stick / "ws", unit_code=COMMUNE).close()
    remount_read_only(stick)
    yield stick / "ws"
    subprocess.run(["umount", "-l", str(stick)], check=False)


def test_a_write_protected_workspace_says_so_and_closes_without_a_failed_backup(
    qtbot, locked_stick: Path
) -> None:
    handle = open_workspace(locked_stick)
    assert handle.read_only
    window = MainWindow(handle, auto_backup=True)  # as the program runs: backs up on exit
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.ui.backup_banner
    assert banner.isVisible() and "chỉ đọc" in banner.text() and "backup-to" in banner.text()
    assert window.backup_if_due() is None  # no daily backup into the stick's own folder
    # Nothing can be added: greyed, with the reason, instead of an editor whose save fails.
    new = window.model_page.ui.new_button
    assert not new.isEnabled() and "khóa ghi" in new.toolTip()
    assert (
        not window.ui.action_new_model.isEnabled() and not window.ui.action_import_xlsx.isEnabled()
    )
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert open_error_dialogs() == []  # was: "Không ghi được vào … (chỉ đọc …)" on every exit
