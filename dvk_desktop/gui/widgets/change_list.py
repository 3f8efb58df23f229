"""A table of change requests (one model's history, or all), opening one side by side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.ownership import ChangeState
from dvk_desktop.gui.dialogs.change_request_dialog import (
    STATE_COLOURS,
    ChangeRequestDialog,
    state_label,
    when_text,
)
from dvk_desktop.gui.i18n import marked, tr
from dvk_desktop.services import change_requests
from dvk_desktop.services.audit import actor_text
from dvk_desktop.services.change_requests import ChangeRow
from dvk_desktop.storage.workspace import WorkspaceHandle


class ChangeListWidget(QWidget):
    """Requests, pending first; double-click (or "Xem") opens the side-by-side dialog."""

    changed = Signal()  # a request was accepted or rejected from here
    open_model = Signal(str)  # the uuid of the chosen request's model, to open its editor

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_list")
        self._handle = handle
        self.model_uuid: str | None = None
        self.state: ChangeState | None = None
        self.rows: list[ChangeRow] = []
        self.dialog: ChangeRequestDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(tr("Chưa có yêu cầu thay đổi nào."), self)
        self.empty_label.setObjectName("empty_label")
        layout.addWidget(self.empty_label)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("change_table")
        self.table.setHorizontalHeaderLabels(
            [
                tr("Mô hình"), tr("Gửi lúc"), tr("Người gửi"), tr("Số mục"), tr("Kết quả"),
                tr("Nhận xét của cấp trên"),
            ]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_request(row))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.model_button = QPushButton(tr("Mở bản đăng ký"), self)
        self.model_button.setObjectName("open_model_button")
        self.model_button.setAutoDefault(False)
        self.model_button.clicked.connect(self._on_model_button_clicked)
        self.model_button.hide()  # shown where a window opens editors (the page of requests)
        buttons.addWidget(self.model_button)
        self.open_button = QPushButton(tr("Xem cũ và mới…"), self)
        self.open_button.setObjectName("open_change_button")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_request(self.table.currentRow()))
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)

    def set_model(self, uuid: str | None) -> None:
        """Show one model's requests, oldest first (``None``: every request held here)."""
        self.model_uuid = uuid
        self.table.setColumnHidden(0, uuid is not None)  # one model's history: it is that one
        self.reload()

    def set_state(self, state: ChangeState | None) -> None:
        """Only requests in ``state`` (``None``: all); for the list of every request."""
        self.state = state
        self.reload()

    def reload(self) -> None:
        """Read the requests again."""
        if self.model_uuid is not None:
            rows = change_requests.requests_of(self._handle, self.model_uuid)
            if self.state is not None:
                rows = [r for r in rows if r.state is self.state]
        else:
            rows = change_requests.list_changes(self._handle, self.state)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            cells = (
                f"{r.unit_code}/{r.model_code} — {r.model_name}",
                when_text(r.created_at),
                marked(actor_text(r.created_by)),
                str(r.changes),
                state_label(r.state),
                r.decision_comment,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 4:
                    item.setBackground(QBrush(QColor(STATE_COLOURS[r.state])))
                self.table.setItem(n, column, item)
        self.empty_label.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        self.model_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def pending(self) -> int:
        """How many of the shown requests wait for the upper level."""
        return sum(1 for r in self.rows if r.state is ChangeState.PENDING)

    def open_request(self, row: int) -> ChangeRequestDialog | None:
        """Open request ``row`` side by side (non-modal; a verdict reloads the list)."""
        if not 0 <= row < len(self.rows):
            return None
        dialog = ChangeRequestDialog(self._handle, self.rows[row].uuid, self)
        dialog.decided.connect(self._on_decided)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_model_button_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_model.emit(self.rows[row].model_uuid)

    def _on_decided(self, _uuid: str) -> None:
        self.reload()
        self.changed.emit()
