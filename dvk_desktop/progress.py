"""Progress reporting and cancellation for long operations, free of any GUI toolkit."""

from __future__ import annotations

import threading
from typing import Protocol

from dvk_desktop.errors import Cancelled


class ProgressReporter(Protocol):
    """Receives progress from a long operation; the GUI and CLI each provide one."""

    def report(self, done: int, total: int, message: str = "") -> None:
        """Record that ``done`` of ``total`` steps are complete."""


class NullReporter:
    """A reporter that ignores progress, for callers that do not show it."""

    def report(self, done: int, total: int, message: str = "") -> None:
        """Ignore the progress report."""


class CancelToken:
    """A flag the caller sets and the core checks between steps (thread-safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancellation was requested."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()
