"""Temporaries of killed operations are swept on the next open; those of live ones never are."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dvk_desktop.services import models
from dvk_desktop.services.integrity import collect_unreferenced, unreferenced_files
from dvk_desktop.storage.scratch import scratch_dir
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input

REPO = Path(__file__).resolve().parents[2]


# What a process killed mid-export, mid-import and mid-attach leaves (before this version:
# 2.0 GB of unencrypted package zips after 100 killed exports, and decrypted package.zip).
LEAVE_LEFTOVERS = """
import os, sys
from pathlib import Path
from dvk_desktop.storage.scratch import locked_temp, scratch_dir
root = Path(sys.argv[1])
for sub in ("evidence", "backups"):
    (root / sub).mkdir(exist_ok=True)
held = [scratch_dir(root / ".staging", "pkg-") for _ in range(2)]  # kept: killed inside
export, imported = (cm.__enter__() for cm in held)
(export / "dvk-00070-gui-01-00001.dvkpkg").write_bytes(b"PK plaintext names and birth years")
(imported / "package.zip").write_bytes(b"PK decrypted package")
files = [locked_temp(root / "evidence", prefix=".incoming.", suffix=".tmp")[0],
         locked_temp(root / "backups", prefix=".dvk-00070.dvkbak.", suffix=".tmp")[0]]
for f in files:
    f.write(b"half written")
    f.flush()
print("left", flush=True)
os.kill(os.getpid(), 9)
"""


def test_the_next_open_sweeps_what_a_killed_process_left(workspace: WorkspaceHandle) -> None:
    root = workspace.paths.root
    workspace.close()
    subprocess.run([sys.executable, "-c", LEAVE_LEFTOVERS, str(root)], cwd=REPO, check=False,
                   env={**os.environ, "PYTHONPATH": str(REPO)})  # fmt: skip
    assert list((root / ".staging").rglob("*.dvkpkg"))  # the defect, as it was
    with open_workspace(root):
        pass
    assert not (root / ".staging").exists() or not any((root / ".staging").iterdir())
    assert not list((root / "evidence").glob(".incoming.*"))
    assert not [p for p in (root / "backups").iterdir() if p.name.endswith(".tmp")]


def test_the_sweep_never_touches_the_staging_of_a_live_operation(
    workspace: WorkspaceHandle,
) -> None:
    root = workspace.paths.root
    with scratch_dir(root / ".staging", "pkg-") as live:
        (live / "package.zip").write_bytes(b"in use")
        open_workspace(root).close()  # another program opens the workspace meanwhile
        assert (live / "package.zip").read_bytes() == b"in use"


# Another program opening the workspace, over and over: each open removes the empty staging
# folder (a CI run once refused a package with "lỗi nội bộ" when that fell between our mkdir
# and the lock file).
KEEP_SWEEPING = """
import sys, time
from pathlib import Path
from dvk_desktop.storage.recovery import sweep_workspace
root, end = Path(sys.argv[1]), time.monotonic() + float(sys.argv[2])
print("sweeping", flush=True)
while time.monotonic() < end:
    sweep_workspace(root)
"""


@pytest.mark.sqlite_only("staging folders are files: the kind of database does not matter")
def test_staging_survives_another_program_sweeping_at_the_same_time(
    workspace: WorkspaceHandle,
) -> None:
    root = workspace.paths.root
    sweeper = subprocess.Popen([sys.executable, "-c", KEEP_SWEEPING, str(root), "3"], cwd=REPO,
                               env={**os.environ, "PYTHONPATH": str(REPO)},
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert sweeper.stdout is not None and sweeper.stdout.readline().strip() == "sweeping"
    entered = 0
    while sweeper.poll() is None:
        with scratch_dir(root / ".staging", "pkg-") as folder:
            (folder / "package.zip").write_bytes(b"in use")
            entered += 1
    assert sweeper.returncode == 0 and entered > 50


@pytest.mark.sqlite_only(
    "on a shared database unreferenced store files are kept an hour: another PC may have stored"
    " them and not yet committed (services/integrity.py)"
)
def test_unreferenced_store_files_are_collected_by_repair(workspace: WorkspaceHandle) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    from dvk_desktop.services.evidence import add_evidence

    photo = workspace.paths.root.parent / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff kept")
    add_evidence(workspace, uuid, photo, caption="Giữ lại")
    with open(_file(photo.with_name("x"), b""), "rb") as empty:
        orphan_sha, _ = workspace.evidence.add_stream(empty)
    orphan, _ = workspace.evidence.add_file(_file(photo.parent / "mo-coi.jpg", b"orphan"))
    assert set(unreferenced_files(workspace)) == {orphan_sha, orphan}
    files, size = collect_unreferenced(workspace)
    assert files == 2 and size == len(b"orphan")
    assert unreferenced_files(workspace) == []
    assert len(list(workspace.evidence.iter_hashes())) == 1


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.sqlite_only(
    "on a shared database unreferenced store files are kept an hour: another PC may have stored"
    " them and not yet committed (services/integrity.py)"
)
def test_db_check_repair_reports_what_it_freed(workspace: WorkspaceHandle) -> None:
    root = workspace.paths.root
    workspace.evidence.add_file(_file(root.parent / "mo-coi.jpg", b"orphan bytes"))
    workspace.close()
    env = {**os.environ, "PYTHONPATH": str(REPO), "DVK_AUTO_BACKUP": "0"}
    checked = subprocess.run(
        [sys.executable, "-m", "dvk_desktop.cli.main", "db", "check", "-w", str(root)],
        capture_output=True, text=True, env=env, cwd=REPO,
    )  # fmt: skip
    assert "1 tệp không thuộc minh chứng nào" in checked.stdout
    assert "dvk db check --repair" in checked.stdout
    repaired = subprocess.run([sys.executable, "-m", "dvk_desktop.cli.main", "db", "check",
                               "--repair", "-w", str(root)], capture_output=True, text=True,
                              env=env, cwd=REPO)  # fmt: skip
    assert repaired.returncode == 0, repaired.stderr
    assert "Đã dọn 1 tệp không dùng" in repaired.stdout


def test_db_check_vouches_for_the_database_on_either_kind(workspace: WorkspaceHandle) -> None:
    """`dvk db check` on a shared PostgreSQL workspace used to stop with an unexpected error."""
    from dvk_desktop.services import models

    models.create_model(workspace, complete_input(workspace, name="Camera an ninh tổ 5"))
    root = workspace.paths.root
    workspace.close()
    env = {**os.environ, "PYTHONPATH": str(REPO), "DVK_AUTO_BACKUP": "0"}
    checked = subprocess.run(
        [sys.executable, "-m", "dvk_desktop.cli.main", "db", "check", "-w", str(root)],
        capture_output=True, text=True, env=env, cwd=REPO,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert "Vùng làm việc không có lỗi." in checked.stdout
    assert "Lỗi không mong đợi" not in checked.stdout + checked.stderr


# A backup (or export) to a stick killed mid-write: its hidden temporary, and for a read-only
# workspace the database copy it stages beside the backup, stay on the stick.
LEAVE_ON_STICK = """
import os, sys
from pathlib import Path
from dvk_desktop.storage.scratch import locked_temp, scratch_dir
stick = Path(sys.argv[1])
out = locked_temp(stick, prefix=".dvk-00070-20261203-000000.dvkbak.", suffix=".tmp")[0]
out.write(b"PK the whole database, phone numbers included")
out.flush()
staged = scratch_dir(stick / ".dvk-backup-staging", "backup-").__enter__()
(staged / "dvk.sqlite3").write_bytes(b"SQLite format 3 names and birth years")
print("left", flush=True)
os.kill(os.getpid(), 9)
"""


@pytest.mark.sqlite_only("backups of a PostgreSQL office are the server's tools")
def test_the_next_open_sweeps_what_a_killed_backup_left_on_a_stick(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    from dvk_desktop.services.backup import backup_workspace

    root, stick = workspace.paths.root, tmp_path / "usb"
    made = backup_workspace(workspace, stick)  # the stick this workspace writes to
    workspace.close()
    subprocess.run([sys.executable, "-c", LEAVE_ON_STICK, str(stick)], cwd=REPO, check=False,
                   env={**os.environ, "PYTHONPATH": str(REPO)})  # fmt: skip
    assert len(list(stick.iterdir())) == 3
    with open_workspace(root):
        pass  # the next open, before any other backup to that stick
    assert list(stick.iterdir()) == [made]
