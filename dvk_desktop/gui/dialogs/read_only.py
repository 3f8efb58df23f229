"""Showing a registration read-only: an upper level sees a commune's model but does not edit it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
)

from dvk_desktop.gui.i18n import tr

# Buttons that change the registration, its evidence or its progress reports.
_CHANGING = (
    "save_button", "undo_button", "redo_button", "add_indicator_button", "add_custom_button",
    "remove_indicator_button", "add_holder_button", "add_lead_button", "add_org_button",
    "add_village_button", "restore_draft_button", "discard_draft_button",
)  # fmt: skip


def make_read_only(editor: Any, unit_name: str) -> None:
    """Every field of the editor readable, none editable; say why on the editor's banner."""
    ui = editor.ui
    keep = {editor.evidence, editor.progress}
    for widget in (
        ui.tab_widget.findChildren(QLineEdit)
        + ui.tab_widget.findChildren(QPlainTextEdit)
        + ui.tab_widget.findChildren(QTextEdit)
    ):
        if not any(k.isAncestorOf(widget) for k in keep):
            widget.setReadOnly(True)
    for widget in (
        ui.tab_widget.findChildren(QComboBox)
        + ui.tab_widget.findChildren(QAbstractSpinBox)
        + ui.tab_widget.findChildren(QListWidget)
    ):
        if not any(k.isAncestorOf(widget) for k in keep):
            widget.setEnabled(False)
    for view in ui.tab_widget.findChildren(QAbstractItemView):
        if not any(k.isAncestorOf(view) for k in keep):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for button in ui.tab_widget.findChildren(QAbstractButton):
        if button.isCheckable() and not any(k.isAncestorOf(button) for k in keep):
            button.setEnabled(False)
    for name in _CHANGING:
        button = getattr(ui, name, None)
        if button is not None:
            button.hide()
    for widget in editor.add_buttons.values():
        widget.hide()
    editor.evidence.ui.add_evidence_button.hide()
    editor.evidence.ui.remove_evidence_button.hide()
    editor.evidence.setAcceptDrops(False)
    for name in ("add_report_button", "edit_report_button", "delete_report_button"):
        getattr(editor.progress.ui, name).hide()
    ui.draft_banner.hide()
    ui.message_label.setText(
        tr(
            "Bản đăng ký do %1 gửi lên: ở đây chỉ xem (cả chỉ tiêu, báo cáo tiến độ, minh "
            "chứng), không sửa. Quyết định công nhận, khen thưởng ghi ở trang “Quyết định”."
        ).replace("%1", unit_name)
    )
    # Information, not an error: the label's usual red is for what blocks saving.
    ui.message_label.setStyleSheet(
        "background:#e7f1ff;color:#084298;border:1px solid #b6d4fe;padding:6px;border-radius:3px;"
    )
    ui.message_label.show()
    code = editor.snapshot.get("code", "")
    unit = editor.snapshot.get("source_unit_code", "")
    ui.title_label.setText(f"{unit}/{code} — {ui.name_edit.text()} ({unit_name})")
    editor.read_only = True
