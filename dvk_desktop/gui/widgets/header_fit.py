"""Columns no narrower than their titles: fixed widths chosen for Vietnamese cut English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

# Qt's header draws its text between margins of about 4 px on each side (Fusion, Windows).
_MARGINS = 12
_SORT_ARROW = 14
_WIDEST = 260  # a long title gives up here rather than push every other column away


def title_width(header: QHeaderView, column: int) -> int:
    """The width ``column``'s title needs to be read whole (with the sort arrow if shown)."""
    model = header.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    if not title:
        return 0
    arrow = _SORT_ARROW if header.isSortIndicatorShown() else 0
    return header.fontMetrics().horizontalAdvance(title) + _MARGINS + arrow


def fit_titles(header: QHeaderView) -> None:
    """Widen each column the user sizes (Interactive, Fixed) whose title would be cut."""
    for column in range(header.count()):
        mode = header.sectionResizeMode(column)
        if mode not in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed):
            continue
        need = min(title_width(header, column), _WIDEST)
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)
