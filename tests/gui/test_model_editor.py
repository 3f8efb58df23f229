"""The registration form, driven from the keyboard and mouse like a commune clerk would."""

from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from dvk_desktop.domain.vocab import Status
from dvk_desktop.gui.context import drafts_dir
from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog
from dvk_desktop.services import models
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from tests.gui.conftest import type_text


def _type(qtbot, widget, text: str) -> None:
    type_text(qtbot, widget, text)


def _new_editor(qtbot, window) -> ModelEditorDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editors[None]
    qtbot.waitExposed(editor)
    return editor


def _choose(combo, text_part: str) -> None:
    index = next(i for i in range(combo.count()) if text_part in combo.itemText(i))
    combo.setCurrentIndex(index)


def test_create_model_by_typing_with_indicator(qtbot, window, workspace):
    editor = _new_editor(qtbot, window)
    ui = editor.ui
    _type(qtbot, ui.name_edit, "Thắp sáng đường quê thôn 3")
    _choose(ui.owner_combo, "Đoàn Thanh niên")
    _choose(ui.village_combo, "Thôn 3")
    _type(qtbot, ui.place_edit, "Thôn 3, phường Hoàn Kiếm")
    _type(qtbot, ui.start_date_edit, "15/01/2026")
    _type(qtbot, ui.end_date_edit, "15/12/2026")
    _type(qtbot, ui.evaluation_date_edit, "15/10/2026")
    ui.tab_widget.setCurrentWidget(ui.content_tab)
    _type(qtbot, ui.goals_edit, "Lắp 270 bóng đèn trên các tuyến đường thôn")
    _type(qtbot, ui.content_edit, "Vận động Nhân dân đóng góp tiền và ngày công")
    ui.tab_widget.setCurrentWidget(ui.resources_tab)
    _type(qtbot, ui.budget_social_edit, "70.000.000")
    ui.tab_widget.setCurrentWidget(ui.indicators_tab)
    ui.catalogue_combo.setCurrentIndex(ui.catalogue_combo.findData("DEN_CHIEU_SANG"))
    qtbot.mouseClick(ui.add_indicator_button, Qt.MouseButton.LeftButton)
    # The target cell is open for typing straight away.
    cell = ui.indicators_view.viewport().findChild(QLineEdit)
    assert cell is not None and cell.isVisible()
    qtbot.keyClicks(cell, "270")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.indicators.rows[0]["target"] == "270")
    qtbot.waitUntil(lambda: "đủ cụ thể" in ui.problems_list.item(0).text())
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.uuid is not None
    saved = models.get_model(workspace, editor.uuid)
    assert saved["name"] == "Thắp sáng đường quê thôn 3"
    assert saved["owner_name"] == "Đoàn Thanh niên phường"
    assert saved["budget_social"] == 70_000_000
    assert saved["indicators"][0]["code"] == "DEN_CHIEU_SANG"
    assert saved["indicators"][0]["target"] == Decimal(270)
    assert ui.title_label.text().startswith(saved["code"])
    page = window.model_page
    assert page.table_model.rowCount() == 1
    assert page.table_model.row_at(0).name == "Thắp sáng đường quê thôn 3"
    # Evidence and progress open once the model exists.
    assert ui.tab_widget.isTabEnabled(ui.tab_widget.indexOf(ui.evidence_tab))


def test_vague_registration_is_refused_with_the_reason_shown(qtbot, window, workspace):
    editor = _new_editor(qtbot, window)
    ui = editor.ui
    _type(qtbot, ui.name_edit, "Mô hình")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.uuid is not None  # a vague draft may be saved, not sent
    start = next(b for b in editor.status_buttons() if b.text() == "Bắt đầu thực hiện")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)

    assert ui.message_label.isVisible()
    assert "Chưa thể “Bắt đầu thực hiện”" in ui.message_label.text()
    problems = [ui.problems_list.item(i).text() for i in range(ui.problems_list.count())]
    assert any("còn chung chung" in p for p in problems)
    assert any("Chưa chọn đơn vị chủ trì" in p for p in problems)
    assert any("chỉ tiêu đo đếm được" in p for p in problems)
    assert models.get_model(workspace, editor.uuid)["status"] == Status.REGISTERED.value


def test_unparsable_date_is_reported_inline_and_not_saved(qtbot, window, workspace):
    editor = _new_editor(qtbot, window)
    _type(qtbot, editor.ui.name_edit, "Camera an ninh tổ dân phố 5")
    _type(qtbot, editor.ui.start_date_edit, "31/04/2026")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.uuid is None
    assert "Ngày bắt đầu không tồn tại" in editor.ui.message_label.text()


def test_status_change_from_the_editor_updates_database_and_list(qtbot, demo_window, demo):
    with demo.sessions() as session:
        row = list_models(session, ModelFilter(status=Status.REGISTERED.value), limit=1)[0]
    editor = demo_window.open_editor(row.uuid)
    qtbot.waitExposed(editor)
    start = next(b for b in editor.status_buttons() if b.text() == "Bắt đầu thực hiện")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)

    assert models.get_model(demo, row.uuid)["status"] == Status.IMPLEMENTING.value
    assert "Đang thực hiện" in editor.ui.status_value_label.text()
    assert [b.text() for b in editor.status_buttons()] == [
        "Sơ kết", "Đề nghị công nhận", "Dừng / loại bỏ",
    ]  # fmt: skip
    table = demo_window.model_page.table_model
    shown = table.row_of(row.uuid)
    assert table.index(shown, 7).data() == "Đang thực hiện"


def test_undo_and_redo_cover_every_field(qtbot, demo_window, demo):
    with demo.sessions() as session:
        row = list_models(session, ModelFilter(status=Status.REGISTERED.value), limit=1)[0]
    editor = demo_window.open_editor(row.uuid)
    ui = editor.ui
    _type(qtbot, ui.name_edit, " mới")
    _choose(ui.field_combo, "Kinh tế")
    assert ui.undo_button.isEnabled()
    qtbot.mouseClick(ui.undo_button, Qt.MouseButton.LeftButton)
    assert ui.name_edit.text() == row.name + " mới"
    qtbot.mouseClick(ui.undo_button, Qt.MouseButton.LeftButton)
    assert ui.name_edit.text() == row.name  # typing is one step, not one per letter
    assert not editor.is_dirty()
    qtbot.mouseClick(ui.redo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.redo_button, Qt.MouseButton.LeftButton)
    assert ui.name_edit.text() == row.name + " mới"
    assert ui.field_combo.currentText() == "Kinh tế"


def test_draft_survives_a_crash_and_is_offered_on_reopen(qtbot, demo_window, demo):
    with demo.sessions() as session:
        row = list_models(session, ModelFilter(status=Status.REGISTERED.value), limit=1)[0]
    editor = demo_window.open_editor(row.uuid)
    _type(qtbot, editor.ui.place_edit, " (đoạn từ cầu đến chợ)")
    draft = drafts_dir(demo) / f"{row.uuid}.json"
    qtbot.waitUntil(draft.exists, timeout=5000)  # autosaved within a few seconds
    saved = json.loads(draft.read_text(encoding="utf-8"))
    assert saved["state"]["place"].endswith("(đoạn từ cầu đến chợ)")
    # A power cut: the window disappears without closing properly.
    editor._draft_timer.stop()
    editor.hide()
    editor.deleteLater()
    demo_window.editors.clear()
    qtbot.wait(10)

    again = demo_window.open_editor(row.uuid)
    assert again.ui.draft_banner.isVisible()
    assert not again.ui.place_edit.text().endswith("(đoạn từ cầu đến chợ)")
    qtbot.mouseClick(again.ui.restore_draft_button, Qt.MouseButton.LeftButton)
    assert again.ui.place_edit.text().endswith("(đoạn từ cầu đến chợ)")
    assert not again.ui.draft_banner.isVisible()
    qtbot.mouseClick(again.ui.save_button, Qt.MouseButton.LeftButton)
    assert models.get_model(demo, row.uuid)["place"].endswith("(đoạn từ cầu đến chợ)")
    assert not draft.exists()


def test_per_village_values_are_saved(qtbot, demo_window, demo):
    with demo.sessions() as session:
        row = list_models(session, ModelFilter(status=Status.REGISTERED.value), limit=1)[0]
    editor = demo_window.open_editor(row.uuid)
    ui = editor.ui
    ui.tab_widget.setCurrentWidget(ui.indicators_tab)
    ui.indicators_view.selectRow(0)
    values = editor.village_values
    assert values.rowCount() == 8
    values.setData(values.index(2, 1), "12")
    values.setData(values.index(2, 2), "5")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    by_village = models.get_model(demo, row.uuid)["indicators"][0]["by_village"]
    village_uuid = values.villages[2][0]
    assert by_village[village_uuid]["target"] == Decimal(12)
    assert by_village[village_uuid]["actual"] == Decimal(5)


def test_ctrl_n_puts_the_cursor_in_the_name_field(qtbot, window):
    editor = _new_editor(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.ui.name_edit)
    qtbot.keyClicks(QApplication.focusWidget(), "Camera an ninh")
    assert editor.ui.name_edit.text() == "Camera an ninh"


def test_a_missing_name_is_listed_once_and_codes_are_not_shown(qtbot, window):
    editor = _new_editor(qtbot, window)
    editor._validate()
    problems = [
        editor.ui.problems_list.item(i).text() for i in range(editor.ui.problems_list.count())
    ]
    assert problems.count("Chưa nhập tên mô hình.") == 1
    assert not any("Chưa có tên" in p for p in problems)
    assert editor.ui.indicators_view.isColumnHidden(0)  # "DEN_CHIEU_SANG" is not for people


def _model_with_status(demo, status):
    with demo.sessions() as session:
        return list_models(session, ModelFilter(status=status.value), limit=1)[0]


def test_a_proposed_model_opens_read_only_with_the_reason(qtbot, demo_window, demo):
    row = _model_with_status(demo, Status.PROPOSED)
    editor = demo_window.open_editor(row.uuid)
    qtbot.waitExposed(editor)
    ui = editor.ui
    assert ui.lock_label.isVisible()
    assert "đã gửi cấp trên xem xét" in ui.lock_label.text()
    assert ui.name_edit.isReadOnly() and ui.goals_edit.isReadOnly()
    assert not ui.save_button.isEnabled()
    assert not ui.owner_combo.isEnabled()
    assert not ui.add_indicator_button.isEnabled()
    type_text(qtbot, ui.name_edit, " sửa")
    assert ui.name_edit.text() == row.name
    assert not editor.is_dirty()


def _answer_step_box(button_text: str, seen: list[str]) -> None:
    def attempt(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "confirm_step_box":
            seen.append(box.text() + "\n" + box.informativeText())
            next(b for b in box.buttons() if b.text() == button_text).click()
            return
        if tries < 2000:  # a loaded machine may take long to show the box
            QTimer.singleShot(25, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


def test_proposing_recognition_too_early_asks_and_says_why(qtbot, demo_window, demo):
    row = _model_with_status(demo, Status.IMPLEMENTING)
    uuid = row.uuid
    snapshot = models.get_model(demo, uuid)
    indicator = snapshot["indicators"][0]
    editor = demo_window.open_editor(uuid)
    qtbot.waitExposed(editor)
    propose = next(b for b in editor.status_buttons() if b.text() == "Đề nghị công nhận")

    seen: list[str] = []
    _answer_step_box("Chưa chuyển", seen)
    qtbot.mouseClick(propose, Qt.MouseButton.LeftButton)
    assert "mới đạt" in seen[0] and "mục tiêu" in seen[0]
    assert models.get_model(demo, uuid)["status"] == Status.IMPLEMENTING.value
    assert indicator["actual"] < indicator["target"]

    _answer_step_box("Đề nghị công nhận", seen)
    propose = next(b for b in editor.status_buttons() if b.text() == "Đề nghị công nhận")
    qtbot.mouseClick(propose, Qt.MouseButton.LeftButton)
    assert models.get_model(demo, uuid)["status"] == Status.PROPOSED.value
    assert editor.ui.lock_label.isVisible()  # now locked, and it says so


def test_the_open_model_is_printed_and_a_missing_viewer_is_explained(qtbot, demo_window, demo):
    from dvk_desktop.gui.files import open_boxes

    row = _model_with_status(demo, Status.IMPLEMENTING)
    editor = demo_window.open_editor(row.uuid)
    qtbot.waitExposed(editor)
    operation = editor.print_form()
    qtbot.waitUntil(lambda: not operation.running, timeout=20_000)
    pdf = demo.paths.root / "reports" / f"phieu-dang-ky-{row.code}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    # The offscreen platform has no viewer: the user is told, with the folder to look in.
    (box,) = open_boxes()
    assert "chưa có chương trình để mở tệp" in box.text()
    assert str(pdf.parent) in box.informativeText()
    box.close()
