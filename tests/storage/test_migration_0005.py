"""Revision 0005 (deadlines, package sizes): a 0004 database with packages upgrades intact."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, text

from dvk_desktop.storage.engine import _alembic_config, make_engine, sqlite_url
from dvk_desktop.storage.models import Base

URL = os.environ.get("DVK_TEST_POSTGRES_URL", "")
LEDGER = (
    "INSERT INTO package_ledger (direction, sender_unit_code, recipient_unit_code, sequence,"
    " package_sha256, previous_sha256, kind, file_name, created_at, recorded_at, counts_json)"
    " VALUES ('in', '20791', '48', 3, :sha, '', 'records', 'dvk-20791-gui-48-00003.dvkpkg',"
    " '2026-07-01 08:00:00', '2026-07-02 09:00:00', '{\"models\": 44}')"
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    """An empty database of each kind, dropped afterwards."""
    if request.param == "sqlite":
        engine = make_engine(sqlite_url(tmp_path / "dvk.sqlite3"))
        yield engine
        engine.dispose()
        return
    if not URL:
        pytest.fail("DVK_TEST_POSTGRES_URL is not set: run the tests through scripts/run-tests.sh")
    name = f"dvk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(URL.replace("/postgres?", f"/{name}?"))
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_0004_ledger_upgrades_with_unknown_sizes_and_deadlines_can_be_set(
    engine: Engine,
) -> None:
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0004")
        conn.execute(text(LEDGER), {"sha": "ab" * 32})
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005_communes")
    with engine.begin() as conn:
        row = conn.execute(text("SELECT sequence, file_name, size FROM package_ledger")).one()
        assert tuple(row) == (3, "dvk-20791-gui-48-00003.dvkpkg", None)
        conn.execute(
            text(
                "INSERT INTO reporting_deadline (period, due_on, note, updated_at)"
                " VALUES ('2026-H2', '2026-12-15', '', '2026-11-30 10:00:00')"
            )
        )
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if "reporting_deadline" in repr(d) or "'size'" in repr(d)] == []
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0004")
    with engine.connect() as conn:
        assert not engine.dialect.has_table(conn, "reporting_deadline")
        assert conn.execute(text("SELECT sequence FROM package_ledger")).scalar() == 3
