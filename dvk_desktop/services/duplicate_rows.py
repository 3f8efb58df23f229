"""The models the duplicate scan compares, read from the database and kept between imports."""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from dvk_desktop.domain import similarity


class Row(NamedTuple):
    """One model as the scan compares it."""

    id: int
    uuid: str
    code: str
    name: str
    unit: str
    year: int
    status: str
    novelty: str
    continues_id: int | None
    replicated_from_id: int | None


_COLUMNS = (
    "id, uuid, code, name, source_unit_code, year, status, novelty, continues_id,"
    " replicated_from_id"
)
_SELECT = f"SELECT {_COLUMNS} FROM dvk_model"
# The rows of the last scan, per SQLite connection, beside a copy in a temporary table of that
# connection: the next scan asks SQLite only for the rows that differ from the copy (any
# writer's doing, this import's models among them) instead of reading every wide model row
# into Python again. Exact whoever wrote meanwhile; a rolled-back copy is seen by its number.
_HELD_KEY = "dvk_duplicate_scan_held"
_SNAP = "temp.dvk_scan_held"
_SNAP_NUMBER = "temp.dvk_scan_held_number"
_DIFF = (
    f"SELECT m.id, m.uuid, m.code, m.name, m.source_unit_code, m.year, m.status, m.novelty,"
    f" m.continues_id, m.replicated_from_id FROM main.dvk_model AS m"
    f" LEFT JOIN {_SNAP} AS s ON s.id = m.id WHERE s.id IS NULL"
    + "".join(f" OR m.{c} IS NOT s.{c}" for c in _COLUMNS.replace(" ", "").split(",")[1:])
)
# What this connection changed since the copy, logged by temporary triggers (they fire for
# this connection's statements only): reading those few rows replaces comparing every held
# row with the copy, 13 ms a package at 10,000 held and growing (issue 9: time per package
# flat). Another connection's commit moves ``PRAGMA data_version``: then the full comparison.
_LOG = "temp.dvk_scan_changed"
_LOGGED_COLUMNS = _COLUMNS.replace(" ", "")
_TRIGGERS = (
    "CREATE TEMP TRIGGER dvk_scan_added AFTER INSERT ON main.dvk_model"
    " BEGIN INSERT OR IGNORE INTO dvk_scan_changed VALUES (new.id); END",
    f"CREATE TEMP TRIGGER dvk_scan_updated AFTER UPDATE OF {_LOGGED_COLUMNS} ON main.dvk_model"
    f" BEGIN INSERT OR IGNORE INTO dvk_scan_changed VALUES (old.id);"
    f" INSERT OR IGNORE INTO dvk_scan_changed VALUES (new.id); END",
    "CREATE TEMP TRIGGER dvk_scan_removed AFTER DELETE ON main.dvk_model"
    " BEGIN INSERT OR IGNORE INTO dvk_scan_changed VALUES (old.id); END",
)
_LOGGED = (
    f"SELECT m.id, m.uuid, m.code, m.name, m.source_unit_code, m.year, m.status, m.novelty,"
    f" m.continues_id, m.replicated_from_id FROM {_LOG} AS c"
    f" JOIN main.dvk_model AS m ON m.id = c.id"
)
_numbers = itertools.count(1)
# Above this many models the rows (about 0.7 KB each with their index) are not kept between
# imports: read anew each time, as before, rather than held while the workspace is open.
KEEP_AT_MOST = 50_000


@dataclass
class Held:
    """The rows of a connection's last scan and the number its temporary copy carries."""

    number: int
    by_id: dict[int, Row]
    version: int  # the connection's PRAGMA data_version when the rows were last brought up
    ordered: list[Row]
    # The names of ``ordered`` keyed for comparing, grouped by unit; grown while rows are
    # only added at the end (new models), built again when a held one changed.
    names: similarity.Index | None = None
    units: Counter[str] | None = None  # how many rows each unit has
    links: set[frozenset[int]] | None = None  # the rows' own links (maintained, replicated)

    def index(self) -> similarity.Index:
        """The :class:`similarity.Index` of every row, in order."""
        if self.names is None:
            self.names = similarity.Index()
            self.names.extend((r.name for r in self.ordered), (r.unit for r in self.ordered))
        return self.names

    def at_unit(self) -> Counter[str]:
        """How many rows each unit has."""
        if self.units is None:
            self.units = Counter(r.unit for r in self.ordered)
        return self.units

    def linked(self) -> set[frozenset[int]]:
        """The pairs the rows themselves link (a model maintained or replicated from another)."""
        if self.links is None:
            self.links = _own_links(self.ordered)
        return self.links

    def at(self, version: int) -> Held:
        """This, brought up to ``version`` of the database."""
        self.version = version
        return self

    def grown(self, number: int, added: list[Row]) -> Held:
        """This with rows added after the others: what is kept grows the same way."""
        if self.names is not None:
            self.names.extend((r.name for r in added), (r.unit for r in added))
        if self.units is not None:
            self.units.update(r.unit for r in added)
        if self.links is not None:
            self.links |= _own_links(added)
        return Held(
            number, self.by_id, self.version, self.ordered + added, self.names, self.units,
            self.links,
        )  # fmt: skip


def _rows(cursor: Any) -> list[Row]:
    """The cursor's rows; a code, unit, status or novelty one string however many rows share it.

    Read row by row, not fetched whole first, and repeated values shared: at 100,000
    models the driver's copy and a string per row and column were 85 MB (issue 15). Codes
    restart in every commune (MH-2026-001 at each), so a province holds each many times.
    """
    shared: dict[str, str] = {}
    make, share = Row._make, shared.setdefault
    return [
        make((i, uuid, share(code, code), name, share(unit, unit), year, share(status, status),
              share(novelty, novelty), continues, replicated))
        for i, uuid, code, name, unit, year, status, novelty, continues, replicated in cursor
    ]  # fmt: skip


def _own_links(rows: list[Row]) -> set[frozenset[int]]:
    pairs = set()
    for r in rows:
        for other in (r.continues_id, r.replicated_from_id):
            if other is not None:
                pairs.add(frozenset((r.id, other)))
    return pairs


def held_rows(session: Session) -> Held:
    """Every model as the scan compares it, in id order and by id."""
    # The driver's own cursor and plain tuples: read on every import, SQLAlchemy's result
    # rows and a dataclass per row were 60% of reading a province's 10,000 models.
    session.flush()  # what the caller changed is read too (session.execute would autoflush)
    fairy = session.connection().connection
    cursor = fairy.cursor()
    try:
        if session.get_bind().dialect.name != "sqlite":
            cursor.execute(_SELECT + " ORDER BY id")
            rows = _rows(cursor)  # the columns in the fields' order
            return Held(0, {r.id: r for r in rows}, 0, rows)
        held: Held | None = fairy.info.pop(_HELD_KEY, None)
        if held is not None and _snap_number(cursor) == held.number:
            try:
                held = _refresh(cursor, held)
            except sqlite3.Error:
                held = None
        else:
            held = None
        if held is None:
            held = _read_all(cursor)
        if held.number and len(held.ordered) <= KEEP_AT_MOST:
            fairy.info[_HELD_KEY] = held
        return held
    finally:
        cursor.close()


def _snap_number(cursor: Any) -> int | None:
    try:
        found = cursor.execute(f"SELECT number FROM {_SNAP_NUMBER}").fetchone()
    except sqlite3.Error:  # no copy on this connection (yet, or rolled back with its import)
        return None
    return None if found is None else int(found[0])


def _data_version(cursor: Any) -> int:
    return int(cursor.execute("PRAGMA data_version").fetchone()[0])


def _read_all(cursor: Any) -> Held:
    """Every row, and the connection's temporary copy of them (numbered 0: none was made)."""
    version = _data_version(cursor)  # before the rows: a commit between reads as a change
    cursor.execute(_SELECT + " ORDER BY id")
    rows = _rows(cursor)
    number = next(_numbers) if len(rows) <= KEEP_AT_MOST else 0
    try:
        for name in ("dvk_scan_added", "dvk_scan_updated", "dvk_scan_removed"):
            cursor.execute(f"DROP TRIGGER IF EXISTS temp.{name}")
        for table in (_SNAP, _SNAP_NUMBER, _LOG):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
        if not number:
            return Held(0, {r.id: r for r in rows}, version, rows)
        cursor.execute(
            f"CREATE TABLE {_SNAP} (id INTEGER PRIMARY KEY, uuid, code, name, source_unit_code,"
            " year, status, novelty, continues_id, replicated_from_id)"
        )
        cursor.executemany(f"INSERT INTO {_SNAP} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        cursor.execute(f"CREATE TABLE {_SNAP_NUMBER} (number INTEGER NOT NULL)")
        cursor.execute(f"INSERT INTO {_SNAP_NUMBER} VALUES (?)", (number,))
        cursor.execute(f"CREATE TABLE {_LOG} (id INTEGER PRIMARY KEY)")
        for trigger in _TRIGGERS:
            cursor.execute(trigger)
    except sqlite3.Error:  # a read-only workspace (query_only): no copy, read whole each time
        number = 0
    return Held(number, {r.id: r for r in rows}, version, rows)


def _refresh(cursor: Any, held: Held) -> Held:
    """``held`` brought up to the database: the rows changed since, read again."""
    version = _data_version(cursor)
    if version == held.version:  # only this connection wrote: its log names every change
        changed = _rows(cursor.execute(_LOGGED))
        logged = [i for (i,) in cursor.execute(f"SELECT id FROM {_LOG}")]
    else:  # another program or window committed: compare every row with the copy
        changed = _rows(cursor.execute(_DIFF))
        logged = []
    cursor.execute(f"DELETE FROM {_LOG}")
    by_id = held.by_id
    present = {r.id for r in changed}
    gone = [i for i in logged if i not in present and i in by_id]
    added = sum(1 for r in changed if r.id not in by_id)
    (count,) = cursor.execute("SELECT count(*) FROM main.dvk_model").fetchone()
    if len(by_id) + added - len(gone) != count:  # deleted unseen (a REPLACE's deletion): which
        gone = [
            i for (i,) in cursor.execute(
                f"SELECT id FROM {_SNAP} WHERE id NOT IN (SELECT id FROM main.dvk_model)"
            )
        ]  # fmt: skip
    if not changed and not gone:
        return Held(held.number, by_id, version, held.ordered, held.names, held.units, held.links)
    number = next(_numbers)
    for start in range(0, len(gone), 500):
        chunk = gone[start : start + 500]
        cursor.execute(f"DELETE FROM {_SNAP} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
    cursor.executemany(
        f"INSERT OR REPLACE INTO {_SNAP} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changed
    )
    cursor.execute(f"UPDATE {_SNAP_NUMBER} SET number = ?", (number,))
    for i in gone:
        del by_id[i]
    last = held.ordered[-1].id if held.ordered else 0
    appended = all(r.id > last for r in changed if r.id not in by_id)
    replaced = any(r.id in by_id for r in changed)
    by_id.update((r.id, r) for r in changed)
    if gone or replaced or not appended:
        return Held(number, by_id, version, sorted(by_id.values(), key=lambda r: r.id))
    return held.grown(number, sorted(changed, key=lambda r: r.id)).at(version)
