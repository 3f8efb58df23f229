"""The official administrative unit list (QĐ 19/2025/QĐ-TTg)."""

from __future__ import annotations

import pytest

from dvk_desktop.domain import units
from dvk_desktop.domain.vocab import UnitLevel
from dvk_desktop.errors import NotFoundError


def test_the_two_tier_list_has_34_provinces_and_3321_communes() -> None:
    assert len(units.provinces()) == 34
    all_communes = units.communes()
    assert len(all_communes) == 3321
    kinds = {k: sum(1 for c in all_communes if c.kind == k) for k in ("xã", "phường", "đặc khu")}
    assert kinds == {"xã": 2621, "phường": 687, "đặc khu": 13}


def test_codes_are_zero_padded_strings() -> None:
    assert units.province("1").code == "01"
    assert units.province("01").name == "Thành phố Hà Nội"
    ward = units.commune("70")
    assert ward.code == "00070"
    assert ward.province_code == "01"


def test_search_ignores_diacritics() -> None:
    found = units.search("thang binh", level=UnitLevel.COMMUNE)
    assert any(u.code == "20791" for u in found)
    assert all("Thăng Bình" in u.name for u in found)


@pytest.mark.parametrize("code", ["99999", "abc", "", "100"])
def test_unknown_codes_get_a_clear_message(code: str) -> None:
    with pytest.raises(NotFoundError, match="mã"):
        units.find(code)
