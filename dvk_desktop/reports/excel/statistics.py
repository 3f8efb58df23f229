"""The statistics workbook: Biểu 01, 02, 04, 05 (and by commune), a summary with a native chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, ParagraphProperties
from openpyxl.drawing.text import Font as DrawingFont
from openpyxl.drawing.text import Paragraph as DrawingParagraph

from dvk_desktop.domain.text import format_date
from dvk_desktop.domain.vocab import Field, ModelType
from dvk_desktop.reports.excel.safe_cells import FONT_NAME
from dvk_desktop.reports.excel.sheets import HEADER_ROW, append_row, new_sheet, set_defaults
from dvk_desktop.reports.report_rows import award_rows, org_label, resource_rows
from dvk_desktop.storage.queries.stats import STAGES, DetailRow, Statistics

COLLECTIVE, INDIVIDUAL = ModelType.COLLECTIVE.value, ModelType.INDIVIDUAL.value


@dataclass(frozen=True)
class WorkbookTitle:
    """The lines above every table."""

    unit_label: str  # "Xã Thăng Bình"
    period_label: str  # "năm 2026"
    counted_until: dt.date | None = None  # a finished period: statuses as of its last day

    def subtitle(self) -> str:
        """The line "Đơn vị: … — Kỳ báo cáo: …" (and the day the statuses stood on)."""
        line = f"Đơn vị: {self.unit_label} — Kỳ báo cáo: {self.period_label}"
        if self.counted_until is not None:
            line += f" — số liệu tính đến hết ngày {format_date(self.counted_until)}"
        return line


def _count(stats: Statistics, field: str | None, mtype: str, group: str | None) -> int:
    return sum(
        v
        for (f, t, g), v in stats.by_field_type.items()
        if (field is None or f == field) and t == mtype and (group is None or g == group)
    )


def _chart_font(chart: BarChart) -> None:
    """Set every text of the chart in the workbook's font (charts otherwise use Calibri)."""
    props = CharacterProperties(latin=DrawingFont(typeface=FONT_NAME), sz=1000)
    rich = RichText(p=[DrawingParagraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])
    chart.txPr = rich
    for part in (chart.x_axis, chart.y_axis, chart.legend):
        if part is not None:
            part.txPr = rich
    for title in (chart.title, chart.y_axis.title):
        if title is not None and title.tx is not None and title.tx.rich is not None:
            for para in title.tx.rich.p:
                para.pPr = ParagraphProperties(defRPr=props)
                for run in para.r or []:
                    run.rPr = props


def _summary(wb: Workbook, stats: Statistics, title: WorkbookTitle) -> None:
    ws = new_sheet(
        wb,
        "Tổng hợp",
        "TỔNG HỢP MÔ HÌNH “DÂN VẬN KHÉO”",
        title.subtitle(),
        ["Lĩnh vực", "Tập thể", "Cá nhân", "Tổng số"],
        [34, 12, 12, 12],
    )
    for fd in Field:
        c, i = _count(stats, fd.value, COLLECTIVE, None), _count(stats, fd.value, INDIVIDUAL, None)
        append_row(ws, [fd.label, c, i, c + i])
    append_row(
        ws,
        ["Tổng cộng", stats.type_total(COLLECTIVE), stats.type_total(INDIVIDUAL), stats.total],
        bold=True,
    )
    ws.append([])
    append_row(ws, ["Kết quả thực hiện", "Số mô hình"], bold=True)
    for key, (label, _) in STAGES.items():
        append_row(ws, [label, stats.stage_total(key)])
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Số mô hình theo lĩnh vực"
    chart.y_axis.title = "Số mô hình"
    chart.y_axis.numFmt = "#,##0"
    first, last = HEADER_ROW + 1, HEADER_ROW + len(Field)
    data = Reference(ws, min_col=2, max_col=3, min_row=HEADER_ROW, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.width, chart.height = 18, 9
    _chart_font(chart)
    ws.add_chart(chart, "F4")


def _field_sheet(wb: Workbook, stats: Statistics, title: WorkbookTitle) -> None:
    stage_keys = list(STAGES)
    ws = new_sheet(
        wb,
        "Biểu 01",
        "BIỂU 01 – TỔNG HỢP MÔ HÌNH THEO LĨNH VỰC",
        title.subtitle(),
        [
            "Lĩnh vực",
            "Tổng số",
            "Tập thể mới",
            "Tập thể duy trì",
            "Cá nhân mới",
            "Cá nhân duy trì",
            *(STAGES[k][0] for k in stage_keys),
        ],
        [30, 10, 11, 11, 11, 11, *[13] * len(stage_keys)],
    )
    for fd in [*Field, None]:
        code = fd.value if fd else None
        counts = (
            stats.stages_by_field.get(fd.value, {})
            if fd
            else {k: stats.stage_total(k) for k in stage_keys}
        )
        append_row(
            ws,
            [
                fd.label if fd else "Tổng cộng",
                stats.field_total(fd.value) if fd else stats.total,
                _count(stats, code, COLLECTIVE, "moi"),
                _count(stats, code, COLLECTIVE, "duy_tri"),
                _count(stats, code, INDIVIDUAL, "moi"),
                _count(stats, code, INDIVIDUAL, "duy_tri"),
                *(counts.get(k, 0) for k in stage_keys),
            ],
            bold=fd is None,
        )


def _org_sheet(wb: Workbook, stats: Statistics, title: WorkbookTitle) -> None:
    ws = new_sheet(
        wb,
        "Biểu 02",
        "BIỂU 02 – MÔ HÌNH THEO ĐƠN VỊ CHỦ TRÌ",
        title.subtitle(),
        ["Đơn vị chủ trì", "Tập thể", "Cá nhân", "Tổng số"],
        [40, 12, 12, 12],
    )
    for org in sorted({o for o, _ in stats.by_org_type}, key=org_label):
        c = stats.by_org_type.get((org, COLLECTIVE), 0)
        i = stats.by_org_type.get((org, INDIVIDUAL), 0)
        append_row(ws, [org_label(org), c, i, c + i])
    append_row(
        ws,
        ["Tổng cộng", stats.type_total(COLLECTIVE), stats.type_total(INDIVIDUAL), stats.total],
        bold=True,
    )


def _award_sheet(wb: Workbook, stats: Statistics, title: WorkbookTitle) -> None:
    ws = new_sheet(
        wb,
        "Biểu 04",
        "BIỂU 04 – KHEN THƯỞNG THEO HÌNH THỨC VÀ CƠ QUAN KHEN",
        title.subtitle(),
        ["Hình thức khen thưởng", "Cơ quan khen", "Tập thể", "Cá nhân", "Tổng số"],
        [44, 40, 12, 12, 12],
    )
    awards = award_rows(stats)  # a row for every award form, with 0 where none was given
    for a in awards:
        append_row(
            ws, [a.form, a.issuer or None, a.collective, a.individual, a.collective + a.individual]
        )
    c = sum(a.collective for a in awards)
    i = sum(a.individual for a in awards)
    append_row(ws, ["Tổng cộng", "", c, i, c + i], bold=True)


def _indicator_sheet(wb: Workbook, stats: Statistics, title: WorkbookTitle) -> None:
    ws = new_sheet(
        wb,
        "Biểu 05",
        "BIỂU 05 – CHỈ SỐ KẾT QUẢ",
        title.subtitle(),
        ["Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Số mô hình", "Mục tiêu", "Thực hiện"],
        [22, 40, 12, 12, 18, 18],
    )
    for i in stats.indicators:
        append_row(ws, [i.code, i.name, i.unit, i.models, i.target, i.actual])
    # Money by source and labour days, as the registrations hold them (brief §3.3).
    ws.append([])
    append_row(
        ws,
        ["", "Nguồn lực huy động (theo bản đăng ký)", "Đơn vị tính", "Số mô hình", "Tổng số"],
        bold=True,
    )
    rows = resource_rows(stats)
    for n, r in enumerate(rows):
        append_row(
            ws,
            ["", r.label, r.unit, stats.resources.models, r.value],
            bold=n == len(rows) - 2,
        )


def _unit_sheet(
    wb: Workbook, stats: Statistics, title: WorkbookTitle, *, today: bool = False
) -> None:
    """By commune as registered, or (``today``) added up into today's communes."""
    stage_keys = list(STAGES)
    ws = new_sheet(
        wb,
        "Theo đơn vị hiện nay" if today else "Theo xã",
        "TỔNG HỢP THEO ĐƠN VỊ CẤP XÃ HIỆN NAY (SAU SẮP XẾP NGÀY 01/7/2025)"
        if today
        else "TỔNG HỢP THEO ĐƠN VỊ CẤP XÃ",
        title.subtitle(),
        ["Mã đơn vị", "Đơn vị", "Tập thể", "Cá nhân", *(STAGES[k][0] for k in stage_keys)],
        [11, 30, 10, 10, *[13] * len(stage_keys)],
    )
    for u in stats.by_today_unit if today else stats.by_unit:
        append_row(
            ws, [u.code, u.name, u.collective, u.individual, *(u.stages[k] for k in stage_keys)]
        )
    append_row(
        ws,
        [
            "",
            "Tổng cộng",
            stats.type_total(COLLECTIVE),
            stats.type_total(INDIVIDUAL),
            *(stats.stage_total(k) for k in stage_keys),
        ],
        bold=True,
    )


def build_statistics_workbook(
    stats: Statistics,
    title: WorkbookTitle,
    *,
    detail: Iterable[DetailRow] | None = None,
    on_row: Callable[[int], None] | None = None,
) -> Workbook:
    """Build the write-only statistics workbook (save it with ``wb.save``).

    Args:
        stats: The aggregates of the period.
        title: Unit and period shown above each table.
        detail: When given, rows of the detail list (Biểu 03), streamed into their own sheet.
        on_row: Called with the running count of detail rows (progress and cancellation).

    Returns:
        The workbook, not yet saved.
    """
    from dvk_desktop.reports.excel.detail_list import write_detail_sheet

    wb = Workbook(write_only=True)
    set_defaults(wb)
    _summary(wb, stats, title)
    _field_sheet(wb, stats, title)
    _org_sheet(wb, stats, title)
    _award_sheet(wb, stats, title)
    _indicator_sheet(wb, stats, title)
    if stats.by_unit:
        _unit_sheet(wb, stats, title)
    if stats.by_today_unit:  # units merged on 1 July 2025: both ways, same totals
        _unit_sheet(wb, stats, title, today=True)
    if detail is not None:
        write_detail_sheet(wb, detail, title, on_row=on_row)
    return wb
