"""Table models tested without a window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dvk_desktop.gui.models.indicator_table import IndicatorsTableModel, VillageValuesTableModel
from dvk_desktop.gui.models.model_table import ModelsTableModel
from dvk_desktop.services import models
from dvk_desktop.storage.queries.models import ModelFilter
from tests.factories import complete_input


def test_models_table_fetches_pages_lazily_and_keeps_few(qtbot, demo):
    table = ModelsTableModel(demo.sessions)
    table.PAGE_SIZE = 5
    table.MAX_PAGES = 3
    with qtbot.waitSignal(table.count_known, timeout=5000) as counted:
        table.refresh()
        # The first page is there at once; the total is counted in the background.
        assert table.rowCount() == 5
        assert not table.count_exact
    assert counted.args == [44]
    assert table.rowCount() == 44
    assert table.columnCount() == 9
    assert table.pages_fetched == 1
    assert table.index(0, 0).data().startswith("MH-2026-")
    for row in range(0, 44, 5):
        assert table.index(row, 1).data()
    assert table.cached_pages() == 3
    assert table.index(43, 1).data()
    assert table.headerData(1, Qt.Orientation.Horizontal) == "Tên mô hình"


def test_models_table_search_and_progress(demo):
    table = ModelsTableModel(demo.sessions)
    table.set_filter(ModelFilter(search="thap sang duong que"))
    assert table.rowCount() == 1
    row = table.row_at(0)
    assert table.index(0, 8).data() == f"{row.progress_percent} %"
    assert table.index(0, 7).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_models_table_sees_a_new_model_after_refresh(workspace):
    table = ModelsTableModel(workspace.sessions)
    table.refresh()
    assert table.rowCount() == 0
    uuid = models.create_model(workspace, complete_input(workspace))
    table.refresh()
    assert table.rowCount() == 1
    assert table.row_of(uuid) == 0


def test_indicator_table_edits_texts_and_protects_catalogue_names():
    table = IndicatorsTableModel()
    edited = []
    table.edited.connect(lambda: edited.append(1))
    table.add("DEN_CHIEU_SANG", "Đèn chiếu sáng", "bóng")
    table.add("KHAC_1", "", "")
    assert table.rowCount() == 2
    assert not table.flags(table.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert table.flags(table.index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    assert table.setData(table.index(0, 3), " 270 ")
    assert table.rows[0]["target"] == "270"
    assert table.index(0, 2).data() == "bóng"
    table.remove(1)
    assert table.rowCount() == 1
    assert len(edited) == 4


def test_village_values_drop_empty_pairs():
    indicator = {"code": "X", "name": "", "unit": "", "target": "", "actual": "", "by_village": {}}
    table = VillageValuesTableModel()
    table.set_villages([("v1", "Thôn 1"), ("v2", "Thôn 2")])
    assert table.rowCount() == 0
    table.set_indicator(indicator)
    assert table.rowCount() == 2
    table.setData(table.index(1, 1), "5")
    assert indicator["by_village"] == {"v2": ["5", ""]}
    table.setData(table.index(1, 1), "")
    assert indicator["by_village"] == {}
