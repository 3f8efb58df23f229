"""Page "Thẩm định": the upper level's verdict, with a comment, on the models communes propose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.codes import qualified
from dvk_desktop.domain.review import NEEDS_COMMENT, ReviewState
from dvk_desktop.domain.text import format_number
from dvk_desktop.errors import ConflictError
from dvk_desktop.gui.dialogs.conflict_dialog import ConflictDialog, show_conflict
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.i18n import marked, tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.gui.models.ticked_rows import UUID_ROLE, tick_exactly, ticked_uuids
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.gui.widgets.feedback import REVIEWER_SETTING, state_text
from dvk_desktop.gui.widgets.header_fit import fit_titles
from dvk_desktop.services import locks, review, unit_history
from dvk_desktop.services.audit import actor_text, current_actor
from dvk_desktop.services.review_log import note_text
from dvk_desktop.storage.workspace import WorkspaceHandle

STATE_COLOURS = {
    ReviewState.NEEDS_INFO: "#fff3cd",
    ReviewState.ACCEPTED: "#d1e7dd",
    ReviewState.NOT_ACCEPTED: "#f8d7da",
}


class ReviewPage(QWidget):
    """The proposed models by commune and verdict; tick some, choose a verdict, say why."""

    data_changed = Signal()
    open_requested = Signal(str)
    reviewed = Signal(int)  # how many models took the verdict

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_page")
        self._handle = handle
        self.stale = True
        self.operation: Operation | None = None
        self.rows: list[review.ReviewRow] = []
        self._overrides: dict[str, int] = {}  # versions a clerk chose to save over (conflicts)
        self.conflict_dialog: ConflictDialog | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Thẩm định hồ sơ mô hình các xã đề nghị công nhận"), self)
        heading.setStyleSheet("font-weight:bold;font-size:13pt;")
        layout.addWidget(heading)
        filters = QHBoxLayout()
        self.commune_combo = QComboBox(self)
        self.commune_combo.setObjectName("review_commune_combo")
        self.commune_combo.setAccessibleName(tr("Lọc theo xã"))
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("review_state_filter")
        self.state_combo.setAccessibleName(tr("Lọc theo trạng thái thẩm định"))
        self.state_combo.addItem(tr("Mọi trạng thái thẩm định"), None)
        for state in ReviewState:
            self.state_combo.addItem(state_text(state), state.value)
        self.closed_check = QCheckBox(tr("Cả mô hình đã trả lại, đã có quyết định"))
        for label, widget in (
            (tr("Xã, phường:"), self.commune_combo),
            (tr("Thẩm định:"), self.state_combo),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget, 1)
        filters.addWidget(self.closed_check)
        layout.addLayout(filters)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QSplitter(Qt.Orientation.Vertical, splitter)
        self.model = QStandardItemModel(self)
        self.view = QTableView(left)
        self.view.setObjectName("review_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        history_box = QGroupBox(tr("Lịch sử thẩm định của mô hình đang chọn"), left)
        history_layout = QVBoxLayout(history_box)
        # Who at the commune vouched for this dossier (the head's sign-off travels with it).
        self.sign_off_label = QLabel(history_box)
        self.sign_off_label.setObjectName("review_sign_off_label")
        self.sign_off_label.setWordWrap(True)
        self.sign_off_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        history_layout.addWidget(self.sign_off_label)
        self.history_table = QTableWidget(0, 4, history_box)
        self.history_table.setObjectName("review_history_table")
        self.history_table.setHorizontalHeaderLabels(
            [tr("Kết quả"), tr("Nhận xét"), tr("Người thẩm định"), tr("Lúc")]
        )
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        history_layout.addWidget(self.history_table)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        box = QGroupBox(tr("Ghi kết quả thẩm định"), side)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.chosen_label = QLabel(box)
        form.addRow(self.chosen_label)
        self.target_combo = QComboBox(box)
        self.target_combo.setObjectName("review_target_combo")
        for state in ReviewState:
            self.target_combo.addItem(state_text(state), state.value)
        form.addRow(tr("&Kết quả:"), self.target_combo)
        self.comment_edit = QPlainTextEdit(box)
        self.comment_edit.setObjectName("review_comment_edit")
        self.comment_edit.setMaximumHeight(130)
        self.comment_edit.setTabChangesFocus(True)
        form.addRow(tr("&Nhận xét:"), self.comment_edit)
        from dvk_desktop.services.workspace_setup import get_settings

        self.actor_edit = QLineEdit(box)
        self.actor_edit.setObjectName("review_actor_edit")
        self.actor_edit.setPlaceholderText(current_actor())
        self.actor_edit.setText(get_settings(handle).get(REVIEWER_SETTING, ""))
        form.addRow(tr("Người &thẩm định:"), self.actor_edit)
        self.hint_label = QLabel(box)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color:#555;")
        form.addRow(self.hint_label)
        self.apply_button = QPushButton(box)
        self.apply_button.setObjectName("review_apply_button")
        form.addRow(self.apply_button)
        self.message_label = QLabel(box)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.message_label)
        side_layout.addWidget(box)
        side_layout.addStretch(1)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([800, 320])
        layout.addWidget(splitter, 1)
        self.commune_combo.currentIndexChanged.connect(self.reload)
        self.state_combo.currentIndexChanged.connect(self.reload)
        self.closed_check.toggled.connect(self.reload)
        self.target_combo.currentIndexChanged.connect(self._update_chosen)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.model.itemChanged.connect(self._on_item_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        grey_out_if_read_only(handle, self.apply_button)  # a locked stick keeps no verdict
        self._update_chosen()

    # ---------------------------------------------------------------- refresh

    def mark_stale(self) -> None:
        """The data changed elsewhere: read again when next shown."""
        self.stale = True

    def on_shown(self) -> None:
        """Called when the page comes on screen."""
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Refill the commune filter and the list."""
        self.stale = False
        from dvk_desktop.domain.text import sort_key
        from dvk_desktop.storage.queries.communes import unit_names

        with self._handle.readers() as session:
            self.names = unit_names(session)
        codes = {r.unit_code for r in review.list_reviews(self._handle, include_closed=True)}
        combo = self.commune_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("Mọi xã, phường"), None)
        for code in sorted(codes, key=lambda c: (sort_key(self.names.get(c, c)), c)):
            combo.addItem(f"{self.names.get(code, code)} ({code})", code)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)
        self.reload()

    def set_filters(self, *, commune: str | None = None, state: ReviewState | None = None) -> None:
        """Choose the commune and review-state filters (None: all)."""
        self.commune_combo.setCurrentIndex(max(0, self.commune_combo.findData(commune)))
        value = state.value if state is not None else None
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(value)))

    def reload(self) -> None:
        """The models under review with the filters; ticks are kept."""
        self._overrides.clear()  # the versions shown now are the ones a save checks
        checked = set(self.checked_uuids())
        state = self.state_combo.currentData()
        self.rows = review.list_reviews(
            self._handle,
            state=ReviewState(state) if state else None,
            unit_code=self.commune_combo.currentData(),
            include_closed=self.closed_check.isChecked(),
        )
        self._loading = True
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                tr("Mã"),
                tr("Xã, phường"),
                tr("Tên mô hình"),
                tr("Thẩm định"),
                tr("Nhận xét"),
                tr("Người thẩm định"),
            ]
        )
        from PySide6.QtGui import QColor

        for row in self.rows:
            first = QStandardItem(qualified(row.unit_code, row.model_code))
            first.setCheckable(True)
            first.setCheckState(
                Qt.CheckState.Checked if row.model_uuid in checked else Qt.CheckState.Unchecked
            )
            first.setData(row.model_uuid, UUID_ROLE)
            shown = state_text(row.state) or tr("(đã chuyển bước: %1)").replace(
                "%1", vocab(row.status)
            )
            cells = [
                first,
                QStandardItem(row.unit_name),
                QStandardItem(row.model_name),
                QStandardItem(shown),
                QStandardItem(marked(note_text(row.comment))),
                QStandardItem(marked(actor_text(row.actor))),
            ]
            colour = STATE_COLOURS.get(row.state) if row.state else None
            for cell in cells:
                cell.setEditable(False)
                cell.setToolTip(cell.text())
            cells[5].setToolTip(f"{cells[5].text()} · {review.format_when(row.at)}")
            if colour:
                cells[3].setBackground(QColor(colour))
            self.model.appendRow(cells)
        self._loading = False
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (1, 105), (2, 185), (3, 165), (5, 115)):
            header.resizeSection(column, width)
        fit_titles(header)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self._update_chosen()
        self.show_history(None)

    # ---------------------------------------------------------------- choosing

    def checked_uuids(self) -> list[str]:
        """The models ticked in the list, in list order."""
        return ticked_uuids(self.model)

    def set_checked(self, uuids: list[str]) -> None:
        """Tick exactly these models."""
        self._loading = True
        tick_exactly(self.model, uuids)
        self._loading = False
        self._update_chosen()

    def row_of(self, code: str) -> int:
        """The list row of a qualified code ("20791/MH-2026-001"), or -1."""
        for r in range(self.model.rowCount()):
            if self.model.item(r, 0).text() == code:
                return r
        return -1

    def _on_item_changed(self, _item: QStandardItem) -> None:
        if not self._loading:
            self._update_chosen()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.rows):
            self.open_requested.emit(self.rows[index.row()].model_uuid)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        self.show_history(self.rows[row].model_uuid if 0 <= row < len(self.rows) else None)

    def target(self) -> ReviewState:
        """The verdict chosen in the form."""
        return ReviewState(self.target_combo.currentData())

    def _update_chosen(self) -> None:
        count = len(self.checked_uuids())
        self.chosen_label.setText(
            tr("Đã chọn %1/%2 mô hình")
            .replace("%1", format_number(count))
            .replace("%2", format_number(len(self.rows)))
        )
        self.apply_button.setText(tr("Ghi thẩm định cho %n mô hình", None, count))
        self.apply_button.setEnabled(count > 0)
        target = self.target()
        hints = {
            ReviewState.NEEDS_INFO: tr(
                "Mô hình được trả lại để xã bổ sung; nhận xét (bắt buộc) đi về xã cùng gói "
                "quyết định."
            ),
            ReviewState.ACCEPTED: tr("Hội đồng có thể chấm điểm mô hình ở trang “Chấm điểm”."),
            ReviewState.NOT_ACCEPTED: tr(
                "Mô hình không được chấm điểm, công nhận; hãy ghi lý do (bắt buộc)."
            ),
            ReviewState.RECEIVED: tr("Ghi nhận đã tiếp nhận hồ sơ, chưa có kết luận."),
        }
        self.hint_label.setText(hints[target])
        required = target in NEEDS_COMMENT
        self.comment_edit.setPlaceholderText(
            tr("Nhận xét (bắt buộc): cần bổ sung những gì, lý do…")
            if required
            else tr("Nhận xét (không bắt buộc)")
        )

    # ---------------------------------------------------------------- history

    def show_history(self, uuid: str | None) -> None:
        """Every verdict on a model, newest first, with who and when."""
        entries = review.review_history(self._handle, uuid) if uuid else []
        if uuid:
            signed = locks.sign_off_text(locks.sign_off_of(self._handle, uuid))
            text = tr("Ký duyệt ở xã: %1").replace("%1", marked(signed))
            registered = unit_history.registered_under(self._handle, uuid)
            if registered is not None:  # a district's record kept by its province
                text += "\n" + tr("Đăng ký tại: %1").replace("%1", marked(registered))
            self.sign_off_label.setText(text)
        self.sign_off_label.setVisible(bool(uuid))
        table = self.history_table
        table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            values = (
                state_text(entry.state),
                marked(note_text(entry.comment)),
                marked(actor_text(entry.actor)),
                entry.when,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        for column, width in ((0, 160), (2, 130), (3, 120)):
            header.resizeSection(column, width)
        fit_titles(header)

    # ---------------------------------------------------------------- applying

    def apply(self) -> Operation:
        """Record the chosen verdict and comment on the ticked models (all or none)."""
        handle, uuids = self._handle, self.checked_uuids()
        state, comment = self.target(), self.comment_edit.toPlainText()
        actor = self.actor_edit.text().strip() or None
        # The versions the list showed: a model another clerk reviewed since is not overwritten.
        seen = {r.model_uuid: r.upper_version for r in self.rows if r.model_uuid in uuids}
        seen.update({u: v for u, v in self._overrides.items() if u in seen})

        def work(_r: Any, _c: Any) -> int:
            return len(
                review.set_reviews(
                    handle, uuids, state, comment=comment, actor=actor, expected_versions=seen
                )
            )

        self.operation = run_in_background(
            self,
            work,
            on_success=self._on_applied,
            on_failure=self._on_apply_failed,
            label=tr("Đang ghi kết quả thẩm định"),
        )
        return self.operation

    def _on_apply_failed(self, exc: BaseException) -> None:
        from dvk_desktop.gui.errors import show_error

        if not isinstance(exc, ConflictError):
            show_error(self, exc)
            return
        mine = {
            "Kết quả thẩm định": state_text(self.target()),
            "Nhận xét": self.comment_edit.toPlainText(),
            "Người thẩm định": self.actor_edit.text().strip() or current_actor(),
        }
        dialog = show_conflict(self, exc, mine)
        dialog.reload_requested.connect(self._on_conflict_reload)
        dialog.overwrite_requested.connect(lambda: self._on_conflict_overwrite(exc))

    def _on_conflict_reload(self) -> None:
        """Show what is stored now (ticks kept); the next save checks the new versions."""
        current = self.view.currentIndex().row()
        uuid = self.rows[current].model_uuid if 0 <= current < len(self.rows) else None
        self.reload()
        if uuid is not None:
            self.show_history(uuid)

    def _on_conflict_overwrite(self, exc: ConflictError) -> None:
        """Save again over the version the clerk was just shown (and only that one)."""
        if isinstance(exc.version, int):
            self._overrides[exc.key] = exc.version
        self.apply()

    def _on_applied(self, count: int) -> None:
        from dvk_desktop.services.workspace_setup import set_settings

        set_settings(self._handle, {REVIEWER_SETTING: self.actor_edit.text().strip()})
        text = (
            tr("Đã ghi “%1” cho %2 mô hình.")
            .replace("%1", state_text(self.target()))
            .replace("%2", format_number(count))
        )
        self.message_label.setText(f"<span style='color:#146c43'>✓ {text}</span>")
        self._overrides.clear()
        self.comment_edit.clear()
        current = self.view.currentIndex().row()
        uuid = self.rows[current].model_uuid if 0 <= current < len(self.rows) else None
        self.set_checked([])
        self.reload()
        if uuid is not None:
            self.show_history(uuid)
        self.data_changed.emit()
        self.reviewed.emit(count)

    def _on_apply_button_clicked(self) -> None:
        self.message_label.setText("")
        self.apply()
