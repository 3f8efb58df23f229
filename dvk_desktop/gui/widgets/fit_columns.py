"""Two columns side by side when the page is wide enough, one under the other when not."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


class FitColumns(QObject):
    """Watches the scroll area's viewport a page sits in and stacks its columns when narrow.

    At 150 % a 1366×768 screen leaves a page about 740 points; Settings' two columns need
    more, and a page that scrolls sideways hides half of every form.
    """

    def __init__(self, page: QWidget, columns: QBoxLayout, left: QLayout, right: QLayout) -> None:
        super().__init__(page)
        self._page, self._columns, self._left, self._right = page, columns, left, right
        self._watched: QWidget | None = None

    def watch(self) -> None:
        """Start watching the page's current parent (call when the page is shown)."""
        viewport = self._page.parentWidget()
        if viewport is not None and viewport is not self._watched:
            viewport.installEventFilter(self)
            self._watched = viewport
        self.fit()

    def side_by_side_width(self) -> int:
        """The width both columns need next to each other, margins included."""
        margins = self._page.layout().contentsMargins() if self._page.layout() else None
        extra = (margins.left() + margins.right()) if margins is not None else 0
        return (
            self._left.minimumSize().width()
            + self._right.minimumSize().width()
            + max(0, self._columns.spacing())
            + extra
        )

    def fit(self) -> None:
        """Lay the columns out for the width the viewport has now."""
        width = self._watched.width() if self._watched is not None else self._page.width()
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= self.side_by_side_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Refit when the viewport changes width."""
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
