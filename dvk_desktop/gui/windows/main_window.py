"""The main window: navigation, pages, status bar, automatic backups, workspace switching."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from dvk_desktop import __version__
from dvk_desktop.config import APP_NAME
from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog
from dvk_desktop.gui.errors import set_log_file, show_error
from dvk_desktop.gui.forms.ui_main_window import Ui_MainWindow
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.gui.windows.backup_page import (
    DAILY,
    BackupPage,
    backup_age,
    last_backup_time,
    local_time_text,
    stale_warning,
)
from dvk_desktop.gui.windows.model_list import ModelListPage
from dvk_desktop.gui.windows.packages_page import PackagesPage
from dvk_desktop.gui.windows.reports_page import ReportsPage
from dvk_desktop.gui.windows.settings_page import SettingsPage
from dvk_desktop.services import backup
from dvk_desktop.services.workspace_setup import get_settings
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace

PAGE_MODELS, PAGE_REPORTS, PAGE_PACKAGES, PAGE_BACKUP, PAGE_SETTINGS = range(5)


class MainWindow(QMainWindow):
    """Navigation on the left, one page at a time, the workspace in the status bar."""

    DAILY_CHECK_MS = 60 * 60 * 1000

    def __init__(self, handle: WorkspaceHandle, *, auto_backup: bool = True) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.handle = handle
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
        self.set_workspace(handle)
        if auto_backup:
            self._daily_timer.start()
            QTimer.singleShot(10_000, self.backup_if_due)

    # ---------------------------------------------------------------- pages

    def set_workspace(self, handle: WorkspaceHandle) -> None:
        """Show ``handle`` (at start, after a restore, after opening another folder)."""
        self.handle = handle
        set_log_file(handle.paths.log_file)
        stack = self.ui.page_stack
        while stack.count():
            page = stack.widget(0)
            stack.removeWidget(page)
            page.deleteLater()
        self.model_page = ModelListPage(handle, self)
        self.reports_page = ReportsPage(handle, self, self.model_page.selected_uuid)
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
        self.update_status()
        self.model_page.ui.search_edit.setFocus()

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
        editor = ModelEditorDialog(self.handle, uuid, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editors[uuid] = editor
        editor.model_saved.connect(self._on_editor_model_saved)
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
        self.handle.close()
