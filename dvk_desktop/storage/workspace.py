"""A handle on an open workspace folder: its database engine, session factory and evidence store."""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.errors import StorageError
from dvk_desktop.messages import _t, per_interface
from dvk_desktop.storage import shared_evidence
from dvk_desktop.storage.atomic import atomic_write_text
from dvk_desktop.storage.engine import (
    migrate,
    open_database,
    reader_factory,
    session_factory,
)
from dvk_desktop.storage.evidence_store import EvidenceStore
from dvk_desktop.storage.faults import DiskFullError
from dvk_desktop.storage.holders import HolderNote
from dvk_desktop.storage.models import Workspace
from dvk_desktop.storage.recovery import finish_pending_exports, resume_restore, sweep_workspace


@dataclass
class WorkspaceHandle:
    """Everything a service needs to work on one workspace."""

    paths: WorkspacePaths
    engine: Engine
    sessions: sessionmaker[Session]
    evidence: EvidenceStore
    read_only: bool = False
    holder: HolderNote | None = field(default=None, repr=False)
    readers: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Lists and counts read through these: they never queue behind a writer.
        self.readers = reader_factory(self.engine)

    def info(self) -> Workspace:
        """The workspace's identity row (raises if the workspace was never initialised)."""
        with self.readers() as session:
            row = session.scalars(select(Workspace)).first()
        if row is None:
            raise StorageError(
                _t("Vùng làm việc chưa được khởi tạo (chưa chọn đơn vị)."),
                hint=per_interface(
                    cli=_t("Hãy chạy dvk init --unit <mã xã> hoặc dvk demo."),
                    gui=_t("Hãy tạo vùng làm việc mới (Tệp → Tạo vùng làm việc mới…)."),
                ),
            )
        return row

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()
        if self.holder is not None:
            self.holder.close()
            self.holder = None

    def __enter__(self) -> WorkspaceHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class NotWritableError(StorageError):
    """The data folder refuses writes (read-only folder, locked USB stick)."""


def check_writable(folder: Path) -> None:
    """Make sure ``folder`` exists and accepts new files; raise a clear message otherwise."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".write-test.", dir=folder)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise NotWritableError(
                _t("Không ghi được vào thư mục dữ liệu “{folder}”.", folder=folder),
                hint=_t(
                    "Thư mục chỉ cho phép đọc (hoặc USB đang khóa ghi). Hãy chọn thư mục "
                    "khác hoặc cấp quyền ghi.",
                ),
            ) from exc
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(folder, 16 * 1024 * 1024) from exc
        raise StorageError(
            _t(
                "Không dùng được thư mục dữ liệu “{folder}”: {strerror}.",
                folder=folder,
                strerror=exc.strerror,
            )
        ) from exc


DATABASE_URL_FILE = "database-url.txt"


def open_workspace(
    root: Path, *, create: bool = False, database_url: str | None = None, reading: bool = False
) -> WorkspaceHandle:
    """Open the workspace at ``root`` (creating an empty database if ``create``).

    ``reading``: the caller only reads (a listing, a printout); its sessions then never take
    the write lock, so it never waits for an import or another clerk's save.

    The database is ``root/dvk.sqlite3`` unless the workspace keeps it on a PostgreSQL server
    (an upper level with several clerks): then ``root/database-url.txt`` names it, and the
    folder still holds the evidence store, keys and logs.
    """
    paths = WorkspacePaths(root)
    url_file = root / DATABASE_URL_FILE
    if database_url is None and url_file.is_file():
        database_url = url_file.read_text(encoding="utf-8").strip()
    if database_url and not database_url.startswith("sqlite"):
        return _open_on_server(paths, database_url, create=create)
    if not create and not paths.database.exists():
        resume_restore(root)  # a restore killed between its two renames: finish it now
    if not create and not paths.database.exists():
        raise StorageError(
            _t("Chưa có vùng làm việc tại “{root}”.", root=root),
            hint=per_interface(
                cli=_t(
                    "Hãy tạo bằng lệnh dvk init --unit <mã xã> (hoặc dvk demo để có dữ liệu mẫu)."
                ),
                gui=_t("Hãy tạo vùng làm việc mới (Tệp → Tạo vùng làm việc mới…)."),
            ),
        )
    read_only = False
    try:
        check_writable(root)
    except NotWritableError:
        if create:
            raise
        read_only = True  # a locked USB stick: still viewable, and backed up elsewhere
    if not read_only:
        resume_restore(root)
        sweep_workspace(root, evidence=paths.evidence)
    try:
        engine = open_database(
            paths.database, backup_dir=paths.backups, create=create, read_only=read_only
        )
    except DiskFullError:
        if create or read_only:
            raise
        # A completely full disk cannot even hold SQLite's shared-memory file: still let the
        # user look at the data (writes say the disk is full) and back it up elsewhere.
        read_only = True
        engine = open_database(paths.database, backup_dir=paths.backups, read_only=True)
    if not read_only:
        finish_pending_exports(engine)  # the ledger matches the stick again
    if read_only or reading:
        sessions = reader_factory(engine)
        return WorkspaceHandle(paths, engine, sessions, EvidenceStore(paths.evidence), read_only)
    return WorkspaceHandle(
        paths, engine, session_factory(engine), EvidenceStore(paths.evidence),
        holder=HolderNote(root),
    )  # fmt: skip


def _open_on_server(paths: WorkspacePaths, database_url: str, *, create: bool) -> WorkspaceHandle:
    """A workspace whose database is on a PostgreSQL server (the folder keeps files and keys)."""
    from dvk_desktop.storage.server import (
        connection_error,
        parse_url,
        server_engine,
        store_password,
    )

    root = paths.root
    url_file = root / DATABASE_URL_FILE
    check_writable(root)
    # What a killed export, import or attach left in this folder goes, as on SQLite.
    sweep_workspace(root, evidence=paths.evidence)
    parsed = parse_url(database_url)
    if create and not url_file.is_file():
        # The password goes to the user's password file, never into the workspace folder.
        parsed = store_password(parsed)
        atomic_write_text(url_file, parsed.render_as_string(hide_password=False) + "\n")
    engine = server_engine(parsed.render_as_string(hide_password=False))
    try:
        migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        raise connection_error(exc, database_url) from exc
    except BaseException:
        engine.dispose()
        raise
    finish_pending_exports(engine)  # the ledger matches the stick again
    try:
        shared = shared_evidence.configured(engine)
        if shared is not None:
            shared_evidence.check_reachable(shared)
            shared_evidence.sweep(shared)
    except BaseException:
        engine.dispose()
        raise
    store = EvidenceStore(paths.evidence if shared is None else shared)
    return WorkspaceHandle(paths, engine, session_factory(engine), store)
