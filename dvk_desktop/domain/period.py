"""Reporting periods: a year ("2026"), a half-year ("2026-H1") or a phase ("2021-2025")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_HALF = re.compile(r"^\s*(\d{4})\s*-\s*[Hh]([12])\s*$")
_PHASE = re.compile(r"^\s*(\d{4})\s*-\s*(\d{4})\s*$")
FIRST_YEAR = 2009  # the movement began in 2009


@dataclass(frozen=True)
class Period:
    """A reporting period; models are selected by their registration year."""

    first_year: int
    last_year: int
    half: int | None = None  # 1 or 2 for a six-month report

    @property
    def code(self) -> str:
        """The text form accepted by :func:`parse_period` ("2026", "2026-H1", "2021-2025")."""
        if self.half:
            return f"{self.first_year}-H{self.half}"
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}-{self.last_year}"

    @property
    def label(self) -> str:
        """Vietnamese label: "6 tháng đầu năm 2026", "năm 2026", "giai đoạn 2021 - 2025"."""
        if self.half == 1:
            return f"6 tháng đầu năm {self.first_year}"
        if self.half == 2:
            return f"6 tháng cuối năm {self.first_year}"
        if self.first_year == self.last_year:
            return f"năm {self.first_year}"
        return f"giai đoạn {self.first_year} - {self.last_year}"

    @property
    def start(self) -> dt.date:
        """First day of the period."""
        return dt.date(self.first_year, 7 if self.half == 2 else 1, 1)

    @property
    def end(self) -> dt.date:
        """Last day of the period."""
        if self.half == 1:
            return dt.date(self.first_year, 6, 30)
        return dt.date(self.last_year, 12, 31)


def parse_period(text: str, *, today: dt.date | None = None) -> Period:
    """Read "2026", "2026-H1"/"2026-H2" or "2021-2025"; raise ValidationError in Vietnamese."""
    limit = (today or dt.date.today()).year + 5
    raw = text.strip()
    match = _HALF.match(raw)
    if match:
        period = Period(int(match[1]), int(match[1]), int(match[2]))
    elif (match := _PHASE.match(raw)) is not None:
        period = Period(int(match[1]), int(match[2]))
    elif (match := _YEAR.match(raw)) is not None:
        period = Period(int(match[1]), int(match[1]))
    else:
        raise ValidationError(
            _t("Kỳ báo cáo “{raw}” không đúng dạng.", raw=raw),
            hint=_t("Ví dụ: 2026 (cả năm), 2026-H1 (6 tháng đầu năm), 2021-2025 (giai đoạn)."),
        )
    if period.first_year > period.last_year:
        raise ValidationError(_t("Kỳ báo cáo “{raw}”: năm đầu lớn hơn năm cuối.", raw=raw))
    if period.first_year < FIRST_YEAR or period.last_year > limit:
        raise ValidationError(
            _t(
                "Kỳ báo cáo “{raw}” nằm ngoài khoảng {FIRST_YEAR}–{limit}.",
                raw=raw,
                FIRST_YEAR=FIRST_YEAR,
                limit=limit,
            ),
        )
    return period


def phase_containing(year: int) -> Period:
    """The five-year phase (giai đoạn 2021–2025, 2026–2030…) that holds ``year``."""
    first = 2021 + (year - 2021) // 5 * 5
    return Period(first, first + 4)
