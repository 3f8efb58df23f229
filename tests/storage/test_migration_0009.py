"""Revision 0009 (part versions, change requests, sign-offs): older data upgrades intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.services import models
from dvk_desktop.storage.engine import _alembic_config, current_revision
from dvk_desktop.storage.head import SCHEMA_HEAD
from dvk_desktop.storage.workspace import open_workspace
from tests.storage.old_schema import add_workspace_and_model, database_at

REVISION = "0009_change_requests"
PREVIOUS = "0008_office_users"


def test_a_previous_workspace_upgrades_with_its_models_unlocked(tmp_path: Path) -> None:
    paths = WorkspacePaths(tmp_path / "xa")
    paths.root.mkdir()
    database_at(paths.database, PREVIOUS)
    con = sqlite3.connect(paths.database)
    add_workspace_and_model(con, code="MH-2026-001", name="Camera an ninh tổ 5", year=2026)
    con.execute("UPDATE dvk_model SET status = 'cong_nhan', version = 3 WHERE id = 1")
    con.commit()
    con.close()
    handle = open_workspace(paths.root)
    try:
        assert current_revision(handle.engine) == SCHEMA_HEAD
        with handle.engine.connect() as conn:
            row = conn.execute(text("SELECT version, upper_version, status FROM dvk_model")).one()
            assert tuple(row) == (3, 0, "cong_nhan")
            assert conn.execute(text("SELECT count(*) FROM change_request")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM model_sign_off")).scalar() == 0
        assert models.get_model(handle, "m-1")["version"] == 3
    finally:
        handle.close()


@pytest.mark.postgres
def test_postgresql_upgrades_with_data_and_downgrades(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), PREVIOUS)
        conn.execute(
            text(
                "INSERT INTO dvk_model (id, uuid, version, source_unit_code, code, name,"
                " name_folded, name_sort, search_text, model_type, field, sub_topics, novelty,"
                " replicated_from_text, year, status, place, reason, goals, content,"
                " target_group, forces, other_resources, schedule, outputs, sustainability,"
                " note, budget_state, budget_social, budget_people, budget_other, labour_days,"
                " created_at, updated_at) VALUES (1, 'm-1', 2, '00070', 'MH-2026-001', 'Camera',"
                " 'camera', '\\x00', 'camera', 'tap_the', 'kinh_te', '', 'moi', '', 2026,"
                " 'cong_nhan', '', '', '', '', '', '', '', '', '', '', '', 0, 0, 0, 0, 0,"
                " '2026-01-01', '2026-01-01')"
            )
        )
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), REVISION)
    assert current_revision(pg_engine) == REVISION
    with pg_engine.begin() as conn:
        assert tuple(conn.execute(text("SELECT version, upper_version FROM dvk_model")).one()) == (
            2,
            0,
        )
        conn.execute(
            text(
                "INSERT INTO change_request (uuid, model_id, origin_unit_code, base_version,"
                " base_json, proposed_json, reason, created_at, created_by, state, decided_by,"
                " decision_comment) VALUES ('c-1', 1, '00070', 2, '{}', '{}', '', '2026-12-01',"
                " '', 'cho_xem_xet', '', '')"
            )
        )
        command.downgrade(_alembic_config(conn), PREVIOUS)
    assert current_revision(pg_engine) == PREVIOUS
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM dvk_model")).scalar() == 2
