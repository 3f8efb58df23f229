"""Settings' box at an upper level: which table counts the units of before 1 July 2025."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.vocab import UnitLevel
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.storage.workspace import WorkspaceHandle

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"


def wanted(handle: WorkspaceHandle) -> bool:
    """Whether this workspace reports on communes (a province's or a district's)."""
    return handle.info().unit_level in (UnitLevel.PROVINCE.value, UnitLevel.DISTRICT.value)


def _province(handle: WorkspaceHandle) -> tuple[str, str]:
    """The code and name of the province whose communes this workspace reports on."""
    ws = handle.info()
    if ws.unit_level == UnitLevel.PROVINCE.value:
        return ws.unit_code, ws.unit_name
    return ws.parent_unit_code or "", ws.parent_unit_name or ""


class SuccessionGroup(QGroupBox):
    """Says how many old units the official table brings here, and takes the office's own."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(tr("Đơn vị trước ngày 01/7/2025"), parent)
        self.setObjectName("succession_group")
        self._handle = handle
        self.operation: Operation | None = None  # an import of the office's own table
        self.load_operation: Operation | None = None
        self.loading = False
        self._generation = 0  # which refresh the counts on their way belong to
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("succession_summary")
        self.summary_label.setWordWrap(True)
        self.import_button = QPushButton(tr("Nhập bảng sắp xếp của cơ quan…"), self)
        self.import_button.setObjectName("import_button")
        self.import_button.setToolTip(
            tr(
                "Bảng tính có các cột Mã đơn vị cũ, Tên đơn vị cũ, Huyện cũ, Mã đơn vị mới; "
                "các dòng trong bảng thay cho bảng chính thức ở đơn vị đó."
            )
        )
        self.import_button.clicked.connect(self._on_import_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        """Count the official table's and the office's own rows in the background, then show them.

        Reading the official table takes a noticeable moment: the page opens at once and says
        it is reading, the import waits until the counts are in.
        """
        handle = self._handle
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.import_button.setEnabled(False)
        self.summary_label.setText(tr("Đang đọc bảng chuyển đổi đơn vị…"))

        def work(_reporter: object, _cancel: object) -> tuple[int, int, str]:
            from dvk_desktop.domain import unit_succession
            from dvk_desktop.services import unit_history

            code, name = _province(handle)
            official = len(unit_succession.of_province(code))
            return official, len(unit_history.successions(handle)), name

        # Parented to this box: a page closed before the counts arrive is simply not told.
        self.load_operation = run_in_background(
            self,
            work,
            on_success=lambda counts: self._loaded(generation, counts),
            on_failure=lambda exc: self._load_failed(generation, exc),
        )

    def _loaded(self, generation: int, counts: tuple[int, int, str]) -> None:
        if generation != self._generation:
            return  # a newer refresh (after an import) is on its way
        from dvk_desktop.domain.text import format_number

        official, own, name = counts
        text = (
            tr(
                "Báo cáo giai đoạn 2021–2025 cộng số liệu của các xã cũ vào đơn vị hiện nay theo "
                "bảng chuyển đổi chính thức (Quyết định 19/2025/QĐ-TTg): %1 đơn vị cũ về các xã, "
                "phường của %2."
            )
            .replace("%1", format_number(official))
            .replace("%2", name)
        )
        if own:
            text += " " + tr("Cơ quan đã ghi bảng riêng cho %1 đơn vị cũ.").replace(
                "%1", format_number(own)
            )
        self.summary_label.setText(text)
        self._finish_loading()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from dvk_desktop.gui.errors import show_error

        self.summary_label.setText(tr("Chưa đọc được bảng chuyển đổi đơn vị."))
        self._finish_loading()
        show_error(self, exc)

    def _finish_loading(self) -> None:
        self.loading = False
        # An import still running keeps its button off until it has finished.
        self.import_button.setEnabled(self.operation is None or not self.operation.running)

    def _on_import_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Chọn bảng sắp xếp đơn vị"),
            str(Path.home()),
            tr("Bảng tính (%1)").replace("%1", FILE_FILTER),
        )
        if not name:
            return
        from dvk_desktop.services import unit_history

        handle, path = self._handle, Path(name)
        self.import_button.setEnabled(False)

        def work(_reporter: object, _cancel: object) -> object:
            return unit_history.import_table(handle, path)

        self.operation = run_in_background(
            self,
            work,
            on_success=self._done,
            on_failure=self._failed,
            label=tr("Đang đọc bảng sắp xếp đơn vị"),
            cancellable=False,  # one read and one short transaction
        )

    def _done(self, done: object) -> None:
        self.refresh()
        QMessageBox.information(
            self,
            tr("Đã ghi bảng sắp xếp đơn vị"),
            tr("%1 đơn vị cũ mới thêm, %2 cập nhật, %3 không đổi.")
            .replace("%1", str(getattr(done, "added", 0)))
            .replace("%2", str(getattr(done, "updated", 0)))
            .replace("%3", str(getattr(done, "unchanged", 0))),
        )

    def _failed(self, exc: BaseException) -> None:
        from dvk_desktop.gui.errors import show_error

        self.import_button.setEnabled(True)
        show_error(self, exc)
