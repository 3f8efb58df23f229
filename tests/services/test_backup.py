"""Backup and restore of a whole workspace: verified, byte-identical, all-or-nothing."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from dvk_desktop.errors import StorageError
from dvk_desktop.services import models
from dvk_desktop.services.backup import backup_workspace, restore_workspace, verify_backup
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input

pytestmark = pytest.mark.sqlite_only(
    "backups copy the SQLite file; a shared PostgreSQL database is backed up by the "
    "server (pg_dump)"
)


def _evidence_digest(root: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (root / "evidence").rglob("*")
        if p.is_file()
    }


def test_backup_then_restore_gives_back_the_same_records_and_evidence(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    root = demo.paths.root
    names_before = {m["name"] for m in [models.get_model(demo, u) for u in _uuids(demo)]}
    evidence_before = _evidence_digest(root)
    backup = backup_workspace(demo, tmp_path / "usb")
    info = verify_backup(backup)
    assert info.unit_code == "20791"
    assert info.files == len(evidence_before) + 1

    models.create_model(demo, complete_input_for_demo(demo))
    demo.close()
    aside = restore_workspace(backup, root)
    assert aside is not None and aside.is_dir()

    handle = open_workspace(root)
    try:
        assert {models.get_model(handle, u)["name"] for u in _uuids(handle)} == names_before
    finally:
        handle.close()
    assert _evidence_digest(root) == evidence_before


def complete_input_for_demo(handle: WorkspaceHandle):  # type: ignore[no-untyped-def]
    return complete_input(handle, name="Mô hình thêm sau khi sao lưu thôn 9")


def _uuids(handle: WorkspaceHandle) -> list[str]:
    from sqlalchemy import select

    from dvk_desktop.storage.models import DvkModel

    with handle.sessions() as session:
        return list(session.scalars(select(DvkModel.uuid)))


def test_a_tampered_backup_is_refused_and_the_workspace_is_untouched(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    backup = backup_workspace(demo, tmp_path / "usb")
    tampered = tmp_path / "tampered.dvkbak"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("evidence/") and b"changed" not in data:
                data = data[:-10] + b"changed!!!"
            dst.writestr(item, data)
    root = demo.paths.root
    demo.close()  # closing folds the WAL into the file; compare from here on
    db_before = root.joinpath("dvk.sqlite3").read_bytes()
    with pytest.raises(StorageError, match="bị hỏng hoặc bị sửa"):
        restore_workspace(tampered, root)
    assert root.joinpath("dvk.sqlite3").read_bytes() == db_before
    assert not [p for p in root.parent.iterdir() if "restore" in p.name]


def test_a_truncated_backup_is_refused(demo: WorkspaceHandle, tmp_path: Path) -> None:
    backup = backup_workspace(demo, tmp_path / "usb")
    cut = tmp_path / "cut.dvkbak"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    with pytest.raises(StorageError, match="không phải bản sao lưu hợp lệ"):
        verify_backup(cut)


def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "photo.dvkbak"
    fake.write_bytes(b"\xff\xd8\xff not a zip")
    with pytest.raises(StorageError, match="không phải bản sao lưu hợp lệ"):
        verify_backup(fake)


def test_two_backups_in_the_same_second_are_both_kept(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    import datetime as dt

    moment = dt.datetime(2026, 5, 1, 8, 30, 0)
    first = backup_workspace(workspace, tmp_path / "usb", now=moment)
    second = backup_workspace(workspace, tmp_path / "usb", now=moment)
    assert first != second  # the crash harness found the second replacing the first
    assert verify_backup(first).files == verify_backup(second).files
