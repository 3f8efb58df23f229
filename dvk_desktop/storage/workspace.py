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
from dvk_desktop.storage.atomic import atomic_write_text
from dvk_desktop.storage.engine import (
    make_engine,
    migrate,
    open_database,
    reader_factory,
    session_factory,
)
from dvk_desktop.storage.evidence_store import EvidenceStore
from dvk_desktop.storage.models import Workspace


@dataclass
class WorkspaceHandle:
    """Everything a service needs to work on one workspace."""

    paths: WorkspacePaths
    engine: Engine
    sessions: sessionmaker[Session]
    evidence: EvidenceStore
    readers: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Lists and counts read through these: they never queue behind a writer.
        self.readers = reader_factory(self.engine)

    def info(self) -> Workspace:
        """The workspace's identity row (raises if the workspace was never initialised)."""
        with self.sessions() as session:
            row = session.scalars(select(Workspace)).first()
        if row is None:
            raise StorageError(
                "Vùng làm việc chưa được khởi tạo (chưa chọn đơn vị).",
                hint="Hãy chạy dvk init --unit <mã xã> hoặc dvk demo.",
            )
        return row

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> WorkspaceHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_writable(folder: Path) -> None:
    """Make sure ``folder`` exists and accepts new files; raise a clear message otherwise."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".write-test.", dir=folder)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise StorageError(
                f"Không ghi được vào thư mục dữ liệu “{folder}”.",
                hint="Thư mục chỉ cho phép đọc (hoặc USB đang khóa ghi). Hãy chọn thư mục khác "
                "hoặc cấp quyền ghi.",
            ) from exc
        raise StorageError(f"Không dùng được thư mục dữ liệu “{folder}”: {exc.strerror}.") from exc


DATABASE_URL_FILE = "database-url.txt"


def open_workspace(
    root: Path, *, create: bool = False, database_url: str | None = None
) -> WorkspaceHandle:
    """Open the workspace at ``root`` (creating an empty database if ``create``).

    The database is ``root/dvk.sqlite3`` unless the workspace keeps it on a PostgreSQL server
    (an upper level with several clerks): then ``root/database-url.txt`` names it, and the
    folder still holds the evidence store, keys and logs.
    """
    paths = WorkspacePaths(root)
    url_file = root / DATABASE_URL_FILE
    if database_url is None and url_file.is_file():
        database_url = url_file.read_text(encoding="utf-8").strip()
    if database_url and not database_url.startswith("sqlite"):
        check_writable(root)
        if create and not url_file.is_file():
            atomic_write_text(url_file, database_url + "\n")
        engine = make_engine(database_url)
        try:
            migrate(engine)
        except OperationalError as exc:
            engine.dispose()
            raise StorageError(
                "Không kết nối được máy chủ cơ sở dữ liệu.",
                hint="Hãy kiểm tra máy chủ PostgreSQL và địa chỉ trong database-url.txt.",
                details=[str(exc.orig)],
            ) from exc
        return WorkspaceHandle(
            paths, engine, session_factory(engine), EvidenceStore(paths.evidence)
        )
    if not create and not paths.database.exists():
        raise StorageError(
            f"Chưa có vùng làm việc tại “{root}”.",
            hint="Hãy tạo bằng lệnh dvk init --unit <mã xã> (hoặc dvk demo để có dữ liệu mẫu).",
        )
    check_writable(root)
    engine = open_database(paths.database, backup_dir=paths.backups, create=create)
    return WorkspaceHandle(paths, engine, session_factory(engine), EvidenceStore(paths.evidence))
