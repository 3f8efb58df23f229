"""Reduced copies of large evidence photos for sending in packages; originals stay in the store."""

from __future__ import annotations

import io
from collections.abc import Collection
from pathlib import Path, PurePath
from typing import Any

from PIL import Image, ImageOps
from sqlalchemy import select

from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.storage.models import EvidenceDerivative, Setting, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle

SETTING_KEY = "downscale_photos"
MAX_EDGE = 1600
JPEG_QUALITY = 85
STAGE = "Thu nhỏ ảnh"
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})
# The media type comes from the file name, which can lie: Pillow must find one of these inside.
# MPO is how Pillow names the multi-picture JPEGs many cameras and phones write.
_PHOTO_FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP"})
# Whatever Pillow raises on a damaged, truncated, hostile or exotic file: such a file is sent
# as it is, exactly as before this feature existed, rather than failing the whole export.
_UNREADABLE = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    MemoryError,
    Image.DecompressionBombError,
)

Copy = tuple[str, int]
"""(sha256, size) of a file in the evidence store."""


def downscale_enabled(handle: WorkspaceHandle) -> bool:
    """Whether the workspace asks for photos to be reduced when sending (Settings page)."""
    with handle.sessions() as session:
        row = session.get(Setting, SETTING_KEY)
    return row is not None and row.value == "1"


def copy_for_sending(
    handle: WorkspaceHandle,
    sha256: str,
    media_type: str,
    *,
    max_edge: int = MAX_EDGE,
    acknowledged: Collection[str] = (),
) -> Copy | None:
    """The reduced JPEG copy to send instead of evidence ``sha256``, or None to send the original.

    A copy is made only for a JPEG, PNG or WebP photo whose long edge exceeds ``max_edge``, and
    used only when it is smaller than the original. The answer is remembered in the
    ``evidence_derivative`` table, so the work is done once per photo. ``acknowledged`` are the
    hashes the recipient already holds: their file need not be in the store any more.
    """
    with handle.sessions() as session:
        row = session.get(EvidenceDerivative, (sha256, max_edge))
    cached = (row.sha256, row.size) if row is not None else None
    return _copy(handle, sha256, media_type, max_edge, cached, acknowledged)


def reduce_photos_in_records(
    handle: WorkspaceHandle,
    records: dict[str, Any],
    acknowledged: Collection[str],
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Point the photo entries of a records snapshot at reduced copies; return how many changed.

    Does nothing unless the ``downscale_photos`` setting is on. A changed entry gets the copy's
    ``sha256`` and ``size``, ``media_type`` "image/jpeg", and ``original_sha256`` and
    ``original_size`` so the recipient knows it holds a reduced copy. The commune's own
    Evidence rows are not touched.
    """
    if not downscale_enabled(handle):
        return 0
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    photos = [
        e
        for e in records.get("evidence", [])
        # A recipient that already holds the full original gains nothing from a reduced copy.
        if e.get("media_type") in PHOTO_TYPES and e.get("sha256") not in acknowledged
    ]
    if not photos:
        return 0
    with handle.sessions() as session:
        cache: dict[str, Copy] = {
            r.original_sha256: (r.sha256, r.size)
            for r in session.scalars(
                select(EvidenceDerivative).where(EvidenceDerivative.max_edge == MAX_EDGE)
            )
        }
    changed = 0
    for done, entry in enumerate(photos):
        cancel.check()
        reporter.report(done, len(photos), STAGE)
        original = entry["sha256"]
        copy = _copy(
            handle, original, entry["media_type"], MAX_EDGE, cache.get(original), acknowledged
        )
        cache[original] = copy or (original, entry["size"])
        if copy is None:
            continue
        entry["original_sha256"], entry["original_size"] = original, entry["size"]
        entry["sha256"], entry["size"] = copy
        entry["media_type"] = "image/jpeg"
        # The copy is a JPEG whatever the original was: name it so the recipient's viewer agrees.
        name = PurePath(entry.get("original_name") or "anh")
        if name.suffix.lower() not in (".jpg", ".jpeg"):
            entry["original_name"] = name.with_suffix(".jpg").name
        changed += 1
    reporter.report(len(photos), len(photos), STAGE)
    return changed


def _copy(
    handle: WorkspaceHandle,
    sha256: str,
    media_type: str,
    max_edge: int,
    cached: Copy | None,
    acknowledged: Collection[str],
) -> Copy | None:
    if media_type not in PHOTO_TYPES:
        return None
    if cached is not None:
        if cached[0] == sha256:
            return None  # decided before: the original itself is sent
        # Derived files are regenerable, not precious: backups hold only the originals, so a
        # restored workspace has the row but not the file. Make it again unless not needed.
        if cached[0] in acknowledged or handle.evidence.has(cached[0]):
            return cached
    path = handle.evidence.path_for(sha256)
    if not path.is_file():
        return None  # not cached either: the export reports the missing original itself
    copy = _reduce(handle, path, max_edge)
    # Remember "send the original" too (as a row pointing at itself), so an unreadable or
    # already small photo is not decoded again on every export.
    _remember(handle, sha256, max_edge, copy or (sha256, path.stat().st_size))
    return copy


def _reduce(handle: WorkspaceHandle, path: Path, max_edge: int) -> Copy | None:
    """Write a JPEG of the photo at ``path`` with long edge ``max_edge`` to the store."""
    original_size = path.stat().st_size
    out = io.BytesIO()
    try:
        with Image.open(path) as img:
            if img.format not in _PHOTO_FORMATS:
                return None
            if img.format != "MPO" and getattr(img, "is_animated", False):
                return None  # an animation would lose all but its first frame
            if max(img.size) <= max_edge:
                return None
            # Shrink before turning upright: the box is square, so rotation does not change
            # the result, and a JPEG not yet loaded decodes straight at a reduced scale
            # (thumbnail's draft), several times faster than decoding every pixel first.
            img.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
            upright = ImageOps.exif_transpose(img)
            # No exif= or icc_profile= argument: the copy carries no metadata at all (no GPS
            # position, camera or time). That is fine because it is only a copy for sending:
            # the original, with all its metadata, stays with the commune, and the caption and
            # date travel in the records.
            _flatten(upright).save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    except _UNREADABLE:
        return None
    if out.tell() >= original_size:
        return None  # a well-compressed original is the better file to send
    out.seek(0)
    # The store writes to a temporary name, fsyncs and renames: a crash leaves no half copy.
    return handle.evidence.add_stream(out)


def _flatten(img: Image.Image) -> Image.Image:
    """RGB for JPEG; transparent parts of a PNG or WebP become white, not black."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img.convert("RGB")


def _remember(handle: WorkspaceHandle, original: str, max_edge: int, copy: Copy) -> None:
    # Written after the file is in the store, so a row never names a file never written.
    with handle.sessions() as session, session.begin():
        row = session.get(EvidenceDerivative, (original, max_edge))
        if row is None:
            row = EvidenceDerivative(original_sha256=original, max_edge=max_edge)
            session.add(row)
        row.sha256, row.size, row.created_at = copy[0], copy[1], utcnow()
