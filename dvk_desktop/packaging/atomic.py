"""Atomic file writes: a temporary file beside the target, fsynced, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO


def fsync_dir(directory: Path) -> None:
    """Flush a directory entry to disk so a rename survives a power cut (no-op on Windows)."""
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals renames.
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AtomicFile:
    """A temporary file in the target's folder that replaces the target only on ``commit()``.

    Use as a context manager: leaving the block without ``commit()`` (an error or a cancel)
    deletes the temporary file, so a half-written file never appears under the final name.
    """

    def __init__(self, target: Path | str, *, suffix: str = ".tmp") -> None:
        self.target = Path(target)
        fd, name = tempfile.mkstemp(
            prefix=f".{self.target.name}.", suffix=suffix, dir=self.target.parent
        )
        self.temp_path = Path(name)
        self.file: BinaryIO = os.fdopen(fd, "w+b")
        self._done = False

    def commit(self) -> Path:
        """Flush, fsync and rename the temporary file over the target; return the target."""
        if self._done:
            raise RuntimeError("AtomicFile already committed or discarded")
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.temp_path, self.target)
        self._done = True
        fsync_dir(self.target.parent)
        return self.target

    def discard(self) -> None:
        """Close and delete the temporary file; safe to call more than once."""
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(FileNotFoundError):
            self.temp_path.unlink()

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and durably; return the path."""
    with AtomicFile(path) as out:
        out.file.write(data)
        return out.commit()
