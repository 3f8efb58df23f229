"""The child units of an upper level as a Qt table: key, packages, models, evidence, deadline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from dvk_desktop.domain.text import format_number, sort_key
from dvk_desktop.domain.vocab import KeyState, PeriodState, Status
from dvk_desktop.gui.labels import date_text, vocab
from dvk_desktop.services.communes import CommuneRow

_CTX = "CommunesTableModel"
COLUMNS: list[tuple[str, str]] = [
    ("code", QT_TRANSLATE_NOOP("CommunesTableModel", "Mã")),
    ("name", QT_TRANSLATE_NOOP("CommunesTableModel", "Đơn vị")),
    ("key", QT_TRANSLATE_NOOP("CommunesTableModel", "Khóa ký")),
    ("packages", QT_TRANSLATE_NOOP("CommunesTableModel", "Gói đã nhận")),
    ("last", QT_TRANSLATE_NOOP("CommunesTableModel", "Gói gần nhất")),
    ("models", QT_TRANSLATE_NOOP("CommunesTableModel", "Mô hình")),
    ("proposed", QT_TRANSLATE_NOOP("CommunesTableModel", "Đề nghị công nhận")),
    ("recognised", QT_TRANSLATE_NOOP("CommunesTableModel", "Đã công nhận")),
    ("missing", QT_TRANSLATE_NOOP("CommunesTableModel", "Minh chứng thiếu")),
    ("gaps", QT_TRANSLATE_NOOP("CommunesTableModel", "Gói chưa nhận")),
    ("period", QT_TRANSLATE_NOOP("CommunesTableModel", "Kỳ này")),
]
KEYS = [key for key, _ in COLUMNS]
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
# Recognised, whatever happened after: exemplary, proposed for or given an award, replicated.
RECOGNISED = {
    Status.RECOGNISED.value,
    Status.EXEMPLARY.value,
    Status.PROPOSED_AWARD.value,
    Status.AWARDED.value,
    Status.REPLICATED.value,
}
_PERIOD_COLOURS = {
    PeriodState.SENT: "#146c43",
    PeriodState.LATE: "#997404",
    PeriodState.WAITING: "#5c636a",
    PeriodState.OVERDUE: "#b02a37",
}
_NUMERIC = {"packages", "models", "proposed", "recognised", "missing"}


def recognised(row: CommuneRow) -> int:
    """Models of the unit recognised by a decision (and what followed it)."""
    return sum(n for status, n in row.by_status.items() if status in RECOGNISED)


class CommunesTableModel(QAbstractTableModel):
    """Rows are plain :class:`CommuneRow` values; sorting happens here, in Python (≤ 200 rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CommuneRow] = []
        self._order: tuple[str, bool] = ("name", False)

    def set_rows(self, rows: list[CommuneRow]) -> None:
        """Show ``rows`` in the current order."""
        self.beginResetModel()
        self.rows = list(rows)
        self._sort()
        self.endResetModel()

    def row_at(self, row: int) -> CommuneRow | None:
        """The unit shown at ``row``."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, code: str) -> int:
        """The row of a unit, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.code == code), -1)

    # ---------------------------------------------------------------- Qt API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of units shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Cell texts, colours of the key and period states."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "period":
                return QColor(_PERIOD_COLOURS[row.period_state])
            if key == "key" and row.key_state is not KeyState.ACTIVE:
                return QColor("#b02a37" if row.key_state is KeyState.REVOKED else "#5c636a")
            if key in ("missing", "gaps") and self.text(row, key) not in ("", "0"):
                return QColor("#b02a37")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "key" and row.fingerprint:
            return row.fingerprint
        return None

    @staticmethod
    def text(row: CommuneRow, key: str) -> str:
        """The text of one cell."""
        if key == "code":
            return row.code
        if key == "name":
            return row.name
        if key == "key":
            return vocab(row.key_state)
        if key == "packages":
            return format_number(row.packages)
        if key == "last":
            last = row.last_package
            if last is None:
                return "—"
            return f"{last.sequence} · {date_text(last.created_at.date())}"
        if key == "models":
            return format_number(row.models)
        if key == "proposed":
            return format_number(row.by_status.get(Status.PROPOSED.value, 0))
        if key == "recognised":
            return format_number(recognised(row))
        if key == "missing":
            return format_number(row.missing_evidence)
        if key == "gaps":
            return ", ".join(str(n) for n in row.sequence_gaps[:6]) + (
                "…" if len(row.sequence_gaps) > 6 else ""
            )
        return vocab(row.period_state)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (names in Vietnamese order, counts as numbers)."""
        if not 0 <= column < len(KEYS):
            return
        self.layoutAboutToBeChanged.emit()
        self._order = (KEYS[column], order == Qt.SortOrder.DescendingOrder)
        self._sort()
        self.layoutChanged.emit()

    def _sort(self) -> None:
        key, descending = self._order

        def value(row: CommuneRow) -> Any:
            if key == "name":
                return sort_key(row.name)
            if key == "last":
                return row.last_package.created_at if row.last_package else None
            if key in _NUMERIC:
                return {
                    "packages": row.packages,
                    "models": row.models,
                    "proposed": row.by_status.get(Status.PROPOSED.value, 0),
                    "recognised": recognised(row),
                    "missing": row.missing_evidence,
                }[key]
            if key == "gaps":
                return len(row.sequence_gaps)
            if key == "period":
                return list(PeriodState).index(row.period_state)
            if key == "key":
                return list(KeyState).index(row.key_state)
            return row.code

        present = [r for r in self.rows if value(r) is not None]
        absent = [r for r in self.rows if value(r) is None]
        present.sort(key=value, reverse=descending)
        self.rows = present + absent  # units that sent nothing stay last either way
