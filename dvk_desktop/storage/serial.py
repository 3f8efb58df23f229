"""Writers that must take turns across processes: PostgreSQL advisory locks, SQLite's write lock."""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

POLL_SECONDS = 0.05


def lock_key(name: str) -> int:
    """A stable 32-bit key for ``name`` (the same in every process and on every PC)."""
    return zlib.crc32(f"dvk:{name}".encode())


def serialise(session: Session, name: str, *, on_wait: Callable[[], None] | None = None) -> None:
    """Take the ``name`` turn for the rest of this transaction; wait while another holds it.

    On SQLite every write transaction already starts with BEGIN IMMEDIATE, which admits one
    writer at a time, so nothing more is needed. On PostgreSQL (several clerks, READ COMMITTED)
    two transactions would otherwise both read "not there yet" and both insert, or both check
    a model's status before either changes it; a transaction-scoped advisory lock makes them
    run one after the other, and what the second reads afterwards includes the first's commit.
    ``on_wait`` is called once if the turn is taken by someone else (to say so).
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    key = {"k": lock_key(name)}
    if session.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), key).scalar():
        return
    if on_wait is not None:
        on_wait()
    while not session.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), key).scalar():
        time.sleep(POLL_SECONDS)
