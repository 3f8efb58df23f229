"""A shared office in the GUI: the server in the first-run wizard and Settings, connecting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from sqlalchemy import text
from sqlalchemy.engine import make_url

from dvk_desktop.gui.dialogs.first_run import FirstRunWizard
from dvk_desktop.gui.widgets.server_form import ServerForm
from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.services.shared_database import server_parts
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.head import SCHEMA_HEAD
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.conftest import fresh_pg_database
from tests.gui.conftest import open_window, type_text


def _fill(form: ServerForm, url: str, *, database: str | None = None) -> None:
    parsed = make_url(url)
    form.set_fields(
        str(parsed.query.get("host") or parsed.host),
        int(str(parsed.query.get("port") or parsed.port or 5432)),
        database or str(parsed.database),
        str(parsed.username),
    )


def _test(qtbot, form: ServerForm) -> str:
    operation = form.test()
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.running, timeout=15_000)
    return form.result_label.text()


@pytest.mark.postgres
def test_the_wizard_tests_the_server_and_creates_the_workspace_on_it(
    qtbot, tmp_path: Path, pg_url: str
) -> None:
    root = tmp_path / "tinh"
    wizard = FirstRunWizard(root)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.upper_radio.setChecked(True)
    assert not wizard.server_form.isVisible()
    wizard.shared_check.setChecked(True)
    form = wizard.server_form
    assert form.isVisible()
    form.set_fields("khong-co-may-chu.invalid", 5432, "dvk", "dvk")
    assert "Không tìm thấy máy chủ" in _test(qtbot, form)
    _fill(form, pg_url, database="khong_co_csdl")
    assert "không có cơ sở dữ liệu “khong_co_csdl”" in _test(qtbot, form)
    form.host_edit.clear()
    assert form.test() is None  # a missing field is told at once, without connecting
    assert "máy chủ" in form.result_label.text()
    _fill(form, pg_url)
    wizard.next()  # "Next" runs the test itself and goes on once the database is empty
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.unit_page, timeout=15_000)
    assert "còn trống" in form.result_label.text()
    type_text(qtbot, wizard.ui.unit_search_edit, "da nang")
    qtbot.waitUntil(lambda: wizard.unit_code is not None, timeout=2000)
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.ui.key_page
    with qtbot.waitSignal(wizard.workspace_created, timeout=30_000):  # migrating, off the UI
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.handle is not None
    assert wizard.handle.engine.dialect.name == "postgresql"
    assert wizard.handle.info().unit_code == "48"
    wizard.handle.close()
    assert (root / "database-url.txt").is_file()
    assert not (root / "dvk.sqlite3").exists()


def _server_workspace(root: Path) -> tuple[WorkspaceHandle, str, object]:
    url, drop = fresh_pg_database()
    return init_workspace(root, unit_code="01", database_url=url), url, drop


@pytest.mark.postgres
def test_a_second_pc_is_told_the_schema_and_joins_the_workspace_on_the_server(
    qtbot, tmp_path: Path
) -> None:
    handle, url, drop = _server_workspace(tmp_path / "may-1")
    try:
        handle.close()
        wizard = FirstRunWizard(tmp_path / "may-2")
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.shared_check.setChecked(True)
        form = wizard.server_form
        _fill(form, url)
        assert "đang dùng cho Thành phố Hà Nội" in _test(qtbot, form)
        assert wizard.use_existing_button.isVisible()
        assert not wizard.validateCurrentPage()  # a new workspace goes on an empty database only
        engine = make_engine_for(url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0006_review_scoring'"))
        assert "cấu trúc cũ (0006_review_scoring) và cần được nâng cấp" in _test(qtbot, form)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_tuong_lai'"))
        assert "phiên bản DVK Desktop mới hơn" in _test(qtbot, form)
        assert not wizard.use_existing_button.isVisible()
        with engine.begin() as conn:
            conn.execute(text(f"UPDATE alembic_version SET version_num = '{SCHEMA_HEAD}'"))
        engine.dispose()
        _test(qtbot, form)
        with qtbot.waitSignal(wizard.workspace_created):
            wizard.use_existing_button.click()
        assert wizard.handle is not None and wizard.handle.info().unit_code == "01"
        wizard.handle.close()
    finally:
        drop()  # type: ignore[operator]


def make_engine_for(url: str):
    from dvk_desktop.storage.engine import make_engine

    return make_engine(url)


def test_settings_shows_the_sqlite_file_and_has_no_server_to_test(window: MainWindow) -> None:
    group = window.settings_page.database_group
    assert "Tệp SQLite trên máy này" in group.location_label.text()
    assert not group.test_button.isEnabled()
    assert window.findChild(QLabel, "office_user_label").isHidden()  # one PC: nobody signs in
    assert not window.findChild(QAction, "action_switch_user").isVisible()
    assert not window.findChild(QAction, "action_own_password").isVisible()
    assert window.page_row("users") == -1


@pytest.mark.postgres
def test_settings_tests_the_server_and_connects_another_folder(qtbot, tmp_path: Path) -> None:
    handle, url, drop = _server_workspace(tmp_path / "may-1")
    try:
        window = open_window(qtbot, handle)
        group = window.settings_page.database_group
        shown = group.location_label.text()
        host, port, database, user = server_parts(url)
        assert (
            f"“{database}” trên máy chủ PostgreSQL {host}, cổng {port}, người dùng {user}" in shown
        )
        operation = group.test()
        assert operation is not None
        qtbot.waitUntil(lambda: not operation.running, timeout=15_000)
        assert "đang dùng cho Thành phố Hà Nội" in group.result_label.text()
        group.open_connect_dialog()
        dialog = group.dialog
        second = tmp_path / "may-2"
        dialog.folder_edit.setText(str(second))
        assert dialog.server_form.database_edit.text() == database  # this workspace's server
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: window.handle.paths.root == second, timeout=15_000)
        assert window.handle.info().unit_code == "01"
        assert "may-2" not in url and (second / "database-url.txt").is_file()
        window.handle.close()
    finally:
        drop()  # type: ignore[operator]


@pytest.mark.postgres
def test_connecting_to_an_older_schema_asks_before_upgrading(
    qtbot, tmp_path: Path, pg_url: str
) -> None:
    from alembic import command
    from PySide6.QtWidgets import QMessageBox

    from dvk_desktop.gui.dialogs.connect_dialog import ConnectDialog
    from dvk_desktop.storage.engine import _alembic_config, current_revision

    engine = make_engine_for(pg_url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005_communes")
        conn.execute(
            text(
                "INSERT INTO workspace (id, uuid, unit_code, unit_name, unit_level, role,"
                " standing_body, created_at) VALUES (1, 'u-1', '01', 'Thành phố Hà Nội', 'tinh',"
                " 'cap_tren', 'mttq', '2026-01-01')"
            )
        )
    dialog = ConnectDialog(tmp_path / "may-2")
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog.server_form, pg_url)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton, tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
        elif tries < 400:
            QTimer.singleShot(25, lambda: answer(button, tries + 1))

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    dialog.connect_folder()
    qtbot.waitUntil(lambda: bool(asked) and dialog.connect_button.isEnabled(), timeout=15_000)
    assert "cấu trúc cũ (0005_communes)" in asked[0]
    assert current_revision(engine) == "0005_communes"  # "No": nothing changed
    assert not (tmp_path / "may-2" / "database-url.txt").exists()
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    dialog.connect_folder()
    qtbot.waitUntil(lambda: dialog.root is not None, timeout=30_000)
    assert current_revision(engine) == SCHEMA_HEAD
    assert (tmp_path / "may-2" / "database-url.txt").is_file()
    engine.dispose()


@pytest.mark.postgres
def test_settings_moves_the_evidence_to_the_offices_shared_folder(qtbot, tmp_path: Path) -> None:
    from dvk_desktop.gui.tasks import running_operations
    from dvk_desktop.services import evidence_sharing

    handle, _url, drop = _server_workspace(tmp_path / "may-1")
    try:
        window = open_window(qtbot, handle)
        group = window.settings_page.database_group
        assert not group.evidence_button.isHidden()
        assert "thư mục riêng của máy này" in group.evidence_label.text()
        share = tmp_path / "o-chia-se"
        share.mkdir()
        operation = group.choose_evidence_folder(share)
        assert operation is not None
        qtbot.waitUntil(lambda: not operation.running, timeout=15_000)
        assert evidence_sharing.is_shared(handle)
        assert group.evidence_label.text() == f"Minh chứng: thư mục dùng chung {share}"
        assert "Các máy khác mở lại là dùng thư mục này" in group.result_label.text()
        # A folder that is not there: said in a dialog, the choice stays.
        operation = group.choose_evidence_folder(tmp_path / "chua-co")
        qtbot.waitUntil(lambda: not operation.running, timeout=15_000)
        from dvk_desktop.gui.errors import ErrorDialog

        [dialog] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ErrorDialog) and w.isVisible()
        ]
        shown = dialog.ui.message_label.text()
        assert "không có thư mục này" in shown and "Cài đặt → Cơ sở dữ liệu" in shown
        assert "dvk " not in shown
        dialog.close()
        assert evidence_sharing.current_folder(handle) == share
        qtbot.waitUntil(lambda: running_operations() == 0, timeout=15_000)
        window.handle.close()
    finally:
        drop()  # type: ignore[operator]


def test_one_pc_has_no_evidence_folder_to_choose(window: MainWindow) -> None:
    group = window.settings_page.database_group
    assert group.evidence_button.isHidden()


@pytest.mark.postgres
def test_cancelling_the_creation_on_the_server_leaves_nothing_there_or_in_the_folder(
    qtbot, tmp_path: Path, pg_url: str
) -> None:
    from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

    from tests.cli.test_server_init_interrupted import (
        blocked_at_the_last_migration,
        tables,
        wait_for_a_waiter,
    )

    root = tmp_path / "tinh"
    wizard = FirstRunWizard(root)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.upper_radio.setChecked(True)
    wizard.shared_check.setChecked(True)
    _fill(wizard.server_form, pg_url)
    _test(qtbot, wizard.server_form)
    wizard.next()
    type_text(qtbot, wizard.ui.unit_search_edit, "da nang")
    qtbot.waitUntil(lambda: wizard.unit_code is not None, timeout=2000)
    for _page in range(3):
        wizard.next()
    engine = make_engine_for(pg_url)
    with blocked_at_the_last_migration(engine):
        wizard.button(QWizard.WizardButton.FinishButton).click()
        wait_for_a_waiter(engine)  # every migration but the last is done, not committed
        operation = wizard.operation
        assert operation is not None and operation.running
        qtbot.waitUntil(lambda: operation.reporter.latest()[0] > 0, timeout=5000)
        progress = wizard.findChild(QProgressDialog)
        qtbot.waitUntil(progress.isVisible, timeout=5000)
        assert progress.maximum() == operation.reporter.latest()[1] > 1  # a real progress bar
        [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Hủy"]
        cancel.click()
    qtbot.waitUntil(lambda: not operation.running, timeout=15_000)
    box = wizard.cancelled_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "không có gì được tạo trên máy chủ hay trong thư mục" in box.text()
    assert wizard.handle is None and wizard.isVisible()  # still there to try again
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert tables(engine) == []  # no table, no alembic_version row
    assert not root.exists()  # no database-url.txt, no folder made for it
    box.close()
    with qtbot.waitSignal(wizard.workspace_created, timeout=30_000):  # a retry succeeds
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.handle is not None and wizard.handle.info().unit_code == "48"
    wizard.handle.close()
    engine.dispose()


@pytest.mark.postgres
def test_cancelling_the_upgrade_when_connecting_leaves_the_server_and_folder_as_they_were(
    qtbot, tmp_path: Path, pg_url: str
) -> None:
    from alembic import command
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from dvk_desktop.gui.dialogs.connect_dialog import ConnectDialog
    from dvk_desktop.storage.engine import _alembic_config, current_revision
    from tests.cli.test_server_init_interrupted import (
        blocked_at_the_last_migration,
        wait_for_a_waiter,
    )

    engine = make_engine_for(pg_url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005_communes")
    dialog = ConnectDialog(tmp_path / "may-2")
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog.server_form, pg_url)
    with blocked_at_the_last_migration(engine):
        operation = dialog.connect_folder(upgrade=True)
        assert operation is not None
        wait_for_a_waiter(engine)  # upgraded up to the last migration, nothing committed
        progress = dialog.findChild(QProgressDialog)
        qtbot.waitUntil(progress.isVisible, timeout=5000)
        [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Hủy"]
        cancel.click()
    qtbot.waitUntil(lambda: not operation.running, timeout=15_000)
    assert "Đã hủy nâng cấp; dữ liệu trên máy chủ không bị thay đổi" in (
        dialog.server_form.result_label.text()
    )
    assert dialog.root is None and dialog.connect_button.isEnabled()
    assert current_revision(engine) == "0005_communes"
    assert not (tmp_path / "may-2").exists()
    engine.dispose()
