"""The upper level reviews a commune's proposed models, then its council scores them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.rubric import DEFAULT_RUBRIC, Criterion, Rubric
from dvk_desktop.domain.vocab import DecisionKind, ModelType, Status
from dvk_desktop.errors import ValidationError
from dvk_desktop.services import evaluations, models, review, rubrics
from dvk_desktop.services.decisions import DecisionInput, record_decision
from dvk_desktop.services.feedback import feedback_lines, model_feedback
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.reports.bulk import insert_models

DAY = dt.date(2026, 11, 5)
FULL = {"sang_tao": 18, "hieu_qua": 30, "huy_dong": 18, "ben_vung": 12, "ho_so": 8}  # 86


@pytest.fixture
def upper(tmp_path: Path) -> Iterator[WorkspaceHandle]:
    """A province holding six proposed models of two communes (as if imported)."""
    handle = init_workspace(tmp_path / "tinh", unit_code="01")
    insert_models(handle, 6, units=["00070", "00073"])
    with handle.engine.begin() as conn:
        conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
    yield handle
    handle.close()


def _ref(n: int) -> str:
    return f"10000000-0000-4000-8000-{1_000_000 + n:012d}"


def test_a_model_returned_for_more_information_goes_back_to_the_commune(
    upper: WorkspaceHandle,
) -> None:
    with pytest.raises(ValidationError, match="cần bổ sung những gì"):
        review.set_review(upper, _ref(0), ReviewState.NEEDS_INFO)
    entry = review.set_review(
        upper, _ref(0), ReviewState.NEEDS_INFO, comment="Thiếu ảnh nghiệm thu", actor="Bình"
    )
    assert (entry.state, entry.comment, entry.actor) == (
        ReviewState.NEEDS_INFO,
        "Thiếu ảnh nghiệm thu",
        "Bình",
    )
    assert models.get_model(upper, _ref(0))["status"] == Status.IMPLEMENTING.value
    with pytest.raises(ValidationError) as info:
        review.set_review(upper, _ref(0), ReviewState.ACCEPTED)
    assert "đã được trả lại để bổ sung" in info.value.user_text()


def test_the_lifecycle_step_trả_lại_records_the_same_review_state(upper: WorkspaceHandle) -> None:
    models.change_status(upper, _ref(1), Status.IMPLEMENTING, note="Bổ sung biên bản")
    [entry] = review.review_history(upper, _ref(1))
    assert (entry.state, entry.comment) == (ReviewState.NEEDS_INFO, "Bổ sung biên bản")


def test_reviews_are_history_and_the_list_filters_by_state(upper: WorkspaceHandle) -> None:
    assert review.current_state(upper, _ref(2)) is ReviewState.RECEIVED  # never reviewed
    review.set_review(upper, _ref(2), ReviewState.NOT_ACCEPTED, comment="Trùng mô hình 2025")
    review.set_review(upper, _ref(2), ReviewState.ACCEPTED, comment="Đã giải trình")
    assert [e.state for e in review.review_history(upper, _ref(2))] == [
        ReviewState.ACCEPTED,
        ReviewState.NOT_ACCEPTED,
    ]
    accepted = review.list_reviews(upper, state=ReviewState.ACCEPTED)
    assert [r.model_uuid for r in accepted] == [_ref(2)]
    assert accepted[0].comment == "Đã giải trình"
    assert len(review.list_reviews(upper, unit_code="00073")) == 3


def test_scoring_needs_acceptance_then_averages_the_members(upper: WorkspaceHandle) -> None:
    with pytest.raises(ValidationError, match="hãy thẩm định trước"):
        evaluations.score_model(upper, _ref(0), "Nguyễn Văn A", FULL, evaluated_on=DAY)
    review.set_review(upper, _ref(0), ReviewState.ACCEPTED)
    evaluations.score_model(upper, _ref(0), "Nguyễn Văn A", FULL, evaluated_on=DAY)
    second = {**FULL, "hieu_qua": Decimal("25.5")}  # 81,5
    evaluations.score_model(
        upper, _ref(0), "Trần Thị B", second, evaluated_on=DAY, position="Ủy viên"
    )
    third = {**FULL, "hieu_qua": 31, "ho_so": Decimal("7.25")}  # 86,25
    evaluations.score_model(upper, _ref(0), "Lê Văn C", third, evaluated_on=DAY)
    score = evaluations.model_score(upper, _ref(0))
    assert [s.total for s in score.sheets] == [86, Decimal("81.5"), Decimal("86.25")]
    assert score.average == Decimal("84.58")  # 253,75 / 3 = 84,5833… half up
    assert score.grade_label == "Tốt"
    snap = models.get_model(upper, _ref(0))
    assert (snap["score"], snap["grade"]) == (Decimal("84.58"), "tot")


def test_a_member_edits_their_own_sheet_until_a_decision(upper: WorkspaceHandle) -> None:
    review.set_review(upper, _ref(0), ReviewState.ACCEPTED)
    evaluations.score_model(upper, _ref(0), "Nguyễn Văn A", FULL, evaluated_on=DAY)
    evaluations.score_model(
        upper, _ref(0), "nguyen van a", {**FULL, "ho_so": 10}, evaluated_on=DAY, comment="Sửa"
    )
    [sheet] = evaluations.model_score(upper, _ref(0)).sheets
    assert (sheet.total, sheet.comment) == (88, "Sửa")
    record_decision(
        upper,
        DecisionInput(DecisionKind.RECOGNITION, "15/QĐ-BTGDVTU", DAY, "Ban TGDV", [_ref(0)]),
        today=DAY,
    )
    with pytest.raises(ValidationError, match="đã có quyết định"):
        evaluations.score_model(upper, _ref(0), "Nguyễn Văn A", FULL, evaluated_on=DAY)
    assert evaluations.model_score(upper, _ref(0)).open_problem is not None


def test_sheets_are_refused_with_every_problem_in_vietnamese(upper: WorkspaceHandle) -> None:
    review.set_review(upper, _ref(0), ReviewState.ACCEPTED)
    bad = {"sang_tao": 25, "hieu_qua": Decimal("30.125"), "huy_dong": 18, "khac": 1}
    with pytest.raises(ValidationError) as info:
        evaluations.score_model(upper, _ref(0), "Nguyễn Văn A", bad, evaluated_on=DAY)
    text = " ".join(info.value.details)
    assert "phải từ 0 đến 20" in text
    assert "tối đa hai chữ số thập phân" in text
    assert "Chưa chấm tiêu chí “Tính bền vững, khả năng nhân rộng”" in text
    assert "Không có tiêu chí mã “khac”" in text
    with pytest.raises(ValidationError, match="họ tên thành viên"):
        evaluations.score_model(upper, _ref(0), "  ", FULL, evaluated_on=DAY)
    assert evaluations.model_score(upper, _ref(0)).sheets == []


def test_not_eligible_models_cannot_be_scored_or_recognised(upper: WorkspaceHandle) -> None:
    review.set_review(upper, _ref(3), ReviewState.NOT_ACCEPTED, comment="Không thuộc lĩnh vực")
    with pytest.raises(ValidationError, match="chưa được thẩm định"):
        evaluations.score_model(upper, _ref(3), "Nguyễn Văn A", FULL, evaluated_on=DAY)
    with pytest.raises(ValidationError) as info:
        record_decision(
            upper,
            DecisionInput(DecisionKind.RECOGNITION, "16/QĐ", DAY, "Ban TGDV", [_ref(3)]),
            today=DAY,
        )
    assert any("không công nhận được" in d for d in info.value.details)
    record_decision(
        upper,
        DecisionInput(DecisionKind.NOT_ACHIEVED, "17/QĐ", DAY, "Ban TGDV", [_ref(3)]),
        today=DAY,
    )
    assert models.get_model(upper, _ref(3))["status"] == Status.NOT_ACHIEVED.value


def test_a_rubric_edit_is_a_new_version_and_sheets_keep_theirs(upper: WorkspaceHandle) -> None:
    for n in (0, 2):
        review.set_review(upper, _ref(n), ReviewState.ACCEPTED)
    evaluations.score_model(upper, _ref(0), "Nguyễn Văn A", FULL, evaluated_on=DAY)
    edited = Rubric(
        (*DEFAULT_RUBRIC.criteria[:4], Criterion("ung_dung", "Ứng dụng công nghệ số", 10)),
        excellent_from=85,
    )
    saved = rubrics.save_rubric(upper, edited, note="Thêm chuyển đổi số")
    assert saved.version == 2
    assert [v.version for v in rubrics.rubric_history(upper)] == [2, 1]
    with pytest.raises(ValidationError, match="không có gì thay đổi"):
        rubrics.save_rubric(upper, edited)
    # The model already scored stays on version 1 for every member; the other uses version 2.
    evaluations.score_model(upper, _ref(0), "Trần Thị B", FULL, evaluated_on=DAY)
    assert evaluations.model_score(upper, _ref(0)).rubric.version == 1
    with pytest.raises(ValidationError) as info:
        evaluations.score_model(upper, _ref(2), "Nguyễn Văn A", FULL, evaluated_on=DAY)
    assert "Không có tiêu chí mã “ho_so”." in info.value.details
    new = {**{k: v for k, v in FULL.items() if k != "ho_so"}, "ung_dung": 9}
    evaluations.score_model(upper, _ref(2), "Nguyễn Văn A", new, evaluated_on=DAY)
    scored = evaluations.model_score(upper, _ref(2))
    assert (scored.rubric.version, scored.average, scored.grade_label) == (2, 87, "Xuất sắc")


def test_bad_rubrics_are_refused_and_individual_models_may_have_their_own(
    upper: WorkspaceHandle,
) -> None:
    with pytest.raises(ValidationError, match="tăng dần"):
        rubrics.save_rubric(upper, Rubric(DEFAULT_RUBRIC.criteria, 90, 95, 50))
    with pytest.raises(ValidationError, match="bị trùng"):
        rubrics.save_rubric(upper, Rubric((*DEFAULT_RUBRIC.criteria, DEFAULT_RUBRIC.criteria[0])))
    personal = Rubric(
        (
            Criterion("guong_mau", "Bản thân, gia đình gương mẫu chấp hành chủ trương", 30),
            Criterion("sang_kien", "Có sáng kiến, cách làm hay", 40),
            Criterion("tan_tuy", "Tận tụy phục vụ Nhân dân", 30),
        )
    )
    saved = rubrics.save_rubric(upper, personal, scope=ModelType.INDIVIDUAL)
    assert (saved.version, saved.scope_label) == (1, "mô hình cá nhân")
    assert rubrics.current_rubric(upper, ModelType.COLLECTIVE).rubric == DEFAULT_RUBRIC
    assert rubrics.rubric_for_model(upper, _ref(0)).rubric == personal  # model 0 is cá nhân
    assert rubrics.rubric_for_model(upper, _ref(1)).rubric == DEFAULT_RUBRIC
    assert len(rubrics.own_rubrics(upper)) == 2


def test_the_commune_cannot_review_its_own_models(workspace: WorkspaceHandle) -> None:
    from tests.factories import complete_input

    uuid = models.create_model(workspace, complete_input(workspace, name="Camera an ninh thôn 3"))
    models.change_status(workspace, uuid, Status.IMPLEMENTING)
    models.change_status(workspace, uuid, Status.PROPOSED)
    with pytest.raises(ValidationError, match="việc của cấp trên"):
        review.set_review(workspace, uuid, ReviewState.ACCEPTED)
    # A commune scores its own models without a review step.
    evaluations.score_model(workspace, uuid, "Hội đồng xã", FULL, evaluated_on=DAY)
    assert evaluations.model_score(workspace, uuid).average == 86


def test_feedback_lines_say_state_comment_who_and_scores(upper: WorkspaceHandle) -> None:
    review.set_review(upper, _ref(4), ReviewState.ACCEPTED, comment="Hồ sơ đủ", actor="Bình")
    evaluations.score_model(upper, _ref(4), "Nguyễn Văn A", FULL, evaluated_on=DAY)
    text = "\n".join(feedback_lines(model_feedback(upper, _ref(4))))
    assert "Đủ điều kiện đánh giá: “Hồ sơ đủ” (Bình," in text
    assert "Điểm: 86/100 — Tốt (trung bình của 1 thành viên" in text
    assert "Nguyễn Văn A, ngày 05/11/2026: 86 điểm" in text
