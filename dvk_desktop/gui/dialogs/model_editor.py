"""The registration form of one model: every field, indicators, evidence, progress, status."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QComboBox, QDialog, QListWidget, QMessageBox, QPushButton, QWidget

from dvk_desktop.domain.model import ModelInput
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import ModelType, Novelty
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.gui.dialogs.editor_checks import EditorChecksMixin
from dvk_desktop.gui.dialogs.editor_choices import EditorChoicesMixin
from dvk_desktop.gui.dialogs.editor_drafts import EditorDraftsMixin
from dvk_desktop.gui.dialogs.editor_locks import EditorLocksMixin
from dvk_desktop.gui.dialogs.editor_status import EditorStatusMixin
from dvk_desktop.gui.dialogs.read_only import view_only_if_needed
from dvk_desktop.gui.editor_state import StateCommand, input_to_state, state_to_input
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_model_editor_dialog import Ui_ModelEditorDialog
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.models.indicator_table import IndicatorsTableModel, VillageValuesTableModel
from dvk_desktop.gui.screen import fit_to_screen
from dvk_desktop.gui.widgets.evidence import EvidenceWidget
from dvk_desktop.gui.widgets.progress import ProgressWidget
from dvk_desktop.gui.widgets.splitter_scroll import scroll_pane
from dvk_desktop.services import models
from dvk_desktop.storage.workspace import WorkspaceHandle


class ModelEditorDialog(
    EditorLocksMixin,
    EditorStatusMixin,
    EditorDraftsMixin,
    EditorChoicesMixin,
    EditorChecksMixin,
    QDialog,
):
    """Edit a registration; autosaves a draft, validates inline, moves the model's status."""

    model_saved = Signal(str)
    directory_changed = Signal()

    VALIDATE_DELAY_MS = 250
    DRAFT_DELAY_MS = 1500

    def __init__(
        self, handle: WorkspaceHandle, uuid: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ModelEditorDialog()
        self.ui.setupUi(self)
        scroll_pane(self.ui.body_splitter, self.ui.side_panel)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._handle = handle
        self.uuid = uuid
        self.snapshot: dict[str, Any] = {}
        self._applying = False
        self._undo = QUndoStack(self)
        self._validate_timer = self._single_shot(self.VALIDATE_DELAY_MS, self._validate)
        self._draft_timer = self._single_shot(self.DRAFT_DELAY_MS, self.write_draft)
        self.indicators = IndicatorsTableModel(self)
        self.village_values = VillageValuesTableModel(self)
        self._status_buttons: list[QPushButton] = []
        self.locked_reason: str | None = None
        # View only: an upper level reading a commune's registration, or a write-protected
        # workspace (read_only.view_only_if_needed).
        self.read_only = False
        self._fill_choices()
        self.add_buttons = self._add_picker_buttons()
        self._connect()
        self.evidence = EvidenceWidget(handle, self)
        self.ui.evidence_container.addWidget(self.evidence)
        self.progress = ProgressWidget(handle, self)
        self.ui.progress_container.addWidget(self.progress)
        self.progress.reports_changed.connect(self._on_progress_reports_changed)
        self.evidence.changed.connect(self._on_evidence_changed)
        if uuid is not None:
            data, self.snapshot = models.load_for_editing(handle, uuid)
        else:
            data = ModelInput(year=dt.date.today().year)
        self._saved_state = input_to_state(data)
        self.apply_state(self._saved_state)
        # What the form shows is the baseline: its lists keep their own order (sub-topics,
        # coordinators), so the stored order alone would mark an untouched model as changed.
        self._saved_state = self.read_state()
        self._undo.clear()
        self.ui.draft_banner.hide()
        self.ui.message_label.hide()
        self._after_load()
        self._offer_draft()
        self._validate()
        fit_to_screen(self)
        # The form gets what the status panel does not need: a quarter, 190 to 300 pixels.
        side = max(190, min(300, self.width() // 4))
        self.ui.body_splitter.setStretchFactor(0, 1)
        self.ui.body_splitter.setSizes([self.width() - side, side])
        if uuid is None:  # Ctrl+N: typing goes straight into the name
            self.ui.name_edit.setFocus()

    # ---------------------------------------------------------------- set-up

    def _single_shot(self, delay: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    def _connect(self) -> None:
        ui = self.ui
        changed = self._on_form_changed
        for edit in (
            ui.name_edit, ui.replicated_from_edit, ui.place_edit, ui.start_date_edit,
            ui.end_date_edit, ui.evaluation_date_edit, ui.budget_state_edit,
            ui.budget_social_edit, ui.budget_people_edit, ui.budget_other_edit,
        ):  # fmt: skip
            edit.textChanged.connect(changed)
        for plain in self._plain_edits().values():
            plain.textChanged.connect(changed)
        for combo in self._combos().values():
            combo.currentIndexChanged.connect(changed)
        ui.year_spin.valueChanged.connect(changed)
        ui.labour_days_spin.valueChanged.connect(changed)
        ui.subtopics_list.itemChanged.connect(changed)
        ui.coordinators_list.itemChanged.connect(changed)
        self.indicators.edited.connect(changed)
        self.village_values.edited.connect(changed)
        ui.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        ui.indicators_view.selectionModel().currentRowChanged.connect(
            self._on_indicators_view_current_row_changed
        )
        ui.add_indicator_button.clicked.connect(self._on_add_indicator_button_clicked)
        ui.add_custom_button.clicked.connect(self._on_add_custom_button_clicked)
        ui.remove_indicator_button.clicked.connect(self._on_remove_indicator_button_clicked)
        ui.save_button.clicked.connect(self._on_save_button_clicked)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        ui.close_button.clicked.connect(self.close)
        ui.undo_button.clicked.connect(self._undo.undo)
        ui.redo_button.clicked.connect(self._undo.redo)
        self._undo.canUndoChanged.connect(ui.undo_button.setEnabled)
        self._undo.canRedoChanged.connect(ui.redo_button.setEnabled)
        ui.undo_button.setEnabled(False)
        ui.redo_button.setEnabled(False)
        ui.restore_draft_button.clicked.connect(self._on_restore_draft_button_clicked)
        ui.discard_draft_button.clicked.connect(self._on_discard_draft_button_clicked)
        ui.problems_list.itemActivated.connect(self._on_problems_list_item_activated)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save_button_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self._on_print_button_clicked)
        # Text fields keep their own Ctrl+Z; elsewhere these reach the form's undo stack.
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self._undo.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=self._undo.redo)
        QShortcut(QKeySequence("Ctrl+Y"), self, activated=self._undo.redo)

    def _plain_edits(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "reason": ui.reason_edit, "goals": ui.goals_edit, "content": ui.content_edit,
            "target_group": ui.target_group_edit, "forces": ui.forces_edit,
            "schedule": ui.schedule_edit, "other_resources": ui.other_resources_edit,
            "outputs": ui.outputs_edit, "sustainability": ui.sustainability_edit,
            "note": ui.note_edit,
        }  # fmt: skip

    def _line_edits(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.name_edit, "replicated_from_text": ui.replicated_from_edit,
            "place": ui.place_edit, "start_date": ui.start_date_edit,
            "end_date": ui.end_date_edit, "evaluation_date": ui.evaluation_date_edit,
            "budget_state": ui.budget_state_edit, "budget_social": ui.budget_social_edit,
            "budget_people": ui.budget_people_edit, "budget_other": ui.budget_other_edit,
        }  # fmt: skip

    def _combos(self) -> dict[str, QComboBox]:
        ui = self.ui
        return {
            "model_type": ui.type_combo, "field": ui.field_combo, "novelty": ui.novelty_combo,
            "continues_uuid": ui.continues_combo, "owner_org_uuid": ui.owner_combo,
            "holder_person_uuid": ui.holder_combo, "lead_person_uuid": ui.lead_combo,
            "village_uuid": ui.village_combo,
        }  # fmt: skip

    # ---------------------------------------------------------------- state

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def read_state(self) -> dict[str, Any]:
        """The form's content as JSON-able texts."""
        state: dict[str, Any] = {k: w.text() for k, w in self._line_edits().items()}
        state.update({k: w.toPlainText() for k, w in self._plain_edits().items()})
        state.update({k: w.currentData() for k, w in self._combos().items()})
        state["year"] = self.ui.year_spin.value()
        state["labour_days"] = self.ui.labour_days_spin.value()
        state["sub_topics"] = self._checked(self.ui.subtopics_list)
        state["coordinating_org_uuids"] = self._checked(self.ui.coordinators_list)
        state["replicated_from_uuid"] = self._saved_state.get("replicated_from_uuid")
        state["indicators"] = copy.deepcopy(self.indicators.rows)
        return state

    def apply_state(self, state: dict[str, Any]) -> None:
        """Show ``state`` in the form (undo, redo, drafts, loading)."""
        self._applying = True
        try:
            for key, widget in self._line_edits().items():
                if widget.text() != (state.get(key) or ""):
                    widget.setText(state.get(key) or "")
            for key, widget in self._plain_edits().items():
                if widget.toPlainText() != (state.get(key) or ""):
                    widget.setPlainText(state.get(key) or "")
            self.ui.year_spin.setValue(int(state.get("year") or dt.date.today().year))
            self._load_previous_year_models(state.get("continues_uuid"))
            for key, combo in self._combos().items():
                value = state.get(key)
                index = 0 if value is None else combo.findData(value)
                combo.setCurrentIndex(max(index, 0))
            self.ui.labour_days_spin.setValue(int(state.get("labour_days") or 0))
            for widget, wanted in (
                (self.ui.subtopics_list, set(state.get("sub_topics", []))),
                (self.ui.coordinators_list, set(state.get("coordinating_org_uuids", []))),
            ):
                for i in range(widget.count()):
                    item = widget.item(i)
                    on = item.data(Qt.ItemDataRole.UserRole) in wanted
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            current = self.ui.indicators_view.currentIndex().row()
            self.indicators.set_rows(state.get("indicators", []))
            if 0 <= current < len(self.indicators.rows):
                self.ui.indicators_view.selectRow(current)
            else:
                self.village_values.set_indicator(None)
        finally:
            self._applying = False
        self._last_state = self.read_state()
        self._after_change()

    def _on_form_changed(self, *_: object) -> None:
        if self._applying:
            return
        new = self.read_state()
        old = self._last_state
        if new == old:
            return
        key = next((k for k in new if new.get(k) != old.get(k)), "")
        self._last_state = new
        self._undo.push(StateCommand(self, old, new, key))
        self._after_change()

    def _after_change(self) -> None:
        self._update_enabled()
        self._validate_timer.start()
        self._draft_timer.start()
        self._update_title()

    def _update_enabled(self) -> None:
        """Fields that only apply to some choices (a holder for an individual model…)."""
        state = self._last_state
        ui = self.ui
        editable = self.locked_reason is None
        ui.holder_combo.setEnabled(editable and state["model_type"] == ModelType.INDIVIDUAL.value)
        ui.continues_combo.setEnabled(editable and state["novelty"] == Novelty.MAINTAINED.value)
        ui.replicated_from_edit.setEnabled(state["novelty"] == Novelty.REPLICATED.value)

    def is_dirty(self) -> bool:
        """Whether the form differs from what is saved."""
        return self.read_state() != self._saved_state

    # ---------------------------------------------------------------- loading

    def _after_load(self) -> None:
        saved = self.uuid is not None
        for tab in (self.ui.evidence_tab, self.ui.progress_tab):
            index = self.ui.tab_widget.indexOf(tab)
            self.ui.tab_widget.setTabEnabled(index, saved)
            self.ui.tab_widget.setTabToolTip(
                index, "" if saved else tr("Hãy lưu mô hình trước khi thêm minh chứng, tiến độ.")
            )
        if saved:
            assert self.uuid is not None
            self.evidence.set_model(self.uuid)
            self.progress.set_model(self.uuid, self.snapshot.get("indicators", []))
        self._update_title()
        self._refresh_status()
        view_only_if_needed(self)

    def _update_title(self) -> None:
        name = clean(self.ui.name_edit.text()) or tr("Mô hình mới")
        code = self.snapshot.get("code", "")
        star = " *" if self._last_state != self._saved_state else ""
        self.ui.title_label.setText(f"{code + ' — ' if code else ''}{name}{star}")
        self.setWindowTitle(tr("Bản đăng ký mô hình") + f" — {name}{star}")

    def _show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    # ---------------------------------------------------------------- saving

    def save(self) -> bool:
        """Save the form through the core; show what is wrong inline if it refuses.

        A model the upper level has locked is not saved: the dialog that sends the change
        as a change request opens instead (and False is returned: nothing was saved).
        """
        if self.read_only:  # Ctrl+S still reaches here with the button hidden
            return False
        if self.requests_change:
            self.request_change()
            return False
        state = self.read_state()
        data, unparsed = state_to_input(state)
        if unparsed:
            self._show_message(tr("Chưa lưu được:") + " " + " ".join(unparsed))
            return False
        try:
            if self.uuid is None:
                self.uuid = models.create_model(self._handle, data)
                self._delete_draft("new")
            else:
                models.update_model(self._handle, self.uuid, data)
        except ValidationError as exc:
            self._show_message(exc.user_text())
            return False
        except DvkError as exc:
            show_error(self, exc)
            return False
        self.snapshot = models.get_model(self._handle, self.uuid)
        self._saved_state = state
        self._last_state = state
        self._delete_draft(self.uuid)
        self._undo.setClean()
        self._show_message("")
        self.ui.draft_label.setText(
            tr("Đã lưu lúc %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
        )
        self._after_load()
        self.model_saved.emit(self.uuid)
        return True

    def _on_save_button_clicked(self) -> None:
        self.save()

    def close_without_saving(self) -> None:
        """Close and drop unsaved changes and their draft (the "Không lưu" answer)."""
        self._delete_draft(self.uuid or "new")
        self._saved_state = self.read_state()
        self._draft_timer.stop()
        self.close()

    # ---------------------------------------------------------------- other tabs

    def _on_progress_reports_changed(self) -> None:
        assert self.uuid is not None
        data, self.snapshot = models.load_for_editing(self._handle, self.uuid)
        fresh = input_to_state(data)
        actuals = {r["code"]: r["actual"] for r in fresh["indicators"]}
        for state in (self._saved_state, self._last_state):
            for row in state["indicators"]:
                if row["code"] in actuals:
                    row["actual"] = actuals[row["code"]]
        current = copy.deepcopy(self._last_state)
        self.apply_state(current)
        self.progress.set_model(self.uuid, self.snapshot.get("indicators", []))

    def _on_evidence_changed(self) -> None:
        if self.uuid is not None:
            self.progress.set_model(self.uuid, self.snapshot.get("indicators", []))

    # ---------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Offer to save unsaved changes; the draft stays until the user decides."""
        if self.is_dirty():
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(tr("Chưa lưu"))
            if self.requests_change:  # a locked model: what was typed goes up as a request
                box.setText(tr("Các thay đổi chưa được gửi thành yêu cầu. Gửi trước khi đóng?"))
                save = box.addButton(tr("Gửi yêu cầu…"), QMessageBox.ButtonRole.AcceptRole)
            else:
                box.setText(tr("Bản đăng ký có thay đổi chưa lưu. Lưu trước khi đóng?"))
                save = box.addButton(tr("Lưu"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(tr("Không lưu"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(tr("Quay lại"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(save)
            box.exec()
            if box.clickedButton() is save:
                if not self.save():
                    event.ignore()
                    return
            elif box.clickedButton() is discard:
                self._delete_draft(self.uuid or "new")
            else:
                event.ignore()
                return
        self._draft_timer.stop()
        self._validate_timer.stop()
        self.evidence.shutdown()
        super().closeEvent(event)
