"""The province's model list flags possible duplicates; "Không trùng" quiets a pair for good."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dvk_desktop.gui.tasks import running_operations
from dvk_desktop.services import duplicates
from dvk_desktop.services.exchange import batch
from tests.gui.conftest import open_window, type_text
from tests.upper import Office, build_office, copy_office, packages


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("office") / "o", 2)


def test_badge_panel_and_not_a_duplicate(qtbot, office_template: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = copy_office(office_template, tmp_path / "o")
    with office.province() as province:
        batch.import_files(province, packages(office))
    handle = office.province()
    try:
        window = open_window(qtbot, handle)
        page = window.model_page
        table = page.table_model
        qtbot.waitUntil(lambda: table.rowCount() == 8)
        column = table.column_of("duplicates")
        assert column == table.column_of("name") + 1
        assert table.headerData(column, Qt.Orientation.Horizontal) == "Trùng?"
        assert {table.index(r, column).data() for r in range(8)} == {"⚠ 1"}
        panel = page.duplicates_panel
        assert panel is not None and not panel.isVisible()
        page.ui.table_view.selectRow(0)
        qtbot.waitUntil(panel.isVisible)
        first = table.row_at(0)
        assert panel.table.rowCount() == 1
        other_code = panel.table.item(0, 1).text()
        assert other_code.endswith("/MH-2026-00" + first.code[-1]) and other_code != first.code
        assert panel.table.item(0, 0).text() == "Tên gần giống"
        assert panel.table.item(0, 2).text() == first.name
        window.grab().save(str(tmp_path / "duplicates.png"))
        assert not panel.not_duplicate_button.isEnabled()
        panel.table.selectRow(0)
        assert panel.not_duplicate_button.isEnabled()
        type_text(qtbot, panel.note_edit, "Hai xã làm riêng")
        qtbot.mouseClick(panel.not_duplicate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: running_operations() == 0)
        qtbot.waitUntil(lambda: not panel.isVisible())
        blanks = [r for r in range(8) if not table.index(r, column).data()]
        assert len(blanks) == 2  # both models of the pair
        kept = duplicates.list_flags(handle, include_dismissed=True)
        assert [f.dismissed_note for f in kept if f.dismissed] == ["Hai xã làm riêng"]
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()
