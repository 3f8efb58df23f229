"""Small dialogs that add a village, an organisation or a person from the editor's pickers.

Their forms are ui/add_village_dialog.ui, ui/add_organisation_dialog.ui, ui/add_person_dialog.ui.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dvk_desktop.domain.vocab import Gender, OrgType
from dvk_desktop.errors import ValidationError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_add_organisation_dialog import Ui_AddOrganisationDialog
from dvk_desktop.gui.forms.ui_add_person_dialog import Ui_AddPersonDialog
from dvk_desktop.gui.forms.ui_add_village_dialog import Ui_AddVillageDialog
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dvk_desktop.storage.workspace import WorkspaceHandle

VILLAGE_KINDS = ("thôn", "tổ dân phố", "bản", "ấp", "khu phố")
# What the combo shows for each kind: the word itself in Vietnamese, with what it is in English
# ("thôn (village)"); the Vietnamese word is what is stored.
_KIND_LABELS = (
    QT_TRANSLATE_NOOP("", "thôn"),
    QT_TRANSLATE_NOOP("", "tổ dân phố"),
    QT_TRANSLATE_NOOP("", "bản"),
    QT_TRANSLATE_NOOP("", "ấp"),
    QT_TRANSLATE_NOOP("", "khu phố"),
)


class _AddDialog(QDialog):
    """A form with an inline error line; ``save(session)`` adds the record in one transaction."""

    def __init__(self, handle: WorkspaceHandle, form: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.created_uuid: str | None = None
        self.created_label = ""
        self.ui = form
        self.ui.setupUi(self)
        buttons = self.ui.button_box
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Thêm"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    # Each subclass defines save(session) -> (uuid, label): it adds the record and returns
    # what the pickers show.

    def accept(self) -> None:
        """Save; a validation problem stays in the dialog, next to the fields."""
        try:
            with self._handle.sessions() as session, session.begin():
                self.created_uuid, self.created_label = self.save(session)  # type: ignore[attr-defined]
        except ValidationError as exc:
            self.ui.error_label.setText(str(exc))
            self.ui.error_label.show()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()


class AddVillageDialog(_AddDialog):
    """Add a village (thôn, tổ dân phố…) of this commune."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(handle, Ui_AddVillageDialog(), parent)
        for kind, label in zip(VILLAGE_KINDS, _KIND_LABELS, strict=True):
            self.ui.kind_combo.addItem(tr(label), kind)

    def kind(self) -> str:
        """The kind chosen (stored in Vietnamese) or typed in the editable box."""
        combo = self.ui.kind_combo
        i = combo.currentIndex()
        if i >= 0 and combo.currentText() == combo.itemText(i):
            return str(combo.itemData(i))
        return combo.currentText()

    def save(self, session: Session) -> tuple[str, str]:
        """Add the village."""
        from dvk_desktop.services import directory

        ui = self.ui
        village = directory.add_village(session, ui.name_edit.text(), kind=self.kind())
        return village.uuid, village.name


class AddOrganisationDialog(_AddDialog):
    """Add an organisation of this commune, with its type."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(handle, Ui_AddOrganisationDialog(), parent)
        for member in OrgType:
            self.ui.type_combo.addItem(vocab(member), member.value)

    def save(self, session: Session) -> tuple[str, str]:
        """Add the organisation."""
        from dvk_desktop.services import directory

        ui = self.ui
        org = directory.add_organisation(
            session, ui.name_edit.text(), OrgType(ui.type_combo.currentData())
        )
        return org.uuid, org.name


class AddPersonDialog(_AddDialog):
    """Add a person with the minimal personal data (no ID-card number)."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(handle, Ui_AddPersonDialog(), parent)
        self.ui.gender_combo.addItem(tr("— Không ghi —"), None)
        for member in Gender:
            self.ui.gender_combo.addItem(vocab(member), member.value)

    def save(self, session: Session) -> tuple[str, str]:
        """Add the person."""
        from dvk_desktop.services import directory

        ui = self.ui
        year = ui.birth_year_spin.value()
        gender: Any = ui.gender_combo.currentData()
        person = directory.add_person(
            session,
            ui.name_edit.text(),
            position=ui.position_edit.text(),
            birth_year=None if year == ui.birth_year_spin.minimum() else year,
            gender=Gender(gender) if gender else None,
            phone=ui.phone_edit.text(),
            is_official=ui.official_check.isChecked(),
            consent=ui.consent_check.isChecked(),
        )
        position = person.position
        return person.uuid, f"{person.full_name} — {position}" if position else person.full_name
