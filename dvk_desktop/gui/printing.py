"""Printing registration forms from anywhere (the editor, Ctrl+P in the list) and opening them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from dvk_desktop.gui.files import open_file
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.storage.workspace import WorkspaceHandle

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def reports_dir(handle: WorkspaceHandle) -> Path:
    """Where printed reports are written (inside the workspace, so backups keep them).

    A write-protected workspace takes none: they go to the user's Documents folder ("DVK
    Desktop", then the workspace's folder name), where they are kept like any saved file;
    the temporary folder would keep documents about people on the computer unnoticed.
    """
    if handle.read_only:
        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home()) / "DVK Desktop" / handle.paths.root.name
    return handle.paths.root / "reports"


def form_file_name(codes: Sequence[str]) -> str:
    """The PDF's name: the model's code for one form ("phieu-dang-ky-MH-2026-001.pdf")."""
    if len(codes) == 1:
        return f"phieu-dang-ky-{_UNSAFE.sub('-', codes[0]).strip('-') or 'mo-hinh'}.pdf"
    return f"phieu-dang-ky-{len(codes)}-mo-hinh.pdf"


def print_forms(
    parent: QWidget,
    handle: WorkspaceHandle,
    uuids: Sequence[str],
    codes: Sequence[str],
    *,
    on_done: Callable[[Path], None] | None = None,
    open_when_done: bool = True,
) -> Operation:
    """Write the registration forms of ``uuids`` into one PDF in the background, then open it."""
    from dvk_desktop.services import reporting

    folder = reports_dir(handle)
    target = folder / form_file_name(codes)
    refs = list(uuids)

    def work(reporter: Any, cancel: Any) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        reporting.print_registration_forms(handle, refs, target, reporter=reporter, cancel=cancel)
        return target

    def done(path: Path) -> None:
        if on_done is not None:
            on_done(path)
        if open_when_done:
            open_file(parent, path)

    return run_in_background(
        parent,
        work,
        on_success=done,
        label=tr("Đang in phiếu đăng ký (%n mô hình)", None, len(refs)),
    )
