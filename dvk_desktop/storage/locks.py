"""Advisory locks on open files that the system drops when their process dies (crash-proof)."""

from __future__ import annotations

import os
import sys
from typing import IO, Any

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock(file: IO[Any]) -> bool:
        """Lock ``file`` without waiting; False when another process holds it."""
        try:
            file.seek(0)
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def try_lock(file: IO[Any]) -> bool:
        """Lock ``file`` without waiting; False when another process holds it."""
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def is_abandoned(path: os.PathLike[str] | str) -> bool:
    """Whether nobody holds the lock on ``path``: its writer ended (or crashed) long ago.

    A file that cannot be opened is not claimed: it may belong to someone else.
    """
    try:
        with open(path, "rb+") as probe:
            return try_lock(probe)
    except OSError:
        return False
