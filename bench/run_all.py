"""Run every benchmark at chosen sizes and write docs/PERFORMANCE.md (figures beside floors).

Each benchmark measures its own floor (a bare PySide6 window, zip/unzip + sha256sum with
fsync, bare ReportLab/openpyxl, the sqlite3 shell, bare scrypt…) in the same run, so the ratios
hold on any machine; the absolute times depend on it and on its load, which is recorded.

Run: python bench/run_all.py [--sizes small,medium,large] [--crash-json FILE] [--out FILE]

What the report holds below its KEEP_MARKER line (sections written by hand) is kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable
SIZES: dict[str, dict[str, list[str]]] = {
    "small": {
        "startup": ["--models", "1000", "--runs", "5"],
        "queries": ["1000"],
        "packages": ["50", "100", "100"],
        "reports": ["--forms", "50", "--models", "1000"],
        "gui": ["--models", "1000", "--runs", "2"],
        "stalls": [],
        "batch": ["--packages", "10", "--big", "2000"],
        "aggregate": ["--children", "2", "10", "--models", "200"],
        "xlsx": ["--rows", "1000"],
    },
    "medium": {
        "startup": ["--models", "10000", "--runs", "5"],
        "queries": ["10000"],
        "packages": ["200", "500", "250"],
        "reports": ["--forms", "200", "--models", "10000"],
        "gui": ["--models", "10000", "--runs", "2"],
        "batch": ["--packages", "100", "--big", "10000"],
        "aggregate": ["--children", "10", "50", "--models", "1000"],
        "xlsx": ["--rows", "5000"],
    },
    "large": {
        "startup": ["--models", "100000", "--runs", "5"],
        "queries": ["100000"],
        "packages": ["500", "2500", "250"],
        "reports": ["--forms", "1000", "--models", "100000"],
        "gui": ["--models", "100000", "--runs", "3"],
        "batch": ["--packages", "100", "--only", "batch"],
        "aggregate": ["--children", "10", "50", "100", "--models", "1000"],
        "xlsx": ["--rows", "20000"],
    },
}
SCRIPTS = {
    "startup": ("bench/bench_startup.py", "Start-up, listing, opening, key unlocking"),
    "queries": ("bench/bench_queries.py", "Search and list queries vs a bare SQLite scan"),
    "packages": ("bench/bench_packages.py", "Export and import vs zip/unzip + sha256sum (+fsync)"),
    "reports": ("bench/bench_reports.py", "Forms vs bare ReportLab; workbook vs bare openpyxl"),
    "gui": ("bench/bench_gui.py", "GUI start and filled list vs a bare PySide6 window"),
    "stalls": ("bench/bench_ui_stalls.py", "Longest interface freeze per step (demo workspace)"),
    "batch": (
        "bench/bench_batch_import.py",
        "Batch import of 1/10/100 packages vs unzip + sha256sum (+fsync); one large package",
    ),
    "aggregate": (
        "bench/bench_aggregate_memory.py",
        "Peak memory of a district's aggregate as it grows from few communes to many",
    ),
    "xlsx": ("bench/bench_xlsx_import.py", "Excel import vs bare openpyxl read"),
}
# Benchmarks this command cannot run on its own, and what each needs (said in the report).
NOT_RUN = {
    "bench/bench_bundle.py": "needs the bundle built first: `python installer/build.py` (5 min)",
    "bench/bench_office.py": "needs a PostgreSQL server: `--url postgresql://…`",
    "bench/bench_shared_evidence.py": "needs a PostgreSQL server: `--url postgresql://…`",
}
# The sections written by hand below this line (runs of one branch against another, the
# long campaigns) are kept when the measured part above it is written again.
KEEP_MARKER = "<!-- Written by hand below: bench/run_all.py keeps what follows. -->"


STARTUP_NOTE = (
    "The listing is timed against two floors in the `sqlite3` shell: the search as a `LIKE` "
    "scan (how issue 15 measured it: 17.7× then) and the program's own trigram-index query. "
    "The goal is stated over 100,000 models; at 1,000 the shell answers in less time than "
    "`python -c pass` takes to start. Key unlocking: the goal (under a second) is for the "
    "CPU time it costs; the wall time equals bare scrypt's, both stretched by the load."
)


def machine() -> list[str]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        mem = next(int(line.split()[1]) // 1024 for line in meminfo if line.startswith("MemTotal"))
    except (OSError, StopIteration):
        mem = 0
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores; memory {mem:,} MB",
        f"- OS: {platform.platform()}; Python {platform.python_version()}; "
        f"SQLite {sqlite3.sqlite_version}",
        f"- Load average when the run started: {load[0]:.1f} (1 min), {load[2]:.1f} (15 min) — "
        "the machine is shared, so absolute times carry that noise; ratios less so",
    ]


def run(name: str, args: list[str]) -> tuple[str, float, float, int]:
    """Run one benchmark; return its output, seconds, peak memory (MB) and exit code."""
    script = SCRIPTS[name][0]
    extra = ["--json"] if name == "startup" else []
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "DVK_AUTO_BACKUP": "0"}  # fmt: skip
    start = time.perf_counter()
    cmd = ["/usr/bin/time", "-f", "PEAK_KB %M", PY, script, *args, *extra]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env, check=False)
    seconds = time.perf_counter() - start
    peak = 0.0
    lines = []
    for line in done.stderr.splitlines():
        if line.startswith("PEAK_KB"):
            peak = int(line.split()[1]) / 1024
        else:
            lines.append(line)
    out = done.stdout if done.returncode == 0 else done.stdout + "\n".join(lines[-15:])
    return out, seconds, peak, done.returncode


def startup_table(rows: list[dict[str, object]]) -> list[str]:
    """The start-up figures as a Markdown table."""
    out = ["| measure | value | floor | floor value | ratio | goal | peak memory | note |",
           "|---|---:|---|---:|---:|---:|---:|---|"]  # fmt: skip
    for r in rows:
        goal = r["goal"]
        met = "" if not goal else (" ✔" if float(r["ratio"]) <= float(goal) else " ✘")  # type: ignore[arg-type]
        peak = f"{r['peak_mb']:.0f} MB" if r["peak_mb"] else ""
        out.append(
            f"| {r['measure']} | {r['value_ms']:.0f} ms | {r['floor']} | {r['floor_ms']:.0f} ms "
            f"| {r['ratio']:.2f}× | {f'{goal}×' if goal else ''}{met} | {peak} | {r['note']} |"
        )
    return out


def crash_section(path: Path | None) -> list[str]:
    """The figures of the last long crash campaign (tests/crash/harness.py)."""
    if path is None or not path.is_file():
        return []
    d = json.loads(path.read_text(encoding="utf-8"))
    ops = ", ".join(f"{k} {v}" for k, v in sorted(d["by_operation"].items()))
    calls = ", ".join(f"{k} {v}" for k, v in sorted(d["by_syscall"].items()))
    return [
        "## Crash consistency (long campaign)", "",
        "`python -m tests.crash.harness --kills 300` (also `DVK_CRASH_KILLS=300 pytest "
        "tests/crash`). After every kill: the workspace opens, `integrity_check` passes, every "
        "acknowledged change is there, no package is half-imported, no temporary plaintext is "
        "left after that open, and the ledger matches the destination.", "",
        "| runs | kills | at random moments | at write system calls | problems | time |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {d['runs']} | {d['kills']} | {d['random_kills']} | {d['syscall_kills']} | "
        f"{len(d['problems'])} | {d['seconds']:.0f} s |", "",
        f"Kills by operation: {ops}.", "", f"Kills by system call: {calls}.", "",
        *([f"Problems: {'; '.join(d['problems'])}", ""] if d["problems"] else []),
    ]  # fmt: skip


def kept_sections(out: Path) -> list[str]:
    """The hand-written part of the report being replaced, from its marker on."""
    if not out.is_file():
        return [KEEP_MARKER, ""]
    text = out.read_text(encoding="utf-8")
    at = text.find(KEEP_MARKER)
    return [KEEP_MARKER, ""] if at < 0 else [text[at:].rstrip("\n")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="small,medium,large")
    parser.add_argument("--only", default=",".join(SCRIPTS), help="benchmarks to run")
    parser.add_argument(
        "--plan", help='per-size choice, e.g. "small=all;large=startup,queries" (overrides both)'
    )
    parser.add_argument("--crash-json", type=Path)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "PERFORMANCE.md")
    args = parser.parse_args()
    if args.plan:
        plan = {}
        for part in args.plan.split(";"):
            size, _, names = part.partition("=")
            plan[size] = list(SCRIPTS) if names in ("", "all") else names.split(",")
        command = f'--plan "{args.plan}"'
    else:
        only = [o for o in args.only.split(",") if o]
        plan = {s: only for s in args.sizes.split(",") if s}
        command = f"--sizes {args.sizes} --only {','.join(only)}"
    doc = ["# Performance", "",
           f"Measured {dt.date.today():%d/%m/%Y} with `python bench/run_all.py {command}` "
           "(sizes: small 1,000 models, medium 10,000, large 100,000). Every figure stands "
           "beside its floor, measured in the same run on the same machine:", "",
           *machine(), ""]  # fmt: skip
    for size, names in plan.items():
        doc += [f"## Size: {size}", ""]
        for name in names:
            if name not in SIZES[size]:
                continue  # measured at one size only (the freeze steps: the demo workspace)
            out, seconds, peak, code = run(name, SIZES[size][name])
            title = SCRIPTS[name][1]
            doc += [f"### {title}", "",
                    f"`python {SCRIPTS[name][0]} {' '.join(SIZES[size][name])}` — "
                    f"{seconds:.0f} s, peak memory of the benchmark process {peak:.0f} MB"
                    + ("" if code == 0 else f", **failed (exit {code})**"), ""]  # fmt: skip
            if name == "startup" and code == 0:
                doc += [
                    *startup_table(json.loads(out.strip().splitlines()[-1])),
                    "",
                    STARTUP_NOTE,
                    "",
                ]
            else:
                doc += ["```", out.strip(), "```", ""]
            print(f"{size} {name}: {seconds:.0f} s", flush=True)
    doc += crash_section(args.crash_json)
    doc += ["## Not run by this command", "",
            *(f"- `{script}`: {why}." for script, why in NOT_RUN.items()), ""]  # fmt: skip
    doc += kept_sections(args.out)
    args.out.write_text("\n".join(doc) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
