"""Signing in to a workspace that has office users (a shared database): name and password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.errors import DvkError
from dvk_desktop.gui.i18n import tr
from dvk_desktop.storage.workspace import WorkspaceHandle


class SignInDialog(QDialog):
    """Asks for the office user's name and password; accepted once the password is right."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.user = None  # access.UserInfo once signed in
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(tr("Đăng nhập"))
        info = handle.info()
        intro = QLabel(
            tr("Vùng làm việc của %1 có người dùng riêng. Hãy đăng nhập để làm việc.").replace(
                "%1", info.unit_name
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setPlaceholderText(tr("ví dụ: nguyen.van.an"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color:#842029;")
        form = QFormLayout()
        form.addRow(tr("Tên đăng nhập:"), self.name_edit)
        form.addRow(tr("Mật khẩu:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Đăng nhập"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Thoát"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """Check the password (Argon2id, about 0.1 s); stay open with the message if wrong."""
        from dvk_desktop.services import access

        try:
            self.user = access.sign_in(
                self._handle, self.name_edit.text(), self.password_edit.text()
            )
        except DvkError as exc:
            self.message_label.setText(exc.user_text())
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        super().accept()


def needs_sign_in(handle: WorkspaceHandle) -> bool:
    """Whether the workspace has users and nobody is signed in to it in this process."""
    from dvk_desktop.services import access

    return access.has_users(handle) and access.current_user(handle) is None


def sign_in_if_needed(parent: QWidget | None, handle: WorkspaceHandle) -> bool:
    """Ask for a sign-in when the workspace has users; False if the user gave up.

    A one-PC workspace without users has the implicit local user: nothing is asked.
    """
    if not needs_sign_in(handle):
        return True
    dialog = SignInDialog(handle, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
