"""Revision 0004 (cache of reduced photo copies): an existing 0003 workspace upgrades intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.storage.engine import (
    SCHEMA_HEAD,
    _alembic_config,
    current_revision,
    make_engine,
    sqlite_url,
)
from dvk_desktop.storage.models import Base
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from dvk_desktop.storage.workspace import open_workspace
from tests.storage.old_schema import add_workspace_and_model, database_at

SHA = "ab" * 32


def _workspace_at_0003(root: Path) -> WorkspacePaths:
    """A commune workspace left by the previous program: a model, its evidence, an ack."""
    paths = WorkspacePaths(root)
    root.mkdir()
    database_at(paths.database, "0003")
    con = sqlite3.connect(paths.database)
    add_workspace_and_model(con, code="MH-2026-001", name="Camera an ninh tổ dân phố 5", year=2026)
    con.execute(
        "INSERT INTO evidence (id, uuid, model_id, sha256, size, media_type, original_name,"
        " caption, shows_people, added_at) VALUES (1, 'e-1', 1, ?, 4000000, 'image/jpeg',"
        " 'camera.jpg', 'Lắp camera', 0, '2026-02-01 00:00:00')",
        (SHA,),
    )
    con.execute(
        "INSERT INTO evidence_ack (recipient_unit_code, sha256, acked_at)"
        " VALUES ('01', ?, '2026-03-01 00:00:00')",
        (SHA,),
    )
    con.execute("INSERT INTO setting (key, value) VALUES ('downscale_photos', '1')")
    con.commit()
    con.close()
    return paths


def test_a_0003_workspace_upgrades_to_0004_and_keeps_its_data(tmp_path: Path) -> None:
    paths = _workspace_at_0003(tmp_path / "xa")

    handle = open_workspace(paths.root)
    try:
        assert current_revision(handle.engine) == SCHEMA_HEAD
        with handle.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM dvk_model WHERE uuid='m-1'")).scalar() == (
                "Camera an ninh tổ dân phố 5"
            )
            evidence = conn.execute(
                text("SELECT sha256, size, original_name, caption FROM evidence WHERE uuid='e-1'")
            ).one()
            assert tuple(evidence) == (SHA, 4000000, "camera.jpg", "Lắp camera")
            assert conn.execute(text("SELECT sha256 FROM evidence_ack")).scalars().all() == [SHA]
            assert conn.execute(
                text("SELECT value FROM setting WHERE key='downscale_photos'")
            ).scalar() == ("1")
            assert conn.execute(text("SELECT count(*) FROM evidence_derivative")).scalar() == 0
        with handle.sessions() as session:  # the 0003 search index still answers
            assert [r.uuid for r in list_models(session, ModelFilter(search="camera an"))] == [
                "m-1"
            ]
    finally:
        handle.close()
    backup = paths.backups / "dvk.before-0003.sqlite3"
    old = sqlite3.connect(backup)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
    finally:
        old.close()


def test_the_0004_table_matches_the_model_and_downgrades_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "dvk.sqlite3"
    database_at(db, "0004")
    engine = make_engine(sqlite_url(db))
    try:
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diffs if "evidence_derivative" in repr(d)] == []
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0003")
        with engine.connect() as conn:
            assert not engine.dialect.has_table(conn, "evidence_derivative")
        assert current_revision(engine) == "0003"
    finally:
        engine.dispose()
