"""Vietnamese text rules: NFC input, search folding, collation keys, dates and numbers."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from dvk_desktop.errors import ValidationError

# Tone marks, in the order Vietnamese dictionaries (and CLDR's "vi" tailoring) sort them:
# ngang (none) < huyền < hỏi < ngã < sắc < nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Letter-shaping marks that make distinct letters of the alphabet (ă, â, ê, ô, ơ, ư).
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"

# The Vietnamese alphabet with f, j, w, z (loan words) in their Latin places.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
_SPACE_WEIGHT = 1
_DIGIT_RUN_BASE = 2  # a digit run is encoded as (base + run length) then its digits: natural order
_DIGIT_BASE = 40
_LETTER_BASE = 60
_LETTER_WEIGHT = {letter: _LETTER_BASE + i for i, letter in enumerate(_ALPHABET)}
_OTHER_BASE = 0x0200  # anything else sorts after letters, in code point order

_WS = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the one form stored anywhere in DVK Desktop."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """Normalise user input: NFC, no control characters, trimmed, inner whitespace kept."""
    if text is None:
        return ""
    text = nfc(text)
    # Control characters (other than newline and tab) come from pasted text and break exports.
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return text.strip()


def fold(text: str) -> str:
    """Fold for search: lowercase, no diacritics, đ->d, single spaces ("Đường" -> "duong")."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    base = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    base = base.replace("đ", "d")
    return _WS.sub(" ", base).strip()


def _letter(base: str, marks: str) -> tuple[str, int]:
    """Return the alphabet letter built from ``base`` + shaping marks, and its tone weight."""
    tone = 0
    letter = base
    for mark in marks:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark == _BREVE and base == "a":
            letter = "ă"
        elif mark == _CIRCUMFLEX and base in "aeo":
            letter = {"a": "â", "e": "ê", "o": "ô"}[base]
        elif mark == _HORN and base in "ou":
            letter = {"o": "ơ", "u": "ư"}[base]
    return letter, tone


def _chars(text: str) -> list[tuple[str, str]]:
    """Split NFD text into (base character, combining marks) pairs."""
    out: list[tuple[str, str]] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn" and out:
            base, marks = out[-1]
            out[-1] = (base, marks + ch)
        else:
            out.append((ch, ""))
    return out


def sort_key(text: str) -> bytes:
    """Return a byte string whose plain byte order is Vietnamese alphabetical order.

    Three levels as in the Unicode Collation Algorithm: letters (a < ă < â < b … đ after d),
    then tones (ngang < huyền < hỏi < ngã < sắc < nặng), then case (lower before upper).
    Spaces and punctuation sort first (word-by-word order, "an toàn" < "anh"); runs of digits
    sort by numeric value ("Thôn 2" < "Thôn 10"). Bytes compare the same way in SQLite and
    PostgreSQL, so the key can be stored in an indexed column and sorted by the database.
    """
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    pairs = _chars(text.strip())
    i = 0
    last_was_space = True
    while i < len(pairs):
        base, marks = pairs[i]
        if base.isdigit() and base.isascii():
            j = i
            while j < len(pairs) and pairs[j][0].isdigit() and pairs[j][0].isascii():
                j += 1
            digits = "".join(p[0] for p in pairs[i:j]).lstrip("0") or "0"
            primary.append(_DIGIT_RUN_BASE + min(len(digits), 30))
            primary.extend(_DIGIT_BASE + int(d) for d in digits)
            i = j
            last_was_space = False
            continue
        lower = base.lower()
        if lower.isalpha():
            letter, tone = _letter(lower, marks)
            weight = _LETTER_WEIGHT.get(letter)
            if weight is None:
                weight = _OTHER_BASE + (ord(letter) % 0xFD00)
            primary.append(weight)
            secondary.append(tone)
            tertiary.append(0 if base == lower else 1)
            last_was_space = False
        elif not last_was_space:
            # Whitespace and punctuation separate words; consecutive separators count once.
            primary.append(_SPACE_WEIGHT)
            last_was_space = True
        i += 1
    while primary and primary[-1] == _SPACE_WEIGHT:
        primary.pop()
    out = bytearray()
    for weight in primary:
        out += weight.to_bytes(2, "big")
    out += b"\x00\x00"
    out += bytes(t + 1 for t in secondary)
    out += b"\x00"
    out += bytes(t + 1 for t in tertiary)
    return bytes(out)


def vi_sorted(items: list[str]) -> list[str]:
    """Sort strings in Vietnamese alphabetical order."""
    return sorted(items, key=sort_key)


# ---------------------------------------------------------------- dates

_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def format_date(value: dt.date | None) -> str:
    """Format a date as dd/mm/yyyy (empty for no date)."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def parse_date(text: str, *, label: str = "Ngày") -> dt.date:
    """Parse dd/mm/yyyy (also d/m/yyyy, with / . or -) or ISO yyyy-mm-dd.

    Raises :class:`ValidationError` with a Vietnamese message naming the field.
    """
    raw = clean(text)
    match = _DATE_RE.match(raw)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        iso = _ISO_RE.match(raw)
        if iso:
            year, month, day = (int(g) for g in iso.groups())
            return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            f"{label} không tồn tại: “{raw}”.",
            hint="Hãy kiểm tra lại ngày và tháng (ví dụ 31/4 không có).",
        ) from None
    raise ValidationError(
        f"{label} không đúng dạng: “{raw}”.",
        hint="Hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/10/2026.",
    )


def format_month_year(value: dt.date) -> str:
    """Format a date as "tháng mm năm yyyy"."""
    return f"tháng {value.month:02d} năm {value.year}"


def format_long_date(value: dt.date) -> str:
    """Format a date as on official documents: "ngày 05 tháng 03 năm 2026"."""
    return f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"


# ---------------------------------------------------------------- numbers


def format_number(value: int | float | Decimal | None, *, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way: 4.494 and 1,5 (dot for thousands, comma for decimals)."""
    if value is None:
        return ""
    number = Decimal(str(value))
    if decimals is None:
        # Show as many decimals as the value has, without trailing zeros.
        normal = number.normalize()
        exponent = normal.as_tuple().exponent
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_money(value: int | None) -> str:
    """Format whole đồng: 70000000 -> "70.000.000 đ"."""
    if value is None:
        return ""
    return f"{format_number(value, decimals=0)} đ"


def parse_number(text: str, *, label: str = "Giá trị") -> Decimal:
    """Parse a Vietnamese-formatted number ("1.234,5", "1234,5", "1234.5" with one dot)."""
    raw = clean(text).replace(" ", "").replace("\u00a0", "")
    if not raw:
        raise ValidationError(f"{label} đang để trống.", hint="Hãy nhập một con số.")
    candidate = raw
    if "," in candidate:
        candidate = candidate.replace(".", "").replace(",", ".")
    elif candidate.count(".") > 1 or re.fullmatch(r"-?\d{1,3}(\.\d{3})+", candidate):
        # "4.494" and "1.000.000" are thousands separators in Vietnamese, not decimals.
        candidate = candidate.replace(".", "")
    try:
        value = Decimal(candidate)
    except InvalidOperation:
        raise ValidationError(
            f"{label} không phải là số: “{raw}”.", hint="Ví dụ đúng: 1.250 hoặc 3,5."
        ) from None
    if not value.is_finite():
        raise ValidationError(f"{label} không phải là số: “{raw}”.")
    return value


def parse_money(text: str | int, *, label: str = "Số tiền") -> int:
    """Parse a whole, non-negative amount of đồng; refuse fractions and negatives."""
    if isinstance(text, bool):
        raise ValidationError(f"{label} không hợp lệ.")
    raw = str(text).replace("đ", "").replace("VNĐ", "").replace("VND", "")
    value = parse_number(raw, label=label)
    if value < 0:
        raise ValidationError(f"{label} không được âm: “{clean(str(text))}”.")
    if value != value.to_integral_value():
        raise ValidationError(
            f"{label} phải là số đồng chẵn, không có phần lẻ: “{clean(str(text))}”."
        )
    if value > 10**15:
        raise ValidationError(f"{label} quá lớn: “{clean(str(text))}”.")
    return int(value)
