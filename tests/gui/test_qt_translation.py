"""Qt's own texts (file dialog, OK/Cancel, the text-field menu) in Vietnamese, not English."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from dvk_desktop.gui import app as gui_app


def _labels(widget) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {label.objectName(): label.text() for label in widget.findChildren(QLabel)}


def test_the_file_dialog_speaks_vietnamese(qtbot):
    dialog = QFileDialog(None, "Chọn tệp minh chứng")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = _labels(dialog)
    assert labels["lookInLabel"] == "Tìm tr&ong:"
    assert labels["fileNameLabel"] == "Tê&n tệp:"
    assert labels["fileTypeLabel"] == "Loạ&i tệp:"
    box = dialog.findChild(QDialogButtonBox)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"&Mở", "Hủy"}
    dialog.reject()


def test_message_and_input_boxes_say_dong_y_and_huy(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Tiếp tục?")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Đồng ý"]
    # The fingerprint question of the first-run wizard and the Packages page.
    dialog = QInputDialog()
    dialog.setLabelText("Gõ dấu vân tay:")
    qtbot.addWidget(dialog)
    dialog.show()
    assert sorted(b.text() for b in dialog.findChildren(QPushButton)) == ["Hủy", "Đồng ý"]
    dialog.reject()


def test_the_text_field_menu_is_vietnamese(qtbot):
    edit = QLineEdit("Thắp sáng đường quê")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts[:7] == [
        "&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả",
    ]  # fmt: skip


def test_english_gets_qt_in_english_again(qtbot, qapp):
    assert gui_app.install_translator(qapp, "en")
    try:
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        qtbot.addWidget(box)
        assert [b.text() for b in box.buttons()] == ["OK"]
    finally:
        gui_app.install_translator(qapp, "vi")


def test_the_calendar_speaks_the_interfaces_language(qtbot, qapp):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    def month_and_day() -> tuple[str, str]:
        edit = QDateEdit(QDate(2026, 1, 5))  # the decision date's calendar on "Quyết định"
        edit.setCalendarPopup(True)
        qtbot.addWidget(edit)
        calendar = edit.calendarWidget()
        return calendar.locale().monthName(1), calendar.locale().dayName(1)

    assert month_and_day() == ("tháng 1", "Thứ Hai")
    assert gui_app.install_translator(qapp, "en")
    try:
        assert month_and_day() == ("January", "Monday")
    finally:
        gui_app.install_translator(qapp, "vi")
