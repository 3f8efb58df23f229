"""Crash-consistency harness: kill write-heavy operations with SIGKILL, then check everything.

Each operation runs the real program in a child process that prints ``ACK …`` after every
change it knows to be durable. The child is killed either at a random moment or, under
strace, at the Nth call of one write-side system call (``-e inject=SYS:signal=KILL:when=N``),
the instants a power cut hurts most. Afterwards the workspace must open, pass SQLite's full
integrity check, hold every acknowledged change, have no half-imported package and no
temporary plaintext left after that open, and its ledger must match the destination.

``python -m tests.crash.harness --kills 300`` runs the long version and prints the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

REPO = Path(__file__).resolve().parents[2]
STRACE = shutil.which("strace")
# Write-side calls: SQLite's page writes, file writes, flushes, renames, deletions.
SYSCALLS = ("pwrite64", "write", "fsync", "fdatasync", "rename", "unlink", "ftruncate", "mkdir")

PRELUDE = """
import os, sys
from pathlib import Path
os.environ["DVK_AUTO_BACKUP"] = "0"
from dvk_desktop.cli.main import main
def ack(*what):
    print("ACK", *what, flush=True)
ws, usb, extra = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
"""

SCRIPTS = {
    "edit": """
from dvk_desktop.services import models
from dvk_desktop.storage.workspace import open_workspace
from tests.factories import complete_input
with open_workspace(ws) as handle:
    for n in range(4):
        name = f"Mô hình ghi lúc mất điện số {n}"
        uuid = models.create_model(handle, complete_input(handle, name=name))
        ack("model", name)
        models.update_model(handle, uuid, complete_input(handle, name=name + " đã sửa"))
        ack("model", name + " đã sửa")
""",
    "attach": """
from dvk_desktop.services import evidence, models
from dvk_desktop.storage.workspace import open_workspace
with open_workspace(ws) as handle:
    from sqlalchemy import select
    from dvk_desktop.storage.models import DvkModel
    with handle.readers() as s:
        uuid = s.scalars(select(DvkModel.uuid)).first()
    for n in range(3):
        photo = usb / f"anh-{n}.jpg"
        photo.write_bytes(b"\\xff\\xd8\\xff" + os.urandom(300_000))
        ev = evidence.add_evidence(handle, uuid, photo, caption=f"Ảnh {n}")
        ack("evidence", ev)
""",
    "backup": """
for n in range(2):
    assert main(["db", "backup", "-w", str(ws), "--out", str(usb)]) == 0
    ack("backup")
""",
    "restore": """
assert main(["db", "restore", "-w", str(ws), extra, "--yes"]) == 0
ack("restored")
""",
    "export": """
os.environ["DVK_PASSPHRASE"] = "mật khẩu xã Hoàn Kiếm 2026"
for n in range(2):
    assert main(["export", "-w", str(ws), "--out", str(usb)]) == 0
    ack("export")
""",
    "import": """
os.environ["DVK_PASSPHRASE"] = "mật khẩu thành phố 2026"
assert main(["import", "-w", str(ws), extra]) == 0
ack("imported")
""",
    "migrate": """
from dvk_desktop.storage.workspace import open_workspace
open_workspace(ws).close()
ack("migrated")
""",
}


@dataclass
class Case:
    """One operation on a fresh copy of the prepared workspaces."""

    op: str
    ws: Path
    usb: Path
    extra: str = ""
    before: dict[str, object] = field(default_factory=dict)


@dataclass
class Outcome:
    """What a kill did and what the checks found."""

    op: str
    mode: str
    killed: bool
    acks: list[str]
    problems: list[str]
    seconds: float


class Fixtures:
    """The workspaces every case copies: an exchange, a backup, a package, an old schema."""

    def __init__(self, base: Path) -> None:
        from tests.packaging.exchange import build_exchange

        self.base = base
        self.ex = build_exchange(base / "ex")
        env = {**os.environ, "PYTHONPATH": str(REPO), "DVK_AUTO_BACKUP": "0"}
        self.backup_dir = base / "bak"
        subprocess.run(
            [sys.executable, "-m", "dvk_desktop.cli.main", "db", "backup", "-w",
             str(self.ex.commune_dir), "--out", str(self.backup_dir)],
            check=True, env=env, cwd=REPO, capture_output=True,
        )  # fmt: skip
        self.backup = next(self.backup_dir.glob("*.dvkbak"))
        (base / "pkg").mkdir()
        subprocess.run(
            [sys.executable, "-m", "dvk_desktop.cli.main", "export", "-w",
             str(self.ex.commune_dir), "--out", str(base / "pkg")],
            check=True, env={**env, "DVK_PASSPHRASE": "mật khẩu xã Hoàn Kiếm 2026"}, cwd=REPO,
            capture_output=True,
        )  # fmt: skip
        self.package = next((base / "pkg").glob("*.dvkpkg*"))
        self.old = base / "old"
        _old_workspace(self.old)

    def case(self, op: str, where: Path) -> Case:
        """A private copy for ``op``."""
        where.mkdir(parents=True)
        usb = where / "usb"
        usb.mkdir()
        if op == "migrate":
            shutil.copytree(self.old, where / "ws")
            return Case(op, where / "ws", usb)
        source = self.ex.upper_dir if op == "import" else self.ex.commune_dir
        shutil.copytree(source, where / "ws")
        extra = str(self.backup) if op == "restore" else str(self.package)
        case = Case(op, where / "ws", usb, extra)
        if op == "restore":  # so that the restored workspace differs from the one replaced
            _add_model(case.ws, "Mô hình thêm sau khi sao lưu")
        case.before = _snapshot(case.ws)
        return case


def _add_model(root: Path, name: str) -> None:
    from dvk_desktop.services import models
    from dvk_desktop.storage.workspace import open_workspace
    from tests.factories import complete_input

    with open_workspace(root) as handle:
        models.create_model(handle, complete_input(handle, name=name))


def _old_workspace(root: Path) -> None:
    """A workspace left by a version at schema 0003, with a model in it."""
    import sqlite3

    from tests.storage.old_schema import add_workspace_and_model, database_at

    root.mkdir(parents=True)
    database_at(root / "dvk.sqlite3", "0003")
    con = sqlite3.connect(root / "dvk.sqlite3")
    add_workspace_and_model(con, code="MH-2025-001", name="Đường cũ trước nâng cấp", year=2025)
    con.commit()
    con.close()


def _snapshot(root: Path) -> dict[str, object]:
    from dvk_desktop.storage.models import DvkModel, PackageLedger
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(root, reading=True) as handle, handle.readers() as s:
        return {
            "names": sorted(s.scalars(select(DvkModel.name))),
            "sent": sorted(s.scalars(select(PackageLedger.file_name).where(
                PackageLedger.direction == "out"))),
        }  # fmt: skip


def _command(case: Case, syscall: str | None, when: int) -> list[str]:
    script = PRELUDE + SCRIPTS[case.op]
    cmd = [sys.executable, "-c", script, str(case.ws), str(case.usb), case.extra]
    if syscall is None:
        return cmd
    assert STRACE is not None
    inject = f"inject={syscall}:signal=KILL:when={when}"
    return [STRACE, "-f", "-qq", "-o", os.devnull, "-e", f"trace={syscall}", "-e", inject, *cmd]


def run_case(
    case: Case, rng: random.Random, *, syscall: str | None, when: int = 1, window: float = 1.5
) -> Outcome:
    """Run ``case`` and kill it; then open the workspace and check it."""
    start = time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.Popen(
        _command(case, syscall, when), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=REPO, env=env, start_new_session=True,
    )  # fmt: skip
    if syscall is None:
        time.sleep(rng.uniform(0.05, window))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    killed = proc.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL) or "+++ killed" in err
    killed = killed or (syscall is not None and proc.returncode != 0)
    # Only whole lines count: a line cut short by the kill was never acknowledged.
    acks = [line[4:] for line in out.split("\n")[:-1] if line.startswith("ACK ")]
    problems = [] if killed or proc.returncode == 0 else [f"child failed: {err[-800:]}"]
    problems += check(case, acks)
    mode = f"{syscall}#{when}" if syscall else "random"
    return Outcome(case.op, mode, killed, acks, problems, time.monotonic() - start)


def check(case: Case, acks: list[str]) -> list[str]:
    """Everything a user relies on after a power cut, as a list of broken promises."""
    from dvk_desktop.errors import DvkError
    from dvk_desktop.storage.engine import check_integrity
    from dvk_desktop.storage.workspace import open_workspace

    problems: list[str] = []
    try:
        handle = open_workspace(case.ws)
    except DvkError as exc:
        return [f"workspace does not open: {exc.message}"]
    try:
        check_integrity(handle.paths.database)
        problems += _leftovers(case)
        problems += CHECKS[case.op](case, handle, acks)
    except DvkError as exc:
        problems.append(f"{type(exc).__name__}: {exc.message}")
    except Exception as exc:  # a broken check is a finding too, not the end of the campaign
        problems.append(f"check failed: {exc!r} with acks {acks}")
    finally:
        handle.close()
    return problems


def _leftovers(case: Case) -> list[str]:
    """No temporary plaintext outlives the next open."""
    root = case.ws
    found = [p for p in (root / ".staging").rglob("*")] if (root / ".staging").exists() else []
    found += list((root / "evidence").glob(".incoming.*")) if (root / "evidence").is_dir() else []
    for folder in (root, root / "backups", root / "keys", root / "outbox", root / "reports"):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.name.endswith((".tmp", ".partial"))]
    found += list(root.parent.glob(f".{root.name}.khoi-phuc-*"))
    # The stick a killed export or backup wrote to is swept by that open too (it is plugged in).
    found += [p for p in case.usb.iterdir() if p.name.endswith((".tmp", ".partial"))]
    found += list((case.usb / ".dvk-backup-staging").glob("*"))
    return [f"leftover {p.relative_to(root.parent)}" for p in found]


def _names(handle: object) -> set[str]:
    from dvk_desktop.storage.models import DvkModel

    with handle.readers() as s:  # type: ignore[attr-defined]
        return set(s.scalars(select(DvkModel.name)))


def _check_edit(case: Case, handle: object, acks: list[str]) -> list[str]:
    from dvk_desktop.storage.models import DvkModel, ModelIndicator

    names = _names(handle)
    # A model is saved then edited: the edit replaces the acknowledged first name.
    lost = [a for a in acks if a.startswith("model ") and a[6:] not in names
            and f"{a[6:]} đã sửa" not in names]  # fmt: skip
    with handle.readers() as s:  # type: ignore[attr-defined]
        models = s.scalar(select(func.count()).select_from(DvkModel))
        with_indicators = s.scalar(select(func.count(func.distinct(ModelIndicator.model_id))))
    half = [] if models == with_indicators else [f"{models} models, {with_indicators} whole"]
    return [f"acknowledged change lost: {a}" for a in lost] + half


def _check_attach(case: Case, handle: object, acks: list[str]) -> list[str]:
    from dvk_desktop.storage.models import Evidence

    problems = []
    with handle.readers() as s:  # type: ignore[attr-defined]
        rows = {e.uuid: e.sha256 for e in s.scalars(select(Evidence))}
    for a in acks:
        uuid = a.split()[1]
        if uuid not in rows:
            problems.append(f"acknowledged evidence lost: {uuid}")
    for uuid, sha in rows.items():
        if not handle.evidence.verify(sha):  # type: ignore[attr-defined]
            problems.append(f"evidence {uuid} points at a missing or damaged file")
    return problems


def _check_backup(case: Case, handle: object, acks: list[str]) -> list[str]:
    from dvk_desktop.errors import DvkError
    from dvk_desktop.services.backup import verify_backup

    problems = []
    finished = sorted(case.usb.glob("*.dvkbak"))
    if len(finished) < len(acks):
        problems.append(f"{len(acks)} backups acknowledged, {len(finished)} on the stick")
    for path in finished:  # anything with the final name is whole
        try:
            verify_backup(path)
        except DvkError as exc:
            problems.append(f"{path.name}: {exc.message}")
    return problems


def _check_restore(case: Case, handle: object, acks: list[str]) -> list[str]:
    names = _names(handle)
    restored = {"Thắp sáng đường phố tổ dân phố 5", "Camera an ninh tổ dân phố 5",
                "Phân loại rác tại nguồn tổ dân phố 5"}  # fmt: skip
    if acks and names != restored:
        return ["acknowledged restore not in place"]
    if names not in (restored, set(case.before["names"])):  # type: ignore[arg-type]
        return ["the workspace is a mixture of the old and the restored one"]
    return []


def _check_export(case: Case, handle: object, acks: list[str]) -> list[str]:
    from dvk_desktop.storage.models import PackageLedger

    with handle.readers() as s:  # type: ignore[attr-defined]
        sent = {
            r.file_name
            for r in s.scalars(select(PackageLedger).where(PackageLedger.direction == "out"))
        } - set(case.before["sent"])  # type: ignore[arg-type]
    on_stick = {p.name for p in case.usb.iterdir() if ".dvkpkg" in p.name
                and not p.name.startswith(".")}  # fmt: skip
    problems = [f"ledger says sent but not on the stick: {n}" for n in sorted(sent - on_stick)]
    problems += [f"on the stick without a ledger entry: {n}" for n in sorted(on_stick - sent)]
    if len(sent & on_stick) < len(acks):
        problems.append(f"{len(acks)} exports acknowledged, {len(sent & on_stick)} recorded")
    return problems


def _check_import(case: Case, handle: object, acks: list[str]) -> list[str]:
    from dvk_desktop.storage.models import DvkModel, PackageLedger

    with handle.readers() as s:  # type: ignore[attr-defined]
        models = s.scalar(select(func.count()).select_from(DvkModel).where(
            DvkModel.source_unit_code == "00070"))  # fmt: skip
        ledger = s.scalar(select(func.count()).select_from(PackageLedger).where(
            PackageLedger.direction == "in"))  # fmt: skip
    if (models, ledger) not in ((0, 0), (3, 1)):
        return [f"half-imported package: {models} models, {ledger} ledger entries"]
    if acks and models != 3:
        return ["acknowledged import lost"]
    # Staged evidence is renamed into the store before the commit: a committed import has
    # every file its records name, whole; a kill before the commit may leave unrecorded files
    # (collected by the next import), never a record without its file.
    from dvk_desktop.storage.models import Evidence

    with handle.readers() as s:  # type: ignore[attr-defined]
        named = set(s.scalars(select(Evidence.sha256).where(Evidence.removed_at.is_(None))))
    store = handle.evidence  # type: ignore[attr-defined]
    broken = sorted(sha[:12] for sha in named if not store.verify(sha))
    if broken:
        return [f"evidence recorded without its whole file: {', '.join(broken)}"]
    return [] if models else _check_import_again(case, handle)


def _check_import_again(case: Case, handle: object) -> list[str]:
    """The next import of the package succeeds and collects what the killed one stored."""
    from dvk_desktop.services import exchange
    from dvk_desktop.services.integrity import unreferenced_files
    from dvk_desktop.storage import store_marks

    result = exchange.import_package(
        handle,  # type: ignore[arg-type]
        Path(case.extra),
        passphrase="mật khẩu thành phố 2026",
    )
    problems = [] if result.status == "imported" else [f"import again: {result.status}"]
    orphans = unreferenced_files(handle)  # type: ignore[arg-type]
    if orphans:
        problems.append(f"{len(orphans)} store files the killed import left, not collected")
    if store_marks.interrupted(case.ws):
        problems.append("the killed import's mark outlived the next import")
    return problems


def _check_migrate(case: Case, handle: object, acks: list[str]) -> list[str]:
    from dvk_desktop.storage.engine import current_revision, head_revision

    problems = []
    if current_revision(handle.engine) != head_revision():  # type: ignore[attr-defined]
        problems.append("not at the newest schema after opening")
    if _names(handle) != {"Đường cũ trước nâng cấp"}:
        problems.append("data lost in the upgrade")
    return problems


CHECKS: dict[str, Callable[[Case, object, list[str]], list[str]]] = {
    "edit": _check_edit, "attach": _check_attach, "backup": _check_backup,
    "restore": _check_restore, "export": _check_export, "import": _check_import,
    "migrate": _check_migrate,
}  # fmt: skip


def count_syscalls(fixtures: Fixtures, op: str, where: Path) -> dict[str, int]:
    """How many times a whole run of ``op`` makes each write-side call (kill points)."""
    case = fixtures.case(op, where)
    assert STRACE is not None
    cmd = _command(case, None, 0)
    out = subprocess.run(
        [STRACE, "-f", "-c", "-e", f"trace={','.join(SYSCALLS)}", *cmd], cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    counts = {}
    for line in out.stderr.splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[-1] in SYSCALLS and parts[3].isdigit():
            counts[parts[-1]] = int(parts[3])
    shutil.rmtree(where, ignore_errors=True)
    return counts


def campaign(
    base: Path, kills: int, seed: int = 2026, log: Callable[[str], None] = print
) -> list[Outcome]:
    """Run cases round-robin over the operations until ``kills`` children were killed."""
    rng = random.Random(seed)
    fixtures = Fixtures(base / "fixtures")
    ops = list(SCRIPTS)
    counts = {op: count_syscalls(fixtures, op, base / f"count-{op}") for op in ops}
    outcomes: list[Outcome] = []
    n = 0
    while sum(o.killed for o in outcomes) < kills and n < kills * 3:
        op = ops[n % len(ops)]
        case = fixtures.case(op, base / f"case-{n}")
        if n % 2 and STRACE and counts[op]:
            syscall = rng.choice(sorted(counts[op]))
            outcome = run_case(case, rng, syscall=syscall, when=rng.randint(1, counts[op][syscall]))
        else:
            outcome = run_case(case, rng, syscall=None)
        outcomes.append(outcome)
        if outcome.problems:
            log(f"{op} {outcome.mode}: {outcome.problems}")
        shutil.rmtree(base / f"case-{n}", ignore_errors=True)
        n += 1
    return outcomes


def summary(outcomes: list[Outcome]) -> dict[str, object]:
    """Figures for the report: kills by operation and mode, problems found."""
    killed = [o for o in outcomes if o.killed]
    return {
        "runs": len(outcomes),
        "kills": len(killed),
        "random_kills": sum(o.mode == "random" for o in killed),
        "syscall_kills": sum(o.mode != "random" for o in killed),
        "by_operation": dict(Counter(o.op for o in killed)),
        "by_syscall": dict(Counter(o.mode.split("#")[0] for o in killed if o.mode != "random")),
        "problems": [f"{o.op} {o.mode}: {p}" for o in outcomes for p in o.problems],
        "seconds": round(sum(o.seconds for o in outcomes), 1),
    }


def main() -> None:
    """The long run: ``python -m tests.crash.harness --kills 300 --out figures.json``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/dvk-crash"))
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    shutil.rmtree(args.dir, ignore_errors=True)
    args.dir.mkdir(parents=True)
    result = summary(campaign(args.dir, args.kills, args.seed))
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    sys.exit(1 if result["problems"] else 0)


if __name__ == "__main__":
    main()
