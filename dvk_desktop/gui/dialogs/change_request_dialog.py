"""One change request, old and new side by side, field by field; the upper level's verdict."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.ownership import ChangeState, FieldChange
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.dialogs.change_dialogs import ERROR_STYLE
from dvk_desktop.gui.i18n import core, marked, tr
from dvk_desktop.gui.screen import fit_to_screen
from dvk_desktop.gui.widgets.feedback import REVIEWER_SETTING
from dvk_desktop.gui.widgets.word_diff import compare_html
from dvk_desktop.services import change_requests
from dvk_desktop.services.audit import actor_text
from dvk_desktop.storage.workspace import WorkspaceHandle

STATE_COLOURS = {
    ChangeState.PENDING: "#fff3cd",
    ChangeState.ACCEPTED: "#d1e7dd",
    ChangeState.REJECTED: "#f8d7da",
}


def state_label(state: ChangeState) -> str:
    """Where a request stands, in the interface language."""
    return {
        ChangeState.PENDING: tr("Chờ cấp trên xem xét"),
        ChangeState.ACCEPTED: tr("Cấp trên đã chấp nhận"),
        ChangeState.REJECTED: tr("Cấp trên không chấp nhận"),
    }[state]


def when_text(value: object) -> str:
    """A stored moment as dd/mm/yyyy HH:MM."""
    strftime = getattr(value, "strftime", None)
    return strftime("%d/%m/%Y %H:%M") if strftime else ""


class ChangeRequestDialog(QDialog):
    """The lines old | new of one request; accept or reject with a comment at the upper level."""

    decided = Signal(str)  # the request's uuid, once accepted or rejected here

    def __init__(self, handle: WorkspaceHandle, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_request_dialog")
        self._handle = handle
        self.view = change_requests.get_change(handle, ref)
        row = self.view.row
        self.setWindowTitle(tr("Yêu cầu thay đổi") + f" — {row.unit_code}/{row.model_code}")
        layout = QVBoxLayout(self)
        self.header_label = QLabel(self)
        self.header_label.setObjectName("header_label")
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header_label)
        # An HTML table wraps long texts at any width and marks the words that changed.
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("changes_view")
        self.browser.setOpenLinks(False)
        self.rows: list[tuple[str, FieldChange]] = []
        layout.addWidget(self.browser, 1)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verdict_label")
        self.verdict_label.setWordWrap(True)
        layout.addWidget(self.verdict_label)
        self.decide_box = QWidget(self)
        form = QFormLayout(self.decide_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.comment_edit = QPlainTextEdit(self.decide_box)
        self.comment_edit.setObjectName("comment_edit")
        self.comment_edit.setMaximumHeight(70)
        self.comment_edit.setPlaceholderText(
            tr("Nhận xét gửi đơn vị (bắt buộc khi không chấp nhận)")
        )
        self.actor_edit = QLineEdit(self.decide_box)
        self.actor_edit.setObjectName("actor_edit")
        from dvk_desktop.services.workspace_setup import get_settings

        self.actor_edit.setText(get_settings(handle).get(REVIEWER_SETTING, ""))
        form.addRow(tr("Nhận xét:"), self.comment_edit)
        form.addRow(tr("Người xem xét:"), self.actor_edit)
        layout.addWidget(self.decide_box)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.accept_button = QPushButton(tr("Chấp nhận"), self)
        self.accept_button.setObjectName("accept_button")
        self.reject_button = QPushButton(tr("Không chấp nhận"), self)
        self.reject_button.setObjectName("reject_button")
        self.close_button = QPushButton(tr("Đóng"), self)
        self.close_button.setObjectName("close_button")
        for button in (self.accept_button, self.reject_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self.accept_change)
        self.reject_button.clicked.connect(self.reject_change)
        self.close_button.clicked.connect(self.close)
        self.resize(1100, 640)
        fit_to_screen(self)
        self._show()

    @property
    def can_decide(self) -> bool:
        """Whether this workspace judges the request now (the upper level, still pending)."""
        own = self.view.row.unit_code == self._handle.info().unit_code
        pending = not own and self.view.row.state is ChangeState.PENDING
        return pending and not self._handle.read_only  # a locked stick: the verdict waits

    def _show(self) -> None:
        view, row = self.view, self.view.row
        e = html.escape
        reason = (
            f"<br>{tr('Lý do')}: “{e(row.reason)}”" if row.reason else ""
        )  # the commune's words
        self.header_label.setText(
            f"<b>{e(row.unit_code)}/{e(row.model_code)} — {e(row.model_name)}</b>"
            f" <span style='background:{STATE_COLOURS[row.state]}'>&nbsp;"
            f"{state_label(row.state)}&nbsp;</span><br>"
            + tr("Gửi lúc %1 bởi %2 · dựa trên phiên bản %3 · %n thay đổi", None, len(view.lines))
            .replace("%1", when_text(row.created_at))
            .replace("%2", e(marked(actor_text(row.created_by)) or "—"))
            .replace("%3", str(view.base_version))
            + reason
        )
        # An indicator's name is in both texts ("Hộ hưởng lợi: chỉ tiêu 150 hộ"), not its code.
        # Old and new texts the core worded (an indicator's line) read in the interface's language.
        self.rows = [
            (
                tr("Chỉ tiêu") if x.key.startswith("indicator:") else core(x.label),
                dataclasses.replace(x, old=marked(x.old), new=marked(x.new)),
            )
            for x in view.lines
        ]
        heads = (tr("Mục"), tr("Bản cấp trên đã xét (cũ)"), tr("Đơn vị đề nghị (mới)"))
        self.browser.setHtml(compare_html(self.rows, heads))
        decided = row.state is not ChangeState.PENDING
        if decided:
            said = f": “{e(row.decision_comment)}”" if row.decision_comment else ""
            applied = (
                " · "
                + tr("bản đăng ký nay là phiên bản %1").replace("%1", str(view.applied_version))
                if view.applied_version
                else ""
            )
            self.verdict_label.setText(
                f"<b>{state_label(row.state)}</b>{said}<br>"
                f"<span style='color:#555'>{e(row.decided_by or '—')}{applied}</span>"
            )
            self.verdict_label.setStyleSheet(
                f"background:{STATE_COLOURS[row.state]};padding:6px;border-radius:3px;"
            )
        elif self._handle.read_only and row.unit_code != self._handle.info().unit_code:
            from dvk_desktop.gui.dialogs.read_only import workspace_read_only_text

            self.verdict_label.setText(workspace_read_only_text())
        elif not self.can_decide:
            self.verdict_label.setText(
                tr("Yêu cầu đang chờ cấp trên xem xét; kết quả về trong gói quyết định.")
            )
        self.verdict_label.setVisible(decided or not self.can_decide)
        self.decide_box.setVisible(self.can_decide)
        self.accept_button.setVisible(self.can_decide)
        self.reject_button.setVisible(self.can_decide)
        if self.can_decide:  # on a shared office only a reviewer judges a change
            from dvk_desktop.domain.office import Action
            from dvk_desktop.gui.i18n import core as render
            from dvk_desktop.services import access

            refused = access.refusal(self._handle, Action.REVIEW)
            for button in (self.accept_button, self.reject_button):
                button.setEnabled(refused is None)
                button.setToolTip(render(refused) if refused is not None else "")

    def _decide(self, accepted: bool) -> bool:
        actor = self.actor_edit.text().strip() or None
        comment = self.comment_edit.toPlainText()
        ref = self.view.row.uuid
        try:
            if accepted:
                change_requests.accept(self._handle, ref, comment=comment, actor=actor)
            else:
                change_requests.reject(self._handle, ref, comment=comment, actor=actor)
        except DvkError as exc:
            self.message_label.setText(exc.user_text())
            self.message_label.show()
            return False
        if actor:
            from dvk_desktop.services.workspace_setup import set_settings

            set_settings(self._handle, {REVIEWER_SETTING: actor})
        self.message_label.hide()
        self.view = change_requests.get_change(self._handle, ref)
        self._show()
        self.decided.emit(ref)
        return True

    def accept_change(self) -> bool:
        """Accept the request (its content and status are applied here)."""
        return self._decide(True)

    def reject_change(self) -> bool:
        """Reject the request with the comment (it stays in the history)."""
        return self._decide(False)
