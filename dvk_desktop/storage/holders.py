"""Who has a workspace open: a locked note per process, so a busy workspace names its holder."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from dvk_desktop.storage.locks import is_abandoned, try_lock

FOLDER = ".dang-mo"


def _program() -> str:
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    if name in ("-c", "-m", "__main__.py", "main.py"):
        name = "dvk"
    words = [a for a in sys.argv[1:3] if a and not a.startswith("-") and "/" not in a]
    # Only sub-command words: arguments may hold personal data and must not reach a file.
    words = [w for w in words if w.isascii() and w.replace("-", "").isalpha()]
    return " ".join([name.removesuffix(".exe"), *words])


class HolderNote:
    """This process's note in ``root/.dang-mo``; the lock on it lasts as long as the process."""

    def __init__(self, root: Path) -> None:
        self.path: Path | None = None
        self._file: IO[Any] | None = None
        folder = root / FOLDER
        try:
            folder.mkdir(exist_ok=True)
            path = folder / f"{socket.gethostname()}-{os.getpid()}-{id(self):x}.json"
            file = open(path, "w+", encoding="utf-8")  # noqa: SIM115 - held until close()
        except OSError:
            return  # a read-only or full folder: nobody can write there to be blocked anyway
        if not try_lock(file):
            file.close()
            return
        note = {
            "program": _program(),
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        with contextlib.suppress(OSError):
            file.write(json.dumps(note, ensure_ascii=False))
            file.flush()
        self.path, self._file = path, file

    def close(self) -> None:
        """Remove the note (a crashed process leaves it unlocked: readers drop it)."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.path = None


def describe_holders(root: Path, *, exclude: Path | None = None) -> list[str]:
    """One Vietnamese line per live process that has ``root`` open; stale notes are removed."""
    folder = root / FOLDER
    lines = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if exclude is not None and path == exclude:
            continue
        if is_abandoned(path):
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        try:
            note = json.loads(path.read_text(encoding="utf-8"))
            since = dt.datetime.fromisoformat(note["since"]).strftime("%H:%M %d/%m/%Y")
            lines.append(
                f"{note['program']} (tiến trình {note['pid']} trên máy {note['host']}, "
                f"mở từ {since})"
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return lines
