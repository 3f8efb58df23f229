"""The main window's status bar (workspace, unit, last backup) and its overdue-backup banner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from dvk_desktop.config import APP_NAME
from dvk_desktop.gui.i18n import tr

if TYPE_CHECKING:
    from dvk_desktop.storage.workspace import WorkspaceHandle

BANNER_WARNING = (
    "background:#fff3cd;color:#664d03;border:1px solid #ffe69c;padding:6px;border-radius:3px;"
)
BANNER_DONE = (
    "background:#d1e7dd;color:#0a3622;border:1px solid #a3cfbb;padding:6px;border-radius:3px;"
)


STALE_AFTER = dt.timedelta(days=7)
DAILY = dt.timedelta(days=1)


def last_backup_time(settings: Mapping[str, str]) -> dt.datetime | None:
    """When the last verified backup was made (setting ``last_backup_at``), in UTC."""
    raw = settings.get("last_backup_at", "")
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def backup_age(settings: Mapping[str, str], now: dt.datetime | None = None) -> dt.timedelta | None:
    """How long ago the last backup was made (None: never)."""
    last = last_backup_time(settings)
    if last is None:
        return None
    return (now or dt.datetime.now(dt.UTC)) - last


def stale_warning(settings: Mapping[str, str]) -> str:
    """The banner text when backups are overdue (older than 7 days), else empty."""
    age = backup_age(settings)
    if age is None:
        return tr("Vùng làm việc này chưa được sao lưu lần nào.")
    if age > STALE_AFTER:
        return tr("Lần sao lưu gần nhất đã cách đây %n ngày.", None, age.days)
    return ""


def local_time_text(value: dt.datetime | None) -> str:
    """A time as HH:MM dd/mm/yyyy in local time."""
    return value.astimezone().strftime("%H:%M %d/%m/%Y") if value else ""


class StatusArea:
    """The three permanent labels of the status bar and the banner above the pages."""

    def __init__(self, window: QWidget, status_bar: QStatusBar, banner: QLabel) -> None:
        self.window = window
        self.banner = banner
        self.workspace_label = QLabel(window)
        self.unit_label = QLabel(window)
        self.backup_label = QLabel(window)
        # A long folder path must not widen the window past the screen (125 %, 150 %): its
        # label takes the room there is, and the whole path is in its tooltip.
        self.workspace_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        status_bar.addPermanentWidget(self.workspace_label, 1)
        for label in (self.unit_label, self.backup_label):
            status_bar.addPermanentWidget(label)

    def update(self, handle: WorkspaceHandle) -> None:
        """Workspace, unit and last backup in the status bar; the overdue-backup banner."""
        from dvk_desktop.services.workspace_setup import get_settings

        info = handle.info()
        self.show(
            handle.paths.root, info.unit_name, info.unit_code, info.role, get_settings(handle),
            read_only=handle.read_only,
        )  # fmt: skip

    def show(
        self,
        root: Path,
        unit_name: str,
        unit_code: str,
        role: str,
        settings: Mapping[str, str],
        *,
        read_only: bool = False,
    ) -> None:
        """What :meth:`update` shows, from plain values.

        Called with those read with the list's first page while the workspace opens, so the
        list does not move down when the banner comes with the workspace (a write-protected
        one then changes it to its own, in the same place).
        """
        from PySide6.QtCore import Qt

        from dvk_desktop.domain.vocab import WorkspaceRole
        from dvk_desktop.gui.labels import vocab

        # A long folder path would set the window's minimum width (915 points on the demo):
        # the middle of the path gives way, the tooltip has all of it.
        path = self.workspace_label.fontMetrics().elidedText(
            str(root), Qt.TextElideMode.ElideMiddle, 260
        )
        self.workspace_label.setText(tr("Vùng làm việc: %1").replace("%1", path))
        self.workspace_label.setToolTip(str(root))
        self.unit_label.setText(f"{unit_name} ({unit_code}) · {vocab(WorkspaceRole(role))}")
        last = last_backup_time(settings)
        self.backup_label.setText(
            tr("Sao lưu gần nhất: %1").replace("%1", local_time_text(last))
            if last
            else tr("Chưa sao lưu")
        )
        if read_only:
            self.show_read_only_banner()
        else:
            self.show_banner(stale_warning(settings), local_time_text(last))
        self.window.setWindowTitle(f"{unit_name} — {APP_NAME}")

    def show_banner(self, warning: str, last: str) -> None:
        """The overdue-backup banner; once shown, it keeps its place until the user moves on.

        The automatic backup runs about ten seconds after opening: hiding the banner then would
        move the whole page up under the pointer, so it says "backed up" in the same space
        and goes when the user hides it or changes page.
        """
        banner = self.banner
        if warning:
            link = tr("Sao lưu ngay")
            banner.setStyleSheet(BANNER_WARNING)
            banner.setText(f"⚠ {warning} <a href='backup'>{link}</a>")
            banner.setProperty("state", "warning")
            banner.setMinimumHeight(0)
            banner.show()
        elif banner.isVisible() and banner.property("state") == "warning":
            banner.setMinimumHeight(banner.height())
            banner.setStyleSheet(BANNER_DONE)
            hide = tr("Ẩn thông báo")
            done = tr("Đã sao lưu lúc %1.").replace("%1", last)
            banner.setText(f"✓ {done} <a href='hide'>{hide}</a>")
            banner.setProperty("state", "done")
        elif banner.property("state") != "done":
            banner.hide()

    def show_read_only_banner(self) -> None:
        """Say at once that nothing can be changed here, and where a backup can still go."""
        text = tr(
            "Vùng làm việc này chỉ đọc được (USB đang khóa ghi, hoặc thư mục không cho ghi): "
            "xem được, không sửa được, không tự động sao lưu."
        )
        link = tr("Sao lưu sang nơi khác")
        self.banner.setStyleSheet(BANNER_WARNING)
        self.banner.setText(f"⚠ {text} <a href='backup-to'>{link}</a>")
        self.banner.setProperty("state", "read-only")
        self.banner.setMinimumHeight(0)
        self.banner.show()

    def hide_done_banner(self) -> None:
        """Take away the "backed up" banner (the user hid it, or moved to another page)."""
        banner = self.banner
        if banner.property("state") == "done":
            banner.hide()
            banner.setMinimumHeight(0)
            banner.setProperty("state", "")
