"""Asks an administrator why one package signed by a revoked key may be imported after all."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.text import clean
from dvk_desktop.gui.i18n import tr


class AcceptRevokedDialog(QDialog):
    """The warning, a reason box, and "Chấp nhận gói này" only once a reason is written."""

    def __init__(self, sender: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accept_revoked_dialog")
        self.setWindowTitle(tr("Chấp nhận riêng gói ký bằng khóa đã thu hồi"))
        note = QLabel(
            tr(
                "Khóa ký của %1 đã bị thu hồi, nên mọi gói ký bằng khóa đó đều bị từ chối. Chỉ "
                "chấp nhận riêng gói này khi đã đối chiếu với đơn vị gửi (ví dụ gọi điện) rằng "
                "chính họ đã gửi nó trước khi mất khóa. Chỉ đúng gói này được nhận; việc chấp "
                "nhận được ghi vào nhật ký thay đổi kèm lý do và tên người chấp nhận."
            ).replace("%1", sender),
            self,
        )
        note.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(
            tr("Lý do, ví dụ: gói gửi trước khi mất máy, đã đối chiếu qua điện thoại")
        )
        buttons = QDialogButtonBox(self)
        self.accept_button: QPushButton = buttons.addButton(
            tr("Chấp nhận gói này"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accept_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda: self.accept_button.setEnabled(bool(self.reason()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(QLabel(tr("Lý do chấp nhận:"), self))
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def reason(self) -> str:
        """The reason as written (NFC, spaces tidied)."""
        return clean(self.reason_edit.toPlainText())


def ask_reason(parent: QWidget, sender: str) -> str | None:
    """The reason given, or None when the administrator cancels."""
    dialog = AcceptRevokedDialog(sender, parent)
    parent.accept_dialog = dialog  # type: ignore[attr-defined]  # tests find it here
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
