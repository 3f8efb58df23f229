"""TCVN3 and VNI text back to Unicode: the full tables, real commune phrases, and the refusals."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from dvk_desktop.domain.legacy_text import (
    TCVN3_TABLE,
    LegacyEncoding,
    decode_cell,
    decode_tcvn3,
    decode_vni,
    font_encoding,
)
from dvk_desktop.domain.syllables import is_syllable

# Every Vietnamese vowel with its six tones (none, sắc, huyền, hỏi, ngã, nặng), in Unicode...
UNICODE_ROWS = {
    "a": "a á à ả ã ạ", "ă": "ă ắ ằ ẳ ẵ ặ", "â": "â ấ ầ ẩ ẫ ậ", "e": "e é è ẻ ẽ ẹ",
    "ê": "ê ế ề ể ễ ệ", "i": "i í ì ỉ ĩ ị", "o": "o ó ò ỏ õ ọ", "ô": "ô ố ồ ổ ỗ ộ",
    "ơ": "ơ ớ ờ ở ỡ ợ", "u": "u ú ù ủ ũ ụ", "ư": "ư ứ ừ ử ữ ự", "y": "y ý ỳ ỷ ỹ ỵ",
}  # fmt: skip
# ...and as VNI-Windows writes them (from the VNI keyboard's layout: the mark follows the
# letter; i and ỵ, ơ, ư, đ have characters of their own). Written out by hand, not computed.
VNI_ROWS = {
    "a": "a aù aø aû aõ aï", "ă": "aê aé aè aú aü aë", "â": "aâ aá aà aå aã aä",
    "e": "e eù eø eû eõ eï", "ê": "eâ eá eà eå eã eä", "i": "i í ì æ ó ò",
    "o": "o où oø oû oõ oï", "ô": "oâ oá oà oå oã oä", "ơ": "ô ôù ôø ôû ôõ ôï",
    "u": "u uù uø uû uõ uï", "ư": "ö öù öø öû öõ öï", "y": "y yù yø yû yõ î",
}  # fmt: skip
VNI_UPPER_ROWS = {
    "a": "A AÙ AØ AÛ AÕ AÏ", "ă": "AÊ AÉ AÈ AÚ AÜ AË", "â": "AÂ AÁ AÀ AÅ AÃ AÄ",
    "e": "E EÙ EØ EÛ EÕ EÏ", "ê": "EÂ EÁ EÀ EÅ EÃ EÄ", "i": "I Í Ì Æ Ó Ò",
    "o": "O OÙ OØ OÛ OÕ OÏ", "ô": "OÂ OÁ OÀ OÅ OÃ OÄ", "ơ": "Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ",
    "u": "U UÙ UØ UÛ UÕ UÏ", "ư": "Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ", "y": "Y YÙ YØ YÛ YÕ Î",
}  # fmt: skip

ALL_LETTERS = [ch for row in UNICODE_ROWS.values() for ch in row.split()] + ["đ"]

# Real names from commune files (domain.md §8 and the organisations of a commune).
PHRASES = [
    "Thắp sáng đường quê",
    "Hội Liên hiệp Phụ nữ xã Thăng Bình",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Mặt trận Tổ quốc Việt Nam",
    "Tổ dân phố 5, phường Hoàn Kiếm",
    "Nguyễn Thị Hường",
    "Chi hội Cựu chiến binh thôn Bình Sa",
    "Xây dựng nông thôn mới",
    "Giữ gìn vệ sinh môi trường, khu dân cư xanh - sạch - đẹp",
    "Khuyến học, khuyến tài",
    "Vườn cây ăn quả kiểu mẫu",
    "Dân vận khéo trong cải cách hành chính",
    "Camera an ninh tổ dân phố số 3",
    "Lắp 270 bóng đèn trên 10.700 m đường thôn",
    "Quốc phòng - an ninh",
    "Người cao tuổi gương mẫu",
    "Hũ gạo tình thương",
    "Phường Hoà Khánh",
]


def tcvn3_encode(text: str) -> str:
    """Unicode -> TCVN3 as typed with Unikey in a .VnTime cell (capitals without a code of
    their own are typed as the small letter, as users did)."""
    inverse = {v: k for k, v in TCVN3_TABLE.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in inverse:
            out.append(inverse[ch])
        elif ch.lower() in inverse and not ch.isascii():
            out.append(inverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def vni_encode(text: str) -> str:
    """Unicode -> VNI from the hand-written rows above."""
    table = {"đ": "ñ", "Đ": "Ñ"}
    for key, row in UNICODE_ROWS.items():
        for uni, vni, upper in zip(
            row.split(), VNI_ROWS[key].split(), VNI_UPPER_ROWS[key].split(), strict=True
        ):
            table[uni] = vni
            table[uni.upper()] = upper
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def test_tcvn3_table_matches_the_system_converter() -> None:
    """glibc's TCVN5712-1 converter is an independent implementation of the same standard."""
    if shutil.which("iconv") is None:
        pytest.skip("iconv is not installed")
    source = "".join(chr(b) for b in range(0xA1, 0x100) if not 0xB0 <= b <= 0xB4)
    run = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
        input=bytes(ord(c) for c in source),
        capture_output=True,
        check=True,
    )
    expected = unicodedata.normalize("NFC", run.stdout.decode("utf-8"))
    assert decode_tcvn3(source) == expected
    assert set(TCVN3_TABLE) == set(source)


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_letter_with_every_tone_in_both_cases(letter: str) -> None:
    # TCVN3: small letters have codes; capitals are the same codes in the ".VnTimeH" fonts.
    assert decode_tcvn3(tcvn3_encode(letter)) == letter
    assert decode_tcvn3(tcvn3_encode(letter), capitals=True) == letter.upper()
    # VNI: both cases have their own marks.
    assert decode_vni(vni_encode(letter)) == letter
    assert decode_vni(vni_encode(letter.upper())) == letter.upper()


def test_the_hand_written_vni_rows_cover_134_letters() -> None:
    encoded = {vni_encode(ch) for ch in ALL_LETTERS} | {
        vni_encode(ch.upper()) for ch in ALL_LETTERS
    }
    assert len(ALL_LETTERS) == 73 and len(encoded) == 146  # 72 vowels + đ, twice


def test_the_examples_of_the_issue() -> None:
    assert decode_cell("Th¾p s¸ng ®\xadêng quª", ".VnTime").text == "Thắp sáng đường quê"
    assert decode_cell("Thaép saùng ñöôøng queâ", "VNI-Times").text == "Thắp sáng đường quê"


@pytest.mark.parametrize("phrase", PHRASES)
def test_real_phrases_decode_with_and_without_the_font(phrase: str) -> None:
    as_typed = tcvn3_encode(phrase)
    expected = decode_tcvn3(as_typed)  # capitals TCVN3 cannot hold come back small
    for font in (".VnTime", ".VnArial", None):
        got = decode_cell(as_typed, font)
        assert (got.text, got.encoding, got.unsure) == (expected, LegacyEncoding.TCVN3, ())
        assert got.by_font == (font is not None)
        assert unicodedata.is_normalized("NFC", got.text)
    as_vni = vni_encode(phrase)
    for font in ("VNI-Times", "VNI-Helve", None):
        got = decode_cell(as_vni, font)
        assert (got.text, got.encoding, got.unsure) == (phrase, LegacyEncoding.VNI, ())


def test_capitals_font_gives_capitals() -> None:
    got = decode_cell(tcvn3_encode("ủy ban nhân dân xã thăng bình"), ".VnTimeH")
    assert got.text == "ỦY BAN NHÂN DÂN XÃ THĂNG BÌNH" and got.by_font
    assert decode_cell("thon 3", ".VnTimeH").text == "THON 3"


@pytest.mark.parametrize(
    "text",
    [*PHRASES, "Hoàn thành", "Hoá học", "Cà phê", "Café", "m²", "Camera", "15/01/2026", "HTX"],
)
@pytest.mark.parametrize("font", [None, "Times New Roman", "Arial", "Calibri"])
def test_unicode_text_is_left_alone(text: str, font: str | None) -> None:
    assert decode_cell(text, font) == decode_cell.__wrapped__(text, font)
    got = decode_cell(text, font)
    assert (got.text, got.encoding, got.unsure) == (text, None, ())


def test_unicode_typed_into_a_legacy_font_cell_is_kept() -> None:
    got = decode_cell("Hội Nông dân phường", ".VnTime")
    assert (got.text, got.encoding, got.unsure) == ("Hội Nông dân phường", None, ())


def test_refuses_when_unsure_and_names_the_encoding() -> None:
    mixed = decode_cell("Th¾p saùng ñöôøng")  # half TCVN3, half VNI
    assert mixed.unsure and LegacyEncoding.TCVN3 in mixed.unsure and mixed.text.startswith("Th¾p")
    # The letters say VNI, the font says TCVN3.
    crossed = decode_cell("Thaép saùng", ".VnTime")
    assert crossed.unsure[0] is LegacyEncoding.TCVN3 and LegacyEncoding.VNI in crossed.unsure
    # Reads as Vietnamese both ways: "Thôn 3" is "Thụn 3" in .VnTime.
    both = decode_cell("Thôn 3", ".VnTime")
    assert both.unsure == (LegacyEncoding.TCVN3,) and both.alternative == "Thụn 3"
    # A TCVN3 word with a typing error decodes to no syllable.
    broken = decode_cell("s¸¸ng")
    assert broken.unsure == (LegacyEncoding.TCVN3,)


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", (LegacyEncoding.TCVN3, False)),
        (".VnTimeH", (LegacyEncoding.TCVN3, True)),
        (".VnArial NarrowH", (LegacyEncoding.TCVN3, True)),
        ("VNI-Times", (LegacyEncoding.VNI, False)),
        ("VNI Helve", (LegacyEncoding.VNI, False)),
        ("Times New Roman", (None, False)),
        (None, (None, False)),
    ],
)
def test_font_names(font: str | None, expected: tuple[LegacyEncoding | None, bool]) -> None:
    assert font_encoding(font) == expected


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("thắp", True), ("đường", True), ("nghiêng", True), ("gì", True), ("quốc", True),
        ("khuyến", True), ("Hường", True), ("XÃ", True), ("thap", False),
        ("thaép", False), ("thụn", True), ("thắpp", False), ("tháp", True), ("thaṕ", True),
        ("ThẮp", False), ("thảp", False), ("saùng", False), ("ăn", True), ("ă", False),
    ],
)  # fmt: skip
def test_syllables(word: str, ok: bool) -> None:
    assert is_syllable(word) is ok
