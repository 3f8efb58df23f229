"""Reviewing (thẩm định) the models communes propose: set a verdict with a comment, list them.

The rules, and how review states relate to lifecycle statuses, are in
:mod:`dvk_desktop.domain.review`. Every verdict is kept (history); the newest counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.codes import qualified
from dvk_desktop.domain.office import Action
from dvk_desktop.domain.review import (
    ReviewState,
    check_review,
    effective_state,
    recognition_problem,
)
from dvk_desktop.domain.vocab import Status, WorkspaceRole
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t, label
from dvk_desktop.services import access, audit, conflicts, review_log
from dvk_desktop.services.models import acting_role, apply_status, get_row
from dvk_desktop.storage.models import DvkModel, ModelReview, Unit, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle


def format_when(at: dt.datetime | None) -> str:
    """A stored UTC time as local "HH:MM dd/mm/yyyy" ("" when unknown)."""
    if at is None:
        return ""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M %d/%m/%Y")


@dataclass(frozen=True)
class ReviewEntry:
    """One review verdict: state, comment, who and when, and which unit gave it."""

    uuid: str
    state: ReviewState
    comment: str
    actor: str
    at: dt.datetime
    origin_unit_code: str

    @property
    def state_label(self) -> str:
        """The state in Vietnamese."""
        return self.state.label

    @property
    def when(self) -> str:
        """When it was given, local time, "HH:MM dd/mm/yyyy"."""
        return format_when(self.at)


@dataclass(frozen=True)
class ReviewRow:
    """A model in the review list: what it is, whose, its status and its current verdict."""

    model_uuid: str
    model_code: str
    model_name: str
    unit_code: str
    unit_name: str
    year: int
    status: Status
    state: ReviewState | None
    comment: str
    actor: str
    at: dt.datetime | None
    upper_version: int = 0  # what a form passes back as its expected version

    @property
    def state_label(self) -> str:
        """The verdict in Vietnamese ("" when the model is not under review)."""
        return self.state.label if self.state else ""


def entry_of(row: ModelReview) -> ReviewEntry:
    """A stored review row as plain values."""
    return ReviewEntry(
        row.uuid, ReviewState(row.state), row.comment, row.actor, row.at, row.origin_unit_code
    )


def _ws(session: Session) -> Workspace:
    return session.scalars(select(Workspace)).one()


def set_review(
    handle: WorkspaceHandle,
    model_ref: str,
    state: ReviewState,
    *,
    comment: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> ReviewEntry:
    """Record the upper level's verdict on a child's proposed model, in one transaction.

    "Cần bổ sung thông tin" also returns the model to the commune (lifecycle step "Trả lại để
    bổ sung"); the comment says what is missing and travels back in the decisions package.
    ``expected_version``: the model's ``upper_version`` the form read; if another clerk saved
    since, :class:`~dvk_desktop.errors.ConflictError` and nothing changes.
    """
    expected = {model_ref: expected_version} if expected_version is not None else None
    return set_reviews(
        handle, [model_ref], state, comment=comment, actor=actor, expected_versions=expected
    )[0]


def set_reviews(
    handle: WorkspaceHandle,
    model_refs: list[str],
    state: ReviewState,
    *,
    comment: str = "",
    actor: str | None = None,
    expected_versions: dict[str, int] | None = None,
) -> list[ReviewEntry]:
    """The same verdict and comment for several models, all or none (one transaction).

    A model that may not take it stops the whole batch with a message naming that model.
    ``expected_versions`` (model reference → ``upper_version`` the form read): a model another
    clerk changed since stops the batch with a ConflictError (None: no check, as the CLI).
    """
    if not model_refs:
        raise ValidationError(_t("Hãy chọn ít nhất một mô hình để thẩm định."))
    access.require(handle, Action.REVIEW)
    who = actor or audit.current_actor()
    entries = []
    with handle.sessions() as session, session.begin():
        ws = _ws(session)
        rows = {ref: get_row(session, ref) for ref in model_refs}
        # Locked in id order: two batches over the same models never wait on each other.
        for row in sorted(set(rows.values()), key=lambda r: r.id):
            conflicts.lock_model(session, row)
        for ref in model_refs:
            model = rows[ref]
            if expected_versions is not None:
                seen = expected_versions.get(ref, expected_versions.get(model.uuid))
                _check_version(session, ws, model, seen)
            try:
                entries.append(_review_one(session, ws, model, state, comment, who))
            except ValidationError as exc:
                if len(model_refs) == 1:
                    raise
                raise ValidationError(
                    f"{qualified(model.source_unit_code, model.code)}: {exc.message}",
                    hint=exc.hint, field=exc.field,
                ) from None  # fmt: skip
    return entries


def _check_version(session: Session, ws: Workspace, model: DvkModel, expected: int | None) -> None:
    if expected is None or model.upper_version == expected:
        return
    row = review_log.latest_reviews(session, [model.id], origin=ws.unit_code).get(model.id)
    shown = effective_state(Status(model.status), ReviewState(row.state) if row else None)
    conflicts.refuse(
        session,
        _t("Mô hình {code}", code=qualified(model.source_unit_code, model.code)),
        [model.uuid],
        theirs=[
            (_t("Kết quả thẩm định"), label(shown.label if shown else Status(model.status).label)),
            (_t("Nhận xét"), row.comment if row else ""),
            (_t("Người thẩm định"), row.actor if row else ""),
        ],
        version=model.upper_version,
        key=model.uuid,
    )


def _review_one(
    session: Session, ws: Workspace, model: DvkModel, state: ReviewState, comment: str, who: str
) -> ReviewEntry:
    if acting_role(ws, model) is not WorkspaceRole.UPPER:
        raise ValidationError(
            _t("Thẩm định là việc của cấp trên đối với mô hình do đơn vị cấp dưới gửi lên."),
            hint=_t("Mô hình của chính đơn vị này không cần thẩm định."),
        )
    current = review_log.latest_state(session, model.id, origin=ws.unit_code)
    step = check_review(Status(model.status), state, comment, current)
    if step.lifecycle_target is not None:
        # apply_status records the NEEDS_INFO review itself (one path for both ways).
        apply_status(
            session, model, step.lifecycle_target, note=step.comment, actor=who,
            role=WorkspaceRole.UPPER,
        )  # fmt: skip
        session.flush()
        row = review_log.latest_reviews(session, [model.id], origin=ws.unit_code)[model.id]
    else:
        row = review_log.add_review(
            session, model.id, step.state, comment=step.comment, actor=who,
            origin=ws.unit_code,
        )  # fmt: skip
        model.upper_version += 1  # the upper level's part (domain.ownership)
        session.flush()
    audit.record(
        session, action="review", entity="model", entity_uuid=model.uuid, actor=who,
        before={"review": current.value if current else None},
        after={"review": step.state.value, "comment": step.comment},
    )  # fmt: skip
    return entry_of(row)


def check_recognisable(session: Session, ws: Workspace, model: DvkModel) -> None:
    """Refuse to recognise a child's model its review found not eligible (in a decision)."""
    if acting_role(ws, model) is not WorkspaceRole.UPPER:
        return
    problem = recognition_problem(review_log.latest_state(session, model.id, origin=ws.unit_code))
    if problem:
        raise ValidationError(problem)


def review_history(handle: WorkspaceHandle, model_ref: str) -> list[ReviewEntry]:
    """Every verdict on a model, newest first (at a commune: those its parent sent)."""
    with handle.sessions() as session:
        model = get_row(session, model_ref)
        rows = session.scalars(
            select(ModelReview)
            .where(ModelReview.model_id == model.id)
            .order_by(ModelReview.at.desc(), ModelReview.id.desc())
        )
        return [entry_of(r) for r in rows]


def current_state(handle: WorkspaceHandle, model_ref: str) -> ReviewState | None:
    """A model's review state now (a proposed model never reviewed counts as received)."""
    with handle.sessions() as session:
        model = get_row(session, model_ref)
        return effective_state(Status(model.status), review_log.latest_state(session, model.id))


def list_reviews(
    handle: WorkspaceHandle,
    *,
    state: ReviewState | None = None,
    unit_code: str | None = None,
    include_closed: bool = False,
) -> list[ReviewRow]:
    """Children's models under review (proposed), with their verdicts, by commune and code.

    ``include_closed`` adds models reviewed earlier that have since moved on (returned,
    recognised…), so the list doubles as the review history of the period.
    """
    with handle.sessions() as session:
        ws = _ws(session)
        stmt = select(DvkModel).where(DvkModel.source_unit_code != ws.unit_code)
        if unit_code is not None:
            stmt = stmt.where(DvkModel.source_unit_code == unit_code)
        reviewed = select(ModelReview.model_id).where(ModelReview.origin_unit_code == ws.unit_code)
        if include_closed:
            stmt = stmt.where(
                (DvkModel.status == Status.PROPOSED.value) | DvkModel.id.in_(reviewed)
            )
        else:
            stmt = stmt.where(DvkModel.status == Status.PROPOSED.value)
        models = list(session.scalars(stmt.order_by(DvkModel.source_unit_code, DvkModel.code)))
        latest = review_log.latest_reviews(session, [m.id for m in models], origin=ws.unit_code)
        names = dict(
            session.execute(
                select(Unit.code, Unit.name).where(
                    Unit.code.in_({m.source_unit_code for m in models})
                )
            ).all()
        )
        rows = []
        for m in models:
            review = latest.get(m.id)
            shown = effective_state(Status(m.status), ReviewState(review.state) if review else None)
            if state is not None and shown is not state:
                continue
            rows.append(
                ReviewRow(
                    m.uuid,
                    m.code,
                    m.name,
                    m.source_unit_code,
                    names.get(m.source_unit_code, m.source_unit_code),
                    m.year,
                    Status(m.status),
                    shown,
                    review.comment if review else "",
                    review.actor if review else "",
                    review.at if review else None,
                    m.upper_version,
                )
            )
        return rows
