"""An import killed at any instant leaves either the whole package imported or none of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dvk_desktop.storage.engine import check_integrity
from dvk_desktop.storage.models import DvkModel, PackageLedger
from tests.packaging.exchange import (
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
)

IMPORTER = """
import sys
from pathlib import Path
from dvk_desktop.services import exchange
from dvk_desktop.storage.workspace import open_workspace
handle = open_workspace(Path(sys.argv[1]))
print("ready", flush=True)
exchange.import_package(handle, Path(sys.argv[2]), passphrase=sys.argv[3])
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    return build_exchange(tmp_path_factory.mktemp("exchange") / "ex")


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8])
def test_import_killed_midway_is_all_or_nothing(
    template: Exchange, tmp_path: Path, delay: float
) -> None:
    ex = copy_exchange(template, tmp_path / "ex")
    package = export_plain(ex)
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(ex.upper_dir), str(package), UPPER_PASS],
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)  # a power cut: no clean-up code runs
    proc.wait()
    check_integrity(ex.upper_dir / "dvk.sqlite3")
    with ex.upper() as upper, upper.sessions() as session:
        n_models = session.scalar(select(func.count()).select_from(DvkModel))
        n_ledger = session.scalar(select(func.count()).select_from(PackageLedger))
    assert (n_models, n_ledger) in ((0, 0), (3, 1))
    with ex.upper() as upper:  # whatever happened, importing again completes the job
        from dvk_desktop.services import exchange

        result = exchange.import_package(upper, package, passphrase=UPPER_PASS)
        assert result.status in ("imported", "already")
        with upper.sessions() as session:
            assert session.scalar(select(func.count()).select_from(DvkModel)) == 3
