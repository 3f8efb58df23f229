"""Change requests: a commune's change to a locked model, judged side by side by the upper level.

The commune asks (:func:`request_change`); its registration stays as the upper level decided on
it until the verdict. The request travels up in the commune's next package; the upper level
sees old and new field by field (:func:`get_change`) and accepts (the commune's new content and
status are applied to its copy) or rejects with a comment. The verdict travels back in the
decisions package and the commune applies an accepted change to its own registration. Nothing
is deleted: every request stays in the history of both levels.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import lifecycle, ownership, readiness
from dvk_desktop.domain.model import ModelInput, check_savable
from dvk_desktop.domain.office import Action
from dvk_desktop.domain.ownership import ChangeState, FieldChange
from dvk_desktop.domain.review import MAX_ACTOR
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import Status, WorkspaceRole
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import access, audit, conflicts, locks
from dvk_desktop.services.exchange.records.change_records import side_of
from dvk_desktop.services.exchange.records.collect import model_record
from dvk_desktop.services.exchange.records.model_inputs import model_input_from_record
from dvk_desktop.services.models import _apply, _check_duplicate, get_row
from dvk_desktop.storage.models import (
    ChangeRequest,
    DvkModel,
    Evidence,
    Organisation,
    Person,
    StatusChange,
    Unit,
    Workspace,
    utcnow,
)
from dvk_desktop.storage.workspace import WorkspaceHandle

ACCEPTED_NOTE = "Theo yêu cầu thay đổi đã được cấp trên chấp nhận"


@dataclass(frozen=True)
class ChangeRow:
    """A change request in a list: which model, whose, where it stands."""

    uuid: str
    model_uuid: str
    model_code: str
    model_name: str
    unit_code: str
    state: ChangeState
    reason: str
    created_at: dt.datetime
    created_by: str
    decided_by: str
    decision_comment: str
    changes: int

    @property
    def state_label(self) -> str:
        """Where it stands, in Vietnamese."""
        return self.state.label


@dataclass(frozen=True)
class ChangeView:
    """One request with its side-by-side lines (old | new), for the dialog and the CLI."""

    row: ChangeRow
    lines: list[FieldChange]
    base_version: int
    applied_version: int | None


def _ws(session: Session) -> Workspace:
    return session.scalars(select(Workspace)).one()


def _dump(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def request_change(
    handle: WorkspaceHandle,
    model_ref: str,
    data: ModelInput | None = None,
    *,
    status: Status | None = None,
    remove_evidence: list[str] | None = None,
    added_evidence: list[str] | None = None,
    reason: str = "",
    actor: str | None = None,
) -> str:
    """Ask the upper level to change a locked model (commune); return the request's uuid.

    ``data`` is the new registration, ``status`` a step the lock forbids (stopping a recognised
    model…), ``remove_evidence`` hashes (or their first 12 characters) to take off the dossier,
    ``added_evidence`` hashes already attached since the lock that the request shows as added.
    """
    who = clean(actor or audit.current_actor())[:MAX_ACTOR]
    text = clean(reason)
    if len(text) > ownership.MAX_REASON:
        raise ValidationError(
            _t("Lý do dài quá {limit} ký tự.", limit=ownership.MAX_REASON), field="reason"
        )
    if data is not None:
        data = data.normalised()
        check_savable(data)
    with handle.sessions() as session, session.begin():
        ws = _ws(session)
        row = get_row(session, model_ref)
        if row.source_unit_code != ws.unit_code:
            raise ValidationError(
                _t("Chỉ đơn vị đăng ký mới gửi yêu cầu thay đổi mô hình của mình."),
                hint=_t("Ở cấp trên, hãy xem và chấp nhận hoặc từ chối yêu cầu của đơn vị."),
            )
        current = Status(row.status)
        lock = locks.lock_of(session, row)
        if lock.level != "cap_tren":
            why = readiness.edit_lock_reason(current)
            raise ValidationError(
                why
                or _t("Mô hình chưa bị cấp trên khóa: hãy sửa hoặc chuyển trạng thái trực tiếp."),
            )
        base = side_of(session, row)
        added = set(_resolve_hashes(base, added_evidence or []))
        base["evidence"] = [e for e in base["evidence"] if e["sha256"] not in added]
        proposed = json.loads(_dump(side_of(session, row)))
        if data is not None:
            nested = session.begin_nested()  # build the new record with the model service
            _check_duplicate(session, data, row.source_unit_code, row.id)
            _apply(session, row, data)
            session.flush()
            new_record = model_record(row)
            nested.rollback()
            proposed.update({k: v for k, v in new_record.items() if k not in ("version",)})
        if status is not None and status is not current:
            step = lifecycle._BY_PAIR.get((current, status))
            if step is None or WorkspaceRole.COMMUNE not in step.roles:
                raise ValidationError(
                    _t(
                        "Không có bước chuyển từ “{source}” sang “{target}” mà đơn vị được đề "
                        "nghị.",
                        source=current.label,
                        target=status.label,
                    ),
                )
            if data is None and ownership.commune_step_allowed(
                current, status, locks.review_of(session, row)
            ):
                raise ValidationError(
                    _t(
                        "Bước “{step}” đơn vị tự thực hiện được, không cần yêu cầu thay đổi.",
                        step=step.verb,
                    ),
                )
            proposed["status"] = status.value
        gone = set(_resolve_hashes(base, remove_evidence or []))
        proposed["evidence"] = [e for e in proposed["evidence"] if e["sha256"] not in gone]
        base_cmp = {k: v for k, v in base.items() if k != "version"}
        proposed["version"] = base["version"]
        if not ownership.diff(base_cmp, proposed):
            raise ValidationError(_t("Yêu cầu không thay đổi gì so với bản cấp trên đã xét."))
        cr = ChangeRequest(
            model_id=row.id, origin_unit_code=ws.unit_code, base_version=row.version,
            base_json=_dump(base), proposed_json=_dump(proposed), reason=text,
            created_by=who, state=ChangeState.PENDING.value, decided_by="", decision_comment="",
        )  # fmt: skip
        session.add(cr)
        session.flush()
        audit.record(
            session, action="change_request", entity="model", entity_uuid=row.uuid, actor=who,
            after={"change_request": cr.uuid, "reason": text},
        )  # fmt: skip
        return cr.uuid


def _resolve_hashes(side: dict[str, Any], wanted: list[str]) -> list[str]:
    held = [e["sha256"] for e in side["evidence"]]
    out = []
    for w in wanted:
        hits = [h for h in held if h.startswith(clean(w).lower())] if clean(w) else []
        if len(hits) != 1:
            raise ValidationError(
                _t(
                    "Không tìm thấy (hoặc có nhiều) minh chứng với mã “{ref}” trong hồ sơ mô hình.",
                    ref=w,
                ),
                field="evidence",
            )
        out.append(hits[0])
    return out


def _find(session: Session, ref: str) -> ChangeRequest:
    text = clean(ref).lower()
    rows = list(session.scalars(select(ChangeRequest).where(ChangeRequest.uuid.like(f"{text}%"))))
    if len(rows) != 1 or not text:
        raise NotFoundError(
            _t("Không tìm thấy yêu cầu thay đổi “{ref}”.", ref=ref),
            hint=_t("Hãy xem mã trong danh sách yêu cầu thay đổi (vài ký tự đầu là đủ)."),
        )
    return rows[0]


def _row_of(session: Session, cr: ChangeRequest) -> ChangeRow:
    model = session.get(DvkModel, cr.model_id)
    assert model is not None
    lines = ownership.diff(json.loads(cr.base_json), json.loads(cr.proposed_json))
    return ChangeRow(
        cr.uuid, model.uuid, model.code, model.name, model.source_unit_code,
        ChangeState(cr.state), cr.reason, cr.created_at, cr.created_by, cr.decided_by,
        cr.decision_comment, len(lines),
    )  # fmt: skip


def list_changes(handle: WorkspaceHandle, state: ChangeState | None = None) -> list[ChangeRow]:
    """Change requests held here (pending first, then newest first)."""
    with handle.sessions() as session:
        stmt = select(ChangeRequest).order_by(ChangeRequest.created_at.desc(), ChangeRequest.id)
        if state is not None:
            stmt = stmt.where(ChangeRequest.state == state.value)
        rows = [_row_of(session, cr) for cr in session.scalars(stmt)]
    return sorted(rows, key=lambda r: r.state is not ChangeState.PENDING)


def requests_of(handle: WorkspaceHandle, model_ref: str) -> list[ChangeRow]:
    """The change requests of one model, oldest first (its history)."""
    with handle.sessions() as session:
        model = get_row(session, model_ref)
        stmt = (
            select(ChangeRequest)
            .where(ChangeRequest.model_id == model.id)
            .order_by(ChangeRequest.created_at, ChangeRequest.id)
        )
        return [_row_of(session, cr) for cr in session.scalars(stmt)]


def _names(session: Session, sides: list[dict[str, Any]]) -> dict[str, str]:
    wanted: set[str] = set()
    for side in sides:
        for key in ("owner_org_uuid", "holder_person_uuid", "lead_person_uuid", "village_uuid"):
            if side.get(key):
                wanted.add(side[key])
        wanted.update(side.get("coordinating_org_uuids") or [])
    names: dict[str, str] = {}
    if wanted:
        classes: tuple[tuple[Any, str], ...] = (
            (Organisation, "name"), (Person, "full_name"), (Unit, "name"),
        )  # fmt: skip
        for cls, attr in classes:
            for r in session.scalars(select(cls).where(cls.uuid.in_(sorted(wanted)))):
                names[r.uuid] = getattr(r, attr)
    return names


def get_change(handle: WorkspaceHandle, ref: str) -> ChangeView:
    """One request with its lines old | new, names shown instead of codes."""
    with handle.sessions() as session:
        cr = _find(session, ref)
        base, proposed = json.loads(cr.base_json), json.loads(cr.proposed_json)
        lines = ownership.diff(base, proposed, _names(session, [base, proposed]))
        return ChangeView(_row_of(session, cr), lines, cr.base_version, cr.applied_version)


def _check_upper(session: Session, cr: ChangeRequest) -> DvkModel:
    ws = _ws(session)
    model = session.get(DvkModel, cr.model_id)
    assert model is not None
    # Two clerks deciding one request at once (PostgreSQL): the second waits for the first's
    # commit, then reads the request again and finds it decided, rather than deciding it twice.
    model = conflicts.lock_model(session, model)
    session.refresh(cr)
    if model.source_unit_code == ws.unit_code:
        raise ValidationError(
            _t("Yêu cầu thay đổi do cấp trên xem xét; đơn vị gửi yêu cầu chỉ xem kết quả."),
        )
    if cr.state != ChangeState.PENDING.value:
        raise ValidationError(
            _t("Yêu cầu này đã có kết quả: “{state}”.", state=ChangeState(cr.state).label),
        )
    return model


def accept(
    handle: WorkspaceHandle, ref: str, *, comment: str = "", actor: str | None = None
) -> int:
    """Accept a pending request at the upper level and apply it; return the new version."""
    access.require(handle, Action.REVIEW)  # judging a dossier's change is the reviewer's work
    who = clean(actor or audit.current_actor())[:MAX_ACTOR]
    with handle.sessions() as session, session.begin():
        cr = _find(session, ref)
        model = _check_upper(session, cr)
        if model.version != cr.base_version:
            raise ValidationError(
                _t(
                    "Bản đăng ký đã đổi sang phiên bản {version} sau khi đơn vị gửi yêu cầu (dựa "
                    "trên phiên bản {base}).",
                    version=model.version,
                    base=cr.base_version,
                ),
                hint=_t("Hãy từ chối yêu cầu này và đề nghị đơn vị gửi yêu cầu mới."),
            )
        apply_accepted(session, model, cr, actor=who, version=model.version + 1)
        model.upper_version += 1
        _decide(session, cr, model, ChangeState.ACCEPTED, comment, who)
        return model.version


def reject(handle: WorkspaceHandle, ref: str, *, comment: str, actor: str | None = None) -> None:
    """Reject a pending request at the upper level, saying why (it stays in the history)."""
    access.require(handle, Action.REVIEW)
    who = clean(actor or audit.current_actor())[:MAX_ACTOR]
    if not clean(comment):
        raise ValidationError(_t("Hãy ghi lý do không chấp nhận yêu cầu."), field="comment")
    with handle.sessions() as session, session.begin():
        cr = _find(session, ref)
        model = _check_upper(session, cr)
        model.upper_version += 1
        _decide(session, cr, model, ChangeState.REJECTED, comment, who)


def _decide(
    session: Session, cr: ChangeRequest, model: DvkModel, state: ChangeState, comment: str,
    who: str,
) -> None:  # fmt: skip
    text = clean(comment)
    if len(text) > ownership.MAX_REASON:
        raise ValidationError(
            _t("Nhận xét dài quá {limit} ký tự.", limit=ownership.MAX_REASON), field="comment"
        )
    cr.state, cr.decided_at, cr.decided_by, cr.decision_comment = state.value, utcnow(), who, text
    audit.record(
        session, action="change_request_" + state.value, entity="model", entity_uuid=model.uuid,
        actor=who, after={"change_request": cr.uuid, "comment": text},
    )  # fmt: skip


def apply_accepted(
    session: Session, model: DvkModel, cr: ChangeRequest, *, actor: str, version: int
) -> None:
    """Write an accepted request's new content, status and evidence onto ``model``."""
    base, proposed = json.loads(cr.base_json), json.loads(cr.proposed_json)
    registration = {k: v for k, v in proposed.items() if k not in ("status", "evidence")}
    if {k: v for k, v in base.items() if k not in ("status", "evidence", "version")} != {
        k: v for k, v in registration.items() if k != "version"
    }:
        _apply(session, model, model_input_from_record(registration))
    model.version = version
    cr.applied_version = version
    target = Status(proposed.get("status") or model.status)
    if target is not Status(model.status):
        session.add(
            StatusChange(
                model_id=model.id, from_status=model.status, to_status=target.value,
                actor=actor, note=ACCEPTED_NOTE,
            )
        )  # fmt: skip
        model.status = target.value
    kept = {e["sha256"] for e in proposed.get("evidence") or []}
    dropped = {e["sha256"] for e in base.get("evidence") or []} - kept
    if dropped:
        for e in session.scalars(
            select(Evidence).where(Evidence.model_id == model.id, Evidence.sha256.in_(dropped))
        ):
            e.removed_at = e.removed_at or utcnow()
    model.updated_at = utcnow()
