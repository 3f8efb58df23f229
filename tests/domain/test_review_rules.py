"""Review states beside the lifecycle, score sheets and their average, rubric data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dvk_desktop.domain.review import ReviewState, check_review, effective_state, scoring_problem
from dvk_desktop.domain.rubric import DEFAULT_RUBRIC, rubric_from_json, rubric_to_json
from dvk_desktop.domain.scoring import member_key, outcome
from dvk_desktop.domain.vocab import EvaluationGrade, Status
from dvk_desktop.errors import ValidationError


def test_returning_for_more_information_is_the_lifecycle_return_step() -> None:
    step = check_review(Status.PROPOSED, ReviewState.NEEDS_INFO, " Thiếu ảnh ", None)
    assert (step.comment, step.lifecycle_target) == ("Thiếu ảnh", Status.IMPLEMENTING)
    assert check_review(Status.PROPOSED, ReviewState.ACCEPTED, "", None).lifecycle_target is None


@pytest.mark.parametrize(
    ("status", "state", "comment", "message"),
    [
        (Status.IMPLEMENTING, ReviewState.ACCEPTED, "", "Chỉ thẩm định được mô hình"),
        (Status.RECOGNISED, ReviewState.ACCEPTED, "", "Chỉ thẩm định được mô hình"),
        (Status.PROPOSED, ReviewState.NOT_ACCEPTED, " ", "Hãy ghi nhận xét"),
        (Status.PROPOSED, ReviewState.ACCEPTED, "x" * 4001, "vượt giới hạn 4000"),
    ],
)
def test_review_refusals(status: Status, state: ReviewState, comment: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_review(status, state, comment, None)


def test_a_proposed_model_never_reviewed_counts_as_received() -> None:
    assert effective_state(Status.PROPOSED, None) is ReviewState.RECEIVED
    assert effective_state(Status.IMPLEMENTING, None) is None
    assert scoring_problem(Status.PROPOSED, ReviewState.ACCEPTED, upper=True) is None
    assert scoring_problem(Status.PROPOSED, ReviewState.RECEIVED, upper=False) is None
    assert "thẩm định trước" in str(scoring_problem(Status.PROPOSED, None, upper=True))
    assert ReviewState.from_text("Cần bổ sung thông tin") is ReviewState.NEEDS_INFO


def test_the_average_is_rounded_half_up_to_two_decimals() -> None:
    result = outcome(DEFAULT_RUBRIC, [Decimal("84.5"), Decimal("84.5"), Decimal("84.515")])
    assert result.average == Decimal("84.51")  # 84,505 -> 84,51, not banker's 84,50
    assert outcome(DEFAULT_RUBRIC, [Decimal(90), Decimal(89)]).grade is EvaluationGrade.GOOD  # 89,5
    assert outcome(DEFAULT_RUBRIC, [Decimal(100)]).average == 100
    assert outcome(DEFAULT_RUBRIC, []).average is None
    assert member_key(" Nguyễn  Văn Đức ") == member_key("nguyen van duc")


def test_a_rubric_round_trips_as_json_and_bad_ones_say_why() -> None:
    assert rubric_from_json(rubric_to_json(DEFAULT_RUBRIC)) == DEFAULT_RUBRIC
    with pytest.raises(ValidationError, match="chữ thường không dấu"):
        rubric_from_json({"criteria": [{"code": "Hiệu quả", "name": "x", "max_points": 10}]})
    with pytest.raises(ValidationError, match="điểm tối đa phải"):
        rubric_from_json({"criteria": [{"code": "a", "name": "x", "max_points": 0}]})
    with pytest.raises(ValidationError, match="danh sách"):
        rubric_from_json([])
