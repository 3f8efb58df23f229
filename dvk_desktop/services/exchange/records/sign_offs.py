"""The commune head's sign-offs travel up, so the upper level sees who vouched for which version.

A sign-off is the commune's own record (its head signs its registration); the upper level
only keeps a copy beside the model, by the sign-off's UUID, withdrawals included: history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.text import clean
from dvk_desktop.storage.models import DvkModel, ModelSignOff

KEY = "sign_offs"


def section(session: Session, models: Iterable[DvkModel]) -> dict[str, Any]:
    """The package's sign-offs of ``models`` (absent when there is none: older versions read it)."""
    uuid_of = {m.id: m.uuid for m in models}
    ids = sorted(uuid_of)
    rows: list[ModelSignOff] = []
    for start in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
        rows += session.scalars(
            select(ModelSignOff)
            .where(ModelSignOff.model_id.in_(ids[start : start + 500]))
            .order_by(ModelSignOff.id)
        )
    if not rows:
        return {}
    return {
        KEY: [
            {
                "uuid": s.uuid, "model_uuid": uuid_of[s.model_id], "version": s.version,
                "signer": s.signer, "position": s.position, "at": _moment(s.at),
                "withdrawn_at": _moment(s.withdrawn_at) if s.withdrawn_at else None,
            }
            for s in rows
        ]
    }  # fmt: skip


def _moment(value: dt.datetime) -> str:
    return value.replace(tzinfo=dt.UTC).isoformat()


def _stored(text: str) -> dt.datetime:
    """A checked ISO moment as the database keeps times: naive UTC."""
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def apply(session: Session, records: dict[str, Any]) -> None:
    """Keep the commune's sign-offs (checked records) beside its models, by UUID."""
    items = records.get(KEY, [])
    if not items:
        return
    model_uuids = sorted({s["model_uuid"] for s in items})
    models: dict[str, int] = {}
    held: dict[str, ModelSignOff] = {}
    for start in range(0, len(model_uuids), 500):
        chunk = model_uuids[start : start + 500]
        ids = select(DvkModel.uuid, DvkModel.id).where(DvkModel.uuid.in_(chunk))
        models.update((uuid, model_id) for uuid, model_id in session.execute(ids))
    wanted = sorted({s["uuid"] for s in items})
    for start in range(0, len(wanted), 500):
        stmt = select(ModelSignOff).where(ModelSignOff.uuid.in_(wanted[start : start + 500]))
        held.update((row.uuid, row) for row in session.scalars(stmt))
    for s in items:
        model_id = models.get(s["model_uuid"])
        if model_id is None:
            continue  # a model this package does not bring and this level never received
        row = held.get(s["uuid"])
        if row is None:
            row = ModelSignOff(uuid=s["uuid"], model_id=model_id)
            session.add(row)
            held[row.uuid] = row
        row.version = int(s["version"])
        row.signer, row.position = clean(s["signer"])[:150], clean(s.get("position", ""))[:200]
        row.at = _stored(s["at"])
        row.withdrawn_at = _stored(s["withdrawn_at"]) if s.get("withdrawn_at") else None
