"""A province clerk's year in the GUI: enrol communes, take in packages, decide, send back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from dvk_desktop.domain.vocab import DecisionKind, ImportOutcome, KeyState, Status
from dvk_desktop.gui.dialogs.first_run import FirstRunWizard
from dvk_desktop.gui.tasks import running_operations
from dvk_desktop.gui.windows.main_window import UPPER_NAV
from dvk_desktop.services import communes, decisions, models
from dvk_desktop.services.exchange import batch
from dvk_desktop.storage.workspace import open_workspace
from tests.gui.conftest import answer_next_inputs, open_window, type_text
from tests.upper import COMMUNE_PASS, UPPER_PASS, Office, build_office, copy_office, packages


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    # Three communes: the first two already enrolled, the third not yet.
    return build_office(tmp_path_factory.mktemp("office") / "o", 3, enrolled=1)


@pytest.fixture
def office(office_template: Office, tmp_path: Path) -> Office:
    return copy_office(office_template, tmp_path / "o")


@pytest.fixture
def province_window(qtbot, office: Office):  # type: ignore[no-untyped-def]
    handle = office.province()
    window = open_window(qtbot, handle)
    yield window
    handle.close()


def test_the_province_sees_words_and_pages_of_an_upper_level(province_window) -> None:  # type: ignore[no-untyped-def]
    nav = province_window.ui.nav_list
    labels = [nav.item(i).text() for i in range(nav.count())]
    assert labels[:8] == [
        "Mô hình các xã", "Đơn vị cấp dưới", "Tiếp nhận gói", "Thẩm định", "Chấm điểm",
        "Quyết định", "Gửi về xã", "Báo cáo tổng hợp",
    ]  # fmt: skip
    packages_page = province_window.packages_page
    assert packages_page.ui.heading_label.text() == "Khóa ký và sổ gói"
    assert not packages_page.ui.export_button.isVisibleTo(packages_page)
    assert "Xuất gói gửi cấp trên" not in packages_page.ui.export_button.text() or (
        not packages_page.ui.export_button.isVisibleTo(packages_page)
    )
    assert province_window.model_page.ui.commune_combo.isVisibleTo(province_window.model_page)


def test_only_the_model_list_is_built_until_another_page_is_shown(province_window) -> None:  # type: ignore[no-untyped-def]
    window = province_window
    assert (
        window.ui.nav_list.count() == window.ui.page_stack.count() == len(UPPER_NAV) + 1
    )  # every name at once (and "Người dùng": nobody signs in, so this PC's user administers)
    assert set(window.pages) == {"models"}
    window.show_page("summary")
    assert set(window.pages) == {"models", "summary"}
    assert window.ui.page_stack.currentWidget().widget() is window.summary_page
    assert window.current_page() is window.summary_page
    inbox = window.inbox_page  # reaching a page builds it, without showing it
    assert set(window.pages) == {"models", "summary", "inbox"}
    assert window.current_page() is window.summary_page and window.inbox_page is inbox


def test_a_commune_window_keeps_its_five_pages(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, workspace)
    nav = window.ui.nav_list
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Mô hình", "Báo cáo", "Gói dữ liệu", "Sao lưu", "Cài đặt",
    ]  # fmt: skip
    assert not window.model_page.ui.commune_combo.isVisibleTo(window.model_page)
    assert window.packages_page.ui.export_button.text() == "Xuất gói gửi cấp trên…"


def test_enrol_one_commune_by_its_paper_sheet_and_one_by_typed_digits(
    qtbot, province_window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    window = province_window
    window.show_page("communes")
    page = window.communes_page
    second, third = office.codes[1], office.codes[2]
    assert page.select_code(second)
    assert page.selected_row().key_state is KeyState.NONE
    dialog = page.open_enrol_dialog(office.enrolment(second))
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing confirmed yet
    dialog.ui.paper_radio.setChecked(True)
    assert dialog.ui.fingerprint_label.text() == office.fingerprint(second)
    qtbot.mouseClick(dialog.ui.paper_check, Qt.MouseButton.LeftButton)
    assert ok.isEnabled()
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.selected_row().code == second
    assert page.selected_row().key_state is KeyState.ACTIVE

    page.select_code(third)
    dialog = page.open_enrol_dialog(office.enrolment(third))
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.ui.fingerprint_label.isVisible()  # typed from the phone, not copied
    digits = office.fingerprint(third)
    type_text(qtbot, dialog.ui.typed_edit, digits[:-1] + ("0" if digits[-1] != "0" else "1"))
    assert not ok.isEnabled() and "không khớp" in dialog.ui.match_label.text()
    dialog.ui.typed_edit.clear()
    type_text(qtbot, dialog.ui.typed_edit, digits)
    assert ok.isEnabled() and "khớp" in dialog.ui.match_label.text()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.selected_row().key_state is KeyState.ACTIVE
    assert f"<tt>{digits}</tt>" in page.ui.detail_browser.toHtml().replace("&nbsp;", " ") or (
        digits in page.ui.detail_browser.toPlainText()
    )
    with office.province() as province:
        states = {r.code: r.key_state for r in communes.overview(province).rows}
    assert all(states[c] is KeyState.ACTIVE for c in office.codes)


def test_the_province_can_enrol_a_commune_file_from_the_packages_page(
    province_window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    code = office.codes[2]  # once refused with "không phải của cấp trên"
    province_window.packages_page.pin_parent(office.enrolment(code), office.fingerprint(code))
    assert "đơn vị cấp dưới" in province_window.packages_page.ui.report_browser.toPlainText()
    with office.province() as province:
        assert communes.find(province, code).key_state is KeyState.ACTIVE


def test_a_folder_with_a_bad_file_imports_the_rest_and_shows_each_result(
    qtbot, province_window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    (office.usb / "goi-hong.dvkpkg").write_bytes(b"PK\x03\x04 not a package at all")
    window = province_window
    window.show_page("inbox")
    page = window.inbox_page
    with qtbot.waitSignal(page.batch_finished, timeout=60_000) as done:
        page.import_paths([office.usb])
    summary = done.args[0]
    table = page.ui.results_table
    assert table.rowCount() == 4
    outcomes = [table.item(r, 3).text() for r in range(4)]
    assert outcomes.count("Đã nhập") == 1 and outcomes.count("Bị từ chối") == 3
    names = [table.item(r, 0).text() for r in range(4)]
    bad = names.index("goi-hong.dvkpkg")
    table.selectRow(bad)
    assert page.ui.report_button.isEnabled()
    assert "BÁO CÁO GÓI DỮ LIỆU BỊ TỪ CHỐI" in page.ui.detail_browser.toPlainText()
    from dvk_desktop.gui.files import open_boxes

    qtbot.mouseClick(page.ui.report_button, Qt.MouseButton.LeftButton)
    (box,) = open_boxes()  # no viewer offscreen: the report's folder is named, not silence
    report = page.selected().report
    assert report.name in box.text() and str(report.parent) in box.informativeText()
    box.close()
    unknown = next(r for r in range(4) if office.codes[1] in table.item(r, 1).text())
    assert "chưa được ghi nhận" in table.item(unknown, 4).text()
    assert "<b>1</b> đã nhập, <b>3</b> bị từ chối" in page.ui.summary_label.text()
    assert summary.models_created == 4
    assert window.model_page.table_model.rowCount() == 4  # the list read the new models
    assert page.ui.files_button.isEnabled() and not page.ui.cancel_button.isEnabled()


def test_the_file_chooser_shows_plain_and_encrypted_packages() -> None:
    from dvk_desktop.gui.windows.inbox_page import file_filter

    assert "*.dvkpkg *.dvkpkg.age" in file_filter()


def _import_everything(office: Office) -> None:
    with office.province() as province:
        for code in office.codes[1:]:
            communes.enrol(province, office.enrolment(code), office.fingerprint(code))
        batch.import_files(province, packages(office))


def test_the_model_list_filters_by_commune_and_qualifies_codes(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    _import_everything(office)
    handle = office.province()
    try:
        window = open_window(qtbot, handle)
        page = window.model_page
        qtbot.waitUntil(lambda: page.table_model.rowCount() == 12)
        second = office.codes[1]
        page.select_commune(second)
        qtbot.waitUntil(lambda: page.table_model.rowCount() == 4)
        table = page.table_model
        code_col, commune_col = table.column_of("code"), table.column_of("commune")
        assert commune_col == 1
        codes = {table.index(r, code_col).data() for r in range(4)}
        assert codes == {f"{second}/MH-2026-00{n}" for n in range(1, 5)}
        names = {table.index(r, commune_col).data() for r in range(4)}
        assert len(names) == 1 and names.pop().startswith(("Phường", "Xã", "Đặc khu"))
        assert page.ui.owner_combo.isEnabled()  # a commune chosen: its owners are offered
        page.select_commune(None)
        qtbot.waitUntil(lambda: page.table_model.rowCount() == 12)
        assert not page.ui.owner_combo.isEnabled()
        editor = window.open_editor(table.row_at(0).uuid)
        assert editor.read_only and editor.ui.name_edit.isReadOnly()
        assert not editor.ui.save_button.isVisible()
        assert "chỉ xem" in editor.ui.message_label.text()
        editor.close_without_saving()
    finally:
        # Background work (thumbnails, counts) must end before the database goes away.
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()


def test_recognise_three_models_send_to_all_communes_and_a_commune_sees_it(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _import_everything(office)
    handle = office.province()
    try:
        window = open_window(qtbot, handle)
        window.show_page("decisions")
        page = window.decisions_page
        assert page.model.rowCount() == 12
        first, second = office.codes[0], office.codes[1]
        wanted = [f"{first}/MH-2026-001", f"{first}/MH-2026-002", f"{second}/MH-2026-003"]
        for r in range(page.model.rowCount()):
            item = page.model.item(r, 0)
            if item.text() in wanted:
                item.setCheckState(Qt.CheckState.Checked)
        assert page.ui.record_button.text() == "Ghi quyết định cho 3 mô hình"
        type_text(qtbot, page.ui.number_edit, "125-QĐ/BTGDVTU")
        page.ui.issuer_edit.clear()
        type_text(qtbot, page.ui.issuer_edit, "Ban Tuyên giáo và Dân vận Thành ủy")
        page.ui.date_edit.setDate(QDate(2026, 11, 20))
        scan = tmp_path / "quyet-dinh-125.pdf"
        scan.write_bytes(b"%PDF-1.4 ban quet quyet dinh\n%%EOF\n")
        page.ui.scan_edit.setText(str(scan))
        with qtbot.waitSignal(page.recorded, timeout=30_000):
            qtbot.mouseClick(page.ui.record_button, Qt.MouseButton.LeftButton)
        assert "125-QĐ/BTGDVTU" in page.ui.message_label.text()
        assert page.model.rowCount() == 9  # the three recognised left the list of proposals
        assert page.ui.decisions_table.rowCount() == 1
        page.ui.decisions_table.selectRow(0)
        operation = page.print_annex(page.selected_decision())
        qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
        assert page.last_output is not None and page.last_output.stat().st_size > 1000

        window.show_page("send_back")
        send = window.send_back_page
        assert sorted(send.checked_codes()) == sorted([first, second])
        assert send.ui.send_button.text() == "Tạo gói quyết định cho 2 xã"
        usb = tmp_path / "usb"
        send.ui.folder_edit.setText(str(usb))
        answer_next_inputs([UPPER_PASS])
        with qtbot.waitSignal(send.sent, timeout=60_000) as sent:
            qtbot.mouseClick(send.ui.send_button, Qt.MouseButton.LeftButton)
        results = sent.args[0]
        assert all(r.export is not None and r.export.encrypted for r in results)
        assert "Đã tạo 2/2 gói quyết định." in send.ui.result_label.text()
        assert send.checked_codes() == []  # nothing new is left to send
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()

    package = next(usb.glob(f"dvk-48-gui-{first}-*.dvkpkg.age"))
    with open_workspace(office.commune_dir(first)) as commune:
        commune_window = open_window(qtbot, commune)
        commune_window.show_page("packages")
        packages_page = commune_window.packages_page
        operation = packages_page.verify(package, COMMUNE_PASS)
        qtbot.waitUntil(lambda: not operation.running, timeout=60_000)
        assert packages_page.last_check.ok, packages_page.last_check.problems
        with qtbot.waitSignal(packages_page.data_changed, timeout=60_000):
            qtbot.mouseClick(packages_page.ui.confirm_import_button, Qt.MouseButton.LeftButton)
        uuid = models.get_model(commune, "MH-2026-001")["uuid"]
        assert models.get_model(commune, uuid)["status"] == Status.RECOGNISED.value
        editor = commune_window.open_editor(uuid)
        status = editor.ui.status_value_label.text()
        assert "Được công nhận" in status and "125-QĐ/BTGDVTU" in status and "20/11/2026" in status
        assert not editor.read_only
        editor.close_without_saving()
        assert [d.kind for d in decisions.list_decisions(commune)] == [DecisionKind.RECOGNITION]
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)


def test_a_deadline_marks_the_communes_that_sent_nothing(
    qtbot, province_window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    window = province_window
    window.show_page("communes")
    page = window.communes_page
    page.today = dt.date.today() + dt.timedelta(days=400)  # long after any deadline
    dialog = page.open_deadline_dialog()
    period = page.period()
    dialog.ui.date_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))
    with qtbot.waitSignal(dialog.accepted):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert "94 đơn vị quá hạn" in page.ui.deadline_label.text()
    page.ui.show_combo.setCurrentIndex(page.ui.show_combo.findData("overdue"))
    assert page.table_model.rowCount() == 94
    out = office.root / "don-vi.xlsx"
    operation = page.export_xlsx(out)
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    assert out.is_file()


def test_the_summary_shows_every_commune_and_one_communes_total(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    _import_everything(office)
    handle = office.province()
    try:
        window = open_window(qtbot, handle)
        window.show_page("summary")
        page = window.summary_page
        qtbot.waitUntil(lambda: page.stats is not None, timeout=30_000)
        assert page.stats.total == 12
        units = page.ui.units_table
        assert units.rowCount() == 4 and units.item(3, 0).text() == "Tổng cộng"
        assert units.item(3, 4).text() == "12"
        page.ui.tab_widget.setCurrentWidget(page.ui.units_tab)
        assert len(page.chart.categories) == 3 and page.chart.series[0][1] == [4, 4, 4]
        page.select_unit(office.codes[0])
        qtbot.waitUntil(lambda: page.stats is not None and page.stats.total == 4, timeout=30_000)
        field = page.ui.field_table
        assert field.item(field.rowCount() - 1, 5).text() == "4"
        operation = page.export_xlsx()
        qtbot.waitUntil(lambda: operation is not None and not operation.running, timeout=60_000)
        assert page.last_output is not None and page.last_output.name.endswith(
            f"-{office.codes[0]}.xlsx"
        )
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()


def test_the_first_run_wizard_of_a_province_has_no_parent_key_page(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(tmp_path / "tinh")
    qtbot.addWidget(wizard)
    wizard.ui.upper_radio.setChecked(True)
    wizard.ui.unit_list.setCurrentRow(0)
    wizard.show()
    for _ in range(4):
        wizard.next()
    assert wizard.currentPage() is wizard.ui.key_page
    assert wizard.nextId() == -1
    assert "các xã" in wizard.ui.key_page.subTitle()
    wizard.ui.commune_radio.setChecked(True)
    assert wizard.nextId() != -1


def test_batch_result_rows_say_already_imported(qtbot, province_window, office: Office) -> None:  # type: ignore[no-untyped-def]
    page = province_window.inbox_page
    first = packages(office)[0]
    with qtbot.waitSignal(page.batch_finished, timeout=60_000):
        page.import_paths([first])
    with qtbot.waitSignal(page.batch_finished, timeout=60_000) as again:
        page.import_paths([first])
    assert again.args[0].results[0].outcome is ImportOutcome.ALREADY
    assert page.ui.results_table.item(0, 3).text() == "Đã nhập trước đây"


# 1366×768 at 150 %: 910×512 points, less about 40 for a taskbar.
SMALLEST_SCREEN = (1366 / 1.5, 768 / 1.5 - 40)


def test_every_upper_window_fits_a_1366_by_768_screen_at_150_percent(
    qtbot, province_window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    window = province_window
    for key, _label in window.nav:
        window.show_page(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALLEST_SCREEN[0] and hint.height() <= SMALLEST_SCREEN[1], key
    page = window.communes_page
    dialogs = [
        page.open_enrol_dialog(office.enrolment(office.codes[2])),
        page.open_deadline_dialog(),
    ]
    for dialog in dialogs:
        hint = dialog.minimumSizeHint()
        assert hint.width() <= SMALLEST_SCREEN[0] and hint.height() <= SMALLEST_SCREEN[1]
        dialog.reject()


def test_the_commune_window_fits_too(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    hint = demo_window.minimumSizeHint()  # was 1365 points wide: 1706 pixels at 125 %
    assert hint.width() <= SMALLEST_SCREEN[0] and hint.height() <= SMALLEST_SCREEN[1]


def test_a_package_refused_for_an_unknown_key_leads_to_enrolling_that_commune(
    qtbot, province_window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    window = province_window
    window.show_page("inbox")
    page = window.inbox_page
    unknown = next(p for p in packages(office) if office.codes[2] in p.name)
    with qtbot.waitSignal(page.batch_finished, timeout=60_000):
        page.import_paths([unknown])
    page.ui.results_table.selectRow(0)
    assert page.ui.enrol_button.isEnabled()
    qtbot.mouseClick(page.ui.enrol_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.communes_page
    assert window.communes_page.selected_code() == office.codes[2]
    dialog = window.communes_page.enrol_dialog
    assert dialog.isVisible() and dialog.expected == office.codes[2]
    dialog.reject()


def test_column_titles_read_whole_in_english(qtbot, english, office: Office) -> None:  # type: ignore[no-untyped-def]
    # Widths chosen for Vietnamese cut "Package no." and "Indicators met" in English.
    from PySide6.QtWidgets import QHeaderView

    from dvk_desktop.gui.widgets.header_fit import title_width

    handle = office.province()
    try:
        window = open_window(qtbot, handle)
        cut = []
        for page in ("models", "inbox", "review", "decisions", "scoring"):
            window.show_page(page)
            for header in window.findChildren(QHeaderView):
                if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
                    continue
                for column in range(header.count()):
                    interactive = header.sectionResizeMode(column) == (
                        QHeaderView.ResizeMode.Interactive
                    )
                    need = min(title_width(header, column), 260)
                    if interactive and header.sectionSize(column) < need:
                        title = header.model().headerData(column, Qt.Orientation.Horizontal)
                        cut.append((page, title, header.sectionSize(column), need))
        assert cut == []
        assert window.inbox_page.ui.results_table.horizontalHeaderItem(2).text() == "Package no."
    finally:
        handle.close()


def test_the_completeness_button_writes_the_report_and_offers_to_open_it(
    qtbot, province_window, office: Office, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    window = province_window
    window.show_page("communes")
    page = window.communes_page
    batch.import_files(page._handle, [office.usb])  # the enrolled commune's package
    out = office.root / "bao-cao-day-du"  # typed without an extension: PDF by default
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.ui.completeness_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.written_box is not None and page.written_box.isVisible())
    pdf = out.with_suffix(".pdf")
    assert str(pdf) in page.written_box.text()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "BÁO CÁO TÌNH HÌNH GỬI DỮ LIỆU" in text and office.codes[0] in text
    assert "1/94 đơn vị đã gửi" in text
    [close] = [b for b in page.written_box.buttons() if b.text() == "Đóng"]
    close.click()
    assert not page.written_box.isVisible() and page.last_export == pdf
    book = office.root / "day-du.xlsx"
    operation = page.write_completeness(book)
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    sheet = openpyxl.load_workbook(book)["Theo đơn vị"]
    assert office.codes[0] in [r[1] for r in sheet.iter_rows(min_row=5, values_only=True)]
    page.written_box.done(0)


@pytest.mark.parametrize(
    ("key", "button"),
    [
        ("scoring", lambda page: page.open_button),
        ("decisions", lambda page: page.ui.open_file_button),
        ("summary", lambda page: page.ui.open_button),
    ],
)
def test_mo_tep_vua_tao_without_a_viewer_says_so_and_names_the_folder(
    qtbot, province_window, tmp_path: Path, key, button
) -> None:  # type: ignore[no-untyped-def]
    from dvk_desktop.gui.files import open_boxes

    province_window.show_page(key)
    page = province_window.page(key)
    page.last_output = written = tmp_path / "bao-cao.pdf"
    written.write_bytes(b"%PDF-1.4 report\n%%EOF\n")
    open_button = button(page)
    open_button.setEnabled(True)
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    # The offscreen platform has no viewer: the click must not silently do nothing.
    (box,) = open_boxes()
    assert "bao-cao.pdf" in box.text() and str(tmp_path) in box.informativeText()
    box.close()
