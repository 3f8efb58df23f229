"""The summary page adds a merged period's communes up into today's units when asked."""

from __future__ import annotations

from pathlib import Path

from dvk_desktop.gui.tasks import running_operations
from dvk_desktop.services import unit_history
from tests.gui.conftest import open_window
from tests.services.test_unit_history import TABLE, province, write_csv


def test_the_summary_shows_old_communes_and_todays_on_request(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    handle = province(tmp_path / "tinh")
    unit_history.import_table(handle, write_csv(tmp_path / "bang.csv", TABLE))
    try:
        window = open_window(qtbot, handle)
        window.show_page("summary")
        page = window.summary_page
        qtbot.waitUntil(lambda: page.stats is not None, timeout=30_000)
        page.ui.period_edit.setText("2021-2025")
        page.stats = None
        page.refresh()
        qtbot.waitUntil(lambda: page.stats is not None, timeout=30_000)
        units = page.ui.units_table
        assert not page.today_check.isHidden()
        names = [units.item(r, 0).text() for r in range(units.rowCount())]
        assert "Phường Phúc Xá" in names and units.rowCount() == 5  # four units and the total
        page.today_check.setChecked(True)
        names = [units.item(r, 0).text() for r in range(units.rowCount())]
        assert "Phường Ba Đình" in names and "Phường Phúc Xá" not in names
        assert units.item(units.rowCount() - 1, 4).text() == "42"  # the same total
        page.ui.tab_widget.setCurrentWidget(page.ui.units_tab)
        assert "Phường Ba Đình" in page.chart.categories
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()


def test_settings_say_which_table_counts_old_communes_and_take_the_offices_own(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    handle = province(tmp_path / "tinh")
    try:
        window = open_window(qtbot, handle)
        window.show_page("settings")
        group = window.settings_page.succession_group
        assert group is not None and group.import_button.isEnabled()
        said = group.summary_label.text()
        assert (
            "Quyết định 19/2025/QĐ-TTg" in said
            and "400 đơn vị cũ về các xã, phường của Thành phố Hà Nội." in said
        )
        assert "bảng riêng" not in said
        path = write_csv(tmp_path / "bang.csv", TABLE)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
        group.import_button.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
        assert shown == ["3 đơn vị cũ mới thêm, 0 cập nhật, 0 không đổi."]
        assert "Cơ quan đã ghi bảng riêng cho 3 đơn vị cũ." in group.summary_label.text()
        assert len(unit_history.successions(handle)) == 3
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()
