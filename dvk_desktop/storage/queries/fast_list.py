"""The CLI's model listing in plain sqlite3: the same rows as queries.models, without SQLAlchemy.

``dvk models list`` is mostly start-up: importing SQLAlchemy and mapping the ORM cost ten times
the query itself. For a current SQLite workspace this reads the same two-step page (ids by the
sort key, then details and indicator sums) with the standard library; anything unusual (an
older schema, PostgreSQL, a restore in progress, any error) returns None and the caller takes
the ordinary path. tests/storage/test_fast_list.py checks both give identical results.

The window uses the same reading for its first page (:func:`first_page`): the list is on screen
before SQLAlchemy has loaded, and the ORM takes over once the workspace is open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dvk_desktop.domain.text import fold
from dvk_desktop.storage.head import SCHEMA_HEAD

SCALE = 1000  # storage.models.Quantity stores thousandths
_KEYS = {
    "code": "m.code",
    "name": "m.name_sort",
    "field": "m.field",
    "model_type": "m.model_type",
    "owner": "coalesce(o.name_sort, h.name_sort, x'')",
    "village": "v.name_sort",
    "year": "m.year",
    "status": "m.status",
    "updated": "m.updated_at",
}
FIELDS = ("uuid", "code", "name", "field", "model_type", "owner", "village", "year", "status",
          "novelty", "source_unit_code")  # fmt: skip


def _connect(root: Path) -> sqlite3.Connection | None:
    db = root / "dvk.sqlite3"
    if not db.is_file() or (root / "database-url.txt").exists():
        return None
    if (root.parent / f".{root.name}.khoi-phuc.json").exists():
        return None  # a restore to finish: the ordinary open does it
    wal, shm = (db.with_name(db.name + s) for s in ("-wal", "-shm"))
    try:
        pending = wal.stat().st_size > 0 and shm.exists()
    except OSError:
        pending = False
    query = "mode=ro" if pending else "mode=ro&immutable=1"
    con = sqlite3.connect(f"file:{quote(db.as_posix(), safe='/:')}?{query}", uri=True)
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] != SCHEMA_HEAD:
        con.close()
        return None
    return con


def _where(flt: dict[str, Any]) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    words = fold(flt.get("search") or "").split()
    long_words = [w for w in words if len(w) >= 3]
    if long_words:
        conditions.append("m.id IN (SELECT rowid FROM dvk_model_fts WHERE dvk_model_fts MATCH ?)")
        params.append(" ".join('"' + w.replace('"', '""') + '"' for w in long_words))
    for word in words:
        if word not in long_words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append("m.search_text LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
    for key, column in (("year", "year"), ("field", "field"), ("model_type", "model_type"),
                        ("status", "status"), ("novelty", "novelty"),
                        ("source_unit_code", "source_unit_code")):  # fmt: skip
        if flt.get(key) is not None:
            conditions.append(f"m.{column} = ?")
            params.append(flt[key])
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def fast_listing(
    root: Path,
    flt: dict[str, Any],
    *,
    offset: int = 0,
    limit: int = 1000,
    order: str = "name",
    descending: bool = False,
) -> dict[str, Any] | None:
    """``{"total", "models", "own", "unit_names"}`` (the first two as ``--json`` prints), or None.

    ``own`` is the workspace's unit code and ``unit_names`` names the units of the listed rows, so
    an upper level can show codes qualified by their commune.
    """
    try:
        con = _connect(root)
        if con is None:
            return None
        try:
            return _listing(con, flt, offset, limit, order, descending)
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return None


def first_page(root: Path, *, limit: int) -> dict[str, Any] | None:
    """The list's first page by name, unfiltered, with what a window needs to show it.

    ``fast_listing``'s keys, ``counts`` by (field, type) as the summary above the list shows
    them, the workspace's ``role``, ``unit_name`` and ``settings`` (every setting, as
    ``services.workspace_setup.get_settings`` reads them: the language and the font size are
    applied before the page is built). None where the ordinary open must come first: named
    users (nothing is shown before the sign-in), and every case ``fast_listing`` refuses.
    """
    try:
        con = _connect(root)
        if con is None:
            return None
        try:
            users = con.execute("SELECT count(*) FROM office_user WHERE active").fetchone()[0]
            if users:
                return None
            role, unit_name = con.execute("SELECT role, unit_name FROM workspace").fetchone()
            settings = dict(con.execute("SELECT key, value FROM setting"))
            listing = _listing(con, {}, 0, limit, "name", False)
            by_kind = "SELECT field, model_type, count(*) FROM dvk_model GROUP BY 1, 2"
            counts = {(f, t): n for f, t, n in con.execute(by_kind)}
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return None
    return {**listing, "role": role, "unit_name": unit_name, "settings": settings,
            "counts": counts}  # fmt: skip


def _listing(con: sqlite3.Connection, flt: dict[str, Any], offset: int, limit: int, order: str,
             descending: bool) -> dict[str, Any]:  # fmt: skip
    where, params = _where(flt)
    total = con.execute(f"SELECT count(*) FROM dvk_model m{where}", params).fetchone()[0]
    joins = ""
    if order == "owner":
        joins = (" LEFT OUTER JOIN organisation o ON m.owner_org_id = o.id"
                 " LEFT OUTER JOIN person h ON m.holder_person_id = h.id")  # fmt: skip
    elif order == "village":
        joins = " LEFT OUTER JOIN unit v ON m.village_id = v.id"
    key = _KEYS.get(order, "m.name_sort")
    ids = [
        r[0]
        for r in con.execute(
            f"SELECT m.id FROM dvk_model m{joins}{where} ORDER BY {key} "
            f"{'DESC' if descending else 'ASC'}, m.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    own = con.execute("SELECT unit_code FROM workspace").fetchone()[0]
    if not ids:
        return {"total": total, "models": [], "own": own, "unit_names": {}}
    marks = ",".join("?" * len(ids))
    sums = {mid: (t, a) for mid, t, a in con.execute(
        f"SELECT model_id, sum(target), sum(actual) FROM model_indicator "
        f"WHERE model_id IN ({marks}) GROUP BY model_id", ids)}  # fmt: skip
    details_sql = (
        "SELECT m.id, m.uuid, m.code, m.name, m.field, m.model_type,"
        " coalesce(o.name, h.full_name, ''), coalesce(v.name, ''), m.year, m.status, m.novelty,"
        " m.source_unit_code FROM dvk_model m"
        " LEFT OUTER JOIN organisation o ON m.owner_org_id = o.id"
        " LEFT OUTER JOIN person h ON m.holder_person_id = h.id"
        f" LEFT OUTER JOIN unit v ON m.village_id = v.id WHERE m.id IN ({marks})"
    )
    details = {r[0]: r[1:] for r in con.execute(details_sql, ids)}
    models = []
    for mid in ids:
        row = dict(zip(FIELDS, details[mid], strict=True))
        target, actual = sums.get(mid, (None, None))
        row["indicator_target"] = None if target is None else target / SCALE
        row["indicator_actual"] = None if actual is None else actual / SCALE
        models.append(row)
    codes = sorted({m["source_unit_code"] for m in models})
    marks = ",".join("?" * len(codes))
    names = dict(con.execute(f"SELECT code, name FROM unit WHERE code IN ({marks})", codes))
    return {"total": total, "models": models, "own": own, "unit_names": names}
