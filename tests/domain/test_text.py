"""Vietnamese text rules: search folding, collation, dates and numbers."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvk_desktop.domain.text import (
    clean,
    fold,
    format_date,
    format_long_date,
    format_money,
    format_number,
    nfc,
    parse_date,
    parse_money,
    parse_number,
    sort_key,
    vi_sorted,
)
from dvk_desktop.errors import ValidationError


def test_search_without_diacritics_finds_dan_van_kheo() -> None:
    assert "dan van kheo" in fold("Mô hình “Dân vận khéo” thôn 3")


def test_search_duong_finds_d_stroke_in_both_cases() -> None:
    assert fold("Thắp sáng đường quê") == "thap sang duong que"
    assert fold("ĐƯỜNG") == "duong"


def test_fold_is_the_same_for_nfc_and_nfd_input() -> None:
    text = "Nguyễn Thị Hoà"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


def test_clean_normalises_to_nfc_and_strips_control_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "  Hội Nông dân\x07 ")
    assert clean(decomposed) == "Hội Nông dân"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_vietnamese_alphabet_order_of_letters() -> None:
    words = ["đường", "dân", "ấp", "an", "ăn", "bản", "ơn", "ông", "ốc", "ưu", "uy", "ê", "e"]
    assert vi_sorted(words) == [
        "an", "ăn", "ấp", "bản", "dân", "đường", "e", "ê", "ốc", "ông", "ơn", "uy", "ưu",
    ]  # fmt: skip


def test_tone_order_ngang_huyen_hoi_nga_sac_nang() -> None:
    assert vi_sorted(["má", "mạ", "mã", "ma", "mả", "mà"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_letters_outrank_tones() -> None:
    # "ă" is a different letter, so every "a…" word (any tone) comes before it.
    assert vi_sorted(["ăn", "ạch", "áo"]) == ["ạch", "áo", "ăn"]


def test_names_sort_word_by_word_and_numbers_naturally() -> None:
    assert vi_sorted(["Thôn 10", "Thôn 2", "Thôn 1"]) == ["Thôn 1", "Thôn 2", "Thôn 10"]
    assert vi_sorted(["anh", "an toàn"]) == ["an toàn", "anh"]


def test_lower_case_sorts_before_upper_case_of_the_same_word() -> None:
    assert vi_sorted(["Đông", "đông"]) == ["đông", "Đông"]


@given(st.text(alphabet="aăâbdđeêioôơuưyàảãáạằẳẵắặ ", max_size=12))
def test_sort_key_ignores_normalisation_form(text: str) -> None:
    assert sort_key(unicodedata.normalize("NFD", text)) == sort_key(nfc(text))


def test_dates_print_and_parse_as_day_month_year() -> None:
    assert format_date(dt.date(2026, 3, 5)) == "05/03/2026"
    assert parse_date("5/3/2026") == dt.date(2026, 3, 5)
    assert parse_date("05-03-2026") == dt.date(2026, 3, 5)
    assert parse_date("2026-03-05") == dt.date(2026, 3, 5)
    # NĐ 30/2020: a leading zero only for days below 10 and months 1 and 2.
    assert format_long_date(dt.date(2026, 3, 5)) == "ngày 05 tháng 3 năm 2026"
    assert format_long_date(dt.date(2026, 2, 15)) == "ngày 15 tháng 02 năm 2026"


@pytest.mark.parametrize("text", ["31/02/2026", "32/1/2026", "3/13/2026"])
def test_impossible_dates_are_refused_with_a_hint(text: str) -> None:
    with pytest.raises(ValidationError, match="không tồn tại"):
        parse_date(text)


@pytest.mark.parametrize("text", ["2026/3/5", "hôm qua", "", "5.3.26"])
def test_malformed_dates_explain_the_expected_form(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text)
    assert "25/10/2026" in info.value.hint


def test_numbers_use_dots_for_thousands_and_commas_for_decimals() -> None:
    assert format_number(4494) == "4.494"
    assert format_number(Decimal("1.5")) == "1,5"
    assert format_number(1_234_567) == "1.234.567"
    assert format_money(70_000_000) == "70.000.000 đ"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4.494", 4494),
        ("1.000.000", 1000000),
        ("3,5", Decimal("3.5")),
        ("1.234,5", Decimal("1234.5")),
        ("12", 12),
    ],
)
def test_parse_number_reads_vietnamese_formats(text: str, value: Decimal) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-5", "không được âm"),
        ("1,5", "đồng chẵn"),
        ("mười", "không phải là số"),
        ("1e400", "quá lớn"),
    ],
)
def test_money_must_be_whole_non_negative_dong(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_money(text)


def test_money_accepts_currency_suffix() -> None:
    assert parse_money("70.000.000 đ") == 70_000_000
