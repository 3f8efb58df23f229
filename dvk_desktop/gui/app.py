"""Start-up: fonts, language, error hook, the workspace (demo on first run), the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dvk_desktop import __version__
from dvk_desktop.config import APP_NAME, default_workspace_dir
from dvk_desktop.errors import DvkError, StorageError
from dvk_desktop.gui import preferences
from dvk_desktop.gui.errors import install_excepthook, set_log_file, show_error
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import run_in_background
from dvk_desktop.resources import resource_path

# Services and storage (SQLAlchemy) are imported after the main window has painted.
if TYPE_CHECKING:
    from dvk_desktop.storage.workspace import WorkspaceHandle

FONT_FAMILY = "Liberation Sans"
_TRANSLATORS: list[QTranslator] = []


def load_fonts() -> str:
    """Register the bundled Liberation fonts (full Vietnamese coverage on any machine)."""
    family = ""
    folder = resource_path("fonts")
    for path in sorted(folder.glob("LiberationSans-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or FONT_FAMILY


def apply_font(app: QApplication, family: str, points: int) -> None:
    """Use the bundled family at ``points`` for the whole interface."""
    font = QFont(family, points)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Load the English translation when asked; Vietnamese is the source language."""
    for old in _TRANSLATORS:
        app.removeTranslator(old)
    _TRANSLATORS.clear()
    QLocale.setDefault(QLocale("vi_VN"))
    if language != "en":
        return True
    translator = QTranslator(app)
    try:
        path = resource_path("translations", "dvk_en.qm")
    except StorageError:
        return False
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _TRANSLATORS.append(translator)
    return True


# storage.workspace.DATABASE_URL_FILE, repeated so that start-up need not import storage
# (tests/gui/test_app_and_wizard.py checks that the two agree).
DATABASE_URL_FILE = "database-url.txt"


def has_workspace(root: Path) -> bool:
    """Whether ``root`` already holds a workspace."""
    return (root / "dvk.sqlite3").exists() or (root / DATABASE_URL_FILE).exists()


def wait_for(operation: object) -> None:
    """Run the event loop until a background operation ends (start-up has no window yet)."""
    loop = QEventLoop()
    operation.finished.connect(loop.quit)  # type: ignore[attr-defined]
    if operation.running:  # type: ignore[attr-defined]
        loop.exec()


def create_demo(root: Path, parent: QWidget | None = None) -> WorkspaceHandle | None:
    """Build the demo workspace of Xã Thăng Bình with a progress dialog; None if cancelled."""
    from dvk_desktop.services.demo import create_demo_workspace

    result: list[WorkspaceHandle] = []
    operation = run_in_background(
        parent,
        lambda reporter, cancel: create_demo_workspace(root, reporter=reporter, cancel=cancel),
        on_success=result.append,
        label=tr("Đang tạo dữ liệu mẫu (Xã Thăng Bình, Đà Nẵng)"),
    )
    wait_for(operation)
    return result[0] if result else None


def ask_first_run(root: Path) -> str:
    """Ask how to start on an empty folder: "demo", "wizard" or "quit"."""
    box = QMessageBox()
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(tr("Chưa có dữ liệu trong thư mục “%1”.").replace("%1", str(root)))
    box.setInformativeText(
        tr(
            "Dùng dữ liệu mẫu của Xã Thăng Bình (Đà Nẵng) để làm quen, hay tạo vùng làm việc "
            "mới cho đơn vị của bạn?"
        )
    )
    demo = box.addButton(tr("Dùng dữ liệu mẫu"), QMessageBox.ButtonRole.AcceptRole)
    wizard = box.addButton(tr("Tạo vùng làm việc mới…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    if box.clickedButton() is demo:
        return "demo"
    if box.clickedButton() is wizard:
        return "wizard"
    return "quit"


def run_wizard(root: Path, parent: QWidget | None = None) -> WorkspaceHandle | None:
    """The first-run wizard; returns the new workspace or None if abandoned."""
    from dvk_desktop.gui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(root, parent)
    wizard.exec()
    summary = wizard.key_summary()
    if summary:
        QMessageBox.information(parent, tr("Khóa ký của đơn vị"), summary)
    return wizard.handle


def open_or_create(root: Path, *, demo: bool = False) -> WorkspaceHandle | None:
    """Open the workspace at ``root``; on an empty folder build the demo or run the wizard."""
    from dvk_desktop.storage.workspace import open_workspace

    if has_workspace(root):
        return open_workspace(root)
    choice = "demo" if demo else ask_first_run(root)
    if choice == "demo":
        return create_demo(root)
    if choice == "wizard":
        return run_wizard(root)
    return None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Command-line options of the windowed program."""
    parser = argparse.ArgumentParser(prog="dvk-desktop", description=APP_NAME)
    parser.add_argument("--workspace", "-w", type=Path, help="thư mục vùng làm việc")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện")
    parser.add_argument("--demo", action="store_true", help="tạo dữ liệu mẫu nếu thư mục trống")
    parser.add_argument("--version", action="version", version=__version__)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def workspace_root(args: argparse.Namespace) -> Path:
    """--workspace, then $DVK_WORKSPACE, then the folder chosen in Settings, then the default."""
    if args.workspace:
        return Path(args.workspace).expanduser()
    if os.environ.get("DVK_WORKSPACE"):
        return default_workspace_dir()
    return preferences.workspace_dir() or default_workspace_dir()


def workspace_language(handle: WorkspaceHandle) -> str | None:
    """The language saved in the workspace's settings."""
    from dvk_desktop.services.workspace_setup import get_settings

    try:
        value = get_settings(handle).get("language")
    except DvkError:
        return None
    return value if value in ("vi", "en") else None


def main(argv: Sequence[str] | None = None) -> int:
    """Start the program; ``--workspace DIR`` and ``--lang vi|en`` as in the README."""
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "dvk.png"))))
    family = load_fonts()
    apply_font(app, family, preferences.font_size())
    install_excepthook()
    root = workspace_root(args)
    set_log_file(root / "logs" / "dvk.log")
    install_translator(app, args.lang or preferences.language())
    from dvk_desktop.gui.windows.main_window import MainWindow

    def apply_workspace_preferences(handle: WorkspaceHandle) -> None:
        from dvk_desktop.services.workspace_setup import get_settings

        install_translator(app, args.lang or workspace_language(handle) or preferences.language())
        try:
            points = int(get_settings(handle).get("font_size", "") or preferences.font_size())
        except ValueError:
            points = preferences.font_size()
        apply_font(app, family, points)

    if has_workspace(root):
        # The usual start: paint the window at once, open the database right after.
        window = MainWindow()
        window.show()
        from dvk_desktop.storage.workspace import open_workspace

        window.open_later(
            lambda: open_workspace(root), apply_workspace_preferences, background=True
        )
        return app.exec()
    try:
        handle = open_or_create(root, demo=args.demo)
    except DvkError as exc:
        dialog = show_error(None, exc)
        dialog.exec()
        return 2
    if handle is None:
        return 0
    apply_workspace_preferences(handle)
    window = MainWindow(handle)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
