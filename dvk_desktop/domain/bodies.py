"""Names of Party bodies at each level, as they are really called (domain brief §6.2, HD 36)."""

from __future__ import annotations

from dvk_desktop.domain.vocab import UnitLevel

# The unit-type words that open an official unit name ("Thành phố Đà Nẵng", "Xã Thăng Bình").
# Longest first, so "Thành phố" is not read as something shorter.
UNIT_KINDS = (
    "thành phố trung ương",
    "đặc khu",
    "thành phố",
    "thị trấn",
    "thị xã",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "xã",
)
# Kinds written in the data (vietnam-provinces' division types) for a centrally-run city.
CENTRAL_CITY = "thành phố trung ương"


def split_unit_name(name: str) -> tuple[str, str]:
    """``("thành phố", "Đà Nẵng")`` from "Thành phố Đà Nẵng"; ``("", name)`` when untyped."""
    lowered = name.strip().lower()
    for kind in UNIT_KINDS:
        if lowered.startswith(kind + " "):
            return kind, name.strip()[len(kind) + 1 :].strip()
    return "", name.strip()


def party_committee(unit_name: str, level: UnitLevel, *, kind: str = "") -> str:
    """The Party committee of a unit: "Thành ủy Đà Nẵng", "Tỉnh ủy Quảng Ngãi", "Đảng ủy xã X".

    A province-level committee is named after the province without the unit word: the
    Thành ủy of a centrally-run city, the Tỉnh ủy of a province (never "Đảng ủy thành phố
    Đà Nẵng"). A district of the three-tier system before 7/2025 has a Huyện ủy, Quận ủy,
    Thị ủy or Thành ủy; a commune's is "Đảng ủy" followed by its unit name. ``kind`` is the
    unit's division type from the official list ("thành phố trung ương", "tỉnh"…).
    """
    word, bare = split_unit_name(unit_name)
    if level is UnitLevel.PROVINCE:
        city = kind == CENTRAL_CITY or (not kind and word == "thành phố")
        return f"{'Thành ủy' if city else 'Tỉnh ủy'} {bare}"
    if level is UnitLevel.DISTRICT:
        prefix = {"quận": "Quận ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}
        return f"{prefix.get(word, 'Huyện ủy')} {bare}"
    return f"Đảng ủy {_lower_first(unit_name)}"


def official_name(unit_name: str, kind: str = "") -> str:
    """The name with its unit word: "Tỉnh Quảng Ngãi" (the official list writes "Quảng Ngãi")."""
    word, _ = split_unit_name(unit_name)
    if word or not kind or kind == CENTRAL_CITY:
        return unit_name.strip()
    return f"{kind[:1].upper()}{kind[1:]} {unit_name.strip()}"


def party_organisation(unit_name: str, kind: str = "") -> str:
    """The Party organisation (đảng bộ) of a unit: "Đảng bộ thành phố Đà Nẵng", "Đảng bộ xã X".

    This is the line a commune's Đảng ủy writes above its own name (HD 36: "ĐẢNG BỘ TỈNH X",
    or "ĐẢNG BỘ THÀNH PHỐ X" for a centrally-run city).
    """
    return f"Đảng bộ {_lower_first(official_name(unit_name, kind))}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


# Words that start the body's part of a title: "Chủ tịch | Ủy ban MTTQ xã", "Bí thư | Đảng ủy xã".
_BODY_WORDS = (
    "ủy ban",
    "ubnd",
    "ubmttq",
    "mttq",
    "mặt trận",
    "đảng ủy",
    "đảng bộ",
    "chi bộ",
    "ban",
    "hội",
    "đoàn",
    "công đoàn",
    "hđnd",
    "hội đồng",
)


def position_of(title: str) -> str:
    """The position in a signer's title: "Chủ tịch" from "Chủ tịch Ủy ban MTTQ xã".

    A signature block names the body in its first line ("TM. BAN THƯỜNG TRỰC") and the
    position under it ("CHỦ TỊCH"), so the body part of the title is not repeated.
    """
    words = title.split()
    for i in range(1, len(words)):
        rest = " ".join(words[i:]).lower()
        if any(rest == w or rest.startswith(w + " ") for w in _BODY_WORDS):
            return " ".join(words[:i])
    return title.strip()


def signer_lines(on_behalf_of: str, title: str, *, party: bool) -> list[str]:
    """Authority lines of a signature: ``["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"]``.

    A deputy signs "KT." the head (NĐ 30: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ
    TỊCH"); Party documents write T/M and K/T with a slash (HD 36).
    """
    behalf, deputy_of = ("T/M", "K/T") if party else ("TM.", "KT.")
    position = position_of(title).upper()
    lines = [f"{behalf} {on_behalf_of.upper()}"]
    if position.startswith("PHÓ "):
        lines.append(f"{deputy_of} {position[4:]}")
    lines.append(position)
    return lines
