"""A horizontal grouped bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from dvk_desktop.domain.text import format_number

# The colours of the printed charts (reports/pdf/charts.py PALETTE), so screen and paper match.
PALETTE = ("#295f9e", "#d97321", "#4d994d", "#994091")
BAR_HEIGHT = 12
GAP = 8


class BarChartWidget(QWidget):
    """Categories down the left, one bar per series each, the value at the end of each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bar_chart")
        self.title = ""
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.note = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(220)

    def set_data(
        self,
        title: str,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        *,
        note: str = "",
    ) -> None:
        """Show new figures; ``series`` are (name, one value per category)."""
        self.title = title
        self.categories = list(categories)
        self.series = [(name, [float(v) for v in values]) for name, values in series]
        self.note = note
        self.setAccessibleName(title)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return max(1, len(self.series)) * BAR_HEIGHT + GAP

    def sizeHint(self) -> QSize:  # noqa: N802
        """Tall enough for every category."""
        lines = self.fontMetrics().height()
        return QSize(360, 4 * lines + 16 + len(self.categories) * self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As tall as the bars need; any width (labels are elided)."""
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """Title, legend, then the bars with their values."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        width = self.width()
        y = 4
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#212529"))
        painter.drawText(QRectF(6, y, width - 12, line), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        y += line + 4
        x = 6.0
        for n, (name, _values) in enumerate(self.series):  # the legend
            painter.fillRect(QRectF(x, y + 3, 10, line - 6), QColor(PALETTE[n % len(PALETTE)]))
            painter.drawText(QRectF(x + 14, y, width, line), Qt.AlignmentFlag.AlignLeft, name)
            x += 14 + metrics.horizontalAdvance(name) + 16
        y += line + 6
        if not self.categories:
            painter.setPen(QColor("#6c757d"))
            painter.drawText(QRectF(6, y, width - 12, line), self.note or "—")
            painter.end()
            return
        label_width = min(
            int(width * 0.38), max(metrics.horizontalAdvance(c) for c in self.categories) + 8
        )
        top = max((v for _n, values in self.series for v in values), default=0) or 1
        value_width = metrics.horizontalAdvance(format_number(round(top))) + 8
        span = max(10, width - label_width - value_width - 12)
        for i, category in enumerate(self.categories):
            row_y = y + i * self._row_height()
            painter.setPen(QColor("#212529"))
            shown = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(
                QRectF(6, row_y, label_width - 6, self._row_height() - GAP),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            for n, (_name, values) in enumerate(self.series):
                value = values[i] if i < len(values) else 0
                bar_y = row_y + n * BAR_HEIGHT
                length = span * value / top
                painter.fillRect(
                    QRectF(
                        label_width + 6, bar_y + 1, max(length, 1 if value else 0), BAR_HEIGHT - 2
                    ),
                    QColor(PALETTE[n % len(PALETTE)]),
                )
                painter.setPen(QColor("#495057"))
                painter.drawText(
                    QRectF(label_width + 10 + length, bar_y - 2, value_width + 4, BAR_HEIGHT + 4),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    format_number(round(value)),
                )
        if self.note:
            painter.setPen(QColor("#6c757d"))
            note_y = y + len(self.categories) * self._row_height()
            painter.drawText(QRectF(6, note_y, width - 12, line), self.note)
        painter.end()
