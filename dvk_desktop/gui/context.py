"""Per-workspace folders the interface keeps beside the core's (drafts, thumbnail cache)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.storage.workspace import WorkspaceHandle


def drafts_dir(handle: WorkspaceHandle) -> Path:
    """Autosaved drafts of registration forms (JSON, one per model; "new.json" for a new one)."""
    return handle.paths.root / "drafts"


def thumbnails_dir(handle: WorkspaceHandle) -> Path:
    """Cached evidence thumbnails, named by the file's SHA-256 (safe to delete).

    A write-protected workspace keeps them in the temporary folder: photos still show.
    """
    if handle.read_only:
        return Path(tempfile.gettempdir()) / "dvk-anh-nho"
    return handle.paths.root / "cache" / "thumbnails"


def acting_role(handle: WorkspaceHandle, source_unit_code: str) -> WorkspaceRole:
    """The role this workspace acts in on a model, as ``models.apply_status`` decides it.

    An upper level working on a model it registered itself acts as its owner.
    """
    ws = handle.info()
    role = WorkspaceRole(ws.role)
    if role is WorkspaceRole.UPPER and source_unit_code == ws.unit_code:
        return WorkspaceRole.COMMUNE
    return role
