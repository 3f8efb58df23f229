"""Whether a registration's name, goals and content say something concrete (brief §1, §8).

The movement's known weakness is the registration "chung chung": a name such as "Làm tốt công
tác dân vận" that fits any unit, goals that cannot be checked, content that repeats the name.
The rule works on folded syllables (Vietnamese words are written syllable by syllable):

- generic phrases ("công tác", "dân vận", "nâng cao hiệu quả"…) carry no meaning of their own;
  what is left after removing them must still name something;
- goals and content must name at least one number, place or group of people, so that a
  reviewer can later check them;
- goals and content must not only repeat the model's name.

Each message says what to add, with an example from real registrations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvk_desktop.domain.text import clean, fold
from dvk_desktop.messages import _t

# Folded phrases that fit every registration. Longer phrases first, so that "dan van kheo" is
# removed as one phrase before "dan van" would be.
_GENERIC_PHRASES = sorted(
    {
        "mo hinh", "dien hinh", "dan van kheo", "dan van", "cong tac", "lam tot", "thuc hien tot",
        "thuc hien", "nang cao", "hieu qua", "chat luong", "tang cuong", "day manh", "phat huy",
        "vai tro", "phong trao", "thi dua", "xay dung", "trien khai", "nhiem vu", "chinh tri",
        "tuyen truyen", "van dong", "co so", "dia phuong", "dia ban", "toan dien", "tich cuc",
        "sau rong", "manh me", "ngay cang", "ke hoach", "de ra", "dang ky", "chi tieu", "muc tieu",
        "noi dung", "giai phap", "bien phap", "hoat dong", "tot dep", "gop phan", "the hien",
        "quan tam", "thuc su", "khong ngung", "moi mat", "cac mat", "dat ket qua", "ket qua",
        "cao", "tot", "kheo", "moi", "diem", "cac", "nhung", "va", "cua", "trong", "voi", "gan",
        "de", "cho", "tai", "theo", "nham", "hon", "nua", "mot so", "so", "ve", "la", "duoc",
        "co", "da", "se", "dang", "nhieu", "tung buoc", "cong viec", "o",
    },
    key=lambda phrase: -len(phrase),
)  # fmt: skip

# Words that name where the work happens (folded).
_PLACE_WORDS = (
    "thon", "xom", "ap", "lang", "to dan pho", "tdp", "khu dan cu", "kdc", "khu pho", "xa",
    "phuong", "thi tran", "dac khu", "duong", "tuyen duong", "ngo", "kiet", "hem", "nha van hoa",
    "truong", "cau", "kenh", "muong", "bai bien", "rung", "canh dong", "xu dong",
    "dong ruong", "khu", "cum", "huyen", "tinh", "thanh pho", "bien gioi", "vung",
)  # fmt: skip

# Words that name who takes part or benefits (folded).
_GROUP_WORDS = (
    "ho", "hoi vien", "doan vien", "dang vien", "chi hoi", "chi bo", "chi doan", "hoi",
    "thanh nien", "phu nu", "nong dan", "cuu chien binh", "nguoi cao tuoi", "hoc sinh",
    "sinh vien", "tre em", "nhan dan", "nguoi dan", "ba con", "dong bao", "gia dinh", "to",
    "doi", "cau lac bo", "can bo", "giao vien", "cong an", "dan quan", "tu ve", "nguoi",
    "thanh vien", "tin do", "chuc sac", "doanh nghiep", "hop tac xa", "toc ho", "dong ho",
    "ban cong tac mat tran", "mat tran", "uy ban", "ban", "nhom", "em", "chau",
)  # fmt: skip

_NUMBER_WORDS = (
    "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "tram", "nghin",
    "ngan", "trieu", "ty", "ti", "tat ca", "toan bo",
)  # fmt: skip

_YEAR = re.compile(r"\bnam \d{4}\b|\b(19|20)\d{2}\b")
_SYLLABLE = re.compile(r"[a-z0-9]+")
_DIGIT = re.compile(r"\d")

MIN_NAME_SYLLABLES = 3
MIN_TEXT_SYLLABLES = 4


@dataclass(frozen=True)
class Finding:
    """One vague part of a registration: the field ("name", "goals", "content") and the message."""

    field: str
    message: str


def _syllables(folded: str) -> list[str]:
    return _SYLLABLE.findall(folded)


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    # Looked for among the meaningful syllables: "tuyên truyền" must not read as "tuyến".
    padded = f" {' '.join(meaningful_syllables(text))} "
    return any(f" {phrase} " in padded for phrase in phrases)


def meaningful_syllables(text: str) -> list[str]:
    """The syllables of ``text`` left once generic phrases and years are removed."""
    padded = f" {' '.join(_syllables(_YEAR.sub(' ', fold(text))))} "
    for phrase in _GENERIC_PHRASES:
        token = f" {phrase} "
        while token in padded:
            padded = padded.replace(token, " ")
    return padded.split()


def names_number(text: str) -> bool:
    """Whether ``text`` gives an amount (a figure, or a number written in words)."""
    return bool(_DIGIT.search(_YEAR.sub(" ", fold(text)))) or _has_phrase(text, _NUMBER_WORDS)


def names_place(text: str) -> bool:
    """Whether ``text`` names where the work happens (thôn, tổ dân phố, tuyến đường…)."""
    return _has_phrase(text, _PLACE_WORDS)


def names_group(text: str) -> bool:
    """Whether ``text`` names who takes part or benefits (hộ, hội viên, đoàn viên…)."""
    return _has_phrase(text, _GROUP_WORDS)


def repeats(text: str, name: str) -> bool:
    """Whether ``text`` says nothing beyond the words of ``name``."""
    words = set(_syllables(fold(text)))
    return bool(words) and words <= set(_syllables(fold(name)))


def name_findings(name: str) -> list[Finding]:
    """What is vague about a model's name (empty if it names a concrete piece of work)."""
    name = clean(name)
    if not name:
        return []
    example = "ví dụ “Thắp sáng đường quê”, “Tiếng kẻng an ninh”, “Dê giống khởi nghiệp”"
    if len(_syllables(fold(name))) < MIN_NAME_SYLLABLES:
        return [
            Finding(
                "name",
                _t(
                    "Tên mô hình “{name}” quá ngắn, còn chung chung: hãy nêu rõ việc làm cụ "
                    "thể ({example}).",
                    name=name,
                    example=example,
                ),
            )
        ]
    if len(meaningful_syllables(name)) < 2:
        return [
            Finding(
                "name",
                _t(
                    "Tên mô hình “{name}” còn chung chung, đơn vị nào cũng dùng được: hãy "
                    "nêu rõ việc làm cụ thể ({example}).",
                    name=name,
                    example=example,
                ),
            )
        ]
    return []


_LABELS = {"goals": "Mục tiêu, tiêu chí", "content": "Nội dung, cách thức thực hiện"}
_WHAT_TO_ADD = {
    "goals": "con số cần đạt (ví dụ 270 bóng đèn, 10.700 m đường, 56 hộ hiến đất)",
    "content": "việc làm cụ thể, ai làm (chi hội, đoàn viên, hộ dân) và làm ở đâu (thôn, tổ "
    "dân phố, tuyến đường)",
}


def text_findings(field: str, text: str, name: str) -> list[Finding]:
    """What is vague about the goals or content (``field``); empty text is another rule's job."""
    label = _LABELS[field]
    text = clean(text)
    if not text:
        return []
    add = _WHAT_TO_ADD[field]
    quoted = text if len(text) <= 60 else text[:57] + "…"
    if repeats(text, name):
        return [
            Finding(
                field,
                _t(
                    "“{label}” chỉ nhắc lại tên mô hình: hãy nêu {add}.",
                    label=label,
                    add=add,
                ),
            )
        ]
    if len(_syllables(fold(text))) < MIN_TEXT_SYLLABLES:
        return [
            Finding(
                field,
                _t(
                    "“{label}” quá ngắn (“{quoted}”): hãy nêu {add}.",
                    label=label,
                    quoted=quoted,
                    add=add,
                ),
            )
        ]
    if len(meaningful_syllables(text)) < 2:
        return [
            Finding(
                field,
                _t(
                    "“{label}” còn chung chung (“{quoted}”): hãy nêu {add}.",
                    label=label,
                    quoted=quoted,
                    add=add,
                ),
            )
        ]
    if not (names_number(text) or names_place(text) or names_group(text)):
        return [
            Finding(
                field,
                _t(
                    "“{label}” chưa nêu con số, nơi thực hiện hay đối tượng nào "
                    "(“{quoted}”): hãy nêu {add}.",
                    label=label,
                    quoted=quoted,
                    add=add,
                ),
            )
        ]
    return []


def findings(name: str, goals: str, content: str) -> list[Finding]:
    """Everything vague about a registration's name, goals and content, in that order."""
    return [
        *name_findings(name),
        *text_findings("goals", goals, name),
        *text_findings("content", content, name),
    ]
