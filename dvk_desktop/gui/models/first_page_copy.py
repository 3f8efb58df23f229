"""The model list's first page copied into a Qt-only model, painted while the workspace opens."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemDelegate, QTableView

from dvk_desktop.gui.models.model_table import ModelsTableModel

# What the view asks of a cell while it paints (with the roles of ModelsTableModel.data).
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
)


class FirstPageCopy(QStandardItemModel):
    """The rows ``source`` holds, copied once into Qt's own items; sorting goes to ``source``.

    Why: a paint of the list asks a Python model about 1,800 times (``data`` per role and cell,
    ``rowCount`` per index). While the opening worker runs Python (SQLAlchemy, the ORM), each of
    those calls waits for the interpreter, up to a switch interval (5 ms) each: a repaint then
    froze the window for as long as the worker ran (measured 120–320 ms). Painted from this
    copy, Qt never calls into Python. It has the source's rows and columns (the rows past the
    first page are empty, as in the source until it is attached) and only serves the view
    until :func:`paint_from` puts ``source`` back (once the workspace is open).
    """

    def __init__(self, source: ModelsTableModel) -> None:
        rows, columns = source.rowCount(), source.columnCount()
        super().__init__(rows, columns, source)
        self._source = source
        horizontal = Qt.Orientation.Horizontal
        self.setHorizontalHeaderLabels(
            [str(source.headerData(c, horizontal) or "") for c in range(columns)]
        )
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled  # as the source's
        display = Qt.ItemDataRole.DisplayRole
        # Built from the source's cells in Python, not through Qt's data() (a round trip each).
        for row in range(min(rows, source.PAGE_SIZE)):
            cells = source.cells(row, _ROLES)
            if not cells:
                break  # past the rows read: the rest stays empty
            for column, values in enumerate(cells):
                item = QStandardItem(values.pop(display, ""))
                item.setFlags(flags)
                for role, value in values.items():
                    item.setData(value, role)
                self.setItem(row, column, item)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click while the workspace opens: the source sorts (in SQL, once attached)."""
        self._source.sort(column, order)


def paint_from_copy(view: QTableView, source: ModelsTableModel) -> None:
    """Show a :class:`FirstPageCopy` of ``source`` in ``view``, set up for ``source``.

    The column widths and the sort indicator stay. The progress bars are drawn in Python: until
    :func:`paint_from` their column shows the percentage only.
    """
    header = view.horizontalHeader()
    state = header.saveState()
    view.setModel(FirstPageCopy(source))
    header.restoreState(state)
    for column in range(source.columnCount()):
        if view.itemDelegateForColumn(column) is not None:
            view.setItemDelegateForColumn(column, None)  # type: ignore[arg-type]


def paint_from(
    view: QTableView, source: QAbstractItemModel, bars: QAbstractItemDelegate, bars_column: int
) -> None:
    """Put ``source`` back in ``view`` in place of the copy, ``bars`` drawing ``bars_column``.

    What the user did meanwhile stays: the selected rows, the current cell, the scrolling, a
    column widened or sorted by.
    """
    copy = view.model()
    if copy is source:
        return
    # Painted in a later event-loop turn, not in this one (the rest of the workspace's set-up):
    # the table model's first paint calls Python some 1,800 times.
    view.setUpdatesEnabled(False)
    QTimer.singleShot(1, view, lambda: view.setUpdatesEnabled(True))  # a timer: not 0 ms
    header = view.horizontalHeader()
    state = header.saveState()
    old = view.selectionModel()
    rows = sorted({index.row() for index in old.selectedRows()})
    current = view.currentIndex()
    scrolled = view.verticalScrollBar().value(), view.horizontalScrollBar().value()
    view.setModel(source)
    header.restoreState(state)
    view.setItemDelegateForColumn(bars_column, bars)
    last = source.columnCount() - 1
    chosen = view.selectionModel()
    selection = QItemSelection()
    for row in rows:
        selection.select(source.index(row, 0), source.index(row, last))
    chosen.select(selection, QItemSelectionModel.SelectionFlag.Select)
    if current.isValid():
        at = source.index(current.row(), current.column())
        chosen.setCurrentIndex(at, QItemSelectionModel.SelectionFlag.NoUpdate)
    view.verticalScrollBar().setValue(scrolled[0])
    view.horizontalScrollBar().setValue(scrolled[1])
    old.deleteLater()
    copy.deleteLater()
