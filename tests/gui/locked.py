"""A workspace on a USB stick whose write-protect switch is on: a tmpfs remounted read-only."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.faults.conftest import remount_read_only


@contextmanager
def write_protected(tmp_path: Path, build: Callable[[Path], object]) -> Iterator[Path]:
    """``build(root)`` makes the workspace on the stick, then its switch is turned on."""
    if os.geteuid() != 0:
        pytest.skip("mounting needs root")
    stick = tmp_path / "stick"
    stick.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(stick)], check=True)
    try:
        build(stick / "ws")
        remount_read_only(stick)
        yield stick / "ws"
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)
