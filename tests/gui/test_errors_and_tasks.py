"""The error presenter, the exception hook and background operations."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from dvk_desktop.errors import Cancelled, ValidationError
from dvk_desktop.gui import errors
from dvk_desktop.gui.tasks import Operation, run_in_background


def test_user_error_shows_vietnamese_message_and_details(qtbot):
    exc = ValidationError(
        "Có 2 lỗi cần sửa trước khi lưu.",
        hint="Hãy sửa rồi lưu lại.",
        details=["Chưa nhập tên mô hình.", "Năm đăng ký 1990 không hợp lệ."],
    )
    dialog = errors.show_error(None, exc)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Thông báo"
    assert dialog.ui.message_label.text() == "Có 2 lỗi cần sửa trước khi lưu. Hãy sửa rồi lưu lại."
    assert "• Chưa nhập tên mô hình." in dialog.ui.details_edit.toPlainText()
    qtbot.mouseClick(dialog.ui.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_unexpected_error_names_the_log_and_copies_details(qtbot, tmp_path):
    errors.set_log_file(tmp_path / "logs" / "dvk.log")
    try:
        raise KeyError("bất ngờ")
    except KeyError as exc:
        dialog = errors.show_error(None, exc)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Lỗi"
    assert "lỗi không mong đợi" in dialog.ui.message_label.text()
    assert str(tmp_path / "logs" / "dvk.log") in dialog.ui.message_label.text()
    assert dialog.ui.copy_button.text() == "Sao chép chi tiết"
    qtbot.mouseClick(dialog.ui.copy_button, Qt.MouseButton.LeftButton)
    assert "KeyError" in QApplication.clipboard().text()
    assert "Traceback" in (tmp_path / "logs" / "dvk.log").read_text(encoding="utf-8")


def test_excepthook_shows_a_dialog_and_the_program_continues(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    try:
        raise RuntimeError("lỗi trong một khe")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    shown = errors.open_error_dialogs()
    # The details are the crash report: the error's kind, its Vietnamese text (data) masked.
    assert shown and "RuntimeError: …" in shown[-1].details
    assert "lỗi trong một khe" not in shown[-1].details


def test_operation_runs_off_the_ui_thread_and_reports_progress(qtbot):
    import threading

    seen = {}

    def work(reporter, cancel):
        seen["thread"] = threading.current_thread()
        reporter.report(1, 2, "nửa đường")
        return 42

    results = []
    operation = run_in_background(None, work, on_success=results.append, label="Thử")
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert results == [42]
    assert seen["thread"] is not threading.main_thread()


def test_cancel_reaches_the_core_and_reports_nothing(qtbot):
    failures = []

    def work(_reporter, cancel):
        while True:
            cancel.check()

    operation = Operation(parent=None, op=work, on_failure=failures.append)
    operation.run()
    operation.cancel_token.cancel()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert isinstance(operation.error, Cancelled)
    assert failures == []


def test_work_stuck_on_one_step_shows_its_cancel_button_soon(qtbot):
    """A step that waits (a lock, a slow server) must not hide the dialog and its Cancel."""
    import threading
    import time

    from PySide6.QtWidgets import QProgressDialog

    release = threading.Event()

    def work(reporter, _cancel):
        reporter.report(9, 10, "bước cuối")
        release.wait(10)

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started = time.monotonic()
    operation = run_in_background(parent, work, label="Thử")
    try:
        dialog = parent.findChild(QProgressDialog)
        qtbot.waitUntil(dialog.isVisible, timeout=1500)  # Qt's own default: 4 s
        assert time.monotonic() - started < 1.5
        assert dialog.value() == 9 and dialog.maximum() == 10
    finally:
        release.set()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass


def test_what_an_operation_holds_is_let_go_on_the_ui_thread(qtbot):
    """A window or operation freed on a worker thread crashes the program (its timers, children).

    Each operation's work holds a window; the window that asked is closed as soon as the
    answer arrives, so the worker's references would be the last ones if it kept any.
    """
    import gc
    import threading
    import weakref

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    freed_on: list[str] = []
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    alive: list[weakref.ref] = []
    for _ in range(40):
        window = QWidget()
        window.destroyed.connect(lambda *_: freed_on.append(threading.current_thread().name))

        def work(_reporter, _cancel, window=window):
            return [window.objectName()]  # the result and the work both reach the window

        holder = {"window": window}
        operation = run_in_background(
            None, work, on_success=lambda _result, holder=holder: holder.clear(), pool=pool
        )
        alive.append(weakref.ref(operation))
        del window, work, operation
    qtbot.waitUntil(lambda: len(freed_on) == 40, timeout=20_000)
    pool.waitForDone()
    gc.collect()
    assert set(freed_on) == {threading.main_thread().name}
    assert all(ref() is None for ref in alive)
