"""On a write-protected workspace every page's writing button is greyed with the reason; reading
and printing stay. On a writable one the same buttons are offered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import update

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import Status
from dvk_desktop.gui.errors import open_error_dialogs
from dvk_desktop.gui.tasks import running_operations
from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.services import review
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.workspace import open_workspace
from tests.gui.conftest import open_window
from tests.gui.locked import write_protected
from tests.gui.test_read_only_workspace import _with_a_model
from tests.reports.bulk import insert_models

pytestmark = pytest.mark.sqlite_only

REASON = "khóa ghi"  # in workspace_read_only_text(): the stick's switch, and what to do


def _province(root: Path) -> None:
    """A province holding four proposed models of two communes, the first accepted."""
    handle = init_workspace(root, unit_code="01")
    try:
        insert_models(handle, 4, units=["00070", "00073"])
        with handle.engine.begin() as conn:
            conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
        review.set_review(handle, "10000000-0000-4000-8000-000001000000", ReviewState.ACCEPTED)
    finally:
        handle.close()


def _window(qtbot, root: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    handle = open_workspace(root)
    try:
        yield open_window(qtbot, handle)
    finally:
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
        handle.close()


@pytest.fixture
def locked_commune(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with write_protected(tmp_path, _with_a_model) as root:
        yield from _window(qtbot, root)


@pytest.fixture
def commune(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    _with_a_model(tmp_path / "ws")
    yield from _window(qtbot, tmp_path / "ws")


@pytest.fixture
def locked_province(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with write_protected(tmp_path, _province) as root:
        yield from _window(qtbot, root)


@pytest.fixture
def province(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    _province(tmp_path / "tinh")
    yield from _window(qtbot, tmp_path / "tinh")


def _greyed(*widgets: QWidget) -> None:
    for widget in widgets:
        assert not widget.isEnabled(), widget.objectName() or widget.text()
        assert REASON in widget.toolTip(), widget.objectName() or widget.text()


def _offered(*widgets: QWidget) -> None:
    for widget in widgets:
        assert widget.isEnabled(), widget.objectName() or widget.text()
        assert REASON not in widget.toolTip(), widget.objectName() or widget.text()


def _commune_writes(window: MainWindow) -> list[QWidget]:
    packages, settings, backup = window.packages_page, window.settings_page, window.backup_page
    return [
        packages.ui.create_key_button, packages.ui.pin_parent_button, packages.ui.import_button,
        settings.ui.save_settings_button, settings.database_group.connect_button,
        settings.database_group.evidence_button, backup.ui.restore_file_button,
    ]  # fmt: skip


def test_a_communes_pages_grey_what_writes_on_a_write_protected_stick(
    qtbot, locked_commune: MainWindow
) -> None:
    window = locked_commune
    _greyed(*_commune_writes(window))
    packages = window.packages_page
    # Held greyed when the page's own logic would offer them (a refresh, a checked package).
    packages.refresh()
    packages.ui.confirm_import_button.setEnabled(True)
    _greyed(packages.ui.create_key_button, packages.ui.confirm_import_button)
    # Reading, printing and copying elsewhere stay.
    reports, backup = window.reports_page, window.backup_page
    _offered(
        reports.ui.form_button, backup.ui.backup_now_button, backup.ui.backup_to_button,
        backup.ui.transfer_button, window.settings_page.ui.change_folder_button,
    )  # fmt: skip
    dialog = backup.open_transfer()  # the move to a new computer: exported, not restored into
    _offered(dialog.ui.export_button)
    _greyed(dialog.ui.restore_button)
    dialog.close()
    assert open_error_dialogs() == []


def test_the_same_pages_on_a_writable_workspace_offer_them(commune: MainWindow) -> None:
    window = commune
    _offered(*_commune_writes(window))
    dialog = window.backup_page.open_transfer()
    _offered(dialog.ui.restore_button)
    dialog.close()


def _upper_writes(window: MainWindow) -> list[QWidget]:
    communes, inbox, packages = window.communes_page, window.inbox_page, window.packages_page
    settings = window.settings_page
    assert settings.succession_group is not None
    return [
        communes.ui.deadline_button, communes.ui.enrol_button, inbox.ui.files_button,
        inbox.ui.folder_button, window.scoring_page.rubric_editor.save_button,
        window.decisions_page.ui.scan_button, packages.ui.create_key_button,
        packages.ui.pin_parent_button, settings.ui.save_settings_button,
        settings.succession_group.import_button, window.page("users").add_button,
    ]  # fmt: skip


def test_an_upper_levels_pages_grey_what_writes_on_a_write_protected_stick(
    qtbot, locked_province: MainWindow
) -> None:
    window = locked_province
    _greyed(*_upper_writes(window))
    assert not window.inbox_page.acceptDrops() and not window.acceptDrops()
    # The buttons a selection would offer stay greyed once something is chosen.
    scoring = window.scoring_page
    scoring.on_shown()
    qtbot.waitUntil(lambda: scoring.models_table.rowCount() == 1, timeout=10_000)
    scoring.models_table.setCurrentCell(0, 0)
    assert scoring.score is not None  # the model is shown, its sheets can be read and printed
    _greyed(scoring.save_button, scoring.remove_button)
    _offered(scoring.print_button)
    decisions, send_back = window.decisions_page, window.send_back_page
    for page in (window.communes_page, window.review_page, decisions, send_back):
        page.on_shown()
    _greyed(
        window.communes_page.ui.revoke_button, window.review_page.apply_button,
        decisions.ui.record_button, decisions.ui.attach_button, send_back.ui.send_button,
        send_back.ui.aggregate_button, window.inbox_page.ui.enrol_button,
        window.inbox_page.ui.accept_button, window.model_page.duplicates_panel.not_duplicate_button,
    )  # fmt: skip
    _offered(decisions.ui.proposals_button, window.summary_page.ui.pdf_button)
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20_000)
    assert open_error_dialogs() == []  # no page tried to write on its first read


def test_an_upper_level_on_a_writable_folder_offers_them(qtbot, province: MainWindow) -> None:
    window = province
    group = window.settings_page.succession_group
    assert group is not None
    qtbot.waitUntil(lambda: not group.loading, timeout=10_000)  # its button waits for the read
    _offered(*_upper_writes(window))
    assert window.inbox_page.acceptDrops() and window.acceptDrops()
    scoring = window.scoring_page
    scoring.on_shown()
    qtbot.waitUntil(lambda: scoring.models_table.rowCount() == 1, timeout=10_000)
    scoring.models_table.setCurrentCell(0, 0)
    _offered(scoring.save_button, scoring.remove_button)
