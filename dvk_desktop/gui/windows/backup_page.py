"""Backups: automatic rotating copies, a copy to a chosen folder, restore after confirmation."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from dvk_desktop.domain.text import format_number
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.forms.ui_backup_page import Ui_BackupPage
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background

# In the status bar's module (no SQLAlchemy: the banner shows with the list's first page);
# named here too, where the backup page and the daily backup read them.
from dvk_desktop.gui.windows.status_area import (  # noqa: F401
    DAILY,
    STALE_AFTER,
    backup_age,
    last_backup_time,
    local_time_text,
    stale_warning,
)
from dvk_desktop.progress import CancelToken
from dvk_desktop.services import backup
from dvk_desktop.services.workspace_setup import get_settings
from dvk_desktop.storage.workspace import WorkspaceHandle

PATH_ROLE = Qt.ItemDataRole.UserRole


def run_backup(
    handle: WorkspaceHandle, folder: Path, keep: int | None, reporter: Any, cancel: CancelToken
) -> str:
    """Back up, then (for the automatic folder) keep only the newest ``keep`` backups."""
    target = backup.backup_workspace(handle, folder, reporter=reporter, cancel=cancel)
    if keep is not None:
        backup.rotate_backups(folder, keep)
        backup.purge_removed_evidence(handle)
    return str(target)


def _writable_elsewhere(folder: Path, root: Path) -> bool:
    """Whether a backup of the (read-only) workspace at ``root`` can be written into ``folder``."""
    try:
        inside = folder.resolve().is_relative_to(root.resolve())
    except OSError:
        inside = False
    return not inside and os.access(folder, os.W_OK)


class BackupPage(QWidget):
    """Page "Sao lưu" of the main window."""

    backup_done = Signal(str)
    restore_requested = Signal(str)

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        self._handle = handle
        self.operation: Operation | None = None
        ui = self.ui
        header = ui.backups_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.backups_table.verticalHeader().hide()
        ui.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        ui.backup_to_button.clicked.connect(self._on_backup_to_button_clicked)
        ui.restore_file_button.clicked.connect(self._on_restore_file_button_clicked)
        ui.restore_selected_button.clicked.connect(self._on_restore_selected_button_clicked)
        ui.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        ui.transfer_button.clicked.connect(self._on_transfer_button_clicked)
        ui.backups_table.itemSelectionChanged.connect(self._on_backups_table_selection_changed)
        # A locked stick: backed up elsewhere (asked where), never restored into.
        if grey_out_if_read_only(handle, ui.restore_file_button, ui.restore_selected_button):
            ui.backup_now_button.setToolTip(
                tr("Vùng làm việc chỉ đọc được: chương trình hỏi thư mục để lưu bản sao.")
            )
            if not handle.paths.backups.is_dir():  # nothing to open, and it cannot be made
                grey_out_if_read_only(handle, ui.open_folder_button)
        self.refresh()

    def keep(self) -> int:
        """How many automatic backups to keep (setting ``backup_keep``)."""
        try:
            return max(1, int(get_settings(self._handle).get("backup_keep", "10")))
        except ValueError:
            return 10

    def refresh(self) -> None:
        """Show the last backup and the automatic backups folder."""
        settings = get_settings(self._handle)
        last = last_backup_time(settings)
        ui = self.ui
        if last is None:
            ui.last_backup_label.setText(tr("Chưa sao lưu lần nào."))
        else:
            ui.last_backup_label.setText(
                tr("Lần sao lưu gần nhất: <b>%1</b> — %2")
                .replace("%1", local_time_text(last))
                .replace("%2", settings.get("last_backup_path", ""))
            )
        warning = stale_warning(settings)
        if warning:
            ui.last_backup_label.setText(
                ui.last_backup_label.text()
                + f"<br><span style='color:#b02a37'>{warning} "
                + tr("Hãy sao lưu ngay và chép một bản ra USB.")
                + "</span>"
            )
        if self._handle.read_only:
            note = tr(
                "Vùng làm việc này chỉ đọc được (USB đang khóa ghi, hoặc thư mục không cho ghi): "
                "chương trình không tự sao lưu vào thư mục %2. Bấm “Sao lưu ngay” và chọn một "
                "thư mục khác (ổ đĩa của máy tính, một USB khác)."
            )
        else:
            note = tr(
                "Chương trình tự sao lưu mỗi ngày và khi thoát, giữ lại %1 bản gần nhất trong "
                "thư mục %2. Nên chép thêm một bản ra USB mỗi tuần."
            )
        ui.auto_note_label.setText(
            note.replace("%1", str(self.keep())).replace("%2", str(self._handle.paths.backups))
        )
        folder = self._handle.paths.backups
        files = sorted(
            folder.glob(f"*{backup.SUFFIX}") if folder.is_dir() else [],
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        table = ui.backups_table
        table.setRowCount(len(files))
        for row, path in enumerate(files):
            stat = path.stat()
            when = dt.datetime.fromtimestamp(stat.st_mtime).strftime("%H:%M %d/%m/%Y")
            size = f"{format_number(round(stat.st_size / 1048576, 1))} MB"
            for column, text in enumerate((path.name, when, size)):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(path))
                table.setItem(row, column, item)
        ui.restore_selected_button.setEnabled(False)

    def _on_backups_table_selection_changed(self) -> None:
        self.ui.restore_selected_button.setEnabled(bool(self.ui.backups_table.selectedItems()))

    # ---------------------------------------------------------------- backing up

    def backup_now(
        self, folder: Path | None = None, *, quiet: bool = False, label: str | None = None
    ) -> Operation:
        """Back up to ``folder`` (default: the automatic folder, rotated) in the background."""
        handle = self._handle
        automatic = folder is None
        target = handle.paths.backups if folder is None else folder
        keep = self.keep() if automatic else None
        self.operation = run_in_background(
            self,
            lambda reporter, cancel: run_backup(handle, target, keep, reporter, cancel),
            on_success=self._on_backup_finished,
            on_failure=(lambda _exc: None) if quiet else None,
            label="" if quiet else (label or tr("Đang sao lưu")),
        )
        return self.operation

    def _on_backup_finished(self, path: str) -> None:
        self.refresh()
        self.backup_done.emit(path)

    def _on_backup_now_button_clicked(self) -> None:
        self.back_up_as_asked()

    def _on_backup_to_button_clicked(self) -> None:
        self.choose_folder_and_back_up()

    def back_up_as_asked(self) -> Operation | None:
        """The button "Sao lưu ngay": the automatic folder, or elsewhere on a locked workspace."""
        if not self._handle.read_only:
            return self.backup_now()
        # Its own backups folder is on the locked stick: say so before asking where instead.
        if not self.ask_for_elsewhere(self._handle.paths.backups):
            return None
        return self.choose_folder_and_back_up()

    def ask_for_elsewhere(self, folder: Path) -> bool:
        """Say that ``folder`` cannot take the backup; True if the user will choose another."""
        box = QMessageBox(self)
        box.setObjectName("backup_elsewhere_box")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Sao lưu"))
        box.setText(
            tr("Không lưu được bản sao vào thư mục “%1”: thư mục này chỉ đọc được.").replace(
                "%1", str(folder)
            )
        )
        box.setInformativeText(
            tr(
                "Vùng làm việc vẫn sao lưu được ra nơi khác. Hãy chọn một thư mục ghi được, ví "
                "dụ ổ đĩa của máy tính hoặc một USB khác."
            )
        )
        choose = box.addButton(tr("Chọn thư mục khác…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(choose)
        box.exec()
        return box.clickedButton() is choose

    def choose_folder_and_back_up(self) -> Operation | None:
        """Ask for a folder (a USB stick, another drive) and back up there."""
        while True:
            folder = QFileDialog.getExistingDirectory(
                self, tr("Chọn thư mục (ví dụ ổ USB) để lưu bản sao"), str(Path.home())
            )
            if not folder:
                return None
            path = Path(folder)
            if not self._handle.read_only or _writable_elsewhere(path, self._handle.paths.root):
                return self.backup_now(path)
            if not self.ask_for_elsewhere(path):  # the locked stick itself was chosen
                return None

    # ---------------------------------------------------------------- restoring

    def confirm_restore(self, path: Path) -> bool:
        """Ask before replacing the workspace (the current data is kept aside)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Khôi phục dữ liệu"))
        box.setText(
            tr("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu “%1”?").replace("%1", path.name)
        )
        box.setInformativeText(
            tr("Dữ liệu hiện tại được giữ lại trong một thư mục bên cạnh, có thể lấy lại sau.")
        )
        restore = box.addButton(tr("Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def _request_restore(self, path: Path) -> None:
        if self.confirm_restore(path):
            self.restore_requested.emit(str(path))

    def _on_restore_file_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Chọn tệp sao lưu"),
            str(self._handle.paths.backups),
            tr("Bản sao lưu DVK (*.dvkbak)"),
        )
        if name:
            self._request_restore(Path(name))

    def _on_restore_selected_button_clicked(self) -> None:
        items = self.ui.backups_table.selectedItems()
        if items:
            self._request_restore(Path(items[0].data(PATH_ROLE)))

    def _on_open_folder_button_clicked(self) -> None:
        if not self._handle.read_only:
            self._handle.paths.backups.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._handle.paths.backups)))

    def open_transfer(self) -> QWidget:
        """The "move to a new computer" screen, for this workspace (window-modal)."""
        from dvk_desktop.gui.dialogs.transfer_dialog import TransferDialog
        from dvk_desktop.storage.workspace import open_workspace

        window: Any = self.window()  # the main window: it owns the workspace and its pages
        root = self._handle.paths.root

        def close_workspace() -> bool:
            if not window.close_editors():
                return False
            window.handle.close()
            return True

        def reopen() -> None:
            window.set_workspace(open_workspace(root))

        # Parented to the window: a restore rebuilds the pages, this one included.
        dialog = TransferDialog(
            root, self._handle, window, close_workspace=close_workspace, reopen=reopen
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_transfer_button_clicked(self) -> None:
        self.open_transfer()
