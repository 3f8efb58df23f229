"""Enrolling a commune's key: its enrolment file, then the digits read on the phone or paper."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from dvk_desktop.errors import DvkError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_enrol_dialog import Ui_EnrolDialog
from dvk_desktop.gui.i18n import tr
from dvk_desktop.storage.workspace import WorkspaceHandle


class EnrolDialog(QDialog):
    """OK is possible only once the file is read and the digits are confirmed.

    Typed digits must equal the file's fingerprint; with the paper sheet the clerk ticks that
    every group matched. The fingerprint is not shown while digits are typed, so the clerk
    types what is heard, not what is on the screen.
    """

    def __init__(
        self, handle: WorkspaceHandle, parent: QWidget | None = None, *, expected: str = ""
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        self._handle = handle
        self.expected = expected  # the unit chosen on the page, if any
        self.enrolment: Any = None
        self.result_enrolment: Any = None
        ui = self.ui
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Ghi nhận khóa"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.file_edit.editingFinished.connect(self._on_file_edit_editing_finished)
        ui.typed_edit.textChanged.connect(self._update)
        ui.phone_radio.toggled.connect(self._update)
        ui.paper_check.toggled.connect(self._update)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self._update()

    def load(self, path: Path) -> bool:
        """Read and check an enrolment file; say whose it is (or why it cannot be used)."""
        from dvk_desktop.services import communes

        self.ui.file_edit.setText(str(path))
        try:
            self.enrolment = communes.read_enrolment(self._handle, path)
        except DvkError as exc:
            self.enrolment = None
            self.ui.unit_label.setText(
                f"<span style='color:#b02a37'>✗ {html.escape(exc.user_text())}</span>"
            )
            self._update()
            return False
        e = self.enrolment
        text = tr("Tệp đăng ký khóa của <b>%1</b> (mã %2), tạo ngày %3.")
        text = text.replace("%1", html.escape(e.unit_name)).replace("%2", e.unit_code)
        text = text.replace("%3", e.created.strftime("%d/%m/%Y"))
        if self.expected and e.unit_code != self.expected:
            text += (
                "<br><span style='color:#997404'>"
                + tr("Lưu ý: đây không phải tệp của đơn vị đang chọn trong danh sách.")
                + "</span>"
            )
        self.ui.unit_label.setText(text)
        self._update()
        return True

    def _on_browse_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Tệp đăng ký khóa của xã"), "", tr("Tệp đăng ký khóa (*.json)")
        )
        if name:
            self.load(Path(name))

    def _on_file_edit_editing_finished(self) -> None:
        text = self.ui.file_edit.text().strip()
        if text and (self.enrolment is None or str(self.enrolment_path()) != text):
            self.load(Path(text))

    def enrolment_path(self) -> Path:
        """The file chosen."""
        return Path(self.ui.file_edit.text().strip())

    def confirmed(self) -> bool:
        """Whether the digits are confirmed the way the clerk chose."""
        from dvk_desktop.services import communes

        if self.enrolment is None:
            return False
        if self.ui.phone_radio.isChecked():
            return communes.fingerprint_matches(self.enrolment, self.ui.typed_edit.text())
        return self.ui.paper_check.isChecked()

    def _update(self, *_: object) -> None:
        ui = self.ui
        phone = ui.phone_radio.isChecked()
        ui.typed_edit.setEnabled(phone)
        ui.paper_check.setEnabled(not phone and self.enrolment is not None)
        shown = self.enrolment is not None and not phone
        ui.fingerprint_label.setText(self.enrolment.fingerprint if shown else "")
        ui.fingerprint_label.setVisible(shown)
        ok = self.confirmed()
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if self.enrolment is None:
            ui.match_label.setText(tr("Chọn tệp đăng ký khóa do xã gửi (qua USB, thư điện tử)."))
        elif phone:
            digits = "".join(ch for ch in ui.typed_edit.text() if ch.isdigit())
            if ok:
                ui.match_label.setText("✓ " + tr("Dãy số khớp với khóa trong tệp."))
            elif len(digits) < 30:
                ui.match_label.setText(tr("Đã gõ %1/30 chữ số.").replace("%1", str(len(digits))))
            else:
                ui.match_label.setText(
                    "✗ "
                    + tr(
                        "Dãy số không khớp: có thể tệp không phải của xã này. Đọc lại từng nhóm; "
                        "không ghi nhận khi chưa khớp."
                    )
                )
        else:
            ui.match_label.setText(
                tr("So từng nhóm số trên màn hình với phiếu giấy có chữ ký, đóng dấu của xã.")
            )

    def typed_fingerprint(self) -> str:
        """The digits confirmed: typed, or the file's own once matched on paper."""
        if self.ui.phone_radio.isChecked():
            return self.ui.typed_edit.text()
        return str(self.enrolment.fingerprint) if self.enrolment is not None else ""

    def _on_button_box_accepted(self) -> None:
        from dvk_desktop.services import communes

        if not self.confirmed():
            return
        try:
            self.result_enrolment = communes.enrol(
                self._handle, self.enrolment_path(), self.typed_fingerprint()
            )
        except DvkError as exc:
            show_error(self, exc)
            return
        self.accept()
