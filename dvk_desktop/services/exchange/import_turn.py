"""Importers take turns: the package's records are written by one process at a time, rechecked."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy.orm import Session

from dvk_desktop.errors import PackageError
from dvk_desktop.messages import _t
from dvk_desktop.progress import ProgressReporter
from dvk_desktop.services import audit, ledger
from dvk_desktop.services.exchange.verify import PackageCheck
from dvk_desktop.storage.locks import try_lock
from dvk_desktop.storage.serial import POLL_SECONDS, serialise
from dvk_desktop.storage.workspace import WorkspaceHandle

LOCK_FILE = ".dang-nhap.lock"
HOLDER_FILE = ".dang-nhap.json"


def _holder(root: Path) -> str:
    """Who holds the import turn, from the note the holder left (best effort)."""
    try:
        note = json.loads((root / HOLDER_FILE).read_text(encoding="utf-8"))
        return _t(
            "{user} (máy {host}, tiến trình {pid})",
            user=str(note["user"]),
            host=str(note["host"]),
            pid=note["pid"],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return _t("một phiên làm việc khác")


@contextlib.contextmanager
def import_turn(handle: WorkspaceHandle, reporter: ProgressReporter) -> Iterator[None]:
    """Hold the workspace's import turn while a package's records are written.

    SQLite: a lock file in the workspace folder, so a second importer waits here, as long as
    it takes, instead of timing out on the database's write lock. PostgreSQL: the transaction
    takes an advisory lock (``take_turn``), which works across PCs.
    """
    if handle.engine.dialect.name != "sqlite":
        yield
        return
    root = handle.paths.root
    file: IO[Any] | None
    try:
        file = open(root / LOCK_FILE, "a+b")  # noqa: SIM115 - held until the turn ends
    except OSError:
        file = None  # a read-only folder: nothing can be imported into it anyway
    try:
        if file is not None and not try_lock(file):
            reporter.report(0, 0, _waiting(_holder(root)))
            while not try_lock(file):
                time.sleep(POLL_SECONDS)
        if file is not None:
            note = {"user": audit.current_actor(), "host": socket.gethostname(), "pid": os.getpid()}
            with contextlib.suppress(OSError):
                (root / HOLDER_FILE).write_text(json.dumps(note, ensure_ascii=False), "utf-8")
        yield
    finally:
        if file is not None:
            file.close()  # releases the lock


def _waiting(who: str) -> str:
    return _t("Gói khác đang được nhập bởi {who}; đang chờ đến lượt…", who=who)


def take_turn(session: Session, reporter: ProgressReporter) -> None:
    """In the import transaction, first thing: wait for any other importer (PostgreSQL)."""
    serialise(
        session,
        "import",
        on_wait=lambda: reporter.report(0, 0, _waiting(_t("một phiên làm việc khác"))),
    )


def imported_meanwhile(session: Session, check: PackageCheck, recipient: str) -> bool:
    """Whether another process imported this package since it was verified.

    A newer package of the same sender imported meanwhile refuses this one, exactly as if the
    two imports had run one after the other.
    """
    if ledger.find_by_hash(session, check.package_sha256, "in") is not None:
        return True
    header = check.header
    last = ledger.last_imported(session, header["sender"]["unit_code"], recipient)
    if last is not None and header["sequence"] <= last.sequence:
        raise PackageError(
            _t(
                "gói số {sequence} cũ hơn gói số {last} đã nhập từ đơn vị "
                "này (có thể là gói cũ bị gửi lại)",
                sequence=header["sequence"],
                last=last.sequence,
            )
        )
    return False


MEANWHILE = _t("Gói này vừa được một phiên làm việc khác nhập xong (không nhập lại).")
