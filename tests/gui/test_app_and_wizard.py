"""Start-up (demo workspace on an empty folder), the first-run wizard, the English translation."""

from __future__ import annotations

import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from dvk_desktop.gui import app as gui_app
from dvk_desktop.gui.dialogs.first_run import FirstRunWizard
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.packaging import keys
from dvk_desktop.services import models, workspace_keys
from dvk_desktop.services.workspace_setup import get_settings
from dvk_desktop.storage.workspace import open_workspace
from tests.gui.conftest import open_window, type_text

ROOT = Path(__file__).resolve().parents[2]


def test_main_creates_the_demo_workspace_and_backs_up_on_exit(qtbot, tmp_path):
    root = tmp_path / "ws"
    seen: list[MainWindow] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].isVisible():
            seen.append(windows[0])
            windows[0].close()  # the automatic backup on exit runs, then the window goes
        else:
            QTimer.singleShot(50, close_when_shown)

    QTimer.singleShot(50, close_when_shown)
    code = gui_app.main(["dvk-desktop", "--workspace", str(root), "--demo", "--lang", "vi"])
    assert code == 0
    assert seen and seen[0].model_page.table_model.rowCount() >= 40
    assert len(list((root / "backups").glob("*.dvkbak"))) == 1
    with open_workspace(root) as handle:
        assert models.models_count(handle) >= 40
        assert get_settings(handle)["last_backup_at"]


def test_wizard_finds_the_unit_without_diacritics_and_creates_the_workspace(qtbot, tmp_path):
    root = tmp_path / "xa-moi"
    wizard = FirstRunWizard(root)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.ui.folder_edit.text() == str(root)
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no unit yet
    type_text(qtbot, wizard.ui.unit_search_edit, "thang binh")
    qtbot.waitUntil(lambda: wizard.ui.unit_list.count() > 0, timeout=2000)
    labels = [wizard.ui.unit_list.item(i).text() for i in range(wizard.ui.unit_list.count())]
    row = next(i for i, label in enumerate(labels) if "Thăng Bình — Thành phố Đà Nẵng" in label)
    wizard.ui.unit_list.setCurrentRow(row)
    assert "20791" in wizard.ui.unit_selected_label.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.next()
    type_text(qtbot, wizard.ui.signer_name_edit, "Nguyễn Văn An")
    type_text(qtbot, wizard.ui.signer_title_edit, "Chủ tịch Ủy ban MTTQ xã")
    wizard.next()
    assert wizard.currentPage() is wizard.ui.key_page
    type_text(qtbot, wizard.ui.passphrase_edit, "Dân vận khéo 2026")
    type_text(qtbot, wizard.ui.passphrase_again_edit, "Dân vận khéo 2026")
    wizard.next()
    assert wizard.currentPage() is wizard.ui.upper_key_page
    with qtbot.waitSignal(wizard.workspace_created):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.handle is not None
    info = wizard.handle.info()
    assert (info.unit_code, info.role) == ("20791", "co_so")
    assert get_settings(wizard.handle)["signer_name"] == "Nguyễn Văn An"
    # The key exists; its fingerprint and the sheet to print are told to the cadre.
    fingerprint = workspace_keys.public_info(wizard.handle).fingerprint
    assert wizard.fingerprint == fingerprint
    summary = wizard.key_summary()
    assert fingerprint in summary
    sheet = root / "reports" / "dang-ky-khoa-20791.pdf"
    assert str(sheet) in summary and sheet.read_bytes().startswith(b"%PDF")
    sheet_text = subprocess.run(
        ["pdftotext", "-layout", str(sheet), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert fingerprint in sheet_text and "Nguyễn Văn An" in sheet_text
    enrolment = keys.read_enrolment(root / "reports" / "dang-ky-khoa-20791.json")
    assert enrolment.fingerprint == fingerprint
    wizard.handle.close()


def test_wizard_lists_provinces_for_an_upper_level(qtbot, tmp_path):
    wizard = FirstRunWizard(tmp_path / "tinh")
    qtbot.addWidget(wizard)
    wizard.ui.upper_radio.setChecked(True)
    assert wizard.ui.unit_list.count() == 34


def _unit_page(qtbot, tmp_path, *, upper: bool = False) -> FirstRunWizard:
    wizard = FirstRunWizard(tmp_path / "moi")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    (wizard.ui.upper_radio if upper else wizard.ui.commune_radio).setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.ui.unit_page
    return wizard


def test_a_single_search_result_is_chosen_and_enter_goes_on(qtbot, tmp_path):
    wizard = _unit_page(qtbot, tmp_path)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    type_text(qtbot, wizard.ui.unit_search_edit, "hoa tien")
    qtbot.waitUntil(lambda: wizard.ui.unit_list.count() == 1, timeout=2000)
    assert wizard.unit_code is not None
    assert "Xã Hòa Tiến" in wizard.ui.unit_selected_label.text()
    assert next_button.isEnabled()
    qtbot.keyClick(wizard.ui.unit_search_edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.ui.body_page


def test_the_only_province_found_is_chosen_by_clicking_it(qtbot, tmp_path):
    wizard = _unit_page(qtbot, tmp_path, upper=True)
    type_text(qtbot, wizard.ui.unit_search_edit, "da nang")
    qtbot.waitUntil(lambda: wizard.ui.unit_list.count() == 1, timeout=2000)
    wizard.unit_code = None  # as if nothing was chosen yet: a click on the highlighted row
    item = wizard.ui.unit_list.item(0)
    rect = wizard.ui.unit_list.visualItemRect(item)
    qtbot.mouseClick(wizard.ui.unit_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.unit_code == "48"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_arrows_and_enter_choose_among_several_results(qtbot, tmp_path):
    wizard = _unit_page(qtbot, tmp_path)
    type_text(qtbot, wizard.ui.unit_search_edit, "thang binh")
    qtbot.waitUntil(lambda: wizard.ui.unit_list.count() == 2, timeout=2000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(wizard.ui.unit_search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.ui.unit_search_edit, Qt.Key.Key_Down)
    assert wizard.ui.unit_list.currentRow() == 1
    qtbot.keyClick(wizard.ui.unit_search_edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.ui.body_page
    assert wizard.unit_code == wizard.ui.unit_list.item(1).data(Qt.ItemDataRole.UserRole)


def test_english_translation_is_complete_and_switches_the_interface(qtbot, qapp, workspace):
    ts = ET.parse(ROOT / "resources" / "translations" / "dvk_en.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in ts.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert gui_app.install_translator(qapp, "en")
    try:
        window = open_window(qtbot, workspace)
        assert window.ui.nav_list.item(0).text() == "Models"
        assert window.model_page.ui.year_combo.itemText(0) == "All years"
        assert window.model_page.ui.result_label.text() == "No matching models."
        assert tr("%n mô hình phù hợp", None, 2) == "2 matching models"
        header = window.model_page.table_model.headerData(1, Qt.Orientation.Horizontal)
        assert header == "Model name"
    finally:
        gui_app.install_translator(qapp, "vi")
    assert tr("Mọi năm") == "Mọi năm"


def test_main_window_paints_before_the_workspace_opens(qtbot, workspace):
    window = MainWindow(auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    assert window.loading_page is not None
    assert window.loading_page.message_label.text() == "Đang mở vùng làm việc…"
    assert not window.ui.nav_list.isEnabled()
    painted_before_open: list[bool] = []

    def opener():  # type: ignore[no-untyped-def]
        assert window.loading_page is not None
        painted_before_open.append(window.loading_page.painted)
        return open_workspace(workspace.paths.root)

    with qtbot.waitSignal(window.workspace_shown, timeout=10_000):
        window.open_later(opener)
    assert painted_before_open == [True]
    assert window.ui.nav_list.isEnabled()
    assert window.loading_page is None
    assert workspace.info().unit_name in window.windowTitle()


def test_the_workspace_opens_in_a_worker_while_the_busy_bar_keeps_moving(qtbot, workspace):
    window = MainWindow(auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    threads: list[bool] = []

    def opener():  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return open_workspace(workspace.paths.root)

    with qtbot.waitSignal(window.workspace_shown, timeout=10_000):
        window.open_later(opener, background=True)
    assert threads == [False]
    assert window.model_page.table_model.rowCount() == 0
    assert workspace.info().unit_name in window.windowTitle()


def test_a_workspace_that_fails_to_open_in_the_worker_is_reported(qtbot, tmp_path):
    window = MainWindow(auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    shown: list[str] = []
    window.open_later(lambda: open_workspace(tmp_path / "missing"), background=True)
    qtbot.waitUntil(lambda: bool(QApplication.topLevelWidgets()) and _error_dialog(shown))
    assert window.loading_page is not None
    assert window.loading_page.message_label.text() == "Không mở được vùng làm việc."
    assert "Chưa có vùng làm việc tại" in shown[0]


def _error_dialog(shown: list[str]) -> bool:
    from dvk_desktop.gui.errors import ErrorDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ErrorDialog) and widget.isVisible():
            shown.append(widget.ui.message_label.text())
            widget.close()
            return True
    return False


def test_start_up_modules_do_not_load_the_database_layer():
    code = (
        "import sys; import dvk_desktop.gui.app, dvk_desktop.gui.windows.main_window; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'reportlab') "
        "or m.startswith(('dvk_desktop.services', 'dvk_desktop.storage'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    assert out.strip() == "[]"
    from dvk_desktop.storage import workspace as storage_workspace

    assert gui_app.DATABASE_URL_FILE == storage_workspace.DATABASE_URL_FILE


def test_main_on_an_existing_workspace_shows_the_window_before_opening_it(qtbot, workspace):
    root = workspace.paths.root
    seen: list[str] = []
    rows: list[int] = []

    def watch() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]  # earlier tests may leave hidden windows behind
        if not windows:
            QTimer.singleShot(10, watch)
            return
        window = windows[0]
        if window.loading_page is not None and len(seen) < 500:
            seen.append("loading")
            QTimer.singleShot(10, watch)
            return
        seen.append("opened")
        rows.append(window.model_page.table_model.rowCount())
        window.close()

    QTimer.singleShot(0, watch)
    assert gui_app.main(["dvk-desktop", "--workspace", str(root), "--lang", "vi"]) == 0
    assert seen[0] == "loading" and seen[-1] == "opened"
    assert rows == [0]


def test_the_key_page_names_the_page_of_the_level_chosen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(tmp_path / "ws")
    qtbot.addWidget(wizard)
    assert "“Gói dữ liệu”" in wizard.ui.key_note_label.text()  # the commune's page
    wizard.ui.upper_radio.setChecked(True)
    assert "“Khóa ký, sổ gói”" in wizard.ui.key_note_label.text()  # the upper level's
    wizard.ui.commune_radio.setChecked(True)
    assert "“Gói dữ liệu”" in wizard.ui.key_note_label.text()
