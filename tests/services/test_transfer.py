"""Moving to a new computer: everything in one verified file; every hash checked before a swap."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from dvk_desktop.errors import StorageError
from dvk_desktop.packaging import keys
from dvk_desktop.services import transfer, workspace_keys
from dvk_desktop.services.backup import MANIFEST as BACKUP_MANIFEST
from dvk_desktop.services.workspace_setup import get_settings
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.packaging.exchange import state_of

pytestmark = pytest.mark.sqlite_only(
    "transfer copies the SQLite file to a new PC; a PostgreSQL workspace needs no transfer"
)

PASSPHRASE = "mật khẩu khóa ký của xã 2026"


def _names(handle: WorkspaceHandle) -> list[str]:
    with handle.sessions() as session:
        return sorted(session.scalars(select(DvkModel.name)))


def _tree(root: Path) -> dict[str, str]:
    """Hashes of every file that must travel (logs, caches and automatic backups do not)."""
    skip = ("logs", "backups", "cache")  # and the database, its WAL, the "open by" notes
    found = {}
    for p in sorted(root.rglob("*")):
        parts = p.relative_to(root).parts
        if p.is_file() and parts[0] not in skip and not parts[0].startswith((".", "dvk.sqlite3")):
            found[p.relative_to(root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return found


@pytest.fixture
def old_pc(demo: WorkspaceHandle) -> WorkspaceHandle:
    """The demo workspace with a key, a printed report, a sent package and a refused one."""
    root = demo.paths.root
    workspace_keys.create_key(demo, PASSPHRASE)
    (root / "reports").mkdir()
    (root / "reports" / "báo cáo 6 tháng.pdf").write_bytes(b"%PDF-1.4 bao cao")
    (root / "outbox").mkdir()
    (root / "outbox" / "dvk-20791-gui-48-00001.dvkpkg").write_bytes(b"PK\x03\x04 goi")
    (root / "quarantine" / "20260101-goi-hong").mkdir(parents=True)
    (root / "quarantine" / "20260101-goi-hong" / "bao-cao.txt").write_text(
        "Gói bị từ chối", encoding="utf-8"
    )
    return demo


def test_the_whole_workspace_arrives_on_the_new_computer(old_pc, tmp_path):
    root = old_pc.paths.root
    expected = _tree(root)
    names = _names(old_pc)
    moved = transfer.export_transfer(
        old_pc, tmp_path / "usb", preferences={"language": "en", "font_size": "12"}
    )
    assert moved.suffix == transfer.SUFFIX
    old_pc.close()

    new_root = tmp_path / "may-moi" / "workspace"
    info, aside = transfer.restore_transfer(moved, new_root)
    assert aside is None  # nothing was there
    assert info.unit_code == "20791" and info.preferences == {"language": "en", "font_size": "12"}
    assert _tree(new_root) == expected  # evidence, keys, reports, outbox, quarantine
    with open_workspace(new_root) as handle:
        assert _names(handle) == names
        key = keys.unlock(workspace_keys.key_file(handle), PASSPHRASE)  # still encrypted
        assert key.info.fingerprint == workspace_keys.public_info(handle).fingerprint


def test_restoring_over_a_workspace_keeps_the_old_one_beside_it(old_pc, tmp_path, workspace):
    moved = transfer.export_transfer(old_pc, tmp_path / "usb")
    target = workspace.paths.root
    workspace.close()
    (target / "logs").mkdir(exist_ok=True)
    (target / "logs" / "dvk.log").write_text("nhật ký của máy này", encoding="utf-8")
    info, aside = transfer.restore_transfer(moved, target)
    assert aside is not None and (aside / "dvk.sqlite3").is_file()
    assert (target / "logs" / "dvk.log").read_text(encoding="utf-8") == "nhật ký của máy này"
    with open_workspace(target) as handle:
        assert handle.info().unit_code == info.unit_code == "20791"


def _rewrite(path: Path, out: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    change(members)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _flip_evidence_byte(members: dict[str, bytes]) -> None:
    """Change one evidence file inside the inner backup, and fix the outer hash to match."""
    import io

    inner = io.BytesIO(members[transfer.BACKUP_MEMBER])
    with zipfile.ZipFile(inner) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    name = next(n for n in parts if n.startswith("evidence/"))
    parts[name] = bytes([parts[name][0] ^ 1]) + parts[name][1:]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    members[transfer.BACKUP_MEMBER] = out.getvalue()
    manifest = json.loads(members[transfer.MANIFEST])
    manifest["files"][transfer.BACKUP_MEMBER] = {
        "sha256": hashlib.sha256(out.getvalue()).hexdigest(),
        "size": len(out.getvalue()),
    }
    members[transfer.MANIFEST] = json.dumps(manifest).encode()


def _flip_extra_byte(members: dict[str, bytes]) -> None:
    name = next(n for n in members if n.startswith("quarantine/"))
    members[name] = members[name][:-1] + b"!"


def _add_member(members: dict[str, bytes]) -> None:
    members["reports/../../thoat-ra-ngoai.txt"] = b"x"


def _traversal_in_manifest(members: dict[str, bytes]) -> None:
    manifest = json.loads(members[transfer.MANIFEST])
    body = b"ghi de"
    manifest["files"]["../../ghi-de.txt"] = {
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
    }
    members["../../ghi-de.txt"] = body
    members[transfer.MANIFEST] = json.dumps(manifest).encode()


def _truncate(members: dict[str, bytes]) -> None:
    members[transfer.BACKUP_MEMBER] = members[transfer.BACKUP_MEMBER][:-100]


@pytest.mark.parametrize(
    "change",
    [_flip_evidence_byte, _flip_extra_byte, _add_member, _traversal_in_manifest, _truncate],
    ids=["evidence-changed", "refused-report-changed", "extra-member", "path-escape", "truncated"],
)
def test_a_damaged_file_is_refused_before_anything_is_replaced(old_pc, tmp_path, workspace, change):
    moved = transfer.export_transfer(old_pc, tmp_path / "usb")
    bad = _rewrite(moved, tmp_path / "hong.dvkmove", change)
    target = workspace.paths.root
    workspace.close()
    before = state_of(target)
    beside = sorted(p.name for p in target.parent.iterdir())
    with pytest.raises(StorageError) as caught:
        transfer.restore_transfer(bad, target)
    assert "không phải tệp chuyển máy hợp lệ" in caught.value.message or (
        "bản sao lưu hợp lệ" in caught.value.message
    )
    assert state_of(target) == before
    assert sorted(p.name for p in target.parent.iterdir()) == beside  # no staging left behind
    assert not (tmp_path / "ghi-de.txt").exists()


def test_a_postgresql_office_is_told_to_use_the_servers_tools(tmp_path, monkeypatch, old_pc):
    monkeypatch.setattr(old_pc.engine.dialect, "name", "postgresql")
    with pytest.raises(StorageError) as caught:
        transfer.export_transfer(old_pc, tmp_path / "usb")
    assert "pg_dump" in caught.value.message
    assert not list((tmp_path / "usb").glob("*")) if (tmp_path / "usb").exists() else True


def test_the_restored_workspace_names_the_backup_it_came_in_as_its_latest(old_pc, tmp_path):
    moved = transfer.export_transfer(old_pc, tmp_path / "usb")
    new_root = tmp_path / "may-moi"
    transfer.restore_transfer(moved, new_root)
    with open_workspace(new_root) as handle:
        settings = get_settings(handle)
    latest = Path(settings["last_backup_path"])
    assert latest.parent == new_root.resolve() / "backups" and latest.is_file()


def test_the_inner_backup_is_a_real_one(old_pc, tmp_path):
    moved = transfer.export_transfer(old_pc, tmp_path / "usb")
    with zipfile.ZipFile(moved) as zf, zipfile.ZipFile(zf.open(transfer.BACKUP_MEMBER)) as inner:
        assert BACKUP_MANIFEST in inner.namelist()
        assert any(n.startswith("keys/") for n in inner.namelist())
    assert list(old_pc.paths.backups.glob("*.dvkbak"))  # and it counts as the latest backup
