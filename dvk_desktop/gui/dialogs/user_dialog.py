"""Adding an office user, changing their roles, or setting a new password (administrators)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.office import Role
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import office_roles
from dvk_desktop.storage.workspace import WorkspaceHandle

ADD, ROLES, PASSWORD = "add", "roles", "password"


class UserDialog(QDialog):
    """One form for the three changes; the service checks every rule and the role."""

    def __init__(
        self,
        handle: WorkspaceHandle,
        mode: str,
        parent: QWidget | None = None,
        *,
        name: str = "",
        roles: Sequence[Role] = (),
    ) -> None:
        super().__init__(parent)
        self._handle = handle
        self.mode = mode
        self.setObjectName("user_dialog")
        self.setWindowTitle(
            {
                ADD: tr("Thêm người dùng"),
                ROLES: tr("Đổi vai trò của %1").replace("%1", name),
                PASSWORD: tr("Đặt lại mật khẩu của %1").replace("%1", name),
            }[mode]
        )
        form = QFormLayout()
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setPlaceholderText(tr("ví dụ: nguyen.van.an"))
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setObjectName("full_name_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("again_edit")
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if mode == ADD:
            form.addRow(tr("Tên đăng nhập:"), self.name_edit)
            form.addRow(tr("Họ và tên:"), self.full_name_edit)
        if mode in (ADD, PASSWORD):
            form.addRow(tr("Mật khẩu (ít nhất 8 ký tự):"), self.password_edit)
            form.addRow(tr("Nhập lại mật khẩu:"), self.again_edit)
        self.role_checks: dict[Role, QCheckBox] = {}
        if mode in (ADD, ROLES):
            box = QVBoxLayout()
            for role in Role:
                check = QCheckBox(office_roles([role]), self)
                check.setObjectName(f"role_{role.value}_check")
                check.setChecked(role in roles)
                self.role_checks[role] = check
                box.addWidget(check)
            form.addRow(tr("Vai trò:"), box)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color:#842029;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def chosen_roles(self) -> list[Role]:
        """The roles ticked."""
        return [role for role, check in self.role_checks.items() if check.isChecked()]

    def accept(self) -> None:
        """Save through the service; stay open with its message when it refuses."""
        from dvk_desktop.services import access

        try:
            if self.mode in (ADD, PASSWORD) and (
                self.password_edit.text() != self.again_edit.text()
            ):
                raise ValidationError(tr("Hai lần nhập mật khẩu không giống nhau; chưa lưu."))
            if self.mode == ADD:
                access.add_user(
                    self._handle,
                    self.name_edit.text(),
                    self.password_edit.text(),
                    self.chosen_roles(),
                    full_name=self.full_name_edit.text(),
                )
            elif self.mode == ROLES:
                access.set_roles(self._handle, self.name_edit.text(), self.chosen_roles())
            else:
                access.set_password(self._handle, self.name_edit.text(), self.password_edit.text())
        except DvkError as exc:
            self.message_label.setText(exc.user_text())
            return
        super().accept()
