"""The main window: navigation, pages, status bar, automatic backups, workspace switching."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop import __version__
from dvk_desktop.config import APP_NAME
from dvk_desktop.gui.errors import set_log_file, show_error
from dvk_desktop.gui.forms.ui_main_window import Ui_MainWindow
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background

# The pages, the services and SQLAlchemy are imported when a workspace is shown, not here: the
# window must paint before that cost is paid (see bench/bench_gui.py).
if TYPE_CHECKING:
    from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog
    from dvk_desktop.gui.windows.backup_page import BackupPage
    from dvk_desktop.gui.windows.model_list import ModelListPage
    from dvk_desktop.gui.windows.packages_page import PackagesPage
    from dvk_desktop.gui.windows.reports_page import ReportsPage
    from dvk_desktop.gui.windows.settings_page import SettingsPage
    from dvk_desktop.storage.workspace import WorkspaceHandle

# Set in code once the window has painted, not in the .ui: turning "Ctrl+N" into a key
# sequence makes PySide6 build the Qt namespace's enums (about 50 ms) before the first paint.
SHORTCUTS = (("action_new_model", "Ctrl+N"), ("action_find", "Ctrl+F"), ("action_quit", "Ctrl+Q"))
PAGE_MODELS, PAGE_REPORTS, PAGE_PACKAGES, PAGE_BACKUP, PAGE_SETTINGS = range(5)


def _prepare_pages() -> None:
    """Import the pages and set up the ORM (about half a second), in the opening worker."""
    import importlib

    from sqlalchemy.orm import configure_mappers

    for name in (
        "dvk_desktop.gui.windows.model_list",
        "dvk_desktop.gui.windows.reports_page",
        "dvk_desktop.gui.windows.packages_page",
        "dvk_desktop.gui.windows.backup_page",
        "dvk_desktop.gui.windows.settings_page",
        "dvk_desktop.gui.dialogs.model_editor",  # the first double-click opens it at once
        "dvk_desktop.services.workspace_setup",
        "dvk_desktop.services.workspace_keys",  # the Packages page shows the key at once
        "dvk_desktop.services.ledger",
        "dvk_desktop.domain.units",
    ):
        importlib.import_module(name)
    configure_mappers()


class LoadingPage(QWidget):
    """What the window shows while the workspace opens: a message and a busy bar."""

    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted = False
        self.setObjectName("loading_page")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message_label = QLabel(tr("Đang mở vùng làm việc…"), self)
        self.message_label.setObjectName("loading_label")
        # Centred through the style sheet, not Qt.AlignmentFlag: PySide6 builds the whole Qt
        # namespace (about 50 ms) the first time Python touches it, and this page must paint
        # first. The namespace is built later, while the workspace opens.
        self.message_label.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("loading_bar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(280)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.busy_bar)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Tell the window once it is on screen (then the slow part may start)."""
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()


class MainWindow(QMainWindow):
    """Navigation on the left, one page at a time, the workspace in the status bar."""

    DAILY_CHECK_MS = 60 * 60 * 1000
    workspace_shown = Signal()
    model_page: ModelListPage
    reports_page: ReportsPage
    packages_page: PackagesPage
    backup_page: BackupPage
    settings_page: SettingsPage

    def __init__(self, handle: WorkspaceHandle | None = None, *, auto_backup: bool = True) -> None:
        """Show ``handle`` at once, or (``None``) a "loading" page until :meth:`open_later`."""
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._handle: WorkspaceHandle | None = None
        self.auto_backup = auto_backup
        self.editors: dict[str | None, ModelEditorDialog] = {}
        self.operation: Operation | None = None
        self._closing = False
        self._workspace_label = QLabel(self)
        self._unit_label = QLabel(self)
        self._backup_label = QLabel(self)
        for label in (self._workspace_label, self._unit_label, self._backup_label):
            self.ui.status_bar.addPermanentWidget(label)
        ui = self.ui
        ui.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        ui.backup_banner.linkActivated.connect(self._on_backup_banner_link_activated)
        ui.action_new_model.triggered.connect(self._on_action_new_model_triggered)
        ui.action_find.triggered.connect(self._on_action_find_triggered)
        ui.action_new_workspace.triggered.connect(self._on_action_new_workspace_triggered)
        ui.action_open_workspace.triggered.connect(self._on_action_open_workspace_triggered)
        ui.action_backup_now.triggered.connect(self._on_action_backup_now_triggered)
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self._on_action_about_triggered)
        self._daily_timer = QTimer(self)
        self._daily_timer.setInterval(self.DAILY_CHECK_MS)
        self._daily_timer.timeout.connect(self.backup_if_due)
        self.loading_page: LoadingPage | None = None
        self._pending_open: (
            tuple[
                Callable[[], WorkspaceHandle | None],
                Callable[[WorkspaceHandle], None] | None,
                bool,
            ]
            | None
        ) = None
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
            ui.action_open_workspace, ui.action_backup_now,
        ):  # fmt: skip
            widget.setEnabled(enabled)

    def open_later(
        self,
        opener: Callable[[], WorkspaceHandle | None],
        on_opened: Callable[[WorkspaceHandle], None] | None = None,
        *,
        background: bool = False,
    ) -> None:
        """After the window has first painted, call ``opener`` and show its result.

        ``opener`` may show dialogs (an error, the first-run choice); ``None`` closes the window.
        With ``background`` it must not (it runs in a worker thread, with the imports the pages
        need, so the busy bar keeps moving). ``on_opened`` runs before the pages are built
        (language, font size).
        """
        self._pending_open = (opener, on_opened, background)
        page = self.loading_page
        if page is None or page.painted or not self.isVisible():
            QTimer.singleShot(0, self._open_pending)
        else:  # the paint is queued behind this call: wait for it, then let it reach the screen
            page.first_painted.connect(self._on_loading_page_first_painted)

    def _on_loading_page_first_painted(self) -> None:
        QTimer.singleShot(0, self._open_pending)

    def _open_pending(self) -> None:
        if self._pending_open is None:
            return
        opener, on_opened, background = self._pending_open
        self._pending_open = None
        if background:
            # Build the Qt namespace here, on the UI thread, now that the window is on screen:
            # the worker's imports use it too, and PySide6 must not build it from two threads.
            from PySide6.QtCore import Qt

            Qt.AlignmentFlag  # noqa: B018  (touching it is what builds it)

            def work(_reporter: object, _cancel: object) -> WorkspaceHandle | None:
                handle = opener()
                _prepare_pages()
                return handle

            self.operation = run_in_background(
                self,
                work,
                on_success=lambda handle: self._opened(handle, on_opened),
                on_failure=self._open_failed,
            )
            return
        try:
            handle = opener()
        except Exception as exc:
            self._open_failed(exc)
            return
        self._opened(handle, on_opened)

    def _open_failed(self, exc: BaseException) -> None:
        if self.loading_page is not None:
            self.loading_page.busy_bar.setRange(0, 1)
            self.loading_page.message_label.setText(tr("Không mở được vùng làm việc."))
        show_error(self, exc)

    def _opened(
        self,
        handle: WorkspaceHandle | None,
        on_opened: Callable[[WorkspaceHandle], None] | None,
    ) -> None:
        if handle is None:
            self.close()
            return
        if on_opened is not None:
            on_opened(handle)
        self.set_workspace(handle)

    # ---------------------------------------------------------------- pages

    def _install_shortcuts(self) -> None:
        for name, keys in SHORTCUTS:
            action = getattr(self.ui, name)
            if action.shortcut().isEmpty():
                action.setShortcut(keys)

    def set_workspace(self, handle: WorkspaceHandle) -> None:
        """Show ``handle`` (at start, after a restore, after opening another folder)."""
        self._install_shortcuts()
        from dvk_desktop.gui.windows.backup_page import BackupPage
        from dvk_desktop.gui.windows.model_list import ModelListPage
        from dvk_desktop.gui.windows.packages_page import PackagesPage
        from dvk_desktop.gui.windows.reports_page import ReportsPage
        from dvk_desktop.gui.windows.settings_page import SettingsPage

        first = self._handle is None
        self._handle = handle
        self.loading_page = None
        if first:
            self.ui.retranslateUi(self)  # the language may have changed with the workspace
        set_log_file(handle.paths.log_file)
        stack = self.ui.page_stack
        while stack.count():
            page = stack.widget(0)
            stack.removeWidget(page)
            page.deleteLater()
        self.model_page = ModelListPage(handle, self)
        self.reports_page = ReportsPage(
            handle, self, self.model_page.selected_uuid, self.model_page.current_filter
        )
        self.packages_page = PackagesPage(handle, self)
        self.backup_page = BackupPage(handle, self)
        self.settings_page = SettingsPage(handle, self)
        for page in (
            self.model_page, self.reports_page, self.packages_page, self.backup_page,
            self.settings_page,
        ):  # fmt: skip
            stack.addWidget(page)
        self.model_page.open_requested.connect(self.open_editor)
        self.model_page.new_requested.connect(self._on_action_new_model_triggered)
        self.backup_page.backup_done.connect(self._on_backup_page_backup_done)
        self.backup_page.restore_requested.connect(self.restore)
        self.settings_page.settings_saved.connect(self.update_status)
        self.packages_page.data_changed.connect(self.model_page.refresh)
        self.ui.nav_list.setCurrentRow(PAGE_MODELS)
        self._set_workspace_actions_enabled(True)
        self.update_status()
        self.model_page.ui.search_edit.setFocus()
        if first and self.auto_backup:
            self._daily_timer.start()
            QTimer.singleShot(10_000, self.backup_if_due)
        self.workspace_shown.emit()

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.ui.page_stack.setCurrentIndex(row)
            if row == PAGE_BACKUP:
                self.backup_page.refresh()

    def show_page(self, row: int) -> None:
        """Switch to a page by its navigation row."""
        self.ui.nav_list.setCurrentRow(row)

    def update_status(self) -> None:
        """Workspace, unit and last backup in the status bar; the overdue-backup banner."""
        from dvk_desktop.domain.vocab import WorkspaceRole
        from dvk_desktop.gui.labels import vocab
        from dvk_desktop.gui.windows.backup_page import (
            last_backup_time,
            local_time_text,
            stale_warning,
        )
        from dvk_desktop.services.workspace_setup import get_settings

        info = self.handle.info()
        settings = get_settings(self.handle)
        self._workspace_label.setText(
            tr("Vùng làm việc: %1").replace("%1", str(self.handle.paths.root))
        )
        self._workspace_label.setToolTip(str(self.handle.paths.root))
        role = vocab(WorkspaceRole(info.role))
        self._unit_label.setText(f"{info.unit_name} ({info.unit_code}) · {role}")
        last = last_backup_time(settings)
        self._backup_label.setText(
            tr("Sao lưu gần nhất: %1").replace("%1", local_time_text(last))
            if last
            else tr("Chưa sao lưu")
        )
        warning = stale_warning(settings)
        self.ui.backup_banner.setVisible(bool(warning))
        if warning:
            link = tr("Sao lưu ngay")
            self.ui.backup_banner.setText(f"⚠ {warning} <a href='backup'>{link}</a>")
        self.setWindowTitle(f"{info.unit_name} — {APP_NAME}")

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

    def _on_action_new_model_triggered(self) -> None:
        self.open_editor(None)

    def _on_action_find_triggered(self) -> None:
        self.show_page(PAGE_MODELS)
        self.model_page.focus_search()

    # ---------------------------------------------------------------- backups

    def backup_if_due(self) -> Operation | None:
        """The daily automatic backup, quietly in the background."""
        from dvk_desktop.gui.windows.backup_page import DAILY, backup_age
        from dvk_desktop.services.workspace_setup import get_settings

        age = backup_age(get_settings(self.handle))
        if age is not None and age < DAILY:
            return None
        if self.backup_page.operation is not None and self.backup_page.operation.running:
            return None
        return self.backup_page.backup_now(quiet=True)

    def _on_backup_page_backup_done(self, _path: str) -> None:
        self.update_status()

    def _on_backup_banner_link_activated(self, _link: str) -> None:
        self.show_page(PAGE_BACKUP)
        self.backup_page.backup_now()

    def _on_action_backup_now_triggered(self) -> None:
        self.show_page(PAGE_BACKUP)
        self.backup_page.backup_now()

    def close_editors(self) -> bool:
        """Close every editor (each may ask to save); False if the user kept one open."""
        for editor in list(self.editors.values()):
            if editor.isVisible() and not editor.close():
                return False
        return True

    def restore(self, path: str) -> Operation | None:
        """Replace the workspace with a backup: close it, restore in the background, reopen."""
        if not self.close_editors():
            return None
        from dvk_desktop.services import backup
        from dvk_desktop.storage.workspace import open_workspace

        root = self.handle.paths.root
        self.handle.close()

        def work(reporter: object, cancel: object) -> str | None:
            aside = backup.restore_workspace(Path(path), root, reporter=reporter, cancel=cancel)  # type: ignore[arg-type]
            return str(aside) if aside else None

        def reopen(_result: object = None) -> None:
            self.set_workspace(open_workspace(root))
            self.show_page(PAGE_BACKUP)

        def failed(exc: BaseException) -> None:
            reopen()
            show_error(self, exc)

        def done(aside: str | None) -> None:
            reopen()
            self.statusBar().showMessage(
                tr("Đã khôi phục. Dữ liệu trước khi khôi phục được giữ tại: %1").replace(
                    "%1", aside or "—"
                ),
                20_000,
            )

        self.operation = run_in_background(
            self, work, on_success=done, on_failure=failed, label=tr("Đang khôi phục dữ liệu")
        )
        return self.operation

    # ---------------------------------------------------------------- workspaces

    def switch_to(self, root: Path) -> None:
        """Open another workspace folder in this window."""
        from dvk_desktop.storage.workspace import open_workspace

        if not self.close_editors():
            return
        try:
            handle = open_workspace(root)
        except Exception as exc:
            show_error(self, exc)
            return
        self.handle.close()
        self.set_workspace(handle)

    def _on_action_open_workspace_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # not needed before the window paints

        folder = QFileDialog.getExistingDirectory(
            self, tr("Chọn thư mục vùng làm việc"), str(self.handle.paths.root.parent)
        )
        if folder:
            self.switch_to(Path(folder))

    def _on_action_new_workspace_triggered(self) -> None:
        from dvk_desktop.gui.dialogs.first_run import FirstRunWizard

        wizard = FirstRunWizard(None, self)
        wizard.workspace_created.connect(self._on_wizard_workspace_created)
        wizard.open()
        self.wizard = wizard

    def _on_wizard_workspace_created(self, root: str) -> None:
        wizard = self.wizard
        if wizard.handle is not None:
            wizard.handle.close()
        self.switch_to(Path(root))

    def _on_action_about_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not needed before the window paints

        QMessageBox.about(
            self,
            tr("Giới thiệu DVK Desktop"),
            tr(
                "<b>DVK Desktop %1</b><br>Quản lý mô hình, điển hình “Dân vận khéo” ngoại tuyến; "
                "gửi gói dữ liệu có chữ ký lên cấp trên.<br>Giấy phép GPL-3.0-or-later."
            ).replace("%1", __version__),
        )

    # ---------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Close editors, then back up once before leaving (the automatic backup on exit)."""
        if self._closing:
            event.accept()
            return
        if not self.close_editors():
            event.ignore()
            return
        if not self.auto_backup:
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
