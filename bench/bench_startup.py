"""Start-up, listing, opening and key unlocking, each beside its floor measured in the same run.

- ``dvk --help`` against ``python -c "import sqlalchemy"`` (goal: within 1.5x), and ``pass``;
- ``dvk models list --search … --json`` over N models against the same search in the ``sqlite3``
  command-line shell (goal: within 3x);
- opening a workspace against SQLite's ``quick_check`` of the same file (which opening no longer
  runs);
- unlocking the workspace key (scrypt N=2^17) against bare scrypt with the same parameters.

Run: python bench/bench_startup.py [--models 100000] [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
ENV = {**os.environ, "PYTHONPATH": str(REPO), "DVK_AUTO_BACKUP": "0"}


def spawn_ms(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median wall time of a fresh process (ms) and its peak memory (MB)."""
    samples, peak = [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True,
                              env=ENV, cwd=REPO, check=False)  # fmt: skip
        samples.append((time.perf_counter() - start) * 1000)
        if done.returncode != 0:
            raise SystemExit(f"{cmd} failed: {done.stderr.decode()[-500:]}")
        peak = max(peak, int(done.stderr.decode().split()[-1]) / 1024)
    return statistics.median(samples), peak


def measure(models: int, runs: int) -> list[dict[str, object]]:
    """Every figure with its floor, as rows for docs/PERFORMANCE.md."""
    from bench.synthetic import build

    py = sys.executable
    rows: list[dict[str, object]] = []
    bare, _ = spawn_ms([py, "-c", "pass"], runs)
    sqla, _ = spawn_ms([py, "-c", "import sqlalchemy"], runs)
    helped, help_mem = spawn_ms([py, "-m", "dvk_desktop.cli.main", "--help"], runs)
    rows.append({
        "measure": "dvk --help", "value_ms": helped, "floor": 'python -c "import sqlalchemy"',
        "floor_ms": sqla, "ratio": helped / sqla, "goal": 1.5, "peak_mb": help_mem,
        "note": f"python -c pass: {bare:.0f} ms",
    })  # fmt: skip
    root = Path(f"/tmp/dvk-bench-{models}")
    build(root, models).close()
    sqlite = shutil.which("sqlite3")
    # The floors: the search as a plain LIKE scan (how issue 15 measured it) and the very
    # query the program runs (trigram index), both for one page of 200 with the total.
    like = ("SELECT count(*) FROM dvk_model WHERE search_text LIKE '%thap sang%';"
            "SELECT id, code, name FROM dvk_model WHERE search_text LIKE '%thap sang%' "
            "ORDER BY name_sort LIMIT 200;")  # fmt: skip
    fts = (
        "SELECT count(*) FROM dvk_model WHERE id IN (SELECT rowid FROM dvk_model_fts "
        'WHERE dvk_model_fts MATCH \'"thap" "sang"\');'
        "SELECT id, code, name FROM dvk_model WHERE id IN (SELECT rowid FROM dvk_model_fts "
        'WHERE dvk_model_fts MATCH \'"thap" "sang"\') ORDER BY name_sort, id LIMIT 200;'
    )
    listed, list_mem = spawn_ms([py, "-m", "dvk_desktop.cli.main", "models", "list", "-w",
                                 str(root), "--search", "thap sang", "--limit", "200", "--json"],
                                runs)  # fmt: skip
    if sqlite:
        for label, sql in (("sqlite3 CLI, same search as LIKE", like),
                           ("sqlite3 CLI, the program's own query", fts)):  # fmt: skip
            floor, _ = spawn_ms([sqlite, str(root / "dvk.sqlite3"), sql], runs)
            rows.append({
                "measure": f"dvk models list --search … --json ({models:,} models)",
                "value_ms": listed, "floor": label, "floor_ms": floor,
                "ratio": listed / floor, "goal": 3.0, "peak_mb": list_mem,
                "note": f"python -c pass: {bare:.0f} ms",
            })  # fmt: skip
    from dvk_desktop.storage.engine import check_integrity
    from dvk_desktop.storage.workspace import open_workspace

    def opening() -> None:
        open_workspace(root, reading=True).close()

    def quick() -> None:
        check_integrity(root / "dvk.sqlite3", quick=True)

    rows.append(_inproc(f"open a workspace ({models:,} models)", opening,
                        "PRAGMA quick_check (no longer on open)", quick, runs))  # fmt: skip
    rows.append(_unlock_row(runs))
    return rows


def _inproc(label: str, fn, floor_label: str, floor_fn, runs: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    ours = statistics.median(_times(fn, runs))
    floor = statistics.median(_times(floor_fn, runs))
    return {"measure": label, "value_ms": ours, "floor": floor_label, "floor_ms": floor,
            "ratio": ours / floor, "goal": None, "peak_mb": None, "note": ""}  # fmt: skip


def _times(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _unlock_row(runs: int) -> dict[str, object]:
    import tempfile

    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    from dvk_desktop.packaging import keys

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "k.key"
        keys.create_key_file(path, unit_code="00070", passphrase="mật khẩu đo thời gian")
        cpu = []
        wall = []
        for _ in range(max(3, runs // 2)):
            c, w = time.process_time(), time.perf_counter()
            keys.unlock(path, "mật khẩu đo thời gian")
            cpu.append((time.process_time() - c) * 1000)
            wall.append((time.perf_counter() - w) * 1000)
    floor = statistics.median(_times(lambda: Scrypt(salt=b"s" * 16, length=32, n=2**17, r=8, p=1)
                                     .derive(b"x"), max(3, runs // 2)))  # fmt: skip
    return {"measure": "unlock the key (scrypt N=2^17, r=8)", "value_ms": statistics.median(wall),
            "floor": "bare scrypt, same parameters", "floor_ms": floor,
            "ratio": statistics.median(wall) / floor, "goal": None, "peak_mb": None,
            "note": f"CPU {statistics.median(cpu):.0f} ms; goal: under 1 s"}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = measure(args.models, args.runs)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    print(f"{'measure':<52} {'ms':>8} {'floor ms':>9} {'ratio':>6} {'goal':>5}")
    for r in rows:
        goal = f"{r['goal']:.1f}x" if r["goal"] else ""
        print(f"{r['measure']:<52} {r['value_ms']:>8.0f} {r['floor_ms']:>9.0f} "
              f"{r['ratio']:>6.2f} {goal:>5}  {r['floor']} {r['note']}")  # fmt: skip


if __name__ == "__main__":
    main()
