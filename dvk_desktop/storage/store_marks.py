"""Marks held while an import fills the evidence store, so orphans are sought only after a crash."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.locks import is_abandoned
from dvk_desktop.storage.scratch import locked_temp

# Hidden, beside the database. Not a temporary of storage.scratch (".tmp"/".partial"), so the
# sweep on open leaves it: it must survive until an import has collected what it stands for.
PREFIX = ".dang-luu-minh-chung."
SUFFIX = ".mark"


@contextlib.contextmanager
def storing(root: Path) -> Iterator[None]:
    """Hold a mark while files are renamed into the store and until the records are committed.

    Walking the whole store after every import (to find what a killed one stored but never
    recorded) cost 0.1 s per import at 4,500 photos and grew with every package; with the
    mark, it happens only when an import did not finish. Ended normally: the mark goes.
    Ended by an exception or a crash: it stays, unlocked, for :func:`interrupted`.
    """
    file, path = locked_temp(root, prefix=PREFIX, suffix=SUFFIX)
    try:
        # On the disk before the first rename: after a power cut the store may hold files the
        # database never recorded, and only a mark that lasted says so.
        os.fsync(file.fileno())
        fsync_dir(root)
        yield
    except BaseException:
        file.close()  # the lock goes, the mark stays
        raise
    file.close()
    with contextlib.suppress(OSError):
        path.unlink()


def interrupted(root: Path) -> list[Path]:
    """Marks of imports that ended before their commit (killed, failed): their writer is gone."""
    try:
        found = sorted(root.glob(f"{PREFIX}*{SUFFIX}"))
    except OSError:
        return []
    return [mark for mark in found if is_abandoned(mark)]


def clear(marks: list[Path]) -> None:
    """Forget marks whose leftovers were collected."""
    for mark in marks:
        with contextlib.suppress(OSError):
            mark.unlink()
