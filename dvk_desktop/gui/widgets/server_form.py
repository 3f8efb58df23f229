"""The fields of a PostgreSQL server (host, port, database, user, password) and its test."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background

GOOD = "color:#0a3622;"
BAD = "color:#842029;"
NOTE = "color:#664d03;"


class ServerForm(QWidget):
    """Asks where the office's database is and tests it off the UI thread."""

    checked = Signal(object)  # the ServerCheck of a test that connected
    failed = Signal(str)  # the message of a test that did not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_form")
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("host_edit")
        self.host_edit.setPlaceholderText(tr("ví dụ: 192.168.1.10 hoặc may-chu-van-phong"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("port_spin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit(self)
        self.database_edit.setObjectName("database_edit")
        self.database_edit.setPlaceholderText(tr("ví dụ: dvk_tinh"))
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("user_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(tr("Kiểm tra kết nối"), self)
        self.test_button.setObjectName("test_connection_button")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connection_result_label")
        self.result_label.setWordWrap(True)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(QLabel(tr("Cổng:"), self))
        host_row.addWidget(self.port_spin)
        form.addRow(tr("Máy chủ:"), host_row)
        form.addRow(tr("Cơ sở dữ liệu:"), self.database_edit)
        form.addRow(tr("Người dùng:"), self.user_edit)
        form.addRow(tr("Mật khẩu:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        self.test_button.clicked.connect(self.test)
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(self._forget)
        self.port_spin.valueChanged.connect(self._forget)
        self.last_check: Any = None  # shared_database.ServerCheck of the fields as they are
        self.operation: Operation | None = None

    def set_fields(self, host: str, port: int, database: str, user: str) -> None:
        """Fill the fields (the password is never shown again)."""
        self.host_edit.setText(host)
        self.port_spin.setValue(port)
        self.database_edit.setText(database)
        self.user_edit.setText(user)

    def url(self) -> str:
        """The address with the password; a clear ValidationError for a missing field."""
        from dvk_desktop.services.shared_database import server_url

        return server_url(
            self.host_edit.text(),
            self.port_spin.value(),
            self.database_edit.text(),
            self.user_edit.text(),
            self.password_edit.text(),
        )

    def _forget(self, *_: object) -> None:
        self.last_check = None
        self.result_label.setText("")

    def show_result(self, text: str, style: str) -> None:
        """Say what the test (or connecting) found, in its colour."""
        self.result_label.setStyleSheet(style)
        self.result_label.setText(text)

    def test(self) -> Operation | None:
        """Connect in the background (a wrong host may take seconds) and say what is there."""
        try:
            url = self.url()
        except ValidationError as exc:
            self.show_result(exc.user_text(), BAD)
            self._focus(exc.field)
            return None
        self.last_check = None
        self.test_button.setEnabled(False)
        self.show_result(tr("Đang kết nối máy chủ…"), NOTE)

        def work(_reporter: object, _cancel: object) -> object:
            from dvk_desktop.services.shared_database import check_connection

            return check_connection(url)

        self.operation = run_in_background(
            self, work, on_success=self._on_checked, on_failure=self._on_failed
        )
        return self.operation

    def _focus(self, field: str | None) -> None:
        widget = {
            "host": self.host_edit, "port": self.port_spin, "database": self.database_edit,
            "user": self.user_edit,
        }.get(field or "")  # fmt: skip
        if widget is not None:
            widget.setFocus()

    def _on_checked(self, check: Any) -> None:
        from dvk_desktop.gui.i18n import core as render
        from dvk_desktop.services.shared_database import CURRENT, EMPTY

        self.test_button.setEnabled(True)
        self.last_check = check
        self.show_result(render(check.summary()), GOOD if check.schema in (CURRENT, EMPTY) else BAD)
        self.checked.emit(check)

    def _on_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if not isinstance(exc, DvkError):
            from dvk_desktop.gui.errors import show_error

            show_error(self, exc)
            return
        self.show_result(exc.user_text(), BAD)
        self.failed.emit(exc.user_text())
