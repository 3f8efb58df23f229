"""What the reviewing level said about a model (review, scores, decisions), as one readable page."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser, QWidget

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.text import format_number
from dvk_desktop.domain.vocab import DecisionKind
from dvk_desktop.gui.i18n import marked, tr
from dvk_desktop.gui.labels import date_text, vocab
from dvk_desktop.services.audit import actor_text
from dvk_desktop.services.feedback import ModelFeedback, model_feedback
from dvk_desktop.services.review_log import note_text
from dvk_desktop.storage.workspace import WorkspaceHandle

REVIEWER_SETTING = "reviewer_name"  # who reviews and scores here, remembered between sessions
# The review states in the interface language (the core's labels are the Vietnamese source).
STATE_LABELS = {
    ReviewState.RECEIVED: QT_TRANSLATE_NOOP("", "Đã tiếp nhận"),
    ReviewState.NEEDS_INFO: QT_TRANSLATE_NOOP("", "Cần bổ sung thông tin"),
    ReviewState.ACCEPTED: QT_TRANSLATE_NOOP("", "Đủ điều kiện đánh giá"),
    ReviewState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("", "Không đủ điều kiện đánh giá"),
}
COLOURS = {
    ReviewState.NEEDS_INFO: "#fff3cd",
    ReviewState.ACCEPTED: "#d1e7dd",
    ReviewState.NOT_ACCEPTED: "#f8d7da",
    ReviewState.RECEIVED: "#e7f1ff",
}


def _e(text: str) -> str:
    return html.escape(text)


def state_text(state: ReviewState | None) -> str:
    """A review state in the interface language ("" for none)."""
    return tr(STATE_LABELS[state]) if state is not None else ""


def review_line(feedback: ModelFeedback) -> str:
    """One line for the status panel: the verdict that counts now, with who and when ("")."""
    r = feedback.review
    if r is None:
        return ""
    said = f": “{_e(marked(note_text(r.comment)))}”" if r.comment else ""
    return (
        tr("Thẩm định: <b>%1</b>%2 (%3, %4)")
        .replace("%1", state_text(r.state))
        .replace("%2", said)
        .replace("%3", _e(marked(actor_text(r.actor))))
        .replace("%4", r.when)
    )


def feedback_html(feedback: ModelFeedback) -> str:
    """The review verdicts, every member's score sheet and the decisions, as HTML."""
    who = _e(feedback.reviewer_name or tr("Cấp trên"))
    parts = []
    parts.append("<h3>" + tr("Thẩm định hồ sơ") + "</h3>")
    if not feedback.reviews:
        parts.append("<p>" + tr("%1 chưa có kết quả thẩm định.").replace("%1", who) + "</p>")
    for n, r in enumerate(feedback.reviews):
        colour = COLOURS.get(r.state, "#ffffff")
        label = tr("Hiện tại") if n == 0 else tr("Trước đó")
        comment = f"<br>{tr('Nhận xét')}: “{_e(marked(note_text(r.comment)))}”" if r.comment else ""
        parts.append(
            f"<table width='100%' cellpadding='6' style='background:{colour};"
            "margin-bottom:4px'><tr><td>"
            f"<b>{label}: {state_text(r.state)}</b>{comment}<br>"
            f"<span style='color:#555'>{_e(marked(actor_text(r.actor)))} · {r.when} · {who}</span>"
            "</td></tr></table>"
        )
    s = feedback.scoring
    parts.append(f"<h3>{tr('Chấm điểm')}</h3>")
    if not s.sheets:
        parts.append("<p>" + tr("Chưa có phiếu chấm điểm.") + "</p>")
    else:
        rubric = s.rubric.rubric
        parts.append(
            "<p>"
            + tr(
                "Điểm trung bình: <b>%1</b>/%2 — xếp loại <b>%3</b> (trung bình của %4 thành viên)"
            )
            .replace("%1", format_number(s.average) if s.average is not None else "")
            .replace("%2", format_number(rubric.total_points))
            .replace("%3", vocab(s.grade) if s.grade else "")
            .replace("%4", format_number(len(s.sheets)))
            + "<br><span style='color:#555'>"
            + tr("Bộ tiêu chí: %1, phiên bản %2")
            .replace("%1", _e(s.rubric.name))
            .replace("%2", str(s.rubric.version))
            + "</span></p>"
        )
        head = "".join(f"<th>{_e(sheet.member)}</th>" for sheet in s.sheets)
        rows = [f"<tr><th align='left'>{tr('Tiêu chí')}</th><th>{tr('Tối đa')}</th>{head}</tr>"]
        for c in rubric.criteria:
            cells = "".join(
                f"<td align='center'>{format_number(sheet.scores[c.code])}</td>"
                if c.code in sheet.scores
                else "<td></td>"
                for sheet in s.sheets
            )
            rows.append(
                f"<tr><td>{_e(c.name)}</td><td align='center'>{c.max_points}</td>{cells}</tr>"
            )
        totals = "".join(
            f"<td align='center'><b>{format_number(sheet.total)}</b></td>" for sheet in s.sheets
        )
        rows.append(
            f"<tr><td><b>{tr('Tổng cộng')}</b></td>"
            f"<td align='center'>{rubric.total_points}</td>{totals}</tr>"
        )
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"
        )
        for sheet in s.sheets:
            role = f" ({_e(sheet.position)})" if sheet.position else ""
            comment = f": “{_e(sheet.comment)}”" if sheet.comment else ""
            points = tr("điểm")  # outside the f-string, where pyside6-lupdate finds it
            parts.append(
                f"<p><b>{_e(sheet.member)}</b>{role}, {date_text(sheet.evaluated_on)}, "
                f"{format_number(sheet.total)} {points}{comment}</p>"
            )
    parts.append(f"<h3>{tr('Quyết định')}</h3>")
    if not feedback.decisions:
        parts.append("<p>" + tr("Chưa có quyết định.") + "</p>")
    for d in feedback.decisions:
        form = f" ({vocab(d.award_form)})" if d.award_form else ""
        parts.append(
            "<p>"
            + tr("<b>%1</b>%2: Quyết định số <b>%3</b> ngày %4 của %5")
            .replace("%1", vocab(d.kind, DecisionKind))
            .replace("%2", form)
            .replace("%3", _e(d.number))
            .replace("%4", date_text(d.signed_on))
            .replace("%5", _e(d.issuer))
            + "</p>"
        )
    return "".join(parts)


class FeedbackWidget(QTextBrowser):
    """A read-only page of the reviewing level's verdicts, scores and decisions on a model."""

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_browser")
        self._handle = handle
        self.feedback: ModelFeedback | None = None
        self.setOpenLinks(False)

    def set_model(self, uuid: str) -> ModelFeedback:
        """Read and show what the reviewing level said about ``uuid``."""
        self.feedback = model_feedback(self._handle, uuid)
        self.setHtml(feedback_html(self.feedback))
        return self.feedback
