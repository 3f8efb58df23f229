"""Helpers shared by the workbooks: sheet set-up for screen and print, and table writing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter

from dvk_desktop.reports.excel.safe_cells import bold_cell, header_cell, title_cell, value

HEADER_ROW = 4  # title, subtitle, blank line, then the table header


def new_sheet(
    wb: Any,
    title: str,
    heading: str,
    subtitle: str,
    header: Sequence[str],
    widths: Sequence[float],
) -> Any:
    """Create a write-only sheet with its title rows and table header, frozen and print-ready.

    The header row is frozen on screen and repeated on every printed page; pages are A4
    landscape, fitted to the page width.
    """
    ws = wb.create_sheet(title)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "Trang &P / &N"
    ws.append([title_cell(ws, heading)])
    ws.append([subtitle])
    ws.append([])
    ws.append([header_cell(ws, h) for h in header])
    return ws


def append_row(ws: Any, row: Sequence[Any], *, bold: bool = False) -> None:
    """Append a row made safe by :func:`safe_cells.value` (bold for totals)."""
    ws.append([bold_cell(ws, v) if bold else value(ws, v) for v in row])
