"""Phiếu đánh giá, chấm điểm mô hình "Dân vận khéo" against the configurable rubric (brief §2.3)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from dvk_desktop.domain.rubric import Rubric
from dvk_desktop.domain.text import format_date, format_number
from dvk_desktop.reports.pdf.common import DOTS, grid_table, or_dots
from dvk_desktop.reports.pdf.header import Issuer, Signature, header_block, signature_row
from dvk_desktop.reports.pdf.layout import DocInfo, Styles, build_pdf, content_width, para_text


@dataclass(frozen=True)
class EvaluationSheet:
    """What the scoring sheet shows; ``scores`` None prints a blank sheet to score by hand."""

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


def _points(value: float | None) -> str:
    return "" if value is None else format_number(round(value, 2))


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
    rows: list[list[str]] = []
    for n, criterion in enumerate(sheet.rubric.criteria, 1):
        score = sheet.scores.get(criterion.code) if sheet.scores is not None else None
        rows.append([str(n), criterion.name, str(criterion.max_points), _points(score)])
    total = sum(sheet.scores.values()) if sheet.scores is not None else None
    rows.append(["", "Tổng cộng", str(sheet.rubric.total_points), _points(total)])
    widths = [12 * mm, width - 12 * mm - 2 * 28 * mm, 28 * mm, 28 * mm]
    story.append(styles.markup("I. ĐIỂM THEO TIÊU CHÍ", styles.heading))
    story.append(
        grid_table(
            ["STT", "Tiêu chí", "Điểm tối đa", "Điểm chấm"],
            rows,
            widths,
            styles,
            align=["C", "L", "C", "C"],
            bold_rows=[len(rows) - 1],
        )
    )
    r = sheet.rubric
    story.append(styles.markup("II. XẾP LOẠI", styles.heading))
    story.append(styles.markup(f"Xếp loại: <b>{para_text(sheet.grade or DOTS)}</b>", styles.item))
    story.append(
        styles.p(
            f"(Xuất sắc: từ {r.excellent_from} điểm; Tốt: từ {r.good_from} đến dưới "
            f"{r.excellent_from} điểm; Đạt: từ {r.pass_from} đến dưới {r.good_from} điểm; "
            f"Không đạt: dưới {r.pass_from} điểm.)",
            styles.small_italic,
        )
    )
    story.append(styles.markup("III. NHẬN XÉT, ĐỀ XUẤT", styles.heading))
    story.append(styles.p(or_dots(sheet.comment), styles.indented))
    if not sheet.comment:
        story += [styles.p(DOTS * 2, styles.body) for _ in range(2)]
    date = f"Ngày chấm: {format_date(sheet.evaluated_on)}" if sheet.evaluated_on else ""
    if date:
        story.append(styles.p(date, styles.item))
    story.append(Spacer(1, 8))
    signatures: list[Signature | None] = [
        *sheet.extra_signatures,
        Signature(["NGƯỜI CHẤM ĐIỂM"], "(Ký, ghi rõ họ tên)", sheet.evaluator),
    ]
    if len(signatures) == 1:
        signatures.insert(0, None)
    story.append(KeepTogether([signature_row(signatures, width)]))
    return story


def render_evaluation_sheet(out_path: Path, sheet: EvaluationSheet) -> int:
    """Write the scoring sheet of one model; return the number of pages."""
    styles = Styles()
    story = evaluation_story(sheet, styles, content_width())
    info = DocInfo(title=f"Phiếu chấm điểm — {sheet.model_name}", subject="Phiếu đánh giá")
    return build_pdf(out_path, story, info)
