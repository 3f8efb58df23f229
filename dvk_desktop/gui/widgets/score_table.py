"""A model's score sheets as a table: criteria down, council members across, the average last."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dvk_desktop.domain.text import format_number
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import date_text, vocab
from dvk_desktop.services.evaluations import ModelScore


def points_text(value: Decimal | float | None) -> str:
    """Points the Vietnamese way (17,5), "" for none."""
    return "" if value is None else format_number(value)


def average_text(score: ModelScore | None) -> str:
    """The model's average and grade in one line ("" with no model, a note with no sheet)."""
    if score is None:
        return ""
    if not score.sheets:
        return tr("Chưa có phiếu chấm nào.")
    return (
        tr("Điểm trung bình: <b>%1</b>/%2 — xếp loại <b>%3</b> (trung bình của %4 thành viên)")
        .replace("%1", points_text(score.average))
        .replace("%2", format_number(score.rubric.rubric.total_points))
        .replace("%3", vocab(score.grade) if score.grade else "")
        .replace("%4", format_number(len(score.sheets)))
    )


def comments_text(score: ModelScore | None) -> str:
    """Each member's position, date and comment, one line each (HTML)."""
    if score is None:
        return ""
    return "<br>".join(
        f"<b>{html.escape(s.member)}</b>"
        + (f" ({html.escape(s.position)})" if s.position else "")
        + f", {date_text(s.evaluated_on)}: {html.escape(s.comment) or '—'}"
        for s in score.sheets
    )


class SheetsTable(QTableWidget):
    """Read-only: every member's points per criterion, totals and grades, the average."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("scoring_sheets_table")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()

    def show_score(self, score: ModelScore | None) -> None:
        """Fill the table from a model's scoring (empty for None)."""
        sheets = score.sheets if score is not None else []
        criteria = score.rubric.rubric.criteria if score is not None else ()
        headers = [tr("Tiêu chí"), tr("Tối đa")] + [s.member for s in sheets] + [tr("Trung bình")]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(criteria) + 2 if score is not None else 0)
        for r, criterion in enumerate(criteria):
            values = [sheet.scores.get(criterion.code) for sheet in sheets]
            known = [v for v in values if v is not None]
            mean = round(sum(known, Decimal(0)) / len(known), 2) if known else None
            self._set_row(
                r,
                [
                    criterion.name,
                    str(criterion.max_points),
                    *map(points_text, values),
                    points_text(mean),
                ],
            )
        if score is not None:
            n = len(criteria)
            self._set_row(
                n,
                [
                    tr("Tổng cộng"),
                    format_number(score.rubric.rubric.total_points),
                    *(points_text(s.total) for s in sheets),
                    points_text(score.average),
                ],
                bold=True,
            )
            self._set_row(
                n + 1,
                [
                    tr("Xếp loại"),
                    "",
                    *(vocab(s.grade) for s in sheets),
                    vocab(score.grade) if score.grade else "",
                ],
                bold=True,
            )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _set_row(self, row: int, values: list[str], *, bold: bool = False) -> None:
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.setItem(row, column, item)
