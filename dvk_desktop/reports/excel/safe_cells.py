"""Cells that cannot execute: text starting with = + - @ tab or CR is stored as literal text."""

from __future__ import annotations

import datetime as dt
from copy import copy
from decimal import Decimal
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER_FORMAT = "#,##0"  # shown with the reader's separators: 4.494 on a Vietnamese system
DECIMAL_FORMAT = "#,##0.###"
DATE_FORMAT = "DD/MM/YYYY"

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT_NAME = "Times New Roman"  # the one family of the workbooks (NĐ 30's typeface)
HEADER_FONT = Font(name=FONT_NAME, bold=True, size=11)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
BOLD_FONT = Font(name=FONT_NAME, bold=True, size=11)
WRAP = Alignment(wrap_text=True, vertical="top")
# Long text in a list wraps at the bottom of its row, level with the plain cells beside it.
LIST_WRAP = Alignment(wrap_text=True)
SUBTITLE_FONT = Font(name=FONT_NAME, size=11)
HEADER_ALIGN = Alignment(wrap_text=True, horizontal="center", vertical="center")


def is_dangerous(text: str) -> bool:
    """Whether a spreadsheet program could read ``text`` as a formula (or DDE command)."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """Remove the control characters the XLSX format cannot hold."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def text_cell(ws: Any, text: str) -> Cell:
    """A string cell that stays a string: data type "s" and the quote-prefix flag.

    openpyxl turns any value starting with "=" into a formula; forcing the type writes it as a
    shared string, and ``quotePrefix`` makes Excel and LibreOffice keep it as text even when
    the user edits the cell.
    """
    cell = WriteOnlyCell(ws, value=clean_text(text))
    cell.data_type = "s"
    cell.quotePrefix = True
    cell.alignment = LIST_WRAP
    return cell


def value(ws: Any, raw: Any) -> Any:
    """Make a row value safe and readable: dangerous text quoted, numbers and dates formatted.

    Plain values are returned as they are (cheapest for write-only sheets); only values that
    need a style or protection become cells.
    """
    if raw is None:
        return None
    if isinstance(raw, str):
        text = clean_text(raw) if ILLEGAL_CHARACTERS_RE.search(raw) else raw
        return text_cell(ws, text) if is_dangerous(text) else text
    if isinstance(raw, bool):
        return "Có" if raw else "Không"
    if isinstance(raw, int | Decimal | float):
        integral = not isinstance(raw, float) and raw == int(raw)
        return formatted(ws, raw, NUMBER_FORMAT if integral else DECIMAL_FORMAT)
    if isinstance(raw, dt.date):
        return formatted(ws, raw, DATE_FORMAT)
    return text_cell(ws, str(raw))


def formatted(ws: Any, raw: Any, number_format: str) -> Cell:
    """A cell with a number format, its style copied from a cached prototype of the sheet.

    Setting ``number_format`` looks the format up in the workbook for every cell; copying a
    ready style array is several times cheaper, which matters for 100,000-row lists.
    """
    cache: dict[str, Any] = ws.__dict__.setdefault("_dvk_styles", {})
    style = cache.get(number_format)
    if style is None:
        proto = WriteOnlyCell(ws)
        proto.number_format = number_format
        style = cache[number_format] = proto._style
    cell = WriteOnlyCell(ws, value=raw)
    cell._style = copy(style)
    return cell


def wrapped(ws: Any, text: str) -> Any:
    """Text too long for its column, wrapped so that it prints whole (a cached style: cheap)."""
    made = value(ws, text)
    if not isinstance(made, str):
        return made  # quoted formula-like text: already a cell that wraps
    cache: dict[str, Any] = ws.__dict__.setdefault("_dvk_styles", {})
    style = cache.get("wrap")
    if style is None:
        proto = WriteOnlyCell(ws)
        proto.alignment = LIST_WRAP
        style = cache["wrap"] = proto._style
    cell = WriteOnlyCell(ws, value=made)
    cell._style = copy(style)
    return cell


def header_cell(ws: Any, text: str) -> Cell:
    """A bold, bordered, shaded, wrapped header cell."""
    cell = WriteOnlyCell(ws, value=text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = BORDER
    cell.alignment = HEADER_ALIGN
    return cell


def title_cell(ws: Any, text: str, *, size: int = 14) -> Cell:
    """A title line above the table (bold 14 pt, or the plain 11 pt subtitle), not wrapped."""
    cell = WriteOnlyCell(ws, value=text)
    cell.font = TITLE_FONT if size == 14 else SUBTITLE_FONT
    cell.alignment = Alignment(wrap_text=False)
    return cell


def bold_cell(ws: Any, raw: Any) -> Cell:
    """A bold cell (totals rows), with the number format of :func:`value`."""
    made = value(ws, raw)
    cell = made if isinstance(made, Cell) else WriteOnlyCell(ws, value=made)
    cell.font = BOLD_FONT
    return cell
