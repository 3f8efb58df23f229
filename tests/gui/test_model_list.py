"""The model list page: search without diacritics, filters, sorting, keyboard opening."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dvk_desktop.domain.vocab import Field, ModelType
from dvk_desktop.storage.queries.models import ModelFilter, count_models, counts_by_field_and_type
from tests.gui.conftest import type_text


def test_search_without_diacritics_finds_the_model_and_enter_opens_it(qtbot, demo_window):
    page = demo_window.model_page
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search_edit.hasFocus()
    qtbot.keyClicks(page.ui.search_edit, "thap sang")
    qtbot.waitUntil(lambda: page.table_model.rowCount() == 1, timeout=2000)
    assert page.table_model.index(0, 1).data() == "Thắp sáng đường quê"
    assert page.ui.result_label.text() == "1 mô hình phù hợp"
    qtbot.keyClick(page.ui.search_edit, Qt.Key.Key_Down)
    assert page.ui.table_view.hasFocus()
    qtbot.keyClick(page.ui.table_view, Qt.Key.Key_Return)
    editor = next(iter(demo_window.editors.values()))
    assert editor.ui.name_edit.text() == "Thắp sáng đường quê"


def test_search_is_debounced(qtbot, demo_window):
    page = demo_window.model_page
    before = page.table_model.pages_fetched
    type_text(qtbot, page.ui.search_edit, "đường")
    assert page.table_model.rowCount() == 44  # nothing queried while typing
    qtbot.waitUntil(lambda: page.table_model.rowCount() < 44, timeout=2000)
    qtbot.wait(50)
    assert page.table_model.pages_fetched - before <= 2


def test_filters_and_counts_follow_the_combos(qtbot, demo_window, demo):
    page = demo_window.model_page
    combo = page.ui.field_combo
    combo.setCurrentIndex(combo.findData(Field.ECONOMY.value))
    with demo.sessions() as session:
        counts = counts_by_field_and_type(session, ModelFilter(field=Field.ECONOMY.value))
    assert page.table_model.rowCount() == sum(counts.values())
    economy = counts.get((Field.ECONOMY.value, "tap_the"), 0) + counts.get(
        (Field.ECONOMY.value, "ca_nhan"), 0
    )
    # The summary line follows the filter once the background count arrives.
    qtbot.waitUntil(lambda: "Văn hóa - xã hội</b>: 0" in page.ui.counts_label.text())
    assert f"Kinh tế</b>: {economy} " in page.ui.counts_label.text()
    page.ui.type_combo.setCurrentIndex(page.ui.type_combo.findData(ModelType.INDIVIDUAL.value))
    assert page.table_model.rowCount() == counts.get((Field.ECONOMY.value, "ca_nhan"), 0)
    qtbot.mouseClick(page.ui.clear_filters_button, Qt.MouseButton.LeftButton)
    assert page.table_model.rowCount() == 44


def test_clicking_a_header_sorts_in_sql(qtbot, demo_window):
    page = demo_window.model_page
    header = page.ui.table_view.horizontalHeader()
    header.sectionClicked.emit(0)  # the view sorts as on a real click
    page.ui.table_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.table_model.order() == ("code", True)
    assert page.table_model.index(0, 0).data() == "MH-2026-044"
    page.ui.table_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [page.table_model.index(i, 1).data() for i in range(4)]
    assert names[0].startswith("Bếp ăn")  # Vietnamese order: B before C, "Đ" after "D"
    page.ui.table_view.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # not sortable: unchanged
    assert page.table_model.order() == ("name", False)


def test_year_filter_offers_the_years_that_have_models(qtbot, demo_window, demo):
    import datetime as dt

    from dvk_desktop.storage.queries.models import distinct_years

    with demo.sessions() as session:
        years = distinct_years(session)
    assert years and years == sorted(years, reverse=True)
    combo = demo_window.model_page.ui.year_combo
    offered = [combo.itemData(i) for i in range(1, combo.count())]
    single = [y for y in offered if isinstance(y, int)]
    assert single == sorted({*years, dt.date.today().year}, reverse=True)
    assert 2009 not in offered or 2009 in years
    combo.setCurrentIndex(combo.findData(years[-1]))
    qtbot.waitUntil(lambda: demo_window.model_page.table_model.rowCount() > 0, timeout=2000)
    demo_window.model_page.refresh()  # a refresh keeps the chosen year
    assert combo.currentData() == years[-1]


def test_a_five_year_phase_filters_the_models_registered_in_it(qtbot, demo_window, demo):
    from dvk_desktop.domain.period import phase_containing

    page = demo_window.model_page
    combo = page.ui.year_combo
    phase = phase_containing(2026)
    index = combo.findText("Giai đoạn 2026–2030")
    assert index > 0
    combo.setCurrentIndex(index)
    assert page.current_filter().years == (2026, 2030)
    with demo.sessions() as session:
        in_phase = count_models(session, ModelFilter(years=(phase.first_year, phase.last_year)))
        every = count_models(session, ModelFilter())
    assert page.table_model.rowCount() == in_phase
    assert 0 < in_phase <= every
    assert all(
        phase.first_year <= int(page.table_model.index(row, 6).data()) <= phase.last_year
        for row in range(page.table_model.rowCount())
    )


def test_ctrl_p_prints_the_selected_models_into_one_pdf(qtbot, demo_window, demo):
    import subprocess

    from PySide6.QtCore import QItemSelectionModel

    from dvk_desktop.gui.files import open_boxes

    page = demo_window.model_page
    view = page.ui.table_view
    view.selectRow(0)
    second = page.table_model.index(2, 0)
    view.selectionModel().select(
        second,
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    names = [page.table_model.row_at(r).name for r in (0, 2)]
    qtbot.keyClick(demo_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    operation = demo_window.operation
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    pdf = demo.paths.root / "reports" / "phieu-dang-ky-2-mo-hinh.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert all(" ".join(name.split()) in flat for name in names)
    assert str(pdf) in demo_window.statusBar().currentMessage()
    for box in open_boxes():  # no PDF viewer offscreen: said, with the folder
        box.close()


def test_every_filter_shows_its_first_choice_whole(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    # "Mọi thôn, tổ dân phố" was cut to "Mọi thôn, tổ dân ph" in a real window at 100 %.
    page = demo_window.model_page
    for combo in page._filter_combos():
        if combo.isVisible():
            text = combo.itemText(0)
            assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 30, text
