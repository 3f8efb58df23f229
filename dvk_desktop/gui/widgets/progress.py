"""A model's progress reports as a timeline, and the buttons that add, edit and delete them."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from dvk_desktop.domain.indicators import BY_CODE
from dvk_desktop.domain.text import format_date, format_number
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_progress_widget import Ui_ProgressWidget
from dvk_desktop.gui.i18n import core, tr
from dvk_desktop.gui.labels import catalogue
from dvk_desktop.services import progress_reports
from dvk_desktop.services.progress_reports import ProgressEntry
from dvk_desktop.storage.workspace import WorkspaceHandle

ENTRY_ROLE = Qt.ItemDataRole.UserRole


class ProgressWidget(QWidget):
    """The progress tab of the model editor."""

    reports_changed = Signal()  # a report was added, edited or deleted

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressWidget()
        self.ui.setupUi(self)
        self._handle = handle
        self._uuid: str | None = None
        self._indicators: list[dict[str, Any]] = []
        self.dialog: Any = None
        self.read_only = False  # view only (set_read_only): the timeline, no report dialog
        header = self.ui.timeline_tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 90)
        header.resizeSection(1, 200)
        header.resizeSection(2, 330)
        header.resizeSection(3, 220)
        self.ui.splitter.setSizes([300, 160])
        ui = self.ui
        ui.add_report_button.clicked.connect(self._on_add_report_button_clicked)
        ui.edit_report_button.clicked.connect(self._on_edit_report_button_clicked)
        ui.delete_report_button.clicked.connect(self._on_delete_report_button_clicked)
        ui.timeline_tree.currentItemChanged.connect(self._on_timeline_tree_current_item_changed)
        ui.timeline_tree.itemActivated.connect(self._on_timeline_tree_item_activated)

    def set_model(self, uuid: str, indicators: list[dict[str, Any]]) -> None:
        """Show the timeline of model ``uuid`` (``indicators`` from its snapshot)."""
        self._uuid = uuid
        self._indicators = indicators
        self.reload()

    def _indicator_label(self, code: str) -> tuple[str, str]:
        for ind in self._indicators:
            if ind["code"] == code:
                return catalogue(ind["name"]), catalogue(ind["unit"])
        known = BY_CODE.get(code)
        return (catalogue(known.name), catalogue(known.unit)) if known else (code, "")

    def _values_text(self, entry: ProgressEntry) -> str:
        parts = []
        for code, value in entry.values.items():
            name, unit = self._indicator_label(code)
            parts.append(f"{name}: {format_number(value)} {unit}".strip())
        return "; ".join(parts)

    def reload(self) -> None:
        """Read the timeline again."""
        if self._uuid is None:
            return
        entries = progress_reports.timeline(self._handle, self._uuid)
        tree = self.ui.timeline_tree
        tree.clear()
        for entry in entries:
            first_line = entry.done.splitlines()[0] if entry.done else ""
            item = QTreeWidgetItem(
                [
                    format_date(entry.report_date),
                    entry.period_label,
                    first_line,
                    self._values_text(entry),
                    str(entry.evidence_count),
                ]
            )
            item.setData(0, ENTRY_ROLE, entry)
            item.setToolTip(2, entry.done)
            tree.addTopLevelItem(item)
        self.ui.summary_label.setText(tr("%n báo cáo tiến độ", None, len(entries)))
        self.ui.edit_report_button.setEnabled(False)
        self.ui.delete_report_button.setEnabled(False)
        if entries:
            tree.setCurrentItem(tree.topLevelItem(len(entries) - 1))
        else:
            self.ui.detail_browser.setHtml(
                "<p>"
                + tr(
                    "Chưa có báo cáo tiến độ. Bấm “Thêm báo cáo tiến độ…” sau mỗi kỳ "
                    "sơ kết để ghi việc đã làm, số liệu và minh chứng."
                )
                + "</p>"
            )

    def _on_timeline_tree_current_item_changed(self, current: Any, _previous: Any) -> None:
        self.ui.edit_report_button.setEnabled(current is not None)
        self.ui.delete_report_button.setEnabled(current is not None)
        if current is None:
            return
        entry: ProgressEntry = current.data(0, ENTRY_ROLE)
        esc = html.escape
        done, lessons, figures = tr("Việc đã làm"), tr("Bài học kinh nghiệm"), tr("Số liệu")
        parts = [
            f"<h3>{esc(format_date(entry.report_date))} — {esc(entry.period_label)}</h3>",
            f"<p><b>{esc(done)}:</b> {esc(entry.done)}</p>",
        ]
        if entry.lessons:
            parts.append(f"<p><b>{esc(lessons)}:</b> {esc(entry.lessons)}</p>")
        if entry.values:
            parts.append(f"<p><b>{esc(figures)}:</b> {esc(self._values_text(entry))}</p>")
        parts.append("<p>" + esc(tr("%n minh chứng kèm theo", None, entry.evidence_count)) + "</p>")
        self.ui.detail_browser.setHtml("".join(parts))

    def current_entry(self) -> ProgressEntry | None:
        """The report under the cursor in the timeline."""
        item = self.ui.timeline_tree.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def set_read_only(self) -> None:
        """Show the reports without a way to add, edit or delete one (view only)."""
        self.read_only = True
        for button in (self.ui.add_report_button, self.ui.edit_report_button,
                       self.ui.delete_report_button):  # fmt: skip
            button.hide()

    def open_dialog(self, entry: ProgressEntry | None = None) -> Any:
        """The report dialog: a new report, or ``entry`` to edit (window-modal, non-blocking)."""
        from dvk_desktop.gui.dialogs.progress_report import ProgressReportDialog

        # View only: a double-click on the timeline shows the report below it, no dialog.
        if self._uuid is None or self.read_only:
            return None
        self.dialog = ProgressReportDialog(
            self._handle, self._uuid, self._indicators, self, entry=entry
        )
        self.dialog.report_saved.connect(self._on_dialog_report_saved)
        self.dialog.open()
        return self.dialog

    def _on_add_report_button_clicked(self) -> None:
        self.open_dialog()

    def _on_edit_report_button_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.open_dialog(entry)

    def _on_timeline_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_dialog(item.data(0, ENTRY_ROLE))

    def _on_delete_report_button_clicked(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        box = QMessageBox(self)
        box.setObjectName("delete_report_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Xóa báo cáo tiến độ"))
        box.setText(
            tr("Xóa báo cáo ngày %1 (%2)?")
            .replace("%1", format_date(entry.report_date))
            .replace("%2", entry.period_label or tr("không ghi kỳ"))
        )
        box.setInformativeText(
            tr(
                "Minh chứng kèm theo vẫn giữ trong thẻ “Minh chứng”; nội dung báo cáo vẫn được "
                "ghi trong nhật ký thay đổi."
            )
        )
        delete = box.addButton(tr("Xóa báo cáo"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is delete:
            self.delete_report(entry.uuid)

    def delete_report(self, report_uuid: str) -> None:
        """Delete a report of this model (after the question), then show the timeline again."""
        assert self._uuid is not None
        try:
            progress_reports.delete_progress_report(self._handle, self._uuid, report_uuid)
        except DvkError as exc:
            show_error(self, exc)
        self._show_notes([])
        self.reload()
        self.reports_changed.emit()

    def _show_notes(self, notes: list[str]) -> None:
        self.ui.notes_label.setText("\n".join(core(n) for n in notes))
        self.ui.notes_label.setVisible(bool(notes))

    def _on_dialog_report_saved(self, _uuid: str) -> None:
        saved = self.dialog.saved if self.dialog is not None else None
        self._show_notes(saved.notes if saved is not None else [])
        self.reload()
        self.reports_changed.emit()
