"""The spreadsheet import dialog, driven as a commune (or province) clerk would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from dvk_desktop.gui.dialogs.xlsx_import import XlsxImportDialog
from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.services import models as model_service
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.reports.test_xlsx_import import GOOD, dump, make_xlsx, with_
from tests.reports.test_xlsx_import_formats import LEGACY_ROW, legacy_xlsx


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers ``path`` (a native dialog cannot be driven)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _open_from_menu(qtbot, window: MainWindow) -> XlsxImportDialog:
    window.ui.menu_file.popup(window.mapToGlobal(window.rect().topLeft()))
    window.ui.action_import_xlsx.trigger()
    window.ui.menu_file.hide()
    dialog = window.findChild(XlsxImportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _table(dialog: XlsxImportDialog) -> list[list[str]]:
    table = dialog.ui.rows_table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _wait_checked(qtbot, dialog: XlsxImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.operation is None and dialog.report is not None, timeout=20_000)


def test_menu_action_checks_then_imports_a_legacy_file(
    qtbot, window: MainWindow, workspace: WorkspaceHandle, tmp_path: Path, monkeypatch
) -> None:
    path = legacy_xlsx(
        tmp_path / "xa-cu.xlsx", LEGACY_ROW, {**LEGACY_ROW, "Tên mô hình": ("", None)}
    )
    before = dump(workspace)
    dialog = _open_from_menu(qtbot, window)
    assert not dialog.ui.import_button.isEnabled()
    _choose(monkeypatch, path)
    qtbot.mouseClick(dialog.ui.browse_button, Qt.MouseButton.LeftButton)
    _wait_checked(qtbot, dialog)
    # Unknown organisation, village and lead: row errors until "create missing" is ticked.
    rows = _table(dialog)
    assert [r[0] for r in rows] == ["2", "3"]
    assert rows[0][1] == "Thắp sáng đường quê tổ 5" and rows[0][2] == "Lỗi"
    assert "không tìm thấy tổ chức “Hội Cựu chiến binh phường”" in rows[0][3]
    assert "Cột “Tên mô hình”: chuyển từ TCVN3 (ABC, phông .VnTime)" in rows[0][3]
    assert "“Thắp sáng đường quê tổ 5”" in rows[0][3]
    assert "chưa nhập (cột bắt buộc)" in rows[1][3]
    assert "0 dòng hợp lệ, 2 dòng có lỗi" in dialog.ui.summary_label.text()
    assert not dialog.ui.import_button.isEnabled()
    dialog.ui.create_missing_check.click()
    _wait_checked(qtbot, dialog)
    rows = _table(dialog)
    assert rows[0][2] == "Sẽ nhập: MH-2026-001", rows[0]
    summary = dialog.ui.summary_label.text()
    assert "Sẽ tạo mới 1 tổ chức: Hội Cựu chiến binh phường" in summary
    assert "Sẽ tạo mới 1 thôn, tổ dân phố: Tổ dân phố 9" in summary
    assert "19 ô gõ bằng bảng mã cũ" in summary
    # One bad row still stops the import until the clerk accepts importing the valid rows.
    assert not dialog.ui.import_button.isEnabled()
    dialog.ui.only_valid_check.click()
    assert dialog.ui.import_button.isEnabled()
    assert dialog.ui.import_button.text() == "&Nhập 1 mô hình"
    # Only the rows with errors, then only the rows with conversions.
    dialog.ui.filter_combo.setCurrentIndex(1)
    assert [r[0] for r in _table(dialog)] == ["3"]
    dialog.ui.filter_combo.setCurrentIndex(2)
    assert [r[0] for r in _table(dialog)] == ["2", "3"]
    assert dump(workspace) == before  # the check wrote nothing
    with qtbot.waitSignal(dialog.models_imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [["MH-2026-001"]]
    qtbot.waitUntil(lambda: dialog.operation is None)
    assert _table(dialog)[0][2] == "Đã nhập MH-2026-001"
    assert "Đã nhập 1 mô hình." in dialog.ui.summary_label.text()
    assert not dialog.ui.import_button.isEnabled()
    assert model_service.get_model(workspace, "MH-2026-001")["owner_name"] == (
        "Hội Cựu chiến binh phường"
    )
    qtbot.waitUntil(lambda: window.model_page.table_model.rowCount() == 1)
    qtbot.mouseClick(dialog.ui.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_unreadable_file_says_why_in_the_dialog(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(b"PK\x03\x04 not a spreadsheet")
    dialog = _open_from_menu(qtbot, window)
    _choose(monkeypatch, path)
    qtbot.mouseClick(dialog.ui.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation is None and dialog.ui.message_label.isVisible())
    message = dialog.ui.message_label.text()
    assert message.startswith("Không đọc được tệp “bao-cao.docx”")
    assert "Lưu thành" in message and "Lỗi không mong đợi" not in message
    assert dialog.ui.summary_label.text() == "Không đọc được tệp này."
    assert not dialog.ui.import_button.isEnabled()
    assert dialog.ui.check_button.isEnabled()


def test_a_clean_file_imports_with_the_keyboard(
    qtbot, workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    path = make_xlsx(tmp_path / "nhap.xlsx", GOOD, with_(**{"Tên mô hình": "Camera an ninh tổ 5"}))
    dialog = XlsxImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_file(path)
    _wait_checked(qtbot, dialog)
    assert [r[2] for r in _table(dialog)] == ["Sẽ nhập: MH-2026-001", "Sẽ nhập: MH-2026-002"]
    assert dialog.ui.import_button.isEnabled() and dialog.ui.import_button.isDefault()
    dialog.ui.import_button.setFocus()
    with qtbot.waitSignal(dialog.models_imported, timeout=20_000):
        qtbot.keyClick(dialog.ui.import_button, Qt.Key.Key_Space)
    assert model_service.models_count(workspace) == 2


def test_cancel_while_checking_writes_nothing(
    qtbot, workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    rows = [with_(**{"Tên mô hình": f"Thắp sáng đường quê tổ {i}"}) for i in range(3000)]
    path = make_xlsx(tmp_path / "lon.xlsx", *rows)
    before = dump(workspace)
    dialog = XlsxImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    operation = dialog.check_file(path)
    operation.cancel_token.cancel()  # what the progress dialog's Hủy button does
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=20_000)
    assert dialog.report is None
    assert dialog.ui.summary_label.text() == "Đã dừng kiểm tra; chưa ghi gì."
    assert not dialog.ui.import_button.isEnabled()
    assert dump(workspace) == before


def test_template_is_saved_where_the_user_says(
    qtbot, workspace: WorkspaceHandle, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "mau.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = XlsxImportDialog(workspace)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.template_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes()[:2] == b"PK"
    assert str(target) in dialog.ui.summary_label.text()
    QApplication.processEvents()
