"""Opening databases: SQLite settings, integrity checks, migrations with backups, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from dvk_desktop import __version__
from dvk_desktop.config import WorkspacePaths
from dvk_desktop.errors import StorageError
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.engine import SCHEMA_HEAD, current_revision, head_revision
from dvk_desktop.storage.models import Setting
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.storage.old_schema import add_workspace_and_model, database_at

pytestmark = pytest.mark.sqlite_only(
    "SQLite pragmas, WAL readers and its file lock; PostgreSQL has none of them"
)


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(workspace: WorkspaceHandle) -> None:
    with workspace.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_new_workspace_is_at_the_newest_schema(workspace: WorkspaceHandle) -> None:
    assert current_revision(workspace.engine) == head_revision()


def test_audit_log_refuses_updates_and_deletes(workspace: WorkspaceHandle) -> None:
    con = sqlite3.connect(workspace.paths.database)
    try:
        assert con.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("UPDATE audit_log SET actor = 'x'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("DELETE FROM audit_log")
    finally:
        con.close()


def test_migration_from_the_first_revision_keeps_data_and_backs_up_first(tmp_path: Path) -> None:
    root = tmp_path / "old"
    paths = WorkspacePaths(root)
    root.mkdir()
    database_at(paths.database, "0001")
    con = sqlite3.connect(paths.database)
    add_workspace_and_model(con, code="MH-2025-001", name="Đoạn đường ánh sáng", year=2025)
    con.commit()
    con.close()

    handle = open_workspace(root)
    try:
        assert current_revision(handle.engine) == head_revision()
        with handle.engine.connect() as conn:
            name = conn.execute(text("SELECT name FROM dvk_model WHERE uuid='m-1'")).scalar()
            assert name == "Đoạn đường ánh sáng"
            assert conn.execute(text("SELECT count(*) FROM package_ledger")).scalar() == 0
        with handle.sessions() as session:  # 0003 indexed the existing model for search
            found = list_models(session, ModelFilter(search="duong anh"))
            assert [r.uuid for r in found] == ["m-1"]
    finally:
        handle.close()
    backup = paths.backups / "dvk.before-0001.sqlite3"
    assert backup.is_file()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    old.close()


def test_a_database_from_a_newer_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    handle = init_workspace(tmp_path / "ws", unit_code="00070")
    db = handle.paths.database
    handle.close()
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.execute("UPDATE setting SET value = '7.2.0' WHERE key = 'app_version'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(StorageError) as info:
        open_workspace(tmp_path / "ws")
    # Both versions are named: the one that wrote the data and the one running.
    assert "DVK Desktop 7.2.0 (cấu trúc dữ liệu 9999)" in info.value.message
    assert f"đang chạy DVK Desktop {__version__} (cấu trúc dữ liệu {SCHEMA_HEAD})" in (
        info.value.message
    )
    assert "cài phiên bản mới nhất" in info.value.hint
    assert db.read_bytes() == before


def test_a_corrupt_database_gets_a_clear_message_with_the_restore_hint(tmp_path: Path) -> None:
    handle = init_workspace(tmp_path / "ws", unit_code="00070")
    db = handle.paths.database
    handle.close()
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # smash the second page
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    with pytest.raises(StorageError) as info:
        open_workspace(tmp_path / "ws")
    assert "bị hỏng" in info.value.message
    assert "dvk db restore" in info.value.hint
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "dvk.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="bị hỏng"):
        open_workspace(root)


def test_opening_a_missing_workspace_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        open_workspace(tmp_path / "nowhere")
    assert "dvk init" in info.value.hint
    assert not (tmp_path / "nowhere").exists()


def test_the_schema_head_constant_matches_the_migrations() -> None:
    from dvk_desktop.storage.engine import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_the_list_reads_the_last_commit_while_a_writer_holds_the_lock(
    workspace: WorkspaceHandle,
) -> None:
    # An import holds the write lock for seconds; the model list must keep paging meanwhile.
    with workspace.sessions() as writer, writer.begin():
        writer.add(Setting(key="import_in_progress", value="1"))
        writer.flush()
        with workspace.readers() as reader:
            reader.connection().exec_driver_sql("PRAGMA busy_timeout=0")  # waiting would fail
            seen = reader.get(Setting, "import_in_progress")
            rows = list_models(reader, ModelFilter())
        assert seen is None  # not committed yet
        assert rows == []
    with workspace.readers() as reader:
        assert reader.get(Setting, "import_in_progress") is not None
