"""Two clerks on one office database: a save over another clerk's change is refused, not lost."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind, Status
from dvk_desktop.errors import ConflictError, ValidationError
from dvk_desktop.services import audit, change_requests, evaluations, review
from dvk_desktop.services.decisions import DecisionInput, list_decisions, record_decision
from dvk_desktop.services.models import get_row
from dvk_desktop.storage.models import ChangeRequest, DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.reports.bulk import insert_models

DAY = dt.date(2026, 11, 5)
FULL = {"sang_tao": 18, "hieu_qua": 30, "huy_dong": 18, "ben_vung": 12, "ho_so": 8}  # 86
LOW = {"sang_tao": 10, "hieu_qua": 20, "huy_dong": 10, "ben_vung": 6, "ho_so": 4}  # 50
FIRST = "10000000-0000-4000-8000-000001000000"


@pytest.fixture
def clerks(
    tmp_path: Path, new_workspace: Callable[..., WorkspaceHandle]
) -> Iterator[tuple[WorkspaceHandle, WorkspaceHandle]]:
    """A province holding two proposed models, open on two "PCs" (two handles, one database)."""
    first = new_workspace(tmp_path / "tinh", unit_code="01")
    insert_models(first, 2, units=["00070"])
    with first.engine.begin() as conn:
        conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
    second = open_workspace(tmp_path / "tinh")
    yield first, second
    second.close()


def _version(handle: WorkspaceHandle) -> int:
    return next(r for r in review.list_reviews(handle) if r.model_uuid == FIRST).upper_version


def test_a_review_saved_over_another_clerks_is_refused_naming_who_and_when(
    clerks: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    lan, binh = clerks
    seen = _version(lan)  # Lan opens the form
    review.set_review(binh, FIRST, ReviewState.ACCEPTED, actor="Bình", expected_version=seen)
    with pytest.raises(ConflictError) as caught:
        review.set_review(
            lan, FIRST, ReviewState.NOT_ACCEPTED, comment="Chưa đủ minh chứng", actor="Lan",
            expected_version=seen,
        )  # fmt: skip
    exc = caught.value
    assert "“Bình”" in exc.message and "chưa được lưu" in exc.message
    assert exc.when and exc.when in exc.message
    assert (ReviewState.ACCEPTED.label) in dict(exc.theirs).values()
    assert exc.version == seen + 1
    assert [e.actor for e in review.review_history(lan, FIRST)] == ["Bình"]  # nothing changed
    # Lan saw Bình's verdict and saves hers over it on purpose: the version she was shown.
    review.set_review(
        lan, FIRST, ReviewState.NOT_ACCEPTED, comment="Chưa đủ minh chứng", actor="Lan",
        expected_version=int(str(exc.version)),
    )  # fmt: skip
    assert [e.actor for e in review.review_history(binh, FIRST)] == ["Lan", "Bình"]


def test_a_batch_stops_whole_at_the_one_model_another_clerk_changed(
    clerks: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    lan, binh = clerks
    seen = {r.model_uuid: r.upper_version for r in review.list_reviews(lan)}
    review.set_review(binh, FIRST, ReviewState.ACCEPTED, actor="Bình")  # the CLI: no version
    with pytest.raises(ConflictError, match="MH-2026-000000"):
        review.set_reviews(lan, list(seen), ReviewState.ACCEPTED, expected_versions=seen)
    assert all(len(review.review_history(lan, u)) == (u == FIRST) for u in seen)


def test_score_sheets_conflict_per_member_and_removal_counts_too(
    clerks: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    lan, binh = clerks
    review.set_review(lan, FIRST, ReviewState.ACCEPTED)
    assert evaluations.model_score(lan, FIRST).sheets == []  # Lan opens An's (empty) sheet
    evaluations.score_model(
        binh, FIRST, "Nguyễn Văn An", FULL, evaluated_on=DAY, expected_version=""
    )
    with pytest.raises(ConflictError) as caught:
        evaluations.score_model(
            lan, FIRST, "Nguyễn Văn An", LOW, evaluated_on=DAY, expected_version=""
        )
    assert "Nguyễn Văn An" in caught.value.message
    assert ("Tổng điểm", "86") in [(str(k), v) for k, v in caught.value.theirs]
    # Another member's sheet is no conflict: clerks type several members' sheets at once.
    evaluations.score_model(lan, FIRST, "Trần Thị Bình", LOW, evaluated_on=DAY, expected_version="")
    score = evaluations.model_score(lan, FIRST)
    assert [s.total for s in score.sheets] == [86, 50]
    an = score.sheets[0]
    evaluations.remove_score_sheet(binh, FIRST, "Nguyễn Văn An", expected_version=an.version)
    with pytest.raises(ConflictError) as caught:
        evaluations.score_model(
            lan, FIRST, "Nguyễn Văn An", LOW, evaluated_on=DAY, expected_version=an.version
        )
    assert "(đã bị xóa)" in dict(caught.value.theirs).values()
    saved = evaluations.score_model(
        lan, FIRST, "Nguyễn Văn An", LOW, evaluated_on=DAY,
        expected_version=str(caught.value.version),
    )  # fmt: skip
    assert saved.total == 50 and saved.version != an.version


def test_the_check_is_atomic_a_save_waits_for_the_other_clerks_commit(
    clerks: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    """Bình's save is half-way (row written, not committed) when Lan saves the version she read.

    A read-then-write would read the old version and pass; the row lock makes Lan's save wait
    for Bình's commit, then see his version and be refused.
    """
    lan, binh = clerks
    seen = _version(lan)
    outcome: list[BaseException | None] = []

    def lan_saves() -> None:
        try:
            review.set_review(lan, FIRST, ReviewState.ACCEPTED, actor="Lan", expected_version=seen)
            outcome.append(None)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    with binh.sessions() as session, session.begin():
        model = get_row(session, FIRST)
        model.upper_version += 1
        audit.record(session, action="review", entity="model", entity_uuid=FIRST, actor="Bình")
        session.flush()  # PostgreSQL: the row is locked; SQLite: BEGIN IMMEDIATE holds the file
        worker = threading.Thread(target=lan_saves)
        worker.start()
        time.sleep(0.3)
        assert not outcome  # Lan's save waits
    worker.join(10)
    assert isinstance(outcome[0], ConflictError) and "Bình" in outcome[0].message
    assert review.review_history(lan, FIRST) == []


def test_two_clerks_deciding_on_one_model_at_once_end_with_one_decision(
    clerks: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    lan, binh = clerks
    review.set_review(lan, FIRST, ReviewState.ACCEPTED)
    start = threading.Barrier(2)
    outcomes: dict[str, BaseException | str] = {}

    def decide(handle: WorkspaceHandle, who: str, number: str) -> None:
        data = DecisionInput(
            kind=DecisionKind.RECOGNITION, number=number, signed_on=DAY,
            issuer="Ban Dân vận Tỉnh ủy", model_uuids=[FIRST],
        )  # fmt: skip
        start.wait(5)
        try:
            outcomes[who] = record_decision(handle, data, actor=who, today=DAY)
        except BaseException as exc:  # handed to the test thread
            outcomes[who] = exc

    workers = [
        threading.Thread(target=decide, args=(lan, "Lan", "7/QĐ-BDV")),
        threading.Thread(target=decide, args=(binh, "Bình", "8/QĐ-BDV")),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(20)
    refused = [who for who, out in outcomes.items() if isinstance(out, BaseException)]
    assert len(refused) == 1, outcomes
    exc = outcomes[refused[0]]
    assert isinstance(exc, ConflictError), exc
    winner = "Lan" if refused == ["Bình"] else "Bình"
    assert f"“{winner}”" in exc.message and "chưa được lưu" in exc.message
    listed = [d for d in list_decisions(lan) if FIRST in d.model_uuids]
    assert [d.number for d in listed] == ["7/QĐ-BDV" if winner == "Lan" else "8/QĐ-BDV"]


def test_two_clerks_deciding_one_change_request_at_once_decide_it_once(
    clerks: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    lan, binh = clerks
    with lan.sessions() as session, session.begin():
        model = get_row(session, FIRST)
        session.add(
            ChangeRequest(
                uuid="c0000000-0000-4000-8000-000000000001", model_id=model.id,
                origin_unit_code="00070", base_version=1, base_json="{}", proposed_json="{}",
            )
        )  # fmt: skip
    start = threading.Barrier(2)
    outcomes: dict[str, BaseException | None] = {}

    def reject(handle: WorkspaceHandle, who: str) -> None:
        start.wait(5)
        try:
            change_requests.reject(handle, "c0000000", comment=f"Không đồng ý ({who})", actor=who)
            outcomes[who] = None
        except BaseException as exc:  # handed to the test thread
            outcomes[who] = exc

    workers = [threading.Thread(target=reject, args=a) for a in ((lan, "Lan"), (binh, "Bình"))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(20)
    refused = [exc for exc in outcomes.values() if exc is not None]
    assert len(refused) == 1, outcomes
    assert isinstance(refused[0], ValidationError) and "đã có kết quả" in refused[0].message


def test_two_batches_over_the_same_models_in_opposite_order_never_deadlock(
    clerks: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    lan, binh = clerks
    both = [r.model_uuid for r in review.list_reviews(lan)]
    start = threading.Barrier(2)
    outcomes: dict[str, BaseException | None] = {}

    def batch(handle: WorkspaceHandle, who: str, refs: list[str]) -> None:
        start.wait(5)
        try:
            review.set_reviews(handle, refs, ReviewState.RECEIVED, actor=who)
            outcomes[who] = None
        except BaseException as exc:  # handed to the test thread
            outcomes[who] = exc

    workers = [
        threading.Thread(target=batch, args=(lan, "Lan", both)),
        threading.Thread(target=batch, args=(binh, "Bình", both[::-1])),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(20)
    # One after the other, as if serial: the second batch finds "received" already recorded and
    # is refused whole by the rule, never by a deadlock or a half-written batch.
    refused = [exc for exc in outcomes.values() if exc is not None]
    assert len(outcomes) == 2 and len(refused) == 1, outcomes
    assert isinstance(refused[0], ValidationError) and "Đã tiếp nhận" in refused[0].message
    assert all(len(review.review_history(lan, u)) == 1 for u in both)
