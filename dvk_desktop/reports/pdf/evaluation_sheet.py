"""Phiếu đánh giá, chấm điểm mô hình "Dân vận khéo": each council member's points and the average.

One column per member (numbered, named in a legend) beside the criterion's maximum, then the
average; eight members fit a page width, more continue in a second table. Each member's
comment and signature follow. Without members it prints a blank sheet to score by hand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from dvk_desktop.domain.rubric import Rubric
from dvk_desktop.domain.text import format_date, format_number
from dvk_desktop.reports.pdf.common import DOTS, grid_table, or_dots
from dvk_desktop.reports.pdf.header import Issuer, Signature, header_block, signature_row
from dvk_desktop.reports.pdf.layout import DocInfo, Styles, build_pdf, content_width, para_text

PER_TABLE = 8  # member columns that fit beside the criteria on A4 portrait


@dataclass(frozen=True)
class MemberScores:
    """One council member's sheet as printed."""

    name: str
    position: str
    scores: Mapping[str, float | Decimal]
    total: float | Decimal
    grade: str  # label
    comment: str = ""
    evaluated_on: dt.date | None = None


@dataclass(frozen=True)
class EvaluationSheet:
    """What the scoring sheet shows; no members (and ``scores`` None) prints a blank sheet.

    ``scores``/``evaluator``/``comment`` describe a single scorer (older callers); ``members``
    takes precedence when given, with ``average`` and ``grade`` for the model.
    """

    issuer: Issuer
    rubric: Rubric
    model_name: str
    model_code: str
    model_type: str  # label
    field: str  # label
    owner: str
    place: str
    year: int
    scores: Mapping[str, float] | None = None
    grade: str = ""  # label
    evaluator: str = ""
    evaluated_on: dt.date | None = None
    comment: str = ""
    extra_signatures: list[Signature] = dataclasses.field(default_factory=list)
    members: Sequence[MemberScores] = ()
    average: float | Decimal | None = None
    rubric_title: str = ""


def _points(value: float | Decimal | None) -> str:
    return "" if value is None else format_number(round(Decimal(str(value)), 2))


def _members(sheet: EvaluationSheet) -> list[MemberScores]:
    if sheet.members:
        return list(sheet.members)
    if sheet.scores is None:
        return []
    total = sum(Decimal(str(v)) for v in sheet.scores.values())
    return [
        MemberScores(
            sheet.evaluator, "", sheet.scores, total, sheet.grade, sheet.comment, sheet.evaluated_on
        )
    ]


def _score_table(
    sheet: EvaluationSheet, group: list[MemberScores], first: int, styles: Styles, width: float
) -> Flowable:
    """Criteria down, members across (numbered from ``first``), the average at the end."""
    with_average = len(_members(sheet)) > 1
    member_w, fixed = 13 * mm, 12 * mm + 16 * mm + (16 * mm if with_average else 0)
    name_w = width - fixed - member_w * max(1, len(group))
    header = ["STT", "Tiêu chí", "Điểm tối đa"]
    header += [f"TV {first + k}" for k in range(len(group))] or ["Điểm chấm"]
    header += ["Trung bình"] if with_average else []
    rows: list[list[str]] = []
    for n, criterion in enumerate(sheet.rubric.criteria, 1):
        cells = [_points(m.scores.get(criterion.code)) for m in group] or [""]
        values = [Decimal(str(m.scores[criterion.code])) for m in _members(sheet)
                  if criterion.code in m.scores]  # fmt: skip
        mean = sum(values, Decimal(0)) / len(values) if values else None
        rows.append([str(n), criterion.name, str(criterion.max_points), *cells]
                    + ([_points(mean)] if with_average else []))  # fmt: skip
    totals = [_points(m.total) for m in group] or [""]
    rows.append(["", "Tổng cộng", str(sheet.rubric.total_points), *totals]
                + ([_points(sheet.average)] if with_average else []))  # fmt: skip
    widths = [12 * mm, name_w, 16 * mm] + [member_w] * max(1, len(group))
    widths += [16 * mm] if with_average else []
    return grid_table(
        header, rows, widths, styles,
        align=["C", "L", "C"] + ["C"] * (len(widths) - 3), total_rows=[len(rows) - 1],
    )  # fmt: skip


def evaluation_story(sheet: EvaluationSheet, styles: Styles, width: float) -> list[Flowable]:
    """The flowables of one scoring sheet."""
    story: list[Flowable] = [header_block(sheet.issuer, width), Spacer(1, 8)]
    story.append(styles.markup("PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM", styles.title))
    story.append(styles.markup(f"Mô hình “Dân vận khéo” năm {sheet.year}", styles.subtitle))
    story.append(Spacer(1, 6))
    for label, value in (
        ("Tên mô hình", sheet.model_name),
        ("Mã mô hình", sheet.model_code),
        ("Loại mô hình", sheet.model_type),
        ("Lĩnh vực", sheet.field),
        ("Đơn vị chủ trì / cá nhân thực hiện", sheet.owner),
        ("Địa bàn", sheet.place),
    ):
        story.append(
            styles.markup(f"{para_text(label)}: <b>{para_text(or_dots(value))}</b>", styles.item)
        )
    members = _members(sheet)
    story.append(styles.markup("I. ĐIỂM THEO TIÊU CHÍ", styles.heading))
    if sheet.rubric_title:
        story.append(styles.p(f"Bộ tiêu chí: {sheet.rubric_title}.", styles.small_italic))
    if len(members) > 1 or sheet.members:
        legend = "; ".join(
            f"TV {n}: {m.name}" + (f" ({m.position})" if m.position else "")
            for n, m in enumerate(members, 1)
        )
        story.append(styles.p(f"Thành viên hội đồng chấm điểm — {legend}.", styles.item))
    groups = [members[i : i + PER_TABLE] for i in range(0, len(members), PER_TABLE)] or [[]]
    for g, group in enumerate(groups):
        if g:
            story.append(Spacer(1, 4))
        story.append(_score_table(sheet, group, g * PER_TABLE + 1, styles, width))
    r = sheet.rubric
    story.append(styles.markup("II. XẾP LOẠI", styles.heading))
    if len(members) > 1:
        story.append(
            styles.markup(
                f"Điểm trung bình: <b>{para_text(_points(sheet.average) or DOTS)}</b> "
                "(trung bình cộng tổng điểm của các thành viên, làm tròn hai chữ số thập phân)",
                styles.item,
            )
        )
    story.append(styles.markup(f"Xếp loại: <b>{para_text(sheet.grade or DOTS)}</b>", styles.item))
    story.append(styles.p(f"({r.thresholds_text()})", styles.small_italic))
    story.append(styles.markup("III. NHẬN XÉT, ĐỀ XUẤT", styles.heading))
    comments = [m for m in members if m.comment]
    for n, m in enumerate(members, 1):
        if m.comment and len(members) > 1:
            story.append(styles.markup(f"<b>TV {n} ({para_text(m.name)}):</b>", styles.item))
        if m.comment:
            story.append(styles.p(m.comment, styles.indented))
    if not comments:
        story += [styles.p(DOTS * 2, styles.body) for _ in range(3)]
    dates = sorted({m.evaluated_on for m in members if m.evaluated_on})
    if dates:
        shown = ", ".join(format_date(d) for d in dates)
        story.append(styles.p(f"Ngày chấm: {shown}", styles.item))
    story.append(Spacer(1, 8))
    council = len(members) > 1
    signers = [
        Signature(
            [(m.position or "Thành viên hội đồng").upper() if council else "NGƯỜI CHẤM ĐIỂM"],
            "(Ký, ghi rõ họ tên)",
            m.name,
        )
        for m in members
    ] or [Signature(["NGƯỜI CHẤM ĐIỂM"], "(Ký, ghi rõ họ tên)", "")]
    blocks: list[Signature | None] = [*sheet.extra_signatures, *signers]
    if len(blocks) == 1:
        blocks.insert(0, None)
    per_row = 2 if len(blocks) in (2, 4) else 3
    for start in range(0, len(blocks), per_row):
        row = blocks[start : start + per_row]
        row += [None] * (per_row - len(row))  # a short last row keeps the columns
        if start:
            story.append(Spacer(1, 10))
        story.append(KeepTogether([signature_row(row, width, size=styles.signature_size)]))
    return story


def render_evaluation_sheet(out_path: Path, sheet: EvaluationSheet) -> int:
    """Write the scoring sheet of one model; return the number of pages."""
    styles = Styles.for_doc(sheet.issuer.style)
    story = evaluation_story(sheet, styles, content_width())
    info = DocInfo(title=f"Phiếu chấm điểm — {sheet.model_name}", subject="Phiếu đánh giá")
    return build_pdf(out_path, story, info)
