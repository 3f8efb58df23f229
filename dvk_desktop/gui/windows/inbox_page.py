"""Page "Tiếp nhận gói": many files, a folder or a drop; a result row per file; one progress bar."""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dvk_desktop.domain.text import format_number
from dvk_desktop.domain.vocab import ImportOutcome
from dvk_desktop.errors import DvkError, PassphraseError
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.files import open_file
from dvk_desktop.gui.forms.ui_inbox_page import Ui_InboxPage
from dvk_desktop.gui.i18n import core, tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.gui.widgets.header_fit import fit_titles
from dvk_desktop.services.exchange import batch
from dvk_desktop.storage.workspace import WorkspaceHandle

TRIES = 3
_COLOURS = {
    ImportOutcome.IMPORTED: "#146c43",
    ImportOutcome.ALREADY: "#5c636a",
    ImportOutcome.REFUSED: "#b02a37",
    ImportOutcome.SKIPPED: "#997404",
}


def file_filter() -> str:
    """The chooser's filter: plain and encrypted packages together, then every file."""
    patterns = " ".join(batch.FILE_PATTERNS)
    return tr("Gói dữ liệu DVK (%1)").replace("%1", patterns) + ";;" + tr("Mọi tệp (*)")


class InboxPage(QWidget):
    """Verifies and imports every file given; Cancel stops between files."""

    data_changed = Signal()
    batch_finished = Signal(object)  # the BatchSummary
    enrol_requested = Signal(str)  # a commune whose package was refused for its unknown key

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InboxPage()
        self.ui.setupUi(self)
        self._handle = handle
        self.operation: Operation | None = None
        self.results: list[batch.FileResult] = []
        self.summary: batch.BatchSummary | None = None
        self._arrived: list[batch.FileResult] = []  # filled by the worker, drained by the timer
        self._lock = threading.Lock()
        self._total = 0
        self._timer = QTimer(self)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._on_timer_timeout)
        ui = self.ui
        header = ui.results_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 200, 60, 140)):
            header.resizeSection(column, width)
        fit_titles(header)
        ui.files_button.clicked.connect(self._on_files_button_clicked)
        ui.folder_button.clicked.connect(self._on_folder_button_clicked)
        ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        ui.report_button.clicked.connect(self._on_report_button_clicked)
        ui.quarantine_button.clicked.connect(self._on_quarantine_button_clicked)
        ui.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        ui.accept_button.clicked.connect(self._on_accept_button_clicked)
        ui.accept_button.setVisible(False)
        # A locked stick takes no package (nor a drop of one), no key, no revoked sender's.
        if grey_out_if_read_only(handle, ui.files_button, ui.folder_button, ui.enrol_button,
                                 ui.accept_button):  # fmt: skip
            self.setAcceptDrops(False)
        if not handle.paths.quarantine.is_dir():  # nothing to open, and it cannot be made
            grey_out_if_read_only(handle, ui.quarantine_button)
        ui.results_table.currentCellChanged.connect(self._on_results_table_current_cell_changed)
        ui.summary_label.setText(tr("Chưa nhập gói nào trong lần mở này."))

    # ---------------------------------------------------------------- starting

    def ask_passphrase(self) -> str | None:
        """The workspace key's passphrase for encrypted packages, checked before the batch."""
        from dvk_desktop.gui.windows.packages_page import ask_passphrase

        label = tr("Có gói được mã hóa. Mật khẩu khóa ký của đơn vị:")
        for _ in range(TRIES):
            passphrase = ask_passphrase(self, label)
            if passphrase is None:
                return None
            try:
                batch.check_passphrase(self._handle, passphrase)
            except PassphraseError as exc:
                label = core(exc.message) + " " + tr("Nhập lại mật khẩu:")
                continue
            return passphrase
        show_error(self, PassphraseError(tr("Sai mật khẩu 3 lần; chưa nhập gói nào.")))
        return None

    def import_paths(self, paths: list[Path], passphrase: str | None = None) -> Operation | None:
        """Import the package files among ``paths`` (folders are opened), in the background."""
        if self._handle.read_only or (self.operation is not None and self.operation.running):
            return None  # read-only: the window's drop lands here too
        files = batch.collect_files(paths)
        if not files:
            self.ui.summary_label.setText(
                tr("Không thấy tệp gói nào (.dvkpkg, .dvkpkg.age) trong những gì đã chọn.")
            )
            return None
        if passphrase is None and batch.needs_passphrase(files):
            passphrase = self.ask_passphrase()
            if passphrase is None:
                return None
        self.results = []
        self._arrived = []
        self._total = len(files)
        ui = self.ui
        ui.results_table.setRowCount(0)
        ui.detail_browser.clear()
        ui.progress_bar.setRange(0, len(files) * batch.PER_FILE)
        ui.progress_bar.setValue(0)
        ui.summary_label.setText(tr("Đang nhập %1 tệp…").replace("%1", format_number(len(files))))
        self._set_running(True)
        handle = self._handle

        def work(reporter: Any, cancel: Any) -> batch.BatchSummary:
            return batch.import_files(
                handle, files, passphrase=passphrase, reporter=reporter, cancel=cancel,
                on_result=self._arrive,
            )  # fmt: skip

        self.operation = run_in_background(
            self, work, on_success=self._on_finished, on_failure=self._on_failed
        )
        self._timer.start()
        return self.operation

    def _arrive(self, result: batch.FileResult) -> None:
        # Called on the worker thread: only hand the row over, the timer shows it.
        with self._lock:
            self._arrived.append(result)

    def _set_running(self, running: bool) -> None:
        ui = self.ui
        ui.files_button.setEnabled(not running)
        ui.folder_button.setEnabled(not running)
        ui.cancel_button.setEnabled(running)
        self.setAcceptDrops(not running)

    # ---------------------------------------------------------------- progress

    def _on_timer_timeout(self) -> None:
        with self._lock:
            arrived, self._arrived = self._arrived, []
        for result in arrived:
            self._add_row(result)
        if self.operation is not None:
            done, _total, message = self.operation.reporter.latest()
            # Inside a file's share while it imports: a huge aggregate takes minutes.
            self.ui.progress_bar.setValue(max(len(self.results) * batch.PER_FILE, done))
            if self.operation.running and message:
                text = tr("Tệp %1/%2: %3")
                text = text.replace("%1", str(min(done // batch.PER_FILE + 1, self._total)))
                self.ui.progress_label.setText(
                    text.replace("%2", str(self._total)).replace("%3", core(message)[:80])
                )

    def _add_row(self, result: batch.FileResult) -> None:
        self.results.append(result)
        table = self.ui.results_table
        row = table.rowCount()
        table.insertRow(row)
        sender = f"{result.sender_name} ({result.sender_code})" if result.sender_code else "—"
        values = (
            result.path.name,
            sender,
            str(result.sequence) if result.sequence is not None else "—",
            vocab(result.outcome),
            self.detail_text(result),
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if column == 3:
                item.setForeground(QColor(_COLOURS[result.outcome]))
            table.setItem(row, column, item)

    @staticmethod
    def detail_text(result: batch.FileResult) -> str:
        """The short line of the "Chi tiết" column."""
        if result.outcome is ImportOutcome.IMPORTED and result.kind == "decisions":
            return (
                tr("%1 quyết định mới, %2 mô hình được cập nhật")
                .replace("%1", format_number(result.created))
                .replace("%2", format_number(result.updated))
            )
        if result.outcome is ImportOutcome.IMPORTED:
            return (
                tr("%1 mô hình mới, %2 cập nhật, %3 không đổi")
                .replace("%1", format_number(result.created))
                .replace("%2", format_number(result.updated))
                .replace("%3", format_number(result.unchanged))
            )
        if result.outcome is ImportOutcome.ALREADY:
            return tr("Không có gì thay đổi.")
        if result.outcome is ImportOutcome.SKIPPED:
            return tr("Chưa nhập vì đã dừng.")
        return core(result.reason)

    def _on_finished(self, summary: batch.BatchSummary) -> None:
        self._timer.stop()
        self._on_timer_timeout()
        for result in summary.results[len(self.results) :]:
            self._add_row(result)  # the skipped ones
        self.summary = summary
        self._set_running(False)
        self.ui.progress_bar.setValue(self._total * batch.PER_FILE)
        self.ui.progress_label.setText("")
        parts = [
            f"<b>{format_number(summary.count(outcome))}</b> {html.escape(vocab(outcome).lower())}"
            for outcome in ImportOutcome
            if summary.count(outcome)
        ]
        text = tr("Xong %1 tệp: %2. Mô hình: %3 mới, %4 cập nhật.")
        text = text.replace("%1", format_number(len(summary.results))).replace(
            "%2", ", ".join(parts)
        )
        text = text.replace("%3", format_number(summary.models_created))
        text = text.replace("%4", format_number(summary.models_updated))
        if summary.cancelled:
            text += " " + html.escape(tr("Đã dừng theo yêu cầu; các tệp còn lại chưa nhập."))
        self.ui.summary_label.setText(text)
        refused = next(
            (i for i, r in enumerate(self.results) if r.outcome is ImportOutcome.REFUSED), 0
        )
        self.ui.results_table.selectRow(refused)
        if summary.count(ImportOutcome.IMPORTED):
            self.data_changed.emit()
        self.batch_finished.emit(summary)

    def _on_failed(self, exc: BaseException) -> None:
        self._timer.stop()
        self._set_running(False)
        show_error(self, exc)

    def _on_cancel_button_clicked(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel_token.cancel()
            self.ui.cancel_button.setEnabled(False)
            self.ui.progress_label.setText(
                tr("Đang dừng: gói đang nhập dở không được nhập, không có gì thay đổi…")
            )

    # ---------------------------------------------------------------- details

    def selected(self) -> batch.FileResult | None:
        """The result under the cursor."""
        row = self.ui.results_table.currentRow()
        return self.results[row] if 0 <= row < len(self.results) else None

    def _on_results_table_current_cell_changed(self, row: int, *_: int) -> None:
        result = self.results[row] if 0 <= row < len(self.results) else None
        self.ui.report_button.setEnabled(result is not None and result.report is not None)
        self.ui.enrol_button.setEnabled(result is not None and self.needs_enrolment(result))
        revoked = result is not None and bool(result.revoked_package)
        # The two never apply to the same file: one shows in the other's place, so the row of
        # buttons stays narrow enough for 150 % in English.
        self.ui.accept_button.setEnabled(revoked)
        self.ui.accept_button.setVisible(revoked)
        self.ui.enrol_button.setVisible(not revoked)
        self.ui.detail_browser.setHtml(self.detail_html(result) if result else "")

    @staticmethod
    def detail_html(result: batch.FileResult) -> str:
        """Everything known about one file: problems, notes and the quarantine report."""
        esc = html.escape
        parts = [f"<b>{esc(result.path.name)}</b> — {esc(vocab(result.outcome))}"]
        if result.problems:
            items = "".join(f"<li>{esc(core(p))}</li>" for p in result.problems[:30])
            parts.append(f"<ul style='color:#b02a37'>{items}</ul>")
        if result.notes:
            notes = "".join(f"<li>{esc(core(n))}</li>" for n in result.notes)
            parts.append(f"<ul>{notes}</ul>")
        if result.report is not None:
            parts.append(
                "<p>"
                + esc(tr("Không có gì bị thay đổi. Gói và báo cáo được giữ tại: %1")).replace(
                    "%1", esc(str(result.report.parent))
                )
                + "</p>"
            )
            try:
                report = result.report.read_text(encoding="utf-8")
            except OSError:
                report = ""
            if report:
                parts.append(f"<pre>{esc(report)}</pre>")
        return "".join(parts)

    @staticmethod
    def needs_enrolment(result: batch.FileResult) -> bool:
        """Whether the file was refused only because its commune's key is not enrolled yet."""
        return (
            result.outcome is ImportOutcome.REFUSED
            and bool(result.sender_code)
            and "chưa được ghi nhận" in result.reason
        )

    def _on_enrol_button_clicked(self) -> None:
        result = self.selected()
        if result is not None and self.needs_enrolment(result):
            self.enrol_requested.emit(result.sender_code)

    def _on_accept_button_clicked(self) -> None:
        result = self.selected()
        if result is None or not result.revoked_package:
            return
        from dvk_desktop.gui.dialogs.accept_revoked import ask_reason

        reason = ask_reason(self, result.sender_name or result.sender_code)
        if reason is None:
            return
        from dvk_desktop.services import trust

        try:
            with self._handle.sessions() as session, session.begin():
                trust.accept_revoked(session, result.revoked_package, reason=reason)
        except DvkError as exc:
            show_error(self, exc)
            return
        # The file the clerk chose, or the copy kept in quarantine if it is gone (a USB stick).
        path = result.path
        if not path.is_file() and result.report is not None:
            path = result.report.parent / result.path.name
        self.import_paths([path])

    def _on_report_button_clicked(self) -> None:
        result = self.selected()
        if result is not None and result.report is not None:
            open_file(self, result.report)

    def _on_quarantine_button_clicked(self) -> None:
        folder = self._handle.paths.quarantine
        if not self._handle.read_only:
            folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ---------------------------------------------------------------- choosing

    def _on_files_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Chọn các tệp gói"), "", file_filter())
        if names:
            self.import_paths([Path(n) for n in names])

    def _on_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Chọn thư mục chứa các gói (ổ USB)"))
        if folder:
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept files and folders dragged from the file manager."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Import what was dropped."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
