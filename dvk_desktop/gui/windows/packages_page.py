"""Data packages: signing key, export to the upper level, ledger; the upper level's key page."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from dvk_desktop.domain.text import format_number
from dvk_desktop.errors import DvkError, PassphraseError
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_packages_page import Ui_PackagesPage
from dvk_desktop.gui.i18n import core, tr
from dvk_desktop.gui.labels import counts_text
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.storage.workspace import WorkspaceHandle

if TYPE_CHECKING:
    from dvk_desktop.gui.dialogs.export_wizard import ExportWizard


def ask_passphrase(parent: QWidget, label: str) -> str | None:
    """Ask for the key's passphrase (hidden while typed); None if cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("passphrase_dialog")
    dialog.setWindowTitle(tr("Mật khẩu khóa ký"))
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(tr("Đồng ý"))
    dialog.setCancelButtonText(tr("Hủy"))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


class PackagesPage(QWidget):
    """Page "Gói dữ liệu" of the main window."""

    data_changed = Signal()

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PackagesPage()
        self.ui.setupUi(self)
        self._handle = handle
        self.operation: Operation | None = None
        self.last_export: Path | None = None
        self.last_check: Any = None
        self._pending_import: tuple[Path, str | None] | None = None
        header = self.ui.ledger_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.ui.create_key_button.clicked.connect(self._on_create_key_button_clicked)
        self.ui.enrolment_button.clicked.connect(self._on_enrolment_button_clicked)
        self.ui.pin_parent_button.clicked.connect(self._on_pin_parent_button_clicked)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)
        self.ui.confirm_import_button.clicked.connect(self._on_confirm_import_button_clicked)
        self.ui.open_outbox_button.clicked.connect(self._on_open_outbox_button_clicked)
        from dvk_desktop.domain.vocab import WorkspaceRole

        self.upper = WorkspaceRole(handle.info().role) is WorkspaceRole.UPPER
        if self.upper:
            self._show_upper_words()
        ui = self.ui
        # A locked stick: a key, a pinned key, a package sent or taken all write to it. The
        # enrolment file goes to a folder the user picks: it stays.
        grey_out_if_read_only(handle, ui.create_key_button, ui.pin_parent_button,
                              ui.export_button, ui.import_button,
                              ui.confirm_import_button)  # fmt: skip
        if not handle.paths.outbox.is_dir():  # nothing to open, and it cannot be made
            grey_out_if_read_only(handle, ui.open_outbox_button)
        self.refresh()

    def _show_upper_words(self) -> None:
        """An upper level receives on "Tiếp nhận gói" and sends on "Gửi về xã": here its key."""
        ui = self.ui
        ui.heading_label.setText(tr("Khóa ký và sổ gói"))
        ui.enrolment_button.setText(tr("Xuất tệp đăng ký khóa gửi các xã…"))
        ui.pin_parent_button.setText(tr("Ghim khóa của cấp trên nữa…"))
        ui.pin_parent_button.setToolTip(
            tr("Chỉ cần khi đơn vị này gửi gói tổng hợp lên một cấp cao hơn.")
        )
        for widget in (
            ui.export_button, ui.import_button, ui.confirm_import_button, ui.open_outbox_button,
        ):  # fmt: skip
            widget.hide()
        ui.ledger_label.setText(tr("Các gói đã nhận từ các xã và đã gửi về xã:"))
        ui.report_browser.setHtml(
            "<p>"
            + tr(
                "Nhận gói của các xã ở trang “Tiếp nhận gói”; ghi nhận khóa của xã ở trang “Đơn "
                "vị cấp dưới”; gửi quyết định ở trang “Gửi về xã”."
            )
            + "</p>"
        )

    # ---------------------------------------------------------------- state

    def on_shown(self) -> None:
        """Called when the page comes on screen: packages may have come and gone meanwhile."""
        self.refresh()

    def refresh(self) -> None:
        """Key status, parent key and the ledger."""
        from dvk_desktop.services import ledger, workspace_keys

        info = workspace_keys.public_info(self._handle)
        ws = self._handle.info()
        if info is None and self.upper:
            text = tr("Chưa có khóa ký. Hãy tạo khóa trước khi gửi quyết định về các xã.")
        elif info is None:
            text = tr("Chưa có khóa ký. Hãy tạo khóa trước khi gửi gói lên cấp trên.")
        else:
            text = tr("Dấu vân tay khóa của đơn vị: <b>%1</b>").replace("%1", info.fingerprint)
        if self.upper:
            text += "<br>" + tr(
                "Các xã ghim khóa này (tệp đăng ký khóa và dấu vân tay) để chỉ nhận quyết định "
                "do đúng đơn vị này ký."
            )
            if ws.parent_unit_name:
                text += "<br>" + tr("Gói tổng hợp gửi: %1").replace(
                    "%1", html.escape(ws.parent_unit_name)
                )
        else:
            parent = ws.parent_unit_name or tr("chưa xác định")
            text += "<br>" + tr("Cấp trên nhận gói: %1").replace("%1", html.escape(parent))
        self.ui.key_label.setText(text)
        self.ui.create_key_button.setEnabled(info is None)
        self.ui.enrolment_button.setEnabled(info is not None)
        self.ui.export_button.setEnabled(info is not None)
        entries = ledger.entries(self._handle)
        table = self.ui.ledger_table
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            direction = tr("Đã gửi") if entry.direction == "out" else tr("Đã nhận")
            counts = counts_text(entry.counts)
            values = (
                direction,
                str(entry.sequence),
                entry.file_name,
                entry.recorded_at.strftime("%H:%M %d/%m/%Y"),
                counts,
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    # ---------------------------------------------------------------- key

    def create_key(self, passphrase: str) -> None:
        """Create the workspace key (the button asks for the passphrase twice)."""
        from dvk_desktop.services import workspace_keys

        info = workspace_keys.create_key(self._handle, passphrase)
        self.ui.report_browser.setHtml(
            "<p>"
            + tr(
                "Đã tạo khóa ký. Dấu vân tay: <b>%1</b>. Hãy gửi tệp đăng ký khóa cho cấp trên và "
                "đọc dấu vân tay qua điện thoại để cấp trên đối chiếu."
            ).replace("%1", info.fingerprint)
            + "</p>"
        )
        self.refresh()

    def _on_create_key_button_clicked(self) -> None:
        first = ask_passphrase(self, tr("Đặt mật khẩu cho khóa ký (ít nhất 8 ký tự):"))
        if first is None:
            return
        again = ask_passphrase(self, tr("Nhập lại mật khẩu:"))
        if again is None:
            return
        if first != again:
            show_error(self, PassphraseError(tr("Hai lần nhập mật khẩu không khớp.")))
            return
        try:
            self.create_key(first)
        except DvkError as exc:
            show_error(self, exc)

    def _on_enrolment_button_clicked(self) -> None:
        passphrase = ask_passphrase(self, tr("Mật khẩu khóa ký:"))
        if passphrase is None:
            return
        folder = QFileDialog.getExistingDirectory(self, tr("Lưu tệp đăng ký khóa vào thư mục"))
        if not folder:
            return
        self.export_enrolment(passphrase, Path(folder))

    def export_enrolment(self, passphrase: str, folder: Path) -> None:
        """Write the enrolment file and its printable sheet; say where and the fingerprint."""
        from dvk_desktop.services import workspace_keys

        try:
            files = workspace_keys.export_enrolment_with_sheet(self._handle, passphrase, folder)
        except DvkError as exc:
            show_error(self, exc)
            return
        self.ui.report_browser.setHtml(
            "<p>"
            + tr(
                "Đã lưu tệp đăng ký khóa %1 và phiếu đăng ký khóa %2 (in ra, ký, đóng dấu rồi gửi "
                "cấp trên). Dấu vân tay: <b>%3</b>."
            )
            .replace("%1", html.escape(str(files.file)))
            .replace("%2", html.escape(str(files.sheet)))
            .replace("%3", files.enrolment.fingerprint)
            + "</p>"
        )

    def pin_parent(self, enrolment_file: Path, fingerprint: str) -> None:
        """Trust the upper level's key once the fingerprint matches.

        At an upper level a commune's file chosen here is what the clerk meant to enrol: it
        is enrolled as a child unit instead of being refused.
        """
        from dvk_desktop.packaging import keys
        from dvk_desktop.services import communes, trust, workspace_keys

        if self.upper and keys.read_enrolment(enrolment_file).role == "commune":
            enrolment = communes.enrol(self._handle, enrolment_file, fingerprint)
            text = tr("Đã ghi nhận khóa của đơn vị cấp dưới %1 (mã %2).")
            text = text.replace("%1", html.escape(enrolment.unit_name))
            self.ui.report_browser.setHtml("<p>" + text.replace("%2", enrolment.unit_code) + "</p>")
            self.data_changed.emit()
            self.refresh()
            return
        enrolment = workspace_keys.enrol_unit(
            self._handle, enrolment_file, relation=trust.PARENT, confirmed_fingerprint=fingerprint
        )
        self.ui.report_browser.setHtml(
            "<p>"
            + tr("Đã ghim khóa của %1.").replace("%1", html.escape(enrolment.unit_name))
            + "</p>"
        )
        self.refresh()

    def _on_pin_parent_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Tệp đăng ký khóa của cấp trên"), "", tr("Tệp đăng ký khóa (*.json)")
        )
        if not name:
            return
        typed, ok = QInputDialog.getText(
            self,
            tr("Đối chiếu dấu vân tay"),
            tr("Gọi điện cho đơn vị gửi tệp và gõ dấu vân tay họ đọc (các nhóm số):")
            if self.upper
            else tr("Gọi điện cho cấp trên và gõ dấu vân tay họ đọc (các nhóm số):"),
        )
        if not ok:
            return
        try:
            self.pin_parent(Path(name), typed)
        except DvkError as exc:
            show_error(self, exc)

    # ---------------------------------------------------------------- export

    def export(self, passphrase: str) -> Operation:
        """Export a signed package to the outbox folder in the background."""
        from dvk_desktop.services import exchange

        handle = self._handle
        outbox = handle.paths.outbox
        outbox.mkdir(parents=True, exist_ok=True)
        self.operation = run_in_background(
            self,
            lambda reporter, cancel: exchange.export_package(
                handle, outbox, passphrase=passphrase, reporter=reporter, cancel=cancel
            ),
            on_success=self._on_exported,
            label=tr("Đang xuất gói dữ liệu"),
        )
        return self.operation

    def _on_exported(self, result: Any) -> None:
        self.last_export = result.path
        counts = counts_text(result.counts)
        name = self._handle.info().parent_unit_name or ""
        recipient = f"{name} ({result.recipient})" if name else result.recipient
        lines = [
            tr("Đã xuất gói số %1 gửi %2.")
            .replace("%1", str(result.sequence))
            .replace("%2", html.escape(recipient)),
            tr("Tệp: %1 (%2 KB)")
            .replace("%1", html.escape(str(result.path)))
            .replace("%2", format_number(round(result.size / 1024))),
            tr("Nội dung: %1").replace("%1", html.escape(counts)),
            tr("Đã mã hóa cho người nhận.") if result.encrypted else tr("Không mã hóa."),
            tr("Chép tệp này vào USB hoặc gửi qua thư điện tử / Zalo cho cấp trên."),
        ]
        self.ui.report_browser.setHtml("".join(f"<p>{line}</p>" for line in lines))
        self.refresh()

    def open_export_wizard(self) -> ExportWizard:
        """The export wizard (window-modal, non-blocking); its result lands on this page."""
        from dvk_desktop.gui.dialogs.export_wizard import ExportWizard

        wizard = ExportWizard(self._handle, self)
        wizard.exported.connect(self._on_exported)
        wizard.finished.connect(wizard.deleteLater)
        self.export_wizard = wizard
        wizard.open()
        return wizard

    def _on_export_button_clicked(self) -> None:
        self.open_export_wizard()

    def _on_open_outbox_button_clicked(self) -> None:
        if not self._handle.read_only:
            self._handle.paths.outbox.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._handle.paths.outbox)))

    # ---------------------------------------------------------------- import

    def verify(self, path: Path, passphrase: str | None = None) -> Operation:
        """Check a package without changing anything; show the verification report."""
        from dvk_desktop.services import exchange

        handle = self._handle
        self.operation = run_in_background(
            self,
            lambda reporter, cancel: exchange.verify_package(
                handle, path, passphrase=passphrase, reporter=reporter, cancel=cancel
            ),
            on_success=lambda check: self._on_verified(check, passphrase),
            label=tr("Đang kiểm tra gói"),
        )
        return self.operation

    def _on_verified(self, check: Any, passphrase: str | None) -> None:
        self.last_check = check
        esc = html.escape
        title, sender = tr("Kết quả kiểm tra gói"), tr("Người gửi")
        valid, again = tr("Chữ ký và nội dung hợp lệ."), tr("Gói này đã được nhập trước đây.")
        parts = [f"<h3>{esc(title)} {esc(check.path.name)}</h3>"]
        if check.sender_name:
            parts.append(f"<p>{esc(sender)}: <b>{esc(check.sender_name)}</b></p>")
        if check.ok:
            parts.append(f"<p style='color:#146c43'>{esc(valid)}</p>")
        for problem in check.problems:
            parts.append(f"<p style='color:#b02a37'>✗ {esc(core(problem))}</p>")
        for warning in check.warnings:
            parts.append(f"<p style='color:#997404'>! {esc(core(warning))}</p>")
        if check.already_imported:
            parts.append(f"<p>{esc(again)}</p>")
        self.ui.report_browser.setHtml("".join(parts))
        ready = check.ok and not check.already_imported
        self._pending_import = (check.path, passphrase) if ready else None
        self.ui.confirm_import_button.setEnabled(ready)

    def import_checked(self) -> Operation | None:
        """Apply the package that passed verification."""
        from dvk_desktop.services import exchange

        if self._pending_import is None:
            return None
        path, passphrase = self._pending_import
        handle = self._handle
        self.ui.confirm_import_button.setEnabled(False)
        self.operation = run_in_background(
            self,
            lambda reporter, cancel: exchange.import_package(
                handle, path, passphrase=passphrase, reporter=reporter, cancel=cancel
            ),
            on_success=self._on_imported,
            label=tr("Đang nhập gói"),
        )
        return self.operation

    def _on_imported(self, result: Any) -> None:
        self._pending_import = None
        lines = [
            tr("Đã nhập: %1 mới, %2 cập nhật, %3 không đổi.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged)),
            *(core(note) for note in result.notes),
        ]
        self.ui.report_browser.append("".join(f"<p>{html.escape(line)}</p>" for line in lines))
        self.refresh()
        self.data_changed.emit()

    def _on_import_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Chọn gói dữ liệu"),
            "",
            tr("Gói dữ liệu DVK (*.dvkpkg *.dvkpkg.age);;Mọi tệp (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Check the package at ``path`` (asking its passphrase if encrypted), ready to import."""
        from dvk_desktop.services import exchange

        passphrase = None
        try:
            exchange.needs_passphrase(path, None)
        except PassphraseError:
            passphrase = ask_passphrase(self, tr("Gói được mã hóa. Mật khẩu khóa ký:"))
            if passphrase is None:
                return
        self.verify(path, passphrase)

    def _on_confirm_import_button_clicked(self) -> None:
        self.import_checked()
