"""Writing the append-only audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import re
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from dvk_desktop.messages import _t
from dvk_desktop.storage.models import AuditEntry

# The office user signed in to this process (services.access sets it); None on a workspace
# without users, where the operating-system login names the actor.
_signed_in: list[str] = []


def set_signed_in(name: str | None) -> None:
    """Make ``name`` the actor of every change from now on (None: the OS login again)."""
    _signed_in[:] = [name] if name else []


def signed_in_user() -> str | None:
    """The office user signed in to this process, if any."""
    return _signed_in[0] if _signed_in else None


def with_user(actor: str) -> str:
    """``actor`` prefixed with the signed-in user ("lan: gói 00070#3"), or unchanged."""
    return f"{_signed_in[0]}: {actor}" if _signed_in else actor


def current_actor() -> str:
    """The signed-in office user, else the operating-system user name."""
    if _signed_in:
        return _signed_in[0]
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


# Work done by an import is recorded as the package it came from ("gói 20195#1").
_PACKAGE_ACTOR = re.compile(r"gói (\S+)")


def package_actor(sender: str, sequence: object | None = None) -> str:
    """The actor recorded for what a package changed: its sender (and sequence number)."""
    return f"gói {sender}" if sequence is None else f"gói {sender}#{sequence}"


def actor_text(actor: str) -> str:
    """Who did something, as shown to a user: a package's name is worded in their language."""
    match = _PACKAGE_ACTOR.fullmatch(actor or "")
    return _t("gói {ref}", ref=match.group(1)) if match else actor


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
    session.add(
        AuditEntry(
            **entry_values(
                action=action, entity=entity, entity_uuid=entity_uuid, before=before,
                after=after, actor=actor,
            )
        )
    )  # fmt: skip


def entry_values(
    *,
    action: str,
    entity: str,
    entity_uuid: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    actor: str | None = None,
) -> dict[str, Any]:
    """The columns of one audit entry (an import inserts many at once with these)."""
    if before is not None and after is not None:
        # Keep only what changed, so the log stays readable and small.
        keys = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in keys}
        after = {k: after.get(k) for k in keys}
    return {
        # A signed-in office user always shows, also beside a package or a named official.
        "actor": (with_user(actor) if actor != signed_in_user() else actor)[:150]
        if actor
        else current_actor(),
        "action": action,
        "entity": entity,
        "entity_uuid": entity_uuid,
        "before_json": to_json(before),
        "after_json": to_json(after),
    }
