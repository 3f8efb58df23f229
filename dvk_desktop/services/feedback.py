"""What the reviewing level said about a model: review verdicts, scores, decisions, in Vietnamese.

At a commune this is what its parent sent back (stored read-only); at the upper level it is
its own work on a child's model. :func:`model_feedback` returns plain values for a panel of the
model editor; :func:`feedback_lines` the same as lines of text (CLI, tooltips, printouts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.text import format_date, format_number
from dvk_desktop.domain.vocab import AwardForm, DecisionKind, Status
from dvk_desktop.services.evaluations import ModelScore, score_in_session
from dvk_desktop.services.models import get_row
from dvk_desktop.services.review import ReviewEntry, entry_of
from dvk_desktop.storage.models import Decision, DecisionModel, ModelReview, Unit, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class DecisionNote:
    """A decision naming the model: what kind, number, date, issuer and award form."""

    kind: DecisionKind
    number: str
    signed_on: dt.date
    issuer: str
    award_form: AwardForm | None

    @property
    def text(self) -> str:
        """One line: "Công nhận: Quyết định số 12/QĐ-UBND ngày 20/11/2026 của …"."""
        form = f" ({self.award_form.label})" if self.award_form else ""
        return (
            f"{self.kind.label}{form}: Quyết định số {self.number} ngày "
            f"{format_date(self.signed_on)} của {self.issuer}"
        )


@dataclass(frozen=True)
class ModelFeedback:
    """Everything the reviewing level recorded about one model."""

    model_uuid: str
    model_code: str
    model_name: str
    status: Status
    reviewer_code: str
    reviewer_name: str
    reviews: list[ReviewEntry]  # newest first
    scoring: ModelScore
    decisions: list[DecisionNote]  # newest first
    reviewing_here: bool  # this workspace is the reviewing level (upper level, child's model)

    @property
    def review(self) -> ReviewEntry | None:
        """The verdict that counts now (the newest)."""
        return self.reviews[0] if self.reviews else None

    @property
    def is_empty(self) -> bool:
        """Whether the reviewing level has said nothing yet."""
        return not (self.reviews or self.scoring.sheets or self.decisions)


def model_feedback(handle: WorkspaceHandle, model_ref: str) -> ModelFeedback:
    """The reviewing level's verdicts, score sheets and decisions on a model."""
    with handle.sessions() as session:
        ws = session.scalars(select(Workspace)).one()
        model = get_row(session, model_ref)
        own = model.source_unit_code == ws.unit_code
        reviewer = (ws.parent_unit_code or "") if own else ws.unit_code
        rows = session.scalars(
            select(ModelReview)
            .where(ModelReview.model_id == model.id, ModelReview.origin_unit_code == reviewer)
            .order_by(ModelReview.at.desc(), ModelReview.id.desc())
        )
        reviews = [entry_of(r) for r in rows]
        name = session.scalars(select(Unit.name).where(Unit.code == reviewer)).first()
        if own and ws.parent_unit_name:
            name = ws.parent_unit_name
        decisions = session.scalars(
            select(Decision)
            .join(DecisionModel)
            .where(DecisionModel.model_id == model.id)
            .order_by(Decision.signed_on.desc(), Decision.id.desc())
        )
        notes = [
            DecisionNote(
                DecisionKind(d.kind),
                d.number,
                d.signed_on,
                d.issuer,
                AwardForm(d.award_form) if d.award_form else None,
            )
            for d in decisions
        ]
        return ModelFeedback(
            model.uuid, model.code, model.name, Status(model.status), reviewer,
            name or reviewer, reviews, score_in_session(session, ws, model), notes, not own,
        )  # fmt: skip


def feedback_lines(feedback: ModelFeedback) -> list[str]:
    """The feedback as Vietnamese lines: review, scores (each member), decisions."""
    who = feedback.reviewer_name or "Cấp trên"
    lines = [f"{feedback.model_code} — {feedback.model_name} ({feedback.status.label})"]
    if feedback.review is not None:
        r = feedback.review
        said = f": “{r.comment}”" if r.comment else ""
        lines.append(f"Thẩm định của {who}: {r.state_label}{said} ({r.actor}, {r.when})")
        lines += [
            f"  trước đó: {e.state_label}" + (f": “{e.comment}”" if e.comment else "")
            + f" ({e.actor}, {e.when})"
            for e in feedback.reviews[1:]
        ]  # fmt: skip
    elif feedback.reviewing_here and feedback.status is Status.PROPOSED:
        lines.append(f"Thẩm định: {ReviewState.RECEIVED.label} (chưa có nhận xét)")
    s = feedback.scoring
    if s.sheets:
        total = s.rubric.rubric.total_points
        lines.append(
            f"Điểm: {format_number(s.average)}/{total} — {s.grade_label} (trung bình của "
            f"{len(s.sheets)} thành viên; {s.rubric.name}, phiên bản {s.rubric.version})"
        )
        for sheet in s.sheets:
            role = f" ({sheet.position})" if sheet.position else ""
            said = f" — “{sheet.comment}”" if sheet.comment else ""
            lines.append(
                f"  {sheet.member}{role}, ngày {format_date(sheet.evaluated_on)}: "
                f"{format_number(sheet.total)} điểm{said}"
            )
    lines += [note.text for note in feedback.decisions]
    if feedback.is_empty:
        lines.append(f"{who} chưa có ý kiến, điểm hay quyết định nào về mô hình này.")
    return lines
