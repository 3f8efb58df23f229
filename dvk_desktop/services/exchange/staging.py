"""Private scratch folders inside the workspace and the file helpers that fill them."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dvk_desktop.progress import CancelToken
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
