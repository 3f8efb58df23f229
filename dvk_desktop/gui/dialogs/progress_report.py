"""Adding a progress report: what was done, indicator actuals, lessons, attached evidence."""

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
    QTableWidgetItem,
    QWidget,
)

from dvk_desktop.domain.text import format_date, format_number, parse_date, parse_number
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.gui.forms.ui_progress_report_dialog import Ui_ProgressReportDialog
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import catalogue
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.progress import CancelToken
from dvk_desktop.services import evidence as evidence_service
from dvk_desktop.services import progress_reports
from dvk_desktop.storage.workspace import WorkspaceHandle

_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProgressReportDialog(QDialog):
    """One progress report of a model."""

    report_saved = Signal(str)

    def __init__(
        self,
        handle: WorkspaceHandle,
        model_uuid: str,
        indicators: list[dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressReportDialog()
        self.ui.setupUi(self)
        self._handle = handle
        self._model_uuid = model_uuid
        self._codes = [ind["code"] for ind in indicators]
        self.files: list[Path] = []
        self.operation: Operation | None = None
        ui = self.ui
        ui.report_date_edit.setText(format_date(dt.date.today()))
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu báo cáo"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        table = ui.actuals_table
        table.setRowCount(len(indicators))
        for row, ind in enumerate(indicators):
            for column, text in enumerate(
                (catalogue(ind["name"]), catalogue(ind["unit"]), format_number(ind["target"]))
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(_READ_ONLY)
                table.setItem(row, column, cell)
            table.setItem(row, 3, QTableWidgetItem(""))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.add_files_button.clicked.connect(self._on_add_files_button_clicked)
        ui.message_label.hide()

    def set_actual(self, row: int, text: str) -> None:
        """Type an actual value (tests and keyboard users reach the same cell)."""
        self.ui.actuals_table.item(row, 3).setText(text)

    def _on_add_files_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Chọn tệp minh chứng"), str(Path.home()))
        self.attach([Path(n) for n in names])

    def attach(self, paths: list[Path]) -> None:
        """Files to add as evidence of this report."""
        self.files.extend(paths)
        self.ui.files_label.setText(", ".join(p.name for p in self.files))

    def _show(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def _on_button_box_accepted(self) -> None:
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
        handle, uuid, files = self._handle, self._model_uuid, list(self.files)
        period, done, lessons = (
            ui.period_edit.text(),
            ui.done_edit.toPlainText(),
            (ui.lessons_edit.toPlainText()),
        )

        def work(reporter: Any, cancel: CancelToken) -> str:
            report = progress_reports.add_progress_report(
                handle, uuid, report_date=report_date, period_label=period, done=done,
                lessons=lessons, actuals=actuals,
            )  # fmt: skip
            for n, path in enumerate(files):
                reporter.report(n, len(files), path.name)
                evidence_service.add_evidence(
                    handle, uuid, path, caption=path.stem, progress_report_uuid=report,
                    cancel=cancel,
                )  # fmt: skip
            return report

        ui.button_box.setEnabled(False)
        self.operation = run_in_background(
            self,
            work,
            on_success=self._on_saved,
            on_failure=self._on_failed,
            label=tr("Đang lưu báo cáo tiến độ") if files else "",
        )

    def _on_saved(self, report_uuid: str) -> None:
        self.report_saved.emit(report_uuid)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.button_box.setEnabled(True)
        if isinstance(exc, DvkError):
            self._show(exc.user_text())
        else:
            from dvk_desktop.gui.errors import show_error

            show_error(self, exc)
