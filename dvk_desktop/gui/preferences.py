"""Per-user preferences kept outside any workspace (which folder to open, last language)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from dvk_desktop.config import APP_NAME, settings_file


def _store() -> QSettings:
    portable = settings_file()  # a portable installation keeps its settings beside itself
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "dvk-desktop")


def workspace_dir() -> Path | None:
    """The folder chosen in Settings, if any."""
    value = _store().value("workspace_dir", "")
    return Path(str(value)) if value else None


def set_workspace_dir(path: Path) -> None:
    """Open ``path`` at the next start."""
    _store().setValue("workspace_dir", str(path))


def language() -> str:
    """The last interface language ("vi" or "en")."""
    value = str(_store().value("language", "vi"))
    return value if value in ("vi", "en") else "vi"


def set_language(code: str) -> None:
    """Remember the interface language for the next start."""
    _store().setValue("language", code)


def font_size() -> int:
    """The last font size in points."""
    try:
        return int(str(_store().value("font_size", "10")))
    except ValueError:
        return 10


def set_font_size(points: int) -> None:
    """Remember the font size."""
    _store().setValue("font_size", str(points))
