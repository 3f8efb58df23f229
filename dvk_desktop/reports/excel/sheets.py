"""Helpers shared by the workbooks: one font, sheet set-up for screen and print, table writing."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList

from dvk_desktop.reports.excel.safe_cells import (
    FONT_NAME,
    HEADER_FONT,
    bold_cell,
    header_cell,
    title_cell,
    value,
)
from dvk_desktop.reports.pdf.fonts import SERIF_BOLD, text_width

HEADER_ROW = 4  # title, subtitle, blank line, then the table header
A4, A3 = 9, 8  # paperSize codes of SpreadsheetML
# Points per unit of column width (one digit of the 11 pt default font, as Excel counts it),
# less the cell's inner margins when text wraps.
POINTS_PER_WIDTH = 5.6
CELL_MARGIN = 6


def set_defaults(wb: Any) -> None:
    """Make the workbook's default font the one every styled cell uses (Times New Roman).

    Plain cells take the workbook's first font: openpyxl's is Calibri, which a printout then
    mixes with the Times New Roman headers (and LibreOffice replaces by another family).
    """
    wb._fonts = IndexedList([Font(name=FONT_NAME, sz=11, family=1)])


@dataclass(frozen=True)
class PrintSetup:
    """How a sheet prints: paper, fit to the page width or a scale, columns repeated."""

    paper: int = A4
    fit_width: int | None = 1  # pages across; None prints at ``scale``
    scale: int = 100
    title_columns: str | None = None  # e.g. "A:D", repeated on every page across


def header_height(header: Sequence[str], widths: Sequence[float]) -> float:
    """Height in points the header row needs for its wrapped labels to show whole."""
    lines = 1
    for label, width in zip(header, widths, strict=False):
        room = max(1.0, width * POINTS_PER_WIDTH - CELL_MARGIN)
        size = float(HEADER_FONT.sz)
        needed = sum(
            math.ceil(text_width(part, SERIF_BOLD, size) * 1.1 / room) for part in label.split("\n")
        )
        lines = max(lines, needed)
    return float(lines * HEADER_FONT.sz * 1.3 + 4)


def new_sheet(
    wb: Any,
    title: str,
    heading: str,
    subtitle: str,
    header: Sequence[str],
    widths: Sequence[float],
    *,
    setup: PrintSetup = PrintSetup(),
    freeze: str = f"B{HEADER_ROW + 1}",
) -> Any:
    """Create a write-only sheet with its title rows and table header, frozen and print-ready.

    The header row is frozen on screen, tall enough for its wrapped labels, and repeated on
    every printed page; pages are landscape, fitted to the page width unless ``setup`` says
    otherwise.
    """
    ws = wb.create_sheet(title)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = freeze  # set before any row: a write-only sheet writes its view first
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    if setup.title_columns:
        ws.print_title_cols = setup.title_columns
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = setup.paper
    if setup.fit_width is not None:
        ws.page_setup.fitToWidth = setup.fit_width
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.page_setup.scale = setup.scale
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "Trang &P / &N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"  # not the application's default font
    ws.row_dimensions[HEADER_ROW].height = header_height(header, widths)
    ws.append([title_cell(ws, heading)])
    ws.append([title_cell(ws, subtitle, size=11)])
    ws.append([])
    ws.append([header_cell(ws, h) for h in header])
    return ws


def append_row(ws: Any, row: Sequence[Any], *, bold: bool = False) -> None:
    """Append a row made safe by :func:`safe_cells.value` (bold for totals)."""
    ws.append([bold_cell(ws, v) if bold else value(ws, v) for v in row])
