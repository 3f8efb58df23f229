"""Databases left by earlier versions of the program, for the migration tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from dvk_desktop.domain.text import fold
from dvk_desktop.storage.engine import _alembic_config, make_engine, sqlite_url


def database_at(path: Path, revision: str) -> None:
    """An empty database at an old schema ``revision``."""
    engine = make_engine(sqlite_url(path))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
    engine.dispose()


def add_workspace_and_model(con: sqlite3.Connection, *, code: str, name: str, year: int) -> None:
    """The workspace row and one registered model (uuid "m-1"), in plain SQL as an old program.

    Only columns that every revision since 0001 has are written.
    """
    con.execute(
        "INSERT INTO workspace (id, uuid, unit_code, unit_name, unit_level, role, standing_body,"
        " created_at) VALUES (1, 'u-1', '00070', 'Phường Hoàn Kiếm', 'xa', 'co_so', 'mttq',"
        " '2026-01-01 00:00:00')"
    )
    con.execute(
        "INSERT INTO dvk_model (id, uuid, version, source_unit_code, code, name, name_folded,"
        " name_sort, search_text, model_type, field, sub_topics, novelty, replicated_from_text,"
        " year, status, place, reason, goals, content, target_group, forces, other_resources,"
        " schedule, outputs, sustainability, note, budget_state, budget_social, budget_people,"
        " budget_other, labour_days, created_at, updated_at) VALUES (1, 'm-1', 1, '00070',"
        " ?, ?, ?, x'00', ?, 'tap_the', 'quoc_phong_an_ninh', '', 'moi', '', ?, 'dang_ky',"
        " 'Tổ 5', '', '', '', '', '', '', '', '', '', '', 0, 0, 0, 0, 0, ?, ?)",
        (code, name, fold(name), f"{code.lower()} {fold(name)}", year, f"{year}-01-01",
         f"{year}-01-01"),
    )  # fmt: skip
