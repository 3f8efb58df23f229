"""Charts drawn with ReportLab graphics: models by field (bars), collective / individual (pie)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from dvk_desktop.domain.text import format_number, format_percent
from dvk_desktop.reports.pdf.fonts import SERIF, SERIF_BOLD, register_fonts

PALETTE = (
    colors.Color(0.16, 0.38, 0.62),
    colors.Color(0.85, 0.45, 0.13),
    colors.Color(0.30, 0.60, 0.30),
    colors.Color(0.60, 0.25, 0.55),
)


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    width: float,
    height: float = 190,
) -> Drawing:
    """A grouped vertical bar chart with a legend; ``series`` are (name, values per category)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = SERIF  # not Helvetica: every font of the PDF must be embedded
    drawing.add(
        String(width / 2, height - 12, title, fontName=SERIF_BOLD, fontSize=11, textAnchor="middle")
    )
    chart = VerticalBarChart()
    chart.x, chart.y = 35, 45
    chart.width, chart.height = width - 50, height - 80
    chart.data = [list(values) for _, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = SERIF
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = SERIF
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(v))
    peak = max((max(v) for _, v in series if v), default=0)
    chart.valueAxis.valueMax = max(4, int(peak * 1.2) + 1)
    chart.barLabelFormat = lambda v: format_number(int(v))
    chart.barLabels.fontName = SERIF
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    x = 35.0
    for i, (name, _) in enumerate(series):  # legend under the axis labels
        drawing.add(Rect(x, 6, 9, 9, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        drawing.add(String(x + 13, 7, name, fontName=SERIF, fontSize=9))
        x += 20 + len(name) * 5.0
    return drawing


def pie_chart(
    title: str, slices: Sequence[tuple[str, int]], *, width: float, height: float = 170
) -> Drawing:
    """A pie chart with a legend under it (label: count and percent).

    Labels sit in the legend, not beside the slices: a label drawn outside the pie runs past
    the drawing (and the page margin) when the pie is narrow or the label long.
    """
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = SERIF  # not Helvetica: every font of the PDF must be embedded
    drawing.add(
        String(width / 2, height - 12, title, fontName=SERIF_BOLD, fontSize=11, textAnchor="middle")
    )
    total = sum(v for _, v in slices)
    labels = (
        [f"{name}: {format_number(v)} ({format_percent(v, total)})" for name, v in slices]
        if total
        else ["Chưa có mô hình"]
    )
    legend_height = 14 * len(labels) + 4
    pie = Pie()
    size = min(height - 30 - legend_height, width - 20)
    pie.width = pie.height = size
    pie.x, pie.y = (width - size) / 2, legend_height + 6
    pie.data = [v for _, v in slices] if total else [1]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)] if total else colors.lightgrey
    drawing.add(pie)
    for i, label in enumerate(labels):
        y = legend_height - 14 * (i + 1)
        colour = PALETTE[i % len(PALETTE)] if total else colors.lightgrey
        drawing.add(Rect(10, y, 9, 9, fillColor=colour, strokeColor=None))
        drawing.add(String(23, y + 1, label, fontName=SERIF, fontSize=9.5))
    return drawing
