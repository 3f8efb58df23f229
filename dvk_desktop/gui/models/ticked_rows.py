"""Lists whose first column ticks models (review, decisions): which are ticked, tick some."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

# Where each row's first cell keeps its model's uuid.
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def ticked_uuids(model: QStandardItemModel) -> list[str]:
    """The uuids of the ticked rows, in list order."""
    out = []
    for r in range(model.rowCount()):
        item = model.item(r, 0)
        if item is not None and item.checkState() == Qt.CheckState.Checked:
            out.append(str(item.data(UUID_ROLE)))
    return out


def tick_exactly(model: QStandardItemModel, uuids: list[str]) -> None:
    """Tick the rows of ``uuids`` and untick every other."""
    wanted = set(uuids)
    for r in range(model.rowCount()):
        item = model.item(r, 0)
        if item is not None:
            on = item.data(UUID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
