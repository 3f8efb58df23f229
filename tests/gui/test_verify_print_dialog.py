"""The Reports page's "Kiểm tra bản in" action: a scanned form or its typed code, checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from dvk_desktop.gui.windows.reports_page import ReportsPage
from dvk_desktop.services import reporting
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.reports.print_tools import lines, scanned


def test_scanned_form_and_typed_code_are_checked_from_the_reports_page(
    qtbot, demo: WorkspaceHandle, tmp_path: Path
) -> None:
    out = tmp_path / "phieu.pdf"
    [stamp] = reporting.print_registration_forms(
        demo, ["MH-2026-001"], out, date=dt.date(2026, 3, 5)
    )
    page_no = next(x.page for x in lines(out) if x.text.startswith("Mã kiểm tra bản in"))
    scan = scanned(out, page_no, tmp_path)
    page = ReportsPage(demo)
    qtbot.addWidget(page)
    assert page.ui.verify_print_button.isVisible() or not page.isVisible()
    dialog = page.verify_print_dialog()
    operation = dialog.check_image(scan)
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    assert "KHỚP" in dialog.ui.result_label.text()
    assert "MH-2026-001" in dialog.ui.result_label.text()

    qtbot.keyClicks(dialog.ui.code_edit, stamp.typed_code("MH-2026-001")[:-1] + "X")
    qtbot.mouseClick(dialog.ui.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.operation.running, timeout=30_000)
    assert "không đúng dạng" in dialog.ui.result_label.text()  # inline, no error dialog

    dialog.ui.code_edit.setText(stamp.typed_code("MH-2026-001")[:-4] + "0000")
    qtbot.keyClick(dialog.ui.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.operation.running, timeout=30_000)
    assert "KHÔNG khớp" in dialog.ui.result_label.text()
    assert "b00020" in dialog.ui.result_label.styleSheet()
