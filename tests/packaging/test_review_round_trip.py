"""Review, rubric and council scores travel back to the commune in the decisions package."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.rubric import DEFAULT_RUBRIC, Criterion, Rubric
from dvk_desktop.domain.vocab import DecisionKind, Status
from dvk_desktop.errors import PackageError
from dvk_desktop.packaging import keys
from dvk_desktop.services import evaluations, exchange, models, review, rubrics, workspace_keys
from dvk_desktop.services.decisions import DecisionInput, record_decision
from dvk_desktop.services.exchange.records.decision_checks import check_decision_records
from dvk_desktop.services.feedback import feedback_lines, model_feedback
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from tests.packaging.exchange import (
    COMMUNE,
    UPPER,
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
    forge,
    members,
    state_of,
)

DAY = dt.date(2026, 11, 5)
NAMES = ("Thắp sáng", "Camera an ninh", "Phân loại rác")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    return build_exchange(tmp_path_factory.mktemp("review") / "ex")


@pytest.fixture
def ex(template: Exchange, tmp_path: Path) -> Exchange:
    return copy_exchange(template, tmp_path / "ex")


def _uuids(ex: Exchange) -> dict[str, str]:
    with ex.commune() as commune, commune.sessions() as session:
        rows = list_models(session, ModelFilter())
        return {n: next(r.uuid for r in rows if r.name.startswith(n)) for n in NAMES}


def _review_and_score(ex: Exchange, uuid: dict[str, str]) -> Path:
    """At the upper level: import, review, edit the rubric, score twice, recognise, send."""
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        review.set_review(
            upper, uuid["Thắp sáng"], ReviewState.NEEDS_INFO,
            comment="Bổ sung biên bản nghiệm thu tuyến đèn", actor="Nguyễn Văn Bình",
        )  # fmt: skip
        review.set_review(upper, uuid["Camera an ninh"], ReviewState.ACCEPTED, actor="Bình")
        edited = Rubric((*DEFAULT_RUBRIC.criteria[:4], Criterion("ho_so", "Hồ sơ, minh chứng", 10)))
        rubrics.save_rubric(upper, edited, note="Đổi tên tiêu chí hồ sơ")
        points = {"sang_tao": 18, "hieu_qua": 31, "huy_dong": 18, "ben_vung": 12, "ho_so": 9}
        evaluations.score_model(
            upper, uuid["Camera an ninh"], "Trần Thị Hoa", points, evaluated_on=DAY,
            position="Chủ tịch Hội đồng", comment="Hiệu quả rõ, đề nghị công nhận",
        )  # fmt: skip
        evaluations.score_model(
            upper, uuid["Camera an ninh"], "Lê Văn Minh", {**points, "hieu_qua": Decimal("27.5")},
            evaluated_on=DAY,
        )  # fmt: skip
        record_decision(
            upper,
            DecisionInput(
                DecisionKind.RECOGNITION,
                "15/QĐ-BTGDVTU",
                dt.date(2026, 11, 20),
                "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội",
                [uuid["Camera an ninh"]],
            ),
            today=dt.date(2026, 11, 30),
        )
        back = exchange.export_package(
            upper, ex.usb, passphrase=UPPER_PASS, kind="decisions", recipient_code=COMMUNE,
            encrypt=False,
        )  # fmt: skip
    return back.path


def test_the_commune_sees_state_comment_scores_rubric_and_decision(ex: Exchange) -> None:
    uuid = _uuids(ex)
    package = _review_and_score(ex, uuid)
    with ex.commune() as commune:
        result = exchange.import_package(commune, package)
        assert result.status == "imported"
        returned = model_feedback(commune, uuid["Thắp sáng"])
        assert returned.status is Status.IMPLEMENTING  # editable again at the commune
        assert returned.review is not None
        assert (returned.review.state, returned.review.comment, returned.review.actor) == (
            ReviewState.NEEDS_INFO,
            "Bổ sung biên bản nghiệm thu tuyến đèn",
            "Nguyễn Văn Bình",
        )
        assert [e.state for e in returned.reviews] == [
            ReviewState.NEEDS_INFO,
            ReviewState.RECEIVED,
        ]
        scored = model_feedback(commune, uuid["Camera an ninh"])
        assert scored.status is Status.RECOGNISED
        assert [(s.member, s.total) for s in scored.scoring.sheets] == [
            ("Trần Thị Hoa", 88),
            ("Lê Văn Minh", Decimal("84.5")),
        ]
        assert scored.scoring.sheets[0].position == "Chủ tịch Hội đồng"
        assert (scored.scoring.average, scored.scoring.grade_label) == (Decimal("86.25"), "Tốt")
        assert scored.scoring.open_problem == "Điểm do cấp trên chấm (chỉ xem)."
        assert models.get_model(commune, uuid["Camera an ninh"])["score"] == Decimal("86.25")
        [decision] = scored.decisions
        assert (decision.number, decision.signed_on) == ("15/QĐ-BTGDVTU", dt.date(2026, 11, 20))
        text = "\n".join(feedback_lines(scored))
        assert "Thẩm định của Thành phố Hà Nội: Đủ điều kiện đánh giá (Bình," in text
        assert "Trần Thị Hoa (Chủ tịch Hội đồng), ngày 05/11/2026: 88 điểm" in text
        assert "Công nhận: Quyết định số 15/QĐ-BTGDVTU ngày 20/11/2026 của Ban Tuyên giáo" in text
        # What the commune will be scored on: the parent's current rubric (version 2).
        [current] = rubrics.parent_rubrics(commune)
        assert (current.version, current.issuer_unit_code) == (2, UPPER)
        assert current.rubric.criteria[4].name == "Hồ sơ, minh chứng"
        # Read-only: the commune cannot review or rescore with the parent's sheets.
        assert rubrics.current_rubric(commune).version == 1  # its own stays the default
        # Its next package does not send the parent's sheets back up.
        sent = exchange.export_package(
            commune, ex.usb, passphrase="mật khẩu xã Hoàn Kiếm 2026", encrypt=False
        )
    records = json.loads(members(sent.path)["data/records.json"])
    assert records["evaluations"] == []


def test_a_commune_keeps_its_own_score_when_its_parent_sent_none(ex: Exchange) -> None:
    uuid = _uuids(ex)
    points = {"sang_tao": 15, "hieu_qua": 30, "huy_dong": 15, "ben_vung": 10, "ho_so": 8}
    with ex.commune() as commune:
        evaluations.score_model(
            commune, uuid["Phân loại rác"], "Hội đồng thi đua phường", points, evaluated_on=DAY
        )
    package = _review_and_score(ex, uuid)  # the upper level does not score this one
    with ex.commune() as commune:
        exchange.import_package(commune, package)
        assert models.get_model(commune, uuid["Phân loại rác"])["score"] == 78
        own = evaluations.model_score(commune, uuid["Phân loại rác"])
        assert [s.member for s in own.sheets] == ["Hội đồng thi đua phường"]


def test_a_returned_model_proposed_again_is_received_again(ex: Exchange) -> None:
    uuid = _uuids(ex)
    package = _review_and_score(ex, uuid)
    with ex.commune() as commune:
        exchange.import_package(commune, package)
        models.change_status(commune, uuid["Thắp sáng"], Status.PROPOSED)
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        history = review.review_history(upper, uuid["Thắp sáng"])
        assert [e.state for e in history] == [
            ReviewState.RECEIVED,
            ReviewState.NEEDS_INFO,
            ReviewState.RECEIVED,
        ]
        assert history[0].actor.startswith(f"gói {COMMUNE}#")
        review.set_review(upper, uuid["Thắp sáng"], ReviewState.ACCEPTED)


def test_a_review_or_a_score_is_news_for_the_commune(ex: Exchange) -> None:
    from dvk_desktop.services.exchange import send_back

    uuid = _uuids(ex)
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        [row] = send_back.pending(upper)
        assert row.changed == 0  # the receipts the import recorded are not news
        review.set_review(upper, uuid["Camera an ninh"], ReviewState.ACCEPTED)
        assert send_back.pending(upper)[0].changed == 1
        exchange.export_package(
            upper, ex.usb, passphrase=UPPER_PASS, kind="decisions", recipient_code=COMMUNE,
            encrypt=False,
        )  # fmt: skip
        assert send_back.pending(upper)[0].changed == 0
        points = {"sang_tao": 18, "hieu_qua": 31, "huy_dong": 18, "ben_vung": 12, "ho_so": 9}
        evaluations.score_model(
            upper, uuid["Camera an ninh"], "Trần Thị Hoa", points, evaluated_on=DAY
        )
        assert send_back.pending(upper)[0].has_news


def _upper_key(ex: Exchange) -> keys.UnlockedKey:
    return keys.unlock(ex.upper_dir / "keys" / workspace_keys.KEY_FILE, UPPER_PASS)


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda r: r["reviews"][0].update(state="duyet"), "trạng thái thẩm định"),
        (lambda r: r["reviews"][0].update(comment="x" * 5000), "vượt giới hạn 4000"),
        (lambda r: r["reviews"][0].update(model_uuid=r["rubrics"][0]["uuid"]), "không thuộc"),
        (lambda r: r["score_sheets"][0]["scores"].update(sang_tao="25"), "không khớp bộ tiêu chí"),
        (lambda r: r["score_sheets"][0].update(rubric_uuid=None), "bộ tiêu chí của phiếu"),
        (lambda r: r["rubrics"][0].update(pass_from=95), "tăng dần"),
        (lambda r: r["models"][0].update(score="NaN"), "điểm trung bình"),
    ],
)
def test_a_decisions_package_with_bad_review_records_changes_nothing(
    ex: Exchange, tmp_path: Path, edit: Any, problem: str
) -> None:
    valid = _review_and_score(ex, _uuids(ex))

    def change(records: dict[str, Any]) -> dict[str, Any]:
        edit(records)
        return records

    bad = forge(valid, tmp_path / "bad.dvkpkg", _upper_key(ex), records=change)
    before = state_of(ex.commune_dir)
    with ex.commune() as commune, pytest.raises(PackageError) as info:
        exchange.import_package(commune, bad, quarantine=False)
    assert problem in " ".join([info.value.message, *info.value.details])
    assert state_of(ex.commune_dir) == before


def test_only_the_communes_parent_may_send_review_records() -> None:
    records = {"models": [], "reviews": [], "rubrics": [], "score_sheets": []}
    problems = check_decision_records(records, sender_unit_code="79", parent_unit_code=UPPER)
    assert problems == [
        f"Dữ liệu: gói quyết định phải do cấp trên của đơn vị này (mã {UPPER}) gửi, "
        "không phải đơn vị mã 79"
    ]
    assert check_decision_records(records, sender_unit_code=UPPER, parent_unit_code=UPPER) == []
