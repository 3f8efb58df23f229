"""Rows of an .xlsx/.xlsm workbook (openpyxl, read-only streaming) with each cell's font."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from dvk_desktop.domain.text import fold
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.reports.excel.import_columns import SHEET_NAME
from dvk_desktop.reports.excel.sources import SAVE_AS_XLSX, Rows, RowSource, SheetCell

log = logging.getLogger(__name__)


def pick_sheet(names: list[str]) -> int:
    """The index of the template's sheet ("Mô hình", however typed), else the first sheet."""
    from dvk_desktop.domain.legacy_text import decode_cell

    wanted = fold(SHEET_NAME)
    for i, name in enumerate(names):
        if fold(name) == wanted or fold(decode_cell(name).text) == wanted:
            return i
    return 0


@contextmanager
def xlsx_rows(path: Path) -> Iterator[RowSource]:
    """Stream the rows of an .xlsx file; formulas are flagged, not evaluated."""
    try:
        # Rich text (fonts of runs inside a cell) costs a parse of every shared string,
        # tripling the read time; the cell's own font and its letters tell the encoding.
        wb = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        log.warning("openpyxl cannot read %s: %r", path, exc)
        raise ValidationError(
            _t(
                "Không đọc được tệp “{name}” như một bảng tính Excel (.xlsx).",
                name=path.name,
            ),
            hint=SAVE_AS_XLSX,
        ) from exc
    try:
        ws = wb.worksheets[pick_sheet(wb.sheetnames)]
        yield RowSource(_rows(wb, ws), ws.max_row or 0)
    finally:
        wb.close()


def _rows(wb: Any, ws: Any) -> Rows:
    fonts: dict[int, str | None] = {}
    styles, font_list = wb._cell_styles, wb._fonts  # read-only cells only know a style id

    def font_of(style_id: int) -> str | None:
        if style_id not in fonts:
            try:
                fonts[style_id] = font_list[styles[style_id].fontId].name
            except (IndexError, AttributeError):
                fonts[style_id] = None
        return fonts[style_id]

    for number, row in enumerate(ws.iter_rows(), 1):
        cells: list[SheetCell] = []
        for cell in row:
            value = getattr(cell, "value", None)
            if value is None:
                cells.append(SheetCell(None))
                continue
            kind = cell.data_type
            if kind == "s":
                cells.append(SheetCell(value, font_of(cell._style_id)))
            else:
                cells.append(SheetCell(value, None, kind == "f"))
        yield number, cells
