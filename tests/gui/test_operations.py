"""Operations in the GUI: self-test, a package opened by double-click, crash reports, moving PC."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from dvk_desktop import crash
from dvk_desktop.gui import app as gui_app
from dvk_desktop.gui import errors
from dvk_desktop.gui.dialogs.transfer_dialog import TransferDialog
from dvk_desktop.gui.windows.main_window import PAGE_PACKAGES
from dvk_desktop.services import transfer
from dvk_desktop.storage.workspace import open_workspace
from tests.gui.conftest import open_window
from tests.packaging.exchange import build_exchange, export_plain

ROOT = Path(__file__).resolve().parents[2]


def test_gui_self_test_runs_from_source_offscreen(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    done = subprocess.run(
        [sys.executable, "-m", "dvk_desktop.gui.app", "--self-test"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert "self-test passed" in line and "window" in line and "(offscreen)" in line


def test_a_package_named_on_the_command_line_is_checked_on_the_packages_page(qtbot, tmp_path):
    ex = build_exchange(tmp_path / "ex")
    package = export_plain(ex)
    args = gui_app.parse_args(["--workspace", str(ex.upper_dir), str(package)])
    assert gui_app.package_argument(args) == package
    assert gui_app.package_argument(gui_app.parse_args(["ghi-chu.txt"])) is None
    window = open_window(qtbot, ex.upper())
    gui_app.import_when_shown(window, package)
    qtbot.waitUntil(lambda: window.ui.page_stack.currentIndex() == PAGE_PACKAGES, timeout=5_000)
    page = window.packages_page
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=60_000)
    assert page.last_check.ok
    assert "Chữ ký và nội dung hợp lệ." in page.ui.report_browser.toPlainText()
    assert page.ui.confirm_import_button.isEnabled()  # one click from imported


def test_an_unexpected_error_offers_its_crash_report_to_save_and_copy(qtbot, tmp_path):
    errors.set_log_file(tmp_path / "logs" / "dvk.log")
    try:
        {}["Trần Văn Bảy 0912 345 678"]
    except KeyError as exc:
        dialog = errors.show_error(None, exc)
    qtbot.addWidget(dialog)
    assert dialog.ui.save_button.isVisible()
    saved = list((tmp_path / "logs").glob(f"{crash.PREFIX}*.txt"))
    assert len(saved) == 1 and str(saved[0]) in dialog.ui.message_label.text()
    report = dialog.details
    assert "KeyError" in report and "Qt:" in report and "Hệ điều hành / OS:" in report
    assert "Trần" not in report and "345" not in report
    dialog.save_report(tmp_path / "gui-bao-cao.txt")
    assert (tmp_path / "gui-bao-cao.txt").read_text(encoding="utf-8") == report
    dialog.ui.copy_button.click()
    assert "KeyError" in QApplication.clipboard().text()
    assert "Trần" not in (tmp_path / "logs" / "dvk.log").read_text(encoding="utf-8")


def test_a_user_error_offers_no_crash_report(qtbot):
    from dvk_desktop.errors import ValidationError

    dialog = errors.show_error(None, ValidationError("Chưa nhập tên mô hình."))
    qtbot.addWidget(dialog)
    assert not dialog.ui.save_button.isVisible()


def test_move_to_a_new_computer_through_the_screen(qtbot, demo_window, demo, tmp_path):
    demo_window.show_page(4)  # backup page
    dialog = demo_window.backup_page.open_transfer()
    qtbot.addWidget(dialog)
    operation = dialog.export(tmp_path / "usb")
    qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
    assert dialog.last_file is not None and dialog.last_file.suffix == ".dvkmove"
    assert "Đã ghi và kiểm tra tệp chuyển máy" in dialog.ui.result_browser.toPlainText()
    transfer.verify_transfer(dialog.last_file)

    # The new computer: no workspace yet, the first-start screen restores the file.
    new_root = tmp_path / "may-moi" / "workspace"
    first = TransferDialog(new_root)
    qtbot.addWidget(first)
    assert not first.ui.export_group.isEnabled()
    operation = first.restore(dialog.last_file)
    qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
    assert first.handle is not None and first.handle.info().unit_code == "20791"
    assert "Đã khôi phục vùng làm việc của Xã Thăng Bình" in first.ui.result_browser.toPlainText()
    first.handle.close()


def test_restoring_over_the_open_workspace_reopens_it(qtbot, demo_window, demo, tmp_path):
    dialog = demo_window.backup_page.open_transfer()
    operation = dialog.export(tmp_path / "usb")
    qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
    operation = dialog.restore(dialog.last_file)
    qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
    assert dialog.restored == demo.paths.root
    assert demo_window.handle is not demo  # the window shows the restored workspace
    assert demo_window.handle.info().unit_code == "20791"
    assert list(demo.paths.root.parent.glob("*.truoc-chuyen-may-*"))
    with open_workspace(demo.paths.root) as again:
        assert again.info().unit_name == "Xã Thăng Bình"
