"""The list of models: search without diacritics, filters, counts, SQL sorting and paging."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dvk_desktop.domain.period import parse_period, phase_containing
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, Status
from dvk_desktop.gui.forms.ui_model_list_page import Ui_ModelListPage
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.gui.models.model_table import PROGRESS_COLUMN, PROGRESS_ROLE, ModelsTableModel
from dvk_desktop.services import directory
from dvk_desktop.storage.queries.models import ModelFilter
from dvk_desktop.storage.workspace import WorkspaceHandle

SEARCH_DELAY_MS = 150


class ProgressBarDelegate(QStyledItemDelegate):
    """Draws the indicator progress as a thin bar under the percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Paint the text, then a bar proportional to the percentage (capped at 100 %)."""
        super().paint(painter, option, index)
        percent = index.data(PROGRESS_ROLE)
        if percent is None:
            return
        rect: QRect = option.rect.adjusted(4, option.rect.height() - 5, -4, -2)
        painter.save()
        painter.fillRect(rect, QColor("#e9ecef"))
        done = QRect(rect)
        done.setWidth(int(rect.width() * min(percent, 100) / 100))
        painter.fillRect(done, QColor("#198754" if percent >= 100 else "#0d6efd"))
        painter.restore()


class ModelListPage(QWidget):
    """Page "Mô hình" of the main window."""

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ModelListPage()
        self.ui.setupUi(self)
        self._handle = handle
        self.table_model = ModelsTableModel(handle.readers, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._fill_filters()
        view = self.ui.table_view
        view.setModel(self.table_model)
        view.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressBarDelegate(view))
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        widths = {0: 110, 2: 150, 3: 70, 4: 220, 5: 140, 6: 50, 7: 130, 8: 90}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        self.ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.ui.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.ui.search_edit.installEventFilter(self)
        view.doubleClicked.connect(self._on_table_view_double_clicked)
        view.activated.connect(self._on_table_view_double_clicked)
        view.installEventFilter(self)
        self.ui.new_button.clicked.connect(self.new_requested)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.clear_filters_button.clicked.connect(self._on_clear_filters_button_clicked)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table_model.modelReset.connect(self._on_table_model_reset)
        self.table_model.count_known.connect(self._on_table_model_count_known)
        self.table_model.breakdown_known.connect(self._on_table_model_breakdown_known)
        self.apply_filter()

    # ---------------------------------------------------------------- filters

    def _filter_combos(self) -> list[QComboBox]:
        ui = self.ui
        return [
            ui.year_combo, ui.field_combo, ui.type_combo, ui.status_combo, ui.novelty_combo,
            ui.owner_combo, ui.village_combo,
        ]  # fmt: skip

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.year_combo.addItem(tr("Mọi năm"), None)
        for combo, everything, enum in (
            (ui.field_combo, tr("Mọi lĩnh vực"), Field),
            (ui.type_combo, tr("Tập thể và cá nhân"), ModelType),
            (ui.status_combo, tr("Mọi trạng thái"), Status),
            (ui.novelty_combo, tr("Mới và duy trì"), Novelty),
        ):
            combo.addItem(everything, None)
            for member in enum:
                combo.addItem(vocab(member), member.value)
        self.reload_choices()

    def reload_years(self) -> None:
        """Offer the years that have models (this year too, the one most often wanted)."""
        from dvk_desktop.storage.queries.models import distinct_years

        with self._handle.readers() as session:
            years = set(distinct_years(session))
        years.add(dt.date.today().year)
        combo = self.ui.year_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for year in sorted(years, reverse=True):
            combo.addItem(str(year), year)
        phases = {phase_containing(year) for year in years}
        for phase in sorted(phases, key=lambda p: p.first_year, reverse=True):
            first, last = str(phase.first_year), str(phase.last_year)
            combo.addItem(
                tr("Giai đoạn %1–%2").replace("%1", first).replace("%2", last), phase.code
            )
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
        combo.blockSignals(False)

    def reload_choices(self) -> None:
        """Refill the year, owner and village filters (after the data changes)."""
        self.reload_years()
        for combo, everything, choices in (
            (self.ui.owner_combo, tr("Mọi đơn vị chủ trì"), directory.organisations(self._handle)),
            (self.ui.village_combo, tr("Mọi thôn, tổ dân phố"), directory.villages(self._handle)),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for choice in choices:
                combo.addItem(choice.label, choice.uuid)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)

    def current_filter(self) -> ModelFilter:
        """The filter the widgets describe."""
        ui = self.ui
        when = ui.year_combo.currentData()
        phase = parse_period(when) if isinstance(when, str) else None
        return ModelFilter(
            search=ui.search_edit.text(),
            year=when if isinstance(when, int) else None,
            years=(phase.first_year, phase.last_year) if phase else None,
            field=ui.field_combo.currentData(),
            model_type=ui.type_combo.currentData(),
            status=ui.status_combo.currentData(),
            novelty=ui.novelty_combo.currentData(),
            owner_uuid=ui.owner_combo.currentData(),
            village_uuid=ui.village_combo.currentData(),
        )

    def apply_filter(self) -> None:
        """Query again with the current search and filters."""
        self._search_timer.stop()
        self.table_model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Reload rows and counts (after a save elsewhere), keeping the selection if possible."""
        uuid = self.selected_uuid()
        self.reload_years()
        self.table_model.refresh()
        if uuid:
            self.select_uuid(uuid)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        # Debounced: typing "thap sang" runs one query, not nine.
        self._search_timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        self.apply_filter()
        if self.table_model.rowCount():
            self.ui.table_view.setFocus()
            self.ui.table_view.selectRow(0)

    def _on_clear_filters_button_clicked(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.search_edit.blockSignals(True)
        self.ui.search_edit.clear()
        self.ui.search_edit.blockSignals(False)
        self.apply_filter()

    def _on_table_model_reset(self) -> None:
        if not self.table_model.count_exact:
            self.ui.result_label.setText(tr("Đang đếm số mô hình phù hợp…"))

    def _on_table_model_count_known(self, count: int) -> None:
        self.ui.result_label.setText(
            tr("%n mô hình phù hợp", None, count) if count else tr("Không có mô hình nào phù hợp.")
        )

    def _on_table_model_breakdown_known(self, counts: dict[tuple[str, str], int]) -> None:
        parts = []
        for field in Field:
            collective = counts.get((field.value, ModelType.COLLECTIVE.value), 0)
            individual = counts.get((field.value, ModelType.INDIVIDUAL.value), 0)
            parts.append(
                f"<b>{html.escape(vocab(field))}</b>: {collective + individual} "
                f"({html.escape(vocab(ModelType.COLLECTIVE)).lower()} {collective}, "
                f"{html.escape(vocab(ModelType.INDIVIDUAL)).lower()} {individual})"
            )
        self.ui.counts_label.setText(" &nbsp;│&nbsp; ".join(parts))

    # ---------------------------------------------------------------- opening

    def selected_uuid(self) -> str | None:
        """The model under the cursor in the table."""
        index = self.ui.table_view.currentIndex()
        row = self.table_model.row_at(index.row()) if index.isValid() else None
        return row.uuid if row else None

    def select_uuid(self, uuid: str) -> None:
        """Put the cursor on a model if it is among the loaded rows."""
        row = self.table_model.row_of(uuid)
        if row >= 0:
            self.ui.table_view.selectRow(row)

    def _on_table_view_double_clicked(self, index: QModelIndex) -> None:
        row = self.table_model.row_at(index.row())
        if row is not None:
            self.open_requested.emit(row.uuid)

    def _on_open_button_clicked(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.open_requested.emit(uuid)

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box with its text selected."""
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down from the search box goes to the list; Enter in the list opens the model."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if watched is self.ui.search_edit and key == Qt.Key.Key_Down:
                self.ui.table_view.setFocus()
                if not self.ui.table_view.currentIndex().isValid():
                    self.ui.table_view.selectRow(0)
                return True
            if watched is self.ui.table_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_open_button_clicked()
                return True
        return super().eventFilter(watched, event)

    def state(self) -> dict[str, Any]:
        """What the page shows (for tests)."""
        return {"rows": self.table_model.rowCount(), "filter": self.current_filter()}
