"""Where things live: the default workspace folder and the files inside a workspace."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "DVK Desktop"


def default_workspace_dir() -> Path:
    """The user's workspace: ``$DVK_WORKSPACE`` or the platform's per-user data folder."""
    env = os.environ.get("DVK_WORKSPACE")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "workspace"


def default_log_dir() -> Path:
    """Where the program writes its log when no workspace is open yet."""
    return Path(user_log_dir(APP_NAME, appauthor=False))


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
