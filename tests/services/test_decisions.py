"""Decisions move every listed model in one transaction, or nothing at all."""

from __future__ import annotations

import datetime as dt

import pytest

from dvk_desktop.domain.vocab import AwardForm, DecisionKind, Status
from dvk_desktop.errors import ValidationError
from dvk_desktop.services import models
from dvk_desktop.services.decisions import DecisionInput, list_decisions, record_decision
from dvk_desktop.services.evaluations import evaluate, evaluations_of
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input

TODAY = dt.date(2026, 11, 20)


def _proposed(handle: WorkspaceHandle, name: str) -> str:
    uuid = models.create_model(handle, complete_input(handle, name=name))
    for target in (Status.IMPLEMENTING, Status.PROPOSED):
        models.change_status(handle, uuid, target)
    return uuid


def _decision(
    kind: DecisionKind, uuids: list[str], number: str = "12/QĐ-BCĐ", **kw: object
) -> DecisionInput:
    return DecisionInput(
        kind=kind,
        number=number,
        signed_on=dt.date(2026, 10, 15),
        issuer="Ban Chỉ đạo phong trào DVK phường",
        model_uuids=uuids,
        **kw,
    )  # type: ignore[arg-type]


def test_recognition_moves_all_models_and_is_listed(workspace: WorkspaceHandle) -> None:
    a = _proposed(workspace, "Thắp sáng đường quê thôn 3")
    b = _proposed(workspace, "Tổ tự quản 5 trong 1 thôn 3")
    record_decision(workspace, _decision(DecisionKind.RECOGNITION, [a, b]), today=TODAY)
    assert {models.get_model(workspace, u)["status"] for u in (a, b)} == {"cong_nhan"}
    [row] = list_decisions(workspace)
    assert row.number == "12/QĐ-BCĐ"
    assert sorted(row.model_codes) == ["MH-2026-001", "MH-2026-002"]


def test_one_model_in_the_wrong_status_stops_the_whole_decision(workspace: WorkspaceHandle) -> None:
    a = _proposed(workspace, "Thắp sáng đường quê thôn 3")
    b = models.create_model(workspace, complete_input(workspace, name="Camera an ninh thôn 3"))
    with pytest.raises(ValidationError) as info:
        record_decision(workspace, _decision(DecisionKind.RECOGNITION, [a, b]), today=TODAY)
    assert "chưa lưu gì" in info.value.message
    assert any("MH-2026-002" in d and "Không thể chuyển" in d for d in info.value.details)
    assert models.get_model(workspace, a)["status"] == "de_nghi_cong_nhan"
    assert list_decisions(workspace) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"number": " "}, "số, ký hiệu"),
        ({"issuer": ""}, "cơ quan ban hành"),
        ({"signed_on": dt.date(2027, 1, 1)}, "ở tương lai"),
        ({"model_uuids": []}, "chưa có mô hình"),
    ],
)
def test_incomplete_decisions_are_refused(
    workspace: WorkspaceHandle, change: dict[str, object], message: str
) -> None:
    a = _proposed(workspace, "Thắp sáng đường quê thôn 3")
    data = _decision(DecisionKind.RECOGNITION, [a])
    data = DecisionInput(**{**data.__dict__, **change})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        record_decision(workspace, data, today=TODAY)
    assert any(message in d for d in info.value.details)
    assert models.get_model(workspace, a)["status"] == "de_nghi_cong_nhan"


def test_a_commune_cannot_record_a_provincial_award(workspace: WorkspaceHandle) -> None:
    a = _proposed(workspace, "Thắp sáng đường quê thôn 3")
    with pytest.raises(ValidationError, match="Cấp xã chỉ ghi được"):
        record_decision(
            workspace,
            _decision(DecisionKind.AWARD, [a], award_form=AwardForm.PROVINCE_CERTIFICATE),
            today=TODAY,
        )


def test_the_same_decision_number_cannot_be_entered_twice(workspace: WorkspaceHandle) -> None:
    a = _proposed(workspace, "Thắp sáng đường quê thôn 3")
    b = _proposed(workspace, "Camera an ninh thôn 3")
    record_decision(workspace, _decision(DecisionKind.RECOGNITION, [a]), today=TODAY)
    with pytest.raises(ValidationError, match="đã được nhập"):
        record_decision(workspace, _decision(DecisionKind.RECOGNITION, [b]), today=TODAY)


def test_full_path_to_a_commune_award(workspace: WorkspaceHandle) -> None:
    a = _proposed(workspace, "Thắp sáng đường quê thôn 3")
    record_decision(workspace, _decision(DecisionKind.RECOGNITION, [a], "1/QĐ"), today=TODAY)
    record_decision(workspace, _decision(DecisionKind.EXEMPLARY, [a], "2/QĐ"), today=TODAY)
    models.change_status(workspace, a, Status.PROPOSED_AWARD)
    record_decision(
        workspace,
        _decision(DecisionKind.AWARD, [a], "3/QĐ-UBND", award_form=AwardForm.COMMUNE_MERIT),
        today=TODAY,
    )
    assert models.get_model(workspace, a)["status"] == "khen_thuong"


def test_evaluation_stores_scores_total_and_grade(workspace: WorkspaceHandle) -> None:
    a = _proposed(workspace, "Thắp sáng đường quê thôn 3")
    result = evaluate(
        workspace,
        a,
        {"sang_tao": 18, "hieu_qua": 30, "huy_dong": 18, "ben_vung": 12, "ho_so": 8},
        evaluated_on=TODAY,
        evaluator="Hội đồng thi đua",
    )
    assert result.total == 86
    assert result.grade.value == "tot"
    snap = models.get_model(workspace, a)
    assert (snap["score"], snap["grade"]) == (86, "tot")
    assert [e.total for e in evaluations_of(workspace, a)] == [86]


def test_evaluation_with_a_missing_criterion_is_refused(workspace: WorkspaceHandle) -> None:
    a = _proposed(workspace, "Thắp sáng đường quê thôn 3")
    with pytest.raises(ValidationError, match="Chưa chấm tiêu chí"):
        evaluate(workspace, a, {"sang_tao": 18}, evaluated_on=TODAY)
    assert models.get_model(workspace, a)["score"] is None
