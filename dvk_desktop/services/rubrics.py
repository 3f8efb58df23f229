"""Scoring rubrics as data: the upper level edits them, every edit is a new version.

Each workspace has its own rubric (the default of domain brief §2.3 until edited) for every
model, and may keep a separate one for tập thể or cá nhân models (their criteria differ, §2.3).
A commune also holds its parent's rubrics as received in decisions packages, read-only, so it
sees what it will be scored on. The default is stored on first use (scoring, editing) under a
UUID derived from the unit code, so the copy sent before it was stored keeps its identity.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvk_desktop.domain.rubric import (
    DEFAULT_NAME,
    DEFAULT_RUBRIC,
    MAX_RUBRIC_NAME,
    Criterion,
    Rubric,
    check_rubric,
    rubric_to_json,
    scope_label,
)
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import ModelType
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import audit
from dvk_desktop.services.models import get_row
from dvk_desktop.storage.models import DvkModel, Evaluation, RubricVersion, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle

_NAMESPACE = uuidlib.UUID("5b3f0c52-8f0e-4f7e-9a57-2d1c4b6e8a10")


@dataclass(frozen=True)
class RubricInfo:
    """One version of a rubric as plain values (``saved`` False: the default, not stored yet)."""

    uuid: str
    version: int
    scope: ModelType | None
    name: str
    rubric: Rubric
    issuer_unit_code: str
    created_at: dt.datetime | None
    created_by: str
    note: str
    saved: bool

    @property
    def scope_label(self) -> str:
        """Which models it applies to, in words ("mọi mô hình", "mô hình cá nhân")."""
        return scope_label(self.scope)

    @property
    def title(self) -> str:
        """Name, version and scope in one line."""
        return f"{self.name} — phiên bản {self.version}, áp dụng cho {self.scope_label}"


def default_uuid(unit_code: str) -> str:
    """The identity of a unit's default rubric (the same before and after it is stored)."""
    return str(uuidlib.uuid5(_NAMESPACE, f"dvk-rubric/{unit_code}/default"))


def _scope_code(scope: ModelType | None) -> str:
    return scope.value if scope is not None else ""


def info_of(row: RubricVersion) -> RubricInfo:
    """A stored rubric version as plain values."""
    data = json.loads(row.criteria_json)
    rubric = Rubric(
        tuple(Criterion(c["code"], c["name"], int(c["max_points"])) for c in data),
        row.excellent_from,
        row.good_from,
        row.pass_from,
    )
    return RubricInfo(
        row.uuid, row.version, ModelType(row.scope) if row.scope else None, row.name, rubric,
        row.issuer_unit_code, row.created_at, row.created_by, row.note, True,
    )  # fmt: skip


def default_info(unit_code: str) -> RubricInfo:
    """A unit's default rubric before anyone edited it."""
    return RubricInfo(
        default_uuid(unit_code), 1, None, DEFAULT_NAME, DEFAULT_RUBRIC, unit_code, None, "", "",
        False,
    )  # fmt: skip


def _latest(session: Session, unit_code: str, scope: ModelType | None) -> RubricVersion | None:
    return session.scalars(
        select(RubricVersion)
        .where(
            RubricVersion.issuer_unit_code == unit_code,
            RubricVersion.scope == _scope_code(scope),
        )
        .order_by(RubricVersion.version.desc())
        .limit(1)
    ).first()


def current_in_session(
    session: Session, unit_code: str, scope: ModelType | None = None, *, fallback: bool = True
) -> RubricInfo:
    """The newest version a unit uses for ``scope``: its own for that type, else the common one."""
    row = _latest(session, unit_code, scope)
    if row is None and scope is not None and fallback:
        row = _latest(session, unit_code, None)
    if row is None:
        if scope is not None and not fallback:
            raise NotFoundError(
                _t(
                    "Chưa có bộ tiêu chí riêng cho {scope_label}.",
                    scope_label=scope_label(scope),
                )
            )
        return default_info(unit_code)
    return info_of(row)


def ensure_row(session: Session, info: RubricInfo) -> RubricVersion:
    """The stored row of ``info``; the default is stored now if it was not yet."""
    row = session.scalars(select(RubricVersion).where(RubricVersion.uuid == info.uuid)).first()
    if row is None:
        row = RubricVersion(
            uuid=info.uuid,
            issuer_unit_code=info.issuer_unit_code,
            scope=_scope_code(info.scope),
            version=info.version,
            name=info.name,
            criteria_json=json.dumps(rubric_to_json(info.rubric)["criteria"], ensure_ascii=False),
            excellent_from=info.rubric.excellent_from,
            good_from=info.rubric.good_from,
            pass_from=info.rubric.pass_from,
            note="Bộ tiêu chí mặc định",
            created_by="",
        )
        session.add(row)
        session.flush()
    return row


def for_model_in_session(session: Session, unit_code: str, model: DvkModel) -> RubricInfo:
    """The version a model is scored on: the one its sheets already use, else the current one.

    All the sheets of one model use one version, so their average compares like with like;
    an edit of the rubric applies to models nobody has scored yet.
    """
    used = session.scalars(
        select(RubricVersion)
        .join(Evaluation, Evaluation.rubric_id == RubricVersion.id)
        .where(
            Evaluation.model_id == model.id,
            Evaluation.origin_unit_code == unit_code,
            Evaluation.member_key.is_not(None),
        )
        .limit(1)
    ).first()
    if used is not None:
        return info_of(used)
    return current_in_session(session, unit_code, ModelType(model.model_type))


def _unit(session: Session) -> str:
    return session.scalars(select(Workspace.unit_code)).one()


def current_rubric(handle: WorkspaceHandle, scope: ModelType | None = None) -> RubricInfo:
    """The rubric this workspace scores ``scope`` models on now (its common one if none own)."""
    with handle.sessions() as session:
        return current_in_session(session, _unit(session), scope)


def own_rubrics(handle: WorkspaceHandle) -> list[RubricInfo]:
    """This workspace's current rubrics: the common one, then one per type that has its own."""
    with handle.sessions() as session:
        unit = _unit(session)
        result = [current_in_session(session, unit, None)]
        for scope in ModelType:
            if _latest(session, unit, scope) is not None:
                result.append(current_in_session(session, unit, scope))
        return result


def rubric_history(handle: WorkspaceHandle, scope: ModelType | None = None) -> list[RubricInfo]:
    """Every saved version of this workspace's rubric for ``scope``, newest first."""
    with handle.sessions() as session:
        unit = _unit(session)
        rows = session.scalars(
            select(RubricVersion)
            .where(
                RubricVersion.issuer_unit_code == unit,
                RubricVersion.scope == _scope_code(scope),
            )
            .order_by(RubricVersion.version.desc())
        ).all()
        if not rows:
            return [default_info(unit)] if scope is None else []
        return [info_of(r) for r in rows]


def save_rubric(
    handle: WorkspaceHandle,
    rubric: Rubric,
    *,
    scope: ModelType | None = None,
    name: str | None = None,
    note: str = "",
    actor: str | None = None,
) -> RubricInfo:
    """Save an edited rubric as the next version for ``scope``; sheets already filled keep theirs.

    An edit that changes nothing is refused, so versions only mark real changes.
    """
    rubric = check_rubric(rubric)
    with handle.sessions() as session, session.begin():
        unit = _unit(session)
        exact = _latest(session, unit, scope)
        base = current_in_session(session, unit, scope)
        title = clean(name) if name is not None else base.name
        if not title:
            raise ValidationError(_t("Hãy đặt tên cho bộ tiêu chí."), field="name")
        if len(title) > MAX_RUBRIC_NAME:
            raise ValidationError(
                _t(
                    "Tên bộ tiêu chí dài quá {MAX_RUBRIC_NAME} ký tự.",
                    MAX_RUBRIC_NAME=MAX_RUBRIC_NAME,
                )
            )
        if len(clean(note)) > 4000:
            raise ValidationError(_t("Ghi chú dài quá 4000 ký tự."))
        same_scope = exact is not None or scope is None
        if same_scope and base.rubric == rubric and base.name == title:
            raise ValidationError(
                _t(
                    "Bộ tiêu chí cho {scope_label} không có gì thay đổi (đang là phiên bản "
                    "{version}).",
                    scope_label=scope_label(scope),
                    version=base.version,
                )
            )
        if scope is None and exact is None:
            ensure_row(session, base)  # the default becomes version 1 of the history
        number = (
            session.scalar(
                select(func.max(RubricVersion.version)).where(
                    RubricVersion.issuer_unit_code == unit,
                    RubricVersion.scope == _scope_code(scope),
                )
            )
            or 0
        ) + 1
        row = RubricVersion(
            issuer_unit_code=unit,
            scope=_scope_code(scope),
            version=number,
            name=title,
            criteria_json=json.dumps(rubric_to_json(rubric)["criteria"], ensure_ascii=False),
            excellent_from=rubric.excellent_from,
            good_from=rubric.good_from,
            pass_from=rubric.pass_from,
            note=clean(note),
            created_by=(actor or audit.current_actor())[:150],
        )
        session.add(row)
        session.flush()
        audit.record(
            session, action="rubric", entity="rubric", entity_uuid=row.uuid, actor=actor,
            after={"scope": row.scope, "version": number, **rubric_to_json(rubric)},
        )  # fmt: skip
        return info_of(row)


def rubric_for_model(handle: WorkspaceHandle, model_ref: str) -> RubricInfo:
    """The rubric version a model is (or will be) scored on at this workspace."""
    with handle.sessions() as session:
        return for_model_in_session(session, _unit(session), get_row(session, model_ref))


def parent_rubrics(handle: WorkspaceHandle) -> list[RubricInfo]:
    """At a commune: the parent's current rubrics as last received (common first), read-only."""
    with handle.sessions() as session:
        ws = session.scalars(select(Workspace)).one()
        rows = session.scalars(
            select(RubricVersion)
            .where(RubricVersion.issuer_unit_code != ws.unit_code)
            .order_by(RubricVersion.issuer_unit_code, RubricVersion.scope, RubricVersion.version)
        ).all()
        newest: dict[tuple[str, str], RubricVersion] = {}
        for row in rows:
            newest[(row.issuer_unit_code, row.scope)] = row
        parent = ws.parent_unit_code
        chosen = [r for (issuer, _), r in newest.items() if parent is None or issuer == parent]
        return [info_of(r) for r in sorted(chosen, key=lambda r: (r.scope != "", r.scope))]
