"""The official table of communes before 1 July 2025 and today's units they became (bundled).

Read from ``resources/units/succession-2025.csv.gz`` (the conversion table of Quyết định
19/2025/QĐ-TTg, extracted by ``scripts/make_unit_succession.py``). Codes are the official
five-digit ones, so a record registered under an old commune names it by the same code the
table does. Today's units took the code of one of the units they were made from, so a code
that is still on today's list is its own successor: the table is consulted only for codes that
disappeared.
"""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass
from functools import lru_cache

from dvk_desktop.domain import units
from dvk_desktop.domain.text import fold
from dvk_desktop.errors import DvkError

__all__ = ["FormerUnit", "former", "of_province", "source", "successor"]

FILE = ("units", "succession-2025.csv.gz")


@dataclass(frozen=True)
class FormerUnit:
    """A commune-level unit of before 1 July 2025 and the unit(s) of today it became."""

    code: str
    name: str
    district_code: str
    district_name: str
    province_code: str
    province_name: str
    new_codes: tuple[str, ...]

    @property
    def successor(self) -> str:
        """Today's unit its records count under (the first listed when it was split)."""
        return self.new_codes[0]

    @property
    def split(self) -> bool:
        """Whether parts of it went to more than one unit of today."""
        return len(self.new_codes) > 1

    @property
    def label(self) -> str:
        """Its name with its district ("Xã Mỹ Hưng, Huyện Thanh Oai"): old names repeat."""
        return f"{self.name}, {self.district_name}"


def _today(entry: str, by_name: dict[tuple[str, str], str]) -> str | None:
    """Today's code of one "code|province|name" of the table, in the program's own list."""
    code, province, name = entry.split("|", 2)
    try:
        if _key(units.find(code).name) == _key(name):
            return code
    except DvkError:
        pass
    return by_name.get((province, _key(name)))


def _key(name: str) -> str:
    # The two lists write some names differently: "Thủy"/"Thuỷ", "xã"/"Xã", doubled spaces,
    # "M'gar"/"M’gar", "-"/"–".
    return " ".join(fold(name).replace("’", "'").replace("–", "-").split())


@lru_cache(maxsize=1)
def _table() -> tuple[str, dict[str, FormerUnit]]:
    from dvk_desktop.resources import resources_root

    by_name = {(c.province_code, _key(c.name)): c.code for c in units.communes()}
    data = gzip.decompress(resources_root().joinpath(*FILE).read_bytes()).decode("utf-8")
    lines = io.StringIO(data)
    origin = lines.readline().lstrip("# ").strip()
    table: dict[str, FormerUnit] = {}
    for row in csv.DictReader(lines):
        table[row["old_code"]] = FormerUnit(
            row["old_code"], row["old_name"], row["old_district_code"], row["old_district_name"],
            row["old_province_code"], row["old_province_name"],
            tuple(c for e in row["new_units"].split(";") if (c := _today(e, by_name))),
        )  # fmt: skip
        if not table[row["old_code"]].new_codes:
            del table[row["old_code"]]  # none of its successors is on the program's list
    return origin, table


def source() -> str:
    """Where the bundled table comes from, for listings and the about box."""
    return _table()[0]


def former(code: str) -> FormerUnit | None:
    """The old unit with this code, if the official table has one."""
    return _table()[1].get(code)


def _current(code: str) -> bool:
    try:
        units.find(code)
    except DvkError:
        return False
    return True


def successor(code: str) -> str | None:
    """Today's unit for a code that no longer exists; None for today's codes and unknown ones."""
    if _current(code):
        return None
    old = former(code)
    return old.successor if old is not None and _current(old.successor) else None


def of_province(province_code: str) -> list[FormerUnit]:
    """The old units whose records now count under a commune of this province (by code)."""
    found = []
    for old in _table()[1].values():
        if _current(old.code) or not _current(old.successor):
            continue
        if units.find(old.successor).province_code == province_code:
            found.append(old)
    return found
