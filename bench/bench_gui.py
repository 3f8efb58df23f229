"""GUI benchmark on 100,000 models: cold start, search-as-you-type, scrolling, peak memory.

Usage: python bench/bench_gui.py [--models 100000] [--runs 3]

The workspace is generated once with bulk SQL inserts (bench/synthetic.py) and cached under
/tmp. Each start-up is a fresh process (offscreen Qt) that follows the program's own start
(``MainWindow()`` shown at once, the workspace opened right after its first paint). Two times are
taken from spawn: the first paint of the main window (navigation and "Đang mở vùng làm việc…")
and the first paint of the filled model list. Both are compared with a bare PySide6 window with a
table, measured the same way in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path("/tmp/dvk-bench-gui")
TARGET_START_RATIO = 1.5
TARGET_KEYSTROKE_MS = 100
TARGET_MEMORY_MB = 300


def _child_env(code: Path = ROOT) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # From bytecode, as the installed program runs: with PYTHONDONTWRITEBYTECODE (set on the
    # test machine) every start compiled each of the program's modules from source again. The
    # warm-up spawns in main() write the bytecode, for the bare window and the program alike.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(CACHE / "pycache"))
    env["PYTHONPATH"] = str(code) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _cpu_s() -> float:
    """CPU seconds of this process so far (all threads): steadier than wall time on a busy PC."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _first_paint_then(window_view, after) -> None:  # type: ignore[no-untyped-def]
    """Call ``after()`` once the view (a scroll area or a widget) first paints."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        def eventFilter(self, _obj, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                QTimer.singleShot(0, after)
            return False

    watcher = Watcher(window_view)
    target = window_view.viewport() if hasattr(window_view, "viewport") else window_view
    target.installEventFilter(watcher)


def child_bare() -> None:
    """A bare PySide6 main window with an empty table: the floor for start-up time."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv)
    window = QMainWindow()
    view = QTableView()
    window.setCentralWidget(view)
    window.resize(1366, 740)

    def done() -> None:
        print(json.dumps({"painted": time.monotonic(), "cpu": _cpu_s()}), flush=True)
        os._exit(0)  # skip interpreter teardown (PySide6 can crash while finalising)

    _first_paint_then(view, done)
    window.show()
    app.exec()


def child_gui(root: str, workload: bool) -> None:
    """DVK Desktop's real start-up on ``root``; optionally the search and scroll workload."""
    import resource

    from PySide6.QtWidgets import QApplication

    from dvk_desktop.gui import app as gui_app

    app = QApplication(sys.argv)
    gui_app.apply_font(app, gui_app.load_fonts(), 10)
    gui_app.install_translator(app, "vi")
    from dvk_desktop.gui.windows.main_window import MainWindow

    window = MainWindow(auto_backup=False)  # what gui.app.main does on an existing workspace
    window.resize(1366, 740)
    result: dict[str, object] = {}

    def window_painted() -> None:
        result["window_painted"] = time.monotonic()

    def done() -> None:
        result["painted"] = time.monotonic()
        result["cpu"] = _cpu_s()
        if workload:
            wait_for_workspace(app, window)
            result.update(run_workload(app, window))
        result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result), flush=True)
        os._exit(0)

    def shown() -> None:
        _first_paint_then(window.model_page.ui.table_view, done)

    def open_it():  # type: ignore[no-untyped-def]
        from dvk_desktop.storage.workspace import open_workspace

        return open_workspace(Path(root))

    assert window.loading_page is not None
    _first_paint_then(window.loading_page, window_painted)  # its filter runs before its paint
    # As gui.app does: the list's first page read from the folder while the ORM loads (a
    # checkout given to --against without it shows the list with the workspace).
    first = {"first_page": Path(root)} if _reads_first_page(window) else {}
    getattr(window, "list_shown", window.workspace_shown).connect(shown)
    window.show()
    window.open_later(open_it, background=True, **first)
    app.exec()


def _reads_first_page(window) -> bool:  # type: ignore[no-untyped-def]
    import inspect

    return "first_page" in inspect.signature(window.open_later).parameters


def wait_for_workspace(app, window) -> None:  # type: ignore[no-untyped-def]
    """Let the open finish: the list paints its first page before the workspace is open."""
    deadline = time.monotonic() + 30
    while not getattr(window.model_page, "opened", True) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def wait_for_count(app, table) -> None:  # type: ignore[no-untyped-def]
    """Let the background count finish (it never blocks the list, but the jumps need it)."""
    deadline = time.monotonic() + 30
    while not table.count_exact and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def run_workload(app, window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Type a search letter by letter, then jump around the full list; time each step."""
    import random

    page = window.model_page
    view = page.ui.table_view

    def settle() -> None:
        view.viewport().repaint()  # paint now: fetches the visible page
        app.processEvents()

    keystrokes = []
    query = "thap sang duong"
    for end in range(1, len(query) + 1):
        start = time.perf_counter()
        page.ui.search_edit.setText(query[:end])
        page.apply_filter()  # what the 150 ms debounce timer calls; counting runs in a worker
        settle()
        keystrokes.append((time.perf_counter() - start) * 1000)
    wait_for_count(app, page.table_model)
    matches = page.table_model.rowCount()
    page.ui.search_edit.clear()
    page.apply_filter()
    settle()
    wait_for_count(app, page.table_model)
    rng = random.Random(7)
    total = page.table_model.rowCount()
    jumps = []
    for _ in range(40):
        row = rng.randrange(total)
        start = time.perf_counter()
        view.scrollTo(page.table_model.index(row, 0))
        settle()
        jumps.append((time.perf_counter() - start) * 1000)
    steps = []
    view.scrollToTop()
    settle()
    for _ in range(60):  # Page Down through the first ~1,500 rows
        start = time.perf_counter()
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep())
        settle()
        steps.append((time.perf_counter() - start) * 1000)
    sort_start = time.perf_counter()
    view.sortByColumn(4, view.horizontalHeader().sortIndicatorOrder())
    settle()
    sort_ms = (time.perf_counter() - sort_start) * 1000
    return {
        "rows": total,
        "matches": matches,
        "keystroke_ms": keystrokes,
        "jump_ms": jumps,
        "page_down_ms": steps,
        "sort_owner_ms": sort_ms,
        "cached_pages": page.table_model.cached_pages(),
    }


def spawn(*args: str, code: Path = ROOT) -> dict[str, object]:
    """Run this script as a child (on the program in ``code``); return its JSON line."""
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True,
        capture_output=True,
        text=True,
        env=_child_env(code),
    ).stdout
    data: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    data["start_ms"] = (float(data["painted"]) - started) * 1000  # type: ignore[arg-type]
    if "window_painted" in data:
        data["window_ms"] = (float(data["window_painted"]) - started) * 1000  # type: ignore[arg-type]
    return data


def ensure_workspace(n_models: int) -> Path:
    """The cached synthetic workspace of ``n_models`` models."""
    sys.path.insert(0, str(ROOT))
    from bench.synthetic import build

    root = CACHE / f"ws-{n_models}"
    started = time.perf_counter()
    fresh = not (root / "dvk.sqlite3").exists()
    build(root, n_models).close()
    if fresh:
        print(f"generated {n_models:,} models in {time.perf_counter() - started:.1f} s at {root}")
    return root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs="*")
    parser.add_argument(
        "--against", type=Path, help="another checkout (e.g. main) timed the same way, in turn"
    )
    args = parser.parse_args()
    if args.child is not None:
        kind, *rest = args.child
        if kind == "bare":
            child_bare()
        else:
            child_gui(rest[0], workload=kind == "workload")
        return 0

    root = ensure_workspace(args.models)
    spawn("bare")  # warm the disk cache (and write the bytecode) for both
    spawn("gui", str(root))
    if args.against:
        spawn("gui", str(root), code=args.against)
    # Interleaved, so a change of load on a shared machine touches both sides alike.
    bare_runs, gui_runs, other_runs = [], [], []
    for _ in range(args.runs):
        bare_runs.append(spawn("bare"))
        gui_runs.append(spawn("gui", str(root)))
        if args.against:
            other_runs.append(spawn("gui", str(root), code=args.against))
    bare = [float(run["start_ms"]) for run in bare_runs]  # type: ignore[arg-type]
    bare_cpu = [float(run["cpu"]) * 1000 for run in bare_runs]  # type: ignore[arg-type]
    gui = [float(run["start_ms"]) for run in gui_runs]  # type: ignore[arg-type]
    gui_window = [float(run["window_ms"]) for run in gui_runs]  # type: ignore[arg-type]
    gui_cpu = [float(run["cpu"]) * 1000 for run in gui_runs]  # type: ignore[arg-type]
    work = spawn("workload", str(root))
    keys = work["keystroke_ms"]
    jumps = work["jump_ms"]
    steps = work["page_down_ms"]
    assert isinstance(keys, list) and isinstance(jumps, list) and isinstance(steps, list)
    ratio = statistics.median(gui_window) / statistics.median(bare)
    list_ratio = statistics.median(gui) / statistics.median(bare)
    rss = float(work["max_rss_mb"])  # type: ignore[arg-type]

    def row(label: str, value: str, target: str, ok: bool) -> None:
        print(f"{label:<46} {value:>18} {target:>12}  {'OK' if ok else 'MISSED'}")

    print(
        f"\nDVK Desktop GUI benchmark — {work['rows']:,} models, offscreen, median of {args.runs}"
    )
    print(f"{'measure':<46} {'value':>18} {'target':>12}")
    print("-" * 82)
    row("bare PySide6 window: spawn to first paint", f"{statistics.median(bare):.0f} ms", "", True)
    row("DVK Desktop: spawn to first painted main window",
        f"{statistics.median(gui_window):.0f} ms", "", True)  # fmt: skip
    row("DVK Desktop: spawn to first painted list", f"{statistics.median(gui):.0f} ms", "", True)
    row("start-up ratio, main window (DVK / bare)", f"{ratio:.2f}x", f"< {TARGET_START_RATIO}x",
        ratio < TARGET_START_RATIO)  # fmt: skip
    row("start-up ratio, filled list (DVK / bare)", f"{list_ratio:.2f}x", "< 3.0x",
        list_ratio < 3.0)  # fmt: skip
    cpu_ratio = statistics.median(gui_cpu) / statistics.median(bare_cpu)
    row("CPU time to first paint, bare window", f"{statistics.median(bare_cpu):.0f} ms", "", True)
    row("CPU time to the filled list (all threads)", f"{statistics.median(gui_cpu):.0f} ms", "",
        True)  # fmt: skip
    row("CPU ratio, filled list (DVK / bare)", f"{cpu_ratio:.2f}x", "", True)
    if other_runs:
        base = statistics.median(bare)
        other = statistics.median(float(run["start_ms"]) for run in other_runs)  # type: ignore[arg-type]
        other_window = statistics.median(float(run["window_ms"]) for run in other_runs)  # type: ignore[arg-type]
        other_cpu = statistics.median(float(run["cpu"]) * 1000 for run in other_runs)  # type: ignore[arg-type]
        name = args.against.name
        row(f"{name}: first painted main window", f"{other_window:.0f} ms", "", True)
        row(f"{name}: first painted list", f"{other:.0f} ms", "", True)
        row(f"{name}: ratios window, list (/ bare)",
            f"{other_window / base:.2f}x {other / base:.2f}x", "", True)  # fmt: skip
        row(f"{name}: CPU time to the filled list", f"{other_cpu:.0f} ms", "", True)
    row(f"search per keystroke ({len(keys)} keys, {work['matches']} hits) max",
        f"{max(keys):.1f} ms", f"< {TARGET_KEYSTROKE_MS} ms",
        max(keys) < TARGET_KEYSTROKE_MS)  # fmt: skip
    row("search per keystroke median", f"{statistics.median(keys):.1f} ms", "", True)
    row("jump to a random row (40 jumps) max", f"{max(jumps):.1f} ms",
        f"< {TARGET_KEYSTROKE_MS} ms", max(jumps) < TARGET_KEYSTROKE_MS)  # fmt: skip
    row("jump to a random row median", f"{statistics.median(jumps):.1f} ms", "", True)
    row("Page Down (60 steps) max", f"{max(steps):.1f} ms", f"< {TARGET_KEYSTROKE_MS} ms",
        max(steps) < TARGET_KEYSTROKE_MS)  # fmt: skip
    row("sort by owner (click on header)", f"{float(work['sort_owner_ms']):.0f} ms", "", True)  # type: ignore[arg-type]
    row("pages held in memory", str(work["cached_pages"]), "", True)
    row("peak memory (ru_maxrss, after workload)", f"{rss:.0f} MB", f"< {TARGET_MEMORY_MB} MB",
        rss < TARGET_MEMORY_MB)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
