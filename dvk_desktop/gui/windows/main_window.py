"""The main window: navigation, pages, status bar, automatic backups, workspace switching."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from dvk_desktop import __version__
from dvk_desktop.config import APP_NAME
from dvk_desktop.gui.errors import set_log_file
from dvk_desktop.gui.forms.ui_main_window import Ui_MainWindow
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation
from dvk_desktop.gui.windows import page_factories as build
from dvk_desktop.gui.windows.navigation import Navigation, PageAccessor
from dvk_desktop.gui.windows.status_area import StatusArea
from dvk_desktop.gui.windows.workspace_flow import LoadingPage, WorkspaceFlow

# The pages, the services and SQLAlchemy are imported when a workspace is shown, not here: the
# window must paint before that cost is paid (see bench/bench_gui.py).
if TYPE_CHECKING:
    from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog
    from dvk_desktop.gui.windows.backup_page import BackupPage
    from dvk_desktop.gui.windows.changes_page import ChangesPage
    from dvk_desktop.gui.windows.communes_page import CommunesPage
    from dvk_desktop.gui.windows.decisions_page import DecisionsPage
    from dvk_desktop.gui.windows.inbox_page import InboxPage
    from dvk_desktop.gui.windows.model_list import ModelListPage
    from dvk_desktop.gui.windows.packages_page import PackagesPage
    from dvk_desktop.gui.windows.reports_page import ReportsPage
    from dvk_desktop.gui.windows.review_page import ReviewPage
    from dvk_desktop.gui.windows.scoring_page import ScoringPage
    from dvk_desktop.gui.windows.send_back_page import SendBackPage
    from dvk_desktop.gui.windows.settings_page import SettingsPage
    from dvk_desktop.gui.windows.summary_page import SummaryPage
    from dvk_desktop.storage.workspace import WorkspaceHandle

__all__ = ["PAGE_FACTORIES", "PAGE_MODELS", "PAGE_PACKAGES", "LoadingPage", "MainWindow"]

# Set in code once the window has painted, not in the .ui: turning "Ctrl+N" into a key
# sequence makes PySide6 build the Qt namespace's enums (about 50 ms) before the first paint.
SHORTCUTS = (
    ("action_new_model", "Ctrl+N"),
    ("action_find", "Ctrl+F"),
    ("action_print_forms", "Ctrl+P"),
    ("action_quit", "Ctrl+Q"),
)
# The other pages' modules are imported one per step, this long after the list shows and
# this far apart (page_factories.LATER_MODULES): the events waiting run between two steps, and
# the editor's modules (the last) are in about 1.5 s after the list shows.
LATER_IMPORTS_START_MS, LATER_IMPORTS_GAP_MS, LATER_IMPORTS_BUSY_MS = 500, 20, 100
# Between two pieces of the first page's set-up: a timer, not 0 ms (a posted call, run before
# the timers and input waiting), so whatever waits runs in between.
TURN_MS = 1
# Rows of a commune's navigation (an upper level has more pages: find them with page_row).
PAGE_MODELS, PAGE_REPORTS, PAGE_PACKAGES, PAGE_BACKUP, PAGE_SETTINGS = range(5)

# The navigation of each role: (page key, label). Both roles share the pages where the work is
# the same; an upper level's words fit its work ("Mô hình các xã", "Khóa ký, sổ gói").
COMMUNE_NAV = (
    ("models", QT_TRANSLATE_NOOP("", "Mô hình")),
    ("reports", QT_TRANSLATE_NOOP("", "Báo cáo")),
    ("packages", QT_TRANSLATE_NOOP("", "Gói dữ liệu")),
    ("backup", QT_TRANSLATE_NOOP("", "Sao lưu")),
    ("settings", QT_TRANSLATE_NOOP("", "Cài đặt")),
)
UPPER_NAV = (
    ("models", QT_TRANSLATE_NOOP("", "Mô hình các xã")),
    ("communes", QT_TRANSLATE_NOOP("", "Đơn vị cấp dưới")),
    ("inbox", QT_TRANSLATE_NOOP("", "Tiếp nhận gói")),
    ("review", QT_TRANSLATE_NOOP("", "Thẩm định")),
    ("scoring", QT_TRANSLATE_NOOP("", "Chấm điểm")),
    ("decisions", QT_TRANSLATE_NOOP("", "Quyết định")),
    ("send_back", QT_TRANSLATE_NOOP("", "Gửi về xã")),
    ("summary", QT_TRANSLATE_NOOP("", "Báo cáo tổng hợp")),
    ("changes", QT_TRANSLATE_NOOP("", "Yêu cầu thay đổi")),
    ("reports", QT_TRANSLATE_NOOP("", "In biểu mẫu")),
    ("packages", QT_TRANSLATE_NOOP("", "Khóa ký, sổ gói")),
    ("backup", QT_TRANSLATE_NOOP("", "Sao lưu")),
    ("settings", QT_TRANSLATE_NOOP("", "Cài đặt")),
)
# Every page by key: its factory builds and wires it the first time it is shown (a new page is
# one line here, one in a NAV above, one factory in page_factories.py).
PAGE_FACTORIES: dict[str, build.PageFactory] = {
    "models": build.models,
    "reports": build.reports,
    "packages": build.packages,
    "backup": build.backup,
    "settings": build.settings,
    "communes": build.communes,
    "inbox": build.inbox,
    "review": build.review,
    "scoring": build.scoring,
    "decisions": build.decisions,
    "send_back": build.send_back,
    "summary": build.summary,
    "changes": build.changes,
}


class MainWindow(Navigation, WorkspaceFlow, QMainWindow):
    """Navigation on the left, one page at a time, the workspace in the status bar."""

    DAILY_CHECK_MS = 60 * 60 * 1000
    workspace_shown = Signal()
    # The model list is on screen with its rows: with the workspace, or before it has opened
    # (its first page read without the ORM, see open_later).
    list_shown = Signal()
    # Each page is built on first use: reading one of these builds it (see PAGE_FACTORIES).
    model_page: PageAccessor[ModelListPage] = PageAccessor("models")
    reports_page: PageAccessor[ReportsPage] = PageAccessor("reports")
    packages_page: PageAccessor[PackagesPage] = PageAccessor("packages")
    backup_page: PageAccessor[BackupPage] = PageAccessor("backup")
    settings_page: PageAccessor[SettingsPage] = PageAccessor("settings")
    # An upper level's own pages (only when the workspace is one).
    communes_page: PageAccessor[CommunesPage] = PageAccessor("communes")
    inbox_page: PageAccessor[InboxPage] = PageAccessor("inbox")
    decisions_page: PageAccessor[DecisionsPage] = PageAccessor("decisions")
    review_page: PageAccessor[ReviewPage] = PageAccessor("review")
    scoring_page: PageAccessor[ScoringPage] = PageAccessor("scoring")
    send_back_page: PageAccessor[SendBackPage] = PageAccessor("send_back")
    summary_page: PageAccessor[SummaryPage] = PageAccessor("summary")
    changes_page: PageAccessor[ChangesPage] = PageAccessor("changes")

    def __init__(self, handle: WorkspaceHandle | None = None, *, auto_backup: bool = True) -> None:
        """Show ``handle`` at once, or (``None``) a "loading" page until :meth:`open_later`."""
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._handle: WorkspaceHandle | None = None
        self._page_handle = None
        self.auto_backup = auto_backup
        self.editors: dict[str | None, ModelEditorDialog] = {}
        self.upper = False
        self.nav = COMMUNE_NAV
        self.pages = {}
        self._areas = {}
        self.operation = None
        self._closing = False
        ui = self.ui
        self.status_area = StatusArea(self, ui.status_bar, ui.backup_banner)
        ui.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        ui.backup_banner.linkActivated.connect(self._on_backup_banner_link_activated)
        ui.action_new_model.triggered.connect(self.open_new_model)
        ui.action_find.triggered.connect(self._on_action_find_triggered)
        ui.action_print_forms.triggered.connect(self._on_action_print_forms_triggered)
        ui.action_new_workspace.triggered.connect(self._on_action_new_workspace_triggered)
        ui.action_open_workspace.triggered.connect(self._on_action_open_workspace_triggered)
        ui.action_backup_now.triggered.connect(self._on_action_backup_now_triggered)
        ui.action_import_xlsx.triggered.connect(self._on_action_import_xlsx_triggered)
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self._on_action_about_triggered)
        self._daily_timer = QTimer(self)
        self._daily_timer.setInterval(self.DAILY_CHECK_MS)
        self._daily_timer.timeout.connect(self.backup_if_due)
        self._later_imports = QTimer(self)  # a child: it stops with the window
        self._later_imports.setSingleShot(True)
        self._later_imports.timeout.connect(self._import_later_module)
        self._editor_warmed_for: WorkspaceHandle | None = None
        self._editor_reads: list[Callable[[], object]] = []
        self.loading_page = None
        self._pending_open = None
        if handle is None:
            self.loading_page = LoadingPage(self)
            ui.page_stack.addWidget(self.loading_page)
            ui.backup_banner.hide()  # update_status decides once the settings are readable
            self._set_workspace_actions_enabled(False)
            self.setWindowTitle(APP_NAME)
        else:
            self.set_workspace(handle)

    @property
    def handle(self) -> WorkspaceHandle:
        """The open workspace (only once :meth:`set_workspace` has run)."""
        assert self._handle is not None, "the workspace is still opening"
        return self._handle

    def _set_workspace_actions_enabled(self, enabled: bool) -> None:
        ui = self.ui
        for widget in (
            ui.nav_list, ui.action_new_model, ui.action_find, ui.action_new_workspace,
            ui.action_open_workspace, ui.action_backup_now, ui.action_import_xlsx,
            ui.action_print_forms,
        ):  # fmt: skip
            widget.setEnabled(enabled)

    def _grey_out_additions(self) -> None:
        """A write-protected workspace takes no new model: say why instead of failing on save."""
        why = self.tr(
            "Vùng làm việc này chỉ đọc được (USB đang khóa ghi, hoặc thư mục không cho ghi): "
            "không thêm được mô hình. Hãy mở khóa ghi rồi mở lại vùng làm việc."
        )
        from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only

        grey_out_if_read_only(self.handle, self.model_page.ui.new_button, why=why)
        # The window's actions outlive the workspace (set_workspace enables them again).
        for action in (self.ui.action_new_model, self.ui.action_import_xlsx):
            action.setEnabled(False)
            action.setToolTip(why)

    def _install_shortcuts(self) -> None:
        for name, keys in SHORTCUTS:
            action = getattr(self.ui, name)
            if action.shortcut().isEmpty():
                action.setShortcut(keys)

    # ---------------------------------------------------------------- pages

    def show_first_page(self, first_page: dict[str, Any]) -> ModelListPage:
        """While the workspace opens: the model list with its first page, read without the ORM.

        The navigation stays disabled (no other page can be built yet); the list scrolls and
        takes a search, a sort or a double-click, which run once :meth:`set_workspace` has
        attached the workspace to it. The page is built (hidden) now; it is polished, its rows
        copied for painting and it is shown (then :attr:`list_shown`) in the timer turns after:
        each turn stays well under 100 ms on a loaded PC, where all in one froze the window for
        up to 130 ms.
        """
        page = cast("ModelListPage", build.models(self, None, first_page=first_page))
        steps: list[Callable[[], object]] = [
            page.ensurePolished,  # the style sheet's work (about as long as the build)
            page.paint_from_copy,
            lambda: self._place_first_page(page, first_page),
        ]

        def next_step() -> None:
            steps.pop(0)()
            if steps:
                QTimer.singleShot(TURN_MS, self, next_step)

        QTimer.singleShot(TURN_MS, self, next_step)
        return page

    def _place_first_page(self, page: ModelListPage, first_page: dict[str, Any]) -> None:
        self._install_pages(None, COMMUNE_NAV, PAGE_FACTORIES)
        self.loading_page = None  # removed from the stack with the other pages
        self.ui.retranslateUi(self)  # the workspace's language is known (its settings)
        self.pages["models"] = page
        self._areas["models"].setWidget(page)
        nav = self.ui.nav_list
        nav.blockSignals(True)  # the page is built: nothing for the row change to build
        nav.setCurrentRow(PAGE_MODELS)
        nav.blockSignals(False)
        self.ui.page_stack.setCurrentIndex(PAGE_MODELS)
        page.ui.search_edit.setFocus()
        self.status_area.show(
            first_page["root"], first_page["unit_name"], first_page["own"], first_page["role"],
            first_page["settings"],
        )  # fmt: skip
        self.list_shown.emit()

    def set_workspace(self, handle: WorkspaceHandle) -> None:
        """Show ``handle`` (at start, after a restore, after opening another folder).

        Only the model list is built here; every other page is built when first shown.
        """
        self._install_shortcuts()
        from dvk_desktop.domain.vocab import WorkspaceRole
        from dvk_desktop.gui.windows import office_view

        if not office_view.sign_in_or_close(self, handle):  # an office user gave up signing in
            return
        first = self._handle is None
        # The list shown while the workspace opened (show_first_page), if any, is kept.
        shown = self.pages.get("models") if self._page_handle is None else None
        self._handle = handle
        self.loading_page = None
        if first and shown is None:
            self.ui.retranslateUi(self)  # the language may have changed with the workspace
        set_log_file(handle.paths.log_file)
        self.upper = WorkspaceRole(handle.info().role) is WorkspaceRole.UPPER
        nav = UPPER_NAV if self.upper else COMMUNE_NAV
        if shown is not None and nav is self.nav:
            self._page_handle = handle  # the other pages are built with it
            shown.attach(handle)  # type: ignore[attr-defined]
        else:
            shown = None
            self._install_pages(handle, nav, PAGE_FACTORIES)
        # Packages dropped anywhere go to "Tiếp nhận gói" (a locked stick takes none).
        self.setAcceptDrops(self.upper and not handle.read_only)
        self.ui.nav_list.setCurrentRow(PAGE_MODELS)  # builds the model list
        self._set_workspace_actions_enabled(True)
        if handle.read_only:
            self._grey_out_additions()
        self._hide_done_banner()  # another workspace: the last one's "backed up" is no news
        self.update_status()
        if shown is None:  # else it had the focus from the start: the user may have moved it
            self.model_page.ui.search_edit.setFocus()
        if first and self.auto_backup:
            self._daily_timer.start()
            QTimer.singleShot(10_000, self.backup_if_due)
        # While the user types or scrolls in the list, the imports wait for a pause.
        view = self.model_page.ui.table_view
        self.model_page.ui.search_edit.textChanged.connect(self._postpone_later_imports)
        view.verticalScrollBar().valueChanged.connect(self._postpone_later_imports)
        self._later_imports.start(LATER_IMPORTS_START_MS)
        office_view.install(self, handle)  # the signed-in user, role checks, "Người dùng"
        _freeze_heap()
        if shown is None:
            self.list_shown.emit()
        self.workspace_shown.emit()

    def _import_later_module(self) -> None:
        from dvk_desktop.gui.tasks import running_operations

        if running_operations():
            # A worker (a page's first read, a count) holds the interpreter in turns with the UI
            # thread: a step then takes longer. Wait for it.
            self._later_imports.start(LATER_IMPORTS_BUSY_MS)
        elif build.import_next_later_module() or self._warm_up_editor():
            self._later_imports.start(LATER_IMPORTS_GAP_MS)  # let the events in between
        else:
            _freeze_heap()  # every module is in

    def _warm_up_editor(self) -> bool:
        """One of the editor's reads of the list's first model, once per workspace shown.

        The editor's first opening then finds its statements compiled (editor_warm_up). On
        the UI thread, one read per step like the imports before them; False once done.
        """
        handle = self._handle
        if handle is None:
            return False
        if self._editor_warmed_for is not handle:
            self._editor_warmed_for = handle
            row = self.model_page.table_model.row_at(0)
            if row is None:
                return False
            from dvk_desktop.gui.dialogs.editor_warm_up import editor_reads, reading_copy

            self._editor_reads = editor_reads(reading_copy(handle), row.uuid)
        if not self._editor_reads:
            return False
        read = self._editor_reads.pop(0)
        try:
            read()
        except Exception:  # only a cache: the editor reads (and reports) for itself
            self._editor_reads = []
        return True

    def _postpone_later_imports(self) -> None:
        if self._later_imports.isActive():
            self._later_imports.start(LATER_IMPORTS_START_MS)

    def on_data_changed(self) -> None:
        """Something was imported or decided: every page showing the data reads it again."""
        self.model_page.reload_choices()
        self.model_page.refresh()
        stale = ("communes", "send_back", "decisions", "summary", "review", "scoring", "changes")
        for key in stale:
            page = self.pages.get(key)  # a page not built yet reads the data when it is
            if page is not None and hasattr(page, "mark_stale"):
                page.mark_stale()
        self._refresh_current()

    _on_data_changed = on_data_changed  # the name tests and docs/review_screens.py call

    def update_status(self) -> None:
        """Workspace, unit and last backup in the status bar; the overdue-backup banner."""
        self.status_area.update(self.handle)

    def _hide_done_banner(self) -> None:
        self.status_area.hide_done_banner()

    # ---------------------------------------------------------------- models

    def open_editor(self, uuid: str | None) -> ModelEditorDialog:
        """Open (or bring forward) the editor of a model; ``None`` for a new one."""
        editor = self.editors.get(uuid)
        if editor is not None and editor.isVisible():
            editor.raise_()
            editor.activateWindow()
            return editor
        from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog

        editor = ModelEditorDialog(self.handle, uuid, self)
        from PySide6.QtCore import Qt

        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editors[uuid] = editor
        editor.model_saved.connect(self._on_editor_model_saved)
        editor.directory_changed.connect(self.model_page.reload_choices)
        editor.destroyed.connect(lambda _=None, key=uuid: self.editors.pop(key, None))
        editor.show()
        return editor

    def _on_editor_model_saved(self, uuid: str) -> None:
        self.model_page.refresh()
        self.model_page.select_uuid(uuid)

    def open_new_model(self) -> None:
        """Ctrl+N: the editor of a new model."""
        self.open_editor(None)

    def print_selected(self) -> Operation | None:
        """Ctrl+P: the registration forms of the models selected in the list, in one PDF."""
        from dvk_desktop.gui.printing import print_forms

        chosen = self.model_page.selected_rows()
        if not chosen:
            self.statusBar().showMessage(tr("Hãy chọn mô hình cần in trong danh sách."), 10_000)
            return None
        self.operation = print_forms(
            self,
            self.handle,
            [uuid for uuid, _ in chosen],
            [code for _, code in chosen],
            on_done=lambda path: self.statusBar().showMessage(
                tr("Đã in ra tệp %1").replace("%1", str(path)), 20_000
            ),
        )
        return self.operation

    def _on_action_print_forms_triggered(self) -> None:
        self.show_page(PAGE_MODELS)
        self.print_selected()

    def _on_action_find_triggered(self) -> None:
        self.show_page("models")
        self.model_page.focus_search()

    # ---------------------------------------------------------------- backups

    def backup_if_due(self) -> Operation | None:
        """The daily automatic backup, quietly in the background."""
        from dvk_desktop.gui.windows.backup_page import DAILY, backup_age
        from dvk_desktop.services.workspace_setup import get_settings

        if self.handle.read_only:  # a write-protected stick: its backups folder cannot take one
            return None
        age = backup_age(get_settings(self.handle))
        if age is not None and age < DAILY:
            return None
        page = self.pages.get("backup")  # not built yet: no backup of its is running
        if page is not None and page.operation is not None and page.operation.running:
            return None
        return self.backup_page.backup_now(quiet=True)

    def on_backup_done(self, _path: str) -> None:
        """A backup was made: the status bar and the banner say so."""
        self.update_status()

    def _on_backup_banner_link_activated(self, link: str) -> None:
        if link == "hide":
            self._hide_done_banner()
            return
        self.show_page("backup")
        if link == "backup-to":  # a write-protected workspace: a backup elsewhere only
            self.backup_page.choose_folder_and_back_up()
            return
        self.backup_page.back_up_as_asked()

    def _on_action_backup_now_triggered(self) -> None:
        self.show_page("backup")
        self.backup_page.back_up_as_asked()  # a locked workspace: asks where

    def _on_action_import_xlsx_triggered(self) -> None:
        from dvk_desktop.gui.dialogs.xlsx_import import XlsxImportDialog

        dialog = XlsxImportDialog(self.handle, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.models_imported.connect(lambda _codes: self.model_page.reload_choices())
        dialog.models_imported.connect(lambda _codes: self.model_page.refresh())
        dialog.open()

    def close_editors(self) -> bool:
        """Close every editor (each may ask to save); False if the user kept one open."""
        for editor in list(self.editors.values()):
            if editor.isVisible() and not editor.close():
                return False
        return True

    def _on_action_about_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not needed before the window paints

        text = (
            tr(
                "<b>DVK Desktop %1</b><br>Tổng hợp mô hình, điển hình “Dân vận khéo” của các xã "
                "ngoại tuyến: nhận gói có chữ ký, công nhận, khen thưởng, gửi quyết định về xã."
                "<br>Giấy phép GPL-3.0-or-later."
            )
            if getattr(self, "upper", False)
            else tr(
                "<b>DVK Desktop %1</b><br>Quản lý mô hình, điển hình “Dân vận khéo” ngoại tuyến; "
                "gửi gói dữ liệu có chữ ký lên cấp trên.<br>Giấy phép GPL-3.0-or-later."
            )
        )
        QMessageBox.about(self, tr("Giới thiệu DVK Desktop"), text.replace("%1", __version__))

    # ---------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Close editors, then back up once before leaving (the automatic backup on exit)."""
        if self._closing:
            event.accept()
            return
        if not self.close_editors():
            event.ignore()
            return
        if not self.auto_backup or self._handle is None or self._handle.read_only:
            # A write-protected workspace cannot hold a backup: leaving must not say it failed.
            self._finish_close()
            event.accept()
            return
        event.ignore()
        operation = self.backup_page.backup_now(label=tr("Đang sao lưu trước khi thoát"))
        operation.finished.connect(self._on_exit_backup_finished)

    def _on_exit_backup_finished(self) -> None:
        self._closing = True
        self._finish_close()
        self.close()

    def _finish_close(self) -> None:
        self._daily_timer.stop()
        if self._handle is not None:
            self._handle.close()


def _freeze_heap() -> None:
    """Leave what is loaded so far out of the garbage collector's full passes (gc.freeze).

    The modules, classes, the ORM's mappings and Qt's wrappers live as long as the program, yet
    each full collection walked them all: about 90–120 ms on the UI thread, at whatever moment
    the collector chose (seen in the editor warm-up and in a page's first show). Objects made
    later are collected as before.
    """
    import gc

    gc.freeze()
