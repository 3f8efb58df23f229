"""Let one pane of a splitter scroll instead of squeezing its wrapped text out of sight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget


def scroll_pane(splitter: QSplitter, pane: QWidget) -> QScrollArea:
    """Put ``pane`` in a vertical scroll area at its place in ``splitter``.

    A splitter gives its panes no more than the window's height and ignores how tall wrapped
    labels need to be at their width; at 150 % the editor's status panel (status, review,
    the commune's sign-off, step buttons) was cut off and its buttons drawn over the text.
    """
    index = splitter.indexOf(pane)
    area = QScrollArea()
    area.setObjectName(f"{pane.objectName()}_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(pane.minimumWidth())
    splitter.insertWidget(index, area)
    area.setWidget(pane)
    return area
