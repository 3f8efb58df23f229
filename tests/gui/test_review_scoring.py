"""A province clerk reviews, edits the rubric, scores with two members; the commune sees it all."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind, ImportOutcome, Status
from dvk_desktop.gui.tasks import running_operations
from dvk_desktop.services import decisions, evaluations, models, review, rubrics
from dvk_desktop.services.exchange import batch, send_back
from dvk_desktop.storage.workspace import open_workspace
from tests.gui.conftest import open_window, type_text
from tests.upper import COMMUNE_PASS, UPPER_PASS, Office, build_office, copy_office, packages


@pytest.fixture(scope="session")
def received_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    # Two enrolled communes whose packages the province has imported: 8 proposed models.
    office = build_office(tmp_path_factory.mktemp("review") / "o", 2)
    with office.province() as province:
        summary = batch.import_files(province, packages(office))
        assert all(r.outcome is ImportOutcome.IMPORTED for r in summary.results)
    return office


@pytest.fixture
def office(received_template: Office, tmp_path: Path) -> Office:
    return copy_office(received_template, tmp_path / "o")


@pytest.fixture
def province_window(qtbot, office: Office):  # type: ignore[no-untyped-def]
    handle = office.province()
    window = open_window(qtbot, handle)
    yield window
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
    handle.close()


def _tick(page, codes: list[str]) -> None:  # type: ignore[no-untyped-def]
    for code in codes:
        row = page.row_of(code)
        assert row >= 0, code
        page.model.item(row, 0).setCheckState(Qt.CheckState.Checked)


def _apply(qtbot, page, state: ReviewState, comment: str) -> None:  # type: ignore[no-untyped-def]
    page.target_combo.setCurrentIndex(page.target_combo.findData(state.value))
    page.comment_edit.setPlainText("")
    if comment:
        type_text(qtbot, page.comment_edit, comment)
    with qtbot.waitSignal(page.reviewed, timeout=30_000):
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)


def test_return_a_model_with_a_comment_and_see_who_and_when(
    qtbot, province_window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    window = province_window
    nav = window.ui.nav_list
    labels = [nav.item(i).text() for i in range(nav.count())]
    assert labels[3:5] == ["Thẩm định", "Chấm điểm"]
    window.show_page("review")
    page = window.review_page
    assert page.model.rowCount() == 8
    first, second = office.codes
    page.set_filters(commune=second)
    assert page.model.rowCount() == 4
    code = f"{second}/MH-2026-002"
    _tick(page, [code])
    assert page.apply_button.text() == "Ghi thẩm định cho 1 mô hình"
    _apply(qtbot, page, ReviewState.NEEDS_INFO, "Bổ sung ảnh buổi ra quân và biên bản họp thôn.")
    assert "Cần bổ sung thông tin" in page.message_label.text()
    with office.province() as handle:
        assert models.get_model(handle, code)["status"] == Status.IMPLEMENTING.value
    # Returned models leave the list of proposals; the history keeps the verdict.
    assert page.row_of(code) < 0 and page.model.rowCount() == 3
    page.closed_check.setChecked(True)
    row = page.row_of(code)
    assert row >= 0
    page.view.selectRow(row)
    history = page.history_table
    assert history.rowCount() == 2  # the import's receipt, then the clerk's verdict
    assert history.item(0, 0).text() == "Cần bổ sung thông tin"
    assert history.item(0, 1).text() == "Bổ sung ảnh buổi ra quân và biên bản họp thôn."
    assert history.item(0, 2).text()  # who
    assert dt.date.today().strftime("%d/%m/%Y") in history.item(0, 3).text()
    # Two models accepted at once; the state filter finds them.
    page.closed_check.setChecked(False)
    page.set_filters()
    _tick(page, [f"{first}/MH-2026-001", f"{first}/MH-2026-003"])
    _apply(qtbot, page, ReviewState.ACCEPTED, "")
    page.set_filters(state=ReviewState.ACCEPTED)
    assert page.model.rowCount() == 2


def test_not_accepted_needs_a_reason_and_changes_nothing(
    qtbot, province_window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    window = province_window
    window.show_page("review")
    page = window.review_page
    _tick(page, [f"{office.codes[0]}/MH-2026-004"])
    page.target_combo.setCurrentIndex(page.target_combo.findData("khong_du_dieu_kien"))
    operation = page.apply()
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    from PySide6.QtWidgets import QApplication

    from dvk_desktop.gui.errors import ErrorDialog

    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]
    assert dialogs and "lý do" in dialogs[-1].ui.message_label.text()
    for dialog in dialogs:
        dialog.close()
    with office.province() as handle:
        rows = review.list_reviews(handle, state=ReviewState.NOT_ACCEPTED)
    assert rows == []


def test_the_reviewer_sees_who_signed_off_the_dossier_at_the_commune(
    qtbot, office: Office, tmp_path: Path, english
) -> None:  # type: ignore[no-untyped-def]
    from dvk_desktop.services import editor_locks
    from dvk_desktop.services.exchange import export_package
    from tests.factories import complete_input

    first = office.codes[0]
    with office.commune(first) as commune:
        uuid = models.create_model(commune, complete_input(commune, name="Sân chơi thiếu nhi"))
        models.change_status(commune, uuid, Status.IMPLEMENTING)
        editor_locks.sign_off(commune, uuid, signer="Trần Văn Hùng", position="Chủ tịch UBND")
        models.change_status(commune, uuid, Status.PROPOSED)
        code = models.get_model(commune, uuid)["code"]
        package = export_package(commune, tmp_path, passphrase=COMMUNE_PASS, encrypt=False).path
    handle = office.province()
    batch.import_files(handle, [package])
    window = open_window(qtbot, handle)
    try:
        window.show_page("review")
        page = window.review_page
        assert not page.sign_off_label.isVisible()  # nothing chosen yet
        page.view.selectRow(page.row_of(f"{first}/{code}"))
        text = page.sign_off_label.text()
        assert page.sign_off_label.isVisible()
        assert text.startswith("Commune sign-off: Trần Văn Hùng (Chủ tịch UBND), version 1, on ")
        page.view.selectRow(page.row_of(f"{first}/MH-2026-001"))  # one never signed off
        assert "not signed off" in page.sign_off_label.text()
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        window.close()
        handle.close()


def _pdf_words(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out


def test_edit_the_rubric_then_two_members_score_and_print_the_sheet(
    qtbot, province_window, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = province_window
    first = office.codes[0]
    code = f"{first}/MH-2026-001"
    with office.province() as handle:
        review.set_review(handle, code, ReviewState.ACCEPTED)
    window._on_data_changed()
    window.show_page("scoring")
    page = window.scoring_page
    page.tabs.setCurrentIndex(1)
    editor = page.rubric_editor
    assert editor.table.rowCount() == 5  # the default of domain.md §2.3
    assert "bộ mặc định" in editor.version_label.text()
    # The clerk renames a criterion, moves 5 points from "Hiệu quả" to a new criterion.
    editor.table.item(4, 1).setText("Hồ sơ, minh chứng đầy đủ")
    editor.points_spin(1).setValue(30)
    row = editor.add_criterion("", 5)
    editor.table.item(row, 1).setText("Ứng dụng công nghệ số")
    editor.good_spin.setValue(70)
    type_text(qtbot, editor.note_edit, "Theo Hướng dẫn 12-HD/BTGDVTU")
    assert editor.total_label.text() == "Tổng điểm tối đa: 100"
    info = editor.save()
    assert info is not None and info.version == 2
    assert "phiên bản 2" in editor.message_label.text()
    assert editor.history_table.rowCount() == 2
    assert editor.history_table.item(0, 4).text() == "Theo Hướng dẫn 12-HD/BTGDVTU"
    with office.province() as handle:
        current = rubrics.current_rubric(handle)
    assert [c.code for c in current.rubric.criteria][-1] == "ung_dung_cong_nghe_so"
    assert current.rubric.good_from == 70
    # Thresholds out of order are refused with the reason, nothing saved.
    editor.pass_spin.setValue(95)
    assert editor.save() is None
    assert "Ngưỡng xếp loại" in editor.message_label.text()
    editor.load()

    page.tabs.setCurrentIndex(0)
    assert page.select_code(code)
    assert "phiên bản 2" in page.rubric_label.text()
    assert list(page.spins) == [c.code for c in current.rubric.criteria]
    for member, position, points, comment in (
        ("Nguyễn Văn An", "Chủ tịch Hội đồng", (18, 28, 18, 14, 9, 4), "Mô hình thiết thực."),
        ("Trần Thị Bình", "Ủy viên", (17.5, 27, 17, 13, 8, 4.5), "Cần nhân rộng."),
    ):
        page.member_combo.setEditText(member)
        page.position_edit.setText(position)
        page.date_edit.setDate(QDate(2026, 11, 10))
        for spin, value in zip(page.spins.values(), points, strict=True):
            spin.setValue(value)
        page.comment_edit.setPlainText(comment)
        with qtbot.waitSignal(page.scored):
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    table = page.sheets_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Tiêu chí", "Tối đa", "Nguyễn Văn An", "Trần Thị Bình", "Trung bình"]
    total_row = table.rowCount() - 2
    assert [table.item(total_row, c).text() for c in range(2, 5)] == ["91", "87", "89"]
    assert table.item(total_row + 1, 4).text() == "Tốt"
    assert "89" in page.average_label.text() and "2 thành viên" in page.average_label.text()
    assert "Cần nhân rộng." in page.comments_label.text()
    assert page.models_table.item(0, 2).text() == "89 (Tốt)"
    # A member scores again: their sheet is replaced, not added.
    page.member_combo.setCurrentIndex(1)
    page._on_member_chosen(1)
    assert page.position_edit.text() == "Ủy viên"
    page.spins["sang_tao"].setValue(19.5)
    with qtbot.waitSignal(page.scored):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [table.item(total_row, c).text() for c in range(2, 5)] == ["91", "89", "90"]
    assert "Xuất sắc" in page.average_label.text()

    operation = page.print_sheet()
    qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
    pdf = page.last_output
    assert pdf is not None and pdf.exists()
    words = _pdf_words(pdf)
    for text in ("Nguyễn", "Bình", "Ứng", "90", "Xuất", "thiết", "nhân"):
        assert f">{text}<" in words, text
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "sheet")], check=True)  # fmt: skip
    assert (tmp_path / "sheet.png").stat().st_size > 5000


def test_the_commune_sees_state_comment_score_and_decision(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = office.codes[0]
    with office.province() as handle:
        review.set_review(
            handle,
            f"{first}/MH-2026-002",
            ReviewState.NEEDS_INFO,
            comment="Bổ sung số hộ hưởng lợi theo từng thôn.",
            actor="Lê Văn Hùng",
        )
        review.set_review(handle, f"{first}/MH-2026-001", ReviewState.ACCEPTED,
                          comment="Hồ sơ đầy đủ.", actor="Lê Văn Hùng")  # fmt: skip
        for member, pts in (("Nguyễn Văn An", 18), ("Trần Thị Bình", 16)):
            evaluations.score_model(
                handle, f"{first}/MH-2026-001", member,
                {"sang_tao": pts, "hieu_qua": 30, "huy_dong": 17, "ben_vung": 13, "ho_so": 9},
                evaluated_on=dt.date(2026, 11, 10), comment=f"Ý kiến của {member}",
            )  # fmt: skip
        uuid = models.get_model(handle, f"{first}/MH-2026-001")["uuid"]
        decisions.record_decision(
            handle,
            decisions.DecisionInput(
                kind=DecisionKind.RECOGNITION, number="125-QĐ/BTGDVTU",
                signed_on=dt.date(2026, 11, 20), issuer="Ban Tuyên giáo và Dân vận Thành ủy",
                model_uuids=[uuid],
            ),
        )  # fmt: skip
        [sent] = send_back.send_decisions(handle, [first], tmp_path, passphrase=UPPER_PASS)
    assert sent.export is not None
    with open_workspace(office.commune_dir(first)) as commune:
        window = open_window(qtbot, commune)
        window.show_page("packages")
        packages_page = window.packages_page
        operation = packages_page.verify(sent.export.path, COMMUNE_PASS)
        qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
        assert packages_page.last_check.ok, packages_page.last_check.problems
        with qtbot.waitSignal(packages_page.data_changed, timeout=60_000):
            qtbot.mouseClick(packages_page.ui.confirm_import_button, Qt.MouseButton.LeftButton)
        recognised = models.get_model(commune, "MH-2026-001")["uuid"]
        editor = window.open_editor(recognised)
        status = editor.ui.status_value_label.text()
        assert "Đủ điều kiện đánh giá" in status and "Hồ sơ đầy đủ." in status
        assert "125-QĐ/BTGDVTU" in status and "20/11/2026" in status
        tabs = editor.ui.tab_widget
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        assert "Ý kiến cấp trên" in titles
        text = editor.feedback.toPlainText()
        for part in ("Đủ điều kiện đánh giá", "Hồ sơ đầy đủ.", "Lê Văn Hùng", "Nguyễn Văn An",
                     "Trần Thị Bình", "Ý kiến của Trần Thị Bình", "86/100", "Tốt",
                     "125-QĐ/BTGDVTU", "20/11/2026", "Công nhận"):  # fmt: skip
            assert part in text, part
        editor.close_without_saving()
        returned = window.open_editor(models.get_model(commune, "MH-2026-002")["uuid"])
        assert returned.snapshot["status"] == Status.IMPLEMENTING.value
        assert "Bổ sung số hộ hưởng lợi theo từng thôn." in returned.ui.status_value_label.text()
        assert "Cần bổ sung thông tin" in returned.feedback.toPlainText()
        assert not returned.read_only and returned.ui.name_edit.isEnabled()
        returned.close_without_saving()
        quiet = window.open_editor(models.get_model(commune, "MH-2026-004")["uuid"])
        # Not reviewed yet: the commune sees its dossier was received, and no score.
        assert "Thẩm định: Đã tiếp nhận" in quiet.ui.status_value_label.text().replace(
            "<b>", ""
        ).replace("</b>", "")
        assert "Chưa có phiếu chấm điểm." in quiet.feedback.toPlainText()
        quiet.close_without_saving()
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
