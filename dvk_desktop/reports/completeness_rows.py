"""Rows shared by the completeness report (PDF) and its workbook: who sent what, what is missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CompletenessLine:
    """One child unit for the period: packages received, gaps, evidence not yet held."""

    code: str
    name: str
    packages: int  # record packages received
    last_created: dt.date | None  # when the newest package was made (the sender's clock)
    models: int
    period_state: str  # "Đã gửi", "Gửi muộn", "Chưa gửi", "Quá hạn"
    sent: bool  # sent in the period (on time or late)
    gaps: tuple[int, ...] = ()  # package numbers never received
    missing_evidence: int = 0


@dataclass(frozen=True)
class MissingFile:
    """One evidence file a model references that the upper level does not hold yet."""

    unit_code: str
    unit_name: str
    model_code: str
    model_name: str
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Completeness:
    """The whole report: the period, its deadline, every child unit, every missing file."""

    unit_name: str
    period_label: str
    deadline: dt.date | None
    lines: list[CompletenessLine]
    missing: list[MissingFile] = field(default_factory=list)

    @property
    def sent(self) -> int:
        """How many units sent a package in the period."""
        return sum(1 for line in self.lines if line.sent)

    @property
    def with_gaps(self) -> int:
        """How many units have package numbers that never arrived."""
        return sum(1 for line in self.lines if line.gaps)


def gaps_text(gaps: tuple[int, ...]) -> str:
    """Missing package numbers as printed: "2, 5" ("" when none is missing)."""
    return ", ".join(str(n) for n in gaps)
