"""The longest freeze of the interface while a person works through the demo workspace.

Usage: python bench/bench_ui_stalls.py [--workspace DIR]

A 5 ms heartbeat timer runs on the UI thread; every gap between two beats longer than the
interval is time the window could not repaint or answer a click. A scripted session (the steps
a commune cadre takes: open each page, open a model and go through its tabs, search, sort, add
a model and close it) runs step by step through the event loop, and the longest gap of each step
is reported against the 100 ms target of issue 4. The baseline is the heartbeat's own jitter on
an idle window, measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_MS = 100
BEAT_MS = 5


class Heartbeat:
    """Records the longest gap between timer beats since the last reset."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000 - BEAT_MS)
        self.last = now

    def reset(self) -> None:
        """Start a new step."""
        self.last = time.perf_counter()
        self.longest = 0.0


def steps(window, app) -> list[tuple[str, Callable[[], object]]]:  # type: ignore[no-untyped-def]
    """The scripted session, as (label, action) pairs run one event-loop turn apart."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = window.model_page
    view = page.ui.table_view
    found: list[object] = []

    def open_first() -> None:
        view.selectRow(0)
        found.append(window.open_editor(page.selected_uuid()))

    def editor_tab(index: int) -> Callable[[], None]:
        return lambda: found[-1].ui.tab_widget.setCurrentIndex(index)  # type: ignore[attr-defined]

    def close_editor() -> None:
        found[-1].close_without_saving()  # type: ignore[attr-defined]

    def type_search() -> None:
        page.ui.search_edit.setFocus()
        QTest.keyClicks(page.ui.search_edit, "thang binh")

    def sort(column: int) -> Callable[[], None]:
        return lambda: view.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    result: list[tuple[str, Callable[[], object]]] = [
        ("idle window (baseline)", lambda: None),
        ("Báo cáo page", lambda: window.show_page(1)),
        ("Gói dữ liệu page", lambda: window.show_page(2)),
        ("Sao lưu page", lambda: window.show_page(3)),
        ("Cài đặt page", lambda: window.show_page(4)),
        ("Mô hình page", lambda: window.show_page(0)),
        ("open a model in the editor", open_first),
    ]
    result += [(f"editor tab {i + 1}", editor_tab(i)) for i in range(1, 6)]
    result += [
        ("close the editor", close_editor),
        ("type 'thang binh' in the search box", type_search),
        ("clear the search", page.ui.search_edit.clear),
    ]
    result += [(f"sort by column {c + 1}", sort(c)) for c in range(8)]
    result += [
        ("new model editor", lambda: found.append(window.open_editor(None))),
        ("close the new model editor", close_editor),
    ]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, default=Path("/tmp/dvk-bench-stalls"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dvk_desktop.gui import app as gui_app
    from dvk_desktop.services.demo import create_demo_workspace
    from dvk_desktop.storage.workspace import open_workspace

    if not (args.workspace / "dvk.sqlite3").exists():
        create_demo_workspace(args.workspace).engine.dispose()
    app = QApplication(sys.argv)
    gui_app.apply_font(app, gui_app.load_fonts(), 10)
    gui_app.install_translator(app, "vi")
    from dvk_desktop.gui.windows.main_window import MainWindow

    heart = Heartbeat()
    window = MainWindow(auto_backup=False)
    window.resize(1366, 740)
    window.show()
    heart.timer.start()
    report: list[tuple[str, float]] = []
    plan: list[tuple[str, Callable[[], object]]] = []

    def opened() -> None:
        report.append(("open the workspace and fill the list", heart.longest))
        plan.extend(steps(window, app))
        QTimer.singleShot(300, run_next)

    def run_next() -> None:
        if not plan:
            app.quit()
            return
        label, action = plan.pop(0)
        heart.reset()
        action()

        def finish() -> None:
            report.append((label, heart.longest))
            run_next()

        QTimer.singleShot(400, finish)  # let background work (counts, thumbnails) land too

    window.workspace_shown.connect(lambda: QTimer.singleShot(300, opened))
    heart.reset()
    # As gui.app does: the list's first page is read from the folder while the ORM loads.
    window.open_later(lambda: open_workspace(args.workspace), background=True,
                      first_page=args.workspace)  # fmt: skip
    app.exec()

    print(f"\nLongest interface freeze per step, demo workspace ({args.workspace})")
    print(f"{'step':<42} {'longest freeze':>15} {'target':>9}")
    print("-" * 74)
    for label, ms in report:
        ok = ms < TARGET_MS
        print(f"{label:<42} {ms:>12.0f} ms {'< ' + str(TARGET_MS) + ' ms':>9}  "
              f"{'OK' if ok else 'MISSED'}")  # fmt: skip
    worst = max(ms for label, ms in report[1:] if "baseline" not in label)
    print(f"{'worst step after opening':<42} {worst:>12.0f} ms")
    os._exit(0)  # skip PySide6 teardown


if __name__ == "__main__":
    raise SystemExit(main())
