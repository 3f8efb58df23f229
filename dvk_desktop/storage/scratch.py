"""Temporary files and folders that a later run can tell from live ones, and sweep when abandoned.

Every temporary thing holds an advisory lock while its writer lives (the system drops it when
the writer dies, even by SIGKILL or a power cut), so the next open deletes exactly the crash
leftovers (plaintext package zips among them) and never the work of a process still running.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from dvk_desktop.storage.locks import is_abandoned, try_lock

LOCK_SUFFIX = ".lock"
# Hidden temporaries of storage.atomic.AtomicFile and the evidence store.
TEMP_SUFFIXES = (".tmp", ".partial")


def locked_temp(folder: Path, *, prefix: str, suffix: str) -> tuple[BinaryIO, Path]:
    """A new temporary file in ``folder`` (made if missing), open for writing and locked."""
    for _ in range(20):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
        except (FileNotFoundError, FileExistsError):
            # Another program's open of the workspace removed the (then empty) folder between
            # the mkdir and the file, or while mkdir looked: make it again.
            continue
        file = cast(BinaryIO, os.fdopen(fd, "w+b"))
        if try_lock(file) and _same_file(file, Path(name)):
            return file, Path(name)
        file.close()  # a sweeper took it between creation and locking: make another
    raise OSError(f"cannot create a temporary file in {folder}")


def _same_file(file: BinaryIO, path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(file.fileno()).st_ino
    except OSError:
        return False


@contextlib.contextmanager
def scratch_dir(base: Path, prefix: str) -> Iterator[Path]:
    """A private folder under ``base`` (removed afterwards, or swept after a crash)."""
    lock, lock_path = locked_temp(base, prefix=prefix, suffix=LOCK_SUFFIX)
    folder = lock_path.with_suffix("")
    try:
        folder.mkdir(mode=0o700)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        lock.close()
        with contextlib.suppress(OSError):
            lock_path.unlink()


def sweep_scratch(base: Path, prefix: str = "") -> list[Path]:
    """Delete the folders under ``base`` whose owner is gone; return what was removed."""
    removed: list[Path] = []
    if not base.is_dir():
        return removed
    for item in sorted(base.iterdir()):
        if not item.name.startswith(prefix) or item.suffix == LOCK_SUFFIX:
            continue
        lock = item.with_name(item.name + LOCK_SUFFIX)
        # A live owner locks its lock file before it makes the folder; no lock file: abandoned.
        if lock.exists() and not is_abandoned(lock):
            continue
        if item.is_dir():
            shutil.rmtree(item, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                item.unlink()
        removed.append(item)
    for lock in sorted(base.glob(f"{prefix}*{LOCK_SUFFIX}")):
        if not lock.with_suffix("").exists() and is_abandoned(lock):
            with contextlib.suppress(OSError):
                lock.unlink()
    return removed


def sweep_temporaries(folder: Path, *, prefix: str = ".") -> list[Path]:
    """Delete abandoned hidden temporaries (``.name.<random>.tmp`` / ``.partial``) in ``folder``."""
    removed: list[Path] = []
    try:
        items = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return removed
    for item in items:
        if not (item.name.startswith(prefix) and item.name.endswith(TEMP_SUFFIXES)):
            continue
        if item.is_file() and is_abandoned(item):
            with contextlib.suppress(OSError):
                item.unlink()
                removed.append(item)
    return removed
