"""What looks premature about a lifecycle step, and when a registration is locked for editing.

A step such as "Đề nghị công nhận" is allowed by the lifecycle as soon as the registration is
complete, but proposing a model at 38% of its target, or before it has even started, is almost
always a slip of the mouse: the interface asks for confirmation and shows these warnings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from dvk_desktop.domain.text import format_date, format_number
from dvk_desktop.domain.vocab import Status
from dvk_desktop.messages import _t

# Statuses in which the registering unit may still change its registration. Once proposed, the
# upper level reviews what was sent: changes go through it.
EDITABLE_STATUSES = frozenset(
    {Status.REGISTERED, Status.IMPLEMENTING, Status.INTERIM_REVIEWED, Status.NOT_ACHIEVED}
)

# Steps that hand the model to someone else or end it: always confirmed.
WEIGHTY_STEPS = frozenset({Status.PROPOSED, Status.PROPOSED_AWARD, Status.STOPPED})


def edit_lock_reason(status: Status) -> str | None:
    """Why a registration in ``status`` cannot be edited, or None when it can."""
    if status in EDITABLE_STATUSES:
        return None
    if status is Status.STOPPED:
        return _t(
            "Mô hình đã dừng / loại bỏ nên bản đăng ký chỉ còn để xem, không sửa được nữa.",
        )
    if status is Status.PROPOSED:
        return _t(
            "Mô hình đang ở trạng thái “{label}”: bản đăng ký đã gửi cấp trên xem "
            "xét nên chỉ xem, không sửa được. Nếu cần sửa, hãy đề nghị cấp trên trả "
            "lại để bổ sung.",
            label=status.label,
        )
    return _t(
        "Mô hình đã ở trạng thái “{label}”: bản đăng ký được giữ nguyên như khi "
        "cấp trên xét duyệt nên chỉ xem, không sửa được. Việc làm tiếp theo hãy "
        "ghi vào báo cáo tiến độ và minh chứng.",
        label=status.label,
    )


@dataclass(frozen=True)
class IndicatorProgress:
    """One indicator's target and latest actual value."""

    name: str
    unit: str
    target: Decimal | None
    actual: Decimal | None


@dataclass(frozen=True)
class ModelFacts:
    """What the warnings look at: the dates, the indicators and how many progress reports."""

    start_date: dt.date | None = None
    end_date: dt.date | None = None
    evaluation_date: dt.date | None = None
    indicators: list[IndicatorProgress] = field(default_factory=list)
    progress_reports: int = 0


def percent(actual: Decimal | None, target: Decimal | None) -> int | None:
    """Actual as a whole percentage of target, rounded down (None when unknown)."""
    if target is None or target <= 0:
        return None
    return int((actual or Decimal(0)) * 100 // target)


def step_warnings(target: Status, facts: ModelFacts, *, today: dt.date) -> list[str]:
    """What looks premature about moving a model to ``target`` today (empty when nothing does)."""
    warnings: list[str] = []
    started = facts.start_date is None or today >= facts.start_date
    if target in (Status.IMPLEMENTING, Status.PROPOSED, Status.INTERIM_REVIEWED) and not started:
        assert facts.start_date is not None
        warnings.append(
            _t(
                "Chưa đến ngày bắt đầu thực hiện đã đăng ký ({start_date}).",
                start_date=format_date(facts.start_date),
            )
        )
    if target in (Status.INTERIM_REVIEWED, Status.PROPOSED) and facts.progress_reports == 0:
        warnings.append(_t("Chưa có báo cáo tiến độ nào ghi việc đã làm và số liệu thực hiện."))
    if target is Status.PROPOSED:
        if facts.evaluation_date is not None and today < facts.evaluation_date:
            warnings.append(
                _t(
                    "Chưa đến thời điểm đánh giá kết quả đã đăng ký ({evaluation_date}).",
                    evaluation_date=format_date(facts.evaluation_date),
                )
            )
        for ind in facts.indicators:
            share = percent(ind.actual, ind.target)
            if share is not None and share < 100:
                assert ind.target is not None
                done = format_number(ind.actual or Decimal(0))
                warnings.append(
                    _t(
                        "Chỉ tiêu “{name}” mới đạt {share}% mục tiêu ({done}/{target} {unit}).",
                        name=ind.name,
                        share=share,
                        done=done,
                        target=format_number(ind.target),
                        unit=ind.unit,
                    )
                )
    return warnings


def needs_confirmation(target: Status, warnings: list[str]) -> bool:
    """Whether the interface should ask before taking the step."""
    return bool(warnings) or target in WEIGHTY_STEPS
