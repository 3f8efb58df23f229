"""The official two-tier list of administrative units (QĐ 19/2025/QĐ-TTg), with codes as strings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dvk_desktop.domain.text import fold, sort_key
from dvk_desktop.domain.vocab import UnitLevel
from dvk_desktop.errors import NotFoundError
from dvk_desktop.messages import _t

__all__ = ["OfficialUnit", "commune", "data_version", "find", "province", "search"]

# vietnam_provinces is imported where the list is read, not here: its import builds every code
# (about 110 ms), and the model list imports this module before it shows (bench/bench_gui.py).


def data_version() -> str:
    """The date of the official list bundled with the program ("2025-10-18")."""
    from vietnam_provinces import __data_version__

    return str(__data_version__)


@dataclass(frozen=True)
class OfficialUnit:
    """A province or commune of the official list; codes are zero-padded strings ("01", "00070")."""

    code: str
    name: str
    level: UnitLevel
    kind: str  # "tỉnh", "thành phố trung ương", "xã", "phường", "đặc khu"
    province_code: str

    @property
    def label(self) -> str:
        """Name with its province, for pickers ("Phường Hoàn Kiếm — Thành phố Hà Nội")."""
        if self.level is UnitLevel.PROVINCE:
            return self.name
        return f"{self.name} — {province(self.province_code).name}"


@lru_cache(maxsize=1)
def _provinces() -> dict[str, OfficialUnit]:
    from vietnam_provinces import Province

    return {
        f"{int(p.code):02d}": OfficialUnit(
            f"{int(p.code):02d}",
            p.name,
            UnitLevel.PROVINCE,
            str(p.division_type.value),
            f"{int(p.code):02d}",
        )
        for p in Province.iter_all()
    }


@lru_cache(maxsize=1)
def _communes() -> dict[str, OfficialUnit]:
    from vietnam_provinces import Ward

    return {
        f"{int(w.code):05d}": OfficialUnit(
            f"{int(w.code):05d}",
            w.name,
            UnitLevel.COMMUNE,
            str(w.division_type.value),
            f"{int(w.province_code):02d}",
        )
        for w in Ward.iter_all()
    }


def provinces() -> list[OfficialUnit]:
    """All provinces, in Vietnamese order of name."""
    return sorted(_provinces().values(), key=lambda u: sort_key(u.name))


def communes(province_code: str | None = None) -> list[OfficialUnit]:
    """All communes (optionally of one province), in Vietnamese order of name."""
    units = [u for u in _communes().values() if province_code in (None, u.province_code)]
    return sorted(units, key=lambda u: sort_key(u.name))


def province(code: str) -> OfficialUnit:
    """Return the province with this 2-digit code, or raise :class:`NotFoundError`."""
    unit = _provinces().get(code.strip().zfill(2)) if code.strip().isdigit() else None
    if unit is None:
        raise NotFoundError(
            _t("Không có tỉnh/thành phố nào mang mã “{code}”.", code=code),
            hint=_t("Mã tỉnh gồm 2 chữ số theo Quyết định 19/2025/QĐ-TTg, ví dụ 01 (Hà Nội)."),
        )
    return unit


def commune(code: str) -> OfficialUnit:
    """Return the commune with this 5-digit code, or raise :class:`NotFoundError`."""
    unit = _communes().get(code.strip().zfill(5)) if code.strip().isdigit() else None
    if unit is None:
        raise NotFoundError(
            _t("Không có xã/phường/đặc khu nào mang mã “{code}”.", code=code),
            hint=_t(
                "Mã xã gồm 5 chữ số theo Quyết định 19/2025/QĐ-TTg; dùng lệnh tìm theo "
                "tên để tra mã.",
            ),
        )
    return unit


def find(code: str) -> OfficialUnit:
    """Find a unit by code: 1-2 digits is a province, 3-5 digits a commune."""
    digits = code.strip()
    if digits.isdigit() and len(digits) <= 2:
        return province(digits)
    return commune(digits)


def search(text: str, *, level: UnitLevel | None = None, limit: int = 50) -> list[OfficialUnit]:
    """Find units whose name contains ``text``, ignoring diacritics and case."""
    wanted = fold(text)
    pool: list[OfficialUnit] = []
    if level in (None, UnitLevel.PROVINCE):
        pool.extend(_provinces().values())
    if level in (None, UnitLevel.COMMUNE):
        pool.extend(_communes().values())
    hits = [u for u in pool if wanted in fold(u.name) or wanted == u.code]
    # Names starting with the query first, then in Vietnamese order.
    hits.sort(
        key=lambda u: (not fold(u.name).split(" ", 1)[-1].startswith(wanted), sort_key(u.name))
    )
    return hits[:limit]
