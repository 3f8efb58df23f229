"""Small disks, read-only media and pulled sticks, made for real where the machine allows."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real ``dvk`` command in a child process."""
    import sys

    return subprocess.run(
        [sys.executable, "-m", "dvk_desktop.cli.main", *args],
        capture_output=True, text=True, encoding="utf-8", check=False, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8", **(env or {})},
    )  # fmt: skip


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mount tmpfs disks of a given size (root only: skipped elsewhere)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    mounted: list[Path] = []

    def make(size: str) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                       check=True)  # fmt: skip
        mounted.append(folder)
        return folder

    yield make
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk holding ``folder`` until ``leave`` bytes are free."""
    import shutil

    free = shutil.disk_usage(folder).free - leave
    with open(folder / "ballast.bin", "wb") as fh:
        while free > 0:
            chunk = min(free, 1 << 20)
            try:
                fh.write(b"\0" * chunk)
                fh.flush()
            except OSError:
                break
            free -= chunk


def remount_read_only(folder: Path) -> None:
    """Make a mounted tmpfs read-only, like a USB stick with its lock switch on."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
