"""The one place where exceptions become dialogs, and the hook that catches the unexpected ones."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from dvk_desktop import logs
from dvk_desktop.config import default_log_dir
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.i18n import core, tr

_log = logging.getLogger("dvk.gui")
_LOG_FILE: list[Path] = [default_log_dir() / logs.LOG_NAME]
# Dialogs shown without blocking: kept here so Python does not collect them while visible.
_OPEN: list[QDialog] = []


def set_log_file(path: Path) -> None:
    """Send the program's log to ``path`` (the open workspace's logs/dvk.log), rotated."""
    _LOG_FILE[0] = path
    logs.install(path, "gui")


def log_file() -> Path:
    """Where unexpected errors are written."""
    return _LOG_FILE[0]


class ErrorDialog(QDialog):
    """A message for the user, with the details folded away and a button to copy them."""

    def __init__(
        self, parent: QWidget | None, message: str, details: str, *, report: bool = False
    ) -> None:
        super().__init__(parent)
        # Imported here: the generated form costs start-up time and is rarely needed.
        from dvk_desktop.gui.forms.ui_error_dialog import Ui_ErrorDialog

        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self.ui.message_label.setText(message)
        self.ui.details_edit.setPlainText(details)
        self.ui.details_edit.setVisible(bool(details))
        self.ui.details_toggle.setVisible(bool(details))
        self.ui.details_toggle.setChecked(True)
        self.ui.copy_button.setVisible(bool(details))
        # An unexpected error's details are its crash report: it can be saved and sent.
        self.ui.save_button.setVisible(report)
        self.ui.details_toggle.toggled.connect(self._on_details_toggle_toggled)
        self.ui.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)
        self.details = details

    def _on_details_toggle_toggled(self, checked: bool) -> None:
        self.ui.details_edit.setVisible(checked)

    def _on_copy_button_clicked(self) -> None:
        QApplication.clipboard().setText(f"{self.ui.message_label.text()}\n\n{self.details}")
        self.ui.copy_button.setText(tr("Đã sao chép"))

    def save_report(self, path: Path) -> None:
        """Write the crash report to ``path`` (temp file, fsync, rename)."""
        from dvk_desktop.crash import write_crash_report

        written = write_crash_report(path.parent, self.details)
        written.replace(path)
        self.ui.save_button.setText(tr("Đã lưu"))
        self.ui.save_button.setToolTip(str(path))

    def _on_save_button_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Lưu báo cáo lỗi"),
            str(Path.home() / "bao-cao-loi-dvk.txt"),
            tr("Tệp văn bản (*.txt)"),
        )
        if not name:
            return
        try:
            self.save_report(Path(name))
        except OSError as exc:
            self.ui.save_button.setText(tr("Không lưu được"))
            self.ui.save_button.setToolTip(str(exc.strerror or exc))


def _qt_versions() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    return {
        "PySide6": PySide6.__version__,
        "Qt": qVersion(),
        "Qt platform": QGuiApplication.platformName(),
    }


def describe(exc: BaseException) -> tuple[str, str]:
    """The user's message and the details for an exception (for an unexpected one: the report).

    An unexpected error's crash report is also written beside the log, without personal data
    or passphrases (dvk_desktop.crash).
    """
    if isinstance(exc, DvkError):
        # core(): a hint worded per interface names a screen here, never a ``dvk`` command.
        text = f"{core(exc.message)} {core(exc.hint)}".strip()
        return text, "\n".join(f"• {line}" for line in exc.user_details())
    from dvk_desktop.crash import report_unexpected

    report, path = report_unexpected(
        exc, log_file().parent, where="gui", extra_versions=_qt_versions()
    )
    message = tr(
        "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu không bị ảnh hưởng; bạn có thể tiếp tục "
        "làm việc. Chi tiết kỹ thuật được ghi vào tệp nhật ký:"
    )
    text = f"{message}\n{log_file()}"
    if path is not None:
        text += "\n" + tr(
            "Báo cáo lỗi (không có dữ liệu cá nhân, không có mật khẩu) đã được lưu tại %1; "
            "bạn có thể lưu một bản khác hoặc sao chép để gửi cho người hỗ trợ."
        ).replace("%1", str(path))
    return text, report


def known_error(exc: BaseException) -> BaseException:
    """A disk-full, removed-stick, busy or read-only failure as its clear message."""
    if isinstance(exc, DvkError):
        return exc
    from dvk_desktop.storage.faults import as_user_error

    try:  # the log sits in <workspace>/logs: that workspace's disk and holders
        return as_user_error(exc, root=log_file().parent.parent) or exc
    except Exception:  # classifying must never hide the original error
        return exc


def show_error(parent: QWidget | None, exc: BaseException) -> ErrorDialog:
    """Show ``exc`` to the user without blocking; return the dialog (tests read it)."""
    exc = known_error(exc)
    if isinstance(exc, DvkError):
        _log.info("user error: %s", exc.message)
    else:
        from dvk_desktop.crash import format_exception

        _log.error("unexpected error\n%s", format_exception(exc))
    message, details = describe(exc)
    window = _signed_in_window(parent, exc)
    if window is not None:
        message = _refused_text(exc, message)
    dialog = ErrorDialog(parent, message, details, report=not isinstance(exc, DvkError))
    dialog.setWindowTitle(tr("Thông báo") if isinstance(exc, DvkError) else tr("Lỗi"))
    if window is not None:
        _offer_sign_in(dialog, window)
    _OPEN.append(dialog)
    dialog.finished.connect(lambda _=0: _OPEN.remove(dialog) if dialog in _OPEN else None)
    dialog.open()
    return dialog


def _signed_in_window(parent: QWidget | None, exc: BaseException) -> QWidget | None:
    """The main window, when a signed-in user was refused (their account or roles changed)."""
    from dvk_desktop.services.access import AccessDeniedError, AccountLockedError

    if not isinstance(exc, AccessDeniedError) or parent is None:
        return None
    window = parent.window()
    handle = getattr(window, "handle", None)
    if handle is None or not hasattr(window, "switch_to"):
        return None
    from dvk_desktop.services import access

    if isinstance(exc, AccountLockedError) or access.current_user(handle) is not None:
        return window
    return None


def _refused_text(exc: BaseException, message: str) -> str:
    from dvk_desktop.services.access import AccountLockedError

    if isinstance(exc, AccountLockedError):
        return tr(
            "Tài khoản của bạn đã bị khóa (người quản trị vừa khóa, có thể từ máy khác), nên "
            "việc vừa làm chưa được lưu. Hãy đăng nhập bằng tài khoản khác, hoặc liên hệ người "
            "quản trị."
        )
    return (
        message
        + " "
        + tr("Vai trò của bạn có thể vừa được thay đổi; hãy đăng nhập lại để cập nhật.")
    )


def _offer_sign_in(dialog: ErrorDialog, window: QWidget) -> None:
    """A "sign in again" button beside "close": the sign-in rebuilds the pages for the roles."""
    from PySide6.QtWidgets import QPushButton

    button = QPushButton(tr("Đăng nhập lại…"), dialog)
    button.setObjectName("sign_in_again_button")
    dialog.ui.buttons_layout.insertWidget(dialog.ui.buttons_layout.count() - 1, button)
    dialog.sign_in_button = button  # type: ignore[attr-defined]

    def again() -> None:
        from dvk_desktop.gui.windows.office_view import switch_user

        dialog.accept()
        switch_user(window)

    button.clicked.connect(again)


def open_error_dialogs() -> list[ErrorDialog]:
    """Error dialogs currently shown (for tests and screenshots)."""
    _OPEN[:] = [d for d in _OPEN if isValid(d)]
    return [d for d in _OPEN if isinstance(d, ErrorDialog)]


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback__ = tb
    try:
        show_error(QApplication.activeWindow(), exc)
    except Exception:  # the presenter itself failed: at least keep the trace
        sys.__excepthook__(kind, exc, tb)


def install_excepthook() -> None:
    """Route exceptions escaping Qt slots to the error dialog; the program keeps running."""
    sys.excepthook = _excepthook
