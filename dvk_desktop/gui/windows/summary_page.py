"""Page "Báo cáo tổng hợp": every report table for the whole unit or one commune, with charts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dvk_desktop.domain.text import format_number, sort_key
from dvk_desktop.domain.vocab import AwardForm, Field, ModelType, OrgType
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.files import open_file
from dvk_desktop.gui.forms.ui_summary_page import Ui_SummaryPage
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import date_text, vocab
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.gui.widgets.bar_chart import BarChartWidget
from dvk_desktop.storage.queries.stats import STAGES, Statistics
from dvk_desktop.storage.workspace import WorkspaceHandle

COLLECTIVE, INDIVIDUAL = ModelType.COLLECTIVE.value, ModelType.INDIVIDUAL.value
# The stage names of Biểu 01 (their Vietnamese text lives in the core's STAGES).
STAGE_LABELS = {
    "registered": QT_TRANSLATE_NOOP("Stages", "Đăng ký"),
    "implementing": QT_TRANSLATE_NOOP("Stages", "Triển khai thực hiện"),
    "recognised": QT_TRANSLATE_NOOP("Stages", "Được công nhận"),
    "exemplary": QT_TRANSLATE_NOOP("Stages", "Tiêu biểu"),
    "proposed_award": QT_TRANSLATE_NOOP("Stages", "Đề nghị khen thưởng"),
    "awarded": QT_TRANSLATE_NOOP("Stages", "Được khen thưởng"),
    "dropped": QT_TRANSLATE_NOOP("Stages", "Không đạt / dừng"),
    "replicated": QT_TRANSLATE_NOOP("Stages", "Nhân rộng"),
}
CHART_UNITS = 15  # communes shown in the chart (the table has them all)


def stage_label(key: str) -> str:
    """A stage's name in the interface language."""
    return QCoreApplication.translate("Stages", STAGE_LABELS.get(key, STAGES[key][0]))


def _fill(table: QTableWidget, header: list[str], rows: list[list[Any]], *, total: bool) -> None:
    """Fill a table; numbers right-aligned the Vietnamese way; the last row bold if a total."""
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    bold = QFont(table.font())
    bold.setBold(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            number = isinstance(value, int | float) and not isinstance(value, bool)
            item = QTableWidgetItem(format_number(value) if number else str(value))
            if number:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if total and r == len(rows) - 1:
                item.setFont(bold)
            table.setItem(r, c, item)
    heading = table.horizontalHeader()
    heading.setMinimumSectionSize(40)
    heading.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    heading.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class SummaryPage(QWidget):
    """The figures of a period, as tables and bar charts; the same in PDF and Excel."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SummaryPage()
        self.ui.setupUi(self)
        self._handle = handle
        self.stale = True
        self.stats: Statistics | None = None
        self.operation: Operation | None = None
        self.last_output: Path | None = None
        self.unit_name = handle.info().unit_name
        ui = self.ui
        ui.period_edit.setText(str(dt.date.today().year))
        self.chart = BarChartWidget(ui.chart_container)
        ui.chart_layout.addWidget(self.chart)
        ui.chart_layout.addStretch(1)
        # Periods with communes of before 1 July 2025: the same table added up into today's.
        self.today_check = QCheckBox(tr("Cộng theo đơn vị hiện nay (sau sắp xếp ngày 01/7/2025)"))
        self.today_check.setObjectName("today_units_check")
        self.today_check.hide()
        ui.units_layout.insertWidget(0, self.today_check)
        self.today_check.toggled.connect(self._on_today_check_toggled)
        ui.splitter.setSizes([620, 420])
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.show_button.clicked.connect(self.refresh)
        ui.period_edit.returnPressed.connect(self.refresh)
        ui.scope_combo.currentIndexChanged.connect(self._on_scope_combo_changed)
        ui.tab_widget.currentChanged.connect(self._draw_chart)
        ui.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        ui.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        ui.open_button.clicked.connect(self._on_open_button_clicked)

    # ---------------------------------------------------------------- data

    def mark_stale(self) -> None:
        """The data changed elsewhere: count again when next shown."""
        self.stale = True

    def on_shown(self) -> None:
        """Called when the page comes on screen."""
        if self.stale:
            self._fill_scopes()
            self.refresh()

    def _fill_scopes(self) -> None:
        from dvk_desktop.storage.queries.communes import status_counts, unit_names

        with self._handle.readers() as session:
            names = unit_names(session)
            held = status_counts(session, self._handle.info().unit_code)
        combo = self.ui.scope_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("Tổng các xã (toàn %1)").replace("%1", self.unit_name), None)
        for code in sorted(held, key=lambda c: (sort_key(names.get(c, c)), c)):
            combo.addItem(f"{names.get(code, code)} ({code})", code)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
        combo.blockSignals(False)

    def unit_code(self) -> str | None:
        """The commune chosen, or None for the total of every commune."""
        data = self.ui.scope_combo.currentData()
        return str(data) if data else None

    def select_unit(self, code: str | None) -> None:
        """Show one commune's figures (None: every commune)."""
        combo = self.ui.scope_combo
        combo.setCurrentIndex(max(0, combo.findData(code)) if code else 0)

    def _period(self) -> Any:
        from dvk_desktop.domain.period import parse_period

        return parse_period(self.ui.period_edit.text())

    def refresh(self) -> Operation | None:
        """Count the period's figures in the background, then fill the tables and the chart."""
        from dvk_desktop.services import statistics

        self.stale = False
        try:
            period = self._period()
        except DvkError as exc:
            show_error(self, exc)
            return None
        handle, unit = self._handle, self.unit_code()
        self.ui.status_label.setText(tr("Đang tính số liệu…"))

        def work(_r: Any, _c: Any) -> Statistics:
            return statistics.collect_statistics(handle, period, unit_code=unit)

        self.operation = run_in_background(
            self, work, on_success=lambda stats: self._show(stats, period)
        )
        return self.operation

    def _on_scope_combo_changed(self, _index: int) -> None:
        self.refresh()

    def _show(self, stats: Statistics, period: Any) -> None:
        from dvk_desktop.services.statistics import as_of_end

        self.stats = stats
        ui = self.ui
        text = tr("%1, %2: %3 mô hình.").replace("%1", ui.scope_combo.currentText())
        from dvk_desktop.gui.windows.communes_page import period_text

        text = text.replace("%2", period_text(period).lower())
        text = text.replace("%3", format_number(stats.total))
        if as_of_end(period) is not None:
            text += " " + tr("Trạng thái tính đến hết ngày %1.").replace(
                "%1", date_text(period.end)
            )
        ui.status_label.setText(text)
        self._fill_field(stats)
        self._fill_stages(stats)
        self._fill_units(stats)
        self._fill_org(stats)
        self._fill_awards(stats)
        self._fill_indicators(stats)
        ui.tab_widget.setTabEnabled(ui.tab_widget.indexOf(ui.units_tab), bool(stats.by_unit))
        self.today_check.setVisible(bool(stats.by_today_unit))
        self._draw_chart()

    # ---------------------------------------------------------------- tables

    def _fill_field(self, stats: Statistics) -> None:
        rows: list[list[Any]] = []
        for f in Field:
            cells = [
                stats.by_field_type.get((f.value, t, g), 0)
                for t in (COLLECTIVE, INDIVIDUAL)
                for g in ("moi", "duy_tri")
            ]
            rows.append([vocab(f), *cells, sum(cells)])
        totals = [sum(r[i] for r in rows) for i in range(1, 6)]
        rows.append([tr("Tổng cộng"), *totals])
        header = [
            tr("Lĩnh vực"), tr("Tập thể mới"), tr("Tập thể duy trì"), tr("Cá nhân mới"),
            tr("Cá nhân duy trì"), tr("Tổng số"),
        ]  # fmt: skip
        _fill(self.ui.field_table, header, rows, total=True)

    def _fill_stages(self, stats: Statistics) -> None:
        rows: list[list[Any]] = [
            [vocab(f), *(stats.stages_by_field.get(f.value, {}).get(k, 0) for k in STAGES)]
            for f in Field
        ]
        rows.append([tr("Tổng cộng"), *(stats.stage_total(k) for k in STAGES)])
        _fill(
            self.ui.stages_table,
            [tr("Lĩnh vực"), *(stage_label(k) for k in STAGES)],
            rows,
            total=True,
        )

    def _units_shown(self, stats: Statistics) -> list[Any]:
        """The communes as registered, or added up into today's when the box is ticked."""
        if stats.by_today_unit and self.today_check.isChecked():
            return stats.by_today_unit
        return stats.by_unit

    def _on_today_check_toggled(self, _checked: bool) -> None:
        if self.stats is not None:
            self._fill_units(self.stats)
            self._draw_chart()

    def _fill_units(self, stats: Statistics) -> None:
        keys = ("recognised", "exemplary", "awarded")
        rows: list[list[Any]] = [
            [u.name, u.code, u.collective, u.individual, u.collective + u.individual,
             *(u.stages.get(k, 0) for k in keys)]
            for u in sorted(self._units_shown(stats), key=lambda u: (sort_key(u.name), u.code))
        ]  # fmt: skip
        if rows:
            rows.append(
                [tr("Tổng cộng"), "", *(sum(r[i] for r in rows) for i in range(2, 5 + len(keys)))]
            )
        header = [
            tr("Xã, phường"), tr("Mã"), tr("Tập thể"), tr("Cá nhân"), tr("Tổng số"),
            *(stage_label(k) for k in keys),
        ]  # fmt: skip
        _fill(self.ui.units_table, header, rows, total=bool(rows))

    def _fill_org(self, stats: Statistics) -> None:
        types: dict[str, list[int]] = {}
        for (org, mtype), n in stats.by_org_type.items():
            cell = types.setdefault(org, [0, 0])
            cell[0 if mtype == COLLECTIVE else 1] += n
        rows: list[list[Any]] = []
        for org, (c, i) in sorted(types.items(), key=lambda kv: -sum(kv[1])):
            label = vocab(org, OrgType) if org else tr("Chưa ghi đơn vị chủ trì")
            rows.append([label, c, i, c + i])
        rows.append([tr("Tổng cộng"), *(sum(r[k] for r in rows) for k in (1, 2, 3))])
        _fill(
            self.ui.org_table,
            [tr("Loại đơn vị chủ trì"), tr("Tập thể"), tr("Cá nhân"), tr("Tổng số")],
            rows,
            total=True,
        )

    def _fill_awards(self, stats: Statistics) -> None:
        rows: list[list[Any]] = [
            [vocab(a.award_form, AwardForm) if a.award_form else tr("Không ghi hình thức"),
             a.issuer, a.collective, a.individual, a.collective + a.individual]
            for a in stats.awards
        ]  # fmt: skip
        rows.append([tr("Tổng cộng"), "", *(sum(r[k] for r in rows) for k in (2, 3, 4))])
        header = [tr("Hình thức khen"), tr("Cơ quan"), tr("Tập thể"), tr("Cá nhân"), tr("Tổng")]
        _fill(self.ui.awards_table, header, rows, total=True)

    def _fill_indicators(self, stats: Statistics) -> None:
        from dvk_desktop.gui.labels import catalogue

        rows: list[list[Any]] = []
        for ind in stats.indicators:
            percent = f"{round(100 * ind.actual / ind.target)} %" if ind.target else "—"
            rows.append(
                [catalogue(ind.name), catalogue(ind.unit), ind.models,
                 format_number(ind.target), format_number(ind.actual), percent]
            )  # fmt: skip
        header = [
            tr("Chỉ tiêu"), tr("Đơn vị tính"), tr("Số mô hình"), tr("Mục tiêu"),
            tr("Thực hiện"), tr("Đạt"),
        ]  # fmt: skip
        _fill(self.ui.indicators_table, header, rows, total=False)

    # ---------------------------------------------------------------- charts

    def _draw_chart(self, *_: object) -> None:
        stats = self.stats
        if stats is None:
            return
        ui = self.ui
        tab = ui.tab_widget.currentWidget()
        both = (tr("Tập thể"), tr("Cá nhân"))
        if tab is ui.stages_tab:
            keys = list(STAGES)
            self.chart.set_data(
                tr("Số mô hình theo bước"),
                [stage_label(k) for k in keys],
                [(tr("Số mô hình"), [stats.stage_total(k) for k in keys])],
            )
        elif tab is ui.units_tab:
            top = sorted(self._units_shown(stats), key=lambda u: -(u.collective + u.individual))
            shown = top[:CHART_UNITS]
            note = (
                tr("%1 xã nhiều mô hình nhất; bảng bên trái có đủ %2 xã.")
                .replace("%1", str(len(shown)))
                .replace("%2", str(len(top)))
                if len(top) > len(shown)
                else ""
            )
            self.chart.set_data(
                tr("Số mô hình theo xã"),
                [u.name for u in shown],
                [
                    (both[0], [u.collective for u in shown]),
                    (both[1], [u.individual for u in shown]),
                ],
                note=note,
            )
        elif tab is ui.org_tab:
            rows = self._rows(ui.org_table)
            self.chart.set_data(
                tr("Số mô hình theo đơn vị chủ trì"),
                [r[0] for r in rows],
                [(both[0], [r[1] for r in rows]), (both[1], [r[2] for r in rows])],
            )
        elif tab is ui.awards_tab:
            rows = self._rows(ui.awards_table)
            self.chart.set_data(
                tr("Mô hình được khen thưởng"),
                [r[0] for r in rows],
                [(both[0], [r[2] for r in rows]), (both[1], [r[3] for r in rows])],
                note="" if rows else tr("Chưa có mô hình nào được khen thưởng trong kỳ."),
            )
        elif tab is ui.indicators_tab:
            shown = [i for i in stats.indicators if i.target][:CHART_UNITS]
            self.chart.set_data(
                tr("Chỉ tiêu: phần trăm đạt so với mục tiêu"),
                [QCoreApplication.translate("Catalogue", i.name) for i in shown],
                [(tr("% đạt"), [float(100 * i.actual / i.target) for i in shown])],
            )
        else:
            self.chart.set_data(
                tr("Số mô hình theo lĩnh vực"),
                [vocab(f) for f in Field],
                [
                    (both[0], [self._count(stats, f.value, COLLECTIVE) for f in Field]),
                    (both[1], [self._count(stats, f.value, INDIVIDUAL) for f in Field]),
                ],
            )

    @staticmethod
    def _count(stats: Statistics, field: str, mtype: str) -> int:
        return sum(n for (f, t, _g), n in stats.by_field_type.items() if f == field and t == mtype)

    @staticmethod
    def _rows(table: QTableWidget) -> list[list[Any]]:
        """A table's rows without the total line, numbers back as numbers."""
        out = []
        for r in range(max(0, table.rowCount() - 1)):
            row: list[Any] = []
            for c in range(table.columnCount()):
                text = table.item(r, c).text() if table.item(r, c) else ""
                digits = text.replace(".", "")
                row.append(int(digits) if digits.isdigit() else text)
            out.append(row)
        return out

    # ---------------------------------------------------------------- files

    def _write(self, name: str, work: Any) -> Operation | None:
        from dvk_desktop.gui.windows.reports_page import reports_dir

        try:
            period = self._period()
        except DvkError as exc:
            show_error(self, exc)
            return None
        unit = self.unit_code()
        folder = reports_dir(self._handle)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name.replace("{period}", period.code).replace(
            "{unit}", f"-{unit}" if unit else ""
        )

        def job(reporter: Any, cancel: Any) -> str:
            work(target, period, unit, reporter, cancel)
            return str(target)

        self.operation = run_in_background(
            self, job, on_success=self._on_written, label=tr("Đang tạo báo cáo")
        )
        return self.operation

    def _on_written(self, path: str) -> None:
        self.last_output = Path(path)
        self.ui.status_label.setText(tr("Đã tạo: %1").replace("%1", path))
        self.ui.open_button.setEnabled(True)

    def print_pdf(self) -> Operation | None:
        """The results report of the period (of the chosen commune), as PDF."""
        from dvk_desktop.services import reporting

        handle = self._handle
        return self._write(
            "bao-cao-tong-hop-{period}{unit}.pdf",
            lambda target, period, unit, _r, _c: reporting.print_results_report(
                handle, target, period, unit_code=unit
            ),
        )

    def export_xlsx(self) -> Operation | None:
        """The statistics workbook of the period (of the chosen commune)."""
        from dvk_desktop.services import reporting

        handle = self._handle
        return self._write(
            "thong-ke-tong-hop-{period}{unit}.xlsx",
            lambda target, period, unit, r, c: reporting.export_statistics_xlsx(
                handle, target, period, detail=True, reporter=r, cancel=c, unit_code=unit
            ),
        )

    def _on_pdf_button_clicked(self) -> None:
        self.print_pdf()

    def _on_xlsx_button_clicked(self) -> None:
        self.export_xlsx()

    def _on_open_button_clicked(self) -> None:
        if self.last_output is not None:
            open_file(self, self.last_output)
