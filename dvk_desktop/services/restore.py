"""Restoring a workspace from a backup: verified first, swapped in under a kill-proof journal."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services.backup import MANIFEST, verify_backup
from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.engine import check_integrity
from dvk_desktop.storage.evidence_store import CHUNK
from dvk_desktop.storage.faults import as_user_error, ensure_space
from dvk_desktop.storage.recovery import (
    RestorePlan,
    begin_swap,
    restore_staging_base,
    resume_restore,
    swap,
    sweep_workspace,
)
from dvk_desktop.storage.scratch import scratch_dir

# Kept from the workspace being replaced: its logs and its earlier automatic backups.
KEPT = ("logs", "backups")
_BINARY = getattr(os, "O_BINARY", 0)


def restore_workspace(
    backup: Path,
    root: Path,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> Path | None:
    """Replace the workspace at ``root`` with the content of ``backup``.

    Everything is verified and unpacked beside ``root`` first; only then is a journal written
    and the current workspace moved aside (kept as ``<root>.truoc-khoi-phuc-<time>``,
    returned) and the restored one renamed into place. A kill before the journal leaves
    ``root`` untouched (the unpacked copy is swept on the next open); a kill after it is
    finished by the next open, so the path never stays empty. The restored workspace says
    that its last backup is this one, which is true of the data it now holds.
    The caller must have closed the workspace.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    info = verify_backup(backup, cancel=cancel)
    root = root.resolve()
    try:
        root.parent.mkdir(parents=True, exist_ok=True)
        resume_restore(root)
        if root.is_dir():
            sweep_workspace(root)
        ensure_space(root.parent, info.total_bytes)
        base = restore_staging_base(root)
        with scratch_dir(base.parent, base.name) as staging:
            _unpack(backup, staging, reporter, cancel)
            check_integrity(WorkspacePaths(staging).database)
            _mark_restored(WorkspacePaths(staging).database, info.created_at, backup)
            cancel.check()
            for keep in KEPT:
                if (root / keep).is_dir():
                    shutil.copytree(root / keep, staging / keep, dirs_exist_ok=True)
            aside = None
            if root.exists():
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                aside = root.with_name(f"{root.name}.truoc-khoi-phuc-{stamp}")
            plan = RestorePlan(root, staging, aside)
            begin_swap(plan)  # from here on, an interrupted restore is finished on open
            swap(plan)
    except OSError as exc:
        raise as_user_error(exc, root=root.parent, destination=root.parent) or exc from exc
    reporter.report(info.files, info.files, _t("Đã khôi phục"))
    return aside


def _unpack(backup: Path, staging: Path, reporter: ProgressReporter, cancel: CancelToken) -> None:
    with zipfile.ZipFile(backup) as zf:
        names = [n for n in zf.namelist() if n != MANIFEST]
        for done, name in enumerate(names):
            cancel.check()
            reporter.report(done, len(names), name)
            out = staging.joinpath(*name.split("/"))
            out.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
            with zf.open(name) as src, os.fdopen(fd, "wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
                dst.flush()
                os.fsync(dst.fileno())
    for folder in sorted({p.parent for p in staging.rglob("*")}, reverse=True):
        fsync_dir(folder)  # the journal may only be written once every entry is durable


def _mark_restored(db_path: Path, created_at: str, backup: Path) -> None:
    """The restored data's last backup is the one it came from (not what it said back then)."""
    con = sqlite3.connect(db_path)
    try:
        with con:
            for key, value in (("last_backup_at", created_at), ("last_backup_path", str(backup))):
                con.execute("DELETE FROM setting WHERE key = ?", (key,))
                con.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (key, value))
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
