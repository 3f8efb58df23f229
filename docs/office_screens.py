"""Screens of a shared office (docs/make_screenshots.py): server, sign-in, users, role checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from dvk_desktop.domain.office import Role
from dvk_desktop.services import access
from dvk_desktop.services.workspace_setup import init_workspace

PASSWORD = "Mật khẩu 2026"


def _office(root: Path) -> None:
    """A province on one PC with an administrator, a reviewer and an approver."""
    handle = init_workspace(root, unit_code="48")
    access.add_user(handle, "quan.tri", PASSWORD, [Role.ADMIN], full_name="Lê Văn Quản")
    access.sign_in(handle, "quan.tri", PASSWORD)
    access.add_user(
        handle, "tham.dinh", PASSWORD, [Role.REVIEWER, Role.IMPORTER], full_name="Trần Thị Thẩm"
    )
    access.add_user(handle, "ky.quyet.dinh", PASSWORD, [Role.APPROVER], full_name="Phạm Văn Ký")
    access.add_user(handle, "hoi.dong.1", PASSWORD, [Role.COUNCIL], full_name="Võ Thị Hội")
    access.set_active(handle, "hoi.dong.1", False)
    access.sign_out()
    handle.close()


def _signed_in_window(root: Path, name: str, app: QApplication, settle: Callable) -> Any:
    from dvk_desktop.gui.dialogs.sign_in import SignInDialog
    from dvk_desktop.gui.windows.main_window import MainWindow
    from dvk_desktop.storage.workspace import open_workspace

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog):
            dialog.name_edit.setText(name)
            dialog.password_edit.setText(PASSWORD)
            dialog.accept()
        else:
            QTimer.singleShot(25, answer)

    QTimer.singleShot(0, answer)
    window = MainWindow(open_workspace(root), auto_backup=False)
    window.resize(1366, 768)
    window.show()
    settle(app)
    return window


def shoot(
    app: QApplication,
    scratch: Path,
    save: Callable[[QWidget, str], Any],
    settle: Callable[[QApplication], None],
) -> None:
    """The wizard's shared database, sign-in, the users page, a reviewer's decisions page."""
    from dvk_desktop.gui.dialogs.first_run import FirstRunWizard
    from dvk_desktop.gui.dialogs.sign_in import SignInDialog
    from dvk_desktop.storage.workspace import open_workspace

    wizard = FirstRunWizard(scratch / "van-phong")
    wizard.resize(760, 560)
    wizard.ui.upper_radio.setChecked(True)
    wizard.shared_check.setChecked(True)
    wizard.server_form.set_fields("may-chu-van-phong.invalid", 5432, "dvk_tinh", "dvk")
    wizard.server_form.password_edit.setText(PASSWORD)
    wizard.show()
    operation = wizard.server_form.test()
    while operation is not None and operation.running:
        settle(app)
    settle(app)
    save(wizard, "van-phong-may-chu")
    wizard.reject()

    root = scratch / "van-phong-tinh"
    _office(root)
    handle = open_workspace(root)
    dialog = SignInDialog(handle)
    dialog.show()
    dialog.name_edit.setText("tham.dinh")
    dialog.password_edit.setText("sai mật khẩu")
    dialog.accept()
    settle(app)
    save(dialog, "van-phong-dang-nhap")
    dialog.reject()
    handle.close()

    window = _signed_in_window(root, "quan.tri", app, settle)
    window.show_page("users")
    window.page("users").select("tham.dinh")
    settle(app)
    save(window, "van-phong-nguoi-dung")
    window.show_page("settings")
    settle(app)
    save(window, "van-phong-cai-dat")
    window.close()
    window.handle.close()
    access.sign_out()

    window = _signed_in_window(root, "tham.dinh", app, settle)
    window.show_page("decisions")
    settle(app)
    save(window, "van-phong-vai-tro")
    window.close()
    window.handle.close()
    access.sign_out()
