"""The summary page adds a merged period's communes up into today's units when asked."""

from __future__ import annotations

import time
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
        assert group is not None
        qtbot.waitUntil(lambda: not group.loading, timeout=20_000)
        assert group.import_button.isEnabled()
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
        qtbot.waitUntil(lambda: not group.loading, timeout=20_000)
        assert "Cơ quan đã ghi bảng riêng cho 3 đơn vị cũ." in group.summary_label.text()
        assert len(unit_history.successions(handle)) == 3
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()


def _slow_successions(monkeypatch, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """The office's own table takes ``seconds`` to read (a busy office server)."""
    real = unit_history.successions

    def slow(handle):  # type: ignore[no-untyped-def]
        time.sleep(seconds)
        return real(handle)

    monkeypatch.setattr(unit_history, "successions", slow)


def test_settings_open_at_once_and_the_counts_follow(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dvk_desktop.gui.windows.settings_page import SettingsPage

    handle = province(tmp_path / "tinh")
    _slow_successions(monkeypatch, 0.4)
    try:
        started = time.monotonic()
        page = SettingsPage(handle)
        qtbot.addWidget(page)
        page.show()
        assert time.monotonic() - started < 0.4  # the page did not wait for the table
        group = page.succession_group
        assert group is not None and group.loading
        assert group.summary_label.text() == "Đang đọc bảng chuyển đổi đơn vị…"
        assert not group.import_button.isEnabled()  # no import before the counts are known
        qtbot.waitUntil(lambda: not group.loading, timeout=20_000)
        assert "400 đơn vị cũ về các xã, phường của Thành phố Hà Nội." in (
            group.summary_label.text()
        )
        assert group.import_button.isEnabled()
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()


def test_settings_closed_before_the_counts_arrive_are_left_alone(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    from dvk_desktop.gui.windows.settings_page import SettingsPage

    handle = province(tmp_path / "tinh")
    _slow_successions(monkeypatch, 0.3)
    try:
        page = SettingsPage(handle)
        page.show()
        group = page.succession_group
        assert group is not None and group.load_operation is not None
        operation = group.load_operation
        assert operation.running
        page.close()
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not isValid(group)  # gone while the worker still reads
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        assert operation.result is None and operation.error is None  # nobody was told
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()
