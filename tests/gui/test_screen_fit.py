"""Every dialog, the first-run wizard and the model editor fit 1366×768 at 100, 125 and 150 %.

Qt lays windows out in logical pixels, which do not change with the scale factor: a window
whose smallest usable size fits 1366×768 divided by the scale fits that screen. The room left
for a window is the screen minus a taskbar and the window's own title bar and frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, QSize, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from dvk_desktop.gui import app as gui_app
from dvk_desktop.gui.screen import FRAME_ALLOWANCE, fit_to_screen
from dvk_desktop.storage.queries.models import ModelFilter, list_models

SCALES = (1.0, 1.25, 1.5)
TASKBAR = 40  # logical pixels at the bottom (Windows' taskbar scales with the screen)


def room(scale: float) -> QSize:
    """What a window's content may use on a 1366×768 screen at ``scale``."""
    screen = QSize(int(1366 / scale), int(768 / scale) - TASKBAR)
    return screen - FRAME_ALLOWANCE


def needed(widget: QWidget) -> QSize:
    """The smallest size at which ``widget`` shows everything (its layout can go no smaller)."""
    widget.show()
    QApplication.processEvents()
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def _dialogs(demo) -> Iterator[tuple[str, Callable[[], QWidget]]]:  # type: ignore[no-untyped-def]
    from dvk_desktop.gui.dialogs import directory_dialogs
    from dvk_desktop.gui.dialogs.export_wizard import ExportWizard
    from dvk_desktop.gui.dialogs.first_run import FirstRunWizard
    from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog
    from dvk_desktop.gui.dialogs.progress_report import ProgressReportDialog
    from dvk_desktop.gui.errors import ErrorDialog
    from dvk_desktop.services import progress_reports

    with demo.sessions() as session:
        rows = list_models(session, ModelFilter(), limit=100)
    longest = max(rows, key=lambda r: len(r.name))  # a long name in the editor's title

    def editor() -> QWidget:
        dialog = ModelEditorDialog(demo, longest.uuid)
        for i in range(dialog.ui.tab_widget.count()):  # each tab's content is laid out once seen
            dialog.ui.tab_widget.setCurrentIndex(i)
            dialog.show()
            QApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(5000)
        return dialog

    def wizard_pages() -> QWidget:
        wizard = FirstRunWizard(None)
        wizard.show()
        wizard.ui.unit_search_edit.setText("hoa tien")
        while wizard.currentPage() is not wizard.ui.upper_key_page:
            wizard._search_units()
            wizard.next()
        return wizard

    reported = next(r for r in rows if progress_reports.timeline(demo, r.uuid))

    def progress(edit: bool) -> Callable[[], QWidget]:
        def make() -> QWidget:
            entry = progress_reports.timeline(demo, reported.uuid)[-1] if edit else None
            indicators = ModelEditorDialog(demo, reported.uuid).snapshot["indicators"]
            return ProgressReportDialog(demo, reported.uuid, indicators, entry=entry)

        return make

    yield "model editor", editor
    yield "new model", lambda: ModelEditorDialog(demo, None)
    yield "first-run wizard", lambda: FirstRunWizard(None)
    yield "first-run wizard, last page", wizard_pages
    yield "export wizard", lambda: ExportWizard(demo)
    yield "progress report", progress(False)
    yield "progress report, editing", progress(True)
    yield "add organisation", lambda: directory_dialogs.AddOrganisationDialog(demo)
    yield "add person", lambda: directory_dialogs.AddPersonDialog(demo)
    yield "add village", lambda: directory_dialogs.AddVillageDialog(demo)
    from dvk_desktop.gui.dialogs.verify_print import VerifyPrintDialog
    from dvk_desktop.gui.dialogs.xlsx_import import XlsxImportDialog

    yield "spreadsheet import", lambda: XlsxImportDialog(demo)
    yield "check a printed form", lambda: VerifyPrintDialog(demo)
    yield "error", lambda: ErrorDialog(None, "Không xuất được gói. " * 8, "• chi tiết\n" * 30)


@pytest.fixture(scope="module")
def sizes(qapp, demo_template, tmp_path_factory) -> dict[tuple[str, str], QSize]:  # type: ignore[no-untyped-def]
    """The size each dialog needs, in Vietnamese and in English (measured once)."""
    import shutil

    from dvk_desktop.storage.workspace import open_workspace

    root = tmp_path_factory.mktemp("fit") / "demo"
    shutil.copytree(demo_template, root)
    demo = open_workspace(root)
    found: dict[tuple[str, str], QSize] = {}
    try:
        for language in ("vi", "en"):
            gui_app.install_translator(qapp, language)
            for name, make in _dialogs(demo):
                widget = make()
                found[(language, name)] = needed(widget)
                widget.close()
                widget.deleteLater()
            QThreadPool.globalInstance().waitForDone(5000)
    finally:
        gui_app.install_translator(qapp, "vi")
        demo.close()
    return found


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_main_window_fits_at_every_scale(qtbot, qapp, demo, scale, language) -> None:  # type: ignore[no-untyped-def]
    from dvk_desktop.gui.windows.main_window import MainWindow

    gui_app.install_translator(qapp, language)
    try:
        window = MainWindow(demo, auto_backup=False)
        qtbot.addWidget(window)
        for key, _label in window.nav:  # every page in the window, as the user will see them
            window.page(key)
        size = needed(window)
    finally:
        gui_app.install_translator(qapp, "vi")
    limit = room(scale)
    assert size.width() <= limit.width() and size.height() <= limit.height(), size


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_dialog_fits_the_screen(sizes, scale: float, language: str) -> None:  # type: ignore[no-untyped-def]
    limit = room(scale)
    too_big = {
        name: (size.width(), size.height())
        for (lang, name), size in sizes.items()
        if lang == language and (size.width() > limit.width() or size.height() > limit.height())
    }
    assert too_big == {}, f"more than {limit.width()}×{limit.height()} at {scale:.0%}"


def test_a_dialog_opens_no_larger_than_the_screen(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog

    editor = ModelEditorDialog(demo, None)
    qtbot.addWidget(editor)
    editor.resize(1260, 690)  # its designed size, for 1366×768 at 100 %
    fit_to_screen(editor, QRect(0, 0, 910, 512 - TASKBAR))  # the same screen at 150 %
    limit = QSize(910, 512 - TASKBAR) - FRAME_ALLOWANCE
    assert editor.width() <= limit.width() and editor.height() <= limit.height()
    editor.close_without_saving()
