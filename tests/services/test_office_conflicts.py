"""Two clerks on one office database: a save over another clerk's change is refused, not lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import ConflictError
from dvk_desktop.services import evaluations, review
from dvk_desktop.storage.models import DvkModel
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
