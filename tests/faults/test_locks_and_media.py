"""A busy, read-only, unstamped or damaged workspace: clear messages, reads that never wait."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dvk_desktop.errors import StorageError
from dvk_desktop.services import models
from dvk_desktop.services.backup import backup_workspace, verify_backup
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.engine import current_revision, head_revision
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input
from tests.faults.conftest import REPO, cli, remount_read_only

HOLD_WRITE_LOCK = """
import sys, time
from pathlib import Path
from sqlalchemy import text
from dvk_desktop.storage.workspace import open_workspace
handle = open_workspace(Path(sys.argv[1]))
with handle.sessions() as session, session.begin():
    session.execute(text("INSERT INTO setting (key, value) VALUES ('import_running', '1')"))
    session.flush()
    print("holding", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def held(workspace: WorkspaceHandle) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """The workspace while another program (an import, say) holds its write lock."""
    root = workspace.paths.root
    models.create_model(workspace, complete_input(workspace))
    workspace.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(root)], cwd=REPO, text=True,
        stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield root, proc
    proc.kill()
    proc.wait()


def test_reading_commands_never_wait_for_a_writer(
    held: tuple[Path, subprocess.Popen[str]],
) -> None:
    root, _ = held
    for args in (("info",), ("models", "list", "--json"), ("db", "check")):
        start = time.monotonic()
        # A reader that waited for the lock would sit out the holder's whole minute.
        done = cli(*args, "-w", str(root),
                   env={"DVK_AUTO_BACKUP": "0", "DVK_BUSY_TIMEOUT_MS": "120000"})  # fmt: skip
        took = time.monotonic() - start
        assert done.returncode == 0, (args, done.stderr)
        assert took < 30, (args, took)  # was 12 s and "database is locked" for every command


def test_a_write_that_must_wait_says_who_holds_the_workspace(
    held: tuple[Path, subprocess.Popen[str]],
) -> None:
    root, holder = held
    done = cli("models", "status", "-w", str(root), "MH-2026-001", "dang_thuc_hien",
               env={"DVK_BUSY_TIMEOUT_MS": "300"})  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "đang được một chương trình khác ghi dữ liệu" in done.stderr
    assert f"tiến trình {holder.pid}" in done.stderr
    assert "Không có gì bị mất" in done.stderr
    assert "Lỗi không mong đợi" not in done.stderr and "BEGIN IMMEDIATE" not in done.stderr


@pytest.fixture
def locked_stick(tmp_path: Path) -> Iterator[Callable[[], Path]]:
    """A workspace on a USB stick whose write-protect switch is then turned on."""
    if os.geteuid() != 0:
        pytest.skip("mounting needs root")
    stick = tmp_path / "stick"
    stick.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(stick)], check=True)

    def lock() -> Path:
        remount_read_only(stick)
        return stick / "ws"

    yield lock
    subprocess.run(["umount", "-l", str(stick)], check=False)


def test_a_write_protected_workspace_opens_read_only_and_can_be_backed_up_elsewhere(
    locked_stick: Callable[[], Path], tmp_path: Path
) -> None:
    from tests.conftest import COMMUNE

    handle = init_workspace(tmp_path / "stick" / "ws", unit_code=COMMUNE)
    handle.close()
    root = locked_stick()
    listed = cli("models", "list", "-w", str(root), "--json")
    assert listed.returncode == 0, listed.stderr
    with open_workspace(root) as handle:
        assert handle.read_only
        target = backup_workspace(handle, tmp_path / "pc")
        assert verify_backup(target).unit_code == COMMUNE
    assert list((tmp_path / "pc").iterdir()) == [target]  # no staging folder left beside it
    refused = cli("models", "add", "-w", str(root), "--name", "Mô hình mới", "--year", "2026")
    assert refused.returncode == 2, refused.stderr
    assert "chỉ đọc" in refused.stderr or "khóa ghi" in refused.stderr
    assert "Lỗi không mong đợi" not in refused.stderr


def test_a_full_write_protected_stick_is_still_backed_up_elsewhere(
    locked_stick: Callable[[], Path], tmp_path: Path
) -> None:
    from tests.conftest import COMMUNE

    init_workspace(tmp_path / "stick" / "ws", unit_code=COMMUNE).close()
    free = shutil.disk_usage(tmp_path / "stick").free
    (tmp_path / "stick" / "anh-cu.bin").write_bytes(b"\0" * (free - 64 * 1024))  # full
    root = locked_stick()
    with open_workspace(root) as handle:
        assert handle.read_only
        # Was: "not enough space" on the stick, where nothing is written.
        target = backup_workspace(handle, tmp_path / "pc")
        assert verify_backup(target).unit_code == COMMUNE


def test_a_missing_revision_row_is_not_taken_for_an_empty_database(tmp_path: Path) -> None:
    handle = init_workspace(tmp_path / "ws", unit_code="00070")
    models_before = handle.paths.database
    handle.close()
    con = sqlite3.connect(models_before)
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    with open_workspace(tmp_path / "ws") as again:  # was "table audit_log already exists"
        assert current_revision(again.engine) == head_revision()
        assert again.info().unit_code == "00070"
    assert list((tmp_path / "ws" / "backups").glob("dvk.before-*.sqlite3"))


def test_an_unrecognisable_unstamped_database_is_refused_untouched(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    con = sqlite3.connect(root / "dvk.sqlite3")
    con.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, what TEXT)")
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.commit()
    con.close()
    before = _dump(root / "dvk.sqlite3")
    with pytest.raises(StorageError, match="không ghi phiên bản cấu trúc"):
        open_workspace(root)
    assert _dump(root / "dvk.sqlite3") == before  # no table created, nothing stamped


def _dump(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_a_damaged_page_names_the_newest_backup_that_really_exists(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    backup = backup_workspace(workspace, workspace.paths.backups)
    db = workspace.paths.database
    workspace.close()
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    with pytest.raises(StorageError) as info:
        open_workspace(db.parent)
    assert "bị hỏng" in info.value.message
    assert str(backup) in info.value.hint


def test_without_any_backup_the_damage_hint_says_so(tmp_path: Path) -> None:
    handle = init_workspace(tmp_path / "ws", unit_code="00070")
    db = handle.paths.database
    handle.close()
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    with pytest.raises(StorageError) as info:
        open_workspace(db.parent)
    assert "Chưa có bản sao lưu tự động nào" in info.value.hint


def test_a_damaged_store_file_is_reported_by_the_check(demo: WorkspaceHandle) -> None:
    stored = next(p for p in demo.paths.evidence.rglob("*") if p.is_file())
    stored.write_bytes(stored.read_bytes()[:-1] + b"!")
    done = cli("db", "check", "-w", str(demo.paths.root))
    assert done.returncode == 2
    assert "bị hỏng (không khớp mã băm)" in done.stderr and "của mô hình “" in done.stderr


def test_the_cli_backs_up_automatically_so_the_restore_hint_points_at_something(
    tmp_path: Path,
) -> None:
    root = tmp_path / "ws"
    assert cli("init", "-w", str(root), "--unit", "00070").returncode == 0
    made = list((root / "backups").glob("*.dvkbak"))
    assert len(made) == 1, "a command that wrote data made the day's backup"
    verify_backup(made[0])
    again = cli("db", "check", "-w", str(root))
    assert again.returncode == 0
    assert len(list((root / "backups").glob("*.dvkbak"))) == 1  # once a day, not every time
    shutil.rmtree(root / "backups")


@pytest.mark.sqlite_only("SQLite's single write lock, held by another process")
def test_an_import_while_another_program_writes_is_not_blamed_on_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dvk_desktop.domain.vocab import ImportOutcome
    from dvk_desktop.services.exchange import batch
    from tests.packaging.exchange import UPPER_PASS, build_exchange, export_plain

    ex = build_exchange(tmp_path / "ex")
    package = export_plain(ex, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(ex.upper_dir)], cwd=REPO, text=True,
        stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        monkeypatch.setattr("dvk_desktop.storage.engine.BUSY_TIMEOUT_MS", 300)
        with open_workspace(ex.upper_dir) as upper:
            (result,) = batch.import_files(upper, [package], passphrase=UPPER_PASS).results
    finally:
        holder.kill()
        holder.wait()
    assert result.outcome == ImportOutcome.REFUSED
    # Was: "gói có dữ liệu mà chương trình chưa kiểm tra được", and a sound package quarantined.
    assert "chương trình khác ghi dữ liệu" in result.reason, result.reason
    assert f"tiến trình {holder.pid}" in result.reason and "Không có gì bị mất" in result.reason
    assert not (ex.upper_dir / "quarantine").exists() or not any(
        (ex.upper_dir / "quarantine").iterdir()
    )
    with open_workspace(ex.upper_dir) as upper:  # once the other program is done, it imports
        (again,) = batch.import_files(upper, [package], passphrase=UPPER_PASS).results
    assert again.outcome == ImportOutcome.IMPORTED, again.reason
