"""Dialog "Kiểm tra bản in": a scanned image or the typed check code against the record.

Its form is ui/verify_print_dialog.ui; the check runs off the UI thread (decoding a 300 dpi
scan takes a moment).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from dvk_desktop.errors import DvkError
from dvk_desktop.gui.forms.ui_verify_print_dialog import Ui_VerifyPrintDialog
from dvk_desktop.gui.i18n import core, tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.storage.workspace import WorkspaceHandle

GOOD, BAD = "color:#1b5e20;font-weight:bold;", "color:#b00020;font-weight:bold;"


class VerifyPrintDialog(QDialog):
    """Check whether a signed paper still matches the current record."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyPrintDialog()
        self.ui.setupUi(self)
        self._handle = handle
        self.operation: Operation | None = None
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(tr("Đóng"))
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.image_button.clicked.connect(self._on_image_button_clicked)
        self.ui.check_button.clicked.connect(self._on_check_button_clicked)
        self.ui.code_edit.returnPressed.connect(self._on_check_button_clicked)

    def check_image(self, path: Path) -> Operation:
        """Read the QR codes of a scanned page and check each form found."""
        from dvk_desktop.services.print_check import check_image

        handle = self._handle
        return self._start(lambda: check_image(handle, path))

    def check_code(self, text: str) -> Operation:
        """Check the code typed from the paper (or a QR text read by a phone)."""
        from dvk_desktop.services.print_check import check_text

        handle = self._handle
        return self._start(lambda: [check_text(handle, text)])

    def _start(self, work: Any) -> Operation:
        self.ui.result_label.setStyleSheet("")
        self.ui.result_label.setText(tr("Đang kiểm tra…"))

        def job(_reporter: Any, _cancel: Any) -> list[Any]:
            return list(work())

        self.operation = run_in_background(
            self, job, on_success=self._on_checked, on_failure=self._on_failed
        )
        return self.operation

    def _on_checked(self, results: list[Any]) -> None:
        matches = all(r.matches for r in results)
        self.ui.result_label.setStyleSheet(GOOD if matches else BAD)
        self.ui.result_label.setText("\n".join(core(r.message) for r in results))

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.result_label.setStyleSheet(BAD)
        if isinstance(exc, DvkError):
            self.ui.result_label.setText(exc.user_text())
        else:
            from dvk_desktop.gui.errors import show_error

            self.ui.result_label.setText("")
            show_error(self, exc)

    def _on_image_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Chọn ảnh quét của phiếu"),
            str(Path.home()),
            tr("Ảnh (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)"),
        )
        if name:
            self.check_image(Path(name))

    def _on_check_button_clicked(self) -> None:
        self.check_code(self.ui.code_edit.text())
