"""Power cuts during every kind of write: each kill is followed by an open and a full check.

The default run kills each operation once at a random moment and several at chosen system
calls (about half a minute). ``DVK_CRASH_KILLS=300`` runs the long campaign instead (see
tests/crash/harness.py; the figures of the last long run are in docs/PERFORMANCE.md).
"""

from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path

import pytest

from tests.crash.harness import (
    REPO,
    SCRIPTS,
    STRACE,
    Fixtures,
    _command,
    campaign,
    check,
    run_case,
    summary,
)

LONG = int(os.environ.get("DVK_CRASH_KILLS", "0"))


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> Fixtures:
    return Fixtures(tmp_path_factory.mktemp("crash") / "fixtures")


@pytest.mark.parametrize("op", sorted(SCRIPTS))
def test_killed_at_a_random_moment_everything_acknowledged_survives(
    fixtures: Fixtures, tmp_path: Path, op: str
) -> None:
    rng = random.Random(f"random-{op}")
    outcome = run_case(fixtures.case(op, tmp_path / "case"), rng, syscall=None, window=1.2)
    assert outcome.problems == []


# The instants that matter most: the restore's folder swap, the backup's and the export's
# final rename, the first page SQLite writes in an import, an import's photos half moved from
# staging into the store (before its commit), a flush in the middle of an edit.
AT_SYSCALLS = [
    ("restore", "rename", 1),
    ("restore", "rename", 2),
    ("backup", "rename", 1),
    ("export", "rename", 1),
    ("export", "fsync", 2),
    ("import", "pwrite64", 3),
    ("import", "rename", 2),  # the first staged photo renamed into the store (1: the package)
    ("edit", "fdatasync", 3),
]


@pytest.mark.skipif(STRACE is None, reason="needs strace")
@pytest.mark.parametrize(("op", "syscall", "when"), AT_SYSCALLS)
def test_killed_at_a_write_system_call_everything_acknowledged_survives(
    fixtures: Fixtures, tmp_path: Path, op: str, syscall: str, when: int
) -> None:
    case = fixtures.case(op, tmp_path / "case")
    outcome = run_case(case, random.Random(0), syscall=syscall, when=when)
    assert outcome.killed, "the kill point was never reached: the operation changed"
    assert outcome.problems == []


@pytest.mark.skipif(STRACE is None, reason="needs strace")
def test_an_import_killed_while_storing_photos_is_cleaned_up_by_the_next_import(
    fixtures: Fixtures, tmp_path: Path
) -> None:
    """The store is walked for orphans only after an import that did not finish: its mark."""
    from dvk_desktop.services.integrity import unreferenced_files
    from dvk_desktop.storage import store_marks
    from dvk_desktop.storage.workspace import open_workspace

    case = fixtures.case("import", tmp_path / "case")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    killed = subprocess.run(_command(case, "rename", 3), capture_output=True, cwd=REPO, env=env)
    assert killed.returncode != 0
    assert len(store_marks.interrupted(case.ws)) == 1
    with open_workspace(case.ws) as handle:  # opening alone keeps the mark and the files
        assert unreferenced_files(handle)
    assert len(store_marks.interrupted(case.ws)) == 1
    assert check(case, []) == []  # imports again: stored files collected, the mark gone
    assert not list(case.ws.glob(f"{store_marks.PREFIX}*"))


@pytest.mark.skipif(not LONG, reason="long campaign: set DVK_CRASH_KILLS=300")
def test_long_campaign(tmp_path: Path) -> None:
    result = summary(campaign(tmp_path, LONG))
    print(result)
    assert result["kills"] >= LONG
    assert result["problems"] == []


def test_the_test_command_installs_strace_so_the_system_call_kills_are_not_skipped() -> None:
    # Without strace the kills at write system calls skip silently: a fresh CI machine has none.
    script = (Path(__file__).resolve().parents[2] / "scripts" / "run-tests.sh").read_text()
    install = next(line for line in script.splitlines() if "install_debian_packages" in line)
    assert " strace" in install
