"""Adding or editing a progress report: what was done, indicator actuals, lessons, evidence.

The report and its files are saved by one call of the core, all or nothing: a refused file
leaves no report behind, and the dialog stays open to fix it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from dvk_desktop.domain.text import format_date, format_number, parse_date, parse_number
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.gui.forms.ui_progress_report_dialog import Ui_ProgressReportDialog
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import catalogue
from dvk_desktop.gui.screen import fit_to_screen
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.progress import CancelToken
from dvk_desktop.services import progress_reports
from dvk_desktop.services.progress_reports import NewFile, ProgressEntry, SavedReport
from dvk_desktop.storage.workspace import WorkspaceHandle

_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
FILE_ROLE = Qt.ItemDataRole.UserRole  # ("file", Path) for a new file, ("evidence", uuid) if saved


class ProgressReportDialog(QDialog):
    """One progress report of a model (a new one, or ``entry`` to edit)."""

    report_saved = Signal(str)

    def __init__(
        self,
        handle: WorkspaceHandle,
        model_uuid: str,
        indicators: list[dict[str, Any]],
        parent: QWidget | None = None,
        entry: ProgressEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressReportDialog()
        self.ui.setupUi(self)
        self._handle = handle
        self._model_uuid = model_uuid
        self._entry = entry
        self._codes = [ind["code"] for ind in indicators]
        self.saved: SavedReport | None = None
        self.operation: Operation | None = None
        ui = self.ui
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu báo cáo"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        table = ui.actuals_table
        table.setRowCount(len(indicators))
        values = entry.values if entry is not None else {}
        for row, ind in enumerate(indicators):
            for column, text in enumerate(
                (catalogue(ind["name"]), catalogue(ind["unit"]), format_number(ind["target"]))
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(_READ_ONLY)
                table.setItem(row, column, cell)
            value = values.get(ind["code"])
            table.setItem(row, 3, QTableWidgetItem("" if value is None else format_number(value)))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        table.verticalHeader().hide()
        if entry is None:
            ui.report_date_edit.setText(format_date(dt.date.today()))
        else:
            self.setWindowTitle(tr("Sửa báo cáo tiến độ"))
            ui.report_date_edit.setText(format_date(entry.report_date))
            ui.period_edit.setText(entry.period_label)
            ui.done_edit.setPlainText(entry.done)
            ui.lessons_edit.setPlainText(entry.lessons)
            for attachment in entry.attachments:
                self._add_item(attachment.name, ("evidence", attachment.uuid))
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.add_files_button.clicked.connect(self._on_add_files_button_clicked)
        ui.remove_files_button.clicked.connect(self._on_remove_files_button_clicked)
        ui.files_list.itemSelectionChanged.connect(self._on_files_list_item_selection_changed)
        ui.message_label.hide()
        fit_to_screen(self)

    # ---------------------------------------------------------------- inputs

    def set_actual(self, row: int, text: str) -> None:
        """Type an actual value (tests and keyboard users reach the same cell)."""
        self.ui.actuals_table.item(row, 3).setText(text)

    def _add_item(self, text: str, data: tuple[str, Any]) -> None:
        item = QListWidgetItem(text)
        item.setData(FILE_ROLE, data)
        self.ui.files_list.addItem(item)

    def _items(self) -> list[tuple[str, Any]]:
        widget = self.ui.files_list
        return [widget.item(i).data(FILE_ROLE) for i in range(widget.count())]

    @property
    def files(self) -> list[Path]:
        """The new files to attach, in the order they were chosen."""
        return [value for kind, value in self._items() if kind == "file"]

    def attach(self, paths: list[Path]) -> None:
        """Files to add as evidence of this report (each once)."""
        chosen = set(self.files)
        for path in paths:
            if path not in chosen:
                chosen.add(path)
                self._add_item(path.name, ("file", path))
                self.ui.files_list.item(self.ui.files_list.count() - 1).setToolTip(str(path))

    def remove_selected_files(self) -> None:
        """Take the selected files off the report (saved ones stay among the model's evidence)."""
        widget = self.ui.files_list
        for item in widget.selectedItems():
            widget.takeItem(widget.row(item))

    def _on_add_files_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Chọn tệp minh chứng"), str(Path.home()))
        self.attach([Path(n) for n in names])

    def _on_remove_files_button_clicked(self) -> None:
        self.remove_selected_files()

    def _on_files_list_item_selection_changed(self) -> None:
        self.ui.remove_files_button.setEnabled(bool(self.ui.files_list.selectedItems()))

    def _show(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    # ---------------------------------------------------------------- saving

    def _on_button_box_accepted(self) -> None:
        from dvk_desktop.gui.widgets.evidence import exif_date

        ui = self.ui
        try:
            report_date = parse_date(ui.report_date_edit.text(), label=tr("Ngày báo cáo"))
            actuals: dict[str, Decimal | None] = {}
            for row, code in enumerate(self._codes):
                text = ui.actuals_table.item(row, 3).text().strip()
                if text:
                    label = ui.actuals_table.item(row, 0).text()
                    actuals[code] = parse_number(text, label=label)
        except ValidationError as exc:
            self._show(exc.user_text())
            return
        kept = {value for kind, value in self._items() if kind == "evidence"}
        detach = (
            [a.uuid for a in self._entry.attachments if a.uuid not in kept] if self._entry else []
        )
        handle, uuid = self._handle, self._model_uuid
        report_uuid = self._entry.uuid if self._entry else None
        files = self.files
        period, done, lessons = (
            ui.period_edit.text(),
            ui.done_edit.toPlainText(),
            ui.lessons_edit.toPlainText(),
        )

        def work(reporter: Any, cancel: CancelToken) -> SavedReport:
            attach = [NewFile(p, caption=p.stem, taken_on=exif_date(p)) for p in files]
            return progress_reports.save_progress_report(
                handle, uuid, report_uuid=report_uuid, report_date=report_date,
                period_label=period, done=done, lessons=lessons, actuals=actuals,
                attach=attach, detach=detach, reporter=reporter, cancel=cancel,
            )  # fmt: skip

        ui.button_box.setEnabled(False)
        self._show("")
        self.operation = run_in_background(
            self,
            work,
            on_success=self._on_saved,
            on_failure=self._on_failed,
            label=tr("Đang lưu báo cáo tiến độ") if files else "",
        )

    def _on_saved(self, saved: SavedReport) -> None:
        self.saved = saved
        self.report_saved.emit(saved.uuid)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.button_box.setEnabled(True)
        if isinstance(exc, DvkError):
            self._show(tr("Chưa lưu báo cáo:") + " " + exc.user_text())
        else:
            from dvk_desktop.gui.errors import show_error

            show_error(self, exc)
