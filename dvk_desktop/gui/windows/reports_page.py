"""Reports page: forms, results report (PDF), statistics (Excel), checking a signed paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from dvk_desktop.errors import DvkError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.files import open_file
from dvk_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.printing import reports_dir
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.storage.queries.models import ModelFilter, matching_uuids
from dvk_desktop.storage.workspace import WorkspaceHandle


def _matching(handle: WorkspaceHandle, flt: ModelFilter) -> list[str]:
    with handle.readers() as session:
        return matching_uuids(session, flt, order="code")  # the order forms are filed in


class ReportsPage(QWidget):
    """Page "Báo cáo" of the main window.

    ``selected_model`` gives the model under the cursor of the list page, ``model_filter`` the
    filter it shows; without ``model_filter`` the "every filtered model" button is hidden.
    """

    def __init__(
        self,
        handle: WorkspaceHandle,
        parent: QWidget | None = None,
        selected_model: Callable[[], str | None] | None = None,
        model_filter: Callable[[], ModelFilter] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self._handle = handle
        self._selected_model = selected_model or (lambda: None)
        self._model_filter = model_filter
        self.operation: Operation | None = None
        self.last_output: Path | None = None
        self.ui.period_edit.setText(str(dt.date.today().year))
        self.ui.filtered_forms_button.setVisible(model_filter is not None)
        self.ui.result_label.setText(
            tr("Các tệp được lưu trong thư mục %1.").replace("%1", str(reports_dir(handle)))
        )
        self.ui.form_button.clicked.connect(self._on_form_button_clicked)
        self.ui.filtered_forms_button.clicked.connect(self._on_filtered_forms_button_clicked)
        self.ui.results_button.clicked.connect(self._on_results_button_clicked)
        self.ui.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.verify_print_button.clicked.connect(self._on_verify_print_button_clicked)

    def _period(self) -> Any:
        from dvk_desktop.domain.period import parse_period

        return parse_period(self.ui.period_edit.text())

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
        self.ui.result_label.setText(tr("Đã tạo: %1").replace("%1", path))
        self.ui.open_button.setEnabled(True)

    def _on_open_button_clicked(self) -> None:
        if self.last_output is not None:
            open_file(self, self.last_output)

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

    def print_filtered_forms(self) -> Operation | None:
        """The registration forms of every model the list page's filter matches, in one PDF."""
        from dvk_desktop.services import reporting

        if self._model_filter is None:
            return None
        flt = self._model_filter()
        handle = self._handle
        return self._run(
            "phieu-dang-ky-cac-mo-hinh-dang-loc.pdf",
            lambda target, _period, rc: reporting.print_registration_forms(
                handle, _matching(handle, flt), target, reporter=rc[0], cancel=rc[1]
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
            self.ui.result_label.setText(tr("Hãy chọn một mô hình trong trang “Mô hình” trước."))
            return
        self.print_form(uuid)

    def _on_filtered_forms_button_clicked(self) -> None:
        self.print_filtered_forms()

    def _on_results_button_clicked(self) -> None:
        self.print_results()

    def _on_xlsx_button_clicked(self) -> None:
        self.export_xlsx()

    def verify_print_dialog(self) -> Any:
        """The dialog that checks a signed paper against the record (not yet shown)."""
        from dvk_desktop.gui.dialogs.verify_print import VerifyPrintDialog

        return VerifyPrintDialog(self._handle, self)

    def _on_verify_print_button_clicked(self) -> None:
        self.verify_print_dialog().exec()
