"""A table's main column takes the room the others leave, but never less than a readable width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

READABLE_CHARACTERS = 16  # "Hũ gạo tình thương…": enough to tell two models apart


class ReadableColumn(QObject):
    """Stretches ``column`` while the view is wide enough, else keeps it readable and scrolls.

    A stretched column alone shrinks to the header's minimum when the other columns fill the
    view: at the upper level (a commune column and a duplicates column more) a 1366×768
    screen left the model's name 40 pixels, "Bế…", on every row. Below the readable width
    the column stops stretching and the list scrolls sideways instead.
    """

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self._view, self._column = view, column
        self._fitting = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def minimum(self) -> int:
        """The readable width of the column in the view's font."""
        return self._view.fontMetrics().averageCharWidth() * READABLE_CHARACTERS

    def fit(self) -> None:
        """Stretch the column, or hold it at its readable width when the room is short."""
        header = self._view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self._column and not header.isSectionHidden(c)
        )
        room = self._view.viewport().width() - others
        self._fitting = True
        try:
            if room >= self.minimum():
                header.setSectionResizeMode(self._column, QHeaderView.ResizeMode.Stretch)
            elif header.sectionResizeMode(self._column) is QHeaderView.ResizeMode.Stretch:
                # From stretched to held: at the readable width (it had the whole window).
                header.setSectionResizeMode(self._column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(self._column, self.minimum())
            elif header.sectionSize(self._column) < self.minimum():
                header.resizeSection(self._column, self.minimum())  # a width the user chose
        finally:
            self._fitting = False

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if not self._fitting and index != self._column:  # a column the user dragged wider
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Refit when the view changes width (window resized, scaling, sidebar)."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
