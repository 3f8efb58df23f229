"""Rows of a spreadsheet as communes keep them: .xlsx/.xlsm, old .xls, .ods and .csv alike.

Each reader yields (row number, cells); a cell carries its value, its font name (the clue to
text typed in a pre-Unicode font) and whether it holds a formula. Anything a reader cannot
open becomes one Vietnamese :class:`ValidationError` that says how to convert the file.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dvk_desktop.domain.legacy_text import LegacyEncoding
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

log = logging.getLogger(__name__)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True, slots=True)
class SheetCell:
    """One cell: its value (str, int, float, date/datetime, bool or None), font, formula flag."""

    value: Any
    font: str | None = None
    formula: bool = False


Rows = Iterator[tuple[int, list[SheetCell]]]


@dataclass
class RowSource:
    """A sheet's numbered rows and, when the format says it up front, how many there are."""

    rows: Rows
    total: int = 0
    # The legacy encoding of the whole file, for formats that keep no fonts (CSV).
    legacy: LegacyEncoding | None = None


SAVE_AS_XLSX = _t(
    "Hãy mở tệp bằng Excel hoặc LibreOffice Calc và lưu lại dưới dạng Excel Workbook (.xlsx) "
    "(Tệp → Lưu thành), hoặc chép dữ liệu sang tệp mẫu mau-nhap-mo-hinh.xlsx."
)


def _refuse(path: Path, what: str) -> ValidationError:
    return ValidationError(
        _t("Không đọc được tệp “{name}”: {what}.", name=path.name, what=what), hint=SAVE_AS_XLSX
    )


def detect_kind(path: Path) -> str:
    """The file's real format ("xlsx", "xls", "ods", "csv"), from its bytes first, then its name.

    A commune file named .xlsx is sometimes an old .xls renamed, so the name alone misleads.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        log.warning("cannot open %s: %s", path, exc)
        raise ValidationError(
            _t("Không mở được tệp “{name}”.", name=path.name),
            hint=_t("Hãy kiểm tra tệp còn đó và không bị chương trình khác khóa (đóng Excel)."),
        ) from exc
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC):
        return "xls"
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                if "mimetype" in names and zf.read("mimetype").strip() == _ODS_MIME:
                    return "ods"
                if "xl/workbook.xml" in names:
                    return "xlsx"
        except (zipfile.BadZipFile, OSError, KeyError) as exc:
            log.warning("bad zip %s: %s", path, exc)
            raise _refuse(path, "tệp bị hỏng hoặc không phải bảng tính") from exc
        if suffix in (".ods", ".odt", ".docx", ".pptx"):
            raise _refuse(path, "tệp không phải bảng tính")
        raise _refuse(path, "tệp nén này không phải bảng tính Excel hay LibreOffice")
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    if suffix in (".numbers", ".pdf", ".doc", ".docx"):
        raise _refuse(path, f"định dạng {suffix} không phải bảng tính nhập được")
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise _refuse(path, "tệp bị hỏng hoặc không đúng định dạng " + suffix)
    raise _refuse(path, f"định dạng “{suffix or 'không có đuôi'}” chưa được hỗ trợ")


@contextmanager
def open_rows(path: Path) -> Iterator[RowSource]:
    """Open a spreadsheet and give its first (or "Mô hình") sheet as numbered rows."""
    kind = detect_kind(path)
    if kind == "xlsx":
        from dvk_desktop.reports.excel.source_xlsx import xlsx_rows as reader
    elif kind == "xls":
        from dvk_desktop.reports.excel.source_xls import xls_rows as reader
    elif kind == "ods":
        from dvk_desktop.reports.excel.source_ods import ods_rows as reader
    else:
        from dvk_desktop.reports.excel.source_csv import csv_rows as reader
    with reader(path) as source:
        yield source
