"""Settings' "Cơ sở dữ liệu" group: where the data is, a connection test, joining a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dvk_desktop.domain.text import format_number
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.gui.widgets.server_form import BAD, GOOD, NOTE
from dvk_desktop.storage.workspace import WorkspaceHandle


class DatabaseGroup(QGroupBox):
    """Shows the SQLite file or the server (never the password); ``connected(root)`` on join."""

    connected = Signal(str)

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(tr("Cơ sở dữ liệu"), parent)
        self.setObjectName("database_group")
        self._handle = handle
        self.operation: Operation | None = None
        self.location_label = QLabel(self)
        self.location_label.setObjectName("location_label")
        self.location_label.setWordWrap(True)
        self.test_button = QPushButton(tr("Kiểm tra kết nối"), self)
        self.test_button.setObjectName("test_connection_button")
        self.connect_button = QPushButton(tr("Kết nối thư mục với máy chủ…"), self)
        self.connect_button.setObjectName("connect_server_button")
        self.connect_button.setToolTip(
            tr(
                "Cho một thư mục trên máy này dùng cơ sở dữ liệu chung của cơ quan mà máy khác "
                "đã tạo."
            )
        )
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connection_result_label")
        self.result_label.setWordWrap(True)
        self.result_label.hide()  # until a test has something to say
        # A shared office: where every PC finds the evidence files (a folder on the share).
        self.evidence_label = QLabel(self)
        self.evidence_label.setObjectName("evidence_folder_label")
        self.evidence_label.setWordWrap(True)
        self.evidence_button = QPushButton(tr("Chọn thư mục minh chứng dùng chung…"), self)
        self.evidence_button.setObjectName("evidence_folder_button")
        self.evidence_button.setToolTip(
            tr(
                "Một thư mục trên ổ đĩa chia sẻ của cơ quan mà máy nào cũng mở được: tệp minh "
                "chứng của máy này được chép vào đó, rồi mọi máy dùng chung."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.connect_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.location_label)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.evidence_label)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_button)
        evidence_row.addStretch(1)
        layout.addLayout(evidence_row)
        self.test_button.clicked.connect(self.test)
        self.connect_button.clicked.connect(self.open_connect_dialog)
        self.evidence_button.clicked.connect(lambda: self.choose_evidence_folder())
        self.load()

    def load(self) -> None:
        """Say where the data of this workspace is."""
        from dvk_desktop.gui.i18n import core as render
        from dvk_desktop.services.shared_database import data_location, folder_database_url

        root = self._handle.paths.root
        self.location_label.setText(render(data_location(root)))
        self.server_url = folder_database_url(root)
        self.test_button.setEnabled(self.server_url is not None)
        self._show_evidence_folder()
        self.test_button.setToolTip(
            ""
            if self.server_url is not None
            else tr("Dữ liệu ở tệp trên máy này: không có máy chủ để kiểm tra.")
        )

    def _show_evidence_folder(self) -> None:
        from dvk_desktop.services import evidence_sharing

        shared = self.server_url is not None
        self.evidence_label.setVisible(shared)
        self.evidence_button.setVisible(shared)
        if not shared:
            return  # one PC: the evidence is in the data folder, nothing to choose
        folder = str(evidence_sharing.current_folder(self._handle))
        if evidence_sharing.is_shared(self._handle):
            text = tr("Minh chứng: thư mục dùng chung %1").replace("%1", folder)
        else:
            text = tr(
                "Minh chứng: thư mục riêng của máy này %1 — máy khác không thấy; hãy chọn một "
                "thư mục dùng chung."
            ).replace("%1", folder)
        self.evidence_label.setText(text)

    def choose_evidence_folder(self, folder: Path | None = None) -> Operation | None:
        """Ask for the shared folder (unless given), then copy and name it in the background."""
        if folder is None:
            from PySide6.QtWidgets import QFileDialog

            chosen = QFileDialog.getExistingDirectory(
                self, tr("Chọn thư mục minh chứng dùng chung"), str(self._handle.evidence.root)
            )
            if not chosen:
                return None
            folder = Path(chosen)
        self.evidence_button.setEnabled(False)
        target = folder

        def work(reporter: Any, cancel: Any) -> object:
            from dvk_desktop.services import evidence_sharing

            return evidence_sharing.set_shared_folder(
                self._handle, target, reporter=reporter, cancel=cancel
            )

        self.operation = run_in_background(
            self, work, on_success=self._on_evidence_shared, on_failure=self._on_share_failed,
            label=tr("Đang chép minh chứng vào thư mục dùng chung…"),
        )  # fmt: skip
        return self.operation

    def _on_evidence_shared(self, result: Any) -> None:
        self.evidence_button.setEnabled(True)
        self._show_evidence_folder()
        self.result_label.setStyleSheet(GOOD)
        self.result_label.setText(
            tr(
                "Đã chép %1 tệp minh chứng của máy này (%2 tệp đã có sẵn). Các máy khác mở "
                "lại là dùng thư mục này."
            )
            .replace("%1", format_number(result.copied))
            .replace("%2", format_number(result.already))
        )
        self.result_label.show()

    def _on_share_failed(self, exc: BaseException) -> None:
        self.evidence_button.setEnabled(True)
        from dvk_desktop.gui.errors import show_error

        show_error(self, exc)

    def test(self) -> Operation | None:
        """Connect to the workspace's server in the background and say what is there."""
        url = self.server_url
        if url is None:
            return None
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet(NOTE)
        self.result_label.setText(tr("Đang kết nối máy chủ…"))
        self.result_label.show()

        def work(_reporter: object, _cancel: object) -> object:
            from dvk_desktop.services.shared_database import check_connection

            return check_connection(url)

        self.operation = run_in_background(
            self, work, on_success=self._on_checked, on_failure=self._on_failed
        )
        return self.operation

    def _on_checked(self, check: object) -> None:
        from dvk_desktop.gui.i18n import core as render
        from dvk_desktop.services.shared_database import CURRENT

        self.test_button.setEnabled(True)
        good = getattr(check, "schema", "") == CURRENT
        self.result_label.setStyleSheet(GOOD if good else BAD)
        self.result_label.setText(render(check.summary()))  # type: ignore[attr-defined]

    def _on_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if not isinstance(exc, DvkError):
            from dvk_desktop.gui.errors import show_error

            show_error(self, exc)
            return
        self.result_label.setStyleSheet(BAD)
        self.result_label.setText(exc.user_text())

    def open_connect_dialog(self) -> None:
        """Ask for a folder and a server; the window then opens that folder."""
        from dvk_desktop.gui.dialogs.connect_dialog import ConnectDialog

        root = self._handle.paths.root
        dialog = ConnectDialog(root.with_name(f"{root.name}-chung"), self)
        if self.server_url is not None:  # most often: another folder on the same server
            from dvk_desktop.services.shared_database import server_parts

            dialog.server_form.set_fields(*server_parts(self.server_url))
        self.dialog = dialog  # tests fill it in
        dialog.finished.connect(lambda _code: self._on_dialog_finished(dialog))
        dialog.open()

    def _on_dialog_finished(self, dialog: object) -> None:
        root = getattr(dialog, "root", None)
        if root is not None:
            self.connected.emit(str(root))
