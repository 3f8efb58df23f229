"""Rows of an OpenDocument spreadsheet (.ods, LibreOffice Calc) with each cell's font.

The format is a zip of XML files (ISO/IEC 26300); Python's own XML parser reads it as a stream,
so no extra dependency is needed. Repeated rows and columns are expanded only when they hold
something (Calc writes a million empty rows as one element).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, iterparse

from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.reports.excel.source_xlsx import pick_sheet
from dvk_desktop.reports.excel.sources import SAVE_AS_XLSX, Rows, RowSource, SheetCell

log = logging.getLogger(__name__)

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
MAX_COLUMNS = 1024  # the template has 47; a sheet wider than this is not an import file


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_TABLE, _ROW, _CELL, _COVERED = (
    _q("table:table"), _q("table:table-row"), _q("table:table-cell"),
    _q("table:covered-table-cell"),
)  # fmt: skip
_COLUMN, _P, _SPAN, _S = _q("table:table-column"), _q("text:p"), _q("text:span"), _q("text:s")
_TAB, _BREAK = _q("text:tab"), _q("text:line-break")
_STYLE, _DEFAULT_STYLE, _TEXT_PROPS = (
    _q("style:style"), _q("style:default-style"), _q("style:text-properties"),
)  # fmt: skip
_FONT_FACE = _q("style:font-face")
_A_NAME, _A_FAMILY, _A_PARENT = _q("style:name"), _q("style:family"), _q("style:parent-style-name")
_A_FONT_NAME, _A_FO_FAMILY, _A_SVG_FAMILY = (
    _q("style:font-name"), _q("fo:font-family"), _q("svg:font-family"),
)  # fmt: skip
_A_STYLE, _A_DEFAULT_CELL = _q("table:style-name"), _q("table:default-cell-style-name")
_A_COLS_REP, _A_ROWS_REP = _q("table:number-columns-repeated"), _q("table:number-rows-repeated")
_A_TYPE, _A_VALUE, _A_DATE = _q("office:value-type"), _q("office:value"), _q("office:date-value")
_A_BOOL, _A_FORMULA, _A_SPACES = _q("office:boolean-value"), _q("table:formula"), _q("text:c")
_A_TEXT_STYLE = _q("text:style-name")


class _Styles:
    """Font of each named style, following parent styles down to the default."""

    def __init__(self) -> None:
        self.faces: dict[str, str] = {}
        self.font: dict[str, str | None] = {}
        self.parent: dict[str, str] = {}
        self.default: str | None = None

    def read(self, element: Element) -> None:
        if element.tag == _FONT_FACE:
            name = element.get(_A_NAME, "")
            self.faces[name] = element.get(_A_SVG_FAMILY, name).strip("'\"")
        elif element.tag in (_STYLE, _DEFAULT_STYLE):
            props = element.find(_TEXT_PROPS)
            font = None
            if props is not None:
                font = props.get(_A_FONT_NAME) or props.get(_A_FO_FAMILY)
            if element.tag == _DEFAULT_STYLE:
                if element.get(_A_FAMILY) == "table-cell" and font:
                    self.default = font
                return
            name = element.get(_A_NAME, "")
            self.font[name] = font
            if element.get(_A_PARENT):
                self.parent[name] = element.get(_A_PARENT, "")

    def resolve(self, style: str | None) -> str | None:
        seen = 0
        while style and seen < 20:  # a parent chain longer than this is a crafted file
            font = self.font.get(style)
            if font:
                return self.faces.get(font, font).strip("'\"")
            style = self.parent.get(style)
            seen += 1
        if self.default:
            return self.faces.get(self.default, self.default).strip("'\"")
        return None


def _text(cell: Element, styles: _Styles) -> tuple[str, str | None]:
    """The cell's text (paragraphs joined by new lines) and the font of a styled run in it."""
    paragraphs: list[str] = []
    run_font: str | None = None

    def walk(node: Element, out: list[str]) -> None:
        nonlocal run_font
        if node.text:
            out.append(node.text)
        for child in node:
            if child.tag == _S:
                out.append(" " * int(child.get(_A_SPACES, "1") or 1))
            elif child.tag == _TAB:
                out.append("\t")
            elif child.tag == _BREAK:
                out.append("\n")
            else:
                if child.tag == _SPAN and run_font is None:
                    run_font = styles.font.get(child.get(_A_TEXT_STYLE, ""))
                walk(child, out)
            if child.tail:
                out.append(child.tail)

    for p in cell.iter(_P):
        parts: list[str] = []
        walk(p, parts)
        paragraphs.append("".join(parts))
    if run_font:
        run_font = styles.faces.get(run_font, run_font).strip("'\"")
    return "\n".join(paragraphs), run_font


def _value(cell: Element, styles: _Styles, column_style: str | None) -> SheetCell:
    kind = cell.get(_A_TYPE)
    formula = cell.get(_A_FORMULA) is not None
    value: Any
    if kind in ("float", "percentage", "currency"):
        raw = cell.get(_A_VALUE, "")
        number = float(raw) if raw else None
        value = int(number) if number is not None and number.is_integer() else number
        return SheetCell(value, None, formula)
    if kind == "date":
        raw = cell.get(_A_DATE, "")
        try:
            value = dt.datetime.fromisoformat(raw) if "T" in raw else dt.date.fromisoformat(raw)
        except ValueError:
            value = raw
        return SheetCell(value, None, formula)
    if kind == "boolean":
        return SheetCell(cell.get(_A_BOOL) == "true", None, formula)
    text, run_font = _text(cell, styles)
    if not text:
        return SheetCell(None, None, formula)
    font = run_font or styles.resolve(cell.get(_A_STYLE) or column_style)
    return SheetCell(text, font, formula)


@contextmanager
def ods_rows(path: Path) -> Iterator[RowSource]:
    """The rows of the template's sheet (or the first sheet) of an .ods file."""
    try:
        zf = zipfile.ZipFile(path)
        names = set(zf.namelist())
        styles = _Styles()
        if "styles.xml" in names:
            with zf.open("styles.xml") as fh:
                for _, element in iterparse(fh):
                    styles.read(element)
        with zf.open("content.xml") as fh:
            tables = [
                m.group(1).decode("utf-8", "replace")
                for m in re.finditer(rb'<table:table [^>]*?table:name="([^"]*)"', fh.read())
            ]
    except (zipfile.BadZipFile, KeyError, OSError, ParseError, RuntimeError) as exc:
        log.warning("cannot read ods %s: %r", path, exc)
        raise ValidationError(
            _t(
                "Không đọc được tệp “{name}” như một bảng tính OpenDocument (.ods).",
                name=path.name,
            ),
            hint=SAVE_AS_XLSX,
        ) from exc
    try:
        fh = zf.open("content.xml")
        yield RowSource(_rows(fh, styles, pick_sheet(tables) if tables else 0, path))
    finally:
        zf.close()


def _rows(fh: IO[bytes], styles: _Styles, wanted: int, path: Path) -> Rows:
    table_index = -1
    number = 0
    columns: list[str | None] = []
    try:
        for event, element in iterparse(fh, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == _TABLE:
                    table_index += 1
                continue
            if table_index == -1:
                styles.read(element)  # automatic styles come before the body
                continue
            if table_index != wanted:
                if tag == _TABLE:
                    element.clear()
                continue
            if tag == _COLUMN:
                repeat = min(int(element.get(_A_COLS_REP, "1")), MAX_COLUMNS)
                columns += [element.get(_A_DEFAULT_CELL)] * repeat
            elif tag == _ROW:
                repeat = int(element.get(_A_ROWS_REP, "1"))
                cells = _row_cells(element, styles, columns)
                if any(c.value is not None for c in cells):
                    for _ in range(min(repeat, 1000)):
                        number += 1
                        yield number, cells
                else:
                    number += repeat
                element.clear()
            elif tag == _TABLE:
                return
    except ParseError as exc:
        log.warning("bad ods xml %s: %r", path, exc)
        raise ValidationError(
            _t(
                "Tệp “{name}” bị hỏng (nội dung bảng tính không đọc được).",
                name=path.name,
            ),
            hint=SAVE_AS_XLSX,
        ) from exc


def _row_cells(row: Element, styles: _Styles, columns: list[str | None]) -> list[SheetCell]:
    cells: list[SheetCell] = []
    for cell in row:
        if cell.tag not in (_CELL, _COVERED):
            continue
        repeat = int(cell.get(_A_COLS_REP, "1"))
        column_style = columns[len(cells)] if len(cells) < len(columns) else None
        value = _value(cell, styles, column_style)
        if value.value is None and len(cells) + repeat >= MAX_COLUMNS:
            break  # the empty rest of the row
        cells += [value] * min(repeat, MAX_COLUMNS - len(cells))
        if len(cells) >= MAX_COLUMNS:
            break
    while cells and cells[-1].value is None:
        cells.pop()
    return cells
