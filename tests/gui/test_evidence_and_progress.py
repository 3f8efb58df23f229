"""Evidence (thumbnails, EXIF date, duplicates, size limit, drag and drop) and progress reports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from dvk_desktop.domain.vocab import Status
from dvk_desktop.gui.errors import open_error_dialogs
from dvk_desktop.services import evidence, progress_reports
from dvk_desktop.services.workspace_setup import set_settings
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from tests.gui.conftest import answer_next_box, type_text


def _open_first(qtbot, window, handle, status=Status.IMPLEMENTING):
    with handle.sessions() as session:
        row = list_models(session, ModelFilter(status=status.value), limit=1)[0]
    editor = window.open_editor(row.uuid)
    qtbot.waitExposed(editor)
    return row, editor


def test_add_photo_makes_thumbnail_takes_exif_date_and_refuses_duplicate(
    qtbot, demo_window, demo, make_photo
):
    row, editor = _open_first(qtbot, demo_window, demo)
    widget = editor.evidence
    editor.ui.tab_widget.setCurrentWidget(editor.ui.evidence_tab)
    before = len(widget.items())
    photo = make_photo("le-ra-mat.jpg", taken="2026:03:14 09:30:00")
    operation = widget.add_files([photo])
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    qtbot.waitUntil(widget.thumbnails_ready, timeout=10_000)
    items = widget.items()
    assert len(items) == before + 1
    added = next(i for i in items if i.original_name == "le-ra-mat.jpg")
    assert added.taken_on == dt.date(2026, 3, 14)
    entry = widget.ui.thumbs_list.item([i.uuid for i in items].index(added.uuid))
    assert not entry.icon().pixmap(64, 64).isNull()
    assert evidence.list_evidence(demo, row.uuid)[0].original_name == "le-ra-mat.jpg"

    again = widget.add_files([photo])
    qtbot.waitUntil(lambda: not again.running, timeout=10_000)
    dialogs = open_error_dialogs()
    assert dialogs and "đã có trong minh chứng" in dialogs[-1].details
    assert len(widget.items()) == before + 1


def test_caption_and_date_are_saved(qtbot, demo_window, demo):
    row, editor = _open_first(qtbot, demo_window, demo)
    widget = editor.evidence
    widget.ui.thumbs_list.setCurrentRow(0)
    widget.ui.caption_edit.clear()
    type_text(qtbot, widget.ui.caption_edit, "Lễ ra mắt mô hình tại nhà văn hóa thôn")
    widget.ui.taken_on_edit.clear()
    qtbot.keyClicks(widget.ui.taken_on_edit, "18/11/2026")
    qtbot.mouseClick(widget.ui.save_evidence_button, Qt.MouseButton.LeftButton)
    item = evidence.list_evidence(demo, row.uuid)[0]
    assert item.caption == "Lễ ra mắt mô hình tại nhà văn hóa thôn"
    assert item.taken_on == dt.date(2026, 11, 18)


def test_too_large_file_is_refused_with_the_limit(qtbot, demo_window, demo, make_photo):
    set_settings(demo, {"evidence_max_mb": "1"})
    _row, editor = _open_first(qtbot, demo_window, demo)
    big = make_photo("lon.jpg", size=(2400, 1800), noise=True)
    assert big.stat().st_size > 1024 * 1024
    operation = editor.evidence.add_files([big])
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert "vượt giới hạn 1 MB" in open_error_dialogs()[-1].details


def test_files_dropped_on_the_tab_are_added(qtbot, demo_window, demo, make_photo):
    row, editor = _open_first(qtbot, demo_window, demo)
    editor.ui.tab_widget.setCurrentWidget(editor.ui.evidence_tab)
    photo = make_photo("tha-vao.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(
        QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # QApplication only routes drops that a real drag started; deliver to the widget itself.
    editor.evidence.event(drop)
    operation = editor.evidence.add_op
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    names = [i.original_name for i in evidence.list_evidence(demo, row.uuid)]
    assert "tha-vao.jpg" in names


def test_progress_report_with_actuals_and_evidence(qtbot, demo_window, demo, make_photo):
    row, editor = _open_first(qtbot, demo_window, demo)
    before = len(progress_reports.timeline(demo, row.uuid))
    editor.ui.tab_widget.setCurrentWidget(editor.ui.progress_tab)
    progress = editor.progress
    qtbot.mouseClick(progress.ui.add_report_button, Qt.MouseButton.LeftButton)
    dialog = progress.dialog
    qtbot.waitExposed(dialog)
    dialog.ui.report_date_edit.clear()
    qtbot.keyClicks(dialog.ui.report_date_edit, "30/06/2026")
    type_text(qtbot, dialog.ui.period_edit, "Sơ kết 6 tháng")
    type_text(qtbot, dialog.ui.done_edit, "Đã lắp thêm đèn ở hai thôn")
    dialog.set_actual(0, "1.234")
    dialog.attach([make_photo("so-ket.jpg")])
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Lưu báo cáo"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)

    entries = progress_reports.timeline(demo, row.uuid)
    assert len(entries) == before + 1
    latest = entries[-1]
    assert latest.period_label == "Sơ kết 6 tháng"
    assert latest.evidence_count == 1
    assert list(latest.values.values()) == [Decimal(1234)]
    tree = progress.ui.timeline_tree
    assert tree.topLevelItemCount() == before + 1
    assert tree.topLevelItem(tree.topLevelItemCount() - 1).text(1) == "Sơ kết 6 tháng"
    # The editor shows the reported actual and does not count it as an unsaved change.
    assert editor.indicators.rows[0]["actual"] == "1.234"
    assert not editor.is_dirty()


def test_progress_report_with_bad_number_stays_open(qtbot, demo_window, demo):
    _row, editor = _open_first(qtbot, demo_window, demo)
    qtbot.mouseClick(editor.progress.ui.add_report_button, Qt.MouseButton.LeftButton)
    dialog = editor.progress.dialog
    type_text(qtbot, dialog.ui.done_edit, "Đã làm")
    dialog.set_actual(0, "nhiều")
    dialog.ui.button_box.accepted.emit()
    assert dialog.isVisible()
    assert "không phải là số" in dialog.ui.message_label.text()
    dialog.reject()


def _report_dialog(qtbot, editor):
    editor.ui.tab_widget.setCurrentWidget(editor.ui.progress_tab)
    qtbot.mouseClick(editor.progress.ui.add_report_button, Qt.MouseButton.LeftButton)
    dialog = editor.progress.dialog
    qtbot.waitExposed(dialog)
    return dialog


def _save_report(qtbot, dialog):
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible() or save.isEnabled(), timeout=10_000)


def test_a_photo_the_model_has_is_linked_and_the_report_saved_once(
    qtbot, demo_window, demo, make_photo
):
    row, editor = _open_first(qtbot, demo_window, demo)
    known = make_photo("da-co.jpg", colour=(200, 10, 10))
    operation = editor.evidence.add_files([known])
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    before = len(progress_reports.timeline(demo, row.uuid))
    evidence_before = len(evidence.list_evidence(demo, row.uuid))

    dialog = _report_dialog(qtbot, editor)
    type_text(qtbot, dialog.ui.done_edit, "Họp dân ở thôn Hà Bình")
    dialog.attach([known, make_photo("nham.jpg", colour=(1, 2, 3))])
    dialog.ui.files_list.setCurrentRow(1)  # the wrong photo, taken off before saving
    qtbot.mouseClick(dialog.ui.remove_files_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.files] == ["da-co.jpg"]
    _save_report(qtbot, dialog)

    assert not dialog.isVisible()
    entries = progress_reports.timeline(demo, row.uuid)
    assert len(entries) == before + 1
    assert entries[-1].evidence_count == 1
    assert len(evidence.list_evidence(demo, row.uuid)) == evidence_before  # linked, not copied
    progress = editor.progress
    assert progress.ui.summary_label.text() == f"{before + 1} báo cáo tiến độ"
    assert "đã gắn vào báo cáo này" in progress.ui.notes_label.text()
    assert not open_error_dialogs()


def test_a_refused_file_keeps_the_dialog_open_and_saves_nothing(qtbot, demo_window, demo, tmp_path):
    row, editor = _open_first(qtbot, demo_window, demo)
    before = len(progress_reports.timeline(demo, row.uuid))
    dialog = _report_dialog(qtbot, editor)
    type_text(qtbot, dialog.ui.done_edit, "Họp dân ở thôn Hà Bình")
    empty = tmp_path / "rong.jpg"
    empty.write_bytes(b"")
    dialog.attach([empty])
    for _retry in range(2):
        _save_report(qtbot, dialog)
        assert dialog.isVisible()
        assert "rỗng" in dialog.ui.message_label.text()
    assert len(progress_reports.timeline(demo, row.uuid)) == before
    dialog.reject()


def test_a_report_is_edited_and_deleted_from_the_timeline(qtbot, demo_window, demo):
    row, editor = _open_first(qtbot, demo_window, demo)
    progress = editor.progress
    editor.ui.tab_widget.setCurrentWidget(editor.ui.progress_tab)
    tree = progress.ui.timeline_tree
    count = tree.topLevelItemCount()
    assert count >= 1
    tree.setCurrentItem(tree.topLevelItem(count - 1))
    qtbot.mouseClick(progress.ui.edit_report_button, Qt.MouseButton.LeftButton)
    dialog = progress.dialog
    assert dialog.windowTitle() == "Sửa báo cáo tiến độ"
    assert dialog.ui.files_list.count() >= 1  # the photos already attached are listed
    dialog.ui.done_edit.selectAll()
    type_text(qtbot, dialog.ui.done_edit, "Đã lắp thêm 40 bóng đèn ở thôn Hà Bình")
    _save_report(qtbot, dialog)
    entries = progress_reports.timeline(demo, row.uuid)
    assert len(entries) == count
    assert entries[-1].done == "Đã lắp thêm 40 bóng đèn ở thôn Hà Bình"

    tree.setCurrentItem(tree.topLevelItem(count - 1))
    answer_next_box("Xóa báo cáo")
    qtbot.mouseClick(progress.ui.delete_report_button, Qt.MouseButton.LeftButton)
    assert len(progress_reports.timeline(demo, row.uuid)) == count - 1
    assert tree.topLevelItemCount() == count - 1
    assert progress.ui.summary_label.text() == f"{count - 1} báo cáo tiến độ"
