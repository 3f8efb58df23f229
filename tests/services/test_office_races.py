"""Two clerks on two PCs at once: two real ``dvk`` processes end as if one had run after the other.

Each child loads the program, says it is ready and waits for a "go" file, so both act together;
every outcome is what a serial run gives, the loser is told why (exit code 2, a message, never
a traceback), nothing deadlocks, and the audit log names the clerk who did it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from dvk_desktop.domain.office import Role
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import Status
from dvk_desktop.services import access, audit, review
from dvk_desktop.services.decisions import list_decisions
from dvk_desktop.services.models import get_row
from dvk_desktop.storage.models import AuditEntry, ChangeRequest, DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.reports.bulk import insert_models

FIRST = "10000000-0000-4000-8000-000001000000"
SECOND = "10000000-0000-4000-8000-000001000001"
PASSWORD = "Mật khẩu văn phòng 2026"
REQUEST = "c0000000-0000-4000-8000-000000000001"
# A child: load everything, say "ready", wait for "go", then run the dvk command it was given.
CHILD = """
import os, sys, time
from pathlib import Path
from dvk_desktop.cli.main import main
import dvk_desktop.cli.appraisal_cmd, dvk_desktop.cli.changes_cmd, dvk_desktop.cli.review_cmd
import dvk_desktop.services.change_requests, dvk_desktop.services.decisions
go = Path(sys.argv[1])
Path(f"{go}.{os.environ['DVK_USER']}").touch()
deadline = time.monotonic() + 30
while not go.exists() and time.monotonic() < deadline:
    time.sleep(0.002)
sys.exit(main(sys.argv[2:]))
"""
# The save with the version its form read (what the GUI sends), in a process of its own.
SAVE_SEEN = """
import sys, time
from pathlib import Path
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.errors import DvkError
from dvk_desktop.services import access, review
from dvk_desktop.storage.workspace import open_workspace
root, model, password, seen, go = sys.argv[1:]
with open_workspace(Path(root)) as handle:
    access.sign_in(handle, "lan", password)
    print("ready", flush=True)
    while not Path(go).exists():
        time.sleep(0.002)
    try:
        review.set_review(handle, model, ReviewState.ACCEPTED, expected_version=int(seen))
    except DvkError as exc:
        print(type(exc).__name__, exc.message, flush=True)
        sys.exit(2)
print("saved", flush=True)
"""


@pytest.fixture
def office(
    tmp_path: Path, new_workspace: Callable[..., WorkspaceHandle]
) -> Iterator[WorkspaceHandle]:
    """A province with two proposed models and two clerks, Lan (administrator) and Bình."""
    handle = new_workspace(tmp_path / "tinh", unit_code="01")
    insert_models(handle, 2, units=["00070"])
    with handle.engine.begin() as conn:
        conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
    clerk = [Role.ADMIN, Role.REVIEWER, Role.APPROVER]
    access.add_user(handle, "lan", PASSWORD, clerk)
    access.sign_in(handle, "lan", PASSWORD)
    access.add_user(handle, "binh", PASSWORD, clerk[1:])
    try:
        yield handle  # this process is signed in as Lan
    finally:
        access.sign_out()


def _env(user: str) -> dict[str, str]:
    return {
        **os.environ, "PYTHONIOENCODING": "utf-8", "DVK_AUTO_BACKUP": "0", "DVK_USER": user,
        "DVK_PASSWORD": PASSWORD,
    }  # fmt: skip


def at_once(root: Path, **commands: list[str]) -> dict[str, tuple[int, str, str]]:
    """Run ``dvk <command> -w root`` for each user at the same moment; their code, out, err."""
    go = root.parent / "go"
    children = {}
    for user, argv in commands.items():
        children[user] = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(go), *argv, "-w", str(root)], env=_env(user),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )  # fmt: skip
    deadline = time.monotonic() + 30
    while not all(Path(f"{go}.{user}").exists() for user in children):
        assert time.monotonic() < deadline and all(c.poll() is None for c in children.values())
        time.sleep(0.005)
    go.touch()
    results = {}
    for user, child in children.items():
        out, err = child.communicate(timeout=30)  # a deadlock would end here, failed
        results[user] = (child.returncode, out, err)
        assert "Traceback" not in err and "Lỗi không mong đợi" not in err, err
    return results


def winner_and_loser(results: dict[str, tuple[int, str, str]]) -> tuple[str, str]:
    """The one process that succeeded and the one refused with a user message (exit code 2)."""
    codes = sorted(code for code, _, _ in results.values())
    assert codes == [0, 2], results
    winner = next(user for user, (code, _, _) in results.items() if code == 0)
    loser = next(user for user in results if user != winner)
    return winner, loser


def actors(handle: WorkspaceHandle, action: str, entity: str, uuid: str = "%") -> list[str]:
    """Who the audit log says did ``action`` (a LIKE pattern) on ``entity`` ``uuid``."""
    with handle.readers() as session:
        query = select(AuditEntry.actor).where(
            AuditEntry.action.like(action), AuditEntry.entity == entity,
            AuditEntry.entity_uuid.like(uuid),
        )  # fmt: skip
        return list(session.scalars(query))


def test_two_clerks_deciding_on_one_model_at_once_end_with_one_decision(
    office: WorkspaceHandle,
) -> None:
    review.set_review(office, FIRST, ReviewState.ACCEPTED)
    decide = ["decisions", "add", "--kind", "cong_nhan", "--date", "05/11/2026", "--issuer",
              "Ban Dân vận Tỉnh ủy", FIRST, "--number"]  # fmt: skip
    results = at_once(office.paths.root, lan=[*decide, "7/QĐ-BDV"], binh=[*decide, "8/QĐ-BDV"])
    winner, loser = winner_and_loser(results)
    number = {"lan": "7/QĐ-BDV", "binh": "8/QĐ-BDV"}[winner]
    assert f"Đã ghi quyết định {number}" in results[winner][1]
    told = results[loser][2]
    assert told.startswith("Lỗi: ") and f"“{winner}”" in told and "chưa được lưu" in told
    assert [d.number for d in list_decisions(office) if FIRST in d.model_uuids] == [number]
    assert actors(office, "create", "decision") == [winner]


def test_two_clerks_deciding_one_change_request_at_once_decide_it_once(
    office: WorkspaceHandle,
) -> None:
    with office.sessions() as session, session.begin():
        session.add(
            ChangeRequest(
                uuid=REQUEST, model_id=get_row(session, FIRST).id, origin_unit_code="00070",
                base_version=1, base_json="{}", proposed_json="{}",
            )
        )  # fmt: skip
    results = at_once(
        office.paths.root,
        lan=["changes", "accept", "c0000000", "--comment", "Đồng ý"],
        binh=["changes", "reject", "c0000000", "--comment", "Không đồng ý"],
    )
    winner, loser = winner_and_loser(results)
    assert results[loser][2].startswith("Lỗi: Yêu cầu này đã có kết quả")
    with office.readers() as session:
        assert session.scalars(select(ChangeRequest.decided_by)).one() == winner
    assert actors(office, "change_request_%", "model") == [winner]


def test_two_batches_over_the_same_models_in_opposite_order_never_deadlock(
    office: WorkspaceHandle,
) -> None:
    results = at_once(
        office.paths.root,
        lan=["review", "set", FIRST, SECOND, "--state", "tiep_nhan"],
        binh=["review", "set", SECOND, FIRST, "--state", "tiep_nhan"],
    )
    # One after the other, as if serial: the second batch finds "received" already recorded and
    # is refused whole by the rule, never by a deadlock or a half-written batch.
    winner, loser = winner_and_loser(results)
    assert "cho 2 mô hình" in results[winner][1]
    assert results[loser][2].startswith("Lỗi: ") and "Đã tiếp nhận" in results[loser][2]
    assert actors(office, "review", "model", FIRST) == [winner]
    assert actors(office, "review", "model", SECOND) == [winner]


def test_the_check_is_atomic_a_save_waits_for_the_other_clerks_commit(
    office: WorkspaceHandle,
) -> None:
    """Bình's save is half-way (row written, not committed) when Lan's PC saves what it read.

    A read-then-write would read the old version and pass; the row lock makes Lan's save wait
    for Bình's commit, then see his version and be refused.
    """
    root = office.paths.root
    seen = next(r for r in review.list_reviews(office) if r.model_uuid == FIRST).upper_version
    go = root.parent / "go"
    lan = subprocess.Popen(
        [sys.executable, "-c", SAVE_SEEN, str(root), FIRST, PASSWORD, str(seen), str(go)],
        env=_env("lan"), stdout=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    assert lan.stdout is not None and lan.stdout.readline().strip() == "ready"
    access.sign_out()  # Bình, on this PC: his own name in the log, not "lan: binh"
    with office.sessions() as session, session.begin():
        model = get_row(session, FIRST)
        model.upper_version += 1
        audit.record(session, action="review", entity="model", entity_uuid=FIRST, actor="binh")
        session.flush()  # PostgreSQL: the row is locked; SQLite: BEGIN IMMEDIATE holds it
        go.touch()
        time.sleep(0.4)
        assert lan.poll() is None  # Lan's save waits
    out, _ = lan.communicate(timeout=20)
    assert lan.returncode == 2, out
    assert out.startswith("ConflictError") and "“binh”" in out and "chưa được lưu" in out
    assert actors(office, "review", "model", FIRST) == ["binh"]
