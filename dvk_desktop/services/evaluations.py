"""Scoring a model against the rubric: per-criterion scores, total and grade, kept with history."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from dvk_desktop.domain.rubric import DEFAULT_RUBRIC, Rubric
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import EvaluationGrade
from dvk_desktop.services import audit
from dvk_desktop.services.models import get_row
from dvk_desktop.storage.models import Evaluation, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class EvaluationResult:
    """A saved evaluation."""

    uuid: str
    evaluated_on: dt.date
    evaluator: str
    scores: dict[str, float]
    total: float
    grade: EvaluationGrade
    comment: str


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
    """Validate scores against the rubric, store them and set the model's score and grade."""
    total = rubric.check_scores(scores)
    grade = rubric.grade(total)
    with handle.sessions() as session, session.begin():
        model = get_row(session, model_uuid)
        row = Evaluation(
            model_id=model.id,
            evaluated_on=evaluated_on,
            evaluator=clean(evaluator)[:200],
            scores_json=json.dumps(scores, sort_keys=True),
            total=Decimal(str(total)),
            grade=grade.value,
            comment=clean(comment)[:4000],
        )
        session.add(row)
        before = {"score": model.score, "grade": model.grade}
        model.score = Decimal(str(total))
        model.grade = grade.value
        model.updated_at = utcnow()
        session.flush()
        audit.record(
            session,
            action="evaluate",
            entity="model",
            entity_uuid=model.uuid,
            before=before,
            after={"score": total, "grade": grade.value},
        )
        return EvaluationResult(
            row.uuid, evaluated_on, row.evaluator, scores, total, grade, row.comment
        )


def evaluations_of(handle: WorkspaceHandle, model_uuid: str) -> list[EvaluationResult]:
    """A model's evaluations, newest first."""
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
