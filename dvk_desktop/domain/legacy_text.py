"""Vietnamese typed in the pre-Unicode font encodings (TCVN3/ABC, VNI-Windows) back to Unicode.

Before Unicode, Vietnamese offices typed with fonts that draw Vietnamese letters in place of
Latin-1 ones: the text a spreadsheet stores is what a Western code page reads ("Th¾p s¸ng" is
"Thắp sáng" in a .VnTime font, "Thaép saùng" in VNI-Times). The cell's font says which
encoding its author saw; the letters say it too, and a decoding is right only when every word
it produces is a Vietnamese syllable. :func:`decode_cell` weighs both and says when it cannot
be sure, rather than guessing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from dvk_desktop.domain.syllables import has_vietnamese_letters, reads_as_vietnamese, words


class LegacyEncoding(Enum):
    """A pre-Unicode Vietnamese font encoding, with its name as users know it."""

    TCVN3 = "tcvn3"
    VNI = "vni"

    @property
    def label(self) -> str:
        """The encoding as Vietnamese users know it (and as Unikey's converter names it)."""
        return {
            LegacyEncoding.TCVN3: "TCVN3 (ABC, phông .VnTime)",
            LegacyEncoding.VNI: "VNI-Windows (phông VNI-Times)",
        }[self]


# TCVN 5712:1993 (VN3, the "ABC" fonts), bytes 0xA1-0xFF as Latin-1 characters -> Unicode.
# 0xB0-0xB4 are combining marks in VN1 only; VN3 fonts leave them alone ("m²" stays "m²").
_TCVN3_FROM = (
    "¡¢£¤¥¦§¨©ª«¬\xad®¯µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"
)
_TCVN3_TO = (
    "ĂÂÊÔƠƯĐăâêôơưđẰàảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
)
TCVN3_TABLE: dict[str, str] = dict(zip(_TCVN3_FROM, _TCVN3_TO, strict=True))
_TCVN3_TRANS = str.maketrans(TCVN3_TABLE)
# TCVN3 characters that are not letters in Latin-1: never part of a real Latin word.
_TCVN3_SYMBOLS = frozenset(ch for ch in _TCVN3_FROM if not ch.isalpha())

# VNI-Windows: a base letter followed by one mark character (lower case marks, then upper).
# Tone marks after any vowel; circumflex (+tone) after a, e, o; breve (+tone) after a.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc huyền hỏi ngã nặng
_VNI_TONE = ("ùøûõï", "ÙØÛÕÏ")
_VNI_CIRCUMFLEX = ("âáàåãä", "ÂÁÀÅÃÄ")  # plain, then with sắc huyền hỏi ngã nặng
_VNI_BREVE = ("êéèúüë", "ÊÉÈÚÜË")
# Letters VNI writes with one character of their own.
_VNI_SINGLE = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
    "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
}  # fmt: skip


def _compose(base: str, marks: str) -> str:
    return unicodedata.normalize("NFC", base + marks)


def _vni_pairs() -> dict[tuple[str, str], str]:
    pairs: dict[tuple[str, str], str] = {}
    for base in "aeiouyơưAEIOUYƠƯ":
        for case in _VNI_TONE:
            for mark, tone in zip(case, _TONES, strict=True):
                pairs[(base, mark)] = _compose(base, tone)
    with_plain = ("", *_TONES)
    for shape, bases, marks in (
        ("\u0302", "aeoAEO", _VNI_CIRCUMFLEX),
        ("\u0306", "aA", _VNI_BREVE),
    ):
        for base in bases:
            for case in marks:
                for mark, tone in zip(case, with_plain, strict=True):
                    pairs[(base, mark)] = _compose(base, shape + tone)
    return pairs


VNI_PAIRS = _vni_pairs()
_VNI_MARKS = frozenset(mark for _, mark in VNI_PAIRS)


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 text to Unicode NFC; ``capitals`` for the upper-case fonts (.VnTimeH)."""
    out = unicodedata.normalize("NFC", text.translate(_TCVN3_TRANS))
    return out.upper() if capitals else out


def decode_vni(text: str) -> str | None:
    """VNI-Windows text to Unicode NFC, or None when a mark follows no letter it can shape."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _VNI_SINGLE:
            ch = _VNI_SINGLE[ch]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        combined = VNI_PAIRS.get((ch, nxt))
        if combined is not None:
            out.append(combined)
            i += 2
            continue
        if ch in _VNI_MARKS:
            return None  # a mark after no vowel: not VNI text
        out.append(ch)
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def font_encoding(font: str | None) -> tuple[LegacyEncoding | None, bool]:
    """The encoding a font name implies, and whether it is an upper-case-only font.

    The ABC fonts are named ".VnTime", ".VnArial", ".VnTimeH" (H: capitals only); VNI's
    "VNI-Times", "VNI-Helve", "VNI Times"…
    """
    name = (font or "").strip().strip("'\"")
    folded = name.lower()
    if folded.startswith(".vn"):
        return LegacyEncoding.TCVN3, name.endswith("H")
    if folded.startswith(("vni-", "vni ", "vni_")):
        return LegacyEncoding.VNI, False
    return None, False


def _legacy_signals(text: str) -> set[LegacyEncoding]:
    """Encodings whose tell-tale characters appear in words of ``text``.

    TCVN3's tell-tales are strong: "¸" or "®" never sit in a Latin word. VNI's are weak on
    their own ("hoàn" is both Unicode "hoàn" and VNI "hồn"), so they only name the encoding
    of a text that reads as nothing.
    """
    found: set[LegacyEncoding] = set()
    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        near_letter = before.isalpha() or after.isalpha()
        if ch in _TCVN3_SYMBOLS and near_letter:
            found.add(LegacyEncoding.TCVN3)
        if ((before, ch) in VNI_PAIRS and before.isascii()) or (ch in "ñÑ" and after.isalpha()):
            found.add(LegacyEncoding.VNI)
    return found


@dataclass(frozen=True)
class CellDecoding:
    """What :func:`decode_cell` made of a cell's text.

    ``text`` is the Unicode text to use; ``encoding`` the legacy encoding it was decoded from
    (None: unchanged); ``by_font`` whether the cell's font said so, ``by_file`` whether the
    encoding of the whole file did; ``unsure`` names the
    encodings the text looks typed in when no decoding can be trusted (then ``text`` is the
    original and the caller must refuse the cell); ``alternative`` is the other reading when
    the text reads as Vietnamese both as it is and decoded.
    """

    text: str
    encoding: LegacyEncoding | None = None
    by_font: bool = False
    by_file: bool = False
    unsure: tuple[LegacyEncoding, ...] = ()
    alternative: str = ""

    @property
    def changed(self) -> bool:
        """Whether the text was decoded."""
        return self.encoding is not None


def _decode(text: str, encoding: LegacyEncoding, capitals: bool) -> str | None:
    if encoding is LegacyEncoding.TCVN3:
        return decode_tcvn3(text, capitals=capitals)
    return decode_vni(text)


@lru_cache(maxsize=4096)  # files repeat the same owners, villages and labels on every row
def decode_cell(
    text: str, font: str | None = None, file_encoding: LegacyEncoding | None = None
) -> CellDecoding:
    """Decide whether a cell's text is legacy-encoded and decode it when that is certain.

    Args:
        text: The cell's text as the spreadsheet stores it.
        font: The cell's font name, when the file keeps one.
        file_encoding: The encoding of the whole file, when it has one (a CSV saved from a
            TCVN3 sheet holds no font, but all its bytes are in one encoding).
    """
    hinted, capitals = font_encoding(font)
    if text.isascii():
        if capitals and text.upper() != text:
            return CellDecoding(text.upper(), LegacyEncoding.TCVN3, by_font=True)
        return CellDecoding(text)
    if has_vietnamese_letters(text):
        # Legacy fonts only ever produce Latin-1 letters: this is Unicode already.
        return CellDecoding(text)
    signals = _legacy_signals(text)
    as_is_ok = reads_as_vietnamese(text) and LegacyEncoding.TCVN3 not in signals
    decoded = {enc: _decode(text, enc, capitals) for enc in LegacyEncoding}
    good = [
        enc
        for enc, out in decoded.items()
        if out is not None
        and out != text
        and reads_as_vietnamese(out)
        and _any_word(out)
        # A TCVN3 sign left among letters ("§Ìn" read as VNI) betrays the wrong table.
        and LegacyEncoding.TCVN3 not in _legacy_signals(out)
    ]
    if hinted is not None:
        out = decoded[hinted]
        if hinted in good and out is not None:
            if as_is_ok:
                # Reads as Vietnamese both ways ("Thôn 3" is "Thụn 3" in .VnTime): say so.
                return CellDecoding(text, unsure=(hinted,), alternative=out)
            # The font is what its author saw the text in: its decoding is the text meant.
            return CellDecoding(out, hinted, by_font=True)
        if as_is_ok:
            return CellDecoding(text)  # Unicode typed into a cell left in a legacy font
        return CellDecoding(text, unsure=(hinted, *(e for e in good if e is not hinted)))
    if file_encoding is not None:
        out = decoded[file_encoding]
        if file_encoding in good and out is not None:
            return CellDecoding(out, file_encoding, by_file=True)
        if as_is_ok:
            return CellDecoding(text)
        return CellDecoding(text, unsure=(file_encoding,))
    if as_is_ok:
        return CellDecoding(text)
    if len(good) == 1:
        out = decoded[good[0]]
        assert out is not None
        return CellDecoding(out, good[0])
    if good or signals:
        return CellDecoding(
            text, unsure=tuple(e for e in LegacyEncoding if e in good or e in signals)
        )
    return CellDecoding(text)  # Latin text such as "Café": nothing Vietnamese to decode


def _any_word(text: str) -> bool:
    return any(not w.isascii() for w in words(text))
