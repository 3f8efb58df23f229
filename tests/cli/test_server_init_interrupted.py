"""``dvk init --database-url`` stopped by Ctrl-C half-way: the server and the folder as before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.engine import make_engine

pytestmark = pytest.mark.postgres

# The last migration creates this table: a transaction of the test that has created one by the
# same name (not committed) makes the program wait there, with every earlier migration done.
LATE_TABLE = "unit_succession"


@contextmanager
def blocked_at_the_last_migration(engine: Engine) -> Iterator[Connection]:
    """Hold a table name the last migration needs; release it (rolled back) on leaving."""
    with engine.connect() as conn:
        conn.execute(text(f"CREATE TABLE {LATE_TABLE} (held integer)"))
        yield conn
        conn.rollback()


def wait_for_a_waiter(engine: Engine, timeout: float = 20) -> None:
    """Until another session of this database waits for a lock (the program, mid-migration)."""
    deadline = time.monotonic() + timeout
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
    )
    with engine.connect() as conn:
        while not conn.execute(query).scalar():
            assert time.monotonic() < deadline, "the creation never reached the last migration"
            time.sleep(0.05)
            conn.rollback()


def tables(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(inspect(conn).get_table_names())


def _ctrl_c_as_in_a_console() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _init(root: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dvk_desktop.cli.main", "init", "-w", str(root), "--unit", "01",
         "--database-url", url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "DVK_AUTO_BACKUP": "0",
             "PYTHONFAULTHANDLER": "1"},
        # A console's program gets Ctrl-C; one started in the background by a non-interactive
        # shell (as CI runs the suite) inherits SIGINT ignored, and Python then keeps it so.
        preexec_fn=_ctrl_c_as_in_a_console,
    )  # fmt: skip


def _ended(child: subprocess.Popen[str]) -> str:
    """The child's stderr once it has ended; if it hangs, its threads' stacks in the failure.

    It normally ends within about a second of Ctrl-C; the minute is for a heavily loaded
    machine, where cancelling on the server (psycopg's, then ours) can take 5 s each.
    """
    try:
        return child.communicate(timeout=60)[1]
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGABRT)  # faulthandler prints every thread's stack
        _out, err = child.communicate(timeout=30)
        pytest.fail(f"dvk init did not end after Ctrl-C:\n{err}")


def test_ctrl_c_during_the_migrations_leaves_the_server_and_folder_clean(
    tmp_path: Path, pg_url: str
) -> None:
    engine = make_engine(pg_url)
    root = tmp_path / "tinh"
    with blocked_at_the_last_migration(engine):
        child = _init(root, pg_url)
        wait_for_a_waiter(engine)
        child.send_signal(signal.SIGINT)  # what Ctrl-C in the console sends
        err = _ended(child)
    assert tables(engine) == []  # no table, no alembic_version: as it was
    assert not root.exists()  # the folder it made is gone; nothing names the server
    assert child.returncode == 2, err
    assert "Đã hủy tạo vùng làm việc" in err and "không có gì được tạo trên máy chủ" in err
    assert "Traceback" not in err and "Lỗi không mong đợi" not in err
    with init_workspace(root, unit_code="01", database_url=pg_url) as handle:  # a rerun works
        assert handle.info().unit_name == "Thành phố Hà Nội"
    assert (root / "database-url.txt").is_file()
    assert "alembic_version" in tables(engine)
    engine.dispose()
