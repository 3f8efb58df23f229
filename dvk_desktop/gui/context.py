"""Per-workspace folders the interface keeps beside the core's (drafts, thumbnail cache)."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from pathlib import Path

from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.storage.workspace import WorkspaceHandle


def drafts_dir(handle: WorkspaceHandle) -> Path:
    """Autosaved drafts of registration forms (JSON, one per model; "new.json" for a new one)."""
    return handle.paths.root / "drafts"


# Copies of evidence opened in another program, and the thumbnails of a write-protected
# workspace: in the temporary folder while they are in use, swept at the next start.
VIEWING_COPIES = ("dvk-xem", "dvk-anh-nho")
VIEWING_COPIES_KEPT_S = 12 * 3600  # a viewer opened this morning may still show its copy


def thumbnails_dir(handle: WorkspaceHandle) -> Path:
    """Cached evidence thumbnails, named by the file's SHA-256 (safe to delete).

    A write-protected workspace keeps them in the temporary folder: photos still show.
    """
    if handle.read_only:
        return Path(tempfile.gettempdir()) / VIEWING_COPIES[1]
    return handle.paths.root / "cache" / "thumbnails"


def sweep_viewing_copies(now: float | None = None) -> int:
    """Delete viewing copies and temporary thumbnails older than 12 hours; how many went.

    They are photos and documents of people: none may stay on the computer for good.
    """
    cutoff = (time.time() if now is None else now) - VIEWING_COPIES_KEPT_S
    removed = 0
    for name in VIEWING_COPIES:
        top = Path(tempfile.gettempdir()) / name
        if not top.is_dir():
            continue
        for folder, _dirs, files in os.walk(top, topdown=False):
            for file in files:
                path = Path(folder) / file
                try:
                    if path.lstat().st_mtime < cutoff:
                        path.unlink()
                        removed += 1
                except OSError as exc:  # open in a viewer (Windows), or already gone
                    logging.getLogger("dvk.gui").info("viewing copy kept: %s (%s)", path, exc)
            if Path(folder) != top:
                with contextlib.suppress(OSError):
                    Path(folder).rmdir()  # only when empty
    return removed


def acting_role(handle: WorkspaceHandle, source_unit_code: str) -> WorkspaceRole:
    """The role this workspace acts in on a model, as ``models.apply_status`` decides it.

    An upper level working on a model it registered itself acts as its owner.
    """
    ws = handle.info()
    role = WorkspaceRole(ws.role)
    if role is WorkspaceRole.UPPER and source_unit_code == ws.unit_code:
        return WorkspaceRole.COMMUNE
    return role
