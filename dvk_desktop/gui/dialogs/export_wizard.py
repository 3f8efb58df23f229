"""The export wizard: contents, destination and passphrase, progress, the written package.

The form is ui/export_wizard.ui; its four pages are promoted there to the page classes below,
which add what a page does (counting, the passphrase check, the export itself).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget, QWizard, QWizardPage

from dvk_desktop.domain.text import format_number
from dvk_desktop.errors import Cancelled, PassphraseError
from dvk_desktop.gui import drives
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.screen import fit_to_screen
from dvk_desktop.gui.tasks import Operation

if TYPE_CHECKING:
    from dvk_desktop.progress import CancelToken
    from dvk_desktop.storage.workspace import WorkspaceHandle

MAX_TRIES = 3
PAGE_CONTENTS, PAGE_DESTINATION, PAGE_PROGRESS, PAGE_DONE = range(4)


def count_contents(handle: WorkspaceHandle) -> dict[str, Any]:
    """What a record package would carry now, and whether it can be encrypted (in a worker)."""
    from dvk_desktop.services import evidence_derivatives, trust
    from dvk_desktop.services.exchange.records import collect

    with handle.sessions() as session:
        records = collect.collect_records(session)
        parent = trust.parent_key(session)
        can_encrypt = parent is not None and bool(parent.age_recipient)
    info = handle.info()
    return {
        "models": len(records.get("models", [])),
        "evidence": len(records.get("evidence", [])),
        "people": len(records.get("people", [])),
        "photos_with_people": sum(1 for e in records.get("evidence", []) if e.get("shows_people")),
        "personal": collect.has_personal_data(records),
        "downscale": evidence_derivatives.downscale_enabled(handle),
        "can_encrypt": can_encrypt,
        "has_recipient": parent is not None or bool(info.parent_unit_code),
    }


def personal_text(contents: dict[str, Any]) -> str:
    """The personal-data warning, naming only what the package really holds."""
    parts = []
    if contents.get("people"):
        parts.append(tr("họ tên của %n người", None, contents["people"]))
    if contents.get("photos_with_people"):
        parts.append(tr("%n ảnh có người", None, contents["photos_with_people"]))
    return (
        tr("⚠ Gói có dữ liệu cá nhân (%1). Nên mã hóa để chỉ cấp trên mở được.").replace(
            "%1", ", ".join(parts)
        )
        if parts
        else ""
    )


def kilobytes(size: int) -> str:
    """A file size in KB, the Vietnamese way (1.234 KB)."""
    return tr("%1 KB").replace("%1", format_number(max(1, round(size / 1024))))


class _FormPage(QWizardPage):
    """A page of ui/export_wizard.ui: its widgets read as attributes (``page.folder_edit``)."""

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup fails: look among the page's widgets by object name.
        child = None if name.startswith("_") else self.findChild(QObject, name)
        if child is None:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        return child

    def setup(self) -> None:
        """Connect the page's widgets once the wizard's form is built (nothing by default)."""


class ContentsPage(_FormPage):
    """Page 1: the counts (collected in a worker), the personal-data warning, encryption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contents: dict[str, Any] | None = None
        self.operation: Operation | None = None

    def initializePage(self) -> None:  # noqa: N802
        """Count in the background; the page is complete once the counts are in."""
        if self.contents is not None:
            return
        handle = self.wizard().handle
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
        warning = personal_text(contents)
        self.personal_label.setText(warning)
        self.personal_label.setVisible(bool(warning))
        self.downscale_label.setVisible(bool(contents.get("downscale")))
        self.encrypt_check.setChecked(bool(contents["personal"]))
        self.encrypt_check.setEnabled(True)
        self.encrypt_check.toggled.connect(self._on_encrypt_check_toggled)
        self._on_encrypt_check_toggled(self.encrypt_check.isChecked())

    def blocker(self) -> str:
        """Why the export cannot go on with these choices (empty when it can), in GUI words."""
        contents = self.contents
        if contents is None:
            return ""
        pin = tr("“Ghim khóa của cấp trên…”")
        if not contents.get("has_recipient"):
            return tr(
                "Vùng làm việc chưa biết cấp trên nhận gói. Hãy đóng cửa sổ này, vào trang "
                "“Gói dữ liệu”, bấm %1 và chọn tệp khóa cấp trên gửi, rồi xuất lại."
            ).replace("%1", pin)
        if self.encrypt_check.isChecked() and not contents.get("can_encrypt"):
            return tr(
                "Chưa mã hóa được: vùng làm việc chưa có khóa của cấp trên. Hãy đóng cửa sổ "
                "này, vào trang “Gói dữ liệu”, bấm %1 và chọn tệp khóa cấp trên gửi (đối chiếu "
                "dấu vân tay qua điện thoại), rồi xuất lại. Nếu được phép gửi không mã hóa, hãy "
                "bỏ chọn “Mã hóa gói”."
            ).replace("%1", pin)
        return ""

    def _on_encrypt_check_toggled(self, _checked: bool) -> None:
        text = self.blocker()
        self.encrypt_note_label.setText(text)
        self.encrypt_note_label.setVisible(bool(text))
        self.completeChanged.emit()

    def _on_count_failed(self, exc: BaseException) -> None:
        self.counts_label.setText(tr("Không đếm được hồ sơ."))
        show_error(self, exc)

    def isComplete(self) -> bool:  # noqa: N802
        """Next once the counts are known and the package can be made as chosen."""
        return self.contents is not None and not self.blocker()


class DestinationPage(_FormPage):
    """Page 2: the folder (the outbox, a USB stick, any folder) and the passphrase (three tries)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tries = 0
        self.usb_buttons: list[QPushButton] = []

    def setup(self) -> None:
        """Start in the outbox; the page commits the export."""
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Xuất gói"))
        self.folder_edit.setText(str(self.wizard().handle.paths.outbox))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.rescan_button.clicked.connect(self.show_usb_sticks)
        self.passphrase_edit.textChanged.connect(self.completeChanged)
        self.folder_edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802
        """Look for USB sticks each time the page is shown."""
        self.setCommitPage(True)  # a failed export made it an ordinary page again
        self.show_usb_sticks()

    def show_usb_sticks(self) -> None:
        """One button per USB stick plugged in now; a hint to plug one in when there is none."""
        for button in self.usb_buttons:
            button.deleteLater()
        self.usb_buttons = []
        layout = self.usb_box.layout()
        for volume in drives.usb_destinations(self.wizard().handle.paths.root):
            folder = str(Path(volume.root))
            button = QPushButton(
                tr("USB: %1 (%2) — còn %3 trống")
                .replace("%1", volume.name or tr("không tên"))
                .replace("%2", folder)
                .replace("%3", drives.free_space_text(volume.bytes_free)),
                self.usb_box,
            )
            button.setObjectName(f"usb_button_{len(self.usb_buttons)}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, f=folder: self.folder_edit.setText(f))
            layout.insertWidget(len(self.usb_buttons), button)
            self.usb_buttons.append(button)
        self.usb_note_label.setVisible(not self.usb_buttons)

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

        wizard = self.wizard()
        try:
            keys.unlock(workspace_keys.key_file(wizard.handle), self.passphrase_edit.text())
        except PassphraseError:
            self.tries += 1
            self.passphrase_edit.clear()
            self.passphrase_edit.setFocus()
            left = MAX_TRIES - self.tries
            if left <= 0:
                self.error_label.setText(tr("Đã nhập sai mật khẩu 3 lần. Gói chưa được xuất."))
                wizard.reject()
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


class ProgressPage(_FormPage):
    """Page 3: the export runs off the UI thread; Cancel stops it at the next check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operation: Operation | None = None

    def setup(self) -> None:
        """Connect Cancel."""
        self.cancel_export_button.clicked.connect(self._on_cancel_export_button_clicked)

    def initializePage(self) -> None:  # noqa: N802
        """Start the export with the choices of the previous pages."""
        from dvk_desktop.services import exchange

        wizard = self.wizard()
        handle = wizard.handle
        folder = Path(wizard.destination_page.folder_edit.text().strip())
        passphrase = wizard.destination_page.passphrase_edit.text()
        encrypt = wizard.contents_page.encrypt_check.isChecked()
        self.cancel_export_button.setEnabled(True)
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(tr("Đang chuẩn bị…"))

        def work(reporter: Any, cancel: CancelToken) -> Any:
            folder.mkdir(parents=True, exist_ok=True)
            result = exchange.export_package(
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

    def _on_cancel_export_button_clicked(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel_token.cancel()
            self.cancel_export_button.setEnabled(False)
            self.status_label.setText(tr("Đang hủy…"))

    def _on_failed(self, exc: BaseException) -> None:
        self.status_label.setText(
            tr(
                "Không xuất được gói; không có gói nào được tạo. Bấm “< Quay lại” để sửa rồi "
                "thử lại."
            )
        )
        if not isinstance(exc, Cancelled):
            show_error(self, exc)

    def _on_operation_finished(self) -> None:
        self.killTimer(self._poll)
        self.cancel_export_button.setEnabled(False)
        operation = self.operation
        if operation is not None and operation.result is None:
            self.progress_bar.setRange(0, 1)
            if isinstance(operation.error, Cancelled):
                self.status_label.setText(tr("Đã hủy. Không có gói nào được tạo."))
            # Nothing was written: Back leads to the choices again, the passphrase still typed.
            self.wizard().destination_page.setCommitPage(False)
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Only the result page follows, once the package is written."""
        return self.wizard().result_value is not None


class DonePage(_FormPage):
    """Page 4: the file, its size, the recipient and the key's fingerprint."""

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
        # The generated form imports the page classes of this module: import it once they exist.
        from dvk_desktop.gui.forms.ui_export_wizard import Ui_ExportWizard

        super().__init__(parent)
        self.handle = handle
        self.result_value: Any = None
        self.setObjectName("export_wizard")
        self.ui = Ui_ExportWizard()
        self.ui.setupUi(self)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Xong"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Đóng"))
        self.contents_page: ContentsPage = self.ui.contents_page
        self.destination_page: DestinationPage = self.ui.destination_page
        self.progress_page: ProgressPage = self.ui.progress_page
        self.done_page: DonePage = self.ui.done_page
        for page in (self.contents_page, self.destination_page, self.progress_page):
            page.setup()
        fit_to_screen(self)

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
