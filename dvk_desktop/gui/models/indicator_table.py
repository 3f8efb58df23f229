"""Editable tables of a registration's indicators and their values per village (texts as typed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dvk_desktop.domain.indicators import BY_CODE
from dvk_desktop.gui.labels import catalogue

_INDEX = QModelIndex | QPersistentModelIndex
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IndicatorsTableModel(QAbstractTableModel):
    """Rows are plain dicts: code, name, unit, target, actual (texts) and by_village."""

    HEADERS = (
        QT_TRANSLATE_NOOP("IndicatorsTableModel", "Mã"),
        QT_TRANSLATE_NOOP("IndicatorsTableModel", "Chỉ tiêu"),
        QT_TRANSLATE_NOOP("IndicatorsTableModel", "Đơn vị tính"),
        QT_TRANSLATE_NOOP("IndicatorsTableModel", "Mục tiêu"),
        QT_TRANSLATE_NOOP("IndicatorsTableModel", "Thực hiện"),
    )
    KEYS = ("code", "name", "unit", "target", "actual")
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replace every row (copies, so undo snapshots stay untouched)."""
        self.beginResetModel()
        self.rows = [
            {**r, "by_village": {k: list(v) for k, v in r.get("by_village", {}).items()}}
            for r in rows
        ]
        self.endResetModel()

    def add(self, code: str, name: str, unit: str) -> int:
        """Append an indicator; return its row."""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(
            {"code": code, "name": name, "unit": unit, "target": "", "actual": "", "by_village": {}}
        )
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        """Delete the indicator at ``row``."""
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of indicators."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IndicatorsTableModel", self.HEADERS[section])
        return None

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        """Catalogue indicators keep their code, name and unit; custom ones are free text."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        key = self.KEYS[index.column()]
        code = self.rows[index.row()]["code"]
        if key == "code" or (key in ("name", "unit") and code in BY_CODE):
            return _READ_ONLY
        return _EDITABLE

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = row[key]
            if key in ("name", "unit") and row["code"] in BY_CODE:
                return catalogue(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("target", "actual"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _INDEX, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Store the text as typed; parsing and checks happen when the form is read."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.KEYS[index.column()]
        self.rows[index.row()][key] = str(value).strip()
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class VillageValuesTableModel(QAbstractTableModel):
    """Target and actual of one indicator in each village (the Bình Sa "per thôn" breakdown)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("VillageValuesTableModel", "Thôn, tổ dân phố"),
        QT_TRANSLATE_NOOP("VillageValuesTableModel", "Mục tiêu"),
        QT_TRANSLATE_NOOP("VillageValuesTableModel", "Thực hiện"),
    )
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.villages: list[tuple[str, str]] = []  # (uuid, name)
        self.indicator: dict[str, Any] | None = None

    def set_villages(self, villages: list[tuple[str, str]]) -> None:
        """The commune's villages (rows)."""
        self.beginResetModel()
        self.villages = list(villages)
        self.endResetModel()

    def set_indicator(self, indicator: dict[str, Any] | None) -> None:
        """Show and edit the per-village values of ``indicator`` (a row of the indicator table)."""
        self.beginResetModel()
        self.indicator = indicator
        self.endResetModel()

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per village when an indicator is selected."""
        return 0 if parent.isValid() or self.indicator is None else len(self.villages)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        """Village, target, actual."""
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("VillageValuesTableModel", self.HEADERS[section])
        return None

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        """Only the values are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _READ_ONLY if index.column() == 0 else _EDITABLE

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Village name or value text."""
        if not index.isValid() or self.indicator is None:
            return None
        uuid, name = self.villages[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return name
            pair = self.indicator["by_village"].get(uuid, ["", ""])
            return pair[index.column() - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _INDEX, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Store a village value; a village with both values empty is dropped."""
        if not index.isValid() or self.indicator is None or index.column() == 0:
            return False
        uuid = self.villages[index.row()][0]
        pair = list(self.indicator["by_village"].get(uuid, ["", ""]))
        pair[index.column() - 1] = str(value).strip()
        if any(pair):
            self.indicator["by_village"][uuid] = pair
        else:
            self.indicator["by_village"].pop(uuid, None)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
