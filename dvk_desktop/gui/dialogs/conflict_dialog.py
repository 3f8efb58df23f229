"""Another clerk saved first: both versions side by side; reload theirs or save mine over it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.errors import ConflictError
from dvk_desktop.gui.i18n import core, marked, tr


class ConflictDialog(QDialog):
    """Shows the stored version (theirs) beside the form's (mine), row by row.

    ``mine`` maps the core's Vietnamese field labels (those of ``ConflictError.theirs``) to what
    the clerk typed. ``reload_requested`` or ``overwrite_requested`` says what they chose; the
    page does it (overwrite passes ``version``, the version shown here, as the expected one).
    """

    reload_requested = Signal()
    overwrite_requested = Signal()

    def __init__(self, parent: QWidget | None, exc: ConflictError, mine: dict[str, str]) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(tr("Người khác vừa lưu trước bạn"))
        self.version = exc.version
        layout = QVBoxLayout(self)
        self.message_label = QLabel(core(exc.message), self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.message_label)
        labels = [str(label) for label, _ in exc.theirs]
        labels += [key for key in mine if key not in labels]
        theirs = {str(label): value for label, value in exc.theirs}
        self.table = QTableWidget(len(labels), 3, self)
        self.table.setObjectName("conflict_table")
        who = exc.who or tr("người khác")
        self.table.setHorizontalHeaderLabels(
            [tr("Mục"), tr("Đang lưu (của %1)").replace("%1", who), tr("Bạn vừa nhập")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, label in enumerate(labels):
            values = (core(label), marked(theirs.get(label, "")), mine.get(label, ""))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c and values[1] != values[2]:  # what differs stands out
                    item.setBackground(Qt.GlobalColor.yellow)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        note = QLabel(
            tr(
                "Bản của bạn chưa được lưu. Hãy tải lại bản đang lưu (bỏ bản bạn vừa nhập), hoặc "
                "lưu bản của bạn đè lên nếu bạn chắc chắn bản đó đúng hơn."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(tr("&Tải lại bản đang lưu"), self)
        self.reload_button.setObjectName("conflict_reload_button")
        self.overwrite_button = QPushButton(tr("&Lưu bản của tôi đè lên"), self)
        self.overwrite_button.setObjectName("conflict_overwrite_button")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Để sau"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.reload_button.setDefault(True)  # the safe choice
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.overwrite_button.clicked.connect(self._on_overwrite_button_clicked)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 320)

    def _on_reload_button_clicked(self) -> None:
        self.accept()
        self.reload_requested.emit()

    def _on_overwrite_button_clicked(self) -> None:
        self.accept()
        self.overwrite_requested.emit()


def show_conflict(parent: QWidget, exc: ConflictError, mine: dict[str, str]) -> ConflictDialog:
    """Open the dialog without blocking (the page keeps it as ``conflict_dialog``)."""
    dialog = ConflictDialog(parent, exc, mine)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    parent.conflict_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
