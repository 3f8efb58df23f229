"""The model editor's choices: vocabularies, directory pickers with their "Thêm…" dialogs.

A mixin of :class:`~dvk_desktop.gui.dialogs.model_editor.ModelEditorDialog`: it fills the
form's combos and lists from the workspace's directory and last year's models.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QListWidgetItem, QToolButton

from dvk_desktop.domain.indicators import DEFAULT_CATALOGUE
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, SubTopic
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import catalogue, vocab
from dvk_desktop.gui.screen import fit_popup
from dvk_desktop.services import directory
from dvk_desktop.storage.queries.models import ModelFilter, list_models


class EditorChoicesMixin:
    """What the form's pickers offer, and adding an organisation, person or village to them."""

    ui: Any
    uuid: str | None
    _applying: bool

    def _add_picker_buttons(self) -> dict[str, QToolButton]:
        """Wire the form's "Thêm…" button beside each directory picker; keyed by combo name."""
        ui = self.ui
        buttons: dict[str, QToolButton] = {}
        for combo, button, kind in (
            (ui.owner_combo, ui.add_org_button, "organisation"),
            (ui.holder_combo, ui.add_holder_button, "person"),
            (ui.lead_combo, ui.add_lead_button, "person"),
            (ui.village_combo, ui.add_village_button, "village"),
        ):
            # The button narrows the combo: long names ("… — Chủ tịch Ủy ban MTTQ xã") are
            # elided, so the whole choice is in the tooltip.
            combo.currentTextChanged.connect(combo.setToolTip)
            button.clicked.connect(lambda _=False, c=combo, k=kind: self.open_add_dialog(k, c))
            buttons[combo.objectName()] = button
        return buttons

    def open_add_dialog(self, kind: str, combo: QComboBox) -> QDialog:
        """Open the small "add" dialog of ``kind``; the new entry is chosen in ``combo``."""
        from dvk_desktop.gui.dialogs import directory_dialogs

        cls = {
            "organisation": directory_dialogs.AddOrganisationDialog,
            "person": directory_dialogs.AddPersonDialog,
            "village": directory_dialogs.AddVillageDialog,
        }[kind]
        dialog = cls(self._handle, self)
        dialog.accepted.connect(lambda: self._on_directory_added(kind, combo, dialog.created_uuid))
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _on_directory_added(self, kind: str, combo: QComboBox, uuid: str | None) -> None:
        ui = self.ui
        if kind == "person":
            choices = directory.people(self._handle)
            targets = [ui.holder_combo, ui.lead_combo]
        elif kind == "organisation":
            choices = directory.organisations(self._handle)
            targets = [ui.owner_combo]
        else:
            choices = directory.villages(self._handle)
            targets = [ui.village_combo]
            self.village_values.set_villages([(v.uuid, v.label) for v in choices])
        choice = next((c for c in choices if c.uuid == uuid), None)
        if choice is None:
            return
        for target in targets:
            target.addItem(choice.label, choice.uuid)
        if kind == "organisation":
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.coordinators_list.addItem(item)
        combo.setCurrentIndex(combo.findData(choice.uuid))
        fit_popup(combo)
        self.directory_changed.emit()

    def _fill_choices(self) -> None:
        ui = self.ui
        for combo, enum in (
            (ui.type_combo, ModelType),
            (ui.field_combo, Field),
            (ui.novelty_combo, Novelty),
        ):
            for member in enum:
                combo.addItem(vocab(member), member.value)
        for topic in SubTopic:
            item = QListWidgetItem(vocab(topic))
            item.setData(Qt.ItemDataRole.UserRole, topic.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.subtopics_list.addItem(item)
        orgs = directory.organisations(self._handle)
        people = directory.people(self._handle)
        villages = directory.villages(self._handle)
        none = tr("— Chưa chọn —")
        for combo, choices in (
            (ui.owner_combo, orgs),
            (ui.holder_combo, people),
            (ui.lead_combo, people),
            (ui.village_combo, villages),
        ):
            combo.addItem(none, None)
            for choice in choices:
                combo.addItem(choice.label, choice.uuid)
            fit_popup(combo)
        ui.continues_combo.addItem(none, None)
        for org in orgs:
            item = QListWidgetItem(org.label)
            item.setData(Qt.ItemDataRole.UserRole, org.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.coordinators_list.addItem(item)
        for entry in DEFAULT_CATALOGUE:
            ui.catalogue_combo.addItem(
                f"{catalogue(entry.name)} ({catalogue(entry.unit)})", entry.code
            )
        fit_popup(ui.catalogue_combo)
        ui.indicators_view.setModel(self.indicators)
        # Codes (DEN_CHIEU_SANG, KHAC_1) are for packages and the command line, not for people.
        ui.indicators_view.setColumnHidden(0, True)
        ui.village_values_view.setModel(self.village_values)
        self.village_values.set_villages([(v.uuid, v.label) for v in villages])
        for view in (ui.indicators_view, ui.village_values_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().hide()
        header = ui.indicators_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 110)

    def _load_previous_year_models(self, keep: str | None) -> None:
        """Offer last year's models of this unit for a maintained model."""
        combo = self.ui.continues_combo
        year = self.ui.year_spin.value() - 1
        if combo.property("year") == year:
            return
        combo.setProperty("year", year)
        with self._handle.sessions() as session:
            rows = list_models(session, ModelFilter(year=year), limit=500)
        was = self._applying
        self._applying = True
        try:
            combo.clear()
            combo.addItem(tr("— Chưa chọn —"), None)
            for row in rows:
                if row.uuid != self.uuid:
                    combo.addItem(f"{row.code} — {row.name}", row.uuid)
            if keep and combo.findData(keep) < 0:
                combo.addItem(keep, keep)
        finally:
            self._applying = was

    def _on_year_spin_value_changed(self, _value: int) -> None:
        if not self._applying:
            self._load_previous_year_models(self.ui.continues_combo.currentData())
