"""Evidence a commune took off its own dossier travels up, so the upper level takes it off too.

The upper level's own decision scans are Evidence rows on the same models, so "not in the
package" cannot mean "removed": the commune names each removal by its evidence UUID, which
only the commune's own rows carry (the upper level's rows get UUIDs made there and never sent
down). A removal applies only while the commune may still change the dossier by itself; on a
locked model it must come as a change request, and the package's removal is set aside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import ownership, readiness
from dvk_desktop.domain.vocab import Status
from dvk_desktop.messages import _t
from dvk_desktop.services import audit, locks, review_log
from dvk_desktop.storage.models import DvkModel, Evidence, utcnow

KEY = "removed_evidence"


def section(session: Session, models: Iterable[DvkModel]) -> dict[str, Any]:
    """The package's list of removed evidence of ``models`` (absent when there is none).

    Left out when empty so a package without removals still opens in the previous version.
    """
    uuid_of = {m.id: m.uuid for m in models}
    ids = sorted(uuid_of)
    rows: list[Evidence] = []
    for start in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
        rows += session.scalars(
            select(Evidence)
            .where(Evidence.model_id.in_(ids[start : start + 500]))
            .where(Evidence.removed_at.is_not(None))
            .order_by(Evidence.id)
        )
    if not rows:
        return {}
    return {
        KEY: [
            {
                "uuid": e.uuid,
                "model_uuid": uuid_of[e.model_id],
                "removed_at": _moment(e.removed_at),
            }
            for e in rows
        ]
    }


def _moment(value: dt.datetime | None) -> str:
    moment = value or utcnow()
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).isoformat()


def overlap_problems(records: dict[str, Any]) -> list[str]:
    """Problems where one evidence UUID is both kept and removed in the same snapshot."""
    kept = {e.get("uuid") for e in records.get("evidence", []) if isinstance(e, dict)}
    both = sorted(
        {r.get("uuid") for r in records.get(KEY, []) if isinstance(r, dict)} & kept,
        key=str,
    )
    return [
        _t("Minh chứng {uuid} vừa có trong hồ sơ vừa được ghi là đã gỡ", uuid=str(u)[:36])
        for u in both[:20]
    ]


def commune_may_remove(session: Session, model: DvkModel) -> bool:
    """Whether the commune may still take evidence off ``model`` by itself, here."""
    status = Status(model.status)
    if status not in readiness.EDITABLE_STATUSES or locks.active_sign_off(session, model):
        return False  # signed off: the commune withdraws the sign-off first (it travels too)
    return ownership.upper_lock(status, review_log.latest_state(session, model.id)) is None


def apply(session: Session, records: dict[str, Any], *, actor: str) -> list[str]:
    """Mark removed what the commune removed (checked records); return notes for the report."""
    items = records.get(KEY, [])
    if not items:
        return []
    wanted = sorted({r["uuid"] for r in items})
    held: dict[str, tuple[Evidence, DvkModel]] = {}
    for start in range(0, len(wanted), 500):
        stmt = (
            select(Evidence, DvkModel)
            .join(DvkModel, Evidence.model_id == DvkModel.id)
            .where(Evidence.uuid.in_(wanted[start : start + 500]))
        )
        held.update((e.uuid, (e, m)) for e, m in session.execute(stmt))
    removed, kept = 0, 0
    for r in items:
        found = held.get(r["uuid"])
        if found is None or found[0].removed_at is not None:
            continue  # never received here, or already removed
        row, model = found
        if model.uuid != r["model_uuid"]:
            continue  # the ownership check refused such a package before this
        if not commune_may_remove(session, model):
            kept += 1
            continue
        row.removed_at = utcnow()
        removed += 1
        audit.record(
            session, action="remove", entity="evidence", entity_uuid=row.uuid,
            before={"removed": False}, after={"removed": True}, actor=actor,
        )  # fmt: skip
    notes: list[str] = []
    if removed:
        notes.append(_t("Cấp dưới đã gỡ {n} minh chứng khỏi hồ sơ: đã gỡ theo.", n=removed))
    if kept:
        notes.append(
            _t(
                "Cấp dưới gỡ {n} minh chứng của mô hình đang khóa: giữ nguyên (việc gỡ phải "
                "gửi thành yêu cầu thay đổi).",
                n=kept,
            )
        )
    return notes
