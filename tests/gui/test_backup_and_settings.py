"""Backups (manual, automatic, restore with confirmation), the overdue banner, settings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dvk_desktop.services import models
from dvk_desktop.services.workspace_setup import get_settings, set_settings
from tests.factories import complete_input
from tests.gui.conftest import answer_next_box, type_text


def test_backup_now_then_restore_selected_backup(qtbot, window, workspace):
    window.show_page(3)
    page = window.backup_page
    assert window.ui.backup_banner.isVisible()  # never backed up
    qtbot.mouseClick(page.ui.backup_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.operation.running, timeout=20_000)
    assert page.ui.backups_table.rowCount() == 1
    assert "Sao lưu gần nhất" in window.status_area.backup_label.text()
    assert "Đã sao lưu lúc" in window.ui.backup_banner.text()  # in place: nothing moves

    uuid = models.create_model(workspace, complete_input(workspace))
    window.model_page.refresh()
    assert window.model_page.table_model.rowCount() == 1

    page.ui.backups_table.selectRow(0)
    answer_next_box("Khôi phục")
    qtbot.mouseClick(page.ui.restore_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.operation is not None and not window.operation.running, timeout=20_000
    )
    handle = window.handle
    assert window.model_page.table_model.rowCount() == 0
    assert models.models_count(handle) == 0
    assert uuid
    # The data from before the restore is kept beside the workspace.
    assert list(handle.paths.root.parent.glob("ws.truoc-khoi-phuc-*"))
    assert "Đã khôi phục" in window.statusBar().currentMessage()


def test_restore_can_be_cancelled_at_the_question(qtbot, window, workspace):
    page = window.backup_page
    operation = page.backup_now()
    qtbot.waitUntil(lambda: not operation.running, timeout=20_000)
    models.create_model(workspace, complete_input(workspace))
    page.ui.backups_table.selectRow(0)
    answer_next_box("Hủy")
    qtbot.mouseClick(page.ui.restore_selected_button, Qt.MouseButton.LeftButton)
    assert window.operation is None
    assert models.models_count(window.handle) == 1


def test_automatic_backups_are_rotated_and_daily(qtbot, window, workspace):
    set_settings(workspace, {"backup_keep": "2"})
    for _ in range(3):
        operation = window.backup_page.backup_now()
        qtbot.waitUntil(lambda op=operation: not op.running, timeout=20_000)
        qtbot.wait(1100)  # backup names carry the second
    assert len(list(workspace.paths.backups.glob("*.dvkbak"))) == 2
    assert window.backup_if_due() is None  # done today already


def test_old_backup_shows_a_warning_banner(qtbot, window, workspace):
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
    set_settings(workspace, {"last_backup_at": old.isoformat(timespec="seconds")})
    window.update_status()
    assert window.ui.backup_banner.isVisible()
    assert "10 ngày" in window.ui.backup_banner.text()
    recent = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    set_settings(workspace, {"last_backup_at": recent.isoformat(timespec="seconds")})
    window.update_status()
    assert "ngày" not in window.ui.backup_banner.text()
    window.show_page(1)
    assert not window.ui.backup_banner.isVisible()


def test_the_automatic_backup_does_not_move_the_page_under_the_pointer(qtbot, window):
    page = window.model_page
    banner = window.ui.backup_banner
    assert banner.isVisible() and "chưa được sao lưu" in banner.text()
    table_top = page.ui.table_view.mapTo(window, page.ui.table_view.rect().topLeft()).y()
    operation = window.backup_if_due()
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.running, timeout=20_000)
    qtbot.wait(50)
    assert banner.isVisible() and "Đã sao lưu lúc" in banner.text()
    assert page.ui.table_view.mapTo(window, page.ui.table_view.rect().topLeft()).y() == table_top
    # It goes when the user says so (or changes page), not under their pointer.
    banner.linkActivated.emit("hide")
    assert not banner.isVisible()


def test_settings_are_saved_to_the_workspace(qtbot, window, workspace):
    window.show_page(4)
    ui = window.settings_page.ui
    ui.signer_name_edit.clear()
    type_text(qtbot, ui.signer_name_edit, "Nguyễn Thị Thu Hà")
    ui.signer_title_edit.clear()
    type_text(qtbot, ui.signer_title_edit, "Chủ tịch Ủy ban MTTQ phường")
    ui.backup_keep_spin.setValue(5)
    ui.font_size_spin.setValue(11)
    ui.downscale_check.setChecked(True)
    assert not ui.language_note_label.isVisible()
    ui.language_combo.setCurrentIndex(ui.language_combo.findData("en"))
    # Said before saving: a new language needs the program opened again.
    assert ui.language_note_label.isVisible()
    assert "đóng và mở lại chương trình" in ui.language_note_label.text()
    qtbot.mouseClick(ui.save_settings_button, Qt.MouseButton.LeftButton)
    saved = get_settings(workspace)
    assert saved["signer_name"] == "Nguyễn Thị Thu Hà"
    assert saved["signer_title"] == "Chủ tịch Ủy ban MTTQ phường"
    assert saved["backup_keep"] == "5"
    assert saved["font_size"] == "11"
    assert saved["downscale_photos"] == "1"
    assert saved["language"] == "en"
    assert "đóng và mở lại chương trình" in ui.saved_label.text()
    assert window.backup_page.keep() == 5
    ui.font_size_spin.setValue(10)
    qtbot.mouseClick(ui.save_settings_button, Qt.MouseButton.LeftButton)


def test_settings_stack_their_columns_when_the_window_is_narrow(qtbot, window):
    # At 150 % a 1366×768 screen leaves the page about 740 points: no sideways scrolling.
    from PySide6.QtWidgets import QBoxLayout

    window.show_page("settings")
    page = window.settings_page
    area = window.findChild(type(page.parentWidget().parentWidget()), "settings_scroll")
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: page.columns.side_by_side_width() > 0)
    qtbot.wait(50)
    assert page.ui.columns_layout.direction() == QBoxLayout.Direction.LeftToRight
    window.resize(page.columns.side_by_side_width(), 740)  # the navigation list takes room too
    qtbot.waitUntil(lambda: page.ui.columns_layout.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() == 0)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: page.ui.columns_layout.direction() == QBoxLayout.Direction.LeftToRight)
