"""Small dialogs that add a village, an organisation or a person from the editor's pickers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from dvk_desktop.domain.vocab import Gender, OrgType
from dvk_desktop.errors import ValidationError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dvk_desktop.storage.workspace import WorkspaceHandle

VILLAGE_KINDS = ("thôn", "tổ dân phố", "bản", "ấp", "khu phố")


class _AddDialog(QDialog):
    """A form with an inline error line; ``save(session)`` adds the record in one transaction."""

    def __init__(self, handle: WorkspaceHandle, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.created_uuid: str | None = None
        self.created_label = ""
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Thêm"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _finish_form(self) -> None:
        self.form.addRow(self.error_label)
        self.form.addRow(self.buttons)

    # Each subclass defines save(session) -> (uuid, label): it adds the record and returns
    # what the pickers show.

    def accept(self) -> None:
        """Save; a validation problem stays in the dialog, next to the fields."""
        try:
            with self._handle.sessions() as session, session.begin():
                self.created_uuid, self.created_label = self.save(session)  # type: ignore[attr-defined]
        except ValidationError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()


class AddVillageDialog(_AddDialog):
    """Add a village (thôn, tổ dân phố…) of this commune."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(handle, tr("Thêm thôn, tổ dân phố"), parent)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.setEditable(True)
        self.kind_combo.addItems(list(VILLAGE_KINDS))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setPlaceholderText(tr("ví dụ: Thôn Bình An 1"))
        self.form.addRow(tr("&Loại:"), self.kind_combo)
        self.form.addRow(tr("&Tên:"), self.name_edit)
        self._finish_form()

    def save(self, session: Session) -> tuple[str, str]:
        """Add the village."""
        from dvk_desktop.services import directory

        village = directory.add_village(
            session, self.name_edit.text(), kind=self.kind_combo.currentText()
        )
        return village.uuid, village.name


class AddOrganisationDialog(_AddDialog):
    """Add an organisation of this commune, with its type."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(handle, tr("Thêm tổ chức"), parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setPlaceholderText(tr("ví dụ: Chi hội Phụ nữ thôn Bình An 1"))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type_combo")
        for member in OrgType:
            self.type_combo.addItem(vocab(member), member.value)
        self.form.addRow(tr("&Tên tổ chức:"), self.name_edit)
        self.form.addRow(tr("&Loại tổ chức:"), self.type_combo)
        self._finish_form()

    def save(self, session: Session) -> tuple[str, str]:
        """Add the organisation."""
        from dvk_desktop.services import directory

        org = directory.add_organisation(
            session, self.name_edit.text(), OrgType(self.type_combo.currentData())
        )
        return org.uuid, org.name


class AddPersonDialog(_AddDialog):
    """Add a person with the minimal personal data (no ID-card number)."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(handle, tr("Thêm người"), parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.position_edit = QLineEdit(self)
        self.position_edit.setObjectName("position_edit")
        self.position_edit.setPlaceholderText(tr("ví dụ: Bí thư Chi bộ thôn"))
        self.birth_year_spin = QSpinBox(self)
        self.birth_year_spin.setObjectName("birth_year_spin")
        self.birth_year_spin.setRange(1899, 2100)
        self.birth_year_spin.setSpecialValueText(tr("— Không ghi —"))
        self.birth_year_spin.setValue(1899)
        self.gender_combo = QComboBox(self)
        self.gender_combo.setObjectName("gender_combo")
        self.gender_combo.addItem(tr("— Không ghi —"), None)
        for member in Gender:
            self.gender_combo.addItem(vocab(member), member.value)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phone_edit")
        self.official_check = QCheckBox(tr("Là cán bộ, công chức"), self)
        self.official_check.setObjectName("official_check")
        self.consent_check = QCheckBox(tr("Người này đồng ý cho ghi thông tin cá nhân"), self)
        self.consent_check.setObjectName("consent_check")
        self.form.addRow(tr("&Họ và tên:"), self.name_edit)
        self.form.addRow(tr("&Chức vụ:"), self.position_edit)
        self.form.addRow(tr("&Năm sinh:"), self.birth_year_spin)
        self.form.addRow(tr("&Giới tính:"), self.gender_combo)
        self.form.addRow(tr("Điện &thoại:"), self.phone_edit)
        self.form.addRow(self.official_check)
        self.form.addRow(self.consent_check)
        self._finish_form()

    def save(self, session: Session) -> tuple[str, str]:
        """Add the person."""
        from dvk_desktop.services import directory

        year = self.birth_year_spin.value()
        gender: Any = self.gender_combo.currentData()
        person = directory.add_person(
            session,
            self.name_edit.text(),
            position=self.position_edit.text(),
            birth_year=None if year == self.birth_year_spin.minimum() else year,
            gender=Gender(gender) if gender else None,
            phone=self.phone_edit.text(),
            is_official=self.official_check.isChecked(),
            consent=self.consent_check.isChecked(),
        )
        position = person.position
        return person.uuid, f"{person.full_name} — {position}" if position else person.full_name
