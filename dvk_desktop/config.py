"""Where things live: the default workspace folder, portable mode, the files inside a workspace."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "DVK Desktop"
# An (empty) file of this name beside the executable makes the installation portable: data,
# logs and settings live in PORTABLE_DATA beside it (a USB stick carried between PCs).
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"


def app_dir() -> Path | None:
    """The folder of the bundled executables; None when running from source or a wheel."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_dir() -> Path | None:
    """The portable installation's data folder, if the marker file is beside the executable."""
    folder = app_dir()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_DATA


def default_workspace_dir() -> Path:
    """The workspace: ``$DVK_WORKSPACE``, the portable folder, or the per-user data folder."""
    env = os.environ.get("DVK_WORKSPACE")
    if env:
        return Path(env).expanduser()
    portable = portable_dir()
    if portable is not None:
        return portable / "workspace"
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "workspace"


def default_log_dir() -> Path:
    """Where the program writes its log when no workspace is open yet."""
    portable = portable_dir()
    if portable is not None:
        return portable / "logs"
    return Path(user_log_dir(APP_NAME, appauthor=False))


def settings_file() -> Path | None:
    """The portable installation's settings file; None: the platform's usual place."""
    portable = portable_dir()
    return None if portable is None else portable / "dvk-desktop.ini"


@dataclass(frozen=True)
class WorkspacePaths:
    """The fixed layout of a workspace folder."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite database."""
        return self.root / "dvk.sqlite3"

    @property
    def evidence(self) -> Path:
        """The content-addressed evidence store."""
        return self.root / "evidence"

    @property
    def backups(self) -> Path:
        """Automatic backups (before migrations, daily, on exit)."""
        return self.root / "backups"

    @property
    def keys(self) -> Path:
        """The workspace's encrypted private key and public key files."""
        return self.root / "keys"

    @property
    def quarantine(self) -> Path:
        """Refused packages with their reports."""
        return self.root / "quarantine"

    @property
    def outbox(self) -> Path:
        """Packages this workspace has exported."""
        return self.root / "outbox"

    @property
    def logs(self) -> Path:
        """The program's log files for this workspace."""
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        """The main log file (tracebacks of unexpected errors go here)."""
        return self.logs / "dvk.log"
