"""Header blocks of official documents: State/MTTQ (NĐ 30/2020), Party (HD 36), Youth Union."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from dvk_desktop.domain.vocab import DocStyle
from dvk_desktop.reports.pdf.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, text_width
from dvk_desktop.reports.pdf.layout import para_text

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
YOUTH_TITLE = "ĐOÀN TNCS HỒ CHÍ MINH"
BLANK = "……"


@dataclass(frozen=True)
class Issuer:
    """Who issues a document and how its header is laid out."""

    style: DocStyle
    body: str  # the issuing body, e.g. "Ủy ban MTTQ Việt Nam xã Thăng Bình"
    superior: str = ""  # the body above it, e.g. "Đảng bộ thành phố Đà Nẵng"
    type_symbol: str = ""  # document type, e.g. "PĐK", "BC"
    body_symbol: str = ""  # issuing body's symbol, e.g. "MTTQ", "ĐU"
    number: str = ""  # empty: dotted space to fill in by hand
    place: str = ""  # place name in the date line, e.g. "Thăng Bình"
    date: dt.date | None = None  # None: dotted day and month, year of ``year``
    year: int | None = None


def document_number(issuer: Issuer) -> str:
    """The number and symbol line: ``Số: 12/BC-UBND`` (State) or ``Số 12-BC/ĐU`` (Party)."""
    number = issuer.number or BLANK
    kind, body = issuer.type_symbol, issuer.body_symbol
    if issuer.style is DocStyle.STATE:
        symbol = "-".join(s for s in (kind, body) if s)
        return f"Số: {number}/{symbol}" if symbol else f"Số: {number}"
    prefix = "Số" if issuer.style is DocStyle.PARTY else "Số:"
    tail = f"-{kind}" if kind else ""
    return f"{prefix} {number}{tail}/{body}" if body else f"{prefix} {number}{tail}"


def date_line(issuer: Issuer) -> str:
    """``Thăng Bình, ngày 05 tháng 03 năm 2026`` (dotted when the date is left to fill in)."""
    place = issuer.place or BLANK
    if issuer.date is not None:
        d = issuer.date
        return f"{place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    year = issuer.year or dt.date.today().year
    return f"{place}, ngày {BLANK} tháng {BLANK} năm {year}"


class HRule(Flowable):  # type: ignore[misc]
    """A solid horizontal line of a given width, centred in the available width."""

    def __init__(self, width: float, *, thickness: float = 0.6, space: float = 2) -> None:
        super().__init__()
        self.line_width = width
        self.thickness = thickness
        self.space = space
        self._avail = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take the whole width, and a little height around the line."""
        self._avail = available_width
        return available_width, self.space * 2 + self.thickness

    def draw(self) -> None:
        """Draw the centred line."""
        x0 = (self._avail - self.line_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, self.space, x0 + self.line_width, self.space)


def _style(name: str, font: str, size: float) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * 1.2, alignment=TA_CENTER
    )


def _left_block(issuer: Issuer) -> list[Flowable]:
    size = 14 if issuer.style is DocStyle.PARTY else 13
    regular, bold = _style("hl", SERIF, size), _style("hlb", SERIF_BOLD, size)
    cells: list[Flowable] = []
    if issuer.superior:
        cells.append(Paragraph(para_text(issuer.superior.upper()), regular))
    cells.append(Paragraph(para_text(issuer.body.upper()), bold))
    if issuer.style is DocStyle.STATE:
        cells.append(HRule(22 * mm, space=3))
    else:
        cells.append(Paragraph("*" if issuer.style is DocStyle.PARTY else "***", regular))
    cells.append(Spacer(1, 2))
    cells.append(Paragraph(para_text(document_number(issuer)), _style("hn", SERIF, size)))
    return cells


def _right_block(issuer: Issuer) -> list[Flowable]:
    cells: list[Flowable] = []
    if issuer.style is DocStyle.STATE:
        cells.append(Paragraph(NATIONAL_TITLE, _style("qh", SERIF_BOLD, 12.5)))
        cells.append(Paragraph(NATIONAL_MOTTO, _style("tn", SERIF_BOLD, 13.5)))
        cells.append(HRule(text_width(NATIONAL_MOTTO, SERIF_BOLD, 13.5)))
        date_size = 13.0
    else:
        title = PARTY_TITLE if issuer.style is DocStyle.PARTY else YOUTH_TITLE
        cells.append(Paragraph(title, _style("dcs", SERIF_BOLD, 15)))
        cells.append(HRule(text_width(title, SERIF_BOLD, 15)))
        date_size = 14.0
    cells.append(Spacer(1, 6))
    cells.append(Paragraph(para_text(date_line(issuer)), _style("dl", SERIF_ITALIC, date_size)))
    return cells


def header_block(issuer: Issuer, width: float) -> Table:
    """The two-column header of an official document.

    Issuing body and number on the left; national or Party title and the italic place and date
    on the right.
    """
    left = 0.43 * width
    table = Table([[_left_block(issuer), _right_block(issuer)]], colWidths=[left, width - left])
    table.setStyle(_NO_PADDING)
    return table


_NO_PADDING = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


@dataclass(frozen=True)
class Signature:
    """A signature block: authority lines (bold, uppercase), an italic note, the signer's name."""

    lines: Sequence[str]
    note: str = "(Ký, ghi rõ họ tên)"
    name: str = ""


def authority(style: DocStyle, on_behalf_of: str) -> str:
    """The "on behalf of" line: TM. (State) or T/M (Party, HD 36 writes the slash)."""
    return f"{'TM.' if style is DocStyle.STATE else 'T/M'} {on_behalf_of.upper()}"


def _signature_cells(sig: Signature, size: float) -> list[Flowable]:
    bold = _style("sb", SERIF_BOLD, size)
    cells: list[Flowable] = [Paragraph(para_text(line.upper()), bold) for line in sig.lines]
    if sig.note:
        cells.append(Paragraph(para_text(sig.note), _style("sn", SERIF_ITALIC, size - 1)))
    cells.append(Spacer(1, 24 * mm))
    if sig.name:
        cells.append(Paragraph(para_text(sig.name), bold))
    return cells


def signature_row(
    signatures: Sequence[Signature | None], width: float, *, size: float = 13
) -> Table:
    """Signature blocks side by side (None leaves a column empty)."""
    count = max(1, len(signatures))
    row: list[Any] = [_signature_cells(s, size) if s else "" for s in signatures]
    table = Table([row], colWidths=[width / count] * count)
    table.setStyle(_NO_PADDING)
    return table


def recipients_block(recipients: Sequence[str]) -> list[Flowable]:
    """The recipients block: "Nơi nhận:" (12 pt bold italic), then the list (11 pt)."""
    heading = ParagraphStyle("nn", fontName="DVKSerif-BoldItalic", fontSize=12, leading=14)
    item = ParagraphStyle("nni", fontName=SERIF, fontSize=11, leading=13)
    lines = [*recipients, "Lưu: VT."]
    return [Paragraph("Nơi nhận:", heading), *(Paragraph(para_text(f"- {r}"), item) for r in lines)]
