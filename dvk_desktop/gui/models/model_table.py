"""The model list as a Qt table: a windowed cache of SQL pages, never the whole table."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor
from shiboken6 import isValid

from dvk_desktop.domain.codes import qualified
from dvk_desktop.domain.vocab import Field, ModelType, Status
from dvk_desktop.gui.labels import vocab

# Plain values only: the first page is shown from queries.fast_list before SQLAlchemy has
# loaded; the ORM queries (queries.models) are imported where they run, once it has.
from dvk_desktop.storage.queries.rows import ModelFilter, ModelRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_CTX = "ModelsTableModel"
# (order key understood by list_models, header); None: the column cannot be sorted in SQL.
COLUMNS: list[tuple[str | None, str]] = [
    ("code", QT_TRANSLATE_NOOP("ModelsTableModel", "Mã")),
    ("name", QT_TRANSLATE_NOOP("ModelsTableModel", "Tên mô hình")),
    ("field", QT_TRANSLATE_NOOP("ModelsTableModel", "Lĩnh vực")),
    ("model_type", QT_TRANSLATE_NOOP("ModelsTableModel", "Loại")),
    ("owner", QT_TRANSLATE_NOOP("ModelsTableModel", "Đơn vị chủ trì / cá nhân")),
    ("village", QT_TRANSLATE_NOOP("ModelsTableModel", "Thôn, TDP")),
    ("year", QT_TRANSLATE_NOOP("ModelsTableModel", "Năm")),
    ("status", QT_TRANSLATE_NOOP("ModelsTableModel", "Trạng thái")),
    (None, QT_TRANSLATE_NOOP("ModelsTableModel", "Chỉ tiêu đạt")),
]
# At an upper level: which commune sent each model, right after its (qualified) code.
COMMUNE_COLUMN: tuple[str | None, str] = (
    "commune",
    QT_TRANSLATE_NOOP("ModelsTableModel", "Xã, phường"),
)
# At an upper level: how many possible duplicates (open flags) a model has, after its name.
DUPLICATES_COLUMN: tuple[str | None, str] = (
    "duplicates",
    QT_TRANSLATE_NOOP("ModelsTableModel", "Trùng?"),
)
PROGRESS_COLUMN = len(COLUMNS) - 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
_OTHER_ROLES = {
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
    PROGRESS_ROLE,
    UUID_ROLE,
}
_TIPPED = {"name", "owner", "village", "status", "commune"}
_DUPLICATES_TIP = QT_TRANSLATE_NOOP(
    "ModelsTableModel", "Có thể trùng với mô hình khác: xem bên dưới"
)

_STATUS_COLOURS = {
    Status.REGISTERED.value: "#5c636a",
    Status.IMPLEMENTING.value: "#0a58ca",
    Status.INTERIM_REVIEWED.value: "#0a58ca",
    Status.PROPOSED.value: "#997404",
    Status.RECOGNISED.value: "#146c43",
    Status.EXEMPLARY.value: "#146c43",
    Status.PROPOSED_AWARD.value: "#997404",
    Status.AWARDED.value: "#146c43",
    Status.REPLICATED.value: "#146c43",
    Status.NOT_ACHIEVED.value: "#b02a37",
    Status.STOPPED.value: "#b02a37",
}


class ModelsTableModel(QAbstractTableModel):
    """Rows come from ``list_models`` a page at a time; only recent pages stay in memory.

    ``rowCount`` is the SQL count, so the scroll bar is right from the start, and a page is
    fetched the first time the view paints one of its rows (a few milliseconds each).

    While the workspace opens there are no sessions yet (``sessions`` is None): the first page,
    read without the ORM, is shown with :meth:`show_first_page`, and :meth:`attach` hands the
    sessions over once the workspace is open.
    """

    PAGE_SIZE = 100
    MAX_PAGES = 25

    count_known = Signal(int)
    # {(field, type): count} of the whole filtered list, for the summary above it.
    breakdown_known = Signal(object)

    def __init__(
        self,
        sessions: Callable[[], Session] | None,
        parent: Any = None,
        *,
        own_unit: str | None = None,
        unit_names: dict[str, str] | None = None,
    ) -> None:
        """``unit_names`` (code -> name) turns on the commune column of an upper level.

        Codes of models that ``own_unit`` did not register are shown qualified by their
        commune ("20791/MH-2026-001"): every commune starts at MH-2026-001.
        """
        super().__init__(parent)
        self._sessions = sessions
        self._own_unit = own_unit
        self.unit_names = unit_names
        self.columns = list(COLUMNS)
        # Open duplicate flags by model UUID (upper level; set by the page, never paged).
        self.duplicate_counts: dict[str, int] = {}
        if unit_names is not None:
            self.columns.insert(1, COMMUNE_COLUMN)
            self.columns.insert(self.columns.index(COLUMNS[1]) + 1, DUPLICATES_COLUMN)
        self.keys = [key or "progress" for key, _ in self.columns]
        self.progress_column = len(self.columns) - 1
        self._filter = ModelFilter()
        self._order = "name"
        self._descending = False
        self._count = 0
        self.count_exact = True
        self._generation = 0
        # One worker thread for counting: on a two-core PC the other core stays with the UI,
        # and a count made stale by the next keystroke is skipped before it starts.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pages: OrderedDict[int, list[ModelRow]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}
        self.pages_fetched = 0  # for tests and the benchmark
        self._refresh_when_attached = False

    # ---------------------------------------------------------------- queries

    def set_filter(self, flt: ModelFilter) -> None:
        """Show the models matching ``flt`` (recounts and drops cached pages)."""
        self._filter = flt
        self.refresh()

    def current_filter(self) -> ModelFilter:
        """The filter in force."""
        return self._filter

    def refresh(self) -> None:
        """Reload from the database (after a save, an import, a restore).

        The first page is read at once; when it is full, the total is counted in the
        background (a short search over 100,000 models takes longer to count than to page)
        and the rows beyond the first page appear when the count arrives.
        """
        if self._sessions is None:  # a search or a sort while the workspace opens
            self._refresh_when_attached = True
            return
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        self._texts.clear()
        first = self._page(0)
        self._count = len(first)
        self.count_exact = len(first) < self.PAGE_SIZE
        self.endResetModel()
        if self.count_exact:
            self.count_known.emit(self._count)
        self._count_in_background()

    def show_first_page(
        self, rows: list[ModelRow], total: int, counts: dict[tuple[str, str], int]
    ) -> None:
        """Show rows read before the workspace opened: the first page of the current filter.

        ``total`` is the exact count, so the scroll bar is right at once; rows past the first
        page appear once :meth:`attach` has given the sessions. ``counts`` by (field, type)
        is the summary above the list (:attr:`breakdown_known`), not counted again on attach.
        """
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        self._texts.clear()
        self._store(0, rows)
        self._count = total
        self.count_exact = True
        self.endResetModel()
        self.count_known.emit(self._count)
        self.breakdown_known.emit(counts)

    def attach(self, sessions: Callable[[], Session]) -> None:
        """The workspace is open: page and count through its sessions from now on."""
        self._sessions = sessions
        if self._refresh_when_attached:  # the filter or the order changed meanwhile
            self.refresh()
            return
        if self._count > self.PAGE_SIZE:  # rows past the first page were painted empty
            last = self.index(self._count - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(self.PAGE_SIZE, 0), last)

    def _count_in_background(self) -> None:
        from dvk_desktop.gui.tasks import run_in_background
        from dvk_desktop.storage.queries.models import counts_by_field_and_type

        generation, sessions, flt = self._generation, self._sessions, self._filter
        assert sessions is not None

        def count(_reporter: object, _cancel: object) -> dict[tuple[str, str], int] | None:
            if generation != self._generation:
                return None  # typing went on: a newer count is queued behind this one
            with sessions() as session:
                # Every model has a field and a type, so these counts also sum to the total.
                return counts_by_field_and_type(session, flt)

        run_in_background(
            None,
            count,
            on_success=lambda counts: self._on_counted(generation, counts),
            on_failure=lambda _exc: None,  # the list still shows the first page
            pool=self._pool,
        )

    def _on_counted(self, generation: int, counts: dict[tuple[str, str], int] | None) -> None:
        if counts is None or generation != self._generation or not isValid(self):
            return  # the filter changed while counting, or the list was closed
        self.breakdown_known.emit(counts)
        if self.count_exact:
            return
        total = sum(counts.values())
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        self.count_exact = True
        self.count_known.emit(self._count)

    def _page(self, number: int) -> list[ModelRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._sessions is None:
            return []  # still opening: painted empty, not kept (attach repaints them)
        from dvk_desktop.storage.queries.models import list_models

        with self._sessions() as session:
            page = list_models(
                session,
                self._filter,
                offset=number * self.PAGE_SIZE,
                limit=self.PAGE_SIZE,
                order=self._order,
                descending=self._descending,
            )
        self.pages_fetched += 1
        self._store(number, page)
        return page

    def _store(self, number: int, page: list[ModelRow]) -> None:
        self._pages[number] = page
        self._texts.update(
            {number * self.PAGE_SIZE + i: self._row_texts(item) for i, item in enumerate(page)}
        )
        while len(self._pages) > self.MAX_PAGES:
            dropped, old = self._pages.popitem(last=False)
            for i in range(len(old)):
                self._texts.pop(dropped * self.PAGE_SIZE + i, None)

    def _row_texts(self, item: ModelRow) -> tuple[str, ...]:
        # Computed once per fetched row: painting asks for every cell many times per second.
        return tuple(self._text(item, key) for key in self.keys)

    def column_of(self, key: str) -> int:
        """The column showing ``key`` ("code", "commune", "status"…), or -1."""
        return self.keys.index(key) if key in self.keys else -1

    def row_at(self, row: int) -> ModelRow | None:
        """The plain row shown at ``row`` (None beyond the end)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of(self, uuid: str, *, search_pages: int = 6) -> int:
        """The row of a model: cached pages first, then the first few pages; -1 if not found."""
        for number, page in list(self._pages.items()):
            for i, item in enumerate(page):
                if item.uuid == uuid:
                    return number * self.PAGE_SIZE + i
        last_page = (self._count - 1) // self.PAGE_SIZE
        for number in range(min(search_pages, last_page + 1)):
            if number not in self._pages:
                for i, item in enumerate(self._page(number)):
                    if item.uuid == uuid:
                        return number * self.PAGE_SIZE + i
        return -1

    def cached_pages(self) -> int:
        """How many pages are held in memory."""
        return len(self._pages)

    # ---------------------------------------------------------------- Qt API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of matching models."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, self.columns[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Cell text, colours and the progress value."""
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(row)
            if texts is None and self.row_at(row) is not None:
                texts = self._texts.get(row)
            return texts[index.column()] if texts else None
        if role not in _OTHER_ROLES:
            return None
        item = self.row_at(row)
        return None if item is None else self._other(item, index.column(), role)

    def cells(self, row: int, roles: tuple[int, ...]) -> list[dict[int, Any]]:
        """Each cell of a row already read, as :meth:`data` gives it by role (none if not read).

        For a plain copy of the rows (first_page_copy): one call per row, not one per cell.
        """
        item, texts = self.row_at(row), self._texts.get(row)
        if item is None or texts is None:
            return []
        display = Qt.ItemDataRole.DisplayRole in roles
        others = [role for role in roles if role in _OTHER_ROLES]
        cells = []
        for column, text in enumerate(texts):
            values: dict[int, Any] = {Qt.ItemDataRole.DisplayRole: text} if display else {}
            for role in others:
                value = self._other(item, column, role)
                if value is not None:
                    values[role] = value
            cells.append(values)
        return cells

    def _other(self, item: ModelRow, column: int, role: int) -> Any:
        key = self.keys[column]
        if role == Qt.ItemDataRole.ToolTipRole and key in _TIPPED:
            return self._text(item, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "duplicates":
            has = self.duplicate_counts.get(item.uuid)
            return QCoreApplication.translate(_CTX, _DUPLICATES_TIP) if has else None
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QColor(_STATUS_COLOURS.get(item.status, "#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and key == "duplicates":
            return QColor("#997404")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("year", "progress"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PROGRESS_ROLE:
            return item.progress_percent
        if role == UUID_ROLE:
            return item.uuid
        return None

    def _text(self, item: ModelRow, key: str) -> str:
        if key == "code":
            if self._own_unit is not None and item.source_unit_code != self._own_unit:
                return qualified(item.source_unit_code, item.code)
            return item.code
        if key == "commune":
            names = self.unit_names or {}
            return names.get(item.source_unit_code, item.source_unit_code)
        if key == "name":
            return item.name
        if key == "duplicates":
            count = self.duplicate_counts.get(item.uuid, 0)
            return f"⚠ {count}" if count else ""
        if key == "field":
            return vocab(item.field, Field)
        if key == "model_type":
            return vocab(item.model_type, ModelType)
        if key == "owner":
            return item.owner
        if key == "village":
            return item.village
        if key == "year":
            return str(item.year)
        if key == "status":
            return vocab(item.status, Status)
        percent = item.progress_percent
        return "" if percent is None else f"{percent} %"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key (Vietnamese order for names)."""
        key = self.columns[column][0] if 0 <= column < len(self.columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key in (None, "duplicates") or (key, descending) == (self._order, self._descending):
            return  # nothing to reorder (the view repeats its indicator when it is set up)
        self._order = key
        self._descending = descending
        self.refresh()

    def order(self) -> tuple[str, bool]:
        """The SQL order key and direction in force."""
        return self._order, self._descending
