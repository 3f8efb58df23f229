"""Background operations: run a core function off the UI thread with progress and cancel."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from dvk_desktop.errors import Cancelled
from dvk_desktop.gui.i18n import core
from dvk_desktop.progress import CancelToken

# Operations in flight by number: Qt does not own them, so Python keeps them alive until they end.
_RUNNING: dict[int, Operation] = {}


class PolledReporter:
    """A ProgressReporter the worker writes to and a UI timer reads (no signal flood)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: tuple[int, int, str] = (0, 0, "")

    def report(self, done: int, total: int, message: str = "") -> None:
        """Record the latest progress (called from the worker thread)."""
        with self._lock:
            self._state = (done, total, message)

    def latest(self) -> tuple[int, int, str]:
        """The latest progress (read on the UI thread)."""
        with self._lock:
            return self._state


class _Bridge(QObject):
    """Wakes the UI thread when a worker has finished: it carries an operation's number only.

    One bridge lives as long as the application. The worker hands its result over through
    ``_RESULTS`` and lets go of every Python object before it emits, so the last reference
    to an operation, its window or its result is always dropped on the UI thread: a QObject
    destroyed on a worker thread (its timers, its children) crashes the program.
    """

    done = Signal(int)


_RESULTS: dict[int, tuple[bool, object]] = {}
_RESULTS_LOCK = threading.Lock()
_bridge: _Bridge | None = None
_numbers = itertools.count(1)


def _the_bridge() -> _Bridge:
    """The application's bridge, made on the UI thread the first time an operation starts."""
    global _bridge
    if _bridge is None or not isValid(_bridge):
        _bridge = _Bridge(QCoreApplication.instance())
        # A signal emitted from the worker thread reaches a receiver living on the UI thread
        # queued by default (AutoConnection); no Qt enum is needed here, which keeps this
        # module free of the Qt namespace before the main window paints.
        _bridge.done.connect(_deliver)
    return _bridge


def _deliver(number: int) -> None:
    with _RESULTS_LOCK:
        ok, value = _RESULTS.pop(number, (False, None))
    operation = _RUNNING.pop(number, None)
    if operation is not None:
        operation._on_done(ok, value)


class _Runnable(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self._number = number
        self._fn: Callable[[], Any] | None = fn
        self._done = bridge.done
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, self._fn = self._fn, None
        assert fn is not None
        try:
            outcome: tuple[bool, object] = (True, fn())
        except BaseException as exc:  # the UI decides how to present every failure
            outcome = (False, exc)
        del fn
        with _RESULTS_LOCK:
            _RESULTS[self._number] = outcome
        del outcome  # from here on this thread holds nothing of Python's but a number
        self._done.emit(self._number)


class Operation(QObject):
    """One piece of long work: ``op(reporter, cancel)`` runs in a worker and returns plain values.

    ``on_success(result)`` and ``on_failure(exc)`` run on the UI thread. Without
    ``on_failure`` errors go to :func:`dvk_desktop.gui.errors.show_error`; a cancelled operation
    calls neither, only ``on_cancelled(exc)`` if given (to say what the cancel left).
    """

    finished = Signal()

    def __init__(
        self,
        *,
        parent: QWidget | None,
        op: Callable[[PolledReporter, CancelToken], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        pool: QThreadPool | None = None,
        on_cancelled: Callable[[Cancelled], None] | None = None,
    ) -> None:
        super().__init__(None)
        self._pool = pool or QThreadPool.globalInstance()
        self._parent = parent
        self._op = op
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self.reporter = PolledReporter()
        self.cancel_token = CancelToken()
        self._dialog: Any = None  # a QProgressDialog while one is shown
        self._label = ""
        self._cancellable = True
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None

    def with_progress(self, label: str, *, cancellable: bool = True) -> Operation:
        """Show a progress dialog (after a short delay) with a Cancel button."""
        self._label = label
        self._cancellable = cancellable
        return self

    def run(self) -> Operation:
        """Start the work on the global thread pool."""
        if self._label:
            # Imported here: each PySide6 class costs start-up time the first time it is
            # imported, and no progress dialog is shown before the main window paints.
            from PySide6.QtWidgets import QProgressDialog

            dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
            dialog.setWindowTitle(self._label)
            from PySide6.QtCore import Qt

            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)  # quick work finishes without a flashing dialog
            # Starts the 400 ms clock now: otherwise Qt's 4 s default holds until the value
            # moves, and work stuck on one step (a lock, a slow server) showed no Cancel.
            dialog.setValue(0)
            dialog.setMinimumWidth(420)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if self._cancellable:
                dialog.setCancelButtonText(self.tr("Hủy"))
                dialog.canceled.connect(self.cancel_token.cancel)
            else:
                dialog.setCancelButton(None)
            self._dialog = dialog
            self._timer.start()
        self.running = True
        number = next(_numbers)
        _RUNNING[number] = self
        op, reporter, cancel = self._op, self.reporter, self.cancel_token
        self._pool.start(_Runnable(number, lambda: op(reporter, cancel), _the_bridge()))
        return self

    def _on_timer_timeout(self) -> None:
        if self._dialog is None:
            return
        done, total, message = self.reporter.latest()
        if total:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
        if message:
            # The core reports in Vietnamese; the dialog speaks the interface's language.
            self._dialog.setLabelText(f"{self._label}\n{core(message)[:80]}")

    def _on_done(self, ok: bool, value: object) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        self.running = False
        if self._parent is not None and not isValid(self._parent):
            # The window that asked for this work is gone: nobody is left to tell.
            self.finished.emit()
            return
        try:
            if ok:
                self.result = value
                if self._on_success is not None:
                    self._on_success(value)
            else:
                assert isinstance(value, BaseException)
                self.error = value
                if isinstance(value, Cancelled):
                    if self._on_cancelled is not None:  # else: the user asked, nothing to say
                        self._on_cancelled(value)
                elif self._on_failure is not None:
                    self._on_failure(value)
                else:
                    from dvk_desktop.gui.errors import show_error

                    show_error(self._parent, value)
        finally:
            self.finished.emit()


def run_in_background(
    parent: QWidget | None,
    op: Callable[[PolledReporter, CancelToken], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    label: str = "",
    cancellable: bool = True,
    pool: QThreadPool | None = None,
    on_cancelled: Callable[[Cancelled], None] | None = None,
) -> Operation:
    """Shorthand for ``Operation(...).with_progress(label).run()``."""
    operation = Operation(
        parent=parent, op=op, on_success=on_success, on_failure=on_failure, pool=pool,
        on_cancelled=on_cancelled,
    )  # fmt: skip
    if label:
        operation.with_progress(label, cancellable=cancellable)
    return operation.run()


def running_operations() -> int:
    """How many operations are still in flight (tests and shutdown wait for zero)."""
    return len(_RUNNING)
