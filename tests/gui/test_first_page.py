"""The model list shows its first page before the workspace (and SQLAlchemy) has opened."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt

from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.gui.windows.model_list import SEARCH_DELAY_MS
from dvk_desktop.storage.queries.models import ModelFilter, count_models, list_models
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.gui.conftest import _discard_editors

ROOT = Path(__file__).resolve().parents[2]


def test_the_list_paints_its_rows_before_sqlalchemy_is_loaded(demo: WorkspaceHandle) -> None:
    # A fresh process, as the program starts: SQLAlchemy is imported by the opening worker
    # only once the list is on screen (it used to come first, about a second of the start).
    probe = """
import os, sys
from pathlib import Path

from PySide6.QtCore import Qt
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from dvk_desktop.gui.windows.main_window import MainWindow
root = Path(sys.argv[1])
window = MainWindow(auto_backup=False)
seen = []
def shown():
    seen.append((window.model_page.table_model.rowCount(), "sqlalchemy" in sys.modules))
window.list_shown.connect(shown)
window.workspace_shown.connect(app.quit)
def opener():
    from dvk_desktop.storage.workspace import open_workspace
    return open_workspace(root)
window.show()
window.open_later(opener, background=True, first_page=root)
app.exec()
print(seen)
sys.stdout.flush()
os._exit(0)
"""
    with demo.readers() as session:
        rows = count_models(session, ModelFilter())
    done = subprocess.run(
        [sys.executable, "-c", probe, str(demo.paths.root)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == str([(rows, False)])


def _held_open(qtbot, root: Path, size: tuple[int, int] | None = None):  # type: ignore[no-untyped-def]
    """A window whose workspace opens in the background, its ORM part held until ``gate``."""
    window = MainWindow(auto_backup=False)
    qtbot.addWidget(window, before_close_func=_discard_editors)
    if size is not None:
        window.resize(*size)
    window.show()
    gate = threading.Event()

    def opener() -> WorkspaceHandle:  # the ORM's part of the open waits for the test
        assert gate.wait(20)
        return open_workspace(root)

    with qtbot.waitSignal(window.list_shown, timeout=10_000):
        window.open_later(opener, background=True, first_page=root)
    return window, gate


def test_a_search_and_an_open_asked_while_opening_run_once_the_workspace_is_open(
    qtbot, demo: WorkspaceHandle
) -> None:
    root = demo.paths.root
    with demo.readers() as session:
        first = list_models(session, ModelFilter(), limit=100)
        found = count_models(session, ModelFilter(search="thap sang"))
    assert 0 < found < len(first)
    window, gate = _held_open(qtbot, root)
    page = window.model_page
    assert not page.opened
    assert not window.ui.nav_list.isEnabled()  # no other page before the workspace is open
    assert page.table_model.rowCount() == len(first)
    assert [page.table_model.row_at(i) for i in range(len(first))] == first
    assert page.ui.result_label.text() == f"{len(first)} mô hình phù hợp"
    summary = page.ui.counts_label.text()
    assert "Kinh tế" in summary  # the counts by field and type came with the first page
    assert "Vùng làm việc này chưa được sao lưu" in window.ui.backup_banner.text()
    page.ui.search_edit.setText("thap sang")
    qtbot.wait(SEARCH_DELAY_MS + 100)
    assert page.table_model.rowCount() == len(first)  # the search waits for the workspace
    page.ui.table_view.selectRow(0)
    page.ui.open_button.click()
    assert window.editors == {}
    with qtbot.waitSignal(window.workspace_shown, timeout=20_000):
        gate.set()
    assert window.model_page is page and page.opened  # the same page, now attached
    assert window.ui.nav_list.isEnabled()
    assert page.table_model.rowCount() == found
    qtbot.waitUntil(lambda: page.ui.counts_label.text() != summary)  # counted for the search
    qtbot.waitUntil(lambda: first[0].uuid in window.editors, timeout=10_000)


def test_the_editors_warm_up_reads_a_model_without_waiting_for_a_writer(
    demo: WorkspaceHandle,
) -> None:
    import sqlite3

    from dvk_desktop.gui.dialogs.editor_warm_up import read_as_editor, reading_copy

    with demo.readers() as session:
        uuid = list_models(session, ModelFilter(), limit=1)[0].uuid
    writer = sqlite3.connect(demo.paths.database, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another clerk's save holds the write lock
    try:
        read_as_editor(reading_copy(demo), uuid)  # reads only: it never queues behind it
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_while_opening_the_list_paints_without_waiting_for_the_interpreter(
    qtbot, demo: WorkspaceHandle, monkeypatch
) -> None:
    # Each call a paint makes into a Python model waits for the interpreter while the opening
    # worker loads the ORM (up to 5 ms a call, about 1,800 calls a paint): the window froze
    # for as long as the worker ran. While opening, the list paints from Qt's own items.
    from PySide6.QtCore import QItemSelectionModel

    from dvk_desktop.gui.models.model_table import ModelsTableModel
    from dvk_desktop.gui.windows.model_list import ProgressBarDelegate

    root = demo.paths.root
    with demo.readers() as session:
        first = list_models(session, ModelFilter(), limit=100)
    window, gate = _held_open(qtbot, root, (1200, 700))
    page = window.model_page
    view = page.ui.table_view
    calls: list[int] = []
    data = ModelsTableModel.data
    monkeypatch.setattr(
        ModelsTableModel, "data", lambda self, *a: calls.append(1) or data(self, *a)
    )
    view.viewport().repaint()
    assert calls == []  # painted without calling into Python
    shown = view.model()
    assert shown.rowCount() == len(first)
    assert shown.index(0, 1).data() == first[0].name
    assert shown.index(0, 0).data() == first[0].code
    status = page.table_model.column_of("status")
    assert shown.index(0, status).data(Qt.ItemDataRole.ForegroundRole) is not None
    # What the user does meanwhile is kept: the selection, a column sorted by a header click.
    view.selectionModel().select(
        shown.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.setCurrentIndex(shown.index(2, 1))
    widths = [view.horizontalHeader().sectionSize(c) for c in range(shown.columnCount())]
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    with qtbot.waitSignal(window.workspace_shown, timeout=20_000):
        gate.set()
    assert view.model() is page.table_model
    assert page.selected_uuid() == first[2].uuid
    assert page.selected_rows() == [(first[2].uuid, first[2].code)]
    assert [view.horizontalHeader().sectionSize(c) for c in range(len(widths))] == widths
    assert bar.value() == scrolled
    progress = page.table_model.progress_column
    assert isinstance(view.itemDelegateForColumn(progress), ProgressBarDelegate)
    qtbot.waitUntil(view.updatesEnabled)  # painted in the next turn, not with the set-up
    qtbot.waitUntil(lambda: page.ui.year_combo.count() > 1)  # the years read, a turn later too
    view.viewport().repaint()
    assert calls  # the table model paints again, with the progress bars


def test_a_header_click_while_opening_sorts_once_the_workspace_is_open(
    qtbot, demo: WorkspaceHandle
) -> None:
    root = demo.paths.root
    window, gate = _held_open(qtbot, root)
    page = window.model_page
    page.ui.table_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # as a header click does
    with qtbot.waitSignal(window.workspace_shown, timeout=20_000):
        gate.set()
    assert page.table_model.order() == ("code", True)
    assert page.table_model.index(0, 0).data() == "MH-2026-044"
    header = page.ui.table_view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.DescendingOrder,
    )  # fmt: skip
