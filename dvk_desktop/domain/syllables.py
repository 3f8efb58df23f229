"""Whether a word is a well-formed Vietnamese syllable (the test that tells a right decoding)."""

from __future__ import annotations

import re
import unicodedata

# Tone marks as combining characters (NFD): huyền, sắc, ngã, hỏi, nặng.
_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
TONE_MARKS = frozenset((_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT))

# Initial consonants, longest first so that "ngh" is tried before "ng" and "n".
_INITIALS = (
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip

# Rhymes without a final consonant (the last vowel may be a semivowel i/y/o/u).
_OPEN = frozenset(
    (
        "a", "ai", "ao", "au", "ay", "âu", "ây", "e", "eo", "ê", "êu", "i", "ia", "iu", "iêu",
        "o", "oa", "oai", "oao", "oay", "oe", "oeo", "oi", "ô", "ôi", "ơ", "ơi", "u", "ua",
        "uây", "uê", "ui", "uôi", "uơ", "uy", "uya", "uyu", "ư", "ưa", "ưi", "ưu", "ươ", "ươi",
        "ươu", "y", "yêu",
    )
)  # fmt: skip
# Nuclei that take one of the final consonants below.
_CLOSED = frozenset(
    (
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "iê", "yê", "uô", "ươ", "oa",
        "oă", "oe", "oo", "uâ", "uê", "uy", "uyê",
    )
)  # fmt: skip
_FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t")
_STOP_FINALS = frozenset(("c", "ch", "p", "t"))

# The Vietnamese letters between Latin-1 and the U+1EA0 block (no legacy font text has them).
_BEYOND_LATIN1 = frozenset("ĂăĐđĨĩŨũƠơƯư")


def _strip_tone(word: str) -> tuple[str, list[str]]:
    """Split a lowercase word into its letters without tones (NFC) and the tone marks found."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    base = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return unicodedata.normalize("NFC", base), tones


def _rhyme_ok(rhyme: str, tone: str | None) -> bool:
    if rhyme in _OPEN:
        return True
    for final in _FINALS:
        if rhyme.endswith(final) and rhyme[: -len(final)] in _CLOSED:
            # A syllable closed by c, ch, p or t only carries the sắc or nặng tone.
            return final not in _STOP_FINALS or tone in (_ACUTE, _DOT)
    return False


def _case_ok(word: str) -> bool:
    """Lower case, Title case or UPPER case: a capital inside a word betrays a wrong decoding."""
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def is_syllable(word: str) -> bool:
    """Return whether ``word`` (letters only) is a well-formed Vietnamese syllable."""
    if not word or not _case_ok(word):
        return False
    base, tones = _strip_tone(word.lower())
    if len(tones) > 1 or not re.fullmatch(r"[a-zăâêôơưđ]+", base):
        return False
    tone = tones[0] if tones else None
    for initial in _INITIALS:
        if not base.startswith(initial):
            continue
        rhyme = base[len(initial) :]
        if not rhyme and initial == "gi":
            return True  # "gì" is gi + the vowel i
        if rhyme and _rhyme_ok(rhyme, tone):
            return True
    return False


_WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    """The runs of letters in ``text`` (NFC)."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def reads_as_vietnamese(text: str) -> bool:
    """Whether every word with a letter beyond ASCII is a Vietnamese syllable.

    Plain ASCII words are not judged: loan words, codes and abbreviations ("Camera", "HTX")
    are common in commune files and say nothing about the encoding.
    """
    return all(is_syllable(w) for w in words(text) if not w.isascii())


def has_vietnamese_letters(text: str) -> bool:
    """Whether ``text`` holds Vietnamese letters beyond Latin-1 (ư, ơ, ạ…), i.e. is Unicode."""
    for ch in text:
        code = ord(ch)
        if ch in _BEYOND_LATIN1 or 0x1EA0 <= code <= 0x1EF9 or 0x0300 <= code <= 0x0323:
            return True
    return False


def syllable_share(text: str) -> float:
    """The share of words with a letter beyond ASCII that are Vietnamese syllables (1 if none)."""
    judged = [w for w in words(text) if not w.isascii()]
    if not judged:
        return 1.0
    return sum(1 for w in judged if is_syllable(w)) / len(judged)
