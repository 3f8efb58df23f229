"""Names of bodies set on lines that break between units of meaning, never inside a place name."""

from __future__ import annotations

from collections.abc import Sequence

from dvk_desktop.reports.pdf.fonts import text_width

# Words that open a place name inside a body's name ("ĐOÀN THANH NIÊN | XÃ THĂNG BÌNH").
# Longest first: "THÀNH PHỐ" before anything shorter; "XÃ HỘI" is not a place.
PLACE_WORDS = (
    "THÀNH PHỐ",
    "TỔ DÂN PHỐ",
    "KHU DÂN CƯ",
    "KHU PHỐ",
    "THỊ TRẤN",
    "THỊ XÃ",
    "ĐẶC KHU",
    "PHƯỜNG",
    "HUYỆN",
    "QUẬN",
    "TỈNH",
    "THÔN",
    "XÃ",
)
NOT_PLACES = ("XÃ HỘI",)
# Words that open a body's name inside a longer caption ("XÁC NHẬN CỦA | BAN THƯỜNG TRỰC |
# ỦY BAN MTTQ | XÃ THĂNG BÌNH"): also places where a line may break.
# "VÀ" joins two halves of one name ("BAN TUYÊN GIÁO | VÀ DÂN VẬN").
BODY_WORDS = ("ỦY BAN", "BAN", "ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ", "HỘI", "THƯỜNG TRỰC HĐND", "VÀ")


def _starts_place(words: Sequence[str], i: int) -> bool:
    rest = " ".join(words[i : i + 3]).upper()
    if any(rest == n or rest.startswith(n + " ") for n in NOT_PLACES):
        return False
    return any(rest == p or rest.startswith(p + " ") for p in PLACE_WORDS)


def _starts_body(words: Sequence[str], i: int) -> int:
    """How many words a body word at ``i`` takes (0: none starts there)."""
    for body in BODY_WORDS:
        n = len(body.split())
        if " ".join(words[i : i + n]).upper() == body:
            return n
    return 0


def meaning_units(text: str) -> list[str]:
    """The name cut before each place or body word: ``["ĐẢNG BỘ", "THÀNH PHỐ ĐÀ NẴNG"]``."""
    words = text.split()
    units: list[list[str]] = []
    i = 0
    while i < len(words):
        body = _starts_body(words, i)
        if not units or _starts_place(words, i) or body:
            units.append(words[i : i + max(body, 1)])
            i += max(body, 1)
        else:
            units[-1].append(words[i])
            i += 1
    return [" ".join(u) for u in units]


def _pack(pieces: Sequence[str], font: str, size: float, width: float) -> list[str] | None:
    lines: list[str] = []
    for piece in pieces:
        if text_width(piece, font, size) > width:
            return None
        joined = f"{lines[-1]} {piece}" if lines else piece
        if lines and text_width(joined, font, size) <= width:
            lines[-1] = joined
        else:
            lines.append(piece)
    return lines


def name_lines(
    text: str, font: str, size: float, width: float, *, min_size: float | None = None
) -> tuple[list[str], float]:
    """Lines of ``text`` that fit ``width``, and the font size they are set in.

    Lines break between units of meaning (before "XÃ", "THÀNH PHỐ"…), so a place name is never
    cut; when a unit alone is too wide the size shrinks in half points down to ``min_size``
    (the smallest the rules allow). Only if that is not enough does a unit break between
    words, as any paragraph would.
    """
    units = meaning_units(" ".join(text.split()))
    steps = round((size - (min_size or size)) * 2)
    for step in range(steps + 1):
        current = size - step / 2
        lines = _pack(units, font, current, width)
        if lines is not None:
            return lines, current
    smallest = min_size or size
    words: list[str] = []
    for unit in units:
        if text_width(unit, font, smallest) <= width:
            words.append(unit)
        else:
            words += unit.split()
    return _pack(words, font, smallest, width) or [text], smallest


NBSP = "\u00a0"


def places_unbroken(text: str, font: str, size: float, width: float) -> str:
    """``text`` with each place name in it held on one line, where it fits ``width``.

    A table cell then wraps "Hội Nông dân | xã Thăng Bình", never "Hội Nông dân xã Thăng |
    Bình": the spaces inside the place become non-breaking ones, which ReportLab keeps.
    """
    lines = []
    for line in text.split("\n"):
        units = []
        for unit in meaning_units(line):
            if _starts_place(unit.split(), 0) and text_width(unit, font, size) <= width:
                unit = unit.replace(" ", NBSP)
            units.append(unit)
        lines.append(" ".join(units))
    return "\n".join(lines)
