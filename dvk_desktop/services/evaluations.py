"""Council scoring: one sheet per member and model, the model's average and grade from the rubric.

A member's sheet is created on their first score and replaced when they score again, until a
decision moves the model out of "Đề nghị công nhận"; the audit log keeps every version. At the
upper level a child's model must first be accepted for evaluation (:mod:`domain.review`). All
sheets of a model use one rubric version (:func:`rubrics.for_model_in_session`); the model's
score is their average (:mod:`domain.scoring`: half up, two decimals).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.codes import qualified
from dvk_desktop.domain.office import Action
from dvk_desktop.domain.review import effective_state, scoring_problem
from dvk_desktop.domain.rubric import DEFAULT_RUBRIC, Rubric
from dvk_desktop.domain.scoring import (
    MAX_COMMENT,
    Outcome,
    check_member,
    check_sheet,
    member_key,
    outcome,
)
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import EvaluationGrade, Status, WorkspaceRole
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import access, audit, conflicts, review_log, rubrics
from dvk_desktop.services.models import acting_role, get_row
from dvk_desktop.storage.models import DvkModel, Evaluation, RubricVersion, Workspace, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class EvaluationResult:
    """A saved evaluation (one member's sheet), as the older single-score API returned it."""

    uuid: str
    evaluated_on: dt.date
    evaluator: str
    scores: dict[str, float]
    total: float
    grade: EvaluationGrade
    comment: str


@dataclass(frozen=True)
class ScoreSheet:
    """One council member's sheet for one model."""

    uuid: str
    member: str
    position: str
    evaluated_on: dt.date
    scores: dict[str, Decimal]
    total: Decimal
    grade: EvaluationGrade
    comment: str
    rubric_uuid: str | None
    updated_at: dt.datetime | None
    origin_unit_code: str
    version: str = ""  # what a form passes back as its expected version (conflicts)


@dataclass(frozen=True)
class ModelScore:
    """A model's scoring: the rubric version, every member's sheet, the average and grade.

    ``open_problem`` is None while members may still score or edit, else why not (Vietnamese).
    """

    model_uuid: str
    model_code: str
    model_name: str
    rubric: rubrics.RubricInfo
    sheets: list[ScoreSheet]
    average: Decimal | None
    grade: EvaluationGrade | None
    open_problem: str | None

    @property
    def grade_label(self) -> str:
        """The grade in Vietnamese ("" before any sheet)."""
        return self.grade.label if self.grade else ""


def _json_points(points: dict[str, Decimal]) -> str:
    # Numbers stay JSON numbers (older sheets and packages read them so); two decimals at most.
    return json.dumps(
        {k: int(v) if v == v.to_integral_value() else float(v) for k, v in points.items()},
        sort_keys=True,
    )


def _points(scores_json: str) -> dict[str, Decimal]:
    return {k: Decimal(str(v)) for k, v in json.loads(scores_json).items()}


def sheet_of(row: Evaluation, rubric_uuid: str | None) -> ScoreSheet:
    """A stored sheet as plain values."""
    return ScoreSheet(
        row.uuid, row.evaluator, row.member_position, row.evaluated_on, _points(row.scores_json),
        row.total, EvaluationGrade(row.grade), row.comment, rubric_uuid, row.updated_at,
        row.origin_unit_code, conflicts.sheet_version(row),
    )  # fmt: skip


def _sheets(session: Session, model: DvkModel, origin: str) -> list[Evaluation]:
    return list(
        session.scalars(
            select(Evaluation)
            .where(
                Evaluation.model_id == model.id,
                Evaluation.origin_unit_code == origin,
                Evaluation.member_key.is_not(None),
            )
            .order_by(Evaluation.id)
        )
    )


def _open_problem(session: Session, ws: Workspace, model: DvkModel) -> str | None:
    status = Status(model.status)
    latest = review_log.latest_state(session, model.id, origin=ws.unit_code)
    upper = acting_role(ws, model) is WorkspaceRole.UPPER
    return scoring_problem(status, effective_state(status, latest), upper=upper)


def _refresh_model(session: Session, model: DvkModel, rubric: Rubric, origin: str) -> Outcome:
    """Set the model's score and grade to the average of its members' sheets."""
    result = outcome(rubric, [row.total for row in _sheets(session, model, origin)])
    before = {"score": model.score, "grade": model.grade}
    model.score = result.average
    model.grade = result.grade.value if result.grade else None
    model.updated_at = utcnow()
    audit.record(
        session, action="evaluate", entity="model", entity_uuid=model.uuid, before=before,
        after={"score": model.score, "grade": model.grade, "sheets": result.sheets},
    )  # fmt: skip
    return result


def score_model(
    handle: WorkspaceHandle,
    model_ref: str,
    member: str,
    scores: dict[str, object],
    *,
    evaluated_on: dt.date,
    position: str = "",
    comment: str = "",
    actor: str | None = None,
    expected_version: str | None = None,
) -> ScoreSheet:
    """Create or replace ``member``'s sheet for a model and update its average and grade.

    ``expected_version``: the sheet's :attr:`ScoreSheet.version` the form read ("" when the
    member had none); another clerk's save since raises ConflictError and nothing changes.
    """
    text = clean(comment)
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            _t("Nhận xét dài quá {MAX_COMMENT} ký tự.", MAX_COMMENT=MAX_COMMENT), field="comment"
        )
    access.require(handle, Action.SCORE)
    with handle.sessions() as session, session.begin():
        ws = session.scalars(select(Workspace)).one()
        # Every sheet of a model updates the model's average: its row lock serialises them.
        model = conflicts.lock_model(session, get_row(session, model_ref))
        problem = _open_problem(session, ws, model)
        if problem:
            raise ValidationError(problem)
        info = rubrics.for_model_in_session(session, ws.unit_code, model)
        points, total = check_sheet(info.rubric, scores)
        name, role = check_member(member, position)
        rubric_row = rubrics.ensure_row(session, info)
        key = member_key(name)
        row = _member_sheet(session, model, ws.unit_code, key)
        _check_version(session, model, name, row, expected_version)
        before = None
        if row is None:
            row = Evaluation(model_id=model.id, origin_unit_code=ws.unit_code, member_key=key)
            session.add(row)
        else:
            before = {"scores": row.scores_json, "total": row.total, "comment": row.comment}
        row.evaluator, row.member_position = name, role
        row.evaluated_on, row.scores_json = evaluated_on, _json_points(points)
        row.total, row.grade = total, info.rubric.grade(total).value
        row.comment, row.rubric_id, row.updated_at = text, rubric_row.id, utcnow()
        session.flush()
        audit.record(
            session, action="score", entity="evaluation", entity_uuid=row.uuid, actor=actor,
            before=before,
            after={"member": name, "scores": row.scores_json, "total": total, "comment": text},
        )  # fmt: skip
        _refresh_model(session, model, info.rubric, ws.unit_code)
        return sheet_of(row, info.uuid)


def number_text(value: Decimal) -> str:
    """Points without trailing zeros ("86", "17.5"), as a conflict shows them side by side."""
    return f"{value.normalize():f}"


def points_line(points: dict[str, Decimal]) -> str:
    """A sheet's points as one line, by criterion code ("ben_vung: 12, ho_so: 8, …")."""
    return ", ".join(f"{k}: {number_text(v)}" for k, v in sorted(points.items()))


def _member_sheet(session: Session, model: DvkModel, origin: str, key: str) -> Evaluation | None:
    return session.scalars(
        select(Evaluation)
        .where(
            Evaluation.model_id == model.id,
            Evaluation.origin_unit_code == origin,
            Evaluation.member_key == key,
        )
        .execution_options(populate_existing=True)
    ).first()


def _check_version(
    session: Session, model: DvkModel, member: str, row: Evaluation | None, expected: str | None
) -> None:
    """Refuse a save over a sheet another clerk saved (or removed) after the form read it."""
    current = conflicts.sheet_version(row)
    if expected is None or expected == current:
        return
    if row is None:
        theirs = [(_t("Phiếu chấm"), _t("(đã bị xóa)"))]
    else:
        theirs = [
            (_t("Điểm từng tiêu chí"), points_line(_points(row.scores_json))),
            (_t("Tổng điểm"), number_text(row.total)),
            (_t("Nhận xét"), row.comment),
        ]
    conflicts.refuse(
        session,
        _t(
            "Phiếu chấm của {member} cho mô hình {code}",
            member=member,
            code=qualified(model.source_unit_code, model.code),
        ),
        [row.uuid if row else "", expected.split("@")[0]],
        theirs=theirs,
        version=current,
        key=member,
    )


def remove_score_sheet(
    handle: WorkspaceHandle,
    model_ref: str,
    member: str,
    *,
    actor: str | None = None,
    expected_version: str | None = None,
) -> None:
    """Withdraw a member's sheet while the model is still open for scoring."""
    access.require(handle, Action.SCORE)
    with handle.sessions() as session, session.begin():
        ws = session.scalars(select(Workspace)).one()
        model = conflicts.lock_model(session, get_row(session, model_ref))
        if Status(model.status) is not Status.PROPOSED:  # a decision closed the sheets
            raise ValidationError(_open_problem(session, ws, model) or "")
        row = _member_sheet(session, model, ws.unit_code, member_key(member))
        if row is not None or expected_version:
            _check_version(session, model, clean(member), row, expected_version)
        if row is None:
            raise NotFoundError(
                _t(
                    "Thành viên “{clean}” chưa có phiếu chấm cho mô hình này.",
                    clean=clean(member),
                )
            )
        info = rubrics.for_model_in_session(session, ws.unit_code, model)
        audit.record(
            session, action="unscore", entity="evaluation", entity_uuid=row.uuid, actor=actor,
            before={"member": row.evaluator, "scores": row.scores_json, "total": row.total},
        )  # fmt: skip
        session.delete(row)
        session.flush()
        _refresh_model(session, model, info.rubric, ws.unit_code)


def score_in_session(session: Session, ws: Workspace, model: DvkModel) -> ModelScore:
    """A model's scoring as this workspace sees it (at a commune: what its parent sent)."""
    own = acting_role(ws, model) is WorkspaceRole.UPPER or not _has_parent_sheets(
        session, ws, model
    )
    origin = ws.unit_code if own else (ws.parent_unit_code or "")
    rows = _sheets(session, model, origin)
    by_id = {
        r.id: rubrics.info_of(r)
        for r in session.scalars(
            select(RubricVersion).where(RubricVersion.id.in_({e.rubric_id for e in rows}))
        )
    }
    info = next(iter(by_id.values()), None) or rubrics.for_model_in_session(session, origin, model)
    sheets = [sheet_of(r, by_id[r.rubric_id].uuid if r.rubric_id in by_id else None) for r in rows]
    result = outcome(info.rubric, [s.total for s in sheets])
    problem = _open_problem(session, ws, model) if own else "Điểm do cấp trên chấm (chỉ xem)."
    return ModelScore(
        model.uuid, model.code, model.name, info, sheets, result.average, result.grade, problem
    )


def _has_parent_sheets(session: Session, ws: Workspace, model: DvkModel) -> bool:
    if not ws.parent_unit_code:
        return False
    return (
        session.scalars(
            select(Evaluation.id).where(
                Evaluation.model_id == model.id,
                Evaluation.origin_unit_code == ws.parent_unit_code,
            )
        ).first()
        is not None
    )


def model_score(handle: WorkspaceHandle, model_ref: str) -> ModelScore:
    """A model's rubric, members' sheets, average and grade, and whether scoring is open."""
    with handle.sessions() as session:
        ws = session.scalars(select(Workspace)).one()
        return score_in_session(session, ws, get_row(session, model_ref))


def evaluate(
    handle: WorkspaceHandle,
    model_uuid: str,
    scores: dict[str, float],
    *,
    evaluated_on: dt.date,
    evaluator: str = "",
    comment: str = "",
    rubric: Rubric = DEFAULT_RUBRIC,
) -> EvaluationResult:
    """Score a model as one member (older API): ``evaluator`` names the member.

    Scores are checked against the workspace's rubric (``rubric`` is kept for callers of the
    older API and ignored); without an evaluator the sheet is the council's
    ("Hội đồng thi đua").
    """
    del rubric  # the rubric is data now: the workspace's current version decides
    sheet = score_model(
        handle, model_uuid, evaluator or "Hội đồng thi đua", dict(scores),
        evaluated_on=evaluated_on, comment=comment,
    )  # fmt: skip
    return EvaluationResult(
        sheet.uuid, sheet.evaluated_on, sheet.member,
        {k: float(v) for k, v in sheet.scores.items()}, float(sheet.total), sheet.grade,
        sheet.comment,
    )  # fmt: skip


def evaluations_of(handle: WorkspaceHandle, model_uuid: str) -> list[EvaluationResult]:
    """A model's sheets (every member's, earlier replaced ones too), newest first."""
    with handle.sessions() as session:
        model = get_row(session, model_uuid)
        rows = session.scalars(
            select(Evaluation)
            .where(Evaluation.model_id == model.id)
            .order_by(Evaluation.evaluated_on.desc(), Evaluation.id.desc())
        )
        return [
            EvaluationResult(
                r.uuid,
                r.evaluated_on,
                r.evaluator,
                json.loads(r.scores_json),
                float(r.total),
                EvaluationGrade(r.grade),
                r.comment,
            )
            for r in rows
        ]
