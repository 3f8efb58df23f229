"""The one place where exceptions become dialogs, and the hook that catches the unexpected ones."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from dvk_desktop.config import default_log_dir
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.i18n import tr

_log = logging.getLogger("dvk.gui")
_LOG_FILE: list[Path] = [default_log_dir() / "dvk.log"]
# Dialogs shown without blocking: kept here so Python does not collect them while visible.
_OPEN: list[QDialog] = []


def set_log_file(path: Path) -> None:
    """Send the program's log to ``path`` (the open workspace's logs/dvk.log)."""
    _LOG_FILE[0] = path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_dvk_gui", False):
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler._dvk_gui = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)


def log_file() -> Path:
    """Where unexpected errors are written."""
    return _LOG_FILE[0]


class ErrorDialog(QDialog):
    """A message for the user, with the details folded away and a button to copy them."""

    def __init__(self, parent: QWidget | None, message: str, details: str) -> None:
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
        self.ui.details_toggle.toggled.connect(self._on_details_toggle_toggled)
        self.ui.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)
        self.details = details

    def _on_details_toggle_toggled(self, checked: bool) -> None:
        self.ui.details_edit.setVisible(checked)

    def _on_copy_button_clicked(self) -> None:
        QApplication.clipboard().setText(f"{self.ui.message_label.text()}\n\n{self.details}")
        self.ui.copy_button.setText(tr("Đã sao chép"))


def describe(exc: BaseException) -> tuple[str, str]:
    """The user's message and the details for an exception."""
    if isinstance(exc, DvkError):
        return exc.user_text(), "\n".join(f"• {line}" for line in exc.details)
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    message = tr(
        "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu không bị ảnh hưởng; bạn có thể tiếp tục "
        "làm việc. Chi tiết kỹ thuật được ghi vào tệp nhật ký:"
    )
    return f"{message}\n{log_file()}", trace


def show_error(parent: QWidget | None, exc: BaseException) -> ErrorDialog:
    """Show ``exc`` to the user without blocking; return the dialog (tests read it)."""
    if isinstance(exc, DvkError):
        _log.info("user error: %s", exc.message)
    else:
        _log.error(
            "unexpected error\n%s",
            "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        )
    message, details = describe(exc)
    dialog = ErrorDialog(parent, message, details)
    dialog.setWindowTitle(tr("Thông báo") if isinstance(exc, DvkError) else tr("Lỗi"))
    _OPEN.append(dialog)
    dialog.finished.connect(lambda _=0: _OPEN.remove(dialog) if dialog in _OPEN else None)
    dialog.open()
    return dialog


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
