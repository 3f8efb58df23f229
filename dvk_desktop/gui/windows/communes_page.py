"""Page "Đơn vị cấp dưới": every commune of the upper level, its key, packages, models, deadline."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QMessageBox, QWidget

from dvk_desktop.domain.period import Period
from dvk_desktop.domain.text import fold, format_number
from dvk_desktop.domain.vocab import KeyState, PeriodState, Status
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.files import open_file
from dvk_desktop.gui.forms.ui_communes_page import Ui_CommunesPage
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import date_text, vocab
from dvk_desktop.gui.models.commune_table import KEYS, CommunesTableModel
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.services import communes, completeness
from dvk_desktop.services.communes import CommuneRow, Overview
from dvk_desktop.storage.workspace import WorkspaceHandle

# What the "show" filter offers: (key, label); the rule for each key is in _shown.
SHOW = (
    ("all", QT_TRANSLATE_NOOP("", "Mọi đơn vị")),
    ("not_sent", QT_TRANSLATE_NOOP("", "Chưa gửi kỳ này")),
    ("overdue", QT_TRANSLATE_NOOP("", "Quá hạn")),
    ("no_key", QT_TRANSLATE_NOOP("", "Chưa ghi nhận khóa")),
    ("sent", QT_TRANSLATE_NOOP("", "Đã gửi kỳ này")),
    ("problems", QT_TRANSLATE_NOOP("", "Thiếu minh chứng hoặc thiếu gói")),
)


def _shown(row: CommuneRow, show: str) -> bool:
    if show == "not_sent":
        return row.period_state in (PeriodState.WAITING, PeriodState.OVERDUE)
    if show == "overdue":
        return row.period_state is PeriodState.OVERDUE
    if show == "no_key":
        return row.key_state is not KeyState.ACTIVE
    if show == "sent":
        return row.period_state in (PeriodState.SENT, PeriodState.LATE)
    if show == "problems":
        return bool(row.missing_evidence or row.sequence_gaps)
    return True


def period_choices(today: dt.date) -> list[Period]:
    """The running half-year first, then the four before it, then the last two years."""
    current = communes.current_period(today)
    out = [current]
    year, half = current.first_year, current.half or 1
    for _ in range(4):
        year, half = (year, 1) if half == 2 else (year - 1, 2)
        out.append(Period(year, year, half))
    out += [Period(today.year, today.year), Period(today.year - 1, today.year - 1)]
    return out


def period_text(period: Period) -> str:
    """A period's name in the interface language ("6 tháng cuối năm 2026", "Năm 2026")."""
    year = str(period.first_year)
    if period.half == 1:
        return tr("6 tháng đầu năm %1").replace("%1", year)
    if period.half == 2:
        return tr("6 tháng cuối năm %1").replace("%1", year)
    if period.first_year == period.last_year:
        return tr("Năm %1").replace("%1", year)
    return tr("Giai đoạn %1–%2").replace("%1", year).replace("%2", str(period.last_year))


class CommunesPage(QWidget):
    """Who is enrolled, who sent what, what is missing, who is late; enrol, revoke, export."""

    data_changed = Signal()
    models_requested = Signal(str)

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CommunesPage()
        self.ui.setupUi(self)
        self._handle = handle
        self.stale = True
        self.overview: Overview | None = None
        self.operation: Operation | None = None
        self.last_export: Path | None = None
        self.written_box: QMessageBox | None = None  # "saved, open it?" after the report
        self.today = dt.date.today()
        ui = self.ui
        for period in period_choices(self.today):
            ui.period_combo.addItem(period_text(period), period.code)
        for key, label in SHOW:
            ui.show_combo.addItem(tr(label), key)
        self.table_model = CommunesTableModel(self)
        view = ui.table_view
        view.setModel(self.table_model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(True)
        # Texts decide the widths: the name a fixed 200, states as wide as their words, counts
        # as wide as their (longer in English) titles.
        widths = {"code": 56, "name": 200, "key": 130, "last": 110, "period": 120}
        for column, key in enumerate(KEYS):
            title = str(self.table_model.headerData(column, Qt.Orientation.Horizontal))
            fits = view.fontMetrics().horizontalAdvance(title) + 16
            header.resizeSection(column, widths[key] if key in widths else max(fits, 56))
        header.setSortIndicator(KEYS.index("name"), Qt.SortOrder.AscendingOrder)
        ui.splitter.setSizes([420, 180])
        ui.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        ui.show_combo.currentIndexChanged.connect(self._apply_filter)
        ui.search_edit.textChanged.connect(self._apply_filter)
        view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        view.doubleClicked.connect(self._on_table_view_double_clicked)
        ui.deadline_button.clicked.connect(self._on_deadline_button_clicked)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.completeness_button.clicked.connect(self._on_completeness_button_clicked)
        ui.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        ui.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        ui.models_button.clicked.connect(self._on_models_button_clicked)
        # A locked stick: a deadline, an enrolled or revoked key all write to it.
        grey_out_if_read_only(handle, ui.deadline_button, ui.enrol_button, ui.revoke_button)
        self._show_selected(None)

    # ---------------------------------------------------------------- data

    def period(self) -> Period:
        """The reporting period chosen."""
        from dvk_desktop.domain.period import parse_period

        return parse_period(self.ui.period_combo.currentData())

    def mark_stale(self) -> None:
        """The data changed elsewhere: read again when next shown."""
        self.stale = True

    def on_shown(self) -> None:
        """Called when the page comes on screen."""
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Read every commune's state for the chosen period (a few queries)."""
        self.stale = False
        keep = self.selected_code()
        self.overview = communes.overview(self._handle, self.period(), today=self.today)
        data = self.overview
        if data.deadline is None:
            text = tr("Chưa đặt hạn nộp cho kỳ này.")
        else:
            text = tr("Hạn nộp: <b>%1</b>").replace("%1", date_text(data.deadline))
            overdue = data.count(PeriodState.OVERDUE)
            if overdue:
                text += (
                    " · <span style='color:#b02a37'>"
                    + tr("%n đơn vị quá hạn", None, overdue)
                    + "</span>"
                )
        self.ui.deadline_label.setText(text)
        self._apply_filter()
        if keep:
            self.select_code(keep)

    def _apply_filter(self, *_: object) -> None:
        if self.overview is None:
            return
        words = fold(self.ui.search_edit.text()).split()
        show = self.ui.show_combo.currentData()
        rows = [
            r
            for r in self.overview.rows
            if _shown(r, show) and all(w in f"{fold(r.name)} {r.code}" for w in words)
        ]
        self.table_model.set_rows(rows)
        data = self.overview
        enrolled = sum(1 for r in data.rows if r.key_state is KeyState.ACTIVE)
        sent = data.count(PeriodState.SENT) + data.count(PeriodState.LATE)
        parts = [
            tr("%n đơn vị", None, len(data.rows)),
            tr("%1 đã ghi nhận khóa").replace("%1", format_number(enrolled)),
            tr("%1 đã gửi kỳ này").replace("%1", format_number(sent)),
        ]
        if len(rows) != len(data.rows):
            parts.append(tr("đang hiện %1").replace("%1", format_number(len(rows))))
        self.ui.summary_label.setText(" · ".join(parts))
        self._show_selected(self.selected_row())

    def _on_period_combo_changed(self, _index: int) -> None:
        self.refresh()

    # ---------------------------------------------------------------- selection

    def selected_row(self) -> CommuneRow | None:
        """The unit under the cursor."""
        index = self.ui.table_view.currentIndex()
        return self.table_model.row_at(index.row()) if index.isValid() else None

    def selected_code(self) -> str | None:
        """The code of the unit under the cursor."""
        row = self.selected_row()
        return row.code if row else None

    def select_code(self, code: str) -> bool:
        """Put the cursor on a unit (if it is shown)."""
        row = self.table_model.row_of(code)
        if row >= 0:
            self.ui.table_view.selectRow(row)
        return row >= 0

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected(self.table_model.row_at(current.row()))

    def _on_table_view_double_clicked(self, index: QModelIndex) -> None:
        row = self.table_model.row_at(index.row())
        if row is not None and row.models:
            self.models_requested.emit(row.code)

    def _show_selected(self, row: CommuneRow | None) -> None:
        ui = self.ui
        ui.revoke_button.setEnabled(row is not None and row.key_state is KeyState.ACTIVE)
        ui.models_button.setEnabled(row is not None and row.models > 0)
        if row is None:
            ui.detail_browser.setHtml(
                "<p>"
                + tr(
                    "Chọn một đơn vị để xem khóa ký, các gói đã nhận và mô hình theo trạng thái. "
                    "Ghi nhận khóa: chọn tệp đăng ký khóa xã gửi, rồi gõ dãy số cán bộ xã đọc qua "
                    "điện thoại (hoặc so với phiếu giấy có chữ ký, đóng dấu)."
                )
                + "</p>"
            )
            return
        ui.detail_browser.setHtml(self._detail_html(row))

    def _detail_html(self, row: CommuneRow) -> str:
        esc = html.escape
        parts = [f"<h3>{esc(row.name)} ({row.code})</h3>"]
        history = communes.key_history(self._handle, row.code)
        if not history:
            parts.append("<p>" + esc(tr("Chưa ghi nhận khóa ký của đơn vị này.")) + "</p>")
        else:
            items = []
            for n, key in enumerate(history):
                verb = tr("Ghi nhận") if n == 0 else tr("Đổi khóa")
                line = f"{esc(verb)} {key.enrolled_at:%d/%m/%Y}: <tt>{esc(key.fingerprint)}</tt>"
                if key.revoked_at is not None:
                    line += " — " + esc(tr("thu hồi ngày %1")).replace(
                        "%1", f"{key.revoked_at:%d/%m/%Y}"
                    )
                elif key.active:
                    line += " — <b>" + esc(tr("đang dùng")) + "</b>"
                items.append(f"<li>{line}</li>")
            keys_word = tr("Khóa ký:")
            parts.append(f"<p>{esc(keys_word)}</p><ul>{''.join(items)}</ul>")
        last = row.last_package
        if last is None:
            parts.append("<p>" + esc(tr("Chưa nhận gói nào của đơn vị này.")) + "</p>")
        else:
            size = f"{format_number(round(last.size / 1024))} KB" if last.size else "—"
            text = tr("Gói gần nhất: số %1, lập ngày %2, nhận ngày %3, %4, %5 mô hình.")
            text = text.replace("%1", str(last.sequence))
            text = text.replace("%2", date_text(last.created_at.date()))
            text = text.replace("%3", date_text(last.recorded_at.date()))
            parts.append(
                "<p>"
                + esc(text.replace("%4", size).replace("%5", format_number(last.models)))
                + "</p>"
            )
        if row.sequence_gaps:
            gaps = ", ".join(str(n) for n in row.sequence_gaps)
            parts.append(
                "<p style='color:#b02a37'>"
                + esc(
                    tr("Chưa nhận được gói số: %1 (xã đã lập nhưng chưa tới).").replace("%1", gaps)
                )
                + "</p>"
            )
        if row.missing_evidence:
            parts.append(
                "<p style='color:#b02a37'>"
                + esc(
                    tr("Còn thiếu %1 tệp minh chứng: hãy đề nghị xã gửi lại.").replace(
                        "%1", format_number(row.missing_evidence)
                    )
                )
                + "</p>"
            )
        if row.by_status:
            items = "".join(
                f"<li>{esc(vocab(status))}: {format_number(row.by_status[status.value])}</li>"
                for status in Status
                if row.by_status.get(status.value)
            )
            received = tr("Mô hình đã nhận theo trạng thái:")
            parts.append(f"<p>{esc(received)}</p><ul>{items}</ul>")
        this_period = tr("Kỳ này:")
        parts.append(f"<p>{esc(this_period)} <b>{esc(vocab(row.period_state))}</b></p>")
        return "".join(parts)

    # ---------------------------------------------------------------- actions

    def open_enrol_dialog(self, path: Path | None = None) -> Any:
        """The enrolment dialog (window-modal); the page refreshes when a key is enrolled."""
        from dvk_desktop.gui.dialogs.enrol_dialog import EnrolDialog

        row = self.selected_row()
        dialog = EnrolDialog(self._handle, self, expected=row.code if row else "")
        dialog.accepted.connect(lambda: self._on_enrolled(dialog))
        dialog.finished.connect(dialog.deleteLater)
        if path is not None:
            dialog.load(path)
        self.enrol_dialog = dialog
        dialog.open()
        return dialog

    def _on_enrolled(self, dialog: Any) -> None:
        enrolment = dialog.result_enrolment
        self.refresh()
        if enrolment is not None:
            self.select_code(enrolment.unit_code)
        self.data_changed.emit()

    def _on_enrol_button_clicked(self) -> None:
        self.open_enrol_dialog()

    def revoke(self, code: str, reason: str) -> bool:
        """Stop trusting a commune's key (its packages are refused from now on)."""
        try:
            communes.revoke(self._handle, code, reason)
        except DvkError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        self.data_changed.emit()
        return True

    def _on_revoke_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            tr("Thu hồi khóa ký"),
            tr(
                "Thu hồi khóa của %1: mọi gói ký bằng khóa này sẽ bị từ chối. Lý do (ví dụ: máy "
                "tính của xã bị mất):"
            ).replace("%1", row.name),
        )
        if ok:
            self.revoke(row.code, reason)

    def _on_models_button_clicked(self) -> None:
        code = self.selected_code()
        if code:
            self.models_requested.emit(code)

    def open_deadline_dialog(self) -> Any:
        """Set the chosen period's deadline (window-modal)."""
        from dvk_desktop.gui.dialogs.deadline_dialog import DeadlineDialog

        current = self.overview.deadline if self.overview else None
        dialog = DeadlineDialog(self._handle, self.period(), current, self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.deadline_dialog = dialog
        dialog.open()
        return dialog

    def _on_deadline_button_clicked(self) -> None:
        self.open_deadline_dialog()

    def export_xlsx(self, target: Path) -> Operation:
        """Write the list of communes for the chosen period to a workbook, off the UI thread."""
        handle, period, today = self._handle, self.period(), self.today

        def work(_reporter: Any, _cancel: Any) -> str:
            communes.export_xlsx(handle, target, period, today=today)
            return str(target)

        self.operation = run_in_background(
            self, work, on_success=self._on_exported, label=tr("Đang xuất danh sách đơn vị")
        )
        return self.operation

    def _on_exported(self, path: str) -> None:
        self.last_export = Path(path)
        self.ui.summary_label.setText(tr("Đã lưu: %1").replace("%1", path))

    def _on_export_button_clicked(self) -> None:
        from dvk_desktop.gui.windows.reports_page import reports_dir

        folder = reports_dir(self._handle)
        folder.mkdir(parents=True, exist_ok=True)
        default = folder / f"don-vi-cap-duoi-{self.period().code}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Lưu danh sách đơn vị"), str(default), tr("Bảng tính Excel (*.xlsx)")
        )
        if name:
            self.export_xlsx(Path(name))

    def write_completeness(self, target: Path) -> Operation:
        """Write the completeness report (PDF, or a workbook for .xlsx) off the UI thread."""
        handle, period, today = self._handle, self.period(), self.today

        def work(_reporter: Any, _cancel: Any) -> str:
            if target.suffix.lower() == ".xlsx":
                completeness.export_xlsx(handle, target, period, today=today)
            else:
                completeness.print_report(handle, target, period, today=today)
            return str(target)

        self.operation = run_in_background(
            self, work, on_success=self._on_completeness_written,
            label=tr("Đang tạo báo cáo tình hình gửi dữ liệu"),
        )  # fmt: skip
        return self.operation

    def _on_completeness_written(self, path: str) -> None:
        self.last_export = Path(path)
        self.ui.summary_label.setText(tr("Đã lưu: %1").replace("%1", path))
        box = self.written_box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Báo cáo đầy đủ"))
        box.setText(tr("Đã lưu báo cáo tình hình gửi dữ liệu:\n%1").replace("%1", path))
        opener = box.addButton(tr("Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(
            lambda _=0: open_file(self, Path(path)) if box.clickedButton() is opener else None
        )
        box.open()  # not exec(): the page stays live, and tests answer it like a person

    def _on_completeness_button_clicked(self) -> None:
        from dvk_desktop.gui.windows.reports_page import reports_dir

        folder = reports_dir(self._handle)
        folder.mkdir(parents=True, exist_ok=True)
        default = folder / f"bao-cao-day-du-{self.period().code}.pdf"
        name, chosen = QFileDialog.getSaveFileName(
            self, tr("Lưu báo cáo đầy đủ"), str(default),
            tr("Báo cáo PDF (*.pdf)") + ";;" + tr("Bảng tính Excel (*.xlsx)"),
        )  # fmt: skip
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() not in (".pdf", ".xlsx"):  # typed without an extension
            target = target.with_suffix(".xlsx" if "xlsx" in chosen else ".pdf")
        self.write_completeness(target)
