"""The "Chuyển sang máy mới" screen: the whole workspace to one file, restored on another PC."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from dvk_desktop.domain.text import format_number
from dvk_desktop.gui import preferences
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_transfer_dialog import Ui_TransferDialog
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background

if TYPE_CHECKING:
    from dvk_desktop.storage.workspace import WorkspaceHandle


def _size(total_bytes: int) -> str:
    return f"{format_number(round(total_bytes / 1048576, 1))} MB"


class TransferDialog(QDialog):
    """Export this workspace to a ``.dvkmove`` file, or restore one into ``root``.

    ``handle`` is the open workspace (None at first start, when only restoring makes sense);
    ``close_workspace`` and ``reopen`` let the main window release and show the workspace
    around a restore. Without them the restored workspace is left in :attr:`handle`.
    """

    def __init__(
        self,
        root: Path,
        handle: WorkspaceHandle | None = None,
        parent: QWidget | None = None,
        *,
        close_workspace: Callable[[], bool] | None = None,
        reopen: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        self.root = root
        self.handle = handle
        self._close_workspace = close_workspace
        self._reopen = reopen
        self.operation: Operation | None = None
        self.last_file: Path | None = None
        self.restored: Path | None = None
        self.ui.export_group.setEnabled(handle is not None)
        self.ui.restore_label.setText(
            tr(
                "Cài DVK Desktop trên máy mới, mở màn hình này và chọn tệp chuyển máy. Mọi tệp "
                "được kiểm tra trước; dữ liệu đang có trong “%1” (nếu có) được giữ lại ở thư "
                "mục bên cạnh."
            ).replace("%1", str(root))
        )
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)
        if handle is not None:  # a locked stick: moved out, never restored into
            from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only

            grey_out_if_read_only(handle, self.ui.restore_button)

    # ---------------------------------------------------------------- export

    def export(self, folder: Path) -> Operation:
        """Write the transfer file into ``folder`` in the background."""
        from dvk_desktop.services import transfer

        handle = self.handle
        assert handle is not None
        carried = {"language": preferences.language(), "font_size": str(preferences.font_size())}
        self.operation = run_in_background(
            self,
            lambda reporter, cancel: transfer.export_transfer(
                handle, folder, preferences=carried, reporter=reporter, cancel=cancel
            ),
            on_success=self._on_exported,
            label=tr("Đang ghi tệp chuyển máy"),
        )
        return self.operation

    def _on_exported(self, path: Path) -> None:
        self.last_file = path  # export_transfer read it back and verified it before returning
        self.ui.result_browser.setHtml(
            "<p>"
            + tr("Đã ghi và kiểm tra tệp chuyển máy: <b>%1</b> (%2).")
            .replace("%1", html.escape(str(path)))
            .replace("%2", _size(path.stat().st_size))
            + "</p><p>"
            + tr(
                "Chép tệp này sang máy mới, mở DVK Desktop, chọn “Chuyển sang máy mới…” rồi "
                "“Khôi phục từ tệp…”. Mật khẩu khóa ký vẫn như cũ."
            )
            + "</p>"
        )

    def _on_export_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Chọn nơi ghi tệp chuyển máy (ví dụ ổ USB)"), str(Path.home())
        )
        if folder:
            self.export(Path(folder))

    # ---------------------------------------------------------------- restore

    def confirm_restore(self, path: Path) -> bool:
        """Ask before replacing what ``root`` holds."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Khôi phục trên máy mới"))
        box.setText(tr("Đưa dữ liệu trong “%1” vào máy này?").replace("%1", path.name))
        box.setInformativeText(
            tr("Dữ liệu đang có ở “%1” được giữ lại trong một thư mục bên cạnh.").replace(
                "%1", str(self.root)
            )
        )
        restore = box.addButton(tr("Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def restore(self, path: Path) -> Operation | None:
        """Verify and restore ``path`` into ``root`` in the background (already confirmed)."""
        from dvk_desktop.services import transfer

        if self._close_workspace is not None and not self._close_workspace():
            return None
        if self._close_workspace is None and self.handle is not None:
            self.handle.close()
        root = self.root
        self.operation = run_in_background(
            self,
            lambda reporter, cancel: transfer.restore_transfer(
                path, root, reporter=reporter, cancel=cancel
            ),
            on_success=self._on_restored,
            on_failure=self._on_restore_failed,
            label=tr("Đang kiểm tra và khôi phục"),
        )
        return self.operation

    def _on_restored(self, result: tuple[Any, Path | None]) -> None:
        info, aside = result
        language = info.preferences.get("language")
        if language in ("vi", "en"):
            preferences.set_language(language)
        if info.preferences.get("font_size", "").isdigit():
            preferences.set_font_size(int(info.preferences["font_size"]))
        preferences.set_workspace_dir(self.root)
        self.restored = self.root
        self._show_workspace()
        lines = [
            tr("Đã khôi phục vùng làm việc của %1 vào %2.")
            .replace("%1", html.escape(info.unit_name))
            .replace("%2", html.escape(str(self.root))),
        ]
        if aside is not None:
            lines.append(
                tr("Dữ liệu có sẵn trước đó được giữ ở %1.").replace("%1", html.escape(str(aside)))
            )
        self.ui.result_browser.setHtml("".join(f"<p>{line}</p>" for line in lines))

    def _on_restore_failed(self, exc: BaseException) -> None:
        self._show_workspace()  # nothing was replaced: show what was there
        show_error(self, exc)

    def _show_workspace(self) -> None:
        from dvk_desktop.storage.workspace import open_workspace

        if self._reopen is not None:
            self._reopen()
        elif (self.root / "dvk.sqlite3").exists():
            self.handle = open_workspace(self.root)
            self.ui.export_group.setEnabled(True)

    def _on_restore_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Chọn tệp chuyển máy"), str(Path.home()), tr("Tệp chuyển máy (*.dvkmove)")
        )
        if name and self.confirm_restore(Path(name)):
            self.restore(Path(name))
