"""Two PCs upgrading the same database at once: one migrates, the other waits and finds it done."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from dvk_desktop.storage.engine import current_revision, make_engine, migration_lock, sqlite_url
from dvk_desktop.storage.head import SCHEMA_HEAD
from tests.storage.old_schema import database_at

OLD = "0005_communes"
# Each process opens the database, migrates and prints whether it did the upgrade itself.
SCRIPT = """
import sys
from dvk_desktop.storage.engine import make_engine, migrate
engine = make_engine(sys.argv[1])
print("upgraded" if migrate(engine) else "already current", flush=True)
engine.dispose()
"""


def _old_database(backend: str, tmp_path: Path, pg_url: str | None) -> str:
    if backend == "sqlite":
        path = tmp_path / "dvk.sqlite3"
        database_at(path, OLD)
        return sqlite_url(path)
    assert pg_url is not None
    from alembic import command

    from dvk_desktop.storage.engine import _alembic_config

    engine = make_engine(pg_url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), OLD)
    engine.dispose()
    return pg_url


@pytest.fixture
def old_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A database at the schema before the newest, on this test's backend."""
    pg_url = request.getfixturevalue("pg_url") if backend == "postgres" else None
    return _old_database(backend, tmp_path, pg_url)


def test_a_migration_started_from_two_processes_runs_once(old_url: str) -> None:
    engine = make_engine(old_url)
    db_path = Path(engine.url.database or "") if engine.dialect.name == "sqlite" else None
    # Hold the lock here, start both upgrades, and see them wait behind it.
    with migration_lock(engine, db_path):
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", SCRIPT, old_url], stdout=subprocess.PIPE, text=True
            )
            for _ in range(2)
        ]
        time.sleep(3)
        assert [p.poll() for p in procs] == [None, None]  # both waiting for the lock
        assert current_revision(engine) == OLD
    outputs = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert sorted(outputs) == ["already current", "upgraded"]
    assert current_revision(engine) == SCHEMA_HEAD
    engine.dispose()
