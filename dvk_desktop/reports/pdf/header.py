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

from dvk_desktop.domain.text import format_long_date
from dvk_desktop.domain.vocab import DocStyle
from dvk_desktop.reports.pdf.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, text_width
from dvk_desktop.reports.pdf.layout import para_text
from dvk_desktop.reports.pdf.names import name_lines

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
    """``Thăng Bình, ngày 05 tháng 3 năm 2026`` (dotted when the date is left to fill in)."""
    place = issuer.place or BLANK
    if issuer.date is not None:
        return f"{place}, {format_long_date(issuer.date)}"
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


# Header sizes: NĐ 30 (bodies 12–13, Quốc hiệu 12–13, Tiêu ngữ 13–14, date 13–14) and
# HD 36 (bodies 14, "ĐẢNG CỘNG SẢN VIỆT NAM" 15, number and date 14).
def _body_sizes(style: DocStyle) -> tuple[float, float]:
    """The preferred and the smallest allowed size of the issuing bodies' names."""
    return (14.0, 14.0) if style is not DocStyle.STATE else (13.0, 12.0)


def name_block(text: str, font: str, size: float, width: float, *, min_size: float) -> Paragraph:
    """A centred name in upper case, broken between units of meaning (see ``names``)."""
    lines, used = name_lines(text.upper(), font, size, width, min_size=min_size)
    return Paragraph("<br/>".join(para_text(line) for line in lines), _style("nm", font, used))


def _left_block(issuer: Issuer, width: float) -> list[Flowable]:
    size, smallest = _body_sizes(issuer.style)
    cells: list[Flowable] = []
    if issuer.superior:
        cells.append(name_block(issuer.superior, SERIF, size, width, min_size=smallest))
    cells.append(name_block(issuer.body, SERIF_BOLD, size, width, min_size=smallest))
    regular = _style("hl", SERIF, size)
    if issuer.style is DocStyle.STATE:
        cells.append(HRule(22 * mm, space=3))
    else:
        cells.append(Paragraph("*" if issuer.style is DocStyle.PARTY else "***", regular))
    cells.append(Spacer(1, 2))
    cells.append(Paragraph(para_text(document_number(issuer)), regular))
    return cells


def _right_parts(issuer: Issuer) -> list[tuple[str, str, float]]:
    """(text, font, size) of the right block's lines: title(s), then the date line."""
    if issuer.style is DocStyle.STATE:
        return [
            (NATIONAL_TITLE, SERIF_BOLD, 12.5),
            (NATIONAL_MOTTO, SERIF_BOLD, 13.5),
            (date_line(issuer), SERIF_ITALIC, 13.0),
        ]
    title = PARTY_TITLE if issuer.style is DocStyle.PARTY else YOUTH_TITLE
    return [(title, SERIF_BOLD, 15.0), (date_line(issuer), SERIF_ITALIC, 14.0)]


def _right_block(issuer: Issuer) -> list[Flowable]:
    parts = _right_parts(issuer)
    cells: list[Flowable] = []
    for text, font, size in parts[:-1]:
        cells.append(Paragraph(text, _style("rt", font, size)))
    last_title, font, size = parts[-2]
    cells.append(HRule(text_width(last_title, font, size)))
    cells.append(Spacer(1, 6))
    date, font, size = parts[-1]
    cells.append(Paragraph(para_text(date), _style("dl", font, size)))
    return cells


def header_block(issuer: Issuer, width: float) -> Table:
    """The two-column header of an official document.

    Issuing body and number on the left; national or Party title and the italic place and date
    on the right. The right column is as wide as its longest line needs (the Party header's
    date line is set at 14 pt) and the left one takes the rest, so that the bodies' names,
    which may not be cut inside a place name, have all the room there is.
    """
    needed = max(text_width(t, f, s) for t, f, s in _right_parts(issuer)) + 10
    right = min(max(needed, 0.45 * width), 0.6 * width)
    left = width - right
    table = Table([[_left_block(issuer, left - 4), _right_block(issuer)]], colWidths=[left, right])
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


def _signature_cells(sig: Signature, size: float, width: float) -> list[Flowable]:
    bold = _style("sb", SERIF_BOLD, size)
    # Each caption line is a unit of meaning; one too wide shrinks to 13 pt (the smallest
    # NĐ 30 allows) or breaks before a place name.
    cells: list[Flowable] = [
        name_block(line, SERIF_BOLD, size, width, min_size=min(size, 13)) for line in sig.lines
    ]
    if sig.note:
        cells.append(Paragraph(para_text(sig.note), _style("sn", SERIF_ITALIC, size - 1)))
    cells.append(Spacer(1, 24 * mm))
    if sig.name:
        cells.append(Paragraph(para_text(sig.name), bold))
    return cells


def signature_row(
    signatures: Sequence[Signature | None], width: float, *, size: float = 13
) -> Table:
    """Signature blocks side by side (None leaves a column empty).

    ``size`` is that of the captions and names: 13–14 under NĐ 30, 14 under HD 36.
    """
    count = max(1, len(signatures))
    column = width / count
    row: list[Any] = [_signature_cells(s, size, column - 6) if s else "" for s in signatures]
    table = Table([row], colWidths=[column] * count)
    table.setStyle(_NO_PADDING)
    return table


def recipients_block(recipients: Sequence[str]) -> list[Flowable]:
    """The recipients block: "Nơi nhận:" (12 pt bold italic), then the list (11 pt)."""
    heading = ParagraphStyle("nn", fontName="DVKSerif-BoldItalic", fontSize=12, leading=14)
    item = ParagraphStyle("nni", fontName=SERIF, fontSize=11, leading=13)
    lines = [*recipients, "Lưu: VT."]
    return [Paragraph("Nơi nhận:", heading), *(Paragraph(para_text(f"- {r}"), item) for r in lines)]
