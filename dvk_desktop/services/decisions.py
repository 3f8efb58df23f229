"""Decisions of recognition, exemplary selection, commendation and replication of models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import codes
from dvk_desktop.domain.lifecycle import TRANSITIONS
from dvk_desktop.domain.office import Action
from dvk_desktop.domain.text import clean, format_date, format_number
from dvk_desktop.domain.vocab import AwardForm, DecisionKind, Status, WorkspaceRole
from dvk_desktop.errors import ConflictError, DvkError, NotFoundError, ValidationError
from dvk_desktop.messages import _t, label
from dvk_desktop.services import access, audit, conflicts
from dvk_desktop.services.models import apply_status, get_row
from dvk_desktop.services.review import check_recognisable
from dvk_desktop.storage.models import Decision, DecisionModel, DvkModel, Evidence, Workspace
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
    scan: Path | None = None  # the signed decision, scanned (PDF or photo), kept as evidence


# The signed paper, scanned or photographed: what an archive or an inspector accepts.
SCAN_SUFFIXES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".webp": "image/webp",
}
SCAN_MAX_BYTES = 50 * 1024 * 1024


def eligible_statuses(kind: DecisionKind) -> list[Status]:
    """The statuses a model must be in for a decision of ``kind`` to apply to it."""
    return list(dict.fromkeys(t.source for t in TRANSITIONS if t.decision is kind))


def _check_scan(path: Path) -> str:
    """The media type of a scanned decision, or a clear refusal."""
    if not path.is_file():
        raise NotFoundError(_t("Không tìm thấy tệp quyết định “{path}”.", path=path))
    media = SCAN_SUFFIXES.get(path.suffix.lower())
    if media is None:
        raise ValidationError(
            _t(
                "Tệp “{name}” không phải bản quét quyết định (PDF hoặc ảnh).",
                name=path.name,
            ),
            hint=_t("Hãy chọn tệp .pdf, .jpg, .png hoặc .tif."),
        )
    size = path.stat().st_size
    if size == 0:
        raise ValidationError(_t("Tệp “{name}” rỗng (0 byte).", name=path.name))
    if size > SCAN_MAX_BYTES:
        raise ValidationError(
            _t(
                "Tệp “{name}” nặng {round} MB, vượt giới hạn {value} MB.",
                name=path.name,
                round=format_number(round(size / 1048576, 1)),
                value=SCAN_MAX_BYTES // 1048576,
            ),
            hint=_t("Hãy quét lại ở độ phân giải thấp hơn (200 dpi là đủ đọc)."),
        )
    return media


def _link_scan(
    session: Session, decision: Decision, sha: str, size: int, media: str, name: str
) -> int:
    """Record the stored scan as evidence of every model the decision lists."""
    caption = (
        f"Quyết định số {decision.number} ngày {format_date(decision.signed_on)} "
        f"của {decision.issuer}"
    )[:1000]
    linked = 0
    for link in decision.models:
        row = session.scalars(
            select(Evidence).where(Evidence.model_id == link.model_id, Evidence.sha256 == sha)
        ).first()
        if row is None:
            row = Evidence(
                model_id=link.model_id, sha256=sha, size=size, media_type=media,
                original_name=clean(name)[:255], caption=caption, taken_on=decision.signed_on,
            )  # fmt: skip
            session.add(row)
        else:
            row.removed_at = None
        linked += 1
    session.flush()
    audit.record(
        session, action="attach", entity="decision", entity_uuid=decision.uuid,
        after={"scan": sha, "name": name, "models": linked},
    )  # fmt: skip
    return linked


def _check(data: DecisionInput, ws: Workspace, today: dt.date) -> list[str]:
    problems = []
    if not clean(data.number):
        problems.append(_t("Chưa nhập số, ký hiệu quyết định (ví dụ 12/QĐ-UBND)."))
    elif len(clean(data.number)) > 60:
        problems.append(_t("Số, ký hiệu quyết định dài quá 60 ký tự."))
    if not clean(data.issuer):
        problems.append(_t("Chưa nhập cơ quan ban hành quyết định."))
    if data.signed_on > today:
        problems.append(
            _t(
                "Ngày ký {signed_on} ở tương lai.",
                signed_on=format_date(data.signed_on),
            )
        )
    if not data.model_uuids:
        problems.append(_t("Quyết định chưa có mô hình nào."))
    if data.kind is DecisionKind.AWARD and data.award_form is None:
        problems.append(
            _t("Quyết định khen thưởng cần ghi hình thức khen (Bằng khen, Giấy khen…).")
        )
    if (
        WorkspaceRole(ws.role) is WorkspaceRole.COMMUNE
        and data.kind is DecisionKind.AWARD
        and data.award_form not in COMMUNE_AWARD_FORMS
    ):
        problems.append(
            _t(
                "Cấp xã chỉ ghi được Giấy khen của Chủ tịch UBND xã hoặc biểu dương; các "
                "hình thức khác do cấp trên quyết định và gửi về bằng gói dữ liệu.",
            )
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
    access.require(handle, Action.DECIDE)
    media = _check_scan(data.scan) if data.scan is not None else ""
    with handle.sessions() as session:
        ws = session.scalars(select(Workspace)).one()
        problems = _check(data, ws, today or dt.date.today())
    if problems:
        raise ValidationError(problems[0], details=problems)
    # The scan goes into the content-addressed store first: invisible until the transaction
    # below points at it, so a refusal or a crash leaves the records as they were.
    stored = handle.evidence.add_file(data.scan) if data.scan is not None else None
    with handle.sessions() as session, session.begin():
        # Two clerks deciding on the same model at once: the first locks it, the second waits,
        # then finds it decided (ConflictError) instead of deciding it a second time.
        _lock_models(session, data.model_uuids)
        number, issuer = clean(data.number), clean(data.issuer)
        clash = session.scalars(
            select(Decision).where(Decision.issuer == issuer, Decision.number == number)
        ).first()
        if clash is not None:
            raise ValidationError(
                _t(
                    "Quyết định số {number} của {issuer} đã được nhập (ngày {signed_on}).",
                    number=number,
                    issuer=issuer,
                    signed_on=format_date(clash.signed_on),
                ),
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
                if Status(row.status) is target:
                    _already_decided(session, row)
                if data.kind is DecisionKind.RECOGNITION:
                    check_recognisable(session, ws, row)
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
            except ConflictError:
                raise
            except DvkError as exc:
                where = codes.qualified(row.source_unit_code, row.code) if row else uuid
                failures.append(f"{where}: {exc.message}")
        if failures:
            raise ValidationError(
                _t(
                    "Không thể áp dụng quyết định cho {count} mô hình; chưa lưu gì.",
                    count=len(failures),
                ),
                hint=_t(
                    "Hãy bỏ các mô hình này khỏi quyết định hoặc chuyển đúng trạng thái trước.",
                ),
                details=failures,
            )
        audit.record(
            session, action="create", entity="decision", entity_uuid=decision.uuid, actor=actor,
            after={"kind": data.kind.value, "number": number, "issuer": issuer,
                   "models": list(data.model_uuids)},
        )  # fmt: skip
        if stored is not None and data.scan is not None:
            _link_scan(session, decision, *stored, media, data.scan.name)
        return decision.uuid


def _lock_models(session: Session, refs: list[str]) -> None:
    """Lock the listed models' rows, in id order (two decisions never wait on each other)."""
    rows = []
    for ref in dict.fromkeys(refs):
        try:
            rows.append(get_row(session, ref))
        except DvkError:  # an unknown model is reported with the others below
            continue
    for row in sorted(rows, key=lambda r: r.id):
        conflicts.lock_model(session, row)


def _already_decided(session: Session, model: DvkModel) -> None:
    """Refuse a second decision on a model one already moved to the same status."""
    decision = session.scalars(
        select(Decision)
        .join(DecisionModel, DecisionModel.decision_id == Decision.id)
        .where(DecisionModel.model_id == model.id)
        .order_by(Decision.id.desc())
        .limit(1)
    ).first()
    code = codes.qualified(model.source_unit_code, model.code)
    who, when = conflicts.last_change(session, [model.uuid])
    number = f"{decision.number} ({decision.issuer})" if decision is not None else ""
    raise ConflictError(
        _t(
            "Mô hình {code} đã ở trạng thái “{status}” theo quyết định {number}, do “{who}” ghi "
            "lúc {when}; quyết định này chưa được lưu.",
            code=code,
            status=Status(model.status).label,
            number=number,
            who=who,
            when=when,
        ),
        hint=_t("Hãy bỏ mô hình này khỏi quyết định, hoặc kiểm tra lại quyết định đã ghi."),
        theirs=[(_t("Trạng thái"), label(Status(model.status).label)), (_t("Quyết định"), number)],
        version=model.upper_version,
        who=who,
        when=when,
        key=model.uuid,
    )


def attach_scan(handle: WorkspaceHandle, decision_uuid: str, scan: Path) -> int:
    """Keep the scanned signed decision as evidence of each model it lists; return how many."""
    access.require(handle, Action.DECIDE)
    media = _check_scan(scan)
    with handle.sessions() as session:
        if session.scalars(select(Decision).where(Decision.uuid == decision_uuid)).first() is None:
            raise NotFoundError(_t("Không tìm thấy quyết định này."))
    sha, size = handle.evidence.add_file(scan)
    with handle.sessions() as session, session.begin():
        decision = session.scalars(select(Decision).where(Decision.uuid == decision_uuid)).one()
        return _link_scan(session, decision, sha, size, media, scan.name)


def propose_for_award(
    handle: WorkspaceHandle,
    model_uuids: list[str],
    *,
    note: str = "",
    actor: str | None = None,
) -> int:
    """Move exemplary models to "Đề nghị khen thưởng" together, or none if one cannot go."""
    if not model_uuids:
        raise ValidationError(_t("Chưa chọn mô hình nào để đề nghị khen thưởng."))
    access.require(handle, Action.DECIDE)
    text = clean(note) or "Đề nghị khen thưởng"
    with handle.sessions() as session, session.begin():
        _lock_models(session, model_uuids)  # two clerks proposing at once: one after the other
        failures: list[str] = []
        for uuid in dict.fromkeys(model_uuids):
            row: DvkModel | None = None
            try:
                row = get_row(session, uuid)
                with session.begin_nested():
                    apply_status(
                        session, row, Status.PROPOSED_AWARD, actor=actor,
                        role=WorkspaceRole.UPPER, note=text,
                    )  # fmt: skip
            except DvkError as exc:
                where = codes.qualified(row.source_unit_code, row.code) if row else uuid
                failures.append(f"{where}: {exc.message}")
        if failures:
            raise ValidationError(
                _t(
                    "Không thể đề nghị khen thưởng {count} mô hình; chưa lưu gì.",
                    count=len(failures),
                ),
                hint=_t("Chỉ mô hình tiêu biểu mới được đề nghị khen thưởng."),
                details=failures,
            )
    return len(dict.fromkeys(model_uuids))


@dataclass(frozen=True)
class DecisionRow:
    """A decision as listed (codes qualified by commune when models come from several)."""

    uuid: str
    kind: str
    number: str
    signed_on: dt.date
    issuer: str
    award_form: str | None
    model_codes: list[str]
    summary: str = ""
    model_uuids: tuple[str, ...] = ()


def list_decisions(handle: WorkspaceHandle) -> list[DecisionRow]:
    """All decisions, newest first."""
    with handle.sessions() as session:
        own = session.scalars(select(Workspace)).one().unit_code
        rows = session.scalars(select(Decision).order_by(Decision.signed_on.desc(), Decision.id))
        return [
            DecisionRow(
                d.uuid,
                d.kind,
                d.number,
                d.signed_on,
                d.issuer,
                d.award_form,
                [
                    m.model.code
                    if m.model.source_unit_code == own
                    else codes.qualified(m.model.source_unit_code, m.model.code)
                    for m in d.models
                ],
                d.summary,
                tuple(m.model.uuid for m in d.models),
            )
            for d in rows
        ]


def for_model(handle: WorkspaceHandle, ref: str) -> list[DecisionRow]:
    """The decisions listing one model, oldest first (what the commune sees on its model)."""
    with handle.sessions() as session:
        model = get_row(session, ref)
        rows = session.scalars(
            select(Decision)
            .join(DecisionModel, DecisionModel.decision_id == Decision.id)
            .where(DecisionModel.model_id == model.id)
            .order_by(Decision.signed_on, Decision.id)
        )
        return [
            DecisionRow(
                d.uuid, d.kind, d.number, d.signed_on, d.issuer, d.award_form, [], d.summary
            )
            for d in rows
        ]
