"""Registration checks: saving needs sane fields; submission needs a concrete, measurable plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dvk_desktop.domain.model import (
    IndicatorInput,
    ModelInput,
    check_savable,
    check_submittable,
    field_problems,
    submission_problems,
)
from dvk_desktop.domain.rubric import DEFAULT_RUBRIC
from dvk_desktop.domain.vocab import EvaluationGrade, ModelType, Novelty
from dvk_desktop.errors import ValidationError

TODAY = dt.date(2026, 6, 1)


def good() -> ModelInput:
    return ModelInput(
        name="Thắp sáng đường quê thôn 3",
        year=2026,
        owner_org_uuid="org",
        place="Thôn 3, xã Thăng Bình",
        start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2026, 12, 1),
        evaluation_date=dt.date(2026, 10, 15),
        goals="Lắp 270 bóng đèn",
        content="Vận động nhân dân đóng góp",
        indicators=[IndicatorInput("DEN_CHIEU_SANG", "Đèn", "bóng", Decimal(270))],
    )


def test_a_complete_registration_passes() -> None:
    assert submission_problems(good()) == []
    assert field_problems(good(), today=TODAY) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "Mô hình dân vận khéo"}, "chung chung"),
        ({"name": "Dân vận"}, "chung chung"),
        ({"place": "", "village_uuid": None}, "địa bàn"),
        ({"owner_org_uuid": None}, "đơn vị chủ trì"),
        ({"model_type": ModelType.INDIVIDUAL}, "cá nhân thực hiện"),
        ({"start_date": None}, "thời gian thực hiện"),
        ({"evaluation_date": None}, "thời điểm đánh giá"),
        ({"indicators": []}, "chỉ tiêu đo đếm được"),
        ({"indicators": [IndicatorInput("X", "Hộ", "hộ", None)]}, "chỉ tiêu đo đếm được"),
        ({"goals": ""}, "mục tiêu"),
        ({"content": ""}, "nội dung"),
    ],
)
def test_vague_registrations_are_refused_saying_what_is_missing(
    change: dict[str, object], message: str
) -> None:
    data = good()
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as info:
        check_submittable(data)
    assert any(message in d for d in info.value.details), info.value.details


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "Chưa nhập tên"),
        ({"name": "x" * 301}, "vượt quá giới hạn 300"),
        ({"content": "x" * 12001}, "12.000"),
        ({"year": 2008}, "Năm đăng ký"),
        ({"end_date": dt.date(2025, 1, 1)}, "trước ngày bắt đầu"),
        ({"budget_state": -1}, "không được âm"),
        ({"budget_social": 1.5}, "số nguyên"),
        ({"novelty": Novelty.MAINTAINED}, "năm trước"),
        ({"indicators": [IndicatorInput("A", "a", "u", Decimal(1))] * 2}, "hai lần"),
        ({"indicators": [IndicatorInput("A", "a", "u", Decimal(-1))]}, "không được âm"),
    ],
)
def test_records_with_bad_fields_cannot_be_saved(change: dict[str, object], message: str) -> None:
    data = good()
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as info:
        check_savable(data, today=TODAY)
    assert any(message in d for d in info.value.details), info.value.details


def test_rubric_grades_follow_the_thresholds() -> None:
    assert DEFAULT_RUBRIC.total_points == 100
    assert DEFAULT_RUBRIC.grade(90) is EvaluationGrade.EXCELLENT
    assert DEFAULT_RUBRIC.grade(75) is EvaluationGrade.GOOD
    assert DEFAULT_RUBRIC.grade(50) is EvaluationGrade.PASS
    assert DEFAULT_RUBRIC.grade(49.5) is EvaluationGrade.FAIL


def test_rubric_refuses_scores_above_a_criterion_maximum() -> None:
    scores = {c.code: c.max_points for c in DEFAULT_RUBRIC.criteria}
    assert DEFAULT_RUBRIC.check_scores(scores) == 100
    scores["sang_tao"] = 25
    with pytest.raises(ValidationError, match="từ 0 đến 20"):
        DEFAULT_RUBRIC.check_scores(scores)
