"""Revision 0008 (office users): an older workspace upgrades with its data and no users."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.domain.office import Action, Role
from dvk_desktop.services import access, models
from dvk_desktop.storage.engine import _alembic_config, current_revision, make_engine, sqlite_url
from dvk_desktop.storage.head import SCHEMA_HEAD
from dvk_desktop.storage.models import Base
from dvk_desktop.storage.workspace import open_workspace
from tests.storage.old_schema import add_workspace_and_model, database_at

REVISION = "0008_office_users"
PREVIOUS = "0010_cross_communes"


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    yield
    access.sign_out()


def _no_drift(engine: Engine) -> None:
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if "office_user" in repr(d)] == []


def test_a_previous_workspace_upgrades_keeps_its_models_and_has_no_users(tmp_path: Path) -> None:
    paths = WorkspacePaths(tmp_path / "xa")
    paths.root.mkdir()
    database_at(paths.database, PREVIOUS)
    con = sqlite3.connect(paths.database)
    add_workspace_and_model(con, code="MH-2026-001", name="Camera an ninh tổ dân phố 5", year=2026)
    con.commit()
    con.close()
    handle = open_workspace(paths.root)
    try:
        assert current_revision(handle.engine) == SCHEMA_HEAD
        assert models.get_model(handle, "m-1")["name"] == "Camera an ninh tổ dân phố 5"
        assert not access.has_users(handle) and access.allowed(handle, Action.DECIDE)
        access.add_user(handle, "quan.tri", "Mật khẩu 2026", [Role.ADMIN])
        assert access.has_users(handle)
        _no_drift(handle.engine)
    finally:
        handle.close()
    assert (paths.backups / f"dvk.before-{PREVIOUS}.sqlite3").is_file()


def test_the_0008_table_downgrades_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "dvk.sqlite3"
    database_at(db, REVISION)
    engine = make_engine(sqlite_url(db))
    try:
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), PREVIOUS)
        with engine.connect() as conn:
            assert not engine.dialect.has_table(conn, "office_user")
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_previous_postgres_database_upgrades_with_its_data(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), PREVIOUS)
        conn.execute(
            text(
                "INSERT INTO workspace (id, uuid, unit_code, unit_name, unit_level, role,"
                " standing_body, created_at) VALUES (1, 'u-1', '48', 'Thành phố Đà Nẵng', 'tinh',"
                " 'tong_hop', 'mttq', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, entity, entity_uuid, before_json,"
                " after_json) VALUES ('2026-01-01', 'root', 'import', 'model', 'm-1', '', '')"
            )
        )
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    assert current_revision(pg_engine) == SCHEMA_HEAD
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT actor FROM audit_log")).scalar_one() == "root"
        assert conn.execute(text("SELECT count(*) FROM office_user")).scalar_one() == 0
    _no_drift(pg_engine)
    with pg_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), PREVIOUS)
    assert current_revision(pg_engine) == PREVIOUS
