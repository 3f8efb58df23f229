"""The upper level's panel of possible duplicates of the selected model, with "Không trùng"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.codes import qualified
from dvk_desktop.domain.similarity import DuplicateKind
from dvk_desktop.domain.vocab import Status
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.services import duplicates
from dvk_desktop.services.duplicates import FlagView
from dvk_desktop.storage.workspace import WorkspaceHandle


def _kind_text(kind: DuplicateKind) -> str:
    if kind is DuplicateKind.EVIDENCE:
        return tr("Cùng tệp minh chứng")
    if kind is DuplicateKind.REREGISTERED:
        return tr("Đăng ký lại, không ghi duy trì")
    return tr("Tên gần giống")


def badge(count: int) -> str:
    """The text of the flag column: a warning sign and how many open flags a model has."""
    return f"⚠ {count}" if count else ""


class DuplicatesPanel(QGroupBox):
    """Open flags of one model: why, and the other model; "Không trùng" quiets one for good."""

    dismissed = Signal(int)  # the flag's id, once stored

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(tr("Có thể trùng với"), parent)
        self.setObjectName("duplicates_panel")
        self._handle = handle
        self._uuid: str | None = None
        self._flags: list[FlagView] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("duplicates_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Lý do"), tr("Mã"), tr("Tên mô hình"), tr("Xã, phường"), tr("Trạng thái")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Fixed widths, the name taking the rest: the panel never widens the page (150 %).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        for column, width in ((0, 170), (1, 150), (3, 190), (4, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("duplicate_note_edit")
        self.note_edit.setPlaceholderText(tr("Lý do (không bắt buộc)"))
        self.not_duplicate_button = QPushButton(tr("Không trùng"), self)
        self.not_duplicate_button.setObjectName("not_duplicate_button")
        self.not_duplicate_button.setToolTip(
            tr("Hai mô hình này khác nhau: không cảnh báo lại cặp này nữa.")
        )
        self.not_duplicate_button.setEnabled(False)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.not_duplicate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        # Room for three matches; more scroll. The list above keeps the height.
        rows = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(rows)
        self.table.setFixedHeight(rows * 4 + 6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.not_duplicate_button.clicked.connect(self._on_not_duplicate_button_clicked)
        grey_out_if_read_only(handle, self.not_duplicate_button)  # a locked stick keeps no "no"
        self.hide()

    def show_model(self, uuid: str | None) -> None:
        """Show the open flags of model ``uuid``; hidden when it has none."""
        self._uuid = uuid
        self._flags = duplicates.list_flags(self._handle, model_uuid=uuid) if uuid else []
        self.table.setRowCount(len(self._flags))
        for row, flag in enumerate(self._flags):
            other = flag.partner(uuid or "")
            cells = [
                _kind_text(flag.kind) + (f" ({flag.score}%)" if flag.score < 100 else ""),
                qualified(other.unit_code, other.code),
                other.name,
                f"{other.unit_name} · {other.year}",
                vocab(other.status, Status) if other.status else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(flag.reason if column == 0 else text)
                item.setData(Qt.ItemDataRole.UserRole, flag.id)
                self.table.setItem(row, column, item)
        self.not_duplicate_button.setEnabled(False)
        self.message_label.clear()
        self.setVisible(bool(self._flags))

    def _on_table_item_selection_changed(self) -> None:
        self.not_duplicate_button.setEnabled(bool(self.table.selectedItems()))

    def _on_not_duplicate_button_clicked(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        flag_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        note = self.note_edit.text()
        handle = self._handle
        from dvk_desktop.gui.tasks import Operation

        self.not_duplicate_button.setEnabled(False)
        Operation(
            parent=self,
            op=lambda _r, _c: duplicates.dismiss(handle, flag_id, note=note).id,
            on_success=self._on_dismissed,
        ).run()

    def _on_dismissed(self, flag_id: int) -> None:
        self.note_edit.clear()
        self.show_model(self._uuid)
        if self.isVisible():
            self.message_label.setText(
                tr("Đã ghi “không trùng”; cặp này sẽ không được cảnh báo lại.")
            )
        self.dismissed.emit(flag_id)
