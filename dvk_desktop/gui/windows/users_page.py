"""Page "Người dùng" (administrators): the office's users and roles, added, changed, disabled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.errors import DvkError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import office_roles
from dvk_desktop.storage.workspace import WorkspaceHandle

if TYPE_CHECKING:
    from dvk_desktop.services.access import UserInfo

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class UsersPage(QWidget):
    """A table of users and the four changes an administrator makes."""

    users_changed = Signal()
    # The first user was added and signed in: every page must now apply that user's roles.
    first_user_signed_in = Signal()

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_page")
        self._handle = handle
        self.users: list[UserInfo] = []
        heading = QLabel(tr("Người dùng và vai trò"), self)
        heading.setStyleSheet("font-weight:bold;font-size:13pt;")
        self.note_label = QLabel(self)
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Tên đăng nhập"), tr("Họ và tên"), tr("Vai trò"), tr("Trạng thái")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 170)
        header.resizeSection(1, 220)
        self.add_button = QPushButton(tr("Thêm người dùng…"), self)
        self.roles_button = QPushButton(tr("Đổi vai trò…"), self)
        self.password_button = QPushButton(tr("Đặt lại mật khẩu…"), self)
        self.active_button = QPushButton(tr("Khóa tài khoản"), self)
        for name, button in (
            ("add_button", self.add_button), ("roles_button", self.roles_button),
            ("password_button", self.password_button), ("active_button", self.active_button),
        ):  # fmt: skip
            button.setObjectName(name)
        row = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.password_button):
            row.addWidget(button)
        row.addWidget(self.active_button)
        row.addStretch(1)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(self.change_roles)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only

        # The users are kept in the workspace: a locked stick lists them, changes none.
        grey_out_if_read_only(handle, self.add_button, self.roles_button, self.password_button,
                              self.active_button)  # fmt: skip
        self.refresh()

    def on_shown(self) -> None:
        """Called when the page comes on screen: another PC may have changed the users."""
        self.refresh()

    def refresh(self) -> None:
        """Read the users again, keeping the selected one."""
        from dvk_desktop.services import access

        keep = self.selected_name()
        self.users = access.list_users(self._handle)
        self.note_label.setText(
            tr(
                "Mỗi cán bộ đăng nhập bằng tên và mật khẩu riêng; mọi thay đổi trong nhật ký ghi "
                "tên người làm. Vai trò quyết định việc được làm: tiếp nhận gói, thẩm định, chấm "
                "điểm (hội đồng), ký quyết định, quản trị."
            )
            if self.users
            else tr(
                "Chưa có người dùng riêng: mọi việc do người dùng của máy này làm, không cần "
                "đăng nhập. Người dùng đầu tiên phải có vai trò quản trị; từ đó mỗi lần mở "
                "chương trình đều cần đăng nhập."
            )
        )
        table = self.table
        table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = tr("Đang hoạt động") if user.active else tr("Đã khóa")
            roles = office_roles(user.roles)
            for column, text in enumerate((user.name, user.full_name, roles, state)):
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, user.name)
                table.setItem(row, column, item)
            if user.name == keep:
                table.selectRow(row)
        self._update_buttons()

    def selected_name(self) -> str | None:
        """The sign-in name of the selected user."""
        items = self.table.selectedItems()
        return str(items[0].data(NAME_ROLE)) if items else None

    def select(self, name: str) -> None:
        """Select the user ``name`` in the table."""
        for row, user in enumerate(self.users):
            if user.name == name:
                self.table.selectRow(row)

    def _selected(self):
        name = self.selected_name()
        return next((u for u in self.users if u.name == name), None)

    def _update_buttons(self) -> None:
        user = self._selected()
        for button in (self.roles_button, self.password_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            tr("Mở khóa tài khoản")
            if user is not None and not user.active
            else tr("Khóa tài khoản")
        )

    def _run_dialog(self, mode: str, done: str) -> bool:
        from dvk_desktop.gui.dialogs.user_dialog import ADD, UserDialog

        user = None if mode == ADD else self._selected()
        dialog = UserDialog(
            self._handle,
            mode,
            self,
            name=user.name if user is not None else "",
            roles=user.roles if user is not None else (),
        )
        self.dialog = dialog  # tests fill it in
        if dialog.exec() != UserDialog.DialogCode.Accepted:
            return False
        name = dialog.name_edit.text().strip().lower()
        if mode == ADD and not self.users:
            # Until now the PC's user did everything; from now on everyone signs in, and the
            # administrator who just made the first account is signed in with it.
            from dvk_desktop.services import access

            access.sign_in(self._handle, name, dialog.password_edit.text())
            self.first_user_signed_in.emit()
        self.refresh()
        self.select(name)
        self.result_label.setText(done.replace("%1", name))
        self.users_changed.emit()
        return True

    def add_user(self) -> bool:
        """Ask for a new user's name, password and roles."""
        from dvk_desktop.gui.dialogs.user_dialog import ADD

        return self._run_dialog(ADD, tr("Đã thêm người dùng “%1”."))

    def change_roles(self) -> bool:
        """Tick the selected user's roles."""
        from dvk_desktop.gui.dialogs.user_dialog import ROLES

        return self._run_dialog(ROLES, tr("Đã đổi vai trò của “%1”."))

    def reset_password(self) -> bool:
        """Give the selected user a new password (they sign in with it next time)."""
        from dvk_desktop.gui.dialogs.user_dialog import PASSWORD

        return self._run_dialog(PASSWORD, tr("Đã đặt lại mật khẩu của “%1”."))

    def toggle_active(self) -> None:
        """Disable the selected user (their entries in the log stay), or enable them again."""
        from dvk_desktop.services import access

        user = self._selected()
        if user is None:
            return
        try:
            access.set_active(self._handle, user.name, not user.active)
        except DvkError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.result_label.setText(
            (tr("Đã khóa tài khoản “%1”.") if user.active else tr("Đã mở khóa tài khoản “%1”."))
            .replace("%1", user.name)
        )  # fmt: skip
        self.users_changed.emit()
