"""Page "Yêu cầu thay đổi": every change request held here, pending first, opened side by side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dvk_desktop.domain.ownership import ChangeState
from dvk_desktop.gui.dialogs.change_request_dialog import state_label
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.widgets.change_list import ChangeListWidget
from dvk_desktop.storage.workspace import WorkspaceHandle


class ChangesPage(QWidget):
    """At the upper level: the communes' requests to judge; at a commune: the outcomes."""

    data_changed = Signal()
    open_requested = Signal(str)  # a model's uuid: open its registration

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changes_page")
        self._handle = handle
        self.stale = True
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Yêu cầu thay đổi mô hình đã khóa"), self)
        heading.setStyleSheet("font-weight:bold;font-size:13pt;")
        layout.addWidget(heading)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        filters = QHBoxLayout()
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("change_state_filter")
        self.state_combo.setAccessibleName(tr("Lọc theo kết quả"))
        self.state_combo.addItem(tr("Mọi yêu cầu"), None)
        for state in ChangeState:
            self.state_combo.addItem(state_label(state), state.value)
        filters.addWidget(QLabel(tr("Kết quả:"), self))
        filters.addWidget(self.state_combo, 1)
        filters.addStretch(2)
        layout.addLayout(filters)
        self.list = ChangeListWidget(handle, self)
        self.list.model_uuid = None
        layout.addWidget(self.list, 1)
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_changed)
        self.list.changed.connect(self._on_list_changed)
        self.list.model_button.show()
        self.list.open_model.connect(self.open_requested)

    def mark_stale(self) -> None:
        """The data changed elsewhere: read again when next shown."""
        self.stale = True

    def on_shown(self) -> None:
        """Called when the page comes on screen."""
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the requests again."""
        self.stale = False
        self.list.reload()
        self._summarise()

    def _summarise(self) -> None:
        waiting = self.list.pending()
        upper = self._handle.info().role == "cap_tren"
        if upper:
            text = (
                tr("%n yêu cầu của các xã đang chờ xem xét.", None, waiting)
                if waiting
                else tr("Không có yêu cầu nào đang chờ xem xét.")
            )
        else:
            text = tr(
                "Yêu cầu thay đổi mô hình cấp trên đã khóa, và kết quả cấp trên gửi về trong "
                "gói quyết định."
            )
        self.summary_label.setText(text)

    def _on_state_combo_changed(self, _index: int) -> None:
        value = self.state_combo.currentData()
        self.list.set_state(ChangeState(value) if value else None)
        self._summarise()

    def _on_list_changed(self) -> None:
        self._summarise()
        self.data_changed.emit()
