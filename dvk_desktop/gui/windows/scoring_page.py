"""Page "Chấm điểm": each council member's score sheet, the average and grade; the rubric."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.codes import qualified
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.text import format_number
from dvk_desktop.domain.vocab import EvaluationGrade
from dvk_desktop.errors import ConflictError, DvkError
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.files import open_file
from dvk_desktop.gui.i18n import core, tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.gui.widgets.header_fit import fit_titles
from dvk_desktop.gui.widgets.rubric_editor import RubricEditor
from dvk_desktop.gui.widgets.score_table import (
    SheetsTable,
    average_text,
    comments_text,
    points_text,
)
from dvk_desktop.services import evaluations, review
from dvk_desktop.storage.workspace import WorkspaceHandle

LABEL_WIDTH = 250  # pixels for a criterion's name beside its points


class ScoringPage(QWidget):
    """Models accepted for evaluation; one sheet per council member; print the sheet."""

    data_changed = Signal()
    scored = Signal(str)  # the member whose sheet was saved

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoring_page")
        self._handle = handle
        self.stale = True
        self.operation: Operation | None = None
        self.last_output: Path | None = None
        self.rows: list[review.ReviewRow] = []
        self.score: evaluations.ModelScore | None = None
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.conflict_dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        sheets_tab = QWidget(self.tabs)
        self.tabs.addTab(sheets_tab, tr("Phiếu chấm điểm"))
        self.rubric_editor = RubricEditor(handle, self.tabs)
        self.tabs.addTab(self.rubric_editor, tr("Bộ tiêu chí"))
        self.rubric_editor.saved.connect(lambda _v: self.show_model(self.current_uuid()))
        outer = QHBoxLayout(sheets_tab)
        splitter = QSplitter(Qt.Orientation.Horizontal, sheets_tab)
        outer.addWidget(splitter)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.commune_combo = QComboBox(left)
        self.commune_combo.setObjectName("scoring_commune_combo")
        self.commune_combo.setAccessibleName(tr("Lọc theo xã"))
        left_layout.addWidget(self.commune_combo)
        self.models_table = QTableWidget(0, 3, left)
        self.models_table.setObjectName("scoring_models_table")
        self.models_table.setHorizontalHeaderLabels([tr("Mã"), tr("Tên mô hình"), tr("Điểm")])
        self.models_table.verticalHeader().hide()
        self.models_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.models_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.models_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.models_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 130)
        header.resizeSection(2, 85)
        fit_titles(header)
        left_layout.addWidget(self.models_table, 1)
        note = QLabel(tr("Chỉ mô hình đã thẩm định “Đủ điều kiện đánh giá” được chấm."), left)
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        left_layout.addWidget(note)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.title_label = QLabel(right)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight:bold;")
        right_layout.addWidget(self.title_label)
        self.rubric_label = QLabel(right)
        self.rubric_label.setWordWrap(True)
        self.rubric_label.setStyleSheet("color:#555;")
        right_layout.addWidget(self.rubric_label)
        entry = QGroupBox(tr("Phiếu của một thành viên hội đồng"), right)
        entry_layout = QHBoxLayout(entry)
        form = QFormLayout()
        self.member_combo = QComboBox(entry)
        self.member_combo.setObjectName("scoring_member_combo")
        self.member_combo.setEditable(True)
        self.member_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.member_combo.lineEdit().setPlaceholderText(tr("Họ tên thành viên"))
        form.addRow(tr("&Thành viên:"), self.member_combo)
        self.position_edit = QLineEdit(entry)
        self.position_edit.setObjectName("scoring_position_edit")
        self.position_edit.setPlaceholderText(tr("Chức vụ trong hội đồng"))
        form.addRow(tr("&Chức vụ:"), self.position_edit)
        self.date_edit = QDateEdit(entry)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        today = dt.date.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        form.addRow(tr("&Ngày chấm:"), self.date_edit)
        self.comment_edit = QPlainTextEdit(entry)
        self.comment_edit.setObjectName("scoring_comment_edit")
        self.comment_edit.setMaximumHeight(56)
        self.comment_edit.setTabChangesFocus(True)
        form.addRow(tr("Nhận &xét:"), self.comment_edit)
        entry_layout.addLayout(form, 2)
        points_box = QVBoxLayout()
        self.points_form = QFormLayout()
        points_box.addLayout(self.points_form)
        self.total_label = QLabel(entry)
        points_box.addWidget(self.total_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Lưu phiếu chấm"), entry)
        self.save_button.setObjectName("scoring_save_button")
        self.remove_button = QPushButton(tr("Xóa phiếu"), entry)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        points_box.addLayout(buttons)
        entry_layout.addLayout(points_box, 3)
        self.message_label = QLabel(right)
        self.message_label.setWordWrap(True)
        right_layout.addWidget(self.message_label)
        body = QSplitter(Qt.Orientation.Vertical, right)
        body.addWidget(entry)
        right_layout.addWidget(body, 1)
        self.sheets_table = SheetsTable(body)
        body.addWidget(self.sheets_table)
        body.setStretchFactor(1, 1)
        self.average_label = QLabel(right)
        self.average_label.setObjectName("scoring_average_label")
        self.average_label.setWordWrap(True)
        right_layout.addWidget(self.average_label)
        self.comments_label = QLabel(right)
        self.comments_label.setWordWrap(True)
        right_layout.addWidget(self.comments_label)
        print_row = QHBoxLayout()
        self.print_button = QPushButton(tr("In phiếu chấm điểm (PDF)"), right)
        self.print_button.setObjectName("scoring_print_button")
        self.open_button = QPushButton(tr("Mở tệp vừa tạo"), right)
        self.open_button.setEnabled(False)
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.open_button)
        print_row.addStretch(1)
        right_layout.addLayout(print_row)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 800])
        self.commune_combo.currentIndexChanged.connect(self.reload)
        self.models_table.currentCellChanged.connect(self._on_models_current_cell_changed)
        self.member_combo.activated.connect(self._on_member_chosen)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button.clicked.connect(self.remove_sheet)
        self.print_button.clicked.connect(self.print_sheet)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        # A locked stick keeps no score sheet nor rubric; printing goes to the temp folder.
        grey_out_if_read_only(handle, self.save_button, self.remove_button,
                              self.rubric_editor.save_button)  # fmt: skip
        self.show_model(None)

    # ---------------------------------------------------------------- refresh

    def mark_stale(self) -> None:
        """The data changed elsewhere: read again when next shown."""
        self.stale = True

    def on_shown(self) -> None:
        """Called when the page comes on screen."""
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Refill the commune filter, the models and the rubric editor."""
        self.stale = False
        from dvk_desktop.domain.text import sort_key
        from dvk_desktop.storage.queries.communes import unit_names

        with self._handle.readers() as session:
            names = unit_names(session)
        every = review.list_reviews(self._handle, state=ReviewState.ACCEPTED)
        combo = self.commune_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("Mọi xã, phường"), None)
        for code in sorted(
            {r.unit_code for r in every}, key=lambda c: (sort_key(names.get(c, c)), c)
        ):
            combo.addItem(f"{names.get(code, code)} ({code})", code)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)
        self.rubric_editor.load()
        self.reload()

    def reload(self) -> None:
        """The models accepted for evaluation (with the commune filter), with their scores."""
        keep = self.current_uuid()
        self.rows = review.list_reviews(
            self._handle, state=ReviewState.ACCEPTED, unit_code=self.commune_combo.currentData()
        )
        scores = self._scores([r.model_uuid for r in self.rows])
        table = self.models_table
        table.blockSignals(True)
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            score, grade = scores.get(row.model_uuid, (None, None))
            shown = f"{points_text(score)} ({vocab(grade, EvaluationGrade)})" if grade else ""
            values = (qualified(row.unit_code, row.model_code), row.model_name, shown)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        table.blockSignals(False)
        uuids = [r.model_uuid for r in self.rows]
        if keep in uuids:
            table.selectRow(uuids.index(keep))
        elif self.rows:
            table.selectRow(0)
        else:
            self.show_model(None)

    def _scores(self, uuids: list[str]) -> dict[str, tuple[Decimal | None, str | None]]:
        from sqlalchemy import select

        from dvk_desktop.storage.models import DvkModel

        if not uuids:
            return {}
        with self._handle.readers() as session:
            found = session.execute(
                select(DvkModel.uuid, DvkModel.score, DvkModel.grade).where(
                    DvkModel.uuid.in_(uuids)
                )
            )
            return {uuid: (score, grade) for uuid, score, grade in found}

    def current_uuid(self) -> str | None:
        """The model whose sheets are shown."""
        return self.score.model_uuid if self.score is not None else None

    def select_code(self, code: str) -> bool:
        """Show the model with this qualified code ("20791/MH-2026-001")."""
        for r, row in enumerate(self.rows):
            if qualified(row.unit_code, row.model_code) == code:
                self.models_table.selectRow(r)
                return True
        return False

    def _on_models_current_cell_changed(self, row: int, *_: int) -> None:
        self.show_model(self.rows[row].model_uuid if 0 <= row < len(self.rows) else None)

    # ---------------------------------------------------------------- one model

    def show_model(self, uuid: str | None) -> None:
        """The model's rubric, the entry form for one member and every member's sheet."""
        self.score = evaluations.model_score(self._handle, uuid) if uuid else None
        score = self.score
        for widget in (self.save_button, self.remove_button, self.print_button):
            widget.setEnabled(score is not None)
        while self.points_form.rowCount():
            self.points_form.removeRow(0)
        self.spins = {}
        if score is None:
            self.title_label.setText(tr("Chọn một mô hình trong danh sách để chấm điểm."))
            self.rubric_label.setText("")
            self._fill_sheets()
            return
        shown = next(
            (qualified(r.unit_code, r.model_code) for r in self.rows if r.model_uuid == uuid),
            score.model_code,
        )
        self.title_label.setText(f"{shown} — {html.escape(score.model_name)}")
        info = score.rubric
        self.rubric_label.setText(
            tr("Bộ tiêu chí: %1 (phiên bản %2, tổng %3 điểm). %4")
            .replace("%1", html.escape(info.name))
            .replace("%2", str(info.version))
            .replace("%3", format_number(info.rubric.total_points))
            .replace("%4", html.escape(info.rubric.thresholds_text()))
        )
        for criterion in info.rubric.criteria:
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"score_{criterion.code}_spin")
            spin.setDecimals(2)
            spin.setRange(0, criterion.max_points)
            spin.setSingleStep(0.5)
            spin.setAccessibleName(criterion.name)
            spin.valueChanged.connect(self._update_total)
            # One line per criterion (a long name is cut, whole in its tooltip): wrapped names
            # made the form too tall for the members' sheets below it.
            suffix = f" (≤ {criterion.max_points}):"
            metrics = self.fontMetrics()
            name = metrics.elidedText(
                criterion.name,
                Qt.TextElideMode.ElideRight,
                LABEL_WIDTH - metrics.horizontalAdvance(suffix),
            )
            label = QLabel(html.escape(name + suffix), self)
            label.setToolTip(criterion.name)
            spin.setToolTip(criterion.name)
            label.setBuddy(spin)
            self.points_form.addRow(label, spin)
            self.spins[criterion.code] = spin
        members = [s.member for s in score.sheets]
        typed = self.member_combo.currentText()
        self.member_combo.clear()
        self.member_combo.addItems(members)
        self.member_combo.setEditText(typed)
        self._update_total()
        self._fill_sheets()
        if score.open_problem:
            self.message_label.setText(html.escape(core(score.open_problem)))
        for widget in (self.save_button, self.remove_button):
            widget.setEnabled(score.open_problem is None)

    def _on_member_chosen(self, index: int) -> None:
        if self.score is None or not 0 <= index < len(self.score.sheets):
            return
        sheet = self.score.sheets[index]
        self.position_edit.setText(sheet.position)
        self.comment_edit.setPlainText(sheet.comment)
        d = sheet.evaluated_on
        self.date_edit.setDate(QDate(d.year, d.month, d.day))
        for code, spin in self.spins.items():
            spin.setValue(float(sheet.scores.get(code, 0)))

    def _update_total(self, *_: Any) -> None:
        if self.score is None:
            self.total_label.setText("")
            return
        total = sum((Decimal(str(round(s.value(), 2))) for s in self.spins.values()), Decimal(0))
        rubric = self.score.rubric.rubric
        self.total_label.setText(
            tr("Tổng: <b>%1</b>/%2 — %3")
            .replace("%1", points_text(total))
            .replace("%2", format_number(rubric.total_points))
            .replace("%3", vocab(rubric.grade(total)))
        )

    def _fill_sheets(self) -> None:
        """Every member's sheet, the average and the members' comments."""
        self.sheets_table.show_score(self.score)
        self.average_label.setText(average_text(self.score))
        self.comments_label.setText(comments_text(self.score))

    # ---------------------------------------------------------------- saving

    def _seen_version(self, member: str) -> str:
        """The version of ``member``'s sheet when the model was shown ("" when they had none)."""
        from dvk_desktop.domain.scoring import member_key

        key = member_key(member)
        sheets = self.score.sheets if self.score is not None else []
        return next((s.version for s in sheets if member_key(s.member) == key), "")

    def _typed_points(self) -> dict[str, Decimal]:
        return {code: Decimal(str(round(spin.value(), 2))) for code, spin in self.spins.items()}

    def save_sheet(self, *, over: str | None = None) -> evaluations.ScoreSheet | None:
        """Save the member's sheet as typed; a problem is shown above the sheets.

        The save checks the sheet's version read when the model was shown, so another clerk's
        save meanwhile opens the conflict dialog; ``over`` is the version it showed (save mine).
        """
        if self.score is None:
            return None
        q = self.date_edit.date()
        member = self.member_combo.currentText()
        try:
            sheet = evaluations.score_model(
                self._handle,
                self.score.model_uuid,
                member,
                self._typed_points(),
                evaluated_on=dt.date(q.year(), q.month(), q.day()),
                position=self.position_edit.text(),
                comment=self.comment_edit.toPlainText(),
                expected_version=self._seen_version(member) if over is None else over,
            )
        except ConflictError as exc:
            self._conflict(exc)
            return None
        except DvkError as exc:
            self._error(exc)
            return None
        self._done(
            tr("Đã lưu phiếu của %1: %2 điểm.")
            .replace("%1", html.escape(sheet.member))
            .replace("%2", points_text(sheet.total))
        )
        self.member_combo.setEditText("")
        self.position_edit.clear()
        self.comment_edit.clear()
        self.scored.emit(sheet.member)
        return sheet

    def _on_save_button_clicked(self) -> None:
        self.save_sheet()

    def _conflict(self, exc: ConflictError) -> None:
        from dvk_desktop.gui.dialogs.conflict_dialog import show_conflict

        self._error(exc)
        points = self._typed_points()
        mine = {
            "Điểm từng tiêu chí": evaluations.points_line(points),
            "Tổng điểm": evaluations.number_text(sum(points.values(), Decimal(0))),
            "Nhận xét": self.comment_edit.toPlainText().strip(),
        }
        dialog = show_conflict(self, exc, mine)
        dialog.reload_requested.connect(lambda: self._reload_sheet(exc.key))
        dialog.overwrite_requested.connect(lambda: self.save_sheet(over=str(exc.version)))

    def _reload_sheet(self, member: str) -> None:
        """Show the sheets as stored now, and the member's in the form (or an empty form)."""
        self.show_model(self.current_uuid())
        self.member_combo.setEditText(member)
        members = [s.member for s in self.score.sheets] if self.score else []
        if member in members:
            self._on_member_chosen(members.index(member))
        else:
            self.comment_edit.clear()
            for spin in self.spins.values():
                spin.setValue(0)
        self.message_label.setText("")

    def remove_sheet(self) -> None:
        """Withdraw the sheet of the member named in the form."""
        if self.score is None:
            return
        member = self.member_combo.currentText()
        try:
            evaluations.remove_score_sheet(
                self._handle,
                self.score.model_uuid,
                member,
                expected_version=self._seen_version(member) or None,
            )
        except ConflictError as exc:
            self._error(exc)
            self.show_model(self.current_uuid())
            return
        except DvkError as exc:
            self._error(exc)
            return
        self._done(tr("Đã xóa phiếu của %1.").replace("%1", html.escape(member)))

    def _error(self, exc: DvkError) -> None:
        from dvk_desktop.services.access import AccessDeniedError

        if isinstance(exc, AccessDeniedError):  # the account or roles changed: sign in again
            from dvk_desktop.gui.errors import show_error

            show_error(self, exc)
        lines = [core(x) for x in exc.details] or [exc.user_text()]
        self.message_label.setText(
            "<span style='color:#842029'>"
            + "<br>".join(f"• {html.escape(x)}" for x in lines)
            + "</span>"
        )

    def _done(self, text: str) -> None:
        uuid = self.current_uuid()
        self.reload()
        self.show_model(uuid)
        self.message_label.setText(f"<span style='color:#146c43'>✓ {text}</span>")
        self.data_changed.emit()

    # ---------------------------------------------------------------- printing

    def print_sheet(self) -> Operation | None:
        """The evaluation sheet of the model shown (every member and the average), as PDF."""
        if self.score is None:
            return None
        from dvk_desktop.gui.printing import reports_dir
        from dvk_desktop.services import reporting

        folder = reports_dir(self._handle)
        folder.mkdir(parents=True, exist_ok=True)
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.score.model_code)
        uuid, target = self.score.model_uuid, folder / f"phieu-cham-diem-{safe}.pdf"
        handle = self._handle

        def job(_r: Any, _c: Any) -> str:
            reporting.print_evaluation_sheet(handle, uuid, target)
            return str(target)

        self.operation = run_in_background(
            self, job, on_success=self._on_printed, label=tr("Đang tạo tệp PDF")
        )
        return self.operation

    def _on_printed(self, path: str) -> None:
        self.last_output = Path(path)
        self.message_label.setText(html.escape(tr("Đã tạo: %1").replace("%1", path)))
        self.open_button.setEnabled(True)

    def _on_open_button_clicked(self) -> None:
        if self.last_output is not None:
            open_file(self, self.last_output)
