"""Place names as printed on documents: a unit's name without its administrative prefix."""

from __future__ import annotations

PREFIXES = ("Đặc khu ", "Phường ", "Xã ", "Thành phố ", "Tỉnh ", "Thị trấn ")


def short_name(unit_name: str) -> str:
    """The place name of a date line: "Xã Thăng Bình" -> "Thăng Bình"."""
    for prefix in PREFIXES:
        if unit_name.startswith(prefix):
            return unit_name[len(prefix) :]
    return unit_name
