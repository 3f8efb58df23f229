"""A workspace on a write-protected stick: the window says so, models open view-only, leaving
says nothing failed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvk_desktop.domain.vocab import OrgType
from dvk_desktop.gui.errors import open_error_dialogs
from dvk_desktop.gui.files import open_boxes
from dvk_desktop.gui.printing import reports_dir
from dvk_desktop.gui.tasks import running_operations
from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.services import directory, models
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import open_workspace
from tests.conftest import COMMUNE
from tests.factories import complete_input
from tests.gui.conftest import open_window
from tests.gui.locked import write_protected


@pytest.fixture
def locked_stick(tmp_path: Path) -> Iterator[Path]:
    """A commune workspace on a stick whose write-protect switch is on."""
    with write_protected(tmp_path, lambda ws: init_workspace(ws, unit_code=COMMUNE).close()) as ws:
        yield ws


def _with_a_model(root: Path) -> str:
    """A commune workspace at ``root`` with one registered model; its uuid."""
    handle = init_workspace(root, unit_code=COMMUNE)
    with handle.sessions() as session, session.begin():
        directory.add_village(session, "Thôn 3")
        directory.add_organisation(session, "Chi bộ tổ dân phố 5", OrgType.PARTY_CELL)
    uuid = models.create_model(handle, complete_input(handle))
    handle.close()
    return uuid


@pytest.fixture
def locked_model(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A model on a stick whose write-protect switch is on."""
    made: list[str] = []
    with write_protected(tmp_path, lambda ws: made.append(_with_a_model(ws))) as ws:
        yield ws, made[0]


def test_a_write_protected_workspace_says_so_and_closes_without_a_failed_backup(
    qtbot, locked_stick: Path
) -> None:
    handle = open_workspace(locked_stick)
    assert handle.read_only
    window = MainWindow(handle, auto_backup=True)  # as the program runs: backs up on exit
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.ui.backup_banner
    assert banner.isVisible() and "chỉ đọc" in banner.text() and "backup-to" in banner.text()
    assert window.backup_if_due() is None  # no daily backup into the stick's own folder
    # Nothing can be added: greyed, with the reason, instead of an editor whose save fails.
    new = window.model_page.ui.new_button
    assert not new.isEnabled() and "khóa ghi" in new.toolTip()
    assert (
        not window.ui.action_new_model.isEnabled() and not window.ui.action_import_xlsx.isEnabled()
    )
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert open_error_dialogs() == []  # was: "Không ghi được vào … (chỉ đọc …)" on every exit


def test_a_model_on_a_write_protected_stick_opens_view_only_and_still_prints(
    qtbot, locked_model: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, uuid = locked_model
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # the user's Documents folder
    handle = open_workspace(root)
    try:
        window = open_window(qtbot, handle)
        editor = window.open_editor(uuid)
        qtbot.waitExposed(editor)
        # Said at the top, at once, in the window's words: not after typing, on saving.
        banner = editor.read_only_banner
        assert banner.isVisible() and "khóa ghi" in banner.text() and "mở lại" in banner.text()
        assert banner.geometry().bottom() < editor.ui.body_splitter.geometry().top()
        ui = editor.ui
        assert editor.read_only and ui.name_edit.isReadOnly() and ui.goals_edit.isReadOnly()
        assert not ui.field_combo.isEnabled() and not ui.year_spin.isEnabled()
        assert ui.save_button.isHidden() and editor.add_buttons["owner_combo"].isHidden()
        assert editor.status_buttons() and not any(b.isEnabled() for b in editor.status_buttons())
        assert "khóa ghi" in editor.status_buttons()[0].toolTip()
        assert editor.evidence.ui.add_evidence_button.isHidden()
        assert not editor.evidence.acceptDrops() and editor.evidence.ui.caption_edit.isReadOnly()
        assert editor.progress.ui.add_report_button.isHidden()
        assert editor.progress.open_dialog() is None  # a double-click on a report: no editor
        assert editor.save() is False  # Ctrl+S with the button hidden: nothing is tried
        # The registration form still prints: into the user's Documents, kept like a saved
        # file (not the temporary folder, where a document about people stays unnoticed).
        operation = editor.print_form()
        qtbot.waitUntil(lambda: not operation.running, timeout=20_000)
        pdf = reports_dir(handle) / "phieu-dang-ky-MH-2026-001.pdf"
        assert pdf.read_bytes().startswith(b"%PDF") and not pdf.is_relative_to(root)
        assert pdf.is_relative_to(tmp_path / "home" / "Documents" / "DVK Desktop")
        for box in open_boxes():  # the offscreen platform has no PDF viewer
            box.close()
        editor.close()
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)  # no "save first?"
        assert open_error_dialogs() == []
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()


def test_the_same_model_on_a_writable_workspace_is_edited_as_usual(qtbot, tmp_path: Path) -> None:
    uuid = _with_a_model(tmp_path / "ws")
    handle = open_workspace(tmp_path / "ws")
    try:
        assert not handle.read_only
        window = open_window(qtbot, handle)
        editor = window.open_editor(uuid)
        qtbot.waitExposed(editor)
        assert not editor.read_only and getattr(editor, "read_only_banner", None) is None
        assert not editor.ui.name_edit.isReadOnly() and editor.ui.save_button.isEnabled()
        assert not editor.evidence.ui.add_evidence_button.isHidden()
        assert any(b.isEnabled() for b in editor.status_buttons())
        editor.ui.name_edit.setText("Thắp sáng đường quê thôn 3 (sửa)")
        assert editor.save()
        assert models.get_model(handle, uuid)["name"] == "Thắp sáng đường quê thôn 3 (sửa)"
        editor.close()
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()


def test_a_write_protected_workspace_is_backed_up_from_its_page_to_a_writable_folder(
    qtbot, locked_model: tuple[Path, str], tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from dvk_desktop.services.backup import restore_workspace
    from tests.gui.conftest import answer_next_box

    root, uuid = locked_model
    pc = tmp_path / "pc"
    pc.mkdir()
    handle = open_workspace(root)
    try:
        window = open_window(qtbot, handle)
        window.show_page("backup")
        page = window.backup_page
        ui = page.ui
        # Nothing is restored into the stick; the page says backups go elsewhere.
        for button in (ui.restore_file_button, ui.restore_selected_button):
            assert not button.isEnabled() and "khóa ghi" in button.toolTip()
        assert ui.backup_now_button.isEnabled() and ui.transfer_button.isEnabled()
        assert "không tự sao lưu" in ui.auto_note_label.text()
        # "Sao lưu ngay": its own backups folder is on the stick, so the user is told and
        # asked; the stick chosen again is refused the same way; a folder of the PC is taken.
        chosen = [str(root.parent), str(pc)]

        def pick(*_args: object, **_kwargs: object) -> str:
            if len(chosen) == 2:
                answer_next_box("Chọn thư mục khác…")
            return chosen.pop(0)

        monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick)
        answer_next_box("Chọn thư mục khác…")
        qtbot.mouseClick(ui.backup_now_button, Qt.MouseButton.LeftButton)
        assert chosen == [] and page.operation is not None
        qtbot.waitUntil(lambda: not page.operation.running, timeout=20_000)
        assert open_error_dialogs() == []
        [made] = pc.iterdir()  # the backup alone: no staging folder left beside it
        assert made.suffix == ".dvkbak"
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()
    restore_workspace(made, tmp_path / "restored")
    with open_workspace(tmp_path / "restored") as restored:
        assert models.get_model(restored, uuid)["name"] == "Thắp sáng đường quê thôn 3"


def test_viewing_copies_and_temporary_thumbnails_are_swept_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from dvk_desktop.gui.context import VIEWING_COPIES_KEPT_S, sweep_viewing_copies

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # this test's temporary folder
    old = tmp_path / "dvk-xem" / "0123456789abcdef" / "Ảnh hộ gia đình.jpg"
    thumb = tmp_path / "dvk-anh-nho" / f"{'a' * 64}.png"
    fresh = tmp_path / "dvk-xem" / "fedcba9876543210" / "Biên bản.pdf"
    other = tmp_path / "khac" / "tep.txt"  # not the program's: never touched
    for path in (old, thumb, fresh, other):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    now = old.stat().st_mtime + VIEWING_COPIES_KEPT_S + 60
    for path in (old, thumb, other):
        os.utime(path, (now - VIEWING_COPIES_KEPT_S - 30,) * 2)
    os.utime(fresh, (now - 60,) * 2)  # opened a minute ago: its viewer may still show it
    assert sweep_viewing_copies(now) == 2
    assert not old.exists() and not old.parent.exists() and not thumb.exists()
    assert fresh.exists() and other.exists()
