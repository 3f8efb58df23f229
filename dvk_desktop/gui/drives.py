"""USB sticks a package can be written to: the rule (plain Python) and the Qt volume list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dvk_desktop.domain.text import format_number

# Where Linux desktops (udisks, GNOME, KDE) and people by hand mount removable drives.
MOUNT_PARENTS = ("/media", "/run/media", "/mnt")
# Never offered, even when mounted under one of the parents above.
LINUX_SYSTEM_ROOTS = frozenset(
    {"/", "/boot", "/boot/efi", "/efi", "/home", "/opt", "/root", "/srv", "/tmp", "/usr", "/var"}
)
# Kernel and container file systems: mounted, writable, but not a drive to carry away.
PSEUDO_FILE_SYSTEMS = frozenset(
    {
        "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "debugfs", "devpts",
        "devtmpfs", "efivarfs", "fuse.gvfsd-fuse", "fuse.portal", "fuse.snapfuse", "fusectl",
        "hugetlbfs", "mqueue", "nsfs", "overlay", "proc", "pstore", "ramfs", "rpc_pipefs",
        "securityfs", "squashfs", "sysfs", "tmpfs", "tracefs",
    }
)  # fmt: skip
_DRIVE_ROOT = re.compile(r"[a-z]:")
_MB = 1024 * 1024
_GB = 1024 * _MB


@dataclass(frozen=True)
class Volume:
    """A mounted volume as the operating system reports it."""

    root: str  # mount point ("/media/an/KINGSTON") or drive root ("E:/")
    name: str = ""  # the volume label; empty when the stick has none
    is_ready: bool = True
    is_read_only: bool = False
    bytes_free: int = 0
    file_system_type: str = ""


def _key(root: str) -> str:
    """A root to compare: forward slashes, no trailing slash, Windows paths in lower case."""
    text = root.replace("\\", "/")
    text = text.rstrip("/") or "/"
    return text.lower() if re.match(r"[A-Za-z]:", text) else text


def _is_under(key: str, parents: tuple[str, ...]) -> bool:
    return any(key == p or key.startswith(p.rstrip("/") + "/") for p in map(_key, parents))


def removable_destinations(
    volumes: list[Volume],
    *,
    system_roots: set[str],
    mount_parents: tuple[str, ...] = MOUNT_PARENTS,
) -> list[Volume]:
    """The volumes worth offering as "write the package here", sorted by root.

    A volume qualifies when it is ready, writable, not a pseudo file system, not one of
    ``system_roots`` (the system drive, the volume holding the workspace…), and is either a
    Windows drive letter or a mount at or under one of ``mount_parents`` (Linux).
    """
    excluded = {_key(root) for root in system_roots}
    found = []
    for volume in volumes:
        key = _key(volume.root)
        if (
            not volume.is_ready
            or volume.is_read_only
            or volume.file_system_type.lower() in PSEUDO_FILE_SYSTEMS
            or key in excluded
        ):
            continue
        if _DRIVE_ROOT.fullmatch(key) or _is_under(key, mount_parents):
            found.append(volume)
    return sorted(found, key=lambda v: _key(v.root))


def free_space_text(size: int) -> str:
    """Free space the Vietnamese way: 850 MB below a gigabyte, else 3,5 GB."""
    if size < _GB:
        return f"{format_number(round(size / _MB))} MB"
    return f"{format_number(round(size / _GB, 1))} GB"


# ---------------------------------------------------------------- Qt adapter


def current_volumes() -> list[Volume]:
    """The mounted volumes, from QStorageInfo."""
    from PySide6.QtCore import QStorageInfo

    return [
        Volume(
            root=info.rootPath(),
            name=info.name(),
            is_ready=info.isReady(),
            is_read_only=info.isReadOnly(),
            bytes_free=max(0, info.bytesAvailable()),
            file_system_type=bytes(info.fileSystemType().data()).decode("utf-8", "replace"),
        )
        for info in QStorageInfo.mountedVolumes()
    ]


def system_roots(workspace: Path) -> set[str]:
    """Roots never offered: Linux system folders, the system drive, the workspace's volume."""
    from PySide6.QtCore import QStorageInfo

    roots = set(LINUX_SYSTEM_ROOTS)
    roots.add(QStorageInfo.root().rootPath())
    holding = QStorageInfo(str(workspace))
    if holding.isValid():
        roots.add(holding.rootPath())
    return roots


def usb_destinations(workspace: Path) -> list[Volume]:
    """The USB sticks (and other removable drives) plugged in now."""
    return removable_destinations(
        current_volumes(), system_roots=system_roots(workspace), mount_parents=MOUNT_PARENTS
    )
