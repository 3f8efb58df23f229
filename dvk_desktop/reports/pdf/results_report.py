"""Báo cáo kết quả phong trào "Dân vận khéo": the statistics of Biểu 01–05 with two charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from dvk_desktop.domain.text import format_date, format_number, format_percent
from dvk_desktop.domain.vocab import Field, ModelType
from dvk_desktop.reports.pdf.charts import bar_chart, pie_chart
from dvk_desktop.reports.pdf.common import grid_table, table_title
from dvk_desktop.reports.pdf.fonts import SERIF
from dvk_desktop.reports.pdf.header import (
    Issuer,
    Signature,
    header_block,
    recipients_block,
    signature_row,
)
from dvk_desktop.reports.pdf.layout import DocInfo, Styles, build_pdf, content_width
from dvk_desktop.reports.report_rows import award_rows, org_label, resource_rows
from dvk_desktop.storage.queries.stats import STAGES, Statistics

COLLECTIVE, INDIVIDUAL = ModelType.COLLECTIVE.value, ModelType.INDIVIDUAL.value
FIELD_SHORT = {
    Field.ECONOMY.value: "Kinh tế",
    Field.CULTURE_SOCIETY.value: "Văn hóa - XH",
    Field.DEFENCE_SECURITY.value: "QP - AN",
    Field.POLITICAL_SYSTEM.value: "XD HTCT",
}


@dataclass(frozen=True)
class ReportContext:
    """Who reports, for which period and unit, and who signs."""

    issuer: Issuer
    period_label: str  # "năm 2026"
    unit_label: str  # "xã Thăng Bình"
    signature: Signature
    recipients: Sequence[str] = ()
    counted_until: dt.date | None = None  # a finished period: statuses as of its last day


def _until(ctx: ReportContext) -> str:
    if ctx.counted_until is None:
        return ""
    return f" (số liệu tính đến hết ngày {format_date(ctx.counted_until)})"


def _summary(stats: Statistics, ctx: ReportContext, styles: Styles) -> list[Flowable]:
    n = format_number
    new = sum(v for (_, _, g), v in stats.by_field_type.items() if g == "moi")
    text = (
        f"Trong {ctx.period_label}{_until(ctx)}, {ctx.unit_label} có {n(stats.total)} mô hình, "
        f"điển hình "
        f"“Dân vận khéo” đăng ký ({n(stats.type_total(COLLECTIVE))} tập thể, "
        f"{n(stats.type_total(INDIVIDUAL))} cá nhân; {n(new)} mô hình mới, "
        f"{n(stats.total - new)} mô hình duy trì). Trong đó "
        f"{n(stats.stage_total('implementing'))} mô hình đã triển khai thực hiện, "
        f"{n(stats.stage_total('recognised'))} mô hình được công nhận, "
        f"{n(stats.stage_total('exemplary'))} mô hình tiêu biểu, "
        f"{n(stats.stage_total('proposed_award'))} mô hình được đề nghị khen thưởng, "
        f"{n(stats.stage_total('awarded'))} mô hình được khen thưởng; "
        f"{n(stats.stage_total('dropped'))} mô hình không đạt hoặc dừng thực hiện."
    )
    return [styles.markup("I. KẾT QUẢ CHUNG", styles.heading), styles.p(text, styles.indented)]


def _charts(stats: Statistics, width: float) -> Flowable:
    fields = list(Field)
    series = [
        (
            ModelType.COLLECTIVE.label,
            [
                sum(
                    v
                    for (f, t, _), v in stats.by_field_type.items()
                    if f == fd.value and t == COLLECTIVE
                )
                for fd in fields
            ],
        ),
        (
            ModelType.INDIVIDUAL.label,
            [
                sum(
                    v
                    for (f, t, _), v in stats.by_field_type.items()
                    if f == fd.value and t == INDIVIDUAL
                )
                for fd in fields
            ],
        ),
    ]
    bars = bar_chart(
        "Số mô hình theo lĩnh vực",
        [FIELD_SHORT[f.value] for f in fields],
        series,
        width=width * 0.58,
    )
    pie = pie_chart(
        "Tập thể và cá nhân",
        [
            (ModelType.COLLECTIVE.label, stats.type_total(COLLECTIVE)),
            (ModelType.INDIVIDUAL.label, stats.type_total(INDIVIDUAL)),
        ],
        width=width * 0.42,
        height=190,
    )
    table = Table([[bars, pie]], colWidths=[width * 0.58, width * 0.42])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([table])


def _field_tables(stats: Statistics, cells: Styles, width: float) -> list[Flowable]:
    n = format_number
    rows = []
    for fd in [*Field, None]:

        def c(t: str, g: str, fd: Field | None = fd) -> int:
            return sum(
                v
                for (f, tt, gg), v in stats.by_field_type.items()
                if (fd is None or f == fd.value) and tt == t and gg == g
            )

        total = stats.field_total(fd.value) if fd else stats.total
        rows.append(
            [
                fd.label if fd else "Tổng cộng",
                n(total),
                n(c(COLLECTIVE, "moi")),
                n(c(COLLECTIVE, "duy_tri")),
                n(c(INDIVIDUAL, "moi")),
                n(c(INDIVIDUAL, "duy_tri")),
            ]
        )
    first = 52 * mm
    t1 = grid_table(
        ["Lĩnh vực", "Tổng số", "Tập thể mới", "Tập thể duy trì", "Cá nhân mới", "Cá nhân duy trì"],
        rows,
        [first] + [(width - first) / 5] * 5,
        cells,
        align=["L", "R", "R", "R", "R", "R"],
        total_rows=[len(rows) - 1],
    )
    stage_keys = list(STAGES)
    rows2 = []
    for fd in [*Field, None]:
        if fd is None:
            counts = {k: stats.stage_total(k) for k in stage_keys}
        else:
            counts = stats.stages_by_field.get(fd.value, {})
        rows2.append([fd.label if fd else "Tổng cộng", *(n(counts.get(k, 0)) for k in stage_keys)])
    first2 = 40 * mm
    t2 = grid_table(
        ["Lĩnh vực", *(STAGES[k][0] for k in stage_keys)],
        rows2,
        [first2] + [(width - first2) / len(stage_keys)] * len(stage_keys),
        cells,
        align=["L", *["R"] * len(stage_keys)],
        total_rows=[len(rows2) - 1],
    )
    return [
        *table_title(cells, "Biểu 01a. Mô hình theo lĩnh vực, loại và tính mới"),
        t1,
        Spacer(1, 6),
        *table_title(cells, "Biểu 01b. Kết quả thực hiện theo lĩnh vực"),
        t2,
    ]


def _org_table(stats: Statistics, cells: Styles, width: float) -> list[Flowable]:
    n = format_number
    orgs = sorted({o for o, _ in stats.by_org_type}, key=lambda o: org_label(o))
    rows = [
        [
            org_label(o),
            n(stats.by_org_type.get((o, COLLECTIVE), 0)),
            n(stats.by_org_type.get((o, INDIVIDUAL), 0)),
            n(
                stats.by_org_type.get((o, COLLECTIVE), 0)
                + stats.by_org_type.get((o, INDIVIDUAL), 0)
            ),
        ]
        for o in orgs
    ]
    rows.append(
        [
            "Tổng cộng",
            n(stats.type_total(COLLECTIVE)),
            n(stats.type_total(INDIVIDUAL)),
            n(stats.total),
        ]
    )
    first = width - 3 * 30 * mm
    return [
        *table_title(cells, "Biểu 02. Mô hình theo đơn vị chủ trì"),
        grid_table(
            ["Đơn vị chủ trì", "Tập thể", "Cá nhân", "Tổng số"],
            rows,
            [first, 30 * mm, 30 * mm, 30 * mm],
            cells,
            align=["L", "R", "R", "R"],
            total_rows=[len(rows) - 1],
        ),
    ]


def _award_table(stats: Statistics, cells: Styles, width: float) -> list[Flowable]:
    n = format_number
    head = table_title(cells, "Biểu 04. Khen thưởng theo hình thức và cơ quan khen")
    awards = award_rows(stats)
    rows = [[a.form, a.issuer, n(a.collective), n(a.individual)] for a in awards]
    rows.append(
        [
            "Tổng cộng",
            "",
            n(sum(a.collective for a in awards)),
            n(sum(a.individual for a in awards)),
        ]
    )
    rest = width - 2 * 25 * mm
    return [
        *head,
        grid_table(
            ["Hình thức khen thưởng", "Cơ quan khen", "Tập thể", "Cá nhân"],
            rows,
            [rest * 0.5, rest * 0.5, 25 * mm, 25 * mm],
            cells,
            align=["L", "L", "R", "R"],
            total_rows=[len(rows) - 1],
        ),
    ]


def _indicator_table(stats: Statistics, cells: Styles, width: float) -> list[Flowable]:
    n = format_number
    out: list[Flowable] = table_title(cells, "Biểu 05. Chỉ số kết quả")
    if not stats.indicators:
        out.append(cells.p("Chưa có chỉ tiêu nào.", cells.body))
    else:
        rows = [
            [
                i.name,
                i.unit,
                n(i.models),
                n(i.target),
                n(i.actual),
                format_percent(i.actual, i.target),
            ]
            for i in stats.indicators
        ]
        widths = [
            width - 22 * mm - 18 * mm - 2 * 32 * mm - 18 * mm,
            22 * mm,
            18 * mm,
            32 * mm,
            32 * mm,
            18 * mm,
        ]
        out.append(
            grid_table(
                ["Chỉ tiêu", "Đơn vị tính", "Số mô hình", "Mục tiêu", "Thực hiện", "Tỷ lệ"],
                rows,
                widths,
                cells,
                align=["L", "C", "R", "R", "R", "R"],
            )
        )
    resources = [[r.label, r.unit, n(r.value)] for r in resource_rows(stats)]
    out += [
        Spacer(1, 6),
        *table_title(
            cells,
            "Biểu 05b. Nguồn lực huy động theo bản đăng ký",
            f"({n(stats.resources.models)} mô hình có ghi nguồn lực)",
        ),
        grid_table(
            ["Nguồn lực", "Đơn vị tính", "Tổng số"],
            resources,
            [width - 22 * mm - 50 * mm, 22 * mm, 50 * mm],
            cells,
            align=["L", "C", "R"],
            total_rows=[len(resources) - 2],
        ),
    ]
    return out


def _unit_table(
    stats: Statistics, cells: Styles, width: float, *, today: bool = False
) -> list[Flowable]:
    # Both tables add up to the same totals: today's units are the old ones merged.
    n = format_number
    rows = [
        [
            u.name,
            n(u.collective),
            n(u.individual),
            n(u.stages["registered"]),
            n(u.stages["recognised"]),
            n(u.stages["exemplary"]),
            n(u.stages["awarded"]),
        ]
        for u in (stats.by_today_unit if today else stats.by_unit)
    ]
    rows.append(
        [
            "Tổng cộng",
            n(stats.type_total(COLLECTIVE)),
            n(stats.type_total(INDIVIDUAL)),
            n(stats.total),
            n(stats.stage_total("recognised")),
            n(stats.stage_total("exemplary")),
            n(stats.stage_total("awarded")),
        ]
    )
    first = 50 * mm
    title = (
        "Biểu 07. Tổng hợp theo đơn vị cấp xã hiện nay (sau sắp xếp ngày 01/7/2025)"
        if today
        else "Biểu 06. Tổng hợp theo đơn vị cấp xã"
    )
    return [
        *table_title(cells, title),
        grid_table(
            ["Đơn vị", "Tập thể", "Cá nhân", "Tổng số", "Công nhận", "Tiêu biểu", "Khen thưởng"],
            rows,
            [first] + [(width - first) / 6] * 6,
            cells,
            align=["L", *["R"] * 6],
            total_rows=[len(rows) - 1],
        ),
    ]


def render_results_report(out_path: Path, stats: Statistics, ctx: ReportContext) -> int:
    """Write the results report; return the number of pages."""
    styles = Styles.for_doc(ctx.issuer.style)
    cells = Styles(11)
    width = content_width()
    story: list[Flowable] = [header_block(ctx.issuer, width), Spacer(1, 8)]
    story.append(styles.markup("BÁO CÁO", styles.title))
    story.append(
        styles.markup(
            f"Kết quả thực hiện phong trào thi đua “Dân vận khéo” {ctx.period_label}",
            styles.subtitle,
        )
    )
    story.append(Spacer(1, 6))
    story += _summary(stats, ctx, styles)
    story.append(_charts(stats, width))
    story.append(styles.markup("II. SỐ LIỆU CHI TIẾT", styles.heading))
    for part in (_field_tables, _org_table, _award_table, _indicator_table):
        story += part(stats, cells, width)
        story.append(Spacer(1, 8))
    if stats.by_unit:
        story += _unit_table(stats, cells, width)
        story.append(Spacer(1, 8))
    if stats.by_today_unit:  # a period with units merged on 1 July 2025: counted both ways
        story += _unit_table(stats, cells, width, today=True)
        story.append(Spacer(1, 8))
    closing = Table(
        [
            [
                recipients_block(ctx.recipients),
                signature_row([ctx.signature], width * 0.55, size=styles.signature_size),
            ]
        ],
        colWidths=[width * 0.45, width * 0.55],
    )
    closing.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(KeepTogether([closing]))
    info = DocInfo(title=f"Báo cáo kết quả phong trào “Dân vận khéo” {ctx.period_label}")
    return build_pdf(out_path, story, info)
