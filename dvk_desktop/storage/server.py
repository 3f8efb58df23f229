"""A workspace on a PostgreSQL server: its address without the password, and clear failures."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dvk_desktop.config import APP_NAME
from dvk_desktop.errors import StorageError
from dvk_desktop.messages import _t
from dvk_desktop.storage.atomic import atomic_write_text

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

# Where the passwords of the office's PostgreSQL servers are kept: a libpq password file.
# Why not the OS keyring (python-keyring): on Windows it works, but on a Linux PC without a
# desktop session (a headless server, an SSH login, the CI) there is no Secret Service to
# talk to and keyring either fails or falls back to a plain-text file of its own; it also adds
# a dependency and a second code path for the frozen app. A libpq password file is read by
# libpq itself (psycopg passes ``passfile``), works the same headless and on every OS, is the
# format PostgreSQL administrators already know (``.pgpass``/``pgpass.conf``), and lives in
# the user's own configuration folder, never in the workspace folder (which is backed up,
# shared and carried on USB sticks). It is written owner-only (0600; libpq refuses a looser
# one on POSIX); on Windows the per-user AppData folder's ACL keeps other users out.
PASSFILE_ENV = "DVK_PGPASSFILE"
# A wrong host must not freeze the connection test: libpq waits this long at most (seconds).
CONNECT_TIMEOUT = int(os.environ.get("DVK_PG_CONNECT_TIMEOUT", "8"))


def password_file() -> Path:
    """The password file: ``$DVK_PGPASSFILE``, else ``pgpass.conf`` in the user's config folder."""
    env = os.environ.get(PASSFILE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "pgpass.conf"


def is_server_url(url: str | None) -> bool:
    """Whether ``url`` names a database server (anything but an embedded SQLite file)."""
    return bool(url) and not str(url).startswith("sqlite")


def parse_url(url: str) -> URL:
    """The SQLAlchemy URL; a plain ``postgresql://`` address gets the psycopg 3 driver."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url.strip())
    except ArgumentError as exc:
        raise StorageError(
            _t("Địa chỉ cơ sở dữ liệu không hợp lệ: “{url}”.", url=without_password(url)),
            hint=_t("Địa chỉ có dạng postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu."),
        ) from exc
    if parsed.get_backend_name() != "postgresql":
        raise StorageError(
            _t(
                "Chỉ hỗ trợ máy chủ PostgreSQL, không dùng được “{backend}”.",
                backend=parsed.get_backend_name(),
            ),
            hint=_t("Địa chỉ có dạng postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu."),
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.database:
        raise StorageError(
            _t("Địa chỉ cơ sở dữ liệu thiếu tên cơ sở dữ liệu."),
            hint=_t("Thêm tên sau dấu “/”, ví dụ postgresql://dvk@may-chu:5432/dvk_tinh."),
        )
    return parsed


def without_password(url: str) -> str:
    """``url`` with any password removed (what may be written to a file, a log or a screen)."""
    return re.sub(r"(//[^/:@]*):[^@/]*@", r"\1@", url.strip())


@dataclass(frozen=True)
class PassKey:
    """The host, port, database and user a password file line applies to."""

    host: str
    port: str
    database: str
    user: str


def _pass_key(url: URL) -> PassKey:
    host = url.host or str(url.query.get("host") or "") or "localhost"
    port = str(url.port or url.query.get("port") or 5432)
    return PassKey(host, port, url.database or "", url.username or "")


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _split_line(line: str) -> list[str]:
    fields, cur, esc = [], "", False
    for ch in line:
        if esc:
            cur, esc = cur + ch, False
        elif ch == "\\":
            esc = True
        elif ch == ":":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
    return [*fields, cur]


def store_password(url: URL) -> URL:
    """Move the password of ``url`` into the password file; return the URL without it."""
    if url.password is None:
        return url
    key = _pass_key(url)
    path = password_file()
    kept: list[str] = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = _split_line(line)
            if len(parts) == 5 and PassKey(*parts[:4]) == key:
                continue  # replaced below
            kept.append(line)
    fields = [key.host, key.port, key.database, key.user, str(url.password)]
    kept.append(":".join(_escape(f) for f in fields))
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, "\n".join(kept) + "\n")  # mkstemp: created 0600
    if os.name != "nt":
        path.chmod(0o600)
    return url._replace(password=None)  # .set(password=None) would keep it


def connect_args(url: URL) -> dict[str, object]:
    """Options for libpq for a server URL: the password file and a bounded connect time."""
    args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT}
    if url.password is None and "passfile" not in url.query:
        args["passfile"] = str(password_file())
    return args


def server_engine(url: str) -> Engine:
    """An engine on the PostgreSQL server at ``url``, or a clear refusal without the driver."""
    from dvk_desktop.storage.engine import make_engine

    try:
        return make_engine(url)
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("psycopg"):
            raise
        # The Windows installer ships PostgreSQL support as an optional component.
        raise StorageError(
            _t(
                "Bản cài đặt này chưa có thành phần PostgreSQL, nên không mở được cơ sở "
                "dữ liệu trên máy chủ.",
            ),
            hint=_t("Hãy chạy lại bộ cài DVK Desktop và chọn “Hỗ trợ PostgreSQL”."),
        ) from exc


def connection_error(exc: BaseException, url: str) -> StorageError:
    """A clear message for a failed connection: wrong host, password, user or database name."""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    shown = without_password(url)
    parsed_db = re.search(r'database "([^"]+)" does not exist', text)
    parsed_role = re.search(r'role "([^"]+)" does not exist', text)
    if "password authentication failed" in low or "no password supplied" in low:
        message = _t("Máy chủ PostgreSQL từ chối mật khẩu (sai mật khẩu hoặc sai tên người dùng).")
        hint = _t("Hãy nhập lại mật khẩu đúng của người dùng cơ sở dữ liệu.")
    elif parsed_db:
        message = _t("Máy chủ PostgreSQL không có cơ sở dữ liệu “{name}”.", name=parsed_db.group(1))
        hint = _t(
            "Hãy kiểm tra tên cơ sở dữ liệu, hoặc nhờ người quản trị máy chủ tạo cơ sở dữ "
            "liệu trống cho DVK Desktop."
        )
    elif parsed_role:
        message = _t("Máy chủ PostgreSQL không có người dùng “{name}”.", name=parsed_role.group(1))
        hint = _t("Hãy kiểm tra tên người dùng cơ sở dữ liệu với người quản trị máy chủ.")
    elif "resolve host" in low or "translate host name" in low or "name or service" in low:
        message = _t("Không tìm thấy máy chủ cơ sở dữ liệu theo tên đã nhập.")
        hint = _t("Hãy kiểm tra tên hoặc địa chỉ IP của máy chủ và kết nối mạng của máy này.")
    elif "refused" in low or "timeout" in low or "no route" in low or "unreachable" in low:
        message = _t("Không kết nối được máy chủ cơ sở dữ liệu (máy chủ không trả lời).")
        hint = _t(
            "Hãy kiểm tra địa chỉ, cổng (thường là 5432), mạng của cơ quan và máy chủ "
            "PostgreSQL có đang chạy không."
        )
    else:
        message = _t("Không kết nối được máy chủ cơ sở dữ liệu.")
        hint = _t("Hãy kiểm tra địa chỉ, tên người dùng và mật khẩu với người quản trị máy chủ.")
    return StorageError(message, hint=hint, details=[shown, text.strip()])
