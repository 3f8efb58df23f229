"""Revision 0006 (reviews, rubric versions, one sheet per member): older data upgrades intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.services import evaluations, review
from dvk_desktop.storage.engine import _alembic_config, current_revision, make_engine, sqlite_url
from dvk_desktop.storage.head import SCHEMA_HEAD
from dvk_desktop.storage.models import Base
from dvk_desktop.storage.workspace import open_workspace
from tests.storage.old_schema import add_workspace_and_model, database_at

REVISION = "0006_review_scoring"
PREVIOUS = "0005_communes"
NEW_TABLES = ("rubric", "model_review", "evaluation")

# Three evaluations of model m-1 left by the previous program: the council twice, then Mai.
OLD_EVALUATIONS = [
    ("e-1", "2026-10-01", "Hội đồng thi đua", '{"ho_so": 5}', 70000, "dat", "Lần đầu"),
    ("e-2", "2026-10-10", "hội đồng thi đua", '{"ho_so": 8}', 80000, "tot", "Chấm lại"),
    ("e-3", "2026-10-05", "Nguyễn Thị Mai", '{"ho_so": 9}', 90000, "xuat_sac", ""),
]
INSERT = (
    "INSERT INTO evaluation (uuid, model_id, evaluated_on, evaluator, scores_json, total, grade,"
    " comment) VALUES (:u, 1, :d, :e, :s, :t, :g, :c)"
)


def _old_rows(conn: object) -> None:
    for u, d, e, s, t, g, c in OLD_EVALUATIONS:
        conn.execute(text(INSERT), {"u": u, "d": d, "e": e, "s": s, "t": t, "g": g, "c": c})  # type: ignore[attr-defined]


def _check_upgraded(engine: Engine) -> None:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT uuid, evaluator, member_key, origin_unit_code, total, comment, rubric_id"
                " FROM evaluation ORDER BY uuid"
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("e-1", "Hội đồng thi đua", None, "00070", 70000, "Lần đầu", None),  # replaced: history
        ("e-2", "hội đồng thi đua", "hoi dong thi dua", "00070", 80000, "Chấm lại", None),
        ("e-3", "Nguyễn Thị Mai", "nguyen thi mai", "00070", 90000, "", None),
    ]


def _workspace_at_previous(root: Path) -> WorkspacePaths:
    paths = WorkspacePaths(root)
    root.mkdir()
    database_at(paths.database, PREVIOUS)
    con = sqlite3.connect(paths.database)
    add_workspace_and_model(con, code="MH-2026-001", name="Camera an ninh tổ dân phố 5", year=2026)
    con.execute("UPDATE dvk_model SET status = 'de_nghi_cong_nhan', score = 85000 WHERE id = 1")
    for u, d, e, s, t, g, c in OLD_EVALUATIONS:
        con.execute(
            "INSERT INTO evaluation (uuid, model_id, evaluated_on, evaluator, scores_json, total,"
            " grade, comment) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
            (u, d, e, s, t, g, c),
        )
    con.commit()
    con.close()
    return paths


def test_a_0005_workspace_upgrades_and_its_sheets_become_per_member(tmp_path: Path) -> None:
    paths = _workspace_at_previous(tmp_path / "xa")
    handle = open_workspace(paths.root)
    try:
        assert current_revision(handle.engine) == SCHEMA_HEAD
        _check_upgraded(handle.engine)
        scored = evaluations.model_score(handle, "m-1")
        assert [(s.member, s.total) for s in scored.sheets] == [
            ("hội đồng thi đua", 80),
            ("Nguyễn Thị Mai", 90),
        ]
        assert scored.average == 85
        assert scored.rubric.version == 1  # the default, as older sheets used
        assert len(evaluations.evaluations_of(handle, "m-1")) == 3  # history kept
        assert review.current_state(handle, "m-1") is ReviewState.RECEIVED
    finally:
        handle.close()
    old = sqlite3.connect(paths.backups / f"dvk.before-{PREVIOUS}.sqlite3")
    try:
        assert old.execute("SELECT count(*) FROM evaluation").fetchone()[0] == 3
    finally:
        old.close()


def test_the_0006_tables_match_the_models_and_downgrade_cleanly(tmp_path: Path) -> None:
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
            assert not engine.dialect.has_table(conn, "model_review")
            assert not engine.dialect.has_table(conn, "rubric")
            columns = {c[1] for c in conn.exec_driver_sql("PRAGMA table_info(evaluation)")}
        assert "member_key" not in columns
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_0005_postgres_database_upgrades_with_its_data(pg_engine: Engine) -> None:
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
        _old_rows(conn)
    with pg_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), REVISION)
    assert current_revision(pg_engine) == REVISION
    _check_upgraded(pg_engine)
    with pg_engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if any(t in repr(d) for t in NEW_TABLES)] == []
    with pg_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), PREVIOUS)
    assert current_revision(pg_engine) == PREVIOUS
