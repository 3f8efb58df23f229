"""Importing models from a spreadsheet: pick a file, read the row-by-row check, then import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dvk_desktop.domain.legacy_text import LegacyEncoding
from dvk_desktop.errors import Cancelled, DvkError
from dvk_desktop.gui.forms.ui_xlsx_import_dialog import Ui_XlsxImportDialog
from dvk_desktop.gui.i18n import core, tr
from dvk_desktop.gui.tasks import Operation
from dvk_desktop.reports.excel.import_values import TextConversion
from dvk_desktop.services import xlsx_import
from dvk_desktop.services.xlsx_import import ImportCheck, ImportReport
from dvk_desktop.storage.workspace import WorkspaceHandle

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"
_ERROR = QColor("#842029")
_SHOW_ALL, _SHOW_PROBLEMS, _SHOW_CONVERSIONS = range(3)


def _encoding_name(encoding: LegacyEncoding) -> str:
    if encoding is LegacyEncoding.TCVN3:
        return tr("TCVN3 (ABC, phông .VnTime)")
    return tr("VNI-Windows (phông VNI-Times)")


def conversion_text(conversion: TextConversion) -> str:
    """One conversion in the interface's language."""
    text = tr("Cột “%1”: chuyển từ %2: “%3” → “%4”")
    for marker, value in (
        ("%1", conversion.column or tr("tên cột")),
        ("%2", _encoding_name(conversion.encoding)),
        ("%3", " ".join(conversion.before.split())),
        ("%4", conversion.after),
    ):
        text = text.replace(marker, value)
    return text


class XlsxImportDialog(QDialog):
    """The spreadsheet import: a dry run in the background, its report, then the import."""

    models_imported = Signal(list)

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_XlsxImportDialog()
        self.ui.setupUi(self)
        self._handle = handle
        self.path: Path | None = None
        self.check: ImportCheck | None = None
        self.report: ImportReport | None = None
        self.operation: Operation | None = None
        ui = self.ui
        for text in (tr("Tất cả các dòng"), tr("Dòng có lỗi"), tr("Dòng có chữ được chuyển mã")):
            ui.filter_combo.addItem(text)
        table = ui.rows_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(1, 280)
        table.verticalHeader().hide()
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.template_button.clicked.connect(self._on_template_button_clicked)
        ui.check_button.clicked.connect(self._on_check_button_clicked)
        ui.create_missing_check.toggled.connect(self._on_create_missing_check_toggled)
        ui.only_valid_check.toggled.connect(self._on_only_valid_check_toggled)
        ui.filter_combo.currentIndexChanged.connect(self._on_filter_combo_current_index_changed)
        ui.import_button.clicked.connect(self._on_import_button_clicked)
        ui.close_button.clicked.connect(self.reject)
        ui.message_label.hide()
        ui.summary_label.setText(tr("Chưa chọn tệp."))
        self._set_busy(False)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Open no larger than the screen (1366×768 at 150% leaves 910×512 to work with)."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(min(self.width(), area.width() - 40), min(self.height(), area.height() - 60))

    # ---------------------------------------------------------------- choosing and checking
    def _on_browse_button_clicked(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Chọn bảng tính để nhập"),
            start,
            tr("Bảng tính (%1)").replace("%1", FILE_FILTER) + ";;" + tr("Mọi tệp (*)"),
        )
        if name:
            self.check_file(Path(name))

    def _on_template_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Lưu tệp mẫu nhập mô hình"),
            str(Path.home() / xlsx_import.TEMPLATE_NAME),
            tr("Bảng tính Excel (*.xlsx)"),
        )
        if not name:
            return
        try:
            xlsx_import.save_template(Path(name))
        except OSError:
            self._show_message(tr("Không ghi được tệp mẫu vào thư mục đã chọn."))
            return
        self._show_message("")
        self.ui.summary_label.setText(tr("Đã lưu tệp mẫu: %1").replace("%1", name))

    def _on_check_button_clicked(self) -> None:
        if self.path is not None:
            self.check_file(self.path)

    def _on_create_missing_check_toggled(self, _checked: bool) -> None:
        # What will be created changes the report: check again.
        if self.path is not None and self.operation is None:
            self.check_file(self.path)

    def _on_only_valid_check_toggled(self, _checked: bool) -> None:
        self._update_import_button()

    def check_file(self, path: Path) -> Operation:
        """Check ``path`` in the background (a dry run: nothing is written)."""
        self.path = path
        self.check = None
        self.report = None
        self.ui.file_edit.setText(str(path))
        self._show_message("")
        self._fill_table()
        self._set_busy(True)
        create = self.ui.create_missing_check.isChecked()
        handle = self._handle

        def work(reporter, cancel):  # type: ignore[no-untyped-def]
            return xlsx_import.check_import(
                handle, path, create_missing=create, reporter=reporter, cancel=cancel
            )

        self.operation = Operation(
            parent=self, op=work, on_success=self._on_checked, on_failure=self._on_failed
        )
        self.operation.finished.connect(self._on_operation_finished)
        return self.operation.with_progress(tr("Đang kiểm tra tệp")).run()

    def _on_checked(self, check: ImportCheck) -> None:
        self.check = check
        self.report = check.report
        self._fill_summary(check.report)
        self._fill_table()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DvkError):
            self._show_message(exc.user_text())
            self.ui.summary_label.setText(tr("Không đọc được tệp này."))
        else:
            from dvk_desktop.gui.errors import show_error

            show_error(self, exc)

    def _on_operation_finished(self) -> None:
        if self.operation is not None and isinstance(self.operation.error, Cancelled):
            self.ui.summary_label.setText(tr("Đã dừng kiểm tra; chưa ghi gì."))
        self.operation = None
        self._set_busy(False)

    # ---------------------------------------------------------------- importing
    def _on_import_button_clicked(self) -> None:
        if self.check is None:
            return
        self.import_checked()

    def import_checked(self) -> Operation:
        """Write what the check showed (the import button's job)."""
        assert self.check is not None
        check, handle = self.check, self._handle
        only_valid = self.ui.only_valid_check.isChecked()

        def work(reporter, cancel):  # type: ignore[no-untyped-def]
            return xlsx_import.apply_import(handle, check, only_valid=only_valid, cancel=cancel)

        self._set_busy(True)
        self.operation = Operation(
            parent=self, op=work, on_success=self._on_imported, on_failure=self._on_failed
        )
        self.operation.finished.connect(self._on_operation_finished)
        return self.operation.with_progress(tr("Đang nhập mô hình"), cancellable=False).run()

    def _on_imported(self, report: ImportReport) -> None:
        self.report = report
        self.check = None  # written: the same check cannot be imported twice
        self._fill_summary(report)
        self._fill_table()
        self.ui.close_button.setFocus()
        self.models_imported.emit(list(report.imported))

    # ---------------------------------------------------------------- showing the report
    def _fill_summary(self, report: ImportReport) -> None:
        bad_rows = len({p.row for p in report.problems})
        if report.committed:
            lines = [
                tr("Đã nhập %n mô hình.", None, len(report.imported)),
            ]
        else:
            lines = [
                tr("Tệp có %1 dòng dữ liệu: %2 dòng hợp lệ, %3 dòng có lỗi.")
                .replace("%1", str(report.data_rows))
                .replace("%2", str(len(report.imported)))
                .replace("%3", str(bad_rows))
            ]
        if report.conversions:
            count = len(report.conversions)
            lines.append(
                tr("%n ô gõ bằng bảng mã cũ (TCVN3, VNI) được chuyển sang Unicode.", None, count)
            )
        # Literal tr() calls, so that pyside6-lupdate collects every sentence.
        kinds: tuple[tuple[list[str], Callable[[int], str], Callable[[int], str]], ...] = (
            (
                report.created_organisations,
                lambda n: tr("Sẽ tạo mới %n tổ chức: %1", None, n),
                lambda n: tr("Đã tạo mới %n tổ chức: %1", None, n),
            ),
            (
                report.created_villages,
                lambda n: tr("Sẽ tạo mới %n thôn, tổ dân phố: %1", None, n),
                lambda n: tr("Đã tạo mới %n thôn, tổ dân phố: %1", None, n),
            ),
            (
                report.created_people,
                lambda n: tr("Sẽ tạo mới %n người: %1", None, n),
                lambda n: tr("Đã tạo mới %n người: %1", None, n),
            ),
        )
        for names, planned, done in kinds:
            if names:
                template = (done if report.committed else planned)(len(names))
                lines.append(template.replace("%1", ", ".join(names)))
        if not report.committed and report.problems and not report.imported:
            lines.append(tr("Hãy sửa các dòng có lỗi trong tệp rồi kiểm tra lại."))
        self.ui.summary_label.setText("\n".join(lines))
        self._update_import_button()

    def _row_items(self) -> list[tuple[str, str, str, list[str], bool, bool]]:
        """(row, name, result, details, has an error, has a conversion) for every row."""
        report = self.report
        if report is None:
            return []
        out: list[tuple[str, str, str, list[str], bool, bool]] = []
        header_problems = [p for p in report.problems if p.row == 1]
        header_conversions = [c for c in report.conversions if c.row == 1]
        if header_problems or header_conversions:
            out.append(
                (
                    "1",
                    tr("(dòng tên cột)"),
                    tr("Lỗi") if header_problems else tr("Đã chuyển mã"),
                    [f"“{p.column}”: {core(p.message)}" for p in header_problems]
                    + [conversion_text(c) for c in header_conversions],
                    bool(header_problems),
                    bool(header_conversions),
                )
            )
        for row in report.rows:
            if row.problems:
                result = tr("Lỗi")
            elif report.committed:
                result = tr("Đã nhập %1").replace("%1", row.code) if row.code else tr("Bỏ qua")
            else:
                result = tr("Sẽ nhập: %1").replace("%1", row.code)
            details = [core(p) for p in row.problems] + [
                conversion_text(c) for c in row.conversions
            ]
            out.append(
                (str(row.row), row.name, result, details, bool(row.problems), bool(row.conversions))
            )
        return out

    def _fill_table(self) -> None:
        table = self.ui.rows_table
        shown = self.ui.filter_combo.currentIndex()
        items = self._row_items()
        if shown == _SHOW_PROBLEMS:
            items = [i for i in items if i[4]]
        elif shown == _SHOW_CONVERSIONS:
            items = [i for i in items if i[5]]
        table.setRowCount(len(items))
        for r, (number, name, result, details, is_error, _converted) in enumerate(items):
            for c, text in enumerate((number, name, result, "\n".join(details))):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                horizontal = Qt.AlignmentFlag.AlignRight if c == 0 else Qt.AlignmentFlag.AlignLeft
                cell.setTextAlignment(horizontal | Qt.AlignmentFlag.AlignTop)
                if is_error and c in (2, 3):
                    cell.setForeground(QBrush(_ERROR))
                table.setItem(r, c, cell)
        table.resizeRowsToContents()

    def _on_filter_combo_current_index_changed(self, _index: int) -> None:
        self._fill_table()

    def _update_import_button(self) -> None:
        report, button = self.report, self.ui.import_button
        ready = (
            self.check is not None
            and report is not None
            and bool(report.imported)
            and (not report.problems or self.ui.only_valid_check.isChecked())
            and self.operation is None
        )
        button.setEnabled(ready)
        count = len(report.imported) if report is not None and not report.committed else 0
        button.setText(tr("&Nhập %n mô hình", None, count) if count else tr("&Nhập"))

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.browse_button, ui.create_missing_check, ui.template_button):
            widget.setEnabled(not busy)
        ui.check_button.setEnabled(not busy and self.path is not None)
        if busy:
            ui.import_button.setEnabled(False)
        else:
            self._update_import_button()

    def _show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))
