"""Telling which schema revision a database is at from its tables, when its stamp was lost."""

from __future__ import annotations

from functools import cache

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Connection

# Tables SQLite or FTS5 make by themselves; they say nothing about the revision.
_IGNORED_PREFIXES = ("sqlite_", "alembic_version", "dvk_model_fts")


def _shape(conn: Connection) -> frozenset[tuple[str, frozenset[str]]]:
    insp = inspect(conn)
    return frozenset(
        (name, frozenset(c["name"] for c in insp.get_columns(name)))
        for name in insp.get_table_names()
        if not name.startswith(_IGNORED_PREFIXES)
    )


@cache
def _shapes() -> dict[str, frozenset[tuple[str, frozenset[str]]]]:
    """The tables and columns of every known revision, built once in memory."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from dvk_desktop.storage.engine import _alembic_config

    shapes = {}
    for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions():
        engine = create_engine("sqlite://")
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), rev.revision)
            shapes[rev.revision] = _shape(conn)
        engine.dispose()
    return shapes


def identify_revision(conn: Connection) -> str | None:
    """The one known revision whose tables and columns are exactly those of ``conn``'s database.

    A database made by this program and then stripped of its ``alembic_version`` row (a
    crash of an old version, a hand edit) is thus upgraded instead of being taken as empty.
    """
    shape = _shape(conn)
    matches = [rev for rev, known in _shapes().items() if known == shape]
    return matches[0] if len(matches) == 1 else None
