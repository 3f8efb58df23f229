"""Opening a workspace database: the only module that knows SQLite and PostgreSQL specifics."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from dvk_desktop import __version__
from dvk_desktop.errors import StorageError
from dvk_desktop.messages import _t, joined, per_interface
from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.faults import as_user_error, is_damage
from dvk_desktop.storage.head import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# Execution option marking a connection that only reads (see reader_factory).
READ_ONLY_OPTION = "dvk_read_only"
# Setting that names the program version that last created or upgraded the database.
APP_VERSION_SETTING = "app_version"
# How long a write waits for another writer before it says who holds the workspace.
# DVK_BUSY_TIMEOUT_MS shortens it for the fault tests.
BUSY_TIMEOUT_MS = int(os.environ.get("DVK_BUSY_TIMEOUT_MS", "10000"))

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
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _sqlite_read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create an engine for a database URL with DVK's connection settings.

    SQL parameters (people's names, phone numbers) are never put into exception texts, so
    they cannot reach ``dvk.log`` when a statement fails. ``read_only`` opens a SQLite file
    that nobody can write (a locked USB stick): no journal files, no locks, no writes.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn: Connection) -> None:
            if read_only or conn.get_execution_options().get(READ_ONLY_OPTION):
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
    from dvk_desktop.storage.server import connect_args, parse_url

    parsed = parse_url(url)
    return create_engine(
        parsed, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args(parsed)
    )


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    """SQLAlchemy URL for a SQLite file (``read_only``: opened without writing anything)."""
    if not read_only:
        return f"sqlite:///{path}"
    return f"sqlite:///{read_only_uri(path)}&uri=true"


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` for reading only, creating no -wal/-shm file."""
    # Without a usable -shm file a WAL database opens read-only only as "immutable", which is
    # exact when the WAL holds nothing (a clean close, or a full disk that could not grow it).
    wal, shm = (path.with_name(path.name + s) for s in ("-wal", "-shm"))
    try:
        pending = wal.stat().st_size > 0 and shm.stat().st_size > 0
    except OSError:
        pending = False
    query = "mode=ro" if pending else "mode=ro&immutable=1"
    return f"file:{quote(path.as_posix(), safe='/:')}?{query}"


def _reading(engine: Engine) -> Connection:
    """A connection that never takes the write lock (reads wait for nobody in WAL mode)."""
    return engine.connect().execution_options(**{READ_ONLY_OPTION: True})


UNSTAMPED = "unstamped"


def schema_state(engine: Engine) -> str | None:
    """The revision stamped in the database; None if empty; :data:`UNSTAMPED` if unstamped.

    Tables without a revision (a damaged or hand-edited file) are never taken as empty.
    """
    with _reading(engine) as conn:
        names = set(inspect(conn).get_table_names())
        if "alembic_version" in names:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision:
                return str(revision)
        return UNSTAMPED if names - {"alembic_version"} else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None for an empty database)."""
    state = schema_state(engine)
    return None if state == UNSTAMPED else state


def check_integrity(db_path: Path, *, quick: bool = False) -> None:
    """Run SQLite's integrity check; raise a clear :class:`StorageError` if the file is damaged.

    ``quick`` runs ``quick_check`` (page structure and records, not index contents): twenty
    times faster. Opening runs neither (see :func:`check_file_header`); the full check runs
    in ``dvk db check``, on every backup, before a backup is restored and from the Backup page.
    """
    try:
        con = sqlite3.connect(read_only_uri(db_path), uri=True)
        try:
            rows = con.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}").fetchall()
            fk = [] if quick else con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise _damaged(db_path, str(exc)) from exc
        raise as_user_error(exc, root=db_path.parent) or exc from exc
    if rows != [("ok",)]:
        raise _damaged(db_path, "; ".join(str(r[0]) for r in rows[:5]))
    if fk:
        raise _damaged(db_path, _t("{count} liên kết dữ liệu bị hỏng", count=len(fk)))


def _damaged(db_path: Path, detail: str) -> StorageError:
    return StorageError(
        _t(
            "Cơ sở dữ liệu “{name}” bị hỏng và không thể mở an toàn ({detail}).",
            name=db_path.name,
            detail=detail,
        ),
        hint=joined(
            [latest_backup_hint(db_path.parent), _t("Tệp hỏng được giữ nguyên để kiểm tra.")]
        ),
        details=[detail],
    )


def latest_backup_hint(root: Path) -> str:
    """Where the newest backup is, so "restore from a backup" never points at nothing."""
    folder = root / "backups"
    try:
        found = max(folder.glob("*.dvkbak"), key=lambda p: p.stat().st_mtime, default=None)
    except OSError:
        found = None
    if found is None:
        return per_interface(
            cli=_t(
                "Chưa có bản sao lưu tự động nào trong “{folder}”: nếu đã chép bản sao lưu ra "
                "USB, hãy khôi phục từ đó (dvk db restore <tệp>).",
                folder=folder,
            ),
            gui=_t(
                "Chưa có bản sao lưu tự động nào trong “{folder}”: nếu đã chép bản sao lưu ra "
                "USB, hãy khôi phục từ đó (trang Sao lưu → Khôi phục từ tệp…).",
                folder=folder,
            ),
        )
    import datetime as dt

    when = dt.datetime.fromtimestamp(found.stat().st_mtime).strftime("%H:%M %d/%m/%Y")
    return per_interface(
        cli=_t(
            "Hãy khôi phục từ bản sao lưu gần nhất “{found}” ({when}): dvk db restore <tệp sao "
            "lưu>.",
            found=found,
            when=when,
        ),
        gui=_t(
            "Hãy khôi phục từ bản sao lưu gần nhất “{found}” ({when}) trên trang Sao lưu "
            "(nút “Khôi phục bản đã chọn…”).",
            found=found,
            when=when,
        ),
    )


SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file_header(db_path: Path) -> None:
    """Cheap check that the file is a SQLite database at all (on every open, no full scan).

    The whole-file ``integrity_check`` runs in ``dvk db check``, on the Backup page and on
    every backup and restore; pages damaged later surface as a clear message when read.
    """
    try:
        with open(db_path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise as_user_error(exc, root=db_path.parent) or exc from exc
    if not head:
        return  # a new, empty file
    page_size = int.from_bytes(head[16:18], "big") if len(head) >= 18 else 0
    page_size = 65536 if page_size == 1 else page_size
    valid_size = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC) or not valid_size:
        raise _damaged(db_path, _t("không phải tệp cơ sở dữ liệu SQLite"))


def _probe_tables(engine: Engine, db_path: Path) -> None:
    """Read the schema and the first page of every table (cheap, catches a smashed root)."""
    try:
        with _reading(engine) as conn:
            names = [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE "
                    "'CREATE VIRTUAL%'"
                )
            ]
            for name in names:
                conn.exec_driver_sql(f'SELECT * FROM "{name}" LIMIT 1').all()
    except DatabaseError as exc:
        engine.dispose()
        if is_damage(exc):
            raise _damaged(db_path, str(exc.orig)) from exc
        raise as_user_error(exc, root=db_path.parent) or exc from exc


def migrate(
    engine: Engine,
    *,
    db_path: Path | None = None,
    backup_dir: Path | None = None,
    read_only: bool = False,
) -> bool:
    """Bring the schema to the newest revision; return True if anything was upgraded.

    A SQLite file is copied to ``backup_dir`` before any migration, so a failed upgrade can be
    undone by hand. A database stamped by a newer program is refused, untouched, and so is
    one whose revision stamp is missing but whose tables cannot be matched to a revision.
    Reading the revision takes no lock: opening never waits for another program's write.
    """
    state = schema_state(engine)
    if state == SCHEMA_HEAD:
        return False
    head = head_revision()
    if state == head:
        return False
    if state is not None and state != UNSTAMPED and state not in known_revisions():
        raise _newer_program(engine, state, head)
    if read_only:
        raise _read_only_upgrade(state, head)
    with migration_lock(engine, db_path):
        # Another PC (or process) may have upgraded while this one waited for the lock.
        state = schema_state(engine)
        if state == head:
            return False
        return _migrate_locked(engine, state, head, db_path=db_path, backup_dir=backup_dir)


def _read_only_upgrade(state: str | None, head: str) -> StorageError:
    return StorageError(
        _t(
            "Dữ liệu ở phiên bản cấu trúc {state} cần được nâng cấp lên {head}, "
            "nhưng thư mục chỉ cho phép đọc nên không nâng cấp được; không có gì bị thay đổi.",
            state=state or _t("trống"),
            head=head,
        ),
        hint=_t("Hãy chép cả thư mục vùng làm việc sang ổ ghi được rồi mở bản chép."),
    )


def _migrate_locked(
    engine: Engine,
    state: str | None,
    head: str,
    *,
    db_path: Path | None,
    backup_dir: Path | None,
) -> bool:
    """The upgrade itself, run by the one process that holds the migration lock."""
    from alembic import command

    unstamped = state == UNSTAMPED
    if unstamped:
        state = _identify_unstamped(engine)
    elif state is not None and state not in known_revisions():
        raise _newer_program(engine, state, head)
    if state is not None and db_path is not None and backup_dir is not None:
        backup_before_migration(engine, db_path, backup_dir, state)
    with engine.begin() as conn:
        if unstamped and state is not None:
            command.stamp(_alembic_config(conn), state)  # the identified revision, see above
        command.upgrade(_alembic_config(conn), "head")
        conn.execute(text("DELETE FROM setting WHERE key = :k"), {"k": APP_VERSION_SETTING})
        conn.execute(
            text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
            {"k": APP_VERSION_SETTING, "v": __version__},
        )
    log.info("database upgraded from %s to %s", state, head)
    return True


# pg_advisory_lock key of "a DVK schema upgrade is running on this database" (any constant
# fixed for all versions of the program; this one is b"DVKMIGR\x01" read as a signed int64).
PG_MIGRATION_LOCK = int.from_bytes(b"DVKMIGR\x01", "big", signed=True)
# How long a second PC waits for the first one's upgrade before it gives up with a message.
MIGRATION_WAIT_S = float(os.environ.get("DVK_MIGRATION_WAIT_S", "600"))


@contextmanager
def migration_lock(engine: Engine, db_path: Path | None = None) -> Iterator[None]:
    """Let one process at a time upgrade the schema; the others wait, then find it done.

    PostgreSQL: a session advisory lock, which the server drops if the holder's connection
    dies. SQLite: an OS lock on a file beside the database (dropped when the process dies);
    the database's own write lock would time out after BUSY_TIMEOUT_MS on a long upgrade.
    """
    import time

    deadline = time.monotonic() + MIGRATION_WAIT_S
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            take = text("SELECT pg_try_advisory_lock(:k)")
            while not conn.execute(take, {"k": PG_MIGRATION_LOCK}).scalar():
                _wait_or_give_up(deadline)
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_MIGRATION_LOCK})
        return
    if db_path is None:
        name = engine.url.database
        db_path = Path(name) if name and not name.startswith("file:") else None
    if db_path is None:  # an in-memory or URI-opened database: nobody else can reach it
        yield
        return
    from dvk_desktop.storage.locks import try_lock

    lock_path = db_path.with_name(db_path.name + "-migrate.lock")
    with open(lock_path, "a+b") as lock_file:
        while not try_lock(lock_file):
            _wait_or_give_up(deadline)
        yield  # the lock goes with the file's close


def _wait_or_give_up(deadline: float) -> None:
    import time

    if time.monotonic() > deadline:
        raise StorageError(
            _t(
                "Một máy khác đang nâng cấp cấu trúc dữ liệu và chưa xong; không có gì bị thay đổi."
            ),
            hint=_t("Hãy chờ vài phút rồi mở lại."),
        )
    time.sleep(0.2)


def _newer_program(engine: Engine, revision: str, head: str) -> StorageError:
    """The refusal that names the version that wrote the data and the one running."""
    try:
        with _reading(engine) as conn:
            writer = conn.execute(
                text("SELECT value FROM setting WHERE key = :k"), {"k": APP_VERSION_SETTING}
            ).scalar()
    except DatabaseError:
        writer = None
    made_by = f"DVK Desktop {writer}" if writer else _t("một phiên bản DVK Desktop mới hơn")
    return StorageError(
        _t(
            "Dữ liệu này được tạo bởi {made_by} (cấu trúc dữ liệu {revision}), mới hơn phiên bản "
            "đang chạy DVK Desktop {version} (cấu trúc dữ liệu {head}).",
            made_by=made_by,
            revision=revision,
            version=__version__,
            head=head,
        ),
        hint=_t(
            "Hãy cài phiên bản mới nhất của chương trình rồi mở lại; dữ liệu không bị thay đổi."
        ),
        details=[f"schema revision {revision}", f"program {__version__} knows up to {head}"],
    )


def _identify_unstamped(engine: Engine) -> str:
    """The revision whose tables and columns match a database that lost its revision stamp."""
    from dvk_desktop.storage.revisions import identify_revision

    with _reading(engine) as conn:
        revision = identify_revision(conn)
    if revision is None:
        raise StorageError(
            _t(
                "Cơ sở dữ liệu không ghi phiên bản cấu trúc và không khớp phiên bản nào mà chương "
                "trình biết, nên không thể nâng cấp an toàn; không có gì bị thay đổi."
            ),
            hint=_t("Hãy khôi phục từ bản sao lưu gần nhất, hoặc gửi tệp cho bộ phận kỹ thuật."),
        )
    log.warning("database without a revision stamp identified as %s", revision)
    return revision


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


def _create_private(db_path: Path) -> None:
    """Create the database file readable by its owner only (SQLite gives -wal/-shm the same)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _make_private(db_path: Path) -> None:
    """Tighten a database made by an older version (0644) to owner-only, with its journals."""
    if os.name == "nt":
        return  # NTFS permissions come from the user's profile folder
    for path in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))):
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)


def open_database(
    db_path: Path, *, backup_dir: Path, create: bool = False, read_only: bool = False
) -> Engine:
    """Open (or create) a workspace's SQLite database: a cheap check, then migrations.

    ``read_only`` opens a database on media that cannot be written (nothing is created).
    """
    if not db_path.exists() and not create:
        raise StorageError(
            _t("Không tìm thấy cơ sở dữ liệu “{path}”.", path=db_path),
            hint=per_interface(
                cli=_t("Hãy tạo vùng làm việc bằng lệnh dvk init (hoặc dvk demo)."),
                gui=_t("Hãy tạo vùng làm việc mới (Tệp → Tạo vùng làm việc mới…)."),
            ),
        )
    if db_path.exists():
        check_file_header(db_path)
        if not read_only:
            _make_private(db_path)
    else:
        _create_private(db_path)
    engine = make_engine(sqlite_url(db_path, read_only=read_only), read_only=read_only)
    _probe_tables(engine, db_path)
    try:
        migrate(engine, db_path=db_path, backup_dir=backup_dir, read_only=read_only)
    except DatabaseError as exc:
        engine.dispose()
        if is_damage(exc):
            raise _damaged(db_path, str(exc.orig)) from exc
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            raise StorageError(
                _t(
                    "Không ghi được vào thư mục dữ liệu “{folder}” (chỉ đọc).",
                    folder=db_path.parent,
                ),
                hint=_t("Hãy chọn thư mục khác hoặc cấp quyền ghi cho thư mục này."),
            ) from exc
        raise as_user_error(exc, root=db_path.parent) or exc from exc
    except BaseException:
        engine.dispose()
        raise
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


def copy_database_file(db_path: Path, target: Path, *, read_only: bool = False) -> None:
    """Copy a SQLite database consistently (through SQLite's backup API) to ``target``."""
    if read_only:
        con = sqlite3.connect(read_only_uri(db_path), uri=True)
    else:
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
