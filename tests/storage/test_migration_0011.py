"""Revision 0011 (unit history): a previous workspace upgrades with its data, on either kind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.services import models, unit_history
from dvk_desktop.storage.engine import _alembic_config, current_revision, make_engine, sqlite_url
from dvk_desktop.storage.head import SCHEMA_HEAD
from dvk_desktop.storage.models import Base
from dvk_desktop.storage.workspace import open_workspace
from tests.storage.old_schema import add_workspace_and_model, database_at

REVISION = "0011_unit_history"
PREVIOUS = "0009_change_requests"


def test_a_previous_workspace_upgrades_with_its_models(tmp_path: Path) -> None:
    paths = WorkspacePaths(tmp_path / "tinh")
    paths.root.mkdir()
    database_at(paths.database, PREVIOUS)
    con = sqlite3.connect(paths.database)
    add_workspace_and_model(con, code="MH-2023-001", name="Camera an ninh tổ 5", year=2023)
    con.commit()
    con.close()
    handle = open_workspace(paths.root)
    try:
        assert current_revision(handle.engine) == SCHEMA_HEAD
        assert models.get_model(handle, "m-1")["name"] == "Camera an ninh tổ 5"
        assert unit_history.successions(handle) == []  # nothing mapped until the office says
    finally:
        handle.close()


def test_the_table_matches_the_model_and_downgrades_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "dvk.sqlite3"
    database_at(db, REVISION)
    engine = make_engine(sqlite_url(db))
    try:
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diffs if "unit_succession" in repr(d)] == []
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), PREVIOUS)
        with engine.connect() as conn:
            assert not engine.dialect.has_table(conn, "unit_succession")
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_upgrades_with_data_and_downgrades(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), PREVIOUS)
        conn.execute(
            text(
                "INSERT INTO workspace (id, uuid, unit_code, unit_name, unit_level, role,"
                " standing_body, created_at) VALUES (1, 'u-1', '01', 'Thành phố Hà Nội', 'tinh',"
                " 'tong_hop', 'mttq', '2026-01-01')"
            )
        )
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), REVISION)
    assert current_revision(pg_engine) == REVISION
    with pg_engine.begin() as conn:
        assert conn.execute(text("SELECT unit_code FROM workspace")).scalar() == "01"
        conn.execute(
            text(
                "INSERT INTO unit_succession (old_code, old_name, old_district, new_code,"
                " new_name, added_at) VALUES ('00001', 'Phường Phúc Xá', 'Quận Ba Đình',"
                " '00004', 'Phường Ba Đình', '2026-12-02')"
            )
        )
        command.downgrade(_alembic_config(conn), PREVIOUS)
    assert current_revision(pg_engine) == PREVIOUS
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT unit_code FROM workspace")).scalar() == "01"
