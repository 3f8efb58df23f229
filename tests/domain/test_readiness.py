"""Premature lifecycle steps are named before they are taken; locked statuses say why."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dvk_desktop.domain.readiness import (
    EDITABLE_STATUSES,
    IndicatorProgress,
    ModelFacts,
    edit_lock_reason,
    needs_confirmation,
    step_warnings,
)
from dvk_desktop.domain.vocab import Status

LAMPS = IndicatorProgress("Đèn chiếu sáng", "bóng", Decimal(270), Decimal(102))


def facts(**changes: object) -> ModelFacts:
    values: dict[str, object] = {
        "start_date": dt.date(2026, 3, 1),
        "end_date": dt.date(2026, 12, 15),
        "evaluation_date": dt.date(2026, 10, 15),
        "indicators": [LAMPS],
        "progress_reports": 1,
    }
    values.update(changes)
    return ModelFacts(**values)  # type: ignore[arg-type]


def test_proposing_at_38_percent_before_the_start_says_all_three_things() -> None:
    warnings = step_warnings(Status.PROPOSED, facts(), today=dt.date(2026, 2, 10))
    assert warnings == [
        "Chưa đến ngày bắt đầu thực hiện đã đăng ký (01/03/2026).",
        "Chưa đến thời điểm đánh giá kết quả đã đăng ký (15/10/2026).",
        "Chỉ tiêu “Đèn chiếu sáng” mới đạt 37% mục tiêu (102/270 bóng).",
    ]
    assert needs_confirmation(Status.PROPOSED, warnings)


def test_a_finished_model_is_proposed_without_warnings_but_still_confirmed() -> None:
    done = facts(indicators=[IndicatorProgress("Đèn", "bóng", Decimal(270), Decimal(275))])
    warnings = step_warnings(Status.PROPOSED, done, today=dt.date(2026, 10, 20))
    assert warnings == []
    assert needs_confirmation(Status.PROPOSED, warnings)  # it goes to the upper level


def test_proposing_without_any_progress_report_is_named() -> None:
    warnings = step_warnings(
        Status.PROPOSED, facts(progress_reports=0, indicators=[]), today=dt.date(2026, 11, 1)
    )
    assert warnings == ["Chưa có báo cáo tiến độ nào ghi việc đã làm và số liệu thực hiện."]


def test_starting_on_time_needs_no_question() -> None:
    warnings = step_warnings(Status.IMPLEMENTING, facts(), today=dt.date(2026, 3, 2))
    assert warnings == []
    assert not needs_confirmation(Status.IMPLEMENTING, warnings)


def test_starting_before_the_registered_start_date_is_questioned() -> None:
    warnings = step_warnings(Status.IMPLEMENTING, facts(), today=dt.date(2026, 1, 5))
    assert warnings == ["Chưa đến ngày bắt đầu thực hiện đã đăng ký (01/03/2026)."]
    assert needs_confirmation(Status.IMPLEMENTING, warnings)


@pytest.mark.parametrize("status", list(Status))
def test_every_locked_status_gives_a_reason(status: Status) -> None:
    reason = edit_lock_reason(status)
    if status in EDITABLE_STATUSES:
        assert reason is None
    else:
        assert reason is not None and "không sửa được" in reason
