"""Vietnamese text rules: NFC input, search folding, collation keys, dates and numbers."""

from __future__ import annotations

import datetime as dt
import functools
import re
import struct
import unicodedata
from decimal import Decimal, InvalidOperation

from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

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
_SPACE = _SPACE_WEIGHT.to_bytes(2, "big")

_WS = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_COMBINING = dict.fromkeys(range(0x0300, 0x0370))


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the one form stored anywhere in DVK Desktop."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """Normalise user input: NFC, no control characters, trimmed, inner whitespace kept."""
    if text is None:
        return ""
    text = nfc(text)
    # Control characters (other than newline and tab) come from pasted text and break exports.
    # (Category Cc is exactly these two ranges; a regex is 10x faster than a per-character test.)
    return _CONTROL.sub("", text).strip()


def fold(text: str) -> str:
    """Fold for search: lowercase, no diacritics, đ->d, single spaces ("Đường" -> "duong")."""
    if text.isascii():
        return _WS.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFD", text.lower())
    # Vietnamese marks all lie in U+0300-U+036F: drop them in C; other scripts' marks (rare)
    # still go through the per-character test.
    base = decomposed.translate(_COMBINING).replace("đ", "d")
    if not base.isascii():
        base = "".join(ch for ch in base if unicodedata.category(ch) != "Mn")
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

    Words are keyed one at a time and remembered: names repeat their words ("thôn", "đường"),
    and an import keys every name it receives.
    """
    primary, secondary, tertiary = bytearray(), bytearray(), bytearray()
    for word in text.strip().split(" "):
        if not word:
            continue
        p, s, t, ends_on_letter = _word_key(word)
        primary += p
        secondary += s
        tertiary += t
        if ends_on_letter:  # the space after a word separates it from the next (counted once)
            primary += _SPACE
    while primary.endswith(_SPACE):  # no other weight is 1, so this strips separators only
        del primary[-2:]
    return bytes(primary + b"\x00\x00" + secondary + b"\x00" + tertiary)


@functools.lru_cache(maxsize=65536)
def _word_key(word: str) -> tuple[bytes, bytes, bytes, bool]:
    """The three levels of one space-free word as bytes, and whether it ends on a letter or digit.

    Keying words apart gives the same bytes as keying the whole text: NFD never reorders
    across a space, and a space is a separator whatever marks follow it.
    """
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    pairs = _chars(word)
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
    return (
        struct.pack(f">{len(primary)}H", *primary),
        bytes(t + 1 for t in secondary),
        bytes(t + 1 for t in tertiary),
        not last_was_space,
    )


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
            _t("{label} không tồn tại: “{raw}”.", label=label, raw=raw),
            hint=_t("Hãy kiểm tra lại ngày và tháng (ví dụ 31/4 không có)."),
        ) from None
    raise ValidationError(
        _t("{label} không đúng dạng: “{raw}”.", label=label, raw=raw),
        hint=_t("Hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/10/2026."),
    )


def format_month_year(value: dt.date) -> str:
    """Format a date as "tháng mm năm yyyy"."""
    return f"tháng {value.month:02d} năm {value.year}"


def format_long_date(value: dt.date) -> str:
    """Format a date as on official documents: "ngày 05 tháng 3 năm 2026" (NĐ 30/2020).

    A leading zero only for days below 10 and for months 1 and 2 ("tháng 02"), so that a
    digit cannot be added by hand in front of a one-digit day or month ("tháng 1" -> "tháng 11").
    """
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


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


def format_percent(part: int | float | Decimal | None, whole: int | float | Decimal | None) -> str:
    """``part`` as a percentage of ``whole``, rounded down to one decimal: "99,6%", "77%".

    Rounding down keeps 304 of 305 from showing as "100%" (done) and a share above nothing
    from showing as "0%"; a whole number is shown without decimals. Empty when ``whole`` is 0.
    """
    total, share = Decimal(str(whole or 0)), Decimal(str(part or 0))
    if not total:
        return ""
    tenths = (1000 * share / total).to_integral_value(rounding="ROUND_FLOOR")
    if share > 0 and tenths == 0:
        return "< 0,1%"
    return f"{format_number(tenths / 10)}%"


def format_money(value: int | None) -> str:
    """Format whole đồng: 70000000 -> "70.000.000 đ"."""
    if value is None:
        return ""
    return f"{format_number(value, decimals=0)} đ"


def parse_number(text: str, *, label: str = "Giá trị") -> Decimal:
    """Parse a Vietnamese-formatted number ("1.234,5", "1234,5", "1234.5" with one dot)."""
    raw = clean(text).replace(" ", "").replace("\u00a0", "")
    if not raw:
        raise ValidationError(
            _t("{label} đang để trống.", label=label), hint=_t("Hãy nhập một con số.")
        )
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
            _t("{label} không phải là số: “{raw}”.", label=label, raw=raw),
            hint=_t("Ví dụ đúng: 1.250 hoặc 3,5."),
        ) from None
    if not value.is_finite():
        raise ValidationError(_t("{label} không phải là số: “{raw}”.", label=label, raw=raw))
    return value


def parse_money(text: str | int, *, label: str = "Số tiền") -> int:
    """Parse a whole, non-negative amount of đồng; refuse fractions and negatives."""
    if isinstance(text, bool):
        raise ValidationError(_t("{label} không hợp lệ.", label=label))
    raw = str(text).replace("đ", "").replace("VNĐ", "").replace("VND", "")
    value = parse_number(raw, label=label)
    if value < 0:
        raise ValidationError(
            _t(
                "{label} không được âm: “{clean}”.",
                label=label,
                clean=clean(str(text)),
            )
        )
    if value != value.to_integral_value():
        raise ValidationError(
            _t(
                "{label} phải là số đồng chẵn, không có phần lẻ: “{clean}”.",
                label=label,
                clean=clean(str(text)),
            )
        )
    if value > 10**15:
        raise ValidationError(
            _t("{label} quá lớn: “{clean}”.", label=label, clean=clean(str(text)))
        )
    return int(value)
