"""Danh sách mô hình đề nghị công nhận / tiêu biểu / khen thưởng (A4 landscape table)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from dvk_desktop.domain.vocab import Status
from dvk_desktop.reports.pdf.common import grid_table
from dvk_desktop.reports.pdf.header import Issuer, Signature, header_block, signature_row
from dvk_desktop.reports.pdf.layout import DocInfo, Styles, build_pdf, content_width, para_text
from dvk_desktop.reports.pdf.names import places_unbroken


class ListKind(StrEnum):
    """Which list: the statuses it gathers and its title."""

    RECOGNITION = "cong_nhan"
    EXEMPLARY = "tieu_bieu"
    AWARD = "khen_thuong"

    @property
    def statuses(self) -> tuple[Status, ...]:
        """Model statuses that belong on the list."""
        return {
            ListKind.RECOGNITION: (Status.PROPOSED,),
            ListKind.EXEMPLARY: (Status.EXEMPLARY,),
            ListKind.AWARD: (Status.PROPOSED_AWARD,),
        }[self]

    @property
    def heading(self) -> str:
        """The list's heading (upper case)."""
        return {
            ListKind.RECOGNITION: "ĐỀ NGHỊ CÔNG NHẬN",
            ListKind.EXEMPLARY: "TIÊU BIỂU",
            ListKind.AWARD: "ĐỀ NGHỊ KHEN THƯỞNG",
        }[self]


@dataclass(frozen=True)
class ListEntry:
    """One model on the list, as printed."""

    name: str
    code: str
    field: str
    model_type: str
    owner: str
    place: str
    result: str
    score: str = ""
    grade: str = ""


# Widths of the columns in millimetres, scaled to the landscape page's width.
COLUMNS_MM = (10, 56, 26, 17, 40, 32, 45, 12, 15)
CELL_PADDING = 6  # points, left and right together (common.grid_table)
RESULT_LIMIT = 400  # characters of "Kết quả chính" shown per model; the form has the rest


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= RESULT_LIMIT else text[: RESULT_LIMIT - 1].rstrip() + "…"


def render_model_list(
    out_path: Path,
    *,
    kind: ListKind,
    issuer: Issuer,
    period_label: str,
    entries: Sequence[ListEntry],
    signature: Signature,
    attachment: str = "",
    heading: str = "",
) -> int:
    """Write the list as a landscape table (header row repeated); return the number of pages.

    ``heading`` replaces the kind's heading (a decision's annex: "ĐƯỢC CÔNG NHẬN"…).
    """
    heading = heading or kind.heading
    styles = Styles.for_doc(issuer.style)
    cells = Styles(11)
    width = content_width(is_landscape=True)
    story: list[Flowable] = [header_block(issuer, width), Spacer(1, 6)]
    story.append(
        styles.markup(f"DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” {heading}", styles.title)
    )
    story.append(styles.markup(para_text(period_label.capitalize()), styles.subtitle))
    if attachment:
        story.append(styles.p(attachment, styles.centre_italic))
    story.append(Spacer(1, 6))
    widths = [w * mm * width / (sum(COLUMNS_MM) * mm) for w in COLUMNS_MM]

    def whole(text: str, column: int) -> str:
        # A body's or a place's name wraps between its parts, never inside the place.
        style = cells.cell
        return places_unbroken(text, style.fontName, style.fontSize, widths[column] - CELL_PADDING)

    rows = [
        [
            str(n),
            f"{e.name}\n({e.code})",
            e.field,
            e.model_type,
            whole(e.owner, 4),
            whole(e.place, 5),
            _shorten(e.result),
            e.score,
            e.grade,
        ]
        for n, e in enumerate(entries, 1)
    ]
    if rows:
        story.append(
            grid_table(
                [
                    "STT",
                    "Tên mô hình",
                    "Lĩnh vực",
                    "Loại",
                    "Đơn vị chủ trì / cá nhân",
                    "Địa bàn",
                    "Kết quả chính",
                    "Điểm",
                    "Xếp loại",
                ],
                rows,
                widths,
                cells,
                align=["C", "L", "L", "C", "L", "L", "L", "C", "C"],
            )
        )
    else:
        story.append(styles.p("Không có mô hình nào trong danh sách.", styles.centre_italic))
    story.append(Spacer(1, 4))
    story.append(styles.markup(f"<i>Danh sách có {len(entries)} mô hình.</i>", styles.body))
    story.append(Spacer(1, 6))
    story.append(
        KeepTogether([signature_row([None, signature], width, size=styles.signature_size)])
    )
    info = DocInfo(title=f"Danh sách mô hình {heading.lower()} {period_label}")
    return build_pdf(out_path, story, info, is_landscape=True)
