"""Opening a workspace database: the only module that knows SQLite and PostgreSQL specifics."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from dvk_desktop.errors import StorageError
from dvk_desktop.storage.atomic import fsync_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest revision in migrations/versions; tests assert it equals Alembic's head. Knowing it
# here lets a workspace that is already current open without loading Alembic (start-up time).
SCHEMA_HEAD = "0004"
# Execution option marking a connection that only reads (see reader_factory).
READ_ONLY_OPTION = "dvk_read_only"

MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configuration located in code, so it works in a frozen (PyInstaller) app too."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the program knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this program knows."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a power cut after COMMIT returns never loses the transaction (WAL is fsynced).
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str) -> Engine:
    """Create an engine for a database URL with DVK's connection settings."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn: Connection) -> None:
            if conn.get_execution_options().get(READ_ONLY_OPTION):
                # A reader needs no lock in WAL mode: it sees the last commit and never waits
                # for a writer (the model list pages while a count or an import runs).
                conn.exec_driver_sql("BEGIN")
                return
            # Take the write lock at BEGIN so two writers never deadlock half-way.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        @event.listens_for(engine, "connect")
        def _no_pysqlite_autobegin(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None

        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_url(path: Path) -> str:
    """SQLAlchemy URL for a SQLite file."""
    return f"sqlite:///{path}"


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None for an empty database)."""
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_integrity(db_path: Path, *, quick: bool = False) -> None:
    """Run SQLite's integrity check; raise a clear :class:`StorageError` if the file is damaged.

    ``quick`` runs ``quick_check`` (page structure and records, not index contents): twenty
    times faster, so it runs on every open; the full check runs in ``dvk db check``, before
    backups are restored and from the Backup page.
    """
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            rows = con.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}").fetchall()
            fk = [] if quick else con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(db_path, str(exc)) from exc
    if rows != [("ok",)]:
        raise _damaged(db_path, "; ".join(str(r[0]) for r in rows[:5]))
    if fk:
        raise _damaged(db_path, f"{len(fk)} liên kết dữ liệu bị hỏng")


def _damaged(db_path: Path, detail: str) -> StorageError:
    return StorageError(
        f"Cơ sở dữ liệu “{db_path.name}” bị hỏng và không thể mở an toàn ({detail}).",
        hint="Hãy khôi phục từ bản sao lưu gần nhất: dvk db restore <tệp sao lưu> "
        "(hoặc mục Sao lưu trong chương trình). Tệp hỏng được giữ nguyên để kiểm tra.",
        details=[detail],
    )


def migrate(engine: Engine, *, db_path: Path | None = None, backup_dir: Path | None = None) -> bool:
    """Bring the schema to the newest revision; return True if anything was upgraded.

    A SQLite file is copied to ``backup_dir`` before any migration, so a failed upgrade can be
    undone by hand. A database stamped by a newer program is refused, untouched.
    """
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return False
    from alembic import command

    head = head_revision()
    if current == head:
        return False
    if current is not None and current not in known_revisions():
        raise StorageError(
            "Dữ liệu này được tạo bởi phiên bản DVK Desktop mới hơn phiên bản đang chạy.",
            hint="Hãy cài phiên bản mới nhất của chương trình rồi mở lại; "
            "dữ liệu không bị thay đổi.",
            details=[f"schema revision {current}"],
        )
    if current is not None and db_path is not None and backup_dir is not None:
        backup_before_migration(engine, db_path, backup_dir, current)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    log.info("database upgraded from %s to %s", current, head)
    return True


def backup_before_migration(engine: Engine, db_path: Path, backup_dir: Path, revision: str) -> Path:
    """Copy the live database (consistently, through SQLite's backup API) before migrating."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{db_path.stem}.before-{revision}.sqlite3"
    tmp = target.with_suffix(".tmp")
    engine.dispose()
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    tmp.replace(target)
    fsync_dir(target.parent)
    return target


def open_database(db_path: Path, *, backup_dir: Path, create: bool = False) -> Engine:
    """Open (or create) a workspace's SQLite database: integrity check, then migrations."""
    if not db_path.exists() and not create:
        raise StorageError(
            f"Không tìm thấy cơ sở dữ liệu “{db_path}”.",
            hint="Hãy tạo vùng làm việc bằng lệnh dvk init (hoặc dvk demo).",
        )
    if db_path.exists():
        check_integrity(db_path, quick=True)
    engine = make_engine(sqlite_url(db_path))
    try:
        migrate(engine, db_path=db_path, backup_dir=backup_dir)
    except OperationalError as exc:
        engine.dispose()
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            raise StorageError(
                f"Không ghi được vào thư mục dữ liệu “{db_path.parent}” (chỉ đọc).",
                hint="Hãy chọn thư mục khác hoặc cấp quyền ghi cho thư mục này.",
            ) from exc
        raise
    except DatabaseError as exc:
        engine.dispose()
        raise _damaged(db_path, str(exc.orig)) from exc
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def reader_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for reading only: on SQLite they take no write lock, so they never wait."""
    return sessionmaker(
        engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
    )


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any exception."""
    with factory() as session, session.begin():
        yield session


def copy_database_file(db_path: Path, target: Path) -> None:
    """Copy a SQLite database consistently (after a WAL checkpoint) to ``target``."""
    con = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            con.backup(dst)
        finally:
            dst.close()
    finally:
        con.close()


def wal_checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file (before copying it)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


__all__ = [
    "check_integrity",
    "copy_database_file",
    "current_revision",
    "head_revision",
    "make_engine",
    "migrate",
    "open_database",
    "reader_factory",
    "session_factory",
    "transaction",
]
