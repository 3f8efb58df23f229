"""The model editor's indicator table and its checks: what stops saving, what is missing.

A mixin of :class:`~dvk_desktop.gui.dialogs.model_editor.ModelEditorDialog`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem

from dvk_desktop.domain.indicators import DEFAULT_CATALOGUE
from dvk_desktop.domain.model import field_problems, submission_problems
from dvk_desktop.gui.editor_state import state_to_input
from dvk_desktop.gui.i18n import core, tr


class EditorChecksMixin:
    """Adding and removing indicators; the list of problems, each leading to its field."""

    ui: Any

    def _on_indicators_view_current_row_changed(self, current: Any, _previous: Any) -> None:
        row = current.row()
        self.village_values.set_indicator(
            self.indicators.rows[row] if 0 <= row < len(self.indicators.rows) else None
        )

    def _on_add_indicator_button_clicked(self) -> None:
        code = self.ui.catalogue_combo.currentData()
        if any(r["code"] == code for r in self.indicators.rows):
            self._show_message(tr("Chỉ tiêu này đã có trong bảng."))
            return
        entry = next(e for e in DEFAULT_CATALOGUE if e.code == code)
        row = self.indicators.add(entry.code, entry.name, entry.unit)
        self._edit_target(row)

    def _on_add_custom_button_clicked(self) -> None:
        used = {r["code"] for r in self.indicators.rows}
        n = 1
        while f"KHAC_{n}" in used:
            n += 1
        row = self.indicators.add(f"KHAC_{n}", "", "")
        index = self.indicators.index(row, 1)
        self.ui.indicators_view.setCurrentIndex(index)
        self.ui.indicators_view.edit(index)

    def _edit_target(self, row: int) -> None:
        index = self.indicators.index(row, 3)
        self.ui.indicators_view.setFocus()
        self.ui.indicators_view.setCurrentIndex(index)
        self.ui.indicators_view.edit(index)

    def _on_remove_indicator_button_clicked(self) -> None:
        self.indicators.remove(self.ui.indicators_view.currentIndex().row())

    def problems(self) -> tuple[list[str], list[str]]:
        """(What stops saving, what is missing before submission), in Vietnamese from the core."""
        data, unparsed = state_to_input(self.read_state())
        blocking = unparsed + [p for p in field_problems(data) if p not in unparsed]
        # A missing name is both a saving and a submission problem: list it once.
        return blocking, [p for p in submission_problems(data) if p not in blocking]

    def _validate(self) -> None:
        blocking, missing = self.problems()
        widget = self.ui.problems_list
        widget.clear()
        for text, colour in [(p, "#b02a37") for p in blocking] + [(p, "#664d03") for p in missing]:
            item = QListWidgetItem(core(text))
            item.setForeground(QBrush(QColor(colour)))
            widget.addItem(item)
        if not blocking and not missing:
            item = QListWidgetItem(tr("Bản đăng ký đã đủ cụ thể để gửi."))
            item.setForeground(QBrush(QColor("#146c43")))
            widget.addItem(item)
        count = len(blocking) + len(missing)
        self.ui.problems_group.setTitle(
            tr("Cần bổ sung: %n mục", None, count) if count else tr("Kiểm tra")
        )

    def _on_problems_list_item_activated(self, item: QListWidgetItem) -> None:
        text = item.text().lower()
        targets = [
            ("tên", self.ui.name_edit, 0), ("địa bàn", self.ui.place_edit, 0),
            ("chủ trì", self.ui.owner_combo, 0), ("cá nhân", self.ui.holder_combo, 0),
            ("thời gian", self.ui.start_date_edit, 0),
            ("đánh giá", self.ui.evaluation_date_edit, 0),
            ("chỉ tiêu", self.ui.indicators_view, 3), ("mục tiêu", self.ui.goals_edit, 1),
            ("nội dung", self.ui.content_edit, 1),
        ]  # fmt: skip
        for word, widget, tab in targets:
            if word in text:
                self.ui.tab_widget.setCurrentIndex(tab)
                widget.setFocus()
                return
