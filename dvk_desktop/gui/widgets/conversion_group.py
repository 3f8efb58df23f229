"""Settings' box for a district's workspace: become the province's (after 1 July 2025)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from dvk_desktop.domain.vocab import UnitLevel
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.storage.workspace import WorkspaceHandle


def wanted(handle: WorkspaceHandle) -> bool:
    """Whether this workspace is a district's (the only kind that can be converted)."""
    return handle.info().unit_level == UnitLevel.DISTRICT.value


class ConversionGroup(QGroupBox):
    """Explains the change and runs it; ``converted(root)`` when done (the window reopens)."""

    converted = Signal(str)

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(tr("Sau sắp xếp đơn vị hành chính"), parent)
        self.setObjectName("conversion_group")
        self._handle = handle
        self.operation: Operation | None = None
        ws = handle.info()
        self._district, self._province = ws.unit_name, ws.parent_unit_name or ""
        note = QLabel(
            tr(
                "Từ 01/7/2025 không còn cấp huyện. Vùng làm việc của %1 có thể trở thành của "
                "%2: mọi hồ sơ, đánh giá và quyết định được giữ nguyên, mỗi mô hình ghi nhớ xã "
                "và huyện nơi đăng ký; gói các xã còn gửi cho huyện vẫn được nhận."
            )
            .replace("%1", self._district)
            .replace("%2", self._province),
            self,
        )
        note.setWordWrap(True)
        self.convert_button = QPushButton(tr("Chuyển thành vùng làm việc cấp tỉnh…"), self)
        self.convert_button.setObjectName("convert_button")
        self.convert_button.clicked.connect(self._on_convert_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.convert_button)

    def _on_convert_button_clicked(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Chuyển thành vùng làm việc cấp tỉnh"),
            tr(
                "Chuyển vùng làm việc của %1 thành của %2?\n\nChương trình sao lưu trước, rồi "
                "đổi đơn vị của vùng làm việc. Việc này không hoàn tác được, trừ khi khôi phục "
                "bản sao lưu."
            )
            .replace("%1", self._district)
            .replace("%2", self._province),
            parent=self,
        )
        go = box.addButton(tr("Chuyển"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(tr("Hủy"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is not go:
            return
        from dvk_desktop.services.unit_conversion import convert_to_province

        self.convert_button.setEnabled(False)
        handle = self._handle

        def work(_reporter: object, _cancel: object) -> object:
            return convert_to_province(handle)

        self.operation = run_in_background(
            self,
            work,
            on_success=self._done,
            on_failure=self._failed,
            label=tr("Đang sao lưu và chuyển vùng làm việc"),
            cancellable=False,  # the backup is quick and the change is one transaction
        )

    def _done(self, done: object) -> None:
        backup = getattr(done, "backup", None)
        text = tr(
            "Vùng làm việc nay là của %1. Hãy gửi tệp đăng ký khóa mới cho các xã (trang “Khóa "
            "ký, sổ gói” → “Xuất tệp đăng ký khóa…”) và xem lại chức danh người ký ở trang Cài "
            "đặt."
        ).replace("%1", getattr(done, "province_name", ""))
        if backup is not None:
            text += "\n\n" + tr("Bản sao lưu trước khi chuyển: %1").replace("%1", str(backup))
        QMessageBox.information(self, tr("Đã chuyển vùng làm việc"), text)
        self.converted.emit(str(self._handle.paths.root))

    def _failed(self, exc: BaseException) -> None:
        from dvk_desktop.gui.errors import show_error

        self.convert_button.setEnabled(True)
        show_error(self, exc)
