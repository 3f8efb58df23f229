"""The list of models: search without diacritics, filters, counts, SQL sorting and paging."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

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
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, Status, WorkspaceRole
from dvk_desktop.gui.forms.ui_model_list_page import Ui_ModelListPage
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.gui.models import first_page_copy
from dvk_desktop.gui.models.model_table import PROGRESS_ROLE, ModelsTableModel
from dvk_desktop.gui.screen import fit_first_choice, fit_popup
from dvk_desktop.gui.widgets.header_fit import fit_titles
from dvk_desktop.gui.widgets.readable_column import ReadableColumn

# No SQLAlchemy at import: the page is built and painted with its first page (read by
# queries.fast_list) while the opening worker is still loading the ORM. The services are
# imported where they are used, once the workspace is open (attach).
from dvk_desktop.storage.queries.rows import ModelFilter, ModelRow

if TYPE_CHECKING:
    from dvk_desktop.gui.widgets.duplicates_panel import DuplicatesPanel
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

    def __init__(
        self,
        handle: WorkspaceHandle | None,
        parent: QWidget | None = None,
        *,
        first_page: dict[str, Any] | None = None,
    ) -> None:
        """The page of ``handle``; or, while the workspace opens, of ``first_page``.

        ``first_page`` is what ``queries.fast_list.first_page`` read (a commune's workspace):
        its rows are shown at once, and :meth:`attach` hands the open workspace over later.
        """
        super().__init__(parent)
        self.ui = Ui_ModelListPage()
        self.ui.setupUi(self)
        self._handle = handle
        # What was asked for (open a model, a new one) before the workspace was open.
        self._waiting: list[tuple[Any, tuple[str, ...]]] = []
        if handle is not None:
            info = handle.info()
            role, unit_code = info.role, info.unit_code
        else:
            assert first_page is not None
            role, unit_code = first_page["role"], first_page["own"]
        self.upper = WorkspaceRole(role) is WorkspaceRole.UPPER
        self.own_unit = unit_code
        names = self._commune_names() if self.upper else None
        self.table_model = ModelsTableModel(
            handle.readers if handle is not None else None, self, own_unit=unit_code,
            unit_names=names,
        )  # fmt: skip
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._fill_filters()
        view = self.ui.table_view
        view.setModel(self.table_model)
        self._progress_bars = ProgressBarDelegate(view)
        view.setItemDelegateForColumn(self.table_model.progress_column, self._progress_bars)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        name_column = self.table_model.column_of("name")
        # Columns shrink with the window (125 %, 150 % scaling): none forces a minimum width.
        header.setMinimumSectionSize(40)
        widths = (
            {
                "code": 140, "commune": 120, "duplicates": 48, "field": 110, "model_type": 60,
                "owner": 110, "village": 80, "year": 45, "status": 120, "progress": 64,
            }
            if self.upper  # one more column: the others give way so the name stays readable
            else {
                "code": 110, "field": 150, "model_type": 70, "owner": 220, "village": 140,
                "year": 50, "status": 130, "progress": 90,
            }
        )  # fmt: skip
        # Columns of fixed words (field, type, status) as wide as their longest word in the
        # interface language, so "Xây dựng hệ thống chính trị" is not cut in either language.
        metrics = view.fontMetrics()
        for key, enum in (("field", Field), ("model_type", ModelType), ("status", Status)):
            longest = max(metrics.horizontalAdvance(vocab(m)) for m in enum)
            widths[key] = min(max(widths[key], longest + 16), 240)
        for key, width in widths.items():
            column = self.table_model.column_of(key)
            if column >= 0:
                header.resizeSection(column, width)
        fit_titles(header)
        # The name takes what the others leave, never less than a readable width.
        self._name_column = ReadableColumn(view, name_column)
        self._name_column.fit()
        header.setSortIndicator(name_column, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        self.ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.ui.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.ui.search_edit.installEventFilter(self)
        view.doubleClicked.connect(self._on_table_view_double_clicked)
        view.activated.connect(self._on_table_view_double_clicked)
        view.installEventFilter(self)
        self.ui.new_button.clicked.connect(lambda: self._request(self.new_requested))
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.clear_filters_button.clicked.connect(self._on_clear_filters_button_clicked)
        for combo in self._filter_combos()[1:]:
            combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.commune_combo.currentIndexChanged.connect(self._on_commune_combo_changed)
        self.table_model.modelReset.connect(self._on_table_model_reset)
        self.table_model.count_known.connect(self._on_table_model_count_known)
        self.table_model.breakdown_known.connect(self._on_table_model_breakdown_known)
        self.duplicates_panel: DuplicatesPanel | None = None
        if self.upper:  # possible duplicates across communes: a badge and a panel below
            from dvk_desktop.gui.widgets.duplicates_panel import DuplicatesPanel
            from dvk_desktop.services import duplicates

            assert handle is not None  # an upper level has no first page before it opens
            self.duplicates_panel = DuplicatesPanel(handle, self)
            self.layout().addWidget(self.duplicates_panel)
            self.duplicates_panel.dismissed.connect(self._on_duplicates_panel_dismissed)
            self.table_model.duplicate_counts = duplicates.open_counts(handle)
        if first_page is not None:
            rows = [ModelRow(**row) for row in first_page["models"]]
            self.table_model.show_first_page(rows, int(first_page["total"]), first_page["counts"])
        else:
            self.apply_filter()
        if self.duplicates_panel is not None:
            view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def attach(self, handle: WorkspaceHandle) -> None:
        """The workspace is open: fill the choices read through it, page through its sessions.

        The rows shown stay (they are the ORM's first page: tests/storage/test_fast_list.py);
        a search, a filter or a sort chosen meanwhile runs now, then what was asked for.
        """
        self._handle = handle
        view, bars = self.ui.table_view, self._progress_bars
        first_page_copy.paint_from(view, self.table_model, bars, self.table_model.progress_column)
        # Read in a timer turn of its own, not in the workspace's set-up (one freeze less).
        QTimer.singleShot(1, self, self.reload_choices)
        self.table_model.attach(handle.readers)
        waiting, self._waiting = self._waiting, []
        for signal, args in waiting:
            signal.emit(*args)

    def paint_from_copy(self) -> None:
        """Until :meth:`attach`, paint a Qt-only copy of the first page (first_page_copy: why)."""
        if self._handle is None:
            first_page_copy.paint_from_copy(self.ui.table_view, self.table_model)

    @property
    def opened(self) -> bool:
        """Whether the workspace is open (not just its first page shown)."""
        return self._handle is not None

    def _request(self, signal: Any, *args: str) -> None:
        """Emit ``signal`` now, or once the workspace is open (the window needs it to act)."""
        if self._handle is None:
            self._waiting.append((signal, args))
        else:
            signal.emit(*args)

    # ---------------------------------------------------------------- filters

    def _filter_combos(self) -> list[QComboBox]:
        ui = self.ui
        return [
            ui.commune_combo, ui.year_combo, ui.field_combo, ui.type_combo, ui.status_combo,
            ui.novelty_combo, ui.owner_combo, ui.village_combo,
        ]  # fmt: skip

    def _commune_names(self) -> dict[str, str]:
        """Names of the units the workspace knows (communes that sent models, by code)."""
        from dvk_desktop.storage.queries.communes import unit_names

        assert self._handle is not None
        with self._handle.readers() as session:
            return unit_names(session)

    def reload_communes(self) -> None:
        """Offer every commune that sent models (an upper level only; hidden for a commune)."""
        combo = self.ui.commune_combo
        combo.setVisible(self.upper)
        if not self.upper:
            # A commune has no commune filter: its cell takes the village filter, and "Bỏ lọc"
            # moves into the village's place, so no gap is left in either row.
            grid = self.ui.filter_layout
            if grid.indexOf(combo) >= 0:
                grid.removeWidget(combo)
                grid.removeWidget(self.ui.village_combo)
                grid.removeWidget(self.ui.clear_filters_button)
                grid.addWidget(self.ui.village_combo, 0, 0)
                grid.addWidget(self.ui.clear_filters_button, 1, 3, Qt.AlignmentFlag.AlignLeft)
            return
        from dvk_desktop.domain.text import sort_key
        from dvk_desktop.storage.queries.communes import status_counts

        assert self._handle is not None
        names = self._commune_names()
        self.table_model.unit_names = names
        with self._handle.readers() as session:
            held = status_counts(session, self.own_unit)
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("Mọi xã, phường"), None)
        for code in sorted(held, key=lambda c: (sort_key(names.get(c, c)), c)):
            count = sum(held[code].values())
            combo.addItem(f"{names.get(code, code)} ({code}) · {count}", code)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
        combo.blockSignals(False)

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
        if self._handle is not None:
            self.reload_choices()
        else:  # the choices read from the database come with the workspace (attach)
            self.reload_communes()  # a commune's filter grid, laid out at once
            self._reload_owner_choices()

    def reload_years(self) -> None:
        """Offer the years that have models (this year too, the one most often wanted)."""
        from dvk_desktop.storage.queries.models import distinct_years

        if self._handle is None:
            return  # the workspace is still opening: attach fills the years
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
        """Refill the commune, year, owner and village filters (after the data changes)."""
        self.reload_years()
        self.reload_communes()
        self._reload_owner_choices()

    def _reload_owner_choices(self) -> None:
        # At an upper level owners and villages belong to one commune: they are offered once
        # a commune is chosen (a hundred communes' villages in one list help nobody).
        commune = self.ui.commune_combo.currentData() if self.upper else None
        pick = self.upper and commune is None
        orgs: list[Any] = []
        places: list[Any] = []
        if not pick and self._handle is not None:  # still opening: "every…" only, until attach
            from dvk_desktop.services import directory

            orgs = directory.organisations(self._handle, unit_code=commune)
            places = directory.villages(self._handle, unit_code=commune)
        for combo, everything, choices in (
            (self.ui.owner_combo, tr("Mọi đơn vị chủ trì"), orgs),
            (self.ui.village_combo, tr("Mọi thôn, tổ dân phố"), places),
        ):
            combo.setEnabled(not pick)
            combo.setToolTip(tr("Chọn một xã trước") if pick else "")
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for choice in choices:
                combo.addItem(choice.label, choice.uuid)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)
        self._share_filter_row()

    def _share_filter_row(self) -> None:
        """Let every filter's drop-down show whole names, whatever the box's width.

        The filters sit on two rows of a grid so the window fits at 125 % and 150 %; a box may
        be narrower than its longest choice, so the list and the tooltip show it whole.
        """
        for combo in self._filter_combos():
            fit_popup(combo)
            fit_first_choice(combo)

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
            source_unit_code=ui.commune_combo.currentData() if self.upper else None,
        )

    def _on_commune_combo_changed(self, _index: int) -> None:
        self._reload_owner_choices()
        self.apply_filter()

    def select_commune(self, code: str | None) -> None:
        """Show one commune's models (None: every commune)."""
        combo = self.ui.commune_combo
        combo.setCurrentIndex(max(0, combo.findData(code)) if code else 0)

    def apply_filter(self) -> None:
        """Query again with the current search and filters."""
        self._search_timer.stop()
        self.table_model.set_filter(self.current_filter())

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.table_model.row_at(current.row()) if current.isValid() else None
        if self.duplicates_panel is not None:
            self.duplicates_panel.show_model(row.uuid if row else None)

    def _on_duplicates_panel_dismissed(self, _flag_id: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload rows and counts (after a save elsewhere), keeping the selection if possible."""
        uuid = self.selected_uuid()
        if self.duplicates_panel is not None:
            from dvk_desktop.services import duplicates

            assert self._handle is not None
            self.table_model.duplicate_counts = duplicates.open_counts(self._handle)
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
        self._reload_owner_choices()
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

    def selected_rows(self) -> list[tuple[str, str]]:
        """(uuid, code) of the selected models in list order; else the one under the cursor."""
        view = self.ui.table_view
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        found = [self.table_model.row_at(r) for r in rows]
        return [(m.uuid, m.code) for m in found if m is not None]

    def select_uuid(self, uuid: str) -> None:
        """Put the cursor on a model if it is among the loaded rows."""
        row = self.table_model.row_of(uuid)
        if row >= 0:
            self.ui.table_view.selectRow(row)

    def _on_table_view_double_clicked(self, index: QModelIndex) -> None:
        row = self.table_model.row_at(index.row())
        if row is not None:
            self._request(self.open_requested, row.uuid)

    def _on_open_button_clicked(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self._request(self.open_requested, uuid)

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
