"""The import's evidence fsyncs, run several at a time, still all happen, fail loudly and stop."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from dvk_desktop.errors import Cancelled
from dvk_desktop.progress import CancelToken
from dvk_desktop.services.exchange.staging import fsync_all


def _files(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        path = folder / f"photo-{i}.jpg"
        path.write_bytes(b"\xff\xd8" + bytes([i]) * 100)
        paths.append(path)
    return paths


def test_every_file_and_folder_is_synced_and_progress_reaches_the_end(tmp_path: Path) -> None:
    paths = _files(tmp_path, 20)
    seen: list[int] = []
    fsync_all(paths, CancelToken(), done=seen.append)
    assert seen == list(range(1, 21))
    fsync_all([tmp_path], CancelToken(), folders=True)
    assert [p.read_bytes()[2] for p in paths] == list(range(20))


def test_a_file_that_cannot_be_synced_fails_the_whole_step(tmp_path: Path) -> None:
    """A staged photo gone before its fsync must not let the import commit rows naming it."""
    paths = _files(tmp_path, 12)
    paths[7].unlink()
    with pytest.raises(FileNotFoundError):
        fsync_all(paths, CancelToken())


def test_cancel_stops_it_and_leaves_no_thread_behind(tmp_path: Path) -> None:
    paths = _files(tmp_path, 30)
    token = CancelToken()
    before = threading.active_count()
    with pytest.raises(Cancelled):
        fsync_all(paths, token, done=lambda n: token.cancel() if n == 3 else None)
    assert threading.active_count() == before
