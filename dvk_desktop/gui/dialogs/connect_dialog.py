"""Connecting a workspace folder of this PC to the office's shared database (another PC made it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.errors import DvkError
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.gui.widgets.server_form import BAD, NOTE, ServerForm


class ConnectDialog(QDialog):
    """A folder and a server; accepted once the folder uses the server (``root``)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self.setWindowTitle(tr("Kết nối cơ sở dữ liệu chung"))
        self.root: Path | None = None
        self.operation: Operation | None = None
        intro = QLabel(
            tr(
                "Máy đầu tiên của cơ quan đã tạo vùng làm việc trên máy chủ PostgreSQL. Chọn một "
                "thư mục trống trên máy này (giữ tệp minh chứng, khóa ký, nhật ký) và nhập địa "
                "chỉ máy chủ. Mật khẩu được cất trong tệp mật khẩu riêng của người dùng máy "
                "này, không ở thư mục vùng làm việc."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(str(folder), self)
        self.folder_edit.setObjectName("folder_edit")
        browse = QPushButton(tr("Chọn…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(tr("Thư mục:"), self))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.server_form = ServerForm(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(tr("Kết nối"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self.connect_folder)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.server_form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Chọn thư mục vùng làm việc"))
        if folder:
            self.folder_edit.setText(folder)

    def connect_folder(self, *, upgrade: bool = False) -> Operation | None:
        """Test, then point the folder at the server, in the background (an upgrade may run)."""
        try:
            url = self.server_form.url()
        except DvkError as exc:
            self.server_form.show_result(exc.user_text(), BAD)
            return None
        root = Path(self.folder_edit.text()).expanduser()
        self.connect_button.setEnabled(False)

        def work(reporter: Any, cancel: Any) -> Any:
            from dvk_desktop.services.shared_database import connect_folder

            return connect_folder(root, url, upgrade=upgrade, reporter=reporter, cancel=cancel)

        # An upgrade is one transaction on the server: Cancel undoes it whole.
        self.operation = run_in_background(
            self,
            work,
            on_success=lambda _check: self._connected(root),
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            label=tr("Đang kết nối cơ sở dữ liệu chung"),
            cancellable=upgrade,
        )
        return self.operation

    def _cancelled(self, exc: BaseException) -> None:
        from dvk_desktop.gui.i18n import core

        self.connect_button.setEnabled(True)
        message = exc.message if isinstance(exc, DvkError) else str(exc)
        self.server_form.show_result(core(message), NOTE)

    def _connected(self, root: Path) -> None:
        self.root = root
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from dvk_desktop.services.shared_database import NeedsUpgradeError

        self.connect_button.setEnabled(True)
        if isinstance(exc, NeedsUpgradeError):
            answer = QMessageBox.question(
                self,
                tr("Nâng cấp dữ liệu trên máy chủ"),
                exc.user_text()
                + "\n\n"
                + tr("Nâng cấp ngay? Các máy khác của cơ quan cần cài phiên bản này."),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.connect_folder(upgrade=True)
            return
        if isinstance(exc, DvkError):
            self.server_form.show_result(exc.user_text(), BAD)
            return
        from dvk_desktop.gui.errors import show_error

        show_error(self, exc)
