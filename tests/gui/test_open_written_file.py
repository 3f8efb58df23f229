"""Every "Mở tệp vừa tạo" button says so, and shows the folder, when no viewer takes the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dvk_desktop.gui.files import open_boxes
from tests.gui.test_upper_level import office, office_template, province_window  # noqa: F401

pytestmark = pytest.mark.sqlite_only("only the button and its message; no SQL involved")


@pytest.mark.parametrize(
    ("key", "button"),
    [
        ("scoring", lambda page: page.open_button),
        ("decisions", lambda page: page.ui.open_file_button),
        ("summary", lambda page: page.ui.open_button),
    ],
)
def test_a_file_written_on_an_upper_level_page_without_a_viewer_is_explained(
    qtbot, province_window, tmp_path: Path, key, button
) -> None:  # type: ignore[no-untyped-def]
    province_window.show_page(key)
    page = province_window.page(key)
    page.last_output = written = tmp_path / "bao-cao.pdf"
    written.write_bytes(b"%PDF-1.4 report\n%%EOF\n")
    open_button = button(page)
    open_button.setEnabled(True)
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    # The offscreen platform has no viewer: the click must not do nothing.
    (box,) = open_boxes()
    assert "bao-cao.pdf" in box.text() and str(tmp_path) in box.informativeText()
    box.close()
