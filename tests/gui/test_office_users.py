"""A shared office in the GUI: sign-in, the user shown and logged, role checks, the users page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from dvk_desktop.domain.office import Role
from dvk_desktop.gui.dialogs.sign_in import SignInDialog
from dvk_desktop.gui.windows.main_window import MainWindow
from dvk_desktop.services import access
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import AuditEntry
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.gui.conftest import open_window

PASSWORD = "Mật khẩu 2026"


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    yield
    access.sign_out()  # the sign-in is per process: never leak into the next test


def _office(root: Path) -> WorkspaceHandle:
    """A province on one PC (SQLite) with an administrator and a reviewer."""
    handle = init_workspace(root, unit_code="01")
    access.add_user(handle, "quan.tri", PASSWORD, [Role.ADMIN], full_name="Lê Văn Quản")
    access.sign_in(handle, "quan.tri", PASSWORD)
    access.add_user(handle, "tham.dinh", PASSWORD, [Role.REVIEWER], full_name="Trần Thị Thẩm")
    access.sign_out()
    return handle


def _answer_sign_in(answers: list[tuple[str, str]], seen: list[str]) -> None:
    """Type each (name, password) into the next sign-in dialog; note its messages."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog) and dialog.isVisible():
            name, password = answers.pop(0)
            dialog.name_edit.setText(name)
            dialog.password_edit.setText(password)
            dialog.accept()
            seen.append(dialog.message_label.text())
            if answers:
                QTimer.singleShot(0, attempt)
            return
        if tries < 400:
            QTimer.singleShot(25, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


def test_a_reviewer_signs_in_and_cannot_sign_decisions(qtbot, tmp_path: Path) -> None:
    handle = _office(tmp_path / "tinh")
    seen: list[str] = []
    _answer_sign_in([("tham.dinh", "sai mật khẩu"), ("Tham.Dinh", PASSWORD)], seen)
    window = open_window(qtbot, handle)
    assert seen[0] == (
        "Tên đăng nhập hoặc mật khẩu không đúng. Hãy nhập lại; nếu quên mật khẩu, nhờ người "
        "quản trị đặt lại."
    )
    label = window.findChild(QLabel, "office_user_label")
    assert label.isVisible() and label.text() == "Người dùng: tham.dinh (thẩm định)"
    window.show_page("decisions")
    record = window.decisions_page.ui.record_button
    window.decisions_page.ui.record_button.setEnabled(True)  # what the page does on a choice
    assert not record.isEnabled()
    assert record.toolTip() == (
        "Chỉ người có vai trò người ký quyết định được ký quyết định công nhận."
    )
    note = window.decisions_page.findChild(QLabel, "role_note_label")
    assert note.isVisible() and note.text() == record.toolTip()  # said without hovering, too
    assert window.review_page.apply_button.toolTip() == ""  # a reviewer reviews
    assert window.review_page.findChild(QLabel, "role_note_label") is None
    window.show_page("scoring")
    assert not window.scoring_page.save_button.isEnabled()
    assert "thành viên hội đồng" in window.scoring_page.save_button.toolTip()
    assert window.page_row("users") == -1  # not an administrator
    own = window.findChild(QAction, "action_own_password")
    assert own.isVisible()

    def new_password(tries: int = 0) -> None:
        dialog = getattr(window, "password_dialog", None)
        if dialog is None or not dialog.isVisible():
            if tries < 400:
                QTimer.singleShot(25, lambda: new_password(tries + 1))
            return
        dialog.password_edit.setText("Mật khẩu riêng 2026")
        dialog.again_edit.setText("Mật khẩu riêng 2026")
        dialog.accept()

    QTimer.singleShot(0, new_password)
    own.trigger()  # a reviewer may set their own password, nobody else's
    assert window.statusBar().currentMessage() == "Đã đổi mật khẩu."
    switch = window.findChild(QAction, "action_switch_user")
    assert switch.isVisible()
    _answer_sign_in([("quan.tri", PASSWORD)], seen)
    switch.trigger()  # the administrator takes the PC: their pages, their buttons
    assert label.text() == "Người dùng: quan.tri (quản trị)"
    assert window.page_row("users") > 0
    assert "vai trò thẩm định" in window.review_page.apply_button.toolTip()
    access.set_password(handle, "tham.dinh", "Mật khẩu mới 2026")
    with handle.sessions() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "user_password").order_by(AuditEntry.id)
        ).all()
        # The log names who was signed in (not the OS login): the reviewer, then the admin.
        assert [(e.actor, e.entity_uuid) for e in entries] == [
            ("tham.dinh", "tham.dinh"), ("quan.tri", "tham.dinh"),
        ]  # fmt: skip


def test_giving_up_the_sign_in_closes_the_window(qtbot, tmp_path: Path) -> None:
    handle = _office(tmp_path / "tinh")

    def give_up(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog):
            dialog.reject()
        elif tries < 400:
            QTimer.singleShot(25, lambda: give_up(tries + 1))

    QTimer.singleShot(0, give_up)
    window = MainWindow(handle, auto_backup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert access.current_user(handle) is None


def test_an_administrator_manages_users_on_their_page(qtbot, tmp_path: Path) -> None:
    handle = _office(tmp_path / "tinh")
    _answer_sign_in([("quan.tri", PASSWORD)], [])
    window = open_window(qtbot, handle)
    assert window.page_row("users") == window.page_row("settings") - 1
    window.show_page("users")
    page = window.page("users")
    assert window.current_page() is page
    assert [page.table.item(r, 2).text() for r in range(page.table.rowCount())] == [
        "quản trị", "thẩm định",
    ]  # fmt: skip

    def fill_dialog(fill) -> None:
        def attempt(tries: int = 0) -> None:
            dialog = getattr(page, "dialog", None)
            if dialog is not None and dialog.isVisible():
                fill(dialog)
                dialog.accept()
                if dialog.isVisible():  # refused: say why in the test's failure
                    dialog.reject()
                    raise AssertionError(dialog.message_label.text())
                page.dialog = None
            elif tries < 400:
                QTimer.singleShot(25, lambda: attempt(tries + 1))

        page.dialog = None
        QTimer.singleShot(0, attempt)

    def new_user(dialog) -> None:
        dialog.name_edit.setText("ky.quyet.dinh")
        dialog.full_name_edit.setText("Phạm Văn Ký")
        dialog.password_edit.setText(PASSWORD)
        dialog.again_edit.setText(PASSWORD)
        dialog.role_checks[Role.APPROVER].setChecked(True)

    fill_dialog(new_user)
    assert page.add_user()
    assert page.selected_name() == "ky.quyet.dinh"
    assert "Đã thêm người dùng “ky.quyet.dinh”" in page.result_label.text()

    def also_council(dialog) -> None:
        assert dialog.role_checks[Role.APPROVER].isChecked()
        dialog.role_checks[Role.COUNCIL].setChecked(True)

    fill_dialog(also_council)
    assert page.change_roles()
    users = {u.name: u for u in access.list_users(handle)}
    assert users["ky.quyet.dinh"].roles == (Role.COUNCIL, Role.APPROVER)

    def new_password(dialog) -> None:
        dialog.password_edit.setText("Một mật khẩu khác")
        dialog.again_edit.setText("Một mật khẩu khác")

    fill_dialog(new_password)
    assert page.reset_password()
    page.toggle_active()
    assert page.table.item(page.table.currentRow(), 3).text() == "Đã khóa"
    assert not {u.name: u for u in access.list_users(handle)}["ky.quyet.dinh"].active
    assert window.findChild(QLabel, "office_user_label").text() == "Người dùng: quan.tri (quản trị)"


def test_the_first_user_signs_in_and_the_roles_apply_at_once(qtbot, tmp_path: Path) -> None:
    handle = init_workspace(tmp_path / "tinh", unit_code="01")  # one PC, nobody signs in
    window = open_window(qtbot, handle)
    assert window.findChild(QLabel, "office_user_label").isHidden()
    assert window.inbox_page.ui.files_button.isEnabled()
    window.show_page("users")
    page = window.page("users")
    assert "Chưa có người dùng riêng" in page.note_label.text()

    def first_admin(tries: int = 0) -> None:
        dialog = getattr(page, "dialog", None)
        if dialog is None or not dialog.isVisible():
            if tries < 400:
                QTimer.singleShot(25, lambda: first_admin(tries + 1))
            return
        dialog.name_edit.setText("quan.tri")
        dialog.password_edit.setText(PASSWORD)
        dialog.again_edit.setText(PASSWORD)
        dialog.role_checks[Role.ADMIN].setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, first_admin)
    assert page.add_user()
    qtbot.waitUntil(lambda: window.page("users") is not page, timeout=5000)  # pages rebuilt
    label = window.findChild(QLabel, "office_user_label")
    assert label.isVisible() and label.text() == "Người dùng: quan.tri (quản trị)"
    files = window.inbox_page.ui.files_button
    assert not files.isEnabled() and "vai trò tiếp nhận" in files.toolTip()
    window.handle.close()


# Which guarded buttons each role may use (the reviewer and administrator are tested above).
ROLE_BUTTONS = {
    Role.IMPORTER: {"inbox", "send_back"},
    Role.COUNCIL: {"scoring"},
    Role.APPROVER: {"decisions", "send_back"},
}
GUARDED = {
    "inbox": ("inbox_page", "ui.files_button"),
    "review": ("review_page", "apply_button"),
    "scoring": ("scoring_page", "save_button"),
    "decisions": ("decisions_page", "ui.record_button"),
    "send_back": ("send_back_page", "ui.send_button"),
    "communes": ("communes_page", "ui.enrol_button"),
}


def test_each_role_sees_only_its_own_buttons_usable(qtbot, tmp_path: Path) -> None:
    from dvk_desktop.gui.windows.office_view import RoleGuard

    handle = init_workspace(tmp_path / "tinh", unit_code="01")
    access.add_user(handle, "quan.tri", PASSWORD, [Role.ADMIN])
    access.sign_in(handle, "quan.tri", PASSWORD)
    for role in ROLE_BUTTONS:
        access.add_user(handle, role.value, PASSWORD, [role])
    window = None
    for role, usable in ROLE_BUTTONS.items():
        access.sign_in(handle, role.value, PASSWORD)
        if window is None:
            window = open_window(qtbot, handle)
        else:
            window.switch_to(handle.paths.root)
        assert window.page_row("users") == -1
        for key, (page, path) in GUARDED.items():
            widget = getattr(window, page)
            for part in path.split("."):
                widget = getattr(widget, part)
            guarded = widget.findChild(RoleGuard) is not None
            assert guarded is (key not in usable), (role, key)
            assert widget.toolTip().startswith("Chỉ người có vai trò") is guarded


def test_roles_changed_on_another_pc_show_when_the_window_comes_back(qtbot, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from dvk_desktop.gui.windows.office_view import RoleGuard

    handle = _office(tmp_path / "tinh")
    access.sign_in(handle, "tham.dinh", PASSWORD)
    window = open_window(qtbot, handle)
    window.show_page("decisions")
    assert window.decisions_page.ui.record_button.findChild(RoleGuard) is not None
    # The administrator, on another PC, makes the reviewer an approver as well.
    subprocess.run(
        [sys.executable, "-m", "dvk_desktop.cli.main", "users", "roles", "tham.dinh",
         "-r", "reviewer", "-r", "approver", "-w", str(handle.paths.root), "--user", "quan.tri"],
        check=True, env={**os.environ, "DVK_PASSWORD": PASSWORD}, capture_output=True,
    )  # fmt: skip
    assert window.role_watch.check()  # what the next activation of the window does
    window.show_page("decisions")
    assert window.decisions_page.ui.record_button.findChild(RoleGuard) is None
    assert "được cập nhật" in window.statusBar().currentMessage()
    assert not window.role_watch.check()  # nothing changed since: nothing rebuilt
    handle.close()
