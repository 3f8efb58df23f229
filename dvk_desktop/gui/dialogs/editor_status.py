"""The model editor's status panel: lifecycle steps, the read-only lock, printing the form.

A mixin of :class:`~dvk_desktop.gui.dialogs.model_editor.ModelEditorDialog`: it uses the
editor's form (``self.ui``), workspace, snapshot and save().
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QPushButton

from dvk_desktop.domain import lifecycle
from dvk_desktop.domain.vocab import DecisionKind, Status, WorkspaceRole
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.gui.context import acting_role
from dvk_desktop.gui.dialogs.status_step import confirm_step, model_facts
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.i18n import marked, tr
from dvk_desktop.gui.labels import date_text, vocab
from dvk_desktop.messages import Msg
from dvk_desktop.services import models


class EditorStatusMixin:
    """Status buttons with their confirmation, the lock of a submitted registration, Ctrl+P."""

    ui: Any
    uuid: str | None
    snapshot: dict[str, Any]
    locked_reason: str | None
    _status_buttons: list[QPushButton]

    def print_form(self) -> Any:
        """The registration form of this model as PDF, opened in the viewer (saved first)."""
        from dvk_desktop.gui.printing import print_forms

        # A locked model prints as registered: what is typed there is a change request to be.
        unsaved = self.uuid is None or (
            self.is_dirty() and self.locked_reason is None and not self.requests_change
        )
        if unsaved and not self.save():
            return None
        assert self.uuid is not None
        self.print_operation = print_forms(
            self, self._handle, [self.uuid], [self.snapshot.get("code", "")],
            on_done=self._on_form_printed,
        )  # fmt: skip
        return self.print_operation

    def _on_form_printed(self, path: Any) -> None:
        self.ui.draft_label.setText(tr("Đã in ra tệp %1").replace("%1", path.name))
        self.ui.draft_label.setToolTip(str(path))

    def _on_print_button_clicked(self) -> None:
        self.print_form()

    # ---------------------------------------------------------------- status

    def _refresh_status(self) -> None:
        for button in self._status_buttons:
            button.deleteLater()
        self._status_buttons = []
        if self.uuid is None:
            self.ui.status_value_label.setText(tr("Chưa lưu — hãy nhập và lưu bản đăng ký."))
            return
        status = Status(self.snapshot["status"])
        self.ui.status_value_label.setText(
            tr("Hiện tại: <b>%1</b> · phiên bản %2")
            .replace("%1", vocab(status))
            .replace("%2", str(self.snapshot.get("version", 1)))
        )
        self._show_decisions()
        role = acting_role(self._handle, self.snapshot["source_unit_code"])
        for step in lifecycle.allowed_targets(status, role):
            verb = QCoreApplication.translate("Lifecycle", step.verb)
            button = QPushButton(verb, self.ui.status_group)
            button.setToolTip(tr("Chuyển sang “%1”").replace("%1", vocab(step.target)))
            button.setAutoDefault(False)
            button.setObjectName(f"status_{step.target.value}_button")
            if step.decision is not None:
                button.setEnabled(False)
                button.setToolTip(
                    tr("Ghi quyết định ở trang “Quyết định” (số, ngày ký, cơ quan ban hành).")
                    if role is WorkspaceRole.UPPER
                    else tr("Bước này cần quyết định của cấp có thẩm quyền.")
                )
            button.clicked.connect(lambda _=False, s=step: self._on_status_button_clicked(s))
            self.ui.status_buttons_layout.addWidget(button)
            self._status_buttons.append(button)
        if not self._status_buttons:
            label = tr("Không có bước tiếp theo ở cấp này.")
            self.ui.status_value_label.setText(self.ui.status_value_label.text() + "<br>" + label)
        # The locks (the upper level's, the head's sign-off) decide what stays editable; a
        # commune's registration at the upper level stays read-only (editor_locks).
        self._apply_locks()

    def _show_decisions(self) -> None:
        # The decisions that moved the model (recognition, award…): number, date and issuer,
        # as the commune receives them in the upper level's package.
        from dvk_desktop.services.decisions import for_model

        assert self.uuid is not None
        lines = [
            tr("Quyết định %1 số %2 ngày %3 của %4")
            .replace("%1", vocab(d.kind, DecisionKind).lower())
            .replace("%2", html.escape(d.number))
            .replace("%3", date_text(d.signed_on))
            .replace("%4", html.escape(d.issuer))
            for d in for_model(self._handle, self.uuid)
        ]
        lines = [line for line in (self._show_feedback(),) if line] + lines
        if lines:
            label = self.ui.status_value_label
            label.setText(label.text() + "<br>" + "<br>".join(lines))

    def _show_feedback(self) -> str:
        """The reviewing level's verdicts, scores and decisions in their own tab.

        At a commune the tab "Ý kiến cấp trên" appears once its parent has said something (in
        a decisions package); at the upper level a child's model always has it. Returns the
        current verdict as one line for the status panel.
        """
        from dvk_desktop.gui.widgets.feedback import FeedbackWidget, review_line

        assert self.uuid is not None
        widget = getattr(self, "feedback", None)
        if widget is None:
            widget = self.feedback = FeedbackWidget(self._handle, self.ui.tab_widget)
            widget.hide()  # until it is a tab: a shown child would float over the form
        feedback = widget.set_model(self.uuid)
        tabs = self.ui.tab_widget
        wanted = feedback.reviewing_here or not feedback.is_empty
        if wanted and tabs.indexOf(widget) < 0:
            title = tr("Thẩm định, chấm điểm") if feedback.reviewing_here else tr("Ý kiến cấp trên")
            tabs.addTab(widget, title)
        return review_line(feedback)

    def set_locked(self, reason: str | None) -> None:
        """Show the registration read-only, with ``reason`` above it (None: editable again).

        The core refuses to save a locked registration; letting the user type first and
        refusing on save loses their work, so the form says it at once.
        """
        self.locked_reason = reason
        editable = reason is None
        ui = self.ui
        for edit in (*self._line_edits().values(), *self._plain_edits().values()):
            edit.setReadOnly(not editable)
        for widget in (
            *self._combos().values(), ui.year_spin, ui.labour_days_spin, ui.subtopics_list,
            ui.coordinators_list, *self.add_buttons.values(), ui.catalogue_combo,
            ui.add_indicator_button, ui.add_custom_button, ui.remove_indicator_button,
            ui.save_button, ui.restore_draft_button,
        ):  # fmt: skip
            widget.setEnabled(editable)
        triggers = (
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        ui.indicators_view.setEditTriggers(triggers)
        ui.village_values_view.setEditTriggers(triggers)
        if not editable:
            ui.undo_button.setEnabled(False)
            ui.redo_button.setEnabled(False)
        else:
            ui.undo_button.setEnabled(self._undo.canUndo())
            ui.redo_button.setEnabled(self._undo.canRedo())
        # No padlock sign: the bundled font has none, and the grey box says "read only".
        # A reason with names in it (the head's sign-off) is a core message; fixed ones are
        # readiness's, translated in Qt's "Readiness" context.
        if isinstance(reason, Msg):
            shown = marked(reason)
        else:
            shown = QCoreApplication.translate("Readiness", reason) if reason else ""
        ui.lock_label.setText(shown)
        ui.lock_label.setVisible(not editable)
        self._update_enabled()

    def status_buttons(self) -> list[QPushButton]:
        """The buttons of the lifecycle steps this workspace may take now."""
        return list(self._status_buttons)

    def _on_status_button_clicked(self, step: lifecycle.Transition) -> None:
        if self.is_dirty() and not self.save():
            return
        assert self.uuid is not None
        reports = self.progress.ui.timeline_tree.topLevelItemCount()
        if not confirm_step(self, step, model_facts(self.snapshot, reports)):
            return
        verb = QCoreApplication.translate("Lifecycle", step.verb)
        try:
            models.change_status(self._handle, self.uuid, step.target)
        except ValidationError as exc:
            self._validate()
            if exc.details:
                self._show_message(
                    tr("Chưa thể “%1”: bản đăng ký còn thiếu %2 mục, xem danh sách bên dưới.")
                    .replace("%1", verb)
                    .replace("%2", str(len(exc.details)))
                )
            else:
                self._show_message(exc.user_text())
            return
        except DvkError as exc:
            show_error(self, exc)
            return
        self.snapshot = models.get_model(self._handle, self.uuid)
        self._show_message("")
        self._refresh_status()
        self.model_saved.emit(self.uuid)
