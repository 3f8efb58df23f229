"""A new workspace's schema on a PostgreSQL server: one transaction, so a cancel leaves nothing."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from dvk_desktop import __version__
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.storage.engine import (
    APP_VERSION_SETTING,
    UNSTAMPED,
    _alembic_config,
    _identify_unstamped,
    _newer_program,
    head_revision,
    known_revisions,
    migration_lock,
    schema_state,
)


def _steps_to_head(state: str | None) -> int:
    """How many migrations bring a database at ``state`` (None: empty) to the newest schema."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return len(list(script.iterate_revisions("head", state or "base")))


@contextmanager
def schema_transaction(
    engine: Engine,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> Iterator[Connection]:
    """Bring the schema to the newest revision inside one open transaction; yield its connection.

    The caller adds what goes with it (a new workspace's first rows) on the connection,
    then commits it (inside :func:`interrupts_held`, with the file that names the database).
    Nothing is committed before that: PostgreSQL's DDL is transactional, so a cancel (checked
    between migrations), a Ctrl-C, a lost connection or any error rolls back every table, the
    ``alembic_version`` row and the rows alike. The migration lock keeps a second PC from
    creating or upgrading the same database meanwhile.
    """
    from alembic import command

    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    state = schema_state(engine)
    head = head_revision()
    if state not in (None, UNSTAMPED) and state not in known_revisions():
        raise _newer_program(engine, str(state), head)
    with migration_lock(engine):
        state = schema_state(engine)  # another PC may have created it while this one waited
        unstamped = state == UNSTAMPED
        if unstamped:
            state = _identify_unstamped(engine)
        total = _steps_to_head(state) if state != head else 0
        done, creating = [0], state is None

        def step_applied(**_: Any) -> None:
            done[0] += 1
            reporter.report(done[0], total, _steps_message(done[0], total, creating))
            cancel.check()

        with engine.connect() as conn:
            conn.begin()  # the only transaction: rolled back on leaving unless committed
            cancel.check()
            if state != head:
                reporter.report(0, total, _steps_message(0, total, creating))
                if unstamped and state is not None:
                    command.stamp(_alembic_config(conn), state)
                cfg = _alembic_config(conn)
                cfg.attributes["on_version_apply"] = [step_applied]
                command.upgrade(cfg, "head")
                conn.execute(text("DELETE FROM setting WHERE key = :k"), {"k": APP_VERSION_SETTING})
                conn.execute(
                    text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                    {"k": APP_VERSION_SETTING, "v": __version__},
                )
            yield conn


def _steps_message(done: int, total: int, creating: bool) -> str:
    if creating:
        return _t("Đang tạo cấu trúc dữ liệu trên máy chủ ({done}/{total})", done=done, total=total)
    return _t(
        "Đang nâng cấp cấu trúc dữ liệu trên máy chủ ({done}/{total})", done=done, total=total
    )


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C waits until the block ends: a commit and the file that names it go together.

    Only the main thread receives SIGINT; elsewhere (the GUI's worker) this does nothing.
    An interrupt that arrives inside the block is dropped: the work it would stop is done.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
