"""Registering, editing, reading and moving models through their lifecycle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dvk_desktop.domain import codes, lifecycle, readiness
from dvk_desktop.domain.model import IndicatorInput, ModelInput, check_savable, check_submittable
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.text import clean, fold, sort_key
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, Status, SubTopic, WorkspaceRole
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import audit, locks, review_log
from dvk_desktop.services.directory import by_uuid
from dvk_desktop.storage.models import (
    Decision,
    DvkModel,
    IndicatorCatalogue,
    IndicatorVillageValue,
    ModelCoordinator,
    ModelIndicator,
    Organisation,
    Person,
    StatusChange,
    Unit,
    Workspace,
    utcnow,
)
from dvk_desktop.storage.queries.models import search_text_for
from dvk_desktop.storage.workspace import WorkspaceHandle


def _workspace(session: Session) -> Workspace:
    return session.scalars(select(Workspace)).one()


class AmbiguousModelError(ValidationError):
    """A bare model code that several units use (codes restart in every commune)."""

    def __init__(self, code: str, candidates: list[tuple[str, str, str]]) -> None:
        example = candidates[0][0]
        super().__init__(
            _t(
                "Mã “{code}” có ở {count} đơn vị; chưa biết là mô hình nào.",
                code=code,
                count=len(candidates),
            ),
            hint=_t(
                "Hãy ghi kèm mã đơn vị trước mã mô hình, ví dụ “{example}”.",
                example=example,
            ),
            details=[f"{ref}: {name} ({unit})" for ref, name, unit in candidates],
        )
        self.code = code
        # (qualified code, model name, unit name), in unit-code order.
        self.candidates = candidates


def get_row(session: Session, uuid: str) -> DvkModel:
    """Load a model by uuid, by its code ("MH-2026-003") or its qualified code ("20791/MH-…").

    A bare code held by several units raises :class:`AmbiguousModelError` listing them: picking
    one silently would show, change or decide on another commune's model.
    """
    row = session.scalars(select(DvkModel).where(DvkModel.uuid == uuid)).first()
    if row is not None:
        return row
    unit_code, code = codes.split(uuid)
    stmt = select(DvkModel).where(DvkModel.code == code)
    if unit_code is not None:
        stmt = stmt.where(DvkModel.source_unit_code == unit_code)
    rows = list(session.scalars(stmt.order_by(DvkModel.source_unit_code).limit(200)))
    if unit_code is None and not rows and "/" in uuid:
        rows = list(session.scalars(select(DvkModel).where(DvkModel.code == uuid.strip())))
    if len(rows) == 1:
        return rows[0]
    if rows:
        held = {r.source_unit_code for r in rows}
        names = {
            c: n
            for c, n in session.execute(select(Unit.code, Unit.name).where(Unit.code.in_(held)))
        }
        raise AmbiguousModelError(
            code,
            [
                (
                    codes.qualified(r.source_unit_code, r.code),
                    r.name,
                    names.get(r.source_unit_code, r.source_unit_code),
                )
                for r in rows
            ],
        )
    raise NotFoundError(
        _t("Không tìm thấy mô hình “{uuid}”.", uuid=uuid),
        hint=_t("Hãy xem lại mã trong danh sách mô hình."),
    )


def snapshot(row: DvkModel) -> dict[str, Any]:
    """The model's registration fields as plain values (for audit, packages and display)."""
    return {
        "uuid": row.uuid,
        "code": row.code,
        "version": row.version,
        "source_unit_code": row.source_unit_code,
        "name": row.name,
        "model_type": row.model_type,
        "field": row.field,
        "sub_topics": [t for t in row.sub_topics.split(",") if t],
        "novelty": row.novelty,
        "continues_uuid": row.continues.uuid if row.continues else None,
        "replicated_from_uuid": row.replicated_from.uuid if row.replicated_from else None,
        "replicated_from_text": row.replicated_from_text,
        "year": row.year,
        "status": row.status,
        "owner_org_uuid": row.owner_org.uuid if row.owner_org else None,
        "owner_name": row.owner_org.name if row.owner_org else "",
        "holder_person_uuid": row.holder.uuid if row.holder else None,
        "holder_name": row.holder.full_name if row.holder else "",
        "lead_person_uuid": row.lead.uuid if row.lead else None,
        "lead_name": row.lead.full_name if row.lead else "",
        "coordinating_org_uuids": [c.organisation.uuid for c in row.coordinators],
        "coordinating_names": [c.organisation.name for c in row.coordinators],
        "village_uuid": row.village.uuid if row.village else None,
        "village_name": row.village.name if row.village else "",
        "place": row.place,
        "start_date": row.start_date,
        "end_date": row.end_date,
        "evaluation_date": row.evaluation_date,
        "reason": row.reason,
        "goals": row.goals,
        "content": row.content,
        "target_group": row.target_group,
        "forces": row.forces,
        "other_resources": row.other_resources,
        "schedule": row.schedule,
        "outputs": row.outputs,
        "sustainability": row.sustainability,
        "note": row.note,
        "budget_state": row.budget_state,
        "budget_social": row.budget_social,
        "budget_people": row.budget_people,
        "budget_other": row.budget_other,
        "labour_days": row.labour_days,
        "score": row.score,
        "grade": row.grade,
        "indicators": [
            {
                "code": i.code,
                "name": i.name,
                "unit": i.unit,
                "target": i.target,
                "actual": i.actual,
                "by_village": {
                    v.village.uuid: {
                        "village": v.village.name,
                        "target": v.target,
                        "actual": v.actual,
                    }
                    for v in i.villages
                },
            }
            for i in row.indicators
        ],
        "updated_at": row.updated_at,
    }


def to_input(row: DvkModel, snap: dict[str, Any] | None = None) -> ModelInput:
    """The model's registration as an editable :class:`ModelInput` (``snap``: its snapshot)."""
    snap = snap if snap is not None else snapshot(row)
    return ModelInput(
        name=row.name,
        model_type=ModelType(row.model_type),
        field=Field(row.field),
        sub_topics=[SubTopic(t) for t in snap["sub_topics"]],
        novelty=Novelty(row.novelty),
        continues_uuid=snap["continues_uuid"],
        replicated_from_uuid=snap["replicated_from_uuid"],
        replicated_from_text=row.replicated_from_text,
        year=row.year,
        owner_org_uuid=snap["owner_org_uuid"],
        holder_person_uuid=snap["holder_person_uuid"],
        lead_person_uuid=snap["lead_person_uuid"],
        coordinating_org_uuids=snap["coordinating_org_uuids"],
        village_uuid=snap["village_uuid"],
        place=row.place,
        start_date=row.start_date,
        end_date=row.end_date,
        evaluation_date=row.evaluation_date,
        reason=row.reason,
        goals=row.goals,
        content=row.content,
        target_group=row.target_group,
        forces=row.forces,
        other_resources=row.other_resources,
        schedule=row.schedule,
        outputs=row.outputs,
        sustainability=row.sustainability,
        note=row.note,
        budget_state=row.budget_state,
        budget_social=row.budget_social,
        budget_people=row.budget_people,
        budget_other=row.budget_other,
        labour_days=row.labour_days,
        indicators=[
            IndicatorInput(
                i.code,
                i.name,
                i.unit,
                i.target,
                i.actual,
                {v.village.uuid: (v.target, v.actual) for v in i.villages},
            )
            for i in row.indicators
        ],
    )


def _next_code(session: Session, unit_code: str, year: int) -> str:
    prefix = f"MH-{year}-"
    existing = session.scalars(
        select(DvkModel.code).where(
            DvkModel.source_unit_code == unit_code, DvkModel.code.like(f"{prefix}%")
        )
    ).all()
    numbers = [int(c[len(prefix) :]) for c in existing if c[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def _check_duplicate(
    session: Session, data: ModelInput, unit_code: str, own_id: int | None
) -> None:
    stmt = select(DvkModel).where(
        DvkModel.source_unit_code == unit_code,
        DvkModel.year == data.year,
        DvkModel.name_folded == fold(data.name),
    )
    clash = session.scalars(stmt).first()
    if clash is not None and clash.id != own_id:
        raise ValidationError(
            _t(
                "Mô hình “{name}” năm {year} đã được đăng ký (mã {code}).",
                name=data.name,
                year=data.year,
                code=clash.code,
            ),
            hint=_t("Hãy mở bản đăng ký đã có để sửa, hoặc đặt tên khác cho mô hình mới."),
            field="name",
        )


Resolve = Callable[[type[Any], str | None, str], Any]
"""Finds a row by uuid (None for None) or raises NotFoundError naming what was sought."""


def _apply(
    session: Session,
    row: DvkModel,
    data: ModelInput,
    *,
    resolve: Resolve | None = None,
    catalogue: Mapping[str, IndicatorCatalogue] | None = None,
) -> None:
    """Copy validated input onto the row (resolving uuids to rows, with clear errors).

    An import passes ``resolve`` and ``catalogue`` filled in a few queries for a whole package,
    instead of one query per reference.
    """
    with session.no_autoflush:
        _apply_fields(
            session, row, data, resolve or (lambda cls, u, what: by_uuid(session, cls, u, what)),
            catalogue,
        )  # fmt: skip


def _apply_fields(
    session: Session,
    row: DvkModel,
    data: ModelInput,
    resolve: Resolve,
    catalogue: Mapping[str, IndicatorCatalogue] | None,
) -> None:
    owner = resolve(Organisation, data.owner_org_uuid, "đơn vị chủ trì")
    holder = resolve(Person, data.holder_person_uuid, "cá nhân thực hiện")
    lead = resolve(Person, data.lead_person_uuid, "người phụ trách")
    village = resolve(Unit, data.village_uuid, "thôn/tổ dân phố")
    continues = resolve(DvkModel, data.continues_uuid, "mô hình năm trước")
    replicated = resolve(DvkModel, data.replicated_from_uuid, "mô hình gốc")
    row.name = data.name
    row.name_folded = fold(data.name)
    row.name_sort = sort_key(data.name)
    row.model_type = data.model_type.value
    row.field = data.field.value
    row.sub_topics = ",".join(t.value for t in data.sub_topics)
    row.novelty = data.novelty.value
    row.continues = continues
    row.replicated_from = replicated
    row.replicated_from_text = data.replicated_from_text
    row.year = data.year
    row.owner_org = owner
    row.holder = holder
    row.lead = lead
    row.village = village
    for key in (
        "place", "start_date", "end_date", "evaluation_date", "reason", "goals", "content",
        "target_group", "forces", "other_resources", "schedule", "outputs", "sustainability",
        "note", "budget_state", "budget_social", "budget_people", "budget_other", "labour_days",
    ):  # fmt: skip
        setattr(row, key, getattr(data, key))
    wanted_coord = list(dict.fromkeys(data.coordinating_org_uuids))
    row.coordinators = [
        ModelCoordinator(organisation=resolve(Organisation, u, "đơn vị phối hợp"))
        for u in wanted_coord
    ]
    _apply_indicators(session, row, data.indicators, resolve, catalogue)
    row.search_text = search_text_for(
        row.code,
        data.name,
        data.place,
        owner.name if owner else "",
        holder.full_name if holder else "",
        village.name if village else "",
    )
    row.updated_at = utcnow()


def _apply_indicators(
    session: Session,
    row: DvkModel,
    indicators: list[IndicatorInput],
    resolve: Resolve,
    catalogue: Mapping[str, IndicatorCatalogue] | None,
) -> None:
    if row.indicators:
        # Old rows must be gone before new ones reuse their (model, code) pair.
        row.indicators.clear()
        session.flush()
    for position, ind in enumerate(indicators):
        code = clean(ind.code).upper() or f"KHAC_{position + 1}"
        name, unit = clean(ind.name), clean(ind.unit)
        known = (
            catalogue.get(code) if catalogue is not None else session.get(IndicatorCatalogue, code)
        )
        if known is not None:
            name, unit = name or known.name, unit or known.unit
        if not name or not unit:
            raise ValidationError(
                _t(
                    "Chỉ tiêu thứ {value} cần có tên và đơn vị tính.",
                    value=position + 1,
                ),
                field="indicators",
            )
        indicator = ModelIndicator(
            position=position,
            code=code,
            name=name,
            unit=unit,
            target=ind.target,
            actual=ind.actual,
        )
        for village_uuid, (target, actual) in ind.by_village.items():
            village = resolve(Unit, village_uuid, "thôn/tổ dân phố")
            assert village is not None
            indicator.villages.append(
                IndicatorVillageValue(village=village, target=target, actual=actual)
            )
        row.indicators.append(indicator)


def create_model(handle: WorkspaceHandle, data: ModelInput, *, actor: str | None = None) -> str:
    """Register a new model (status "đăng ký"); return its uuid."""
    data = data.normalised()
    check_savable(data)
    with handle.sessions() as session, session.begin():
        return create_in_session(session, data, actor=actor).uuid


def create_in_session(
    session: Session, data: ModelInput, *, actor: str | None = None, action: str = "create"
) -> DvkModel:
    """Register an already checked model inside the caller's transaction (imports use it)."""
    ws = _workspace(session)
    _check_duplicate(session, data, ws.unit_code, None)
    row = DvkModel(
        source_unit_code=ws.unit_code,
        code=_next_code(session, ws.unit_code, data.year),
        status=Status.REGISTERED.value,
    )
    _apply(session, row, data)
    session.add(row)
    session.flush()
    audit.record(
        session, action=action, entity="model", entity_uuid=row.uuid, after=snapshot(row),
        actor=actor,
    )  # fmt: skip
    return row


def update_model(
    handle: WorkspaceHandle, uuid: str, data: ModelInput, *, actor: str | None = None
) -> None:
    """Save changes to a model's registration; the version goes up by one."""
    data = data.normalised()
    check_savable(data)
    with handle.sessions() as session, session.begin():
        row = get_row(session, uuid)
        check_owner_edits(_workspace(session), row)
        before = snapshot(row)
        _check_duplicate(session, data, row.source_unit_code, row.id)
        locked = readiness.edit_lock_reason(Status(row.status))
        if locked is not None:
            raise ValidationError(
                locked,
                hint=_t(
                    "Chỉ sửa khi mô hình đang đăng ký, đang thực hiện, đã sơ kết hoặc bị trả lại.",
                )
                if Status(row.status) is Status.STOPPED
                else "Hãy gửi yêu cầu thay đổi: cấp trên xem bản cũ và bản mới rồi quyết định.",
            )
        signed = locks.lock_of(session, row)
        if signed.level == "xa":
            raise ValidationError(signed.reason, hint="Rút ký duyệt rồi sửa, sau đó ký duyệt lại.")
        _apply(session, row, data)
        if data.year != before["year"]:
            row.code = _next_code(session, row.source_unit_code, data.year)
        row.version += 1
        session.flush()
        audit.record(
            session,
            action="update",
            entity="model",
            entity_uuid=row.uuid,
            before=before,
            after=snapshot(row),
            actor=actor,
        )


def is_read_only_here(ws: Workspace, row: DvkModel) -> bool:
    """Whether this workspace only reads ``row``: an upper level holding a commune's model."""
    return row.source_unit_code != ws.unit_code


def check_owner_edits(ws: Workspace, row: DvkModel) -> None:
    """Refuse to change a registration this workspace did not make (the commune owns it)."""
    if is_read_only_here(ws, row):
        raise ValidationError(
            _t(
                "Bản đăng ký {qualified} là của đơn vị cấp dưới gửi lên; ở đây chỉ xem, không sửa.",
                qualified=codes.qualified(row.source_unit_code, row.code),
            ),
            hint=_t("Nếu cần sửa, hãy trả lại mô hình để đơn vị đó bổ sung rồi gửi gói mới."),
        )


def get_model(handle: WorkspaceHandle, uuid: str) -> dict[str, Any]:
    """A model's full registration as plain values."""
    with handle.sessions() as session:
        return snapshot(get_row(session, uuid))


def get_input(handle: WorkspaceHandle, uuid: str) -> ModelInput:
    """A model's registration as editable input."""
    with handle.sessions() as session:
        return to_input(get_row(session, uuid))


def load_for_editing(handle: WorkspaceHandle, uuid: str) -> tuple[ModelInput, dict[str, Any]]:
    """A model's editable input and its snapshot, read together (what the editor opens with)."""
    with handle.sessions() as session:
        row = get_row(session, uuid)
        snap = snapshot(row)
        return to_input(row, snap), snap


def change_status(
    handle: WorkspaceHandle,
    uuid: str,
    target: Status,
    *,
    decision_uuid: str | None = None,
    note: str = "",
    actor: str | None = None,
) -> None:
    """Move a model one step in its lifecycle, if this workspace's level may make that step."""
    with handle.sessions() as session, session.begin():
        row = get_row(session, uuid)
        apply_status(session, row, target, decision_uuid=decision_uuid, note=note, actor=actor)


def apply_status(
    session: Session,
    row: DvkModel,
    target: Status,
    *,
    decision_uuid: str | None = None,
    note: str = "",
    actor: str | None = None,
    role: WorkspaceRole | None = None,
) -> None:
    """Lifecycle step inside the caller's transaction (used by decisions and imports too)."""
    if role is None:
        role = acting_role(_workspace(session), row)
    decision = by_uuid(session, Decision, decision_uuid, "quyết định")
    source = Status(row.status)
    transition = lifecycle.check_transition(source, target, role, has_decision=decision is not None)
    if role is WorkspaceRole.COMMUNE:
        locks.check_commune_step(session, row, target)  # the upper level's lock (ownership)
    elif row.source_unit_code != _workspace(session).unit_code:
        row.upper_version += 1  # the upper level's part of a child's model changed
    if transition.needs_complete_registration:
        check_submittable(to_input(row))
    row.status = target.value
    row.updated_at = utcnow()
    session.add(
        StatusChange(
            model_id=row.id,
            from_status=source.value,
            to_status=target.value,
            actor=actor or audit.current_actor(),
            decision_id=decision.id if decision else None,
            note=clean(note),
        )
    )
    audit.record(
        session,
        action="status",
        entity="model",
        entity_uuid=row.uuid,
        before={"status": source.value},
        after={"status": target.value},
        actor=actor,
    )
    if role is WorkspaceRole.UPPER and (source, target) == (Status.PROPOSED, Status.IMPLEMENTING):
        # "Trả lại để bổ sung" is the review verdict "Cần bổ sung thông tin" (domain.review).
        review_log.add_review(
            session, row.id, ReviewState.NEEDS_INFO, comment=clean(note),
            actor=actor or audit.current_actor(), origin=_workspace(session).unit_code,
        )  # fmt: skip


def acting_role(ws: Workspace, row: DvkModel) -> WorkspaceRole:
    """The level this workspace acts at for ``row``: the owner for its own models."""
    role = WorkspaceRole(ws.role)
    # An upper level acting on its own models (e.g. a province registering) acts as owner.
    if role is WorkspaceRole.UPPER and row.source_unit_code == ws.unit_code:
        return WorkspaceRole.COMMUNE
    return role


def available_steps(handle: WorkspaceHandle, uuid: str) -> list[lifecycle.Transition]:
    """The lifecycle steps this workspace may take for a model now (for buttons and menus)."""
    with handle.sessions() as session:
        row = get_row(session, uuid)
        return lifecycle.allowed_targets(Status(row.status), acting_role(_workspace(session), row))


def delete_model(handle: WorkspaceHandle, uuid: str, *, actor: str | None = None) -> None:
    """Delete a model that is still only registered; remember the deletion for packages."""
    from dvk_desktop.storage.models import Tombstone

    with handle.sessions() as session, session.begin():
        row = get_row(session, uuid)
        check_owner_edits(_workspace(session), row)
        if row.status != Status.REGISTERED.value:
            raise ValidationError(
                _t(
                    "Chỉ xóa được mô hình mới đăng ký; mô hình đã thực hiện hãy chuyển sang "
                    "“Dừng / loại bỏ”.",
                ),
            )
        before = snapshot(row)
        session.add(Tombstone(uuid=row.uuid, entity="model"))
        session.delete(row)
        audit.record(
            session,
            action="delete",
            entity="model",
            entity_uuid=before["uuid"],
            before=before,
            actor=actor,
        )


def integrity_guard(exc: IntegrityError) -> ValidationError:
    """Turn a database uniqueness error into a message (a race the checks above missed)."""
    return ValidationError(_t("Dữ liệu bị trùng với một bản ghi đã có."), details=[str(exc.orig)])


def models_count(handle: WorkspaceHandle) -> int:
    """Number of models in the workspace."""
    with handle.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(DvkModel)) or 0)


def parse_indicator(
    code: str, name: str, unit: str, target: str, actual: str = ""
) -> IndicatorInput:
    """Build an indicator from text fields (CLI and spreadsheet import)."""
    from dvk_desktop.domain.text import parse_number

    def num(text: str, label: str) -> Decimal | None:
        return parse_number(text, label=label) if clean(text) else None

    return IndicatorInput(code, name, unit, num(target, "Chỉ tiêu"), num(actual, "Thực hiện"))


def today() -> dt.date:
    """Today's date (one place, so tests can reason about it)."""
    return dt.date.today()
