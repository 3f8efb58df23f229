"""Rows of an old Excel 97-2003 (.xls) workbook, read with xlrd, with each cell's font."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.reports.excel.source_xlsx import pick_sheet
from dvk_desktop.reports.excel.sources import SAVE_AS_XLSX, Rows, RowSource, SheetCell

log = logging.getLogger(__name__)


@contextmanager
def xls_rows(path: Path) -> Iterator[RowSource]:
    """The rows of an .xls file (values as Excel shows them; dates as dates)."""
    import xlrd  # loaded only for .xls files

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd raises bare XLRDError, struct.error, AssertionError…
        log.warning("xlrd cannot read %s: %r", path, exc)
        text = str(exc).lower()
        if "encrypt" in text or "password" in text or "workbook is encrypted" in text:
            raise ValidationError(
                _t(
                    "Tệp “{name}” có đặt mật khẩu nên không đọc được.",
                    name=path.name,
                ),
                hint=_t(
                    "Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm "
                    "việc), lưu lại rồi nhập.",
                ),
            ) from exc
        raise ValidationError(
            _t(
                "Không đọc được tệp “{name}” như một bảng tính Excel 97-2003 (.xls).",
                name=path.name,
            ),
            hint=SAVE_AS_XLSX,
        ) from exc
    try:
        sheet = book.sheet_by_index(pick_sheet(book.sheet_names()))
        yield RowSource(_rows(book, sheet, xlrd), sheet.nrows)
    finally:
        book.release_resources()


def _rows(book: Any, sheet: Any, xlrd: Any) -> Rows:
    fonts = [font.name for font in book.font_list]
    xf_fonts = [fonts[xf.font_index] if xf.font_index < len(fonts) else None for xf in book.xf_list]
    for r in range(sheet.nrows):
        cells: list[SheetCell] = []
        for c, cell in enumerate(sheet.row(r)):
            kind = cell.ctype
            if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                cells.append(SheetCell(None))
            elif kind == xlrd.XL_CELL_TEXT:
                xf = sheet.cell_xf_index(r, c)
                cells.append(SheetCell(cell.value, xf_fonts[xf] if xf < len(xf_fonts) else None))
            elif kind == xlrd.XL_CELL_DATE:
                try:
                    value: Any = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    value = cell.value
                if isinstance(value, dt.datetime) and value.time() == dt.time():
                    value = value.date()
                cells.append(SheetCell(value))
            elif kind == xlrd.XL_CELL_BOOLEAN:
                cells.append(SheetCell(bool(cell.value)))
            elif kind == xlrd.XL_CELL_ERROR:
                cells.append(SheetCell(xlrd.error_text_from_code.get(cell.value, "#LỖI")))
            else:
                cells.append(SheetCell(cell.value))
        yield r + 1, cells
