"""The editor view-only: a commune's model at the upper level, or a write-protected workspace."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dvk_desktop.gui.i18n import tr

# Buttons that change the registration, its evidence or its progress reports.
_CHANGING = (
    "save_button", "undo_button", "redo_button", "add_indicator_button", "add_custom_button",
    "remove_indicator_button", "add_holder_button", "add_lead_button", "add_org_button",
    "add_village_button", "restore_draft_button", "discard_draft_button",
)  # fmt: skip

# Information, not an error: the message label's usual red is for what blocks saving.
_INFO_STYLE = (
    "background:#e7f1ff;color:#084298;border:1px solid #b6d4fe;padding:6px;border-radius:3px;"
)
# Something the user can put right (the stick's switch): the window's warning banner's colours.
_WARNING_STYLE = (
    "background:#fff3cd;color:#664d03;border:1px solid #ffe69c;padding:6px;border-radius:3px;"
)


def workspace_read_only_text() -> str:
    """Why nothing can be changed on this workspace, and what to do (the window's wording)."""
    return tr(
        "Vùng làm việc này chỉ đọc được (USB đang khóa ghi, hoặc thư mục không cho ghi): "
        "chỉ xem, không sửa được. Hãy mở khóa ghi rồi mở lại vùng làm việc."
    )


class _KeptGrey(QObject):
    """Holds one widget disabled with the reason as its tooltip, whatever its page sets later.

    Pages enable their buttons as rows are selected or keys appear; on a write-protected
    workspace each of those would offer a write that can only fail.
    """

    def __init__(self, widget: QWidget, why: str) -> None:
        super().__init__(widget)  # lives as long as the widget
        # As rich text Qt wraps the tooltip (about 80 characters a line): plain, the English
        # reason is one line wider than a 1366-point screen at 150 %.
        self.why = f"<p>{html.escape(why)}</p>"
        widget.setEnabled(False)
        widget.setToolTip(self.why)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Undo an enabling or another tooltip as soon as the page makes it."""
        if isinstance(watched, QWidget):
            kind = event.type()
            if kind == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif kind == QEvent.Type.ToolTipChange and watched.toolTip() != self.why:
                watched.setToolTip(self.why)
        return False


def grey_out_if_read_only(handle: Any, *widgets: QWidget, why: str = "") -> bool:
    """On a write-protected workspace: each widget that writes greyed for good, saying why.

    Greyed, not hidden: the user still sees what the page does and reads why not now. For a
    page's own widgets (a page lives as long as its workspace). True if the workspace is
    read-only, so the caller may skip what a widget cannot stop (a drop, a shortcut).
    """
    if not handle.read_only:
        return False
    why = why or workspace_read_only_text()
    for widget in widgets:
        _KeptGrey(widget, why)
    return True


def view_only_if_needed(editor: Any) -> None:
    """After each load: view-only if the workspace cannot be written or the model is not ours."""
    handle = editor._handle
    unit = editor.snapshot.get("source_unit_code")
    foreign = bool(unit) and unit != handle.info().unit_code
    name = ""
    if foreign:
        from dvk_desktop.storage.queries.communes import unit_names

        with handle.readers() as session:
            name = unit_names(session).get(unit, unit)
    if handle.read_only:
        why = workspace_read_only_text()
        make_read_only(editor)
        _top_banner(editor).setText("⚠ " + why)
        # Every lifecycle step and sign-off writes: greyed with the reason, not hidden, so
        # the user still sees where the model stands and what would come next.
        for button in [*editor.status_buttons(), *getattr(editor, "_lock_buttons", [])]:
            button.setEnabled(False)
            button.setToolTip(why)
    elif foreign:
        # An upper level holding a commune's model reads it; the commune alone edits it.
        make_read_only(editor)
        label = editor.ui.message_label
        label.setText(
            tr(
                "Bản đăng ký do %1 gửi lên: ở đây chỉ xem (cả chỉ tiêu, báo cáo tiến độ, minh "
                "chứng), không sửa. Quyết định công nhận, khen thưởng ghi ở trang “Quyết định”."
            ).replace("%1", name)
        )
        label.setStyleSheet(_INFO_STYLE)
        label.show()
    else:
        return
    if foreign:
        code = editor.snapshot.get("code", "")
        editor.ui.title_label.setText(f"{unit}/{code} — {editor.ui.name_edit.text()} ({name})")


def _top_banner(editor: Any) -> QLabel:
    """The banner under the editor's title (made once): the first thing read on opening."""
    banner = getattr(editor, "read_only_banner", None)
    if banner is None:
        from dvk_desktop.gui.dialogs.editor_locks import add_banner

        banner = editor.read_only_banner = add_banner(
            editor, "read_only_banner", _WARNING_STYLE, after=editor.ui.title_label
        )
    return banner


def make_read_only(editor: Any) -> None:
    """Every field of the editor readable, none editable, nothing that writes offered."""
    ui = editor.ui
    keep = {editor.evidence, editor.progress}
    for widget in (
        ui.tab_widget.findChildren(QLineEdit)
        + ui.tab_widget.findChildren(QPlainTextEdit)
        + ui.tab_widget.findChildren(QTextEdit)
    ):
        if not any(k.isAncestorOf(widget) for k in keep):
            widget.setReadOnly(True)
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # a long name read from its start, not its end
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
    editor.evidence.set_read_only()
    editor.progress.set_read_only()
    ui.draft_banner.hide()
    editor.read_only = True
