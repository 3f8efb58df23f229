"""Writing and reading review rows inside the caller's transaction (lifecycle and import use it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.review import MAX_ACTOR, ReviewState
from dvk_desktop.messages import _t
from dvk_desktop.storage.models import ModelReview, utcnow

# The remark an import records when a proposal arrives (stored as its Vietnamese text).
RECEIVED_NOTE = _t("Nhận hồ sơ đề nghị công nhận qua gói dữ liệu.")


def note_text(comment: str) -> str:
    """A review remark as shown: the program's own remark is a message, a clerk's stays as typed."""
    return RECEIVED_NOTE if comment == str(RECEIVED_NOTE) else comment


def add_review(
    session: Session,
    model_id: int,
    state: ReviewState,
    *,
    comment: str,
    actor: str,
    origin: str,
    at: dt.datetime | None = None,
) -> ModelReview:
    """Append one review verdict to a model's history."""
    row = ModelReview(
        model_id=model_id,
        state=state.value,
        comment=comment,
        actor=actor[:MAX_ACTOR],
        at=at or utcnow(),
        origin_unit_code=origin,
    )
    session.add(row)
    return row


def latest_reviews(
    session: Session, model_ids: Iterable[int], *, origin: str | None = None
) -> dict[int, ModelReview]:
    """The newest review of each model (by time, then by insertion), optionally by one unit."""
    ids = sorted(set(model_ids))
    latest: dict[int, ModelReview] = {}
    for start in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
        stmt = select(ModelReview).where(ModelReview.model_id.in_(ids[start : start + 500]))
        if origin is not None:
            stmt = stmt.where(ModelReview.origin_unit_code == origin)
        for row in session.scalars(stmt.order_by(ModelReview.at, ModelReview.id)):
            latest[row.model_id] = row
    return latest


def latest_state(
    session: Session, model_id: int, *, origin: str | None = None
) -> ReviewState | None:
    """The newest review state of one model, or None if it was never reviewed."""
    row = latest_reviews(session, [model_id], origin=origin).get(model_id)
    return ReviewState(row.state) if row is not None else None
