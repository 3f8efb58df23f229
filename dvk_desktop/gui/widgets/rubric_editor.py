"""The rubric editor: criteria, maximum points, grade thresholds; every save is a new version."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.rubric import DEFAULT_RUBRIC, MAX_POINTS, Criterion, Rubric
from dvk_desktop.domain.text import fold, format_number
from dvk_desktop.domain.vocab import ModelType
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.i18n import core, tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.services import rubrics
from dvk_desktop.storage.workspace import WorkspaceHandle

CODE_COL, NAME_COL, POINTS_COL = range(3)


def code_for(name: str, taken: set[str]) -> str:
    """A criterion code derived from its name ("Hiệu quả" -> "hieu_qua"), unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:36] or "tieu_chi"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


class RubricEditor(QWidget):
    """Edit this workspace's rubric for every model, or for one type; see its versions."""

    saved = Signal(int)  # the new version number

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubric_editor")
        self._handle = handle
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("rubric_scope_combo")
        self.scope_combo.addItem(tr("Mọi mô hình"), None)
        for scope in ModelType:
            self.scope_combo.addItem(
                tr("Riêng mô hình %1").replace("%1", vocab(scope).lower()), scope.value
            )
        top.addRow(tr("Áp dụng &cho:"), self.scope_combo)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("rubric_name_edit")
        top.addRow(tr("&Tên bộ tiêu chí:"), self.name_edit)
        self.version_label = QLabel(self)
        top.addRow(self.version_label)
        layout.addLayout(top)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("rubric_table")
        self.table.setHorizontalHeaderLabels([tr("Mã"), tr("Tiêu chí"), tr("Điểm tối đa")])
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CODE_COL, 120)
        header.resizeSection(POINTS_COL, 100)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Thêm tiêu chí"), self)
        self.remove_button = QPushButton(tr("Xóa tiêu chí đang chọn"), self)
        self.default_button = QPushButton(tr("Nạp bộ tiêu chí mặc định"), self)
        for button in (self.add_button, self.remove_button, self.default_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.total_label = QLabel(self)
        buttons.addWidget(self.total_label)
        layout.addLayout(buttons)
        grades = QGroupBox(tr("Ngưỡng xếp loại (tổng điểm tối thiểu)"), self)
        grades_layout = QHBoxLayout(grades)
        self.excellent_spin, self.good_spin, self.pass_spin = (QSpinBox(grades) for _ in range(3))
        for label, spin, name in (
            (tr("Xuất sắc từ"), self.excellent_spin, "excellent"),
            (tr("Tốt từ"), self.good_spin, "good"),
            (tr("Đạt từ"), self.pass_spin, "pass"),
        ):
            spin.setObjectName(f"rubric_{name}_spin")
            spin.setRange(0, MAX_POINTS * 50)
            grades_layout.addWidget(QLabel(label, grades))
            grades_layout.addWidget(spin)
        grades_layout.addStretch(1)
        layout.addWidget(grades)
        save_row = QHBoxLayout()
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("rubric_note_edit")
        self.note_edit.setPlaceholderText(tr("Ghi chú phiên bản (ví dụ: theo Hướng dẫn số …)"))
        save_row.addWidget(self.note_edit, 1)
        self.save_button = QPushButton(tr("Lưu thành phiên bản mới"), self)
        self.save_button.setObjectName("rubric_save_button")
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        history_box = QGroupBox(tr("Các phiên bản đã lưu"), self)
        history_layout = QVBoxLayout(history_box)
        self.history_table = QTableWidget(0, 5, history_box)
        self.history_table.setObjectName("rubric_history_table")
        self.history_table.setHorizontalHeaderLabels(
            [tr("Phiên bản"), tr("Tổng điểm"), tr("Người lưu"), tr("Lúc"), tr("Ghi chú")]
        )
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.horizontalHeader().resizeSection(3, 130)
        self.history_table.setMaximumHeight(140)
        history_layout.addWidget(self.history_table)
        layout.addWidget(history_box)
        self.scope_combo.currentIndexChanged.connect(self.load)
        self.add_button.clicked.connect(lambda: self.add_criterion("", 10))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.default_button.clicked.connect(lambda: self.show_rubric(DEFAULT_RUBRIC))
        self.save_button.clicked.connect(self.save)
        self.table.itemChanged.connect(self._update_total)
        self.load()

    def scope(self) -> ModelType | None:
        """Which models the rubric being edited applies to (None: all)."""
        value = self.scope_combo.currentData()
        return ModelType(value) if value else None

    def load(self) -> None:
        """Show the current version for the chosen scope, and its history."""
        info = rubrics.current_rubric(self._handle, self.scope())
        self.name_edit.setText(info.name)
        self.show_rubric(info.rubric)
        own = info.scope == self.scope()
        text = (
            tr("Đang dùng: phiên bản %1").replace("%1", str(info.version))
            if own
            else tr("Chưa có bộ riêng: đang dùng bộ chung (phiên bản %1).").replace(
                "%1", str(info.version)
            )
        )
        if not info.saved:
            text += " · " + tr("bộ mặc định, chưa ai sửa")
        self.version_label.setText(text)
        self._fill_history()

    def show_rubric(self, rubric: Rubric) -> None:
        """Put a rubric's criteria and thresholds in the form (not saved yet)."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for c in rubric.criteria:
            self.add_criterion(c.name, c.max_points, c.code)
        self.excellent_spin.setValue(rubric.excellent_from)
        self.good_spin.setValue(rubric.good_from)
        self.pass_spin.setValue(rubric.pass_from)
        self._update_total()

    def add_criterion(self, name: str, points: int, code: str = "") -> int:
        """Append a criterion row; return its row number."""
        table = self.table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, CODE_COL, QTableWidgetItem(code))
        table.setItem(row, NAME_COL, QTableWidgetItem(name))
        spin = QSpinBox(table)
        spin.setRange(1, MAX_POINTS)
        spin.setValue(points)
        spin.setAccessibleName(tr("Điểm tối đa"))
        spin.valueChanged.connect(self._update_total)
        table.setCellWidget(row, POINTS_COL, spin)
        table.blockSignals(False)
        self._update_total()
        return row

    def points_spin(self, row: int) -> QSpinBox:
        """The maximum-points box of a criterion row."""
        widget = self.table.cellWidget(row, POINTS_COL)
        assert isinstance(widget, QSpinBox)
        return widget

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_total()

    def edited_rubric(self) -> Rubric:
        """The rubric the form shows; empty codes are made from the names."""
        criteria, taken = [], set()
        for row in range(self.table.rowCount()):
            code_item, name_item = self.table.item(row, CODE_COL), self.table.item(row, NAME_COL)
            name = name_item.text() if name_item else ""
            code = (code_item.text().strip() if code_item else "") or code_for(name, taken)
            taken.add(code)
            criteria.append(Criterion(code, name, self.points_spin(row).value()))
        return Rubric(
            tuple(criteria),
            self.excellent_spin.value(),
            self.good_spin.value(),
            self.pass_spin.value(),
        )

    def _update_total(self, *_: Any) -> None:
        total = sum(self.points_spin(r).value() for r in range(self.table.rowCount()))
        self.total_label.setText(tr("Tổng điểm tối đa: %1").replace("%1", format_number(total)))

    def save(self) -> rubrics.RubricInfo | None:
        """Save the form as the next version; a problem is shown under the form."""
        from dvk_desktop.gui.widgets.feedback import REVIEWER_SETTING
        from dvk_desktop.services.workspace_setup import get_settings

        actor = get_settings(self._handle).get(REVIEWER_SETTING) or None
        try:
            info = rubrics.save_rubric(
                self._handle,
                self.edited_rubric(),
                scope=self.scope(),
                name=self.name_edit.text(),
                note=self.note_edit.text(),
                actor=actor,
            )
        except DvkError as exc:
            lines = [core(x) for x in exc.details] or [exc.user_text()]
            self.message_label.setText("<br>".join(f"• {_escape(x)}" for x in lines))
            self.message_label.setStyleSheet("color:#842029;")
            return None
        self.note_edit.clear()
        self.load()
        self.message_label.setStyleSheet("color:#146c43;")
        self.message_label.setText(
            "✓ "
            + tr(
                "Đã lưu phiên bản %1. Phiếu đã chấm giữ phiên bản cũ; mô hình chưa chấm "
                "dùng phiên bản mới."
            ).replace("%1", str(info.version))
        )
        self.saved.emit(info.version)
        return info

    def _fill_history(self) -> None:
        from dvk_desktop.services.review import format_when

        history = rubrics.rubric_history(self._handle, self.scope())
        table = self.history_table
        table.setRowCount(len(history))
        for r, info in enumerate(history):
            values = (
                str(info.version),
                format_number(info.rubric.total_points),
                info.created_by,
                format_when(info.created_at) if info.saved else "",
                info.note or ("" if info.saved else tr("Bộ mặc định")),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c < 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
