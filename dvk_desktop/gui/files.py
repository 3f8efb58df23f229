"""Opening a file the program wrote (a PDF, a workbook) with its viewer, or saying why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from dvk_desktop.gui.i18n import tr


def open_file(parent: QWidget | None, path: Path) -> bool:
    """Open ``path`` with its viewer; without one, say so and open the folder that holds it.

    Returns whether a viewer took the file. Qt reports failure (no program for PDF files, no
    desktop at all) only through the return value, so without this the click did nothing.
    """
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    folder_opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    box = QMessageBox(parent)
    box.setObjectName("no_viewer_box")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Không mở được tệp"))
    box.setText(tr("Máy này chưa có chương trình để mở tệp “%1”.").replace("%1", path.name))
    if folder_opened:
        details = tr(
            "Đã mở thư mục chứa tệp:\n%1\nHãy cài một chương trình đọc tệp loại này (ví dụ "
            "trình đọc PDF hoặc LibreOffice) rồi mở tệp từ thư mục đó."
        )
    else:
        details = tr(
            "Tệp được lưu tại:\n%1\nHãy cài một chương trình đọc tệp loại này (ví dụ trình đọc "
            "PDF hoặc LibreOffice), hoặc chép tệp sang máy khác để mở."
        )
    box.setInformativeText(details.replace("%1", str(path.parent)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.addButton(tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    _OPEN.append(box)  # shown without blocking: kept here so Python does not collect it
    box.open()
    box.finished.connect(lambda _=0: _OPEN.remove(box) if box in _OPEN else None)
    return False


_OPEN: list[QMessageBox] = []


def open_boxes() -> list[QMessageBox]:
    """The "no viewer" messages shown now (tests read them)."""
    return [box for box in _OPEN if box.isVisible()]
