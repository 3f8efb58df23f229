"""Pointing a workspace folder at the office's shared PostgreSQL database, and testing it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dvk_desktop.errors import Cancelled, StorageError, ValidationError
from dvk_desktop.messages import _t, joined
from dvk_desktop.progress import CancelToken, ProgressReporter
from dvk_desktop.storage.atomic import atomic_write_text
from dvk_desktop.storage.engine import (
    UNSTAMPED,
    current_revision,
    known_revisions,
    make_engine,
    migrate,
    schema_state,
)
from dvk_desktop.storage.head import SCHEMA_HEAD
from dvk_desktop.storage.server import (
    connection_error,
    parse_url,
    server_engine,
    store_password,
    without_password,
)
from dvk_desktop.storage.server_schema import interrupts_held, schema_transaction
from dvk_desktop.storage.workspace import DATABASE_URL_FILE

EMPTY, CURRENT, OLDER, NEWER = "empty", "current", "older", "newer"


@dataclass(frozen=True)
class ServerCheck:
    """What a connection test found: the server, and the state of the DVK data on it."""

    url: str  # without the password
    server_version: str
    schema: str  # EMPTY, CURRENT, OLDER or NEWER
    revision: str | None
    unit_name: str | None

    def summary(self) -> str:
        """One sentence for the user (CLI and GUI alike: it names no command)."""
        where = _t("Đã kết nối máy chủ PostgreSQL {version}.", version=self.server_version)
        if self.schema == EMPTY:
            state = _t("Cơ sở dữ liệu còn trống: có thể tạo vùng làm việc mới trên đó.")
        elif self.schema == CURRENT:
            state = _t(
                "Cơ sở dữ liệu đang dùng cho {unit}.",
                unit=self.unit_name or _t("một vùng làm việc"),
            )
        elif self.schema == OLDER:
            state = _t(
                "Dữ liệu của {unit} ở cấu trúc cũ ({revision}) và cần được nâng cấp lên "
                "{head} trước khi dùng.",
                unit=self.unit_name or _t("vùng làm việc"),
                revision=self.revision,
                head=SCHEMA_HEAD,
            )
        else:
            state = _t(
                "Dữ liệu được tạo bởi phiên bản DVK Desktop mới hơn (cấu trúc {revision}): hãy "
                "cập nhật chương trình trên máy này trước khi dùng.",
                revision=self.revision,
            )
        return joined([where, state])


def check_connection(url: str) -> ServerCheck:
    """Connect to ``url`` and read what is there; raise a clear message when it fails."""
    parsed = parse_url(url)
    engine = make_engine(parsed.render_as_string(hide_password=False))
    try:
        try:
            with engine.connect() as conn:
                version = str(conn.execute(text("SHOW server_version")).scalar() or "")
            state = schema_state(engine)
            unit = _unit_name(engine) if state not in (None, UNSTAMPED) else None
        except DBAPIError as exc:
            raise connection_error(exc, url) from exc
    finally:
        engine.dispose()
    if state is None:
        schema = EMPTY
    elif state == SCHEMA_HEAD:
        schema = CURRENT
    elif state != UNSTAMPED and state not in known_revisions():
        schema = NEWER
    else:
        schema = OLDER
    return ServerCheck(
        without_password(url), version.split(" ")[0], schema, None if state == UNSTAMPED else state,
        unit,
    )  # fmt: skip


def _unit_name(engine: object) -> str | None:
    from sqlalchemy import Engine

    assert isinstance(engine, Engine)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT unit_name FROM workspace LIMIT 1")).scalar()
    except DBAPIError:
        return None


class NeedsUpgradeError(StorageError):
    """The shared database holds an older schema: upgrading it must be asked for."""


def connect_folder(
    root: Path,
    url: str,
    *,
    upgrade: bool = False,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> ServerCheck:
    """Make the workspace folder ``root`` use the shared database at ``url``.

    The database must already hold a workspace (the first PC creates it); an older schema is
    upgraded only with ``upgrade`` (every other PC of the office must then update too), a
    newer one is refused. A folder holding its own SQLite workspace is refused: its data
    would silently disappear from view. Nothing is written unless the test passes. The
    upgrade is one transaction: ``cancel`` leaves the server and the folder as they were.
    """
    check = check_connection(url)
    if check.schema == EMPTY:
        raise StorageError(
            _t("Cơ sở dữ liệu trên máy chủ còn trống, chưa có vùng làm việc nào."),
            hint=_t("Hãy tạo vùng làm việc mới trên cơ sở dữ liệu này (chọn đơn vị khi tạo)."),
            details=[check.url],
        )
    if check.schema == NEWER:
        raise StorageError(
            check.summary(),
            hint=_t("Dữ liệu trên máy chủ không bị thay đổi."),
            details=[check.url],
        )
    if check.schema == OLDER and not upgrade:
        raise NeedsUpgradeError(
            check.summary(),
            hint=_t(
                "Hãy nâng cấp khi mọi máy trong cơ quan đã cài phiên bản này; dữ liệu chưa "
                "bị thay đổi."
            ),
            details=[check.url],
        )
    refuse_local_data(root)
    if check.schema == OLDER:
        _upgrade(url, reporter=reporter, cancel=cancel)
        check = check_connection(url)
    root.mkdir(parents=True, exist_ok=True)
    # Only once the server is ready: the password file, then the file naming the server.
    plain = store_password(parse_url(url)).render_as_string(hide_password=False)
    atomic_write_text(root / DATABASE_URL_FILE, plain + "\n")
    return check


def _upgrade(url: str, *, reporter: ProgressReporter | None, cancel: CancelToken | None) -> None:
    """Upgrade the shared database in one transaction (undone whole if cancelled)."""
    engine = make_engine(parse_url(url).render_as_string(hide_password=False))
    try:
        with schema_transaction(engine, reporter=reporter, cancel=cancel) as conn:
            if cancel is not None:
                cancel.check()
            with interrupts_held():
                conn.commit()
    except Cancelled as exc:
        raise Cancelled(
            _t(
                "Đã hủy nâng cấp; dữ liệu trên máy chủ không bị thay đổi, thư mục chưa được "
                "kết nối."
            )
        ) from exc
    finally:
        engine.dispose()


def upgrade_folder(root: Path) -> tuple[str | None, str | None]:
    """Upgrade the shared database a workspace folder uses; return the revisions before, after.

    The migration takes the server's lock, so two PCs upgrading at once run it once.
    """
    url_file = root / DATABASE_URL_FILE
    url = url_file.read_text(encoding="utf-8").strip() if url_file.is_file() else ""
    if not url or url.startswith("sqlite"):
        raise StorageError(_t("Vùng làm việc “{root}” không dùng cơ sở dữ liệu chung.", root=root))
    engine = server_engine(url)
    try:
        before = current_revision(engine)
        migrate(engine)
        return before, current_revision(engine)
    except DBAPIError as exc:
        raise connection_error(exc, url) from exc
    finally:
        engine.dispose()


def refuse_local_data(root: Path) -> None:
    """A folder holding its own SQLite workspace never moves to the shared database.

    Its data would silently disappear from view behind ``database-url.txt``.
    """
    database = root / "dvk.sqlite3"
    if database.exists() and database.stat().st_size > 0:
        raise StorageError(
            _t(
                "Thư mục “{root}” đang có dữ liệu riêng (tệp dvk.sqlite3) nên không chuyển sang "
                "cơ sở dữ liệu chung; không có gì bị thay đổi.",
                root=root,
            ),
            hint=_t("Hãy chọn một thư mục trống cho cơ sở dữ liệu chung."),
        )


def folder_database_url(root: Path) -> str | None:
    """The shared database address a workspace folder uses (without password), if any."""
    path = root / DATABASE_URL_FILE
    if not path.is_file():
        return None
    return without_password(path.read_text(encoding="utf-8").strip()) or None


def server_url(host: str, port: str | int, database: str, user: str, password: str = "") -> str:
    """The address of a PostgreSQL database from the fields a form asks for.

    Every part is escaped (a password may hold ``@`` or ``:``); a host starting with ``/`` is
    a Unix socket folder and goes in the query, as libpq wants it.
    """
    from sqlalchemy.engine import URL

    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise ValidationError(_t("Hãy nhập tên hoặc địa chỉ IP của máy chủ."), field="host")
    try:
        number = int(str(port).strip() or "5432")
    except ValueError:
        number = 0
    if not 0 < number < 65536:
        raise ValidationError(
            _t("Cổng phải là một số từ 1 đến 65535 (thường là 5432)."), field="port"
        )
    if not database:
        raise ValidationError(_t("Hãy nhập tên cơ sở dữ liệu."), field="database")
    if not user:
        raise ValidationError(_t("Hãy nhập tên người dùng cơ sở dữ liệu."), field="user")
    socket = host.startswith("/")
    url = URL.create(
        "postgresql+psycopg",
        username=user,
        password=password or None,
        host=None if socket else host,
        port=None if socket else number,
        database=database,
        query={"host": host, "port": str(number)} if socket else {},
    )
    return url.render_as_string(hide_password=False)


def server_parts(url: str) -> tuple[str, int, str, str]:
    """The host (or socket folder), port, database and user of a server address."""
    parsed = parse_url(url)
    host = str(parsed.query.get("host") or parsed.host or "localhost")
    port = int(str(parsed.port or parsed.query.get("port") or 5432))
    return host, port, parsed.database or "", parsed.username or ""


def data_location(root: Path) -> str:
    """Where a workspace's data is, in one sentence for Settings (never the password)."""
    url = folder_database_url(root)
    if url is None:
        return _t("Tệp SQLite trên máy này: {path} (chỉ máy này dùng).", path=root / "dvk.sqlite3")
    host, port, database, user = server_parts(url)
    return _t(
        "Cơ sở dữ liệu chung “{database}” trên máy chủ PostgreSQL {host}, cổng {port}, người "
        "dùng {user}.",
        database=database, host=host, port=port, user=user,
    )  # fmt: skip
