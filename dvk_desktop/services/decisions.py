"""Decisions of recognition, exemplary selection, commendation and replication of models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dvk_desktop.domain.text import clean, format_date
from dvk_desktop.domain.vocab import AwardForm, DecisionKind, Status, WorkspaceRole
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.services import audit
from dvk_desktop.services.models import apply_status, get_row
from dvk_desktop.storage.models import Decision, DecisionModel, DvkModel, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle

# The status a decision of each kind moves its models to.
TARGET = {
    DecisionKind.RECOGNITION: Status.RECOGNISED,
    DecisionKind.NOT_ACHIEVED: Status.NOT_ACHIEVED,
    DecisionKind.EXEMPLARY: Status.EXEMPLARY,
    DecisionKind.AWARD: Status.AWARDED,
    DecisionKind.REPLICATION: Status.REPLICATED,
}

# Since July 2025 the commune's steering committee recognises its organisations' models and
# the Chủ tịch UBND xã gives Giấy khen; higher awards come from the province (brief §2.4, §10).
COMMUNE_AWARD_FORMS = {AwardForm.COMMUNE_MERIT, AwardForm.PRAISE}


@dataclass(frozen=True)
class DecisionInput:
    """A decision as typed by the clerk."""

    kind: DecisionKind
    number: str
    signed_on: dt.date
    issuer: str
    model_uuids: list[str]
    award_form: AwardForm | None = None
    summary: str = ""


def _check(data: DecisionInput, ws: Workspace, today: dt.date) -> list[str]:
    problems = []
    if not clean(data.number):
        problems.append("Chưa nhập số, ký hiệu quyết định (ví dụ 12/QĐ-UBND).")
    elif len(clean(data.number)) > 60:
        problems.append("Số, ký hiệu quyết định dài quá 60 ký tự.")
    if not clean(data.issuer):
        problems.append("Chưa nhập cơ quan ban hành quyết định.")
    if data.signed_on > today:
        problems.append(f"Ngày ký {format_date(data.signed_on)} ở tương lai.")
    if not data.model_uuids:
        problems.append("Quyết định chưa có mô hình nào.")
    if data.kind is DecisionKind.AWARD and data.award_form is None:
        problems.append("Quyết định khen thưởng cần ghi hình thức khen (Bằng khen, Giấy khen…).")
    if (
        WorkspaceRole(ws.role) is WorkspaceRole.COMMUNE
        and data.kind is DecisionKind.AWARD
        and data.award_form not in COMMUNE_AWARD_FORMS
    ):
        problems.append(
            "Cấp xã chỉ ghi được Giấy khen của Chủ tịch UBND xã hoặc biểu dương; "
            "các hình thức khác do cấp trên quyết định và gửi về bằng gói dữ liệu."
        )
    return problems


def record_decision(
    handle: WorkspaceHandle,
    data: DecisionInput,
    *,
    actor: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Save a decision and move every listed model accordingly, all in one transaction.

    If any model cannot take the step (wrong status, unknown model), nothing is saved and the
    message lists every model that failed.
    """
    with handle.sessions() as session, session.begin():
        ws = session.scalars(select(Workspace)).one()
        problems = _check(data, ws, today or dt.date.today())
        if problems:
            raise ValidationError(problems[0], details=problems)
        number, issuer = clean(data.number), clean(data.issuer)
        clash = session.scalars(
            select(Decision).where(Decision.issuer == issuer, Decision.number == number)
        ).first()
        if clash is not None:
            raise ValidationError(
                f"Quyết định số {number} của {issuer} đã được nhập "
                f"(ngày {format_date(clash.signed_on)}).",
            )
        decision = Decision(
            kind=data.kind.value,
            number=number,
            signed_on=data.signed_on,
            issuer=issuer,
            issuer_unit_code=ws.unit_code,
            award_form=data.award_form.value if data.award_form else None,
            summary=clean(data.summary),
        )
        session.add(decision)
        session.flush()
        target = TARGET[data.kind]
        failures: list[str] = []
        for uuid in dict.fromkeys(data.model_uuids):
            row: DvkModel | None = None
            try:
                row = get_row(session, uuid)
                with session.begin_nested():
                    apply_status(
                        session,
                        row,
                        target,
                        decision_uuid=decision.uuid,
                        actor=actor,
                        role=WorkspaceRole.UPPER,
                        note=f"Quyết định {number}",
                    )
                decision.models.append(DecisionModel(model=row))
            except DvkError as exc:
                failures.append(f"{row.code if row else uuid}: {exc.message}")
        if failures:
            raise ValidationError(
                f"Không thể áp dụng quyết định cho {len(failures)} mô hình; chưa lưu gì.",
                hint="Hãy bỏ các mô hình này khỏi quyết định hoặc chuyển đúng trạng thái trước.",
                details=failures,
            )
        audit.record(
            session, action="create", entity="decision", entity_uuid=decision.uuid, actor=actor,
            after={"kind": data.kind.value, "number": number, "issuer": issuer,
                   "models": list(data.model_uuids)},
        )  # fmt: skip
        return decision.uuid


@dataclass(frozen=True)
class DecisionRow:
    """A decision as listed."""

    uuid: str
    kind: str
    number: str
    signed_on: dt.date
    issuer: str
    award_form: str | None
    model_codes: list[str]


def list_decisions(handle: WorkspaceHandle) -> list[DecisionRow]:
    """All decisions, newest first."""
    with handle.sessions() as session:
        rows = session.scalars(select(Decision).order_by(Decision.signed_on.desc(), Decision.id))
        return [
            DecisionRow(
                d.uuid,
                d.kind,
                d.number,
                d.signed_on,
                d.issuer,
                d.award_form,
                [m.model.code for m in d.models],
            )
            for d in rows
        ]
