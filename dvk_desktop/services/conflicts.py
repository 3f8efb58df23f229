"""Two clerks on one record: the row lock a save takes, and the refusal when the version moved on.

A form reads a version when it opens (a model's ``upper_version``, a score sheet's
:func:`sheet_version`) and passes it back as ``expected_version``; the save locks the row,
compares, and refuses with :class:`ConflictError` naming who changed it and when. Without an
expected version (the CLI, scripts) a save behaves as before: it still waits for the lock, so
two saves at once run one after the other, never interleaved.
"""

from __future__ import annotations

import datetime as dt
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.errors import ConflictError
from dvk_desktop.messages import _t
from dvk_desktop.storage.models import AuditEntry, DvkModel, Evaluation

NO_SHEET = ""  # the version of a member's sheet that does not exist (yet, or any more)


def lock_model(session: Session, model: DvkModel) -> DvkModel:
    """Lock the model's row until the transaction ends and read it again.

    PostgreSQL: SELECT … FOR UPDATE makes a second clerk's save wait until the first commits,
    then read the version the first one wrote (a read-then-write would let both pass). SQLite
    ignores FOR UPDATE: a writer's BEGIN IMMEDIATE already holds the whole database's lock.
    """
    return session.scalars(
        select(DvkModel)
        .where(DvkModel.id == model.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def sheet_version(row: Evaluation | None) -> str:
    """A score sheet's version: its identity and the time it was last saved ("" for none).

    The time changes on every save and a sheet removed and scored again has a new uuid, so a
    form that read one version never saves over another (no schema change needed).
    """
    if row is None:
        return NO_SHEET
    return f"{row.uuid}@{row.updated_at.isoformat() if row.updated_at else ''}"


def _local(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M:%S %d/%m/%Y")


def last_change(session: Session, entity_uuids: list[str]) -> tuple[str, str]:
    """Who last changed any of these records and when (local time), from the audit log."""
    row = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity_uuid.in_([u for u in entity_uuids if u]))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return "", ""
    return row.actor, _local(row.at)


def refuse(
    session: Session,
    what: str,
    entity_uuids: list[str],
    *,
    theirs: list[tuple[str, str]],
    version: object,
    key: str = "",
) -> NoReturn:
    """Raise the conflict for ``what`` (e.g. "Mô hình 20791/MH-2026-001"); nothing is saved."""
    who, when = last_change(session, entity_uuids)
    if who:
        message = _t(
            "{what} đã được “{who}” lưu lúc {when}, sau khi bạn mở ra sửa; bản của bạn chưa "
            "được lưu.",
            what=what,
            who=who,
            when=when,
        )
    else:
        message = _t(
            "{what} đã được người khác thay đổi sau khi bạn mở ra sửa; bản của bạn chưa được lưu.",
            what=what,
        )
    raise ConflictError(
        message,
        hint=_t("Hãy xem bản đang lưu: tải lại bản đó, hoặc lưu bản của bạn đè lên nếu chắc chắn."),
        theirs=theirs,
        version=version,
        who=who,
        when=when,
        key=key,
    )
