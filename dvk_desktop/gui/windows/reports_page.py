"""Reports page: registration forms, results report (PDF), statistics (Excel), off the UI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.errors import DvkError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.storage.workspace import WorkspaceHandle


def reports_dir(handle: WorkspaceHandle) -> Path:
    """Where printed reports are written (inside the workspace, so backups keep them)."""
    return handle.paths.root / "reports"


class ReportsPage(QWidget):
    """Page "Báo cáo" of the main window."""

    def __init__(
        self,
        handle: WorkspaceHandle,
        parent: QWidget | None = None,
        selected_model: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._handle = handle
        self._selected_model = selected_model or (lambda: None)
        self.operation: Operation | None = None
        self.last_output: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Báo cáo và biểu mẫu"), self)
        heading.setStyleSheet("font-weight:bold;font-size:13pt;")
        layout.addWidget(heading)
        group = QGroupBox(tr("Kỳ báo cáo"), self)
        form = QFormLayout(group)
        self.period_edit = QLineEdit(str(dt.date.today().year), group)
        self.period_edit.setObjectName("period_edit")
        self.period_edit.setPlaceholderText(tr("2026, 2026-H1 (6 tháng đầu năm) hoặc 2021-2025"))
        form.addRow(tr("&Kỳ (năm, nửa năm, giai đoạn):"), self.period_edit)
        layout.addWidget(group)
        buttons = QHBoxLayout()
        self.form_button = QPushButton(tr("Phiếu đăng ký của mô hình đang chọn (PDF)"), self)
        self.results_button = QPushButton(tr("Báo cáo kết quả phong trào (PDF)"), self)
        self.xlsx_button = QPushButton(tr("Biểu thống kê (Excel)"), self)
        for button, slot in (
            (self.form_button, self._on_form_button_clicked),
            (self.results_button, self._on_results_button_clicked),
            (self.xlsx_button, self._on_xlsx_button_clicked),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result_label = QLabel(
            tr("Các tệp được lưu trong thư mục %1.").replace("%1", str(reports_dir(handle))), self
        )
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.open_button = QPushButton(tr("Mở tệp vừa tạo"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def _period(self) -> Any:
        from dvk_desktop.reports.period import parse_period

        return parse_period(self.period_edit.text())

    def _run(self, name: str, work: Callable[[Path, Any, Any], object]) -> Operation | None:
        try:
            period = self._period()
        except DvkError as exc:
            show_error(self, exc)
            return None
        folder = reports_dir(self._handle)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name.replace("{period}", period.code)

        def job(reporter: Any, cancel: Any) -> str:
            work(target, period, (reporter, cancel))
            return str(target)

        self.operation = run_in_background(
            self, job, on_success=self._on_done, label=tr("Đang tạo báo cáo")
        )
        return self.operation

    def _on_done(self, path: str) -> None:
        self.last_output = Path(path)
        self.result_label.setText(tr("Đã tạo: %1").replace("%1", path))
        self.open_button.setEnabled(True)

    def _on_open_button_clicked(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    def print_form(self, uuid: str) -> Operation | None:
        """The registration form of one model, as PDF."""
        from dvk_desktop.services import reporting

        handle = self._handle
        return self._run(
            f"phieu-dang-ky-{uuid[:8]}.pdf",
            lambda target, _period, rc: reporting.print_registration_forms(
                handle, [uuid], target, reporter=rc[0], cancel=rc[1]
            ),
        )

    def print_results(self) -> Operation | None:
        """The results report of the period, as PDF."""
        from dvk_desktop.services import reporting

        handle = self._handle
        return self._run(
            "bao-cao-ket-qua-{period}.pdf",
            lambda target, period, _rc: reporting.print_results_report(handle, target, period),
        )

    def export_xlsx(self) -> Operation | None:
        """The statistics workbook of the period."""
        from dvk_desktop.services import reporting

        handle = self._handle
        return self._run(
            "thong-ke-{period}.xlsx",
            lambda target, period, rc: reporting.export_statistics_xlsx(
                handle, target, period, detail=True, reporter=rc[0], cancel=rc[1]
            ),
        )

    def _on_form_button_clicked(self) -> None:
        uuid = self._selected_model()
        if uuid is None:
            self.result_label.setText(tr("Hãy chọn một mô hình trong trang “Mô hình” trước."))
            return
        self.print_form(uuid)

    def _on_results_button_clicked(self) -> None:
        self.print_results()

    def _on_xlsx_button_clicked(self) -> None:
        self.export_xlsx()
