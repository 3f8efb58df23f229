"""The model editor's locks: the upper level's banner, saving as a change request, sign-off.

A mixin of :class:`~dvk_desktop.gui.dialogs.model_editor.ModelEditorDialog`. The rules are the
core's (:mod:`dvk_desktop.services.editor_locks`); this shows them: a model the upper level
has locked stays editable but saving sends a change request, barred status steps are greyed
with the reason, the head signs off here, and the model's requests are listed in a tab.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from dvk_desktop.domain import readiness
from dvk_desktop.domain.ownership import ChangeState
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.editor_state import input_to_state, state_to_input
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.i18n import core, marked, tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.services import audit, editor_locks, locks, models
from dvk_desktop.services.editor_locks import EditorLock

BANNER_STYLE = (
    "background:#fff3cd;color:#664d03;border:1px solid #ffe69c;padding:6px;border-radius:3px;"
)


def add_banner(editor: Any, name: str, style: str, *, after: QWidget) -> Banner:
    """A wrapped banner put into the editor's main layout just below ``after``."""
    banner = Banner(editor)
    banner.setObjectName(name)
    banner.setWordWrap(True)
    banner.setStyleSheet(style)
    banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    layout = editor.ui.main_layout
    layout.insertWidget(layout.indexOf(after) + 1, banner)
    return banner


class Banner(QLabel):
    """A wrapped label as tall as its text at its width (a plain one guesses a narrow width)."""

    def sizeHint(self) -> QSize:  # noqa: N802
        """The height of the text at the current width."""
        hint = super().sizeHint()
        if self.width() > 0:
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """A new width may need another number of lines."""
        super().resizeEvent(event)
        self.updateGeometry()


class FitHeight(QObject):
    """Keeps a wrapped label from the form (the grey lock box) as tall as its text, no taller."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """On each resize, cap the height at what the text needs at that width."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            height = watched.heightForWidth(max(watched.width(), 1))
            watched.setMaximumHeight(height if height > 0 else 16_777_215)  # -1: no text yet
        return False


class EditorLocksMixin:
    """Show the locks of the model being edited and route saving through a change request."""

    ui: Any
    uuid: str | None
    snapshot: dict[str, Any]
    read_only: bool
    lock: EditorLock | None = None
    _save_text: str = ""

    def _apply_locks(self) -> None:
        """Read the model's locks and show them (called whenever the status panel refreshes)."""
        for button in getattr(self, "_lock_buttons", []):
            button.deleteLater()
        self._lock_buttons: list[QPushButton] = []
        if self.uuid is None:
            self.lock = None
            return
        if getattr(self, "_fit_lock_label", None) is None:
            self._fit_lock_label = FitHeight(self)  # type: ignore[arg-type]
            self.ui.lock_label.installEventFilter(self._fit_lock_label)
        lock = self.lock = editor_locks.editor_lock(self._handle, self.uuid)
        self._gate_steps(lock)
        self._show_changes_tab(lock)
        if not lock.own:  # a commune's dossier at the upper level: who vouched for it
            signed = locks.sign_off_text(locks.sign_off_of(self._handle, self.uuid))
            label = self.ui.status_value_label
            label.setText(
                label.text()
                + "<br>"
                + tr("Ký duyệt ở xã: %1").replace("%1", escape(marked(signed)))
            )
        if self.read_only:
            return
        if lock.requests_change:
            self.set_locked(None)  # the form stays editable: what is typed becomes the request
        else:
            reason = readiness.edit_lock_reason(lock.status)
            self.set_locked(reason if reason or lock.level != "xa" else lock.reason)
        self._show_change_mode(lock)
        self._add_sign_off_buttons(lock)

    @property
    def requests_change(self) -> bool:
        """Whether saving sends a change request (the upper level locked the model)."""
        return bool(self.lock and self.lock.requests_change and not self.read_only)

    # ---------------------------------------------------------------- banner, buttons

    def _banner(self) -> QLabel:
        banner = getattr(self, "change_banner", None)
        if banner is None:
            banner = self.change_banner = add_banner(
                self, "change_banner", BANNER_STYLE, after=self.ui.lock_label
            )
        return banner

    def banner_text(self, lock: EditorLock) -> str:
        """Why saving sends a change request, and how many wait for the upper level."""
        if lock.decided:
            why = tr("Mô hình đã được cấp trên quyết định “%1”").replace("%1", vocab(lock.status))
        elif lock.review is not None and lock.status is Status.PROPOSED:
            from dvk_desktop.gui.widgets.feedback import state_text

            why = tr("Mô hình đã được cấp trên thẩm định “%1”").replace(
                "%1", state_text(lock.review)
            )
        else:
            why = tr("Mô hình đã gửi cấp trên đề nghị công nhận")
        text = why + tr(
            " — thay đổi sẽ được gửi thành yêu cầu thay đổi: cấp trên xem bản cũ và bản mới "
            "rồi quyết định; đến khi đó bản đăng ký giữ nguyên."
        )
        if lock.pending:
            text += " " + tr("%n yêu cầu đang chờ cấp trên xem xét.", None, lock.pending)
        return text

    def _show_change_mode(self, lock: EditorLock) -> None:
        banner = self._banner()
        save = self.ui.save_button
        if not self._save_text:
            self._save_text = save.text()
        if lock.requests_change:
            banner.setText(self.banner_text(lock))
            save.setText(tr("Gửi yêu cầu thay đổi… (Ctrl+S)"))
            save.setToolTip(tr("Gửi những thay đổi đã nhập cho cấp trên xem xét."))
        else:
            save.setText(self._save_text)
            save.setToolTip("")
        banner.setVisible(lock.requests_change)
        # Evidence leaves a locked dossier only through a request (its "Xin bỏ minh chứng"
        # list) or after the head's sign-off is withdrawn; a stopped model's dossier is kept.
        removable = not lock.level and lock.status is not Status.STOPPED
        self.evidence.ui.remove_evidence_button.setVisible(removable)

    def _gate_steps(self, lock: EditorLock) -> None:
        """Grey the steps the commune may no longer take by itself, saying why."""
        for button in self._status_buttons:
            value = button.objectName().removeprefix("status_").removesuffix("_button")
            why = next((w for s, w in lock.blocked.items() if s.value == value), None)
            if why is None:
                continue
            button.setEnabled(False)
            hint = (
                tr("Hãy gửi yêu cầu thay đổi để xin chuyển trạng thái; cấp trên chấp nhận thì mới "
                   "có hiệu lực.")
                if lock.requests_change
                else tr("Hãy để lãnh đạo đơn vị ký duyệt bản đăng ký (nút “Ký duyệt…”).")
            )  # fmt: skip
            button.setToolTip(f"{core(why)} {hint}")

    def _add_sign_off_buttons(self, lock: EditorLock) -> None:
        if not lock.own:
            return
        label = self.ui.status_value_label
        if lock.signed_by:
            label.setText(
                label.text()
                + "<br>"
                + tr("Đã ký duyệt: %1 (phiên bản %2)")
                .replace("%1", lock.signed_by)
                .replace("%2", str(lock.signed_version))
            )
        elif lock.sign_off_required and lock.can_sign_off:
            label.setText(
                label.text() + "<br>" + tr("Cần lãnh đạo đơn vị ký duyệt trước khi đề nghị.")
            )
        if lock.can_sign_off:
            button = QPushButton(tr("Ký duyệt…"), self.ui.status_group)
            button.setObjectName("sign_off_button")
            button.setToolTip(tr("Lãnh đạo đơn vị ký duyệt bản đăng ký trước khi đề nghị."))
            button.clicked.connect(self.open_sign_off)
        elif lock.signed_by and lock.status in readiness.EDITABLE_STATUSES:
            button = QPushButton(tr("Rút ký duyệt"), self.ui.status_group)
            button.setObjectName("withdraw_sign_off_button")
            button.setToolTip(tr("Rút ký duyệt để sửa bản đăng ký; sau đó cần ký duyệt lại."))
            button.clicked.connect(self.withdraw_sign_off)
        else:
            return
        button.setAutoDefault(False)
        self.ui.status_buttons_layout.addWidget(button)
        self._lock_buttons.append(button)

    # ---------------------------------------------------------------- sign-off

    def open_sign_off(self) -> Any:
        """Ask the head's name and position, then record the sign-off (saved first)."""
        from dvk_desktop.gui.dialogs.change_dialogs import SignOffDialog

        if self.is_dirty() and not self.save():
            return None
        assert self.uuid is not None
        dialog = SignOffDialog(self._handle, self.uuid, int(self.snapshot["version"]), self)
        dialog.accepted.connect(self._after_lock_change)
        dialog.finished.connect(dialog.deleteLater)
        self.sign_off_dialog = dialog
        dialog.open()
        return dialog

    def withdraw_sign_off(self) -> None:
        """Withdraw the sign-off so the registration can be edited again."""
        assert self.uuid is not None
        try:
            editor_locks.withdraw_sign_off(self._handle, self.uuid, actor=audit.current_actor())
        except DvkError as exc:
            show_error(self, exc)
            return
        self._after_lock_change()

    def _after_lock_change(self) -> None:
        assert self.uuid is not None
        self.snapshot = models.get_model(self._handle, self.uuid)
        self._refresh_status()
        self.model_saved.emit(self.uuid)

    # ---------------------------------------------------------------- change requests

    def request_change(self) -> Any:
        """Open the dialog that sends what was typed (and a status, evidence) as a request."""
        from dvk_desktop.gui.dialogs.change_dialogs import RequestChangeDialog

        assert self.uuid is not None and self.lock is not None
        data, unparsed = state_to_input(self.read_state())
        if unparsed:
            self._show_message(tr("Chưa gửi được:") + " " + " ".join(unparsed))
            return None
        dialog = RequestChangeDialog(
            self._handle, self.uuid, data if self.is_dirty() else None, self.lock.blocked,
            self.evidence.items(), self, self.lock.new_evidence,
        )  # fmt: skip
        dialog.accepted.connect(self._on_change_requested)
        dialog.finished.connect(dialog.deleteLater)
        self.request_dialog = dialog
        dialog.open()
        return dialog

    def _on_change_requested(self) -> None:
        # The registration stays as the upper level decided on it: show that again.
        self._reload_saved()
        self._delete_draft(self.uuid)
        self._show_message("")
        self.ui.draft_label.setText(
            tr("Đã ghi yêu cầu thay đổi lúc %1").replace(
                "%1", dt.datetime.now().strftime("%H:%M:%S")
            )
        )
        self._after_load()
        assert self.uuid is not None
        self.model_saved.emit(self.uuid)

    def _reload_saved(self) -> None:
        assert self.uuid is not None
        data, self.snapshot = models.load_for_editing(self._handle, self.uuid)
        self._saved_state = input_to_state(data)
        self.apply_state(self._saved_state)
        self._saved_state = self.read_state()  # the form's order of lists (see __init__)
        self._undo.clear()

    def _show_changes_tab(self, lock: EditorLock) -> None:
        from dvk_desktop.gui.widgets.change_list import ChangeListWidget

        assert self.uuid is not None
        widget = getattr(self, "changes", None)
        if widget is None:
            widget = self.changes = ChangeListWidget(self._handle, self.ui.tab_widget)
            widget.hide()  # until it is a tab: a shown child would float over the form
            widget.changed.connect(self._on_change_decided)
        widget.set_model(self.uuid)
        tabs = self.ui.tab_widget
        if not widget.rows and not lock.requests_change:
            if tabs.indexOf(widget) >= 0:
                tabs.removeTab(tabs.indexOf(widget))
            return
        waiting = sum(1 for r in widget.rows if r.state is ChangeState.PENDING)
        title = tr("Yêu cầu thay đổi") + (f" ({waiting})" if waiting else "")
        if tabs.indexOf(widget) < 0:
            tabs.addTab(widget, title)
        tabs.setTabText(tabs.indexOf(widget), title)

    def _on_change_decided(self) -> None:
        # Accepting applies the commune's content here: show the registration as it is now.
        self._reload_saved()
        self._after_load()
        assert self.uuid is not None
        self.model_saved.emit(self.uuid)
