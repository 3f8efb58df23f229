"""Two clerks at once in the GUI: the second save shows both versions; reload or save over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import update

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind, Status
from dvk_desktop.gui.errors import open_error_dialogs
from dvk_desktop.gui.windows.decisions_page import DecisionsPage
from dvk_desktop.gui.windows.review_page import ReviewPage
from dvk_desktop.gui.windows.scoring_page import ScoringPage
from dvk_desktop.services import decisions, evaluations, review
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.reports.bulk import insert_models

FIRST = "10000000-0000-4000-8000-000001000000"
DAY = dt.date(2026, 11, 5)
FULL = {"sang_tao": 18, "hieu_qua": 30, "huy_dong": 18, "ben_vung": 12, "ho_so": 8}  # 86


@pytest.fixture
def clerks(tmp_path: Path) -> Iterator[tuple[WorkspaceHandle, WorkspaceHandle]]:
    """A province with two proposed models, open on "Lan's PC" and on "Bình's PC"."""
    lan = init_workspace(tmp_path / "tinh", unit_code="01")
    insert_models(lan, 2, units=["00070"])
    with lan.engine.begin() as conn:
        conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
    binh = open_workspace(tmp_path / "tinh")
    yield lan, binh
    binh.close()
    lan.close()


def _table(dialog) -> list[list[str]]:  # type: ignore[no-untyped-def]
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_review_over_another_clerks_shows_both_then_saves_mine_on_purpose(
    qtbot, clerks: tuple[WorkspaceHandle, WorkspaceHandle]
) -> None:  # type: ignore[no-untyped-def]
    lan, binh = clerks
    page = ReviewPage(lan)
    qtbot.addWidget(page)
    page.refresh()  # Lan's list shows the versions she will save over
    page.set_checked([FIRST])
    page.target_combo.setCurrentIndex(page.target_combo.findData(ReviewState.NOT_ACCEPTED.value))
    page.comment_edit.setPlainText("Chưa đủ minh chứng")
    page.actor_edit.setText("Lan")
    review.set_review(binh, FIRST, ReviewState.ACCEPTED, comment="Đạt", actor="Bình")
    page.apply()
    qtbot.waitUntil(lambda: page.conflict_dialog is not None, timeout=5000)
    dialog = page.conflict_dialog
    assert "“Bình”" in dialog.message_label.text()
    rows = _table(dialog)
    assert ["Nhận xét", "Đạt", "Chưa đủ minh chứng"] in rows
    assert rows[0][1:] == ["Đủ điều kiện đánh giá", "Không đủ điều kiện đánh giá"]
    assert [e.actor for e in review.review_history(lan, FIRST)] == ["Bình"]  # nothing lost
    with qtbot.waitSignal(page.reviewed, timeout=5000):
        qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    assert [e.actor for e in review.review_history(binh, FIRST)] == ["Lan", "Bình"]


def test_a_score_sheet_over_another_clerks_reloads_theirs_into_the_form(
    qtbot, clerks: tuple[WorkspaceHandle, WorkspaceHandle]
) -> None:  # type: ignore[no-untyped-def]
    lan, binh = clerks
    review.set_review(lan, FIRST, ReviewState.ACCEPTED)
    page = ScoringPage(lan)
    qtbot.addWidget(page)
    page.refresh()
    assert page.current_uuid() == FIRST
    page.member_combo.setEditText("Nguyễn Văn An")
    page.spins["hieu_qua"].setValue(20)
    evaluations.score_model(binh, FIRST, "Nguyễn Văn An", FULL, evaluated_on=DAY, comment="Tốt")
    assert page.save_sheet() is None
    dialog = page.conflict_dialog
    rows = _table(dialog)
    assert ["Tổng điểm", "86", "20"] in rows and ["Nhận xét", "Tốt", ""] in rows
    assert "Bình" not in dialog.message_label.text()  # the OS login saved Bình's sheet
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert page.spins["hieu_qua"].value() == 30 and page.comment_edit.toPlainText() == "Tốt"
    page.spins["ho_so"].setValue(10)  # Lan edits the reloaded sheet: no conflict now
    saved = page.save_sheet()
    assert saved is not None and saved.total == 88


def test_a_decision_another_clerk_recorded_first_is_told_and_the_list_updated(
    qtbot, clerks: tuple[WorkspaceHandle, WorkspaceHandle]
) -> None:  # type: ignore[no-untyped-def]
    lan, binh = clerks
    for uuid in (FIRST, FIRST[:-1] + "1"):
        review.set_review(lan, uuid, ReviewState.ACCEPTED)
    page = DecisionsPage(lan)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 2
    page.set_checked([FIRST])
    page.ui.number_edit.setText("7/QĐ-BDV")
    page.ui.issuer_edit.setText("Ban Dân vận Tỉnh ủy")
    page.ui.date_edit.setDate(QDate(2026, 11, 20))
    decisions.record_decision(
        binh,
        decisions.DecisionInput(
            DecisionKind.RECOGNITION, "8/QĐ-BDV", dt.date(2026, 11, 20), "Ban Dân vận Tỉnh ủy",
            [FIRST],
        ),
        actor="Bình",
    )  # fmt: skip
    page.record()
    qtbot.waitUntil(lambda: bool(open_error_dialogs()), timeout=5000)
    text = open_error_dialogs()[-1].ui.message_label.text()
    assert "8/QĐ-BDV" in text and "“Bình”" in text and "chưa được lưu" in text
    assert page.model.rowCount() == 1  # the model Bình decided left the list
    assert [d.number for d in decisions.list_decisions(lan)] == ["8/QĐ-BDV"]


def test_in_english_the_stored_state_is_english_and_the_comment_as_typed(
    qtbot, english, clerks: tuple[WorkspaceHandle, WorkspaceHandle]
) -> None:  # type: ignore[no-untyped-def]
    # The stored review state is the program's word (translated); "Đạt" is what Bình typed
    # and must not come out as the catalogue's "Pass".
    lan, binh = clerks
    page = ReviewPage(lan)
    qtbot.addWidget(page)
    page.refresh()
    page.set_checked([FIRST])
    page.target_combo.setCurrentIndex(page.target_combo.findData(ReviewState.NOT_ACCEPTED.value))
    page.comment_edit.setPlainText("Chưa đủ minh chứng")
    review.set_review(binh, FIRST, ReviewState.ACCEPTED, comment="Đạt", actor="Bình")
    page.apply()
    qtbot.waitUntil(lambda: page.conflict_dialog is not None, timeout=5000)
    rows = _table(page.conflict_dialog)
    assert rows[0] == ["Review result", "Eligible for evaluation", "Not eligible for evaluation"]
    assert rows[1] == ["Comment", "Đạt", "Chưa đủ minh chứng"]
    page.conflict_dialog.reject()
    page.refresh()
    assert page.model.item(0, 4).text() == "Đạt"  # the list too shows the comment as typed
