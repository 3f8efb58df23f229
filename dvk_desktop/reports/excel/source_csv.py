"""Rows of a .csv file: UTF-8 (with or without BOM) or a Windows code page, comma/semicolon/tab.

Excel saves "CSV UTF-8" or "CSV" in the system code page: Windows-1258 on a Vietnamese
Windows, or Windows-1252 whose bytes are TCVN3/VNI text when the sheet used those fonts. The
byte decoding is chosen here; legacy font encodings are then found cell by cell like in any
spreadsheet (a CSV keeps no font, so only the letters tell).
"""

from __future__ import annotations

import csv
import io
import logging
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dvk_desktop.domain.legacy_text import LegacyEncoding, decode_tcvn3, decode_vni
from dvk_desktop.domain.syllables import syllable_share
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.reports.excel.sources import Rows, RowSource, SheetCell

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024  # 20,000 rows of the template are far below this


def decode_bytes(data: bytes) -> tuple[str, LegacyEncoding | None]:
    """The text of a CSV file's bytes, and the legacy font encoding all of it is in (if any).

    UTF-8 if valid; else Windows-1258 (Vietnamese Windows) if it reads as Vietnamese at least
    as well as the Windows-1252 reading does once decoded from TCVN3 or VNI.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    as_1258 = data.decode("cp1258", errors="replace")
    as_1252 = data.decode("cp1252", errors="replace")
    shares = {
        LegacyEncoding.TCVN3: syllable_share(decode_tcvn3(as_1252)),
        LegacyEncoding.VNI: syllable_share(decode_vni(as_1252) or ""),
    }
    best = max(shares, key=lambda e: shares[e])
    if "\ufffd" not in as_1258 and syllable_share(as_1258) >= max(0.8, shares[best]):
        return unicodedata.normalize("NFC", as_1258), None
    # Bytes of one encoding throughout: that encoding decides cells that read both ways.
    legacy = best if shares[best] >= 0.9 > syllable_share(as_1252) else None
    return as_1252, legacy


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return csv.excel


@contextmanager
def csv_rows(path: Path) -> Iterator[RowSource]:
    """The rows of a CSV file; every value is text (numbers and dates are read from it)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                _t(
                    "Tệp “{name}” quá lớn ({value} MB) cho một tệp nhập.",
                    name=path.name,
                    value=size // 1048576,
                ),
                hint=_t("Hãy chia thành nhiều tệp nhỏ hơn."),
            )
        data = path.read_bytes()
    except OSError as exc:
        log.warning("cannot read csv %s: %r", path, exc)
        raise ValidationError(_t("Không đọc được tệp “{name}”.", name=path.name)) from exc
    text, legacy = decode_bytes(data)
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text[:8192]))
    rows: Rows = (
        (n, [SheetCell(v if v.strip() else None) for v in row]) for n, row in enumerate(reader, 1)
    )
    yield RowSource(rows, text.count("\n") + 1, legacy)
