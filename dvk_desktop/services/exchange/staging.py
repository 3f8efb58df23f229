"""Private scratch folders inside the workspace and the file helpers that fill them."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from dvk_desktop.progress import CancelToken
from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.recovery import STAGING
from dvk_desktop.storage.scratch import scratch_dir
from dvk_desktop.storage.workspace import WorkspaceHandle


@contextlib.contextmanager
def staging(handle: WorkspaceHandle) -> Iterator[Path]:
    """A private scratch folder inside the workspace (same disk: renames stay atomic).

    It is locked while in use: one left by a killed import (a decrypted package.zip, staged
    evidence) is deleted by the next open of the workspace (storage.scratch).
    """
    with scratch_dir(handle.paths.root / STAGING, "pkg-") as folder:
        yield folder


def stage_member(reader: Any, target: Path, cancel: CancelToken) -> tuple[str, int]:
    """Write a member to ``target`` and return its SHA-256 and size (fsynced later, together)."""
    digest = hashlib.sha256()
    size = 0
    with open(target, "wb") as out:
        for chunk in reader.chunks():
            cancel.check()
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def fsync_file(path: Path) -> None:
    """Make a written file's bytes durable."""
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


# fsyncs in flight at once. A journalling file system commits the fsyncs that wait together
# in one journal commit (group commit), so eight at a time cost about what one does; more
# threads gain nothing on one disk.
FSYNC_WORKERS = 8


def fsync_all(
    paths: Sequence[Path],
    cancel: CancelToken,
    *,
    folders: bool = False,
    done: Callable[[int], None] | None = None,
) -> None:
    """Make every file (or, with ``folders``, every folder's entries) durable; return when all are.

    Each path is still fsynced on its own, as one at a time would: only the waits overlap.
    Cancel is honoured between fsyncs; any error is raised once the started ones finish.
    """
    sync = fsync_dir if folders else fsync_file
    if len(paths) <= 1:
        for path in paths:
            cancel.check()
            sync(path)
        return
    with ThreadPoolExecutor(min(FSYNC_WORKERS, len(paths)), "dvk-fsync") as pool:
        futures = [pool.submit(sync, path) for path in paths]
        try:
            for count, future in enumerate(as_completed(futures), 1):
                future.result()
                cancel.check()
                if done is not None:
                    done(count)
        except BaseException:
            for future in futures:
                future.cancel()
            raise
