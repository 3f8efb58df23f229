"""A district's office turns its workspace into the province's from Settings, and sees it."""

from __future__ import annotations

from pathlib import Path

from dvk_desktop.domain import units
from dvk_desktop.gui.tasks import running_operations
from dvk_desktop.services.workspace_setup import DistrictSpec, init_workspace
from tests.gui.conftest import answer_next_box, open_window


def test_a_district_becomes_the_province_from_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    handle = init_workspace(
        tmp_path / "huyen", unit_code="48", district=DistrictSpec("490", "Huyện Hòa Vang")
    )
    window = open_window(qtbot, handle)
    try:
        window.show_page("settings")
        group = window.settings_page.conversion_group
        assert group is not None and group.isVisibleTo(window)
        answer_next_box("Hủy")
        group.convert_button.click()
        assert window.handle.info().unit_code == "H490"  # "Hủy" changes nothing
        answer_next_box("Chuyển")
        group.convert_button.click()
        answer_next_box("Đồng ý")
        qtbot.waitUntil(lambda: window.handle.info().unit_code == "48", timeout=20_000)
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        # The window reopened as the province's: no box for a district any more.
        window.show_page("settings")
        qtbot.waitUntil(lambda: window.handle is not handle, timeout=20_000)
        assert window.settings_page.conversion_group is None
        assert units.province("48").name in window.windowTitle()
        assert any(p.suffix == ".dvkbak" for p in (tmp_path / "huyen").rglob("*"))
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        window.handle.close()
