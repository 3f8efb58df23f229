"""Locating bundled resources (fonts, templates, translations) from source, wheel or frozen app."""

from __future__ import annotations

import sys
from pathlib import Path

from dvk_desktop.errors import StorageError
from dvk_desktop.messages import _t


def resources_root() -> Path:
    """The folder holding ``resources/``: the PyInstaller bundle, or the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "dvk-desktop" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise StorageError(
        _t(
            "Không tìm thấy thư mục tài nguyên của chương trình (phông chữ, biểu mẫu).",
        ),
        hint=_t("Hãy cài đặt lại DVK Desktop."),
    )


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "X.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise StorageError(
            _t("Thiếu tệp tài nguyên “{join}”.", join="/".join(parts)),
            hint=_t("Hãy cài đặt lại DVK Desktop."),
        )
    return path
