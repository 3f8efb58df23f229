"""Upgrading: a workspace made at every earlier schema revision, with data in every table.

Each old database is filled with the rows of a real demo workspace (the columns that revision
had) and a made-up row in every table the demo leaves empty; opening it with this version
backs it up, migrates it, and keeps every row and every value.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.services.integrity import check_workspace
from dvk_desktop.storage.engine import SCHEMA_HEAD, current_revision, known_revisions
from dvk_desktop.storage.queries.models import ModelFilter, count_models
from dvk_desktop.storage.workspace import open_workspace
from tests.storage.old_schema import database_at

EARLIER = sorted(known_revisions() - {SCHEMA_HEAD})
SKIP = ("sqlite_", "alembic_version", "dvk_model_fts")


def _tables(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        if not r[0].startswith(SKIP)]  # fmt: skip


def _columns(con: sqlite3.Connection, table: str) -> list[tuple[str, str, bool, bool]]:
    """(name, declared type, not null, primary key) of each column."""
    return [(r[1], r[2].upper(), bool(r[3]), bool(r[5]))
            for r in con.execute(f'PRAGMA table_info("{table}")')]  # fmt: skip


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def _fk_order(con: sqlite3.Connection, tables: list[str]) -> list[str]:
    deps = {t: {r[2] for r in con.execute(f'PRAGMA foreign_key_list("{t}")')} - {t}
            for t in tables}  # fmt: skip
    order: list[str] = []
    while len(order) < len(tables):
        ready = [t for t in tables if t not in order and deps[t] <= set(order)]
        assert ready, f"foreign key cycle among {set(tables) - set(order)}"
        order += sorted(ready)
    return order


def _made_up(table: str, name: str, kind: str, n: int) -> Any:
    if "INT" in kind:
        return n
    if "BOOL" in kind:
        return 1
    if kind.startswith("DATETIME"):
        return "2026-03-04 05:06:07.000000"
    if kind.startswith("DATE"):
        return "2026-03-04"
    if any(k in kind for k in ("NUMERIC", "DECIMAL", "FLOAT", "REAL")):
        return "12.5"
    if "BLOB" in kind or "BINARY" in kind:
        return b"\x01\x02"
    if name.endswith("_json") or kind == "JSON":
        return "{}"
    size = int(kind.split("(")[1].rstrip(")")) if "(" in kind else 60
    return f"{table}.{name} #{n}"[:size]


def _fill(db: Path, demo: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Copy the demo's rows into ``db`` (its columns only), make one row where none came."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=OFF")
    src = sqlite3.connect(demo)
    have = {t: {c[0] for c in _columns(src, t)} for t in _tables(src)}
    expected: dict[str, list[tuple[Any, ...]]] = {}
    with con:
        for table in _fk_order(con, _tables(con)):
            cols = _columns(con, table)
            names = [c[0] for c in cols]
            shared = [c for c in names if c in have.get(table, set())]
            rows = src.execute(f'SELECT {_quoted(shared)} FROM "{table}"').fetchall() \
                if shared and table in have else []  # fmt: skip
            placeholders = ", ".join("?" * len(names))
            for row in rows:
                values = dict(zip(shared, row, strict=True))
                full = [values.get(n, _made_up(table, n, k, 1) if nn else None)
                        for n, k, nn, _pk in cols]  # fmt: skip
                con.execute(f'INSERT INTO "{table}" VALUES ({placeholders})', full)
            if not rows:  # the demo leaves this one empty: a row of our own
                fks = {
                    r[3]: (r[2], r[4]) for r in con.execute(f'PRAGMA foreign_key_list("{table}")')
                }
                full = []
                for n, k, _nn, _pk in cols:
                    if n in fks:
                        ref_table, ref_col = fks[n]
                        ref = con.execute(f'SELECT "{ref_col}" FROM "{ref_table}" LIMIT 1')
                        full.append((ref.fetchone() or [None])[0])  # itself: none yet
                    else:
                        full.append(_made_up(table, n, k, 900001))
                con.execute(f'INSERT INTO "{table}" VALUES ({placeholders})', full)
            expected[table] = sorted(con.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert all(expected.values()), "every table holds data"
    con.close()
    src.close()
    return expected


@pytest.mark.parametrize("revision", EARLIER)
def test_a_workspace_from_each_earlier_revision_upgrades_with_every_row_kept(
    revision: str, demo_template: Path, tmp_path: Path
) -> None:
    paths = WorkspacePaths(tmp_path / f"ws-{revision}")
    paths.root.mkdir()
    database_at(paths.database, revision)
    expected = _fill(paths.database, demo_template / "dvk.sqlite3")
    started = dt.datetime.now()

    with open_workspace(paths.root) as handle:
        assert current_revision(handle.engine) == SCHEMA_HEAD
        report = check_workspace(handle)
        with handle.readers() as session:
            listed = count_models(session, ModelFilter())
    assert report.problems == [] or all("minh chứng" in p for p in report.problems)
    assert listed == len(expected["dvk_model"])
    # The copy made before migrating is the old database, whole.
    before = paths.backups / f"dvk.before-{revision}.sqlite3"
    assert before.is_file() and before.stat().st_mtime >= started.timestamp() - 1
    old = sqlite3.connect(before)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    old.close()

    con = sqlite3.connect(paths.database)
    try:
        for table, rows in expected.items():
            old_cols = [c[0] for c in _columns(sqlite3.connect(before), table)]
            now_cols = {c[0] for c in _columns(con, table)}
            kept = [c for c in old_cols if c in now_cols]
            got = con.execute(f'SELECT {_quoted(kept)} FROM "{table}"').fetchall()
            idx = [old_cols.index(c) for c in kept]
            want = sorted((tuple(r[i] for i in idx) for r in rows), key=repr)
            assert sorted(got, key=repr) == want, table
    finally:
        con.close()
