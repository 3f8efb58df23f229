"""Revision 0010 (duplicate flags, travelling replication links, unit history): data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.services import replication
from dvk_desktop.storage.engine import _alembic_config, current_revision, make_engine, sqlite_url
from dvk_desktop.storage.head import SCHEMA_HEAD
from dvk_desktop.storage.models import Base
from dvk_desktop.storage.workspace import open_workspace
from tests.storage.old_schema import add_workspace_and_model, database_at

REVISION = "0010_cross_communes"
PREVIOUS = "0006_review_scoring"
NEW_TABLES = ("duplicate_flag", "model_replication", "model_unit_history")
# A second model replicating m-1 inside the same database: the only kind of link before.
REPLICA = (
    "INSERT INTO dvk_model (id, uuid, version, source_unit_code, code, name, name_folded,"
    " name_sort, search_text, model_type, field, sub_topics, novelty, replicated_from_id,"
    " replicated_from_text, year, status, place, reason, goals, content, target_group, forces,"
    " other_resources, schedule, outputs, sustainability, note, budget_state, budget_social,"
    " budget_people, budget_other, labour_days, created_at, updated_at) VALUES (2, 'm-2', 1,"
    " '00070', 'MH-2027-001', 'Camera an ninh tổ 6', 'camera an ninh to 6', '\\x00', '',"
    " 'tap_the', 'quoc_phong_an_ninh', '', 'nhan_rong_tu', 1, '', 2027, 'dang_thuc_hien', '',"
    " '', '', '', '', '', '', '', '', '', '', 0, 0, 0, 0, 0, '2027-01-01', '2027-01-01')"
)


def _check_upgraded(engine: Engine) -> None:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT replica_uuid, replica_unit_code, replica_code, replica_year,"
                " replica_status, origin_uuid, origin_unit_code, origin_code, received_from"
                " FROM model_replication"
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("m-2", "00070", "MH-2027-001", 2027, "dang_thuc_hien", "m-1", "00070", "MH-2026-001", "")
    ]


def test_a_0006_workspace_upgrades_and_its_replication_links_travel(tmp_path: Path) -> None:
    paths = WorkspacePaths(tmp_path / "xa")
    paths.root.mkdir()
    database_at(paths.database, PREVIOUS)
    con = sqlite3.connect(paths.database)
    add_workspace_and_model(con, code="MH-2026-001", name="Camera an ninh tổ dân phố 5", year=2026)
    con.execute(REPLICA.replace("'\\x00'", "x'00'"))
    con.commit()
    con.close()
    handle = open_workspace(paths.root)
    try:
        assert current_revision(handle.engine) == SCHEMA_HEAD
        _check_upgraded(handle.engine)
        where = replication.replicated_at(handle, "m-1")
        assert [(w.unit_code, w.code, w.year) for w in where] == [("00070", "MH-2027-001", 2027)]
    finally:
        handle.close()


def test_the_0010_tables_match_the_models_and_downgrade_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "dvk.sqlite3"
    database_at(db, REVISION)
    engine = make_engine(sqlite_url(db))
    try:
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diffs if any(t in repr(d) for t in NEW_TABLES)] == []
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), PREVIOUS)
        with engine.connect() as conn:
            for table in NEW_TABLES:
                assert not engine.dialect.has_table(conn, table)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_0006_postgres_database_upgrades_with_its_data(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), PREVIOUS)
    with pg_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO workspace (id, uuid, unit_code, unit_name, unit_level, role,"
                " standing_body, created_at) VALUES (1, 'u-1', '00070', 'Phường Hoàn Kiếm', 'xa',"
                " 'co_so', 'mttq', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO dvk_model (id, uuid, version, source_unit_code, code, name,"
                " name_folded, name_sort, search_text, model_type, field, sub_topics, novelty,"
                " replicated_from_text, year, status, place, reason, goals, content,"
                " target_group, forces, other_resources, schedule, outputs, sustainability,"
                " note, budget_state, budget_social, budget_people, budget_other, labour_days,"
                " created_at, updated_at) VALUES (1, 'm-1', 1, '00070', 'MH-2026-001', 'Camera',"
                " 'camera', '\\x00', 'camera', 'tap_the', 'kinh_te', '', 'moi', '', 2026,"
                " 'de_nghi_cong_nhan', '', '', '', '', '', '', '', '', '', '', '', 0, 0, 0, 0, 0,"
                " '2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(text(REPLICA.replace(":", "\\:")))
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    assert current_revision(pg_engine) == SCHEMA_HEAD
    _check_upgraded(pg_engine)
    with pg_engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if any(t in repr(d) for t in NEW_TABLES)] == []
    with pg_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), PREVIOUS)
    assert current_revision(pg_engine) == PREVIOUS
