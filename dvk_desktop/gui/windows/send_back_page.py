"""Page "Gửi về xã": decisions packages for the communes chosen; the aggregate for the parent."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dvk_desktop.domain.text import format_number
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.forms.ui_send_back_page import Ui_SendBackPage
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.services.exchange import send_back
from dvk_desktop.storage.workspace import WorkspaceHandle

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class SendBackPage(QWidget):
    """One action writes one file per chosen commune into a folder (a USB stick)."""

    sent = Signal(object)  # list[SendResult]

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SendBackPage()
        self.ui.setupUi(self)
        self._handle = handle
        self.stale = True
        self.operation: Operation | None = None
        self.pending: list[send_back.Pending] = []
        self.results: dict[str, send_back.SendResult] = {}
        self.last_aggregate: Any = None
        ui = self.ui
        ui.folder_edit.setText(str(handle.paths.outbox))
        header = ui.communes_table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 70), (2, 80), (3, 110), (4, 130), (5, 300)):
            header.resizeSection(column, width)
        ui.show_all_check.toggled.connect(self._fill)
        ui.check_news_button.clicked.connect(self._on_check_news_button_clicked)
        ui.check_none_button.clicked.connect(lambda: self.set_checked([]))
        ui.communes_table.itemChanged.connect(self._update_button)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.send_button.clicked.connect(self._on_send_button_clicked)
        ui.aggregate_button.clicked.connect(self._on_aggregate_button_clicked)
        # Sending numbers each package in the stick's ledger: nothing is sent from a locked one.
        grey_out_if_read_only(handle, ui.send_button, ui.aggregate_button)

    # ---------------------------------------------------------------- refresh

    def mark_stale(self) -> None:
        """The data changed elsewhere: read again when next shown."""
        self.stale = True

    def on_shown(self) -> None:
        """Called when the page comes on screen."""
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Which communes have news; whether the aggregate can go up."""
        self.stale = False
        self.pending = send_back.pending(self._handle)
        self._fill()
        self.set_checked([p.code for p in self.pending if p.has_news and p.enrolled])
        news = sum(1 for p in self.pending if p.has_news)
        if not self.results:
            self.ui.result_label.setText(
                tr("%n xã có quyết định hay thay đổi mới chưa gửi.", None, news)
                if news
                else tr(
                    "Không xã nào có quyết định hay thay đổi mới chưa gửi. Đánh dấu “Hiện cả các "
                    "xã không có gì mới” để gửi lại cho một xã."
                )
            )
        parent = send_back.parent_ready(self._handle)
        ui = self.ui
        ui.aggregate_button.setEnabled(parent is not None)
        ui.aggregate_label.setText(
            tr("Gói gồm dữ liệu của mọi xã, gửi %1.").replace("%1", html.escape(parent))
            if parent
            else tr(
                "Chưa ghim khóa của cấp trên nữa (trang “Khóa ký, sổ gói”): chỉ cần khi đơn vị này "
                "còn gửi số liệu lên một cấp cao hơn."
            )
        )

    def _fill(self, *_: object) -> None:
        show_all = self.ui.show_all_check.isChecked()
        keep = set(self.checked_codes())
        rows = [p for p in self.pending if show_all or p.has_news]
        table = self.ui.communes_table
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            last = p.last_sent.strftime("%d/%m/%Y") if p.last_sent else tr("chưa gửi lần nào")
            result = self.results.get(p.code)
            status = ""
            if result is not None:
                status = (
                    result.export.path.name
                    if result.export is not None
                    else tr("Không gửi được: %1").replace("%1", result.error)
                )
            elif not p.enrolled:
                status = tr("Chưa ghi nhận khóa của xã: không mã hóa được gói")
            values = (
                p.code,
                p.name,
                format_number(p.models),
                format_number(p.changed),
                last,
                status,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == 0:
                    item.setData(CODE_ROLE, p.code)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if p.code in keep else Qt.CheckState.Unchecked
                    )
                    if not p.enrolled:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                if c == 5 and status:
                    ok = result is not None and result.export is not None
                    item.setForeground(QColor("#146c43" if ok else "#b02a37"))
                table.setItem(r, c, item)
        table.blockSignals(False)
        self._update_button()

    # ---------------------------------------------------------------- choosing

    def checked_codes(self) -> list[str]:
        """The communes ticked."""
        table = self.ui.communes_table
        out = []
        for r in range(table.rowCount()):
            item = table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(CODE_ROLE)))
        return out

    def set_checked(self, codes: list[str]) -> None:
        """Tick exactly these communes (those without a trusted key stay unticked)."""
        wanted = set(codes)
        enrolled = {p.code for p in self.pending if p.enrolled}
        table = self.ui.communes_table
        table.blockSignals(True)
        for r in range(table.rowCount()):
            item = table.item(r, 0)
            code = item.data(CODE_ROLE)
            on = code in wanted and code in enrolled
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        table.blockSignals(False)
        self._update_button()

    def _on_check_news_button_clicked(self) -> None:
        self.set_checked([p.code for p in self.pending if p.has_news])

    def _update_button(self, *_: object) -> None:
        count = len(self.checked_codes())
        self.ui.send_button.setText(tr("Tạo gói quyết định cho %n xã", None, count))
        running = self.operation is not None and self.operation.running
        self.ui.send_button.setEnabled(count > 0 and not running)

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Lưu các gói vào thư mục (ổ USB)"), self.ui.folder_edit.text()
        )
        if folder:
            self.ui.folder_edit.setText(folder)

    # ---------------------------------------------------------------- sending

    def send(self, passphrase: str, codes: list[str] | None = None) -> Operation:
        """Write the decisions packages of the chosen communes, off the UI thread."""
        handle = self._handle
        chosen = codes if codes is not None else self.checked_codes()
        folder = Path(self.ui.folder_edit.text().strip() or str(handle.paths.outbox))

        def work(reporter: Any, cancel: Any) -> list[send_back.SendResult]:
            return send_back.send_decisions(
                handle, chosen, folder, passphrase=passphrase, reporter=reporter, cancel=cancel
            )

        self.operation = run_in_background(
            self, work, on_success=self._on_sent, label=tr("Đang tạo gói quyết định")
        )
        self._update_button()
        return self.operation

    def _on_sent(self, results: list[send_back.SendResult]) -> None:
        self.results = {r.code: r for r in results}
        made = [r for r in results if r.export is not None]
        folder = made[0].export.path.parent if made and made[0].export else None
        text = tr("Đã tạo %1/%2 gói quyết định.")
        text = text.replace("%1", format_number(len(made))).replace("%2", str(len(results)))
        if folder is not None:
            text += " " + tr("Các tệp ở: %1").replace("%1", str(folder))
        self.ui.result_label.setText(text)
        self.refresh()
        self.sent.emit(results)

    def _on_send_button_clicked(self) -> None:
        from dvk_desktop.gui.windows.packages_page import ask_passphrase

        passphrase = ask_passphrase(self, tr("Mật khẩu khóa ký (để ký các gói):"))
        if passphrase is not None:
            self.send(passphrase)

    def send_aggregate(self, passphrase: str) -> Operation:
        """The aggregate package for this workspace's own parent."""
        handle = self._handle
        folder = Path(self.ui.folder_edit.text().strip() or str(handle.paths.outbox))

        def work(reporter: Any, cancel: Any) -> Any:
            return send_back.send_aggregate(
                handle, folder, passphrase=passphrase, reporter=reporter, cancel=cancel
            )

        def done(result: Any) -> None:
            self.last_aggregate = result
            self.ui.aggregate_label.setText(
                tr("Đã tạo gói tổng hợp: %1 (%2 mô hình).")
                .replace("%1", html.escape(str(result.path)))
                .replace("%2", format_number(result.counts.get("models", 0)))
            )

        self.operation = run_in_background(
            self, work, on_success=done, label=tr("Đang tạo gói tổng hợp")
        )
        return self.operation

    def _on_aggregate_button_clicked(self) -> None:
        from dvk_desktop.gui.windows.packages_page import ask_passphrase

        passphrase = ask_passphrase(self, tr("Mật khẩu khóa ký (để ký gói):"))
        if passphrase is not None:
            self.send_aggregate(passphrase)
