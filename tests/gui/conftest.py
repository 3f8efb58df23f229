"""Qt fixtures: offscreen platform, bundled fonts, a main window on a fresh workspace per test."""

from __future__ import annotations

import os
import tempfile

# Before any Qt import: no display is needed, and preferences go to a throw-away folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="dvk-gui-config-")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from dvk_desktop.gui import app as gui_app
from dvk_desktop.gui.errors import open_error_dialogs
from dvk_desktop.gui.tasks import running_operations
from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.storage.workspace import WorkspaceHandle


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp: QApplication) -> None:
    family = gui_app.load_fonts()
    gui_app.apply_font(qapp, family, 10)
    gui_app.install_translator(qapp, "vi")


@pytest.fixture(autouse=True)
def _no_leftovers(qtbot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
    for dialog in open_error_dialogs():
        dialog.close()


def open_window(qtbot, handle: WorkspaceHandle) -> MainWindow:
    window = MainWindow(handle, auto_backup=False)
    window.resize(1366, 740)
    qtbot.addWidget(window, before_close_func=_discard_editors)
    window.show()
    qtbot.waitExposed(window)
    return window


def _discard_editors(window: MainWindow) -> None:
    for editor in list(window.editors.values()):
        if editor.isVisible():
            editor.close_without_saving()


@pytest.fixture
def english(qapp):
    """The interface (and the core's messages) in English for one test."""
    from dvk_desktop import messages

    assert gui_app.install_translator(qapp, "en")
    assert messages.language() == "en"
    yield
    gui_app.install_translator(qapp, "vi")
    assert messages.language() == "vi"


@pytest.fixture
def window(qtbot, workspace: WorkspaceHandle) -> MainWindow:
    """The main window on an empty commune workspace (one village, two organisations)."""
    return open_window(qtbot, workspace)


@pytest.fixture
def demo_window(qtbot, demo: WorkspaceHandle) -> MainWindow:
    """The main window on a private copy of the demo workspace (44 models)."""
    return open_window(qtbot, demo)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Vietnamese letters included.

    QTest's keyClicks only knows ASCII keys; a Vietnamese keyboard (Unikey, Telex) delivers the
    finished letter as the event's text, so that is what non-ASCII characters send here.
    """
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def answer_next_box(button_text: str) -> None:
    """Click ``button_text`` on the next modal message box, as a person would."""

    def attempt(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            for button in box.buttons():
                if isinstance(button, QAbstractButton) and button.text() == button_text:
                    button.click()
                    return
        if tries < 2000:  # a loaded machine may take long to show the box
            QTimer.singleShot(25, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


@pytest.fixture
def make_photo(tmp_path: Path) -> Callable[..., Path]:
    """Write a JPEG with an EXIF "date taken"."""

    def make(
        name: str = "anh.jpg",
        taken: str = "2026:03:14 09:30:00",
        size=(640, 480),
        colour=(30, 120, 60),
        noise: bool = False,
    ) -> Path:
        image = Image.new("RGB", size, colour)
        if noise:
            image = Image.effect_noise(size, 80).convert("RGB")
        exif = Image.Exif()
        exif[306] = taken
        exif.get_ifd(0x8769)[36867] = taken
        path = tmp_path / name
        image.save(path, "JPEG", exif=exif, quality=95)
        return path

    return make


def answer_next_inputs(texts: list[str]) -> None:
    """Type each text into the next modal input dialog (e.g. a passphrase) and press OK."""
    from PySide6.QtWidgets import QInputDialog

    remaining = list(texts)

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.isVisible():
            dialog.setTextValue(remaining.pop(0))
            dialog.accept()
            if remaining:
                QTimer.singleShot(25, attempt)
            return
        if tries < 400:
            QTimer.singleShot(25, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)
