"""Start-up: fonts, language, error hook, the workspace (demo on first run), the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dvk_desktop import __version__
from dvk_desktop.config import APP_NAME, default_workspace_dir, portable_dir
from dvk_desktop.errors import DvkError, StorageError
from dvk_desktop.gui import preferences
from dvk_desktop.gui.errors import install_excepthook, set_log_file, show_error
from dvk_desktop.gui.i18n import set_language, tr
from dvk_desktop.gui.screen import fit_to_screen
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


def _load(app: QCoreApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _TRANSLATORS.append(translator)
    return True


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Load the translations of ``language``: ours for English, Qt's own texts for Vietnamese.

    Vietnamese is the source language of our texts, but Qt's own (the file dialog, OK/Cancel,
    the text-field menu) are English: Qt's qtbase_vi.qm where a Qt build ships one, and ours
    (resources/translations/qt_vi.qm, made by ui/compile.py) for what it lacks.
    """
    for old in _TRANSLATORS:
        app.removeTranslator(old)
    _TRANSLATORS.clear()
    # Qt's own words that come from the locale (the calendar's months and weekdays) follow the
    # interface's language; dates keep their dd/MM/yyyy display formats in both.
    QLocale.setDefault(QLocale("en_GB" if language == "en" else "vi_VN"))
    set_language("en" if language == "en" else "vi")
    try:
        path = resource_path("translations", "dvk_en.qm" if language == "en" else "qt_vi.qm")
    except StorageError:
        return False
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if language == "en":
        loaded = _load(app, str(path))
        # Qt's own English (plural forms of its dialogs), where the Qt build ships it.
        if (qt_folder / "qtbase_en.qm").is_file():
            _load(app, str(qt_folder / "qtbase_en.qm"))
        return loaded
    loaded = _load(app, str(path))
    shipped = qt_folder / "qtbase_vi.qm"
    if shipped.is_file():  # installed last, so searched first: Qt's own wording wins
        _load(app, str(shipped))
    return loaded


# storage.workspace.DATABASE_URL_FILE, repeated so that start-up need not import storage
# (tests/gui/test_app_and_wizard.py checks that the two agree).
DATABASE_URL_FILE = "database-url.txt"


def has_workspace(root: Path) -> bool:
    """Whether ``root`` already holds a workspace (or is mid-restore: opening finishes it).

    The journal name is storage.recovery.restore_journal's; a half-restored path must never
    be offered the demo.
    """
    pending = root.parent / f".{root.name}.khoi-phuc.json"
    return any(p.exists() for p in (root / "dvk.sqlite3", root / DATABASE_URL_FILE, pending))


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
    restore = box.addButton(tr("Khôi phục từ máy cũ…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    if box.clickedButton() is demo:
        return "demo"
    if box.clickedButton() is wizard:
        return "wizard"
    if box.clickedButton() is restore:
        return "restore"
    return "quit"


def run_transfer_restore(root: Path) -> WorkspaceHandle | None:
    """First start on a new computer: restore the file made on the old one into ``root``."""
    from dvk_desktop.gui.dialogs.transfer_dialog import TransferDialog

    dialog = TransferDialog(root)
    dialog.exec()
    return dialog.handle


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
    if choice == "restore":
        return run_transfer_restore(root)
    return None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Command-line options of the windowed program."""
    parser = argparse.ArgumentParser(prog="dvk-desktop", description=APP_NAME)
    parser.add_argument("--workspace", "-w", type=Path, help="thư mục vùng làm việc")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện")
    parser.add_argument("--demo", action="store_true", help="tạo dữ liệu mẫu nếu thư mục trống")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--self-test", action="store_true", help="tự kiểm tra trong thư mục tạm rồi thoát"
    )
    # A package double-clicked in Explorer (the installer's file association) arrives here.
    parser.add_argument("files", nargs="*", type=Path, help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


PACKAGE_SUFFIXES = (".dvkpkg", ".dvkpkg.age")


def package_argument(args: argparse.Namespace) -> Path | None:
    """The first package file named on the command line, if any."""
    for path in args.files:
        if str(path).lower().endswith(PACKAGE_SUFFIXES):
            return Path(path).expanduser()
    return None


def import_when_shown(window: object, package: Path) -> None:
    """Hand ``package`` to the Packages page's import once the workspace is on screen."""
    from PySide6.QtCore import QTimer

    from dvk_desktop.gui.windows.main_window import PAGE_PACKAGES

    pending = [package]

    def hand_over() -> None:
        if not pending:  # once: not again when another workspace is opened later
            return
        window.show_page(PAGE_PACKAGES)  # type: ignore[attr-defined]
        window.packages_page.import_file(pending.pop())  # type: ignore[attr-defined]

    if hasattr(window, "packages_page"):
        QTimer.singleShot(0, hand_over)
    else:
        window.workspace_shown.connect(hand_over)  # type: ignore[attr-defined]


def workspace_root(args: argparse.Namespace) -> Path:
    """--workspace, then $DVK_WORKSPACE, then the folder chosen in Settings, then the default."""
    if args.workspace:
        return Path(args.workspace).expanduser()
    if os.environ.get("DVK_WORKSPACE"):
        return default_workspace_dir()
    chosen = preferences.workspace_dir()
    if chosen is not None and portable_dir() is not None and not chosen.exists():
        chosen = None  # a portable copy on another PC: the stick's drive letter changed
    return chosen or default_workspace_dir()


def workspace_language(settings: Mapping[str, str]) -> str | None:
    """The language saved in the workspace's settings."""
    value = settings.get("language")
    return value if value in ("vi", "en") else None


def main(argv: Sequence[str] | None = None) -> int:
    """Start the program; ``--workspace DIR`` and ``--lang vi|en`` as in the README."""
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.self_test:
        from dvk_desktop.gui import self_test

        self_test.prepare_environment()
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "dvk.png"))))
    family = load_fonts()
    apply_font(app, family, preferences.font_size())
    install_excepthook()
    if args.self_test:
        return self_test.run(app)
    if os.environ.get("DVK_EXIT_AFTER_PAINT"):
        from dvk_desktop.gui.self_test import exit_after_first_paint

        exit_after_first_paint(app)
    root = workspace_root(args)
    from dvk_desktop.gui import single_instance

    # Double-clicking the program (or a package) while it runs on this workspace: the running
    # window comes to the front and imports the package; no second program on one workspace.
    if single_instance.hand_over(root, list(args.files)):
        return 0
    set_log_file(root / "logs" / "dvk.log")
    from dvk_desktop.gui.context import sweep_viewing_copies

    sweep_viewing_copies()  # what an earlier run left for a viewer (a few files at most)
    install_translator(app, args.lang or preferences.language())
    server = single_instance.InstanceServer(root, app)
    server.listen()
    try:
        return _run(app, args, root, family, server)
    finally:
        server.close()


def _run(
    app: QApplication,
    args: argparse.Namespace,
    root: Path,
    family: str,
    server: object,
) -> int:
    """Open the workspace at ``root`` in the main window and run until it closes."""
    from dvk_desktop.gui.single_instance import bring_to_front
    from dvk_desktop.gui.windows.main_window import MainWindow

    shown: list[QWidget] = []

    def on_files_received(files: list[Path]) -> None:
        target = shown[0] if shown else QApplication.activeModalWidget()
        if target is None:
            return
        bring_to_front(target)
        package = next((f for f in files if str(f).lower().endswith(PACKAGE_SUFFIXES)), None)
        logging.getLogger("dvk.gui").info(
            "another start: window brought to the front%s",
            f", importing {package.name}" if package is not None and shown else "",
        )
        if package is not None and shown:
            import_when_shown(shown[0], package)

    server.files_received.connect(on_files_received)  # type: ignore[attr-defined]

    def apply_workspace_preferences(settings: Mapping[str, str]) -> None:
        language = args.lang or workspace_language(settings) or preferences.language()
        install_translator(app, language)
        try:
            points = int(settings.get("font_size", "") or preferences.font_size())
        except ValueError:
            points = preferences.font_size()
        apply_font(app, family, points)

    package = package_argument(args)
    if has_workspace(root):
        # The usual start: paint the window at once, open the database right after.
        window = MainWindow()
        shown.append(window)
        if package is not None:
            import_when_shown(window, package)
        fit_to_screen(window)
        window.show()

        def open_it() -> WorkspaceHandle:
            # Imported here, in the opening worker: SQLAlchemy costs about a second, and the
            # window must paint first (this import used to run before the event loop did).
            from dvk_desktop.storage.workspace import open_workspace

            return open_workspace(root)

        # The list's first page is read from ``root`` and shown before SQLAlchemy has loaded.
        window.open_later(open_it, apply_workspace_preferences, background=True, first_page=root)
        return app.exec()
    try:
        handle = open_or_create(root, demo=args.demo)
    except DvkError as exc:
        dialog = show_error(None, exc)
        dialog.exec()
        return 2
    if handle is None:
        return 0
    from dvk_desktop.gui.windows.workspace_flow import workspace_settings

    apply_workspace_preferences(workspace_settings(handle))
    window = MainWindow(handle)
    shown.append(window)
    if package is not None:
        import_when_shown(window, package)
    # The .ui size suits 1366×768 at 100 %; at 125/150 % it would run off the screen.
    fit_to_screen(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
