"""Disk, media and database failures as clear Vietnamese messages that say what was kept."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from dvk_desktop.errors import DvkError, StorageError
from dvk_desktop.messages import _t, joined

MB = 1024 * 1024
# What a database write may need beyond what it holds: the WAL grows by a transaction's pages.
DATABASE_HEADROOM = 16 * MB
NOTHING_LOST = _t(
    "Không có gì bị mất: dữ liệu đã lưu trước đó vẫn nguyên vẹn, thao tác này chưa được ghi."
)


class DiskFullError(StorageError):
    """The disk (or USB stick) ran out of space; the operation stopped and nothing was lost."""

    def __init__(self, folder: Path | None, needed: int | None = None) -> None:
        free = free_bytes(folder) if folder is not None else None
        where = _t(" chứa “{folder}”", folder=folder) if folder is not None else ""
        amounts = []
        if free is not None:
            amounts.append(_t("còn trống {free}", free=_mb(free)))
        if needed:
            more = _mb(max(needed - (free or 0), needed // 10, MB))
            amounts.append(_t("cần thêm khoảng {more}", more=more))
        detail = _t(" ({amounts})", amounts=joined(amounts, ", ")) if amounts else ""
        super().__init__(
            _t(
                "Ổ đĩa{where} đã đầy{detail}. {NOTHING_LOST}",
                where=where,
                detail=detail,
                NOTHING_LOST=NOTHING_LOST,
            ),
            hint=_t(
                "Hãy giải phóng dung lượng (xóa tệp không cần, chép ảnh sang ổ khác) "
                "hoặc chọn nơi lưu khác, rồi làm lại.",
            ),
        )
        self.folder = folder
        self.needed = needed
        self.free = free


class MediaRemovedError(StorageError):
    """The destination (a USB stick) disappeared while it was being written."""


class WorkspaceBusyError(StorageError):
    """Another program holds the workspace's write lock."""


class ReadOnlyError(StorageError):
    """The workspace or destination cannot be written (locked USB stick, read-only folder)."""


def _mb(size: int) -> str:
    from dvk_desktop.domain.text import format_number

    value = size / MB
    return f"{format_number(round(value, 1) if value < 10 else round(value))} MB"


def free_bytes(folder: Path) -> int | None:
    """Free space on the disk holding ``folder`` (or its nearest existing parent)."""
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def ensure_space(folder: Path, needed: int, *, margin: int = MB) -> None:
    """Refuse before writing anything when ``folder``'s disk cannot hold ``needed`` bytes."""
    free = free_bytes(folder)
    if free is not None and free < needed + margin:
        raise DiskFullError(folder, needed + margin)


def media_removed(folder: Path) -> MediaRemovedError:
    """The message for a destination that vanished mid-write."""
    return MediaRemovedError(
        _t(
            "Nơi lưu “{folder}” không còn nữa (USB đã bị rút ra hoặc bị ngắt) trong "
            "khi đang ghi. Tệp dở dang không được dùng; dữ liệu trong vùng làm việc "
            "không bị ảnh hưởng.",
            folder=folder,
        ),
        hint=_t("Hãy cắm lại USB rồi làm lại thao tác."),
    )


def read_only(folder: Path) -> ReadOnlyError:
    """The message for a folder that refuses writes."""
    return ReadOnlyError(
        _t(
            "Không ghi được vào “{folder}” (chỉ đọc, hoặc USB đang khóa ghi). {NOTHING_LOST}",
            folder=folder,
            NOTHING_LOST=NOTHING_LOST,
        ),
        hint=_t("Hãy mở khóa ghi của USB, cấp quyền ghi, hoặc chọn nơi khác."),
    )


def sqlite_error_name(exc: BaseException) -> str:
    """SQLite's error name (``SQLITE_FULL``…) of a sqlite3 or SQLAlchemy exception, or ''."""
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", "") or ""
        if name:
            return str(name)
        text = str(orig).lower()  # Python < 3.11 has no error names: read the message
        for needle, guess in (
            ("disk is full", "SQLITE_FULL"),
            ("database is locked", "SQLITE_BUSY"),
            ("readonly database", "SQLITE_READONLY"),
            ("malformed", "SQLITE_CORRUPT"),
            ("not a database", "SQLITE_NOTADB"),
            ("disk i/o error", "SQLITE_IOERR"),
            ("unable to open", "SQLITE_CANTOPEN"),
        ):
            if needle in text:
                return guess
    return ""


def is_damage(exc: BaseException) -> bool:
    """Whether a database error means the file itself is damaged (not full, locked or gone)."""
    name = sqlite_error_name(exc)
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def as_user_error(
    exc: BaseException, *, root: Path | None = None, destination: Path | None = None
) -> DvkError | None:
    """The clear message for a disk, media or database failure; None for anything else.

    ``root`` is the workspace (its disk is the one a database write filled; its holders are
    named when the database is busy); ``destination`` is where a file was being written.
    """
    if isinstance(exc, DvkError):
        return exc
    name = sqlite_error_name(exc)
    if name:
        folder = root
        if name.startswith("SQLITE_FULL"):
            size = 0
            if root is not None and (root / "dvk.sqlite3").is_file():
                size = (root / "dvk.sqlite3").stat().st_size // 10
            return DiskFullError(folder, max(DATABASE_HEADROOM, size))
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return busy_error(root)
        if name.startswith(("SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN")):
            if folder is not None and not folder.exists():
                return media_removed(folder)
            free = free_bytes(folder) if folder is not None else None
            full = _errno_of(exc) in (errno.ENOSPC, errno.EDQUOT)
            # A full disk is opened read-only (see storage.workspace): a write then fails
            # as "read-only", but what the user must hear is that the disk is full.
            if full or (free is not None and free < MB):
                return DiskFullError(folder, DATABASE_HEADROOM)
            if name.startswith("SQLITE_READONLY"):
                return read_only(folder or Path("."))
        return None
    if isinstance(exc, OSError):
        target = destination or root
        folder = _folder_of(exc, target)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(folder)
        # Permission refused is "read-only" only where something was being written.
        writing = destination is not None and exc.errno in (errno.EACCES, errno.EPERM)
        if exc.errno == errno.EROFS or (writing and folder):
            return read_only(folder or Path("."))
        if exc.errno in (errno.ENODEV, errno.ENXIO, errno.EIO, errno.ENOENT) and folder:
            gone = destination is not None and not destination.exists()
            if gone or exc.errno != errno.ENOENT:
                return media_removed(folder)
    return None


def _errno_of(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "errno", None)


def _folder_of(exc: OSError, fallback: Path | None) -> Path | None:
    if exc.filename:
        path = Path(os.fsdecode(exc.filename))
        return path if path.is_dir() else path.parent
    return fallback


def busy_error(root: Path | None) -> WorkspaceBusyError:
    """Who holds the workspace, when a write had to wait too long for it."""
    from dvk_desktop.storage.holders import describe_holders

    who = describe_holders(root) if root is not None else []
    holder = _t(" Đang mở bởi: {who}.", who="; ".join(who)) if who else ""
    return WorkspaceBusyError(
        _t(
            "Vùng làm việc đang được một chương trình khác ghi dữ liệu nên chưa ghi "
            "được thay đổi này.{holder} {NOTHING_LOST}",
            holder=holder,
            NOTHING_LOST=NOTHING_LOST,
        ),
        hint=_t(
            "Hãy đợi thao tác kia (nhập gói, sao lưu…) xong rồi làm lại; việc xem dữ "
            "liệu vẫn dùng được trong lúc chờ.",
        ),
        details=who,
    )
