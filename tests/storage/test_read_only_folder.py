"""A data folder the user cannot write to gets a clear message and nothing is created."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvk_desktop.errors import StorageError
from dvk_desktop.services.workspace_setup import init_workspace


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder that refuses writes even to root: a read-only mount, like a locked USB stick."""
    folder = tmp_path / "usb"
    folder.mkdir()
    if os.geteuid() == 0:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], check=True
        )
        yield folder
        subprocess.run(["umount", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_read_only_data_folder_is_reported_and_nothing_is_written(read_only_folder: Path) -> None:
    with pytest.raises(StorageError) as info:
        init_workspace(read_only_folder, unit_code="00070")
    assert "Không ghi được vào thư mục dữ liệu" in info.value.message
    assert "chọn thư mục khác" in info.value.hint
    assert list(read_only_folder.iterdir()) == []
