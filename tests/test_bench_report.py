"""bench/run_all.py runs every benchmark (or says why not) and keeps the hand-written report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench import run_all

REPO = Path(__file__).resolve().parents[1]


def test_every_benchmark_is_run_by_run_all_or_the_report_says_why_not() -> None:
    scripts = {p.relative_to(REPO).as_posix() for p in (REPO / "bench").glob("bench_*.py")}
    run = {script for script, _title in run_all.SCRIPTS.values()}
    assert scripts == run | set(run_all.NOT_RUN), "add it to SCRIPTS, or to NOT_RUN with why"
    for name in run_all.SCRIPTS:
        assert any(name in sizes for sizes in run_all.SIZES.values()), name
    # Issue 15's list: batch import of 1/10/100 packages and the Excel import are measured too.
    assert {"batch", "xlsx", "stalls"} <= set(run_all.SCRIPTS)


def test_writing_the_report_again_keeps_the_sections_written_by_hand(tmp_path: Path) -> None:
    report = tmp_path / "PERFORMANCE.md"
    hand = "## A branch against main\n\nMeasured by hand: 1,979 ms (5.90×).\n"
    report.write_text(f"# Performance\n\nold figures\n\n{run_all.KEEP_MARKER}\n\n{hand}")
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run_all.py"), "--sizes", "", "--out", str(report)],
        capture_output=True, text=True, check=False, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = report.read_text(encoding="utf-8")
    assert "old figures" not in text and text.endswith(hand)
    assert "`bench/bench_bundle.py`: needs the bundle built first" in text
    # The project's own report carries the marker, so a new run keeps its hand-written part.
    assert run_all.KEEP_MARKER in (REPO / "docs" / "PERFORMANCE.md").read_text(encoding="utf-8")
