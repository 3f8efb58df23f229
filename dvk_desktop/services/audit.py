"""Writing the append-only audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from dvk_desktop.storage.models import AuditEntry


def current_actor() -> str:
    """The operating-system user name, used as the actor when no official is named."""
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def to_json(values: dict[str, Any] | None) -> str:
    """Serialise a snapshot for the log (stable key order, readable Vietnamese)."""
    if not values:
        return ""
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=_default)


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_uuid: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    actor: str | None = None,
) -> None:
    """Add an audit entry in the caller's transaction (it commits or rolls back with the change)."""
    if before is not None and after is not None:
        # Keep only what changed, so the log stays readable and small.
        keys = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in keys}
        after = {k: after.get(k) for k in keys}
    session.add(
        AuditEntry(
            actor=actor or current_actor(),
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            before_json=to_json(before),
            after_json=to_json(after),
        )
    )
