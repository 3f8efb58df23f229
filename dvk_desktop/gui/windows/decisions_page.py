"""Page "Quyết định": recognise, not recognise, exemplary, propose, commend, replicate; annexes."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dvk_desktop.domain.codes import qualified
from dvk_desktop.domain.period import Period
from dvk_desktop.domain.text import format_number
from dvk_desktop.domain.vocab import AwardForm, DecisionKind, Field, Status
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.files import open_file
from dvk_desktop.gui.forms.ui_decisions_page import Ui_DecisionsPage
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import date_text, vocab
from dvk_desktop.gui.models.ticked_rows import UUID_ROLE, tick_exactly, ticked_uuids
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.gui.widgets.header_fit import fit_titles
from dvk_desktop.services import decisions
from dvk_desktop.storage.queries.models import ModelFilter, ModelRow, list_models
from dvk_desktop.storage.workspace import WorkspaceHandle

PROPOSE = "de_nghi_khen_thuong"  # a status step of the upper level, not a decision
# (action, label, proposal list printed for it)
ACTIONS = (
    (
        DecisionKind.RECOGNITION.value,
        QT_TRANSLATE_NOOP("", "Công nhận mô hình đề nghị"),
        "cong_nhan",
    ),
    (DecisionKind.NOT_ACHIEVED.value, QT_TRANSLATE_NOOP("", "Không công nhận"), "cong_nhan"),
    (DecisionKind.EXEMPLARY.value, QT_TRANSLATE_NOOP("", "Chọn tiêu biểu"), "cong_nhan"),
    (PROPOSE, QT_TRANSLATE_NOOP("", "Đề nghị khen thưởng (mô hình tiêu biểu)"), "tieu_bieu"),
    (DecisionKind.AWARD.value, QT_TRANSLATE_NOOP("", "Khen thưởng"), "khen_thuong"),
    (DecisionKind.REPLICATION.value, QT_TRANSLATE_NOOP("", "Nhân rộng"), "tieu_bieu"),
)
MAX_ROWS = 2000  # a list longer than this is narrowed with the filters first
ISSUER_SETTING = "decision_issuer"


class DecisionsPage(QWidget):
    """Choose models from a filtered list, type the decision, attach its scan, record it."""

    data_changed = Signal()
    open_requested = Signal(str)
    recorded = Signal(str)  # the decision's uuid ("" for a proposal for commendation)

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionsPage()
        self.ui.setupUi(self)
        self._handle = handle
        self.stale = True
        self.operation: Operation | None = None
        self.last_output: Path | None = None
        self.rows: list[ModelRow] = []
        self._loading = False
        self.decisions: list[decisions.DecisionRow] = []
        self.own_unit = handle.info().unit_code
        ui = self.ui
        for key, label, _list in ACTIONS:
            ui.kind_combo.addItem(tr(label), key)
        ui.award_combo.addItem(tr("— chọn hình thức —"), None)
        for form in AwardForm:
            if form not in decisions.COMMUNE_AWARD_FORMS:
                ui.award_combo.addItem(vocab(form), form.value)
        today = dt.date.today()
        ui.date_edit.setDate(QDate(today.year, today.month, today.day))
        from dvk_desktop.services.workspace_setup import get_settings

        settings = get_settings(handle)
        ui.issuer_edit.setText(settings.get(ISSUER_SETTING) or settings.get("issuer_name", ""))
        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(self._on_model_item_changed)
        view = ui.models_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        ui.record_splitter.setSizes([640, 380])
        ui.record_splitter.setStretchFactor(0, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload_models)
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        ui.commune_combo.currentIndexChanged.connect(self.reload_models)
        ui.year_combo.currentIndexChanged.connect(self.reload_models)
        ui.search_edit.textChanged.connect(self._search_timer.start)
        ui.check_all_button.clicked.connect(lambda: self.set_all_checked(True))
        ui.check_none_button.clicked.connect(lambda: self.set_all_checked(False))
        ui.scan_button.clicked.connect(self._on_scan_button_clicked)
        ui.record_button.clicked.connect(self._on_record_button_clicked)
        ui.proposals_button.clicked.connect(self._on_proposals_button_clicked)
        ui.annex_button.clicked.connect(self._on_annex_button_clicked)
        ui.attach_button.clicked.connect(self._on_attach_button_clicked)
        ui.open_file_button.clicked.connect(self._on_open_file_button_clicked)
        ui.decisions_table.currentCellChanged.connect(self._on_decisions_current_cell_changed)
        view.doubleClicked.connect(self._on_models_view_double_clicked)
        # A locked stick records no decision nor its scan; the PDFs still print (temp folder).
        grey_out_if_read_only(handle, ui.scan_button, ui.record_button, ui.attach_button)
        self._on_kind_combo_changed(0)

    # ---------------------------------------------------------------- refresh

    def mark_stale(self) -> None:
        """The data changed elsewhere: read again when next shown."""
        self.stale = True

    def on_shown(self) -> None:
        """Called when the page comes on screen."""
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Refill the filters, the candidate models and the list of decisions."""
        self.stale = False
        self._fill_filters()
        self.reload_models()
        self.reload_decisions()

    def _fill_filters(self) -> None:
        from dvk_desktop.domain.text import sort_key
        from dvk_desktop.storage.queries.communes import status_counts, unit_names
        from dvk_desktop.storage.queries.models import distinct_years

        with self._handle.readers() as session:
            names = unit_names(session)
            held = status_counts(session, self.own_unit)
            years = distinct_years(session)
        self.names = names
        for combo, everything, items in (
            (
                self.ui.commune_combo,
                tr("Mọi xã, phường"),
                [
                    (f"{names.get(c, c)} ({c})", c)
                    for c in sorted(held, key=lambda c: (sort_key(names.get(c, c)), c))
                ],
            ),
            (self.ui.year_combo, tr("Mọi năm"), [(str(y), y) for y in years]),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
            combo.blockSignals(False)

    def action(self) -> str:
        """The chosen action: a DecisionKind value or PROPOSE."""
        return str(self.ui.kind_combo.currentData())

    def eligible(self) -> list[Status]:
        """The statuses the models must be in for the chosen action."""
        action = self.action()
        if action == PROPOSE:
            return [Status.EXEMPLARY]
        return decisions.eligible_statuses(DecisionKind(action))

    def reload_models(self) -> None:
        """The models the chosen action may apply to, with the filters; checks are kept."""
        checked = set(self.checked_uuids())
        ui = self.ui
        flt = ModelFilter(
            search=ui.search_edit.text(),
            year=ui.year_combo.currentData(),
            statuses=[s.value for s in self.eligible()],
            source_unit_code=ui.commune_combo.currentData(),
        )
        with self._handle.readers() as session:
            self.rows = list_models(session, flt, limit=MAX_ROWS + 1, order="code")
        too_many = len(self.rows) > MAX_ROWS
        self.rows = self.rows[:MAX_ROWS]
        names = getattr(self, "names", {})
        self._loading = True  # not blockSignals: the view must still hear of the new rows
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [tr("Mã"), tr("Xã, phường"), tr("Tên mô hình"), tr("Lĩnh vực"), tr("Trạng thái")]
        )
        for row in self.rows:
            code = (
                row.code
                if row.source_unit_code == self.own_unit
                else qualified(row.source_unit_code, row.code)
            )
            first = QStandardItem(code)
            first.setCheckable(True)
            first.setEditable(False)
            first.setCheckState(
                Qt.CheckState.Checked if row.uuid in checked else Qt.CheckState.Unchecked
            )
            first.setData(row.uuid, UUID_ROLE)
            cells = [
                first,
                QStandardItem(names.get(row.source_unit_code, row.source_unit_code)),
                QStandardItem(row.name),
                QStandardItem(vocab(row.field, Field)),
                QStandardItem(vocab(row.status, Status)),
            ]
            for cell in cells[1:]:
                cell.setEditable(False)
                cell.setToolTip(cell.text())
            self.model.appendRow(cells)
        self._loading = False
        header = ui.models_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 160), (1, 140), (3, 130), (4, 130)):
            header.resizeSection(column, width)
        fit_titles(header)
        if too_many:
            ui.message_label.setText(
                tr("Chỉ hiện %1 mô hình đầu tiên: hãy lọc theo xã hoặc năm.").replace(
                    "%1", format_number(MAX_ROWS)
                )
            )
        self._update_chosen()

    # ---------------------------------------------------------------- choosing

    def checked_uuids(self) -> list[str]:
        """The models ticked in the list, in list order."""
        return ticked_uuids(self.model)

    def set_checked(self, uuids: list[str]) -> None:
        """Tick exactly these models."""
        self._loading = True
        tick_exactly(self.model, uuids)
        self._loading = False
        self._update_chosen()

    def set_all_checked(self, checked: bool) -> None:
        """Tick or untick every model shown."""
        self.set_checked([r.uuid for r in self.rows] if checked else [])

    def _on_model_item_changed(self, _item: QStandardItem) -> None:
        if not self._loading:
            self._update_chosen()

    def _on_models_view_double_clicked(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.rows):
            self.open_requested.emit(self.rows[index.row()].uuid)

    def _on_kind_combo_changed(self, _index: int) -> None:
        propose = self.action() == PROPOSE
        award = self.action() == DecisionKind.AWARD.value
        ui = self.ui
        for widget in (
            ui.number_edit, ui.date_edit, ui.issuer_edit, ui.scan_edit, ui.scan_button,
            ui.number_label, ui.date_label, ui.issuer_label, ui.scan_label,
        ):  # fmt: skip
            widget.setEnabled(not propose)
        ui.award_combo.setEnabled(award)
        ui.award_label.setEnabled(award)
        ui.summary_label.setText(tr("&Ghi chú, số tờ trình:") if propose else tr("&Trích yếu:"))
        ui.message_label.setText("")
        if not self.stale:
            self.reload_models()
        self._update_chosen()

    def _update_chosen(self) -> None:
        count = len(self.checked_uuids())
        shown = len(self.rows)
        self.ui.chosen_label.setText(
            tr("Đã chọn %1/%2 mô hình")
            .replace("%1", format_number(count))
            .replace("%2", format_number(shown))
        )
        action = self.action()
        text = (
            tr("Đề nghị khen thưởng %n mô hình", None, count)
            if action == PROPOSE
            else tr("Ghi quyết định cho %n mô hình", None, count)
        )
        self.ui.record_button.setText(text)
        self.ui.record_button.setEnabled(count > 0)

    def _on_scan_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Bản quét quyết định đã ký"),
            "",
            tr("PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)"),
        )
        if name:
            self.ui.scan_edit.setText(name)

    # ---------------------------------------------------------------- recording

    def decision_input(self) -> decisions.DecisionInput:
        """The decision the form describes (checked by the core when recorded)."""
        ui = self.ui
        q = ui.date_edit.date()
        award = ui.award_combo.currentData()
        scan = ui.scan_edit.text().strip()
        return decisions.DecisionInput(
            kind=DecisionKind(self.action()),
            number=ui.number_edit.text(),
            signed_on=dt.date(q.year(), q.month(), q.day()),
            issuer=ui.issuer_edit.text(),
            model_uuids=self.checked_uuids(),
            award_form=AwardForm(award) if award else None,
            summary=ui.summary_edit.text(),
            scan=Path(scan) if scan else None,
        )

    def record(self) -> Operation | None:
        """Record the decision (or the proposals) for the ticked models, off the UI thread."""
        handle = self._handle
        uuids = self.checked_uuids()
        if self.action() == PROPOSE:
            note = self.ui.summary_edit.text()

            def propose(_r: Any, _c: Any) -> tuple[str, int]:
                return "", decisions.propose_for_award(handle, uuids, note=note)

            work = propose
        else:
            data = self.decision_input()

            def decide(_r: Any, _c: Any) -> tuple[str, int]:
                return decisions.record_decision(handle, data), len(uuids)

            work = decide
        self.operation = run_in_background(
            self,
            work,
            on_success=self._on_recorded,
            on_failure=self._on_record_failed,
            label=tr("Đang ghi quyết định"),
        )
        return self.operation

    def _on_record_failed(self, exc: BaseException) -> None:
        from dvk_desktop.errors import ConflictError
        from dvk_desktop.gui.errors import show_error

        show_error(self, exc)
        if isinstance(exc, ConflictError):  # another clerk decided first: show the list as now
            self.reload_models()
            self.reload_decisions()

    def _on_recorded(self, result: tuple[str, int]) -> None:
        uuid, count = result
        ui = self.ui
        if uuid:
            from dvk_desktop.services.workspace_setup import set_settings

            set_settings(self._handle, {ISSUER_SETTING: ui.issuer_edit.text()})
            text = tr("Đã ghi quyết định số %1 cho %2 mô hình.")
            text = text.replace("%1", html.escape(ui.number_edit.text().strip()))
            ui.number_edit.clear()
            ui.scan_edit.clear()
            ui.summary_edit.clear()
        else:
            text = tr("Đã đề nghị khen thưởng %2 mô hình.")
        ui.message_label.setText(
            "<span style='color:#146c43'>✓ " + text.replace("%2", format_number(count)) + "</span>"
        )
        self.set_checked([])
        self.reload_models()
        self.reload_decisions()
        self.data_changed.emit()
        self.recorded.emit(uuid)

    def _on_record_button_clicked(self) -> None:
        self.record()

    # ---------------------------------------------------------------- printing

    def _print(self, name: str, work: Any) -> Operation:
        from dvk_desktop.gui.windows.reports_page import reports_dir

        folder = reports_dir(self._handle)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name

        def job(_r: Any, _c: Any) -> str:
            work(target)
            return str(target)

        self.operation = run_in_background(
            self, job, on_success=self._on_printed, label=tr("Đang tạo tệp PDF")
        )
        return self.operation

    def _on_printed(self, path: str) -> None:
        self.last_output = Path(path)
        text = tr("Đã tạo: %1").replace("%1", path)
        self.ui.message_label.setText(text)
        self.ui.list_message_label.setText(text)
        self.ui.open_file_button.setEnabled(True)

    def print_proposals(self) -> Operation:
        """The proposal list (danh sách đề nghị) for the chosen action, commune and year."""
        from dvk_desktop.reports.pdf.model_list import ListKind
        from dvk_desktop.services import reporting

        kind = ListKind(next(k for a, _label, k in ACTIONS if a == self.action()))
        year = self.ui.year_combo.currentData() or dt.date.today().year
        commune = self.ui.commune_combo.currentData()
        handle = self._handle
        suffix = f"-{commune}" if commune else ""
        return self._print(
            f"danh-sach-{kind.value}-{year}{suffix}.pdf",
            lambda target: reporting.print_model_list(
                handle, target, kind, Period(year, year), unit_code=commune
            ),
        )

    def _on_proposals_button_clicked(self) -> None:
        self.print_proposals()

    def reload_decisions(self) -> None:
        """The decisions recorded, newest first."""
        self.decisions = decisions.list_decisions(self._handle)
        table = self.ui.decisions_table
        table.setRowCount(len(self.decisions))
        for r, d in enumerate(self.decisions):
            values = (
                d.number, date_text(d.signed_on), vocab(d.kind, DecisionKind), d.issuer,
                format_number(len(d.model_codes)), ", ".join(d.model_codes[:8])
                + ("…" if len(d.model_codes) > 8 else ""),
            )  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        for column, width in ((0, 150), (1, 90), (2, 110), (3, 240), (4, 80)):
            header.resizeSection(column, width)
        fit_titles(header)
        self._on_decisions_current_cell_changed(table.currentRow())

    def selected_decision(self) -> decisions.DecisionRow | None:
        """The decision under the cursor of the list."""
        row = self.ui.decisions_table.currentRow()
        return self.decisions[row] if 0 <= row < len(self.decisions) else None

    def _on_decisions_current_cell_changed(self, row: int, *_: int) -> None:
        chosen = 0 <= row < len(self.decisions)
        self.ui.annex_button.setEnabled(chosen)
        self.ui.attach_button.setEnabled(chosen)

    def print_annex(self, decision: decisions.DecisionRow) -> Operation:
        """The list attached to a decision, as PDF."""
        from dvk_desktop.services import reporting

        handle = self._handle
        safe = "".join(ch if ch.isalnum() else "-" for ch in decision.number)[:40]
        return self._print(
            f"phu-luc-quyet-dinh-{safe}.pdf",
            lambda target: reporting.print_decision_annex(handle, decision.uuid, target),
        )

    def _on_annex_button_clicked(self) -> None:
        decision = self.selected_decision()
        if decision is not None:
            self.print_annex(decision)

    def attach(self, decision: decisions.DecisionRow, scan: Path) -> Operation:
        """Keep a scan of the signed decision as evidence of its models."""
        handle = self._handle

        def work(_r: Any, _c: Any) -> int:
            return decisions.attach_scan(handle, decision.uuid, scan)

        def done(count: int) -> None:
            self.ui.list_message_label.setText(
                tr("Đã lưu bản quét vào minh chứng của %1 mô hình.").replace(
                    "%1", format_number(count)
                )
            )
            self.data_changed.emit()

        self.operation = run_in_background(
            self, work, on_success=done, label=tr("Đang lưu bản quét")
        )
        return self.operation

    def _on_attach_button_clicked(self) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Bản quét quyết định đã ký"),
            "",
            tr("PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)"),
        )
        if name:
            self.attach(decision, Path(name))

    def _on_open_file_button_clicked(self) -> None:
        if self.last_output is not None:
            open_file(self, self.last_output)
