"""The export wizard: contents, destination and passphrase, progress, the written package."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dvk_desktop.domain.text import format_number
from dvk_desktop.errors import Cancelled, PassphraseError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation

if TYPE_CHECKING:
    from dvk_desktop.progress import CancelToken
    from dvk_desktop.storage.workspace import WorkspaceHandle

MAX_TRIES = 3
PAGE_CONTENTS, PAGE_DESTINATION, PAGE_PROGRESS, PAGE_DONE = range(4)


def count_contents(handle: WorkspaceHandle) -> dict[str, Any]:
    """What a record package would carry now (runs in a worker; plain values only)."""
    from dvk_desktop.services import evidence_derivatives, package_records

    with handle.sessions() as session:
        records = package_records.collect_records(session)
    return {
        "models": len(records.get("models", [])),
        "evidence": len(records.get("evidence", [])),
        "people": len(records.get("people", [])),
        "personal": package_records.has_personal_data(records),
        "downscale": evidence_derivatives.downscale_enabled(handle),
    }


def kilobytes(size: int) -> str:
    """A file size in KB, the Vietnamese way (1.234 KB)."""
    return tr("%1 KB").replace("%1", format_number(max(1, round(size / 1024))))


def _label(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ContentsPage(QWizardPage):
    """Page 1: the counts (collected in a worker), the personal-data warning, encryption."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(tr("Nội dung gói dữ liệu"))
        self.setSubTitle(tr("Gói gồm toàn bộ hồ sơ của đơn vị, có chữ ký số của đơn vị."))
        layout = QVBoxLayout(self)
        self.counts_label = _label(self, "counts_label", tr("Đang đếm hồ sơ…"))
        self.personal_label = _label(self, "personal_label")
        self.personal_label.setStyleSheet("color:#8a4b00;")
        self.personal_label.hide()
        self.downscale_label = _label(self, "downscale_label")
        self.downscale_label.hide()
        self.encrypt_check = QCheckBox(tr("Mã hóa gói (khuyến nghị)"), self)
        self.encrypt_check.setObjectName("encrypt_check")
        self.encrypt_check.setEnabled(False)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.personal_label)
        layout.addWidget(self.downscale_label)
        layout.addWidget(self.encrypt_check)
        layout.addStretch(1)
        self.contents: dict[str, Any] | None = None
        self.operation: Operation | None = None

    def initializePage(self) -> None:  # noqa: N802
        """Count in the background; the page is complete once the counts are in."""
        if self.contents is not None:
            return
        handle = self._wizard.handle
        self.operation = Operation(
            parent=self,
            op=lambda _reporter, _cancel: count_contents(handle),
            on_success=self._on_counted,
            on_failure=self._on_count_failed,
        ).run()

    def _on_counted(self, contents: dict[str, Any]) -> None:
        self.contents = contents
        self.counts_label.setText(
            tr("Gói sẽ gồm: %1 mô hình, %2 minh chứng, %3 người.")
            .replace("%1", format_number(contents["models"]))
            .replace("%2", format_number(contents["evidence"]))
            .replace("%3", format_number(contents["people"]))
        )
        personal = bool(contents["personal"])
        self.personal_label.setVisible(personal)
        self.personal_label.setText(
            tr(
                "⚠ Gói có dữ liệu cá nhân (họ tên, ảnh có người). Nên mã hóa để chỉ cấp trên "
                "mở được."
            )
        )
        self.downscale_label.setVisible(bool(contents.get("downscale")))
        self.downscale_label.setText(
            tr(
                "Ảnh lớn sẽ được thu nhỏ (cạnh dài 1600 điểm ảnh) khi gửi; ảnh gốc vẫn giữ trên "
                "máy này."
            )
        )
        self.encrypt_check.setChecked(personal)
        self.encrypt_check.setEnabled(True)
        self.completeChanged.emit()

    def _on_count_failed(self, exc: BaseException) -> None:
        self.counts_label.setText(tr("Không đếm được hồ sơ."))
        show_error(self, exc)

    def isComplete(self) -> bool:  # noqa: N802
        """Next only once the counts are known."""
        return self.contents is not None


class DestinationPage(QWizardPage):
    """Page 2: the folder (the outbox by default) and the key's passphrase (three tries)."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.tries = 0
        self.setTitle(tr("Nơi lưu và mật khẩu"))
        self.setSubTitle(tr("Gói được ký bằng khóa của đơn vị; hãy nhập mật khẩu khóa ký."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Xuất gói"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(wizard.handle.paths.outbox), self)
        self.folder_edit.setObjectName("folder_edit")
        self.browse_button = QPushButton(tr("Chọn…"), self)
        self.browse_button.setObjectName("browse_button")
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(tr("Thư mục lưu gói:"), row)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Mật khẩu khóa ký:"), self.passphrase_edit)
        self.error_label = _label(self, "error_label")
        self.error_label.setStyleSheet("color:#b00020;")
        form.addRow(self.error_label)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.passphrase_edit.textChanged.connect(self.completeChanged)
        self.folder_edit.textChanged.connect(self.completeChanged)

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Chọn thư mục lưu gói"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def isComplete(self) -> bool:  # noqa: N802
        """A folder and a passphrase are needed."""
        return bool(self.folder_edit.text().strip() and self.passphrase_edit.text())

    def validatePage(self) -> bool:  # noqa: N802
        """Check the passphrase before anything is written; three tries, then the wizard closes."""
        from dvk_desktop.packaging import keys
        from dvk_desktop.services import workspace_keys

        try:
            keys.unlock(workspace_keys.key_file(self._wizard.handle), self.passphrase_edit.text())
        except PassphraseError:
            self.tries += 1
            self.passphrase_edit.clear()
            self.passphrase_edit.setFocus()
            left = MAX_TRIES - self.tries
            if left <= 0:
                self.error_label.setText(tr("Đã nhập sai mật khẩu 3 lần. Gói chưa được xuất."))
                self._wizard.reject()
                return False
            self.error_label.setText(
                tr("Mật khẩu khóa ký không đúng. Hãy nhập lại (còn %1 lần thử).").replace(
                    "%1", str(left)
                )
            )
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.error_label.clear()
        return True


class ProgressPage(QWizardPage):
    """Page 3: the export runs off the UI thread; Cancel stops it at the next check."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(tr("Đang xuất gói"))
        layout = QVBoxLayout(self)
        self.status_label = _label(self, "status_label", tr("Đang chuẩn bị…"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setRange(0, 0)
        self.cancel_button = QPushButton(tr("Hủy"), self)
        self.cancel_button.setObjectName("cancel_export_button")
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.operation: Operation | None = None
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def initializePage(self) -> None:  # noqa: N802
        """Start the export with the choices of the previous pages."""
        from dvk_desktop.services import packages

        wizard = self._wizard
        handle = wizard.handle
        folder = Path(wizard.destination_page.folder_edit.text().strip())
        passphrase = wizard.destination_page.passphrase_edit.text()
        encrypt = wizard.contents_page.encrypt_check.isChecked()

        def work(reporter: Any, cancel: CancelToken) -> Any:
            folder.mkdir(parents=True, exist_ok=True)
            result = packages.export_package(
                handle, folder, passphrase=passphrase, encrypt=encrypt,
                reporter=reporter, cancel=cancel,
            )  # fmt: skip
            return result, handle.info().parent_unit_name or ""

        operation = Operation(
            parent=self, op=work, on_success=wizard.show_result, on_failure=self._on_failed
        )
        operation.finished.connect(self._on_operation_finished)
        self.operation = operation
        self._poll = self.startTimer(100)
        operation.run()

    def timerEvent(self, event: Any) -> None:  # noqa: N802
        """Show the worker's latest progress."""
        if self.operation is None:
            return
        done, total, message = self.operation.reporter.latest()
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        if message:
            self.status_label.setText(message[:100])

    def _on_cancel_button_clicked(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel_token.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(tr("Đang hủy…"))

    def _on_failed(self, exc: BaseException) -> None:
        self.status_label.setText(tr("Không xuất được gói."))
        show_error(self, exc)

    def _on_operation_finished(self) -> None:
        self.killTimer(self._poll)
        self.cancel_button.setEnabled(False)
        operation = self.operation
        if operation is not None and operation.result is None:
            self.progress_bar.setRange(0, 1)
            if isinstance(operation.error, Cancelled):
                self.status_label.setText(tr("Đã hủy. Không có gói nào được tạo."))

    def isComplete(self) -> bool:  # noqa: N802
        """Only the result page follows, once the package is written."""
        return self._wizard.result_value is not None


class DonePage(QWizardPage):
    """Page 4: the file, its size, the recipient and the key's fingerprint."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Đã xuất gói"))
        self.setSubTitle(tr("Gói đã được ký và lưu vào thư mục đã chọn."))
        form = QFormLayout(self)
        self.file_label = _label(self, "file_label")
        self.size_label = _label(self, "size_label")
        self.recipient_label = _label(self, "recipient_label")
        self.fingerprint_label = _label(self, "fingerprint_label")
        self.encrypted_label = _label(self, "encrypted_label")
        form.addRow(tr("Tệp:"), self.file_label)
        form.addRow(tr("Dung lượng:"), self.size_label)
        form.addRow(tr("Gửi đến:"), self.recipient_label)
        form.addRow(tr("Dấu vân tay khóa:"), self.fingerprint_label)
        form.addRow(tr("Mã hóa:"), self.encrypted_label)
        hint = _label(
            self, "hint_label", tr("Chép tệp này vào USB hoặc gửi qua thư điện tử / Zalo.")
        )
        form.addRow(hint)

    def show_result(self, result: Any, recipient_name: str) -> None:
        """Fill the labels from an ExportResult and the recipient's name."""
        self.file_label.setText(html.escape(result.path.name))
        self.file_label.setToolTip(str(result.path))
        self.size_label.setText(kilobytes(result.size))
        recipient = f"{recipient_name} ({result.recipient})" if recipient_name else result.recipient
        self.recipient_label.setText(html.escape(recipient))
        self.fingerprint_label.setText(result.fingerprint)
        self.encrypted_label.setText(
            tr("Có, chỉ người nhận mở được") if result.encrypted else tr("Không")
        )


class ExportWizard(QWizard):
    """Export a signed package to the upper level, step by step."""

    exported = Signal(object)

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_wizard")
        self.handle = handle
        self.result_value: Any = None
        self.setWindowTitle(tr("Xuất gói gửi cấp trên"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Xong"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Đóng"))
        self.contents_page = ContentsPage(self)
        self.destination_page = DestinationPage(self)
        self.progress_page = ProgressPage(self)
        self.done_page = DonePage(self)
        for number, page in enumerate(
            (self.contents_page, self.destination_page, self.progress_page, self.done_page)
        ):
            self.setPage(number, page)
        self.resize(620, 420)

    def show_result(self, outcome: tuple[Any, str]) -> None:
        """The export finished: fill the last page and go there."""
        result, recipient_name = outcome
        self.result_value = result
        self.done_page.show_result(result, recipient_name)
        self.progress_page.completeChanged.emit()
        self.next()
        self.exported.emit(result)

    def reject(self) -> None:
        """Closing during the export cancels it first."""
        operation = self.progress_page.operation
        if operation is not None and operation.running:
            operation.cancel_token.cancel()
        super().reject()
