"""Crash-safe file writes: temporary name in the same folder, fsync, rename, fsync folder."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from dvk_desktop.storage.scratch import locked_temp


def fsync_dir(path: Path) -> None:
    """Flush a directory entry so a rename survives a power cut (no-op where unsupported)."""
    if os.name == "nt":  # Windows has no directory fsync; NTFS journals the rename itself.
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AtomicFile:
    """A temporary file in the target's folder that replaces the target only on ``commit()``.

    Use as a context manager: leaving the block without ``commit()`` (an error or a cancel)
    deletes the temporary file, so a half-written file never appears under the final name.
    The temporary file is locked while it is written: one left by a killed process is
    recognised and deleted by :func:`dvk_desktop.storage.scratch.sweep_temporaries`.
    """

    def __init__(self, target: Path | str, *, suffix: str = ".tmp") -> None:
        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.file: BinaryIO
        self.file, self.temp_path = locked_temp(
            self.target.parent, prefix=f".{self.target.name}.", suffix=suffix
        )
        self._done = False

    def commit(self) -> Path:
        """Flush, fsync and rename the temporary file over the target; return the target."""
        if self._done:
            raise RuntimeError("AtomicFile already committed or discarded")
        self.file.flush()
        os.fsync(self.file.fileno())
        if os.name == "nt":  # Windows renames only closed files
            self.file.close()
        # Elsewhere rename while still locked, so a sweeper never sees it unowned.
        os.replace(self.temp_path, self.target)
        self.file.close()
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


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a file that replaces ``target`` when the block ends without an exception."""
    with AtomicFile(target) as out:
        yield out.file
        out.commit()


def atomic_write_bytes(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically and durably; return the path."""
    with AtomicFile(target) as out:
        out.file.write(data)
        return out.commit()


def atomic_write_text(target: Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``target`` atomically."""
    return atomic_write_bytes(target, text.encode("utf-8"))
