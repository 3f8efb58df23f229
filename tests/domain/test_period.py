"""Reporting periods and the five-year phases the model list offers as filters."""

from __future__ import annotations

from dvk_desktop.domain.period import Period, parse_period, phase_containing


def test_a_year_belongs_to_its_five_year_phase() -> None:
    assert phase_containing(2021) == Period(2021, 2025)
    assert phase_containing(2025) == Period(2021, 2025)
    assert phase_containing(2026) == Period(2026, 2030)
    assert phase_containing(2019) == Period(2016, 2020)
    assert phase_containing(2026).label == "giai đoạn 2026 - 2030"


def test_the_phase_code_reads_back_as_the_same_period() -> None:
    phase = phase_containing(2027)
    assert parse_period(phase.code) == phase
