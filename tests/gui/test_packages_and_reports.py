"""Signing key, export with the passphrase dialog answered, import with verification; reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from dvk_desktop.domain import units
from dvk_desktop.domain.text import format_number
from dvk_desktop.domain.vocab import Field
from dvk_desktop.gui import errors
from dvk_desktop.gui.dialogs.export_wizard import PAGE_DESTINATION, PAGE_DONE
from dvk_desktop.gui.windows.reports_page import ReportsPage
from dvk_desktop.services import models, reporting, trust, workspace_keys
from dvk_desktop.services.workspace_setup import init_workspace, set_settings
from tests.gui.conftest import answer_next_inputs, open_window, type_text

COMMUNE_PASS = "Dân vận khéo 2026 xã Thăng Bình"
UPPER_PASS = "Thành phố Đà Nẵng 2026 tổng hợp"


def test_export_then_upper_level_verifies_and_imports(qtbot, demo_window, demo, tmp_path):
    page = demo_window.packages_page
    demo_window.show_page(2)
    assert not page.ui.export_button.isEnabled()  # no key yet
    answer_next_inputs([COMMUNE_PASS, COMMUNE_PASS])
    qtbot.mouseClick(page.ui.create_key_button, Qt.MouseButton.LeftButton)
    commune_key = workspace_keys.public_info(demo)
    assert commune_key is not None
    assert commune_key.fingerprint in page.ui.key_label.text()

    province = units.find("20791").province_code
    upper = init_workspace(tmp_path / "tinh", unit_code=province)
    workspace_keys.create_key(upper, UPPER_PASS)
    upper_file = workspace_keys.export_enrolment(upper, UPPER_PASS, tmp_path / "tinh.json")
    page.pin_parent(tmp_path / "tinh.json", upper_file.fingerprint)
    assert upper.info().unit_name in page.ui.key_label.text()
    commune_file = workspace_keys.export_enrolment(demo, COMMUNE_PASS, tmp_path / "xa.json")
    workspace_keys.enrol_unit(
        upper, tmp_path / "xa.json", relation=trust.CHILD,
        confirmed_fingerprint=commune_file.fingerprint,
    )  # fmt: skip

    export_with_wizard(qtbot, page, COMMUNE_PASS)
    assert page.last_export is not None and page.last_export.is_file()
    assert page.last_export.parent == demo.paths.outbox
    assert page.ui.ledger_table.rowCount() == 1
    assert page.ui.ledger_table.item(0, 0).text() == "Đã gửi"
    report = page.ui.report_browser.toPlainText()
    assert f"Đã xuất gói số 1 gửi {upper.info().unit_name} ({province})." in report
    assert "44 mô hình" in report and "báo cáo tiến độ" in report
    assert "models:" not in report and "progress_reports" not in report
    assert page.ui.ledger_table.item(0, 4).text().startswith("44 mô hình, ")

    upper_window = open_window(qtbot, upper)
    upper_page = upper_window.packages_page
    operation = upper_page.verify(page.last_export, UPPER_PASS)
    qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
    assert upper_page.last_check.ok, upper_page.last_check.problems
    assert "hợp lệ" in upper_page.ui.report_browser.toPlainText()
    assert upper_page.ui.confirm_import_button.isEnabled()
    with qtbot.waitSignal(upper_page.data_changed, timeout=60_000):
        qtbot.mouseClick(upper_page.ui.confirm_import_button, Qt.MouseButton.LeftButton)
    assert models.models_count(upper) == models.models_count(demo)
    upper_window.model_page.refresh()
    qtbot.waitUntil(lambda: upper_window.model_page.table_model.rowCount() == 44)
    upper.close()


def export_with_wizard(qtbot, page, passphrase: str, folder=None, wrong: str = ""):  # type: ignore[no-untyped-def]
    """Click the export button and go through the wizard like a user; returns the wizard."""
    qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)
    wizard = page.export_wizard
    qtbot.waitUntil(lambda: wizard.contents_page.isComplete(), timeout=30_000)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_DESTINATION
    destination = wizard.destination_page
    if folder is not None:
        destination.folder_edit.setText(str(folder))
    if wrong:
        type_text(qtbot, destination.passphrase_edit, wrong)
        wizard.button(QWizard.WizardButton.CommitButton).click()
        assert wizard.currentId() == PAGE_DESTINATION
    type_text(qtbot, destination.passphrase_edit, passphrase)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_DONE, timeout=60_000)
    return wizard


def test_export_wizard_shows_the_package_it_wrote(qtbot, demo_window, demo, tmp_path):
    page = demo_window.packages_page
    workspace_keys.create_key(demo, COMMUNE_PASS)
    province = units.find("20791").province_code
    upper = init_workspace(tmp_path / "tinh", unit_code=province)
    workspace_keys.create_key(upper, UPPER_PASS)
    upper_file = workspace_keys.export_enrolment(upper, UPPER_PASS, tmp_path / "tinh.json")
    page.pin_parent(tmp_path / "tinh.json", upper_file.fingerprint)
    page.refresh()

    qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)
    wizard = page.export_wizard
    contents = wizard.contents_page
    qtbot.waitUntil(contents.isComplete, timeout=30_000)
    assert "44 mô hình" in contents.counts_label.text()
    assert contents.encrypt_check.isChecked()  # the demo names people
    assert contents.personal_label.isVisible()
    assert not contents.downscale_label.isVisible()  # the setting is off by default
    wizard.reject()
    set_settings(demo, {"downscale_photos": "1"})
    qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)
    wizard = page.export_wizard
    qtbot.waitUntil(wizard.contents_page.isComplete, timeout=30_000)
    assert wizard.contents_page.downscale_label.isVisible()
    assert "1600 điểm ảnh" in wizard.contents_page.downscale_label.text()
    wizard.reject()

    out = tmp_path / "usb"
    wizard = export_with_wizard(qtbot, page, COMMUNE_PASS, folder=out, wrong="sai mật khẩu")
    files = list(out.glob("*"))
    assert len(files) == 1 and files[0].is_file()
    done = wizard.done_page
    assert done.file_label.text() == files[0].name
    size = files[0].stat().st_size
    assert done.size_label.text() == f"{format_number(round(size / 1024))} KB"
    assert done.recipient_label.text() == f"{upper.info().unit_name} ({province})"
    assert done.fingerprint_label.text() == workspace_keys.public_info(demo).fingerprint
    assert done.encrypted_label.text().startswith("Có")
    assert page.last_export == files[0]
    wizard.accept()
    upper.close()


def test_wrong_passphrase_is_explained_and_allowed_three_times(qtbot, demo_window, demo):
    workspace_keys.create_key(demo, COMMUNE_PASS)
    page = demo_window.packages_page
    page.refresh()
    qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)
    wizard = page.export_wizard
    qtbot.waitUntil(lambda: wizard.contents_page.contents is not None, timeout=30_000)
    wizard.contents_page.encrypt_check.setChecked(False)  # no upper-level key to encrypt to
    wizard.button(QWizard.WizardButton.NextButton).click()
    destination = wizard.destination_page
    for left in (2, 1):
        type_text(qtbot, destination.passphrase_edit, "sai mật khẩu")
        wizard.button(QWizard.WizardButton.CommitButton).click()
        assert wizard.currentId() == PAGE_DESTINATION
        assert f"không đúng. Hãy nhập lại (còn {left} lần thử)" in destination.error_label.text()
        assert destination.passphrase_edit.text() == ""
    type_text(qtbot, destination.passphrase_edit, "sai mật khẩu")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert not wizard.isVisible()
    assert page.last_export is None


def _pin_upper_level(page, demo, tmp_path):  # type: ignore[no-untyped-def]
    province = units.find("20791").province_code
    upper = init_workspace(tmp_path / "tinh", unit_code=province)
    workspace_keys.create_key(upper, UPPER_PASS)
    upper_file = workspace_keys.export_enrolment(upper, UPPER_PASS, tmp_path / "tinh.json")
    page.pin_parent(tmp_path / "tinh.json", upper_file.fingerprint)
    upper.close()


def _contents_page(qtbot, page):  # type: ignore[no-untyped-def]
    page.refresh()
    qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)
    wizard = page.export_wizard
    qtbot.waitUntil(lambda: wizard.contents_page.contents is not None, timeout=30_000)
    return wizard, wizard.contents_page


def test_encrypting_without_the_upper_key_is_stopped_before_the_passphrase(
    qtbot, demo_window, demo
):
    workspace_keys.create_key(demo, COMMUNE_PASS)
    wizard, contents = _contents_page(qtbot, demo_window.packages_page)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert contents.encrypt_check.isChecked()  # the demo names people
    assert contents.encrypt_note_label.isVisible()
    note = contents.encrypt_note_label.text()
    assert "chưa có khóa của cấp trên" in note and "Ghim khóa của cấp trên" in note
    assert "dvk " not in note  # GUI words, not a command line
    assert not next_button.isEnabled()
    contents.encrypt_check.setChecked(False)
    assert not contents.encrypt_note_label.isVisible()
    assert next_button.isEnabled()
    wizard.reject()


def test_no_personal_data_is_claimed_without_people(qtbot, window, workspace):
    workspace_keys.create_key(workspace, COMMUNE_PASS)
    wizard, contents = _contents_page(qtbot, window.packages_page)
    assert "0 người" in contents.counts_label.text()
    assert not contents.personal_label.isVisible()
    assert not contents.encrypt_check.isChecked()
    contents.encrypt_check.setChecked(True)
    assert "dữ liệu cá nhân" not in contents.encrypt_note_label.text()
    assert "chưa có khóa của cấp trên" in contents.encrypt_note_label.text()
    wizard.reject()


def test_after_a_failed_export_back_leads_to_the_passphrase_still_typed(
    qtbot, demo_window, demo, tmp_path
):
    page = demo_window.packages_page
    workspace_keys.create_key(demo, COMMUNE_PASS)
    _pin_upper_level(page, demo, tmp_path)
    held = sorted(demo.evidence.iter_hashes())[0]
    stored = demo.evidence.path_for(held)
    aside = tmp_path / "aside"
    stored.rename(aside)  # a file missing from the store: the export stops

    wizard, _contents = _contents_page(qtbot, page)
    wizard.button(QWizard.WizardButton.NextButton).click()
    destination = wizard.destination_page
    type_text(qtbot, destination.passphrase_edit, COMMUNE_PASS)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    progress = wizard.progress_page
    qtbot.waitUntil(lambda: not progress.operation.running, timeout=60_000)
    for dialog in errors.open_error_dialogs():
        assert "Thiếu tệp minh chứng" in dialog.ui.message_label.text()
        dialog.close()
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isEnabled() and back.isVisible()
    assert "Quay lại" in progress.status_label.text()
    back.click()
    assert wizard.currentId() == PAGE_DESTINATION
    assert destination.passphrase_edit.text() == COMMUNE_PASS

    aside.rename(stored)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_DONE, timeout=60_000)
    wizard.accept()


def test_results_report_and_statistics_are_written(qtbot, demo_window, demo):
    page = demo_window.reports_page
    demo_window.show_page(1)
    page.ui.period_edit.setText("2026")
    operation = page.print_results()
    qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
    assert page.last_output.is_file() and page.last_output.suffix == ".pdf"
    assert page.last_output.read_bytes().startswith(b"%PDF")
    operation = page.export_xlsx()
    qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
    assert page.last_output.suffix == ".xlsx" and page.last_output.stat().st_size > 1000
    demo_window.model_page.ui.table_view.selectRow(0)
    qtbot.mouseClick(page.ui.form_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.operation.running, timeout=60_000)
    assert page.last_output.name.startswith("phieu-dang-ky-")


def test_forms_of_every_filtered_model_are_printed_into_one_pdf(
    qtbot, demo_window, demo, monkeypatch
):
    printed: list[list[str]] = []
    original = reporting.print_registration_forms

    def spy(handle, refs, out_path, **kwargs):  # type: ignore[no-untyped-def]
        printed.append(list(refs))
        return original(handle, refs, out_path, **kwargs)

    monkeypatch.setattr(reporting, "print_registration_forms", spy)
    models_page = demo_window.model_page
    combo = models_page.ui.field_combo
    combo.setCurrentIndex(combo.findData(Field.ECONOMY.value))
    rows = models_page.table_model.rowCount()
    expected = sorted(
        (models_page.table_model.row_at(i).code, models_page.table_model.row_at(i).uuid)
        for i in range(rows)
    )
    assert 1 < rows < 44
    page = demo_window.reports_page
    demo_window.show_page(1)
    assert page.ui.filtered_forms_button.isVisible()
    qtbot.mouseClick(page.ui.filtered_forms_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.operation.running, timeout=60_000)
    assert printed == [[uuid for _code, uuid in expected]]  # filed by code, in one call
    assert page.last_output.name == "phieu-dang-ky-cac-mo-hinh-dang-loc.pdf"
    assert page.last_output.read_bytes().startswith(b"%PDF")
    assert page.ui.open_button.isEnabled()


def test_reports_page_without_a_model_list_hides_the_filtered_forms_button(qtbot, demo):
    page = ReportsPage(demo)
    qtbot.addWidget(page)
    page.show()
    assert not page.ui.filtered_forms_button.isVisible()
    assert page.ui.form_button.isVisible()
    assert page.ui.period_edit.text().isdigit()


def test_key_enrolment_file_and_printable_sheet_are_written_together(
    qtbot, demo_window, demo, tmp_path
):
    page = demo_window.packages_page
    workspace_keys.create_key(demo, COMMUNE_PASS)
    page.refresh()
    assert page.ui.enrolment_button.isEnabled()
    page.export_enrolment(COMMUNE_PASS, tmp_path / "usb")
    fingerprint = workspace_keys.public_info(demo).fingerprint
    sheet = tmp_path / "usb" / "dang-ky-khoa-20791.pdf"
    assert sheet.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "usb" / "dang-ky-khoa-20791.json").is_file()
    shown = page.ui.report_browser.toPlainText()
    assert fingerprint in shown and str(sheet) in shown
    page.export_enrolment("sai mật khẩu", tmp_path / "khac")  # a wrong passphrase writes nothing
    assert not list((tmp_path / "khac").glob("*"))
    (dialog,) = errors.open_error_dialogs()
    assert "mật khẩu" in dialog.ui.message_label.text().lower()
    dialog.close()
