"""Whether two model names say the same thing: folded, common words dropped, word order ignored."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from enum import StrEnum

from dvk_desktop.domain.text import fold


class DuplicateKind(StrEnum):
    """Why two models may be one."""

    NAME = "ten"  # names alike
    EVIDENCE = "minh_chung"  # the same evidence file (by hash) on both
    REREGISTERED = "dang_ky_lai"  # same unit, later year, alike, not linked as maintained

    @property
    def label(self) -> str:
        """The Vietnamese label shown to reviewers."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    DuplicateKind.NAME: "Tên gần giống",
    DuplicateKind.EVIDENCE: "Cùng tệp minh chứng",
    DuplicateKind.REREGISTERED: "Đăng ký lại, không ghi duy trì",
}

# Names at or above this score (0–100) are flagged. Chosen on the fixture of Vietnamese name
# pairs in tests/domain/test_similarity.py: every duplicate pair there scores ≥ 88 and every
# distinct pair ≤ 78, so 85 leaves room on both sides.
THRESHOLD = 85

# Words every registration uses; they say nothing about what the model does, so two names
# that share only these are not alike ("Mô hình dân vận khéo …" is the form, not the content).
# Folded; longest phrases first so "dan van kheo" goes before "dan van".
COMMON_PHRASES = tuple(
    sorted(
        (
            "mo hinh", "xay dung", "dan van kheo", "dan van", "dien hinh", "phong trao",
            "thi dua", "thuc hien", "tham gia", "trien khai", "nam", "giai doan", "cua", "va",
            "cho", "voi", "trong", "tai", "tren", "cac", "nhung", "de", "ve", "theo",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Where a model runs, not what it does: the same model in "thôn 1" and "thôn 3" is one idea.
_PLACES = re.compile(
    r"\b(?:(?:thon|to|ap|khom|khu pho|to dan pho|khu|doi|ban) \d+|to dan pho|khu dan cu|khu pho"
    r"|xa|phuong)\b"
)
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_COMMON = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in COMMON_PHRASES) + r")\b")


# Each import compares its names with every name held: keys of names seen before are kept
# (pure function of the name; 131,072 keys are a few MB) instead of being rebuilt per package.
@functools.lru_cache(maxsize=1 << 17)
def name_key(name: str) -> str:
    """The comparable form of a model name: folded, no punctuation or common words, words sorted.

    Sorting the words is what makes word order irrelevant ("Camera an ninh tự quản" and
    "Tự quản camera an ninh" have one key); digits stay ("thôn 1" ≠ "thôn 2" is still close).
    """
    text = _PUNCT.sub(" ", fold(name))
    text = _PLACES.sub(" ", " ".join(text.split()))
    text = _COMMON.sub(" ", text)
    return " ".join(sorted(text.split()))


def score(a: str, b: str) -> int:
    """Similarity of two names, 0–100 (normalised Indel similarity of their keys)."""
    return _score_keys(name_key(a), name_key(b))


def _score_keys(a: str, b: str) -> int:
    if not a or not b:
        return 0
    from rapidfuzz import fuzz  # loaded when first needed: not on the way to the first window

    return round(fuzz.ratio(a, b))


def similar(a: str, b: str, threshold: int = THRESHOLD) -> bool:
    """Whether two names are alike enough to flag as a possible duplicate."""
    return score(a, b) >= threshold


TICK = 200  # names scored between two progress reports: a few hundred milliseconds at most


class Index:
    """Pool names by comparable form, each form in the order it first came; and by group.

    Built once for a pool and grown as names are added at its end (a batch's packages), so
    a province's 10,000 held names are not keyed again for every package.
    """

    def __init__(self) -> None:
        self.by_key: dict[str, list[int]] = {}
        # By (form, group) in one dict: a dict per form took 200 B more for each (issue 15).
        self.by_group: dict[tuple[str, Hashable], list[int]] = {}
        self.size = 0

    def extend(self, names: Iterable[str], groups: Iterable[Hashable]) -> None:
        """Add pool names (and the group of each) after those already held."""
        for name, group in zip(names, groups, strict=True):
            key = name_key(name)
            if key:
                self.by_key.setdefault(key, []).append(self.size)
                self.by_group.setdefault((key, group), []).append(self.size)
            self.size += 1


def closest(
    new: Sequence[str],
    pool: Sequence[str] | Index,
    side: Callable[[int, int], int],
    *,
    sides: int = 1,
    room: Callable[[int], Sequence[int]] | None = None,
    count: int = 5,
    threshold: int = THRESHOLD,
    tick: Callable[[int], None] | None = None,
    home: Callable[[int], Hashable] | None = None,
) -> list[list[list[tuple[int, int]]]]:
    """For each new name, on each side, the ``count`` closest alike pool names: (score, index).

    ``side(i, j)`` puts pool name ``j`` on a side (0 … ``sides``-1) for new name ``i``, or
    leaves it out (-1); ``room(i)``, when given, says how many pool names at most can be on
    each side for ``i`` (so a side that cannot fill is not searched to the end of the pool).
    Closest first; on equal scores, the wording that came first in the pool, then the pool's
    order. Names with one key are scored once, and one C call per new name (rapidfuzz) asks
    only for as many keys as can be needed (more only when a side is still short):
    registrations share a vocabulary, so a generic name matched ~140 names of a 10,000-model
    package, and turning every match into Python objects cost more than the scoring.
    ``tick(i)``, when given, hears every :data:`TICK` new names how many are done (it may
    raise to stop: the scan is quadratic in a package's own names, minutes at 100,000).
    ``pool`` may be given as its :class:`Index` (else one is built, every name in one group).
    With such an index, ``home(i)`` says that side 0 is exactly the pool names of new name
    ``i``'s group (``side`` still leaves some out): that side looks only there, not through
    the names of other groups that share a wording (hundreds of other communes', each asked).
    """
    from rapidfuzz import fuzz, process

    if isinstance(pool, Index):
        index = pool
    else:
        index, home = Index(), None  # one group: ``home`` would say nothing
        index.extend(pool, itertools.repeat(None, len(pool)))
    by_key, by_group = index.by_key, index.by_group
    keys = list(by_key)
    cutoff = _cutoff(threshold)
    out: list[list[list[tuple[int, int]]]] = []
    for i, name in enumerate(new):
        if tick is not None and i % TICK == 0:
            tick(i)
        key = name_key(name)
        limit = count + 2
        wanted = [min(count, r) for r in room(i)] if room else [count] * sides
        group = home(i) if home is not None else None
        while True:
            found = process.extract(key, keys, scorer=fuzz.ratio, processor=None,
                                    score_cutoff=cutoff, limit=limit) if key else []  # fmt: skip
            # Closest first; equal scores in the order their wording first came in the pool
            # (extract gives them so, which lets it stop at ``limit``), then the pool's order.
            ranked = [
                (choice, round(value))
                for choice, value, _k in sorted(found, key=lambda f: (-round(f[1]), f[2]))
                if round(value) >= threshold
            ]
            picked: list[list[tuple[int, int]]] = [[] for _ in range(sides)]
            for at in range(sides):
                # Each side on its own: what one side takes never depends on the other's.
                want, took = wanted[at], picked[at]
                if not want:
                    continue
                for choice, value in ranked:
                    among = (
                        by_group.get((choice, group), ()) if at == 0 and home else by_key[choice]
                    )
                    for j in among:
                        if side(i, j) == at:
                            took.append((value, j))
                            if len(took) == want:
                                break  # a wording shared by 150 names stops here
                    if len(took) == want:
                        break
            # Truncated, and a side still short: the keys left unasked may fill it.
            if len(found) < limit or all(len(p) == w for p, w in zip(picked, wanted, strict=True)):
                break
            limit *= 4
        out.append(picked)
    return out


def _cutoff(threshold: int) -> float:
    """The raw ratio from which a pair may round to ``threshold``: what :func:`similar` says.

    Cutting at the bare threshold missed pairs shown elsewhere as "85%" (a raw 84.6).
    """
    return threshold - 0.5
