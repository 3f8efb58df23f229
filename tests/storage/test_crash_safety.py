"""A process killed at any moment leaves the last committed state intact (no half records)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.engine import check_integrity
from dvk_desktop.storage.models import DvkModel, ModelIndicator
from dvk_desktop.storage.workspace import open_workspace

WRITER = """
import sys
from pathlib import Path
from dvk_desktop.services import models
from dvk_desktop.storage.workspace import open_workspace
from tests.factories import complete_input
handle = open_workspace(Path(sys.argv[1]))
n = 0
while True:
    n += 1
    models.create_model(handle, complete_input(handle, name=f"Mô hình thắp sáng thôn số {n}"))
    print(n, flush=True)
"""

BACKUP = """
import sys
from pathlib import Path
from dvk_desktop.services.backup import backup_workspace
from dvk_desktop.storage.workspace import open_workspace
handle = open_workspace(Path(sys.argv[1]))
print("start", flush=True)
while True:
    backup_workspace(handle, Path(sys.argv[2]))
"""


def _seed(root: Path) -> None:
    from dvk_desktop.domain.vocab import OrgType
    from dvk_desktop.services import directory

    handle = init_workspace(root, unit_code="00070")
    with handle.sessions() as session, session.begin():
        directory.add_village(session, "Thôn 3")
        directory.add_organisation(session, "Đoàn Thanh niên", OrgType.YOUTH_UNION)
    handle.close()


def _spawn(script: str, *args: str) -> subprocess.Popen[str]:
    repo = Path(__file__).resolve().parents[2]
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )


def test_killing_a_writer_mid_transaction_keeps_every_committed_model_whole(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    _seed(root)
    proc = _spawn(WRITER, str(root))
    assert proc.stdout is not None
    committed = 0
    for line in proc.stdout:
        committed = int(line)
        if committed >= 15:
            break
    proc.send_signal(signal.SIGKILL)  # like a power cut: no clean-up code runs
    proc.wait()
    check_integrity(root / "dvk.sqlite3")
    handle = open_workspace(root)
    try:
        with handle.sessions() as session:
            n_models = session.scalar(select(func.count()).select_from(DvkModel)) or 0
            n_indicators = session.scalar(select(func.count()).select_from(ModelIndicator)) or 0
        # Every model the writer saw committed is there; a model in flight is all or nothing.
        assert n_models in (committed, committed + 1)
        assert n_indicators == n_models
    finally:
        handle.close()


def test_killing_a_backup_never_leaves_a_partial_backup_file(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    _seed(root)
    dest = tmp_path / "usb"
    dest.mkdir()
    proc = _spawn(BACKUP, str(root), str(dest))
    assert proc.stdout is not None
    proc.stdout.readline()
    time.sleep(0.6)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    from dvk_desktop.services.backup import verify_backup

    finished = list(dest.glob("*.dvkbak"))
    for backup in finished:  # every file with the final name is complete and verifies
        verify_backup(backup)
    leftovers = [p for p in dest.iterdir() if p.suffix == ".tmp"]
    assert all(p.name.startswith(".") for p in leftovers)  # only hidden temporaries remain
