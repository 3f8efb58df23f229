"""The content-addressed evidence store: atomic, deduplicated, verifiable."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from dvk_desktop.errors import Cancelled, StorageError
from dvk_desktop.progress import CancelToken
from dvk_desktop.storage.evidence_store import EvidenceStore


def test_files_are_stored_under_their_hash_once(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    data = b"\xff\xd8photo" * 1000
    sha, size = store.add_stream(io.BytesIO(data))
    assert sha == hashlib.sha256(data).hexdigest()
    assert size == len(data)
    assert store.path_for(sha).read_bytes() == data
    assert store.add_stream(io.BytesIO(data)) == (sha, size)
    assert list(store.iter_hashes()) == [sha]
    assert store.verify(sha)


def test_a_wrong_expected_hash_leaves_nothing_behind(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    with pytest.raises(StorageError, match="không khớp"):
        store.add_stream(io.BytesIO(b"abc"), expected_sha256="0" * 64)
    assert list((tmp_path / "evidence").rglob("*")) == []


def test_cancel_leaves_no_partial_file(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        store.add_stream(io.BytesIO(b"x" * 10), cancel=token)
    assert list((tmp_path / "evidence").rglob("*")) == []


def test_a_damaged_file_fails_verification(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    sha, _ = store.add_stream(io.BytesIO(b"original"))
    store.path_for(sha).write_bytes(b"changed!")
    assert not store.verify(sha)


def test_hash_names_are_validated(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    with pytest.raises(StorageError):
        store.path_for("../../etc/passwd")
