"""One program per workspace: a second start hands its files to the running one and exits.

The channel is the standard library's ``multiprocessing.connection`` (a Unix socket in a
folder only the user can enter; a named pipe on Windows), not QLocalSocket: the bundle leaves
QtNetwork out (installer/trim.py; 3.4 MB and Kerberos libraries for one local socket).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

_log = logging.getLogger("dvk.gui")
# How long a running program has to answer, and a sender to speak, before it is given up.
REPLY_SECONDS = 3.0
MAX_MESSAGE = 64 * 1024
# The handshake of multiprocessing.connection.Client has no timeout: a peer that accepted and
# never answers (a program hung, or one whose listening thread has just ended) would block the
# caller for ever, a second start or the program's own exit. Each attempt is bounded.
HANDSHAKE_SECONDS = 5.0
WAKE_SECONDS = 1.0
WINDOWS = sys.platform == "win32"
T = TypeVar("T")


def _within(seconds: float, work: Callable[[], T]) -> T | None:
    """``work()`` in a daemon thread; None if it raised or has not finished in ``seconds``."""
    result: list[T] = []

    def run() -> None:
        with contextlib.suppress(Exception):
            result.append(work())

    thread = threading.Thread(target=run, name="dvk-single-instance-call", daemon=True)
    thread.start()
    thread.join(seconds)
    return result[0] if result else None


def _digest(root: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name (a service account): the folder alone still separates
        user = ""
    folder = str(root.expanduser().resolve())
    if WINDOWS:
        folder = folder.lower()  # C:\Users\… and c:\users\… are one folder on Windows
    return hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:24]


def address(root: Path) -> str:
    """Where the program running on the workspace ``root`` listens (per user, per folder)."""
    digest = _digest(root)
    if WINDOWS:
        return rf"\\.\pipe\dvk-desktop-{digest}"
    # A short path (Unix sockets allow about 100 bytes) in a folder only this user can enter.
    folder = Path(os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir())
    if not os.environ.get("XDG_RUNTIME_DIR"):
        folder = folder / f"dvk-desktop-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return str(folder / f"dvk-{digest}.sock")


def _authkey(root: Path) -> bytes:
    # Not a secret (the socket's folder is what keeps other users out): it makes a stray
    # connection from some other program fail the handshake instead of being read as a message.
    return hashlib.sha256(f"dvk-desktop single instance {_digest(root)}".encode()).digest()


def hand_over(root: Path, files: list[Path]) -> bool:
    """Give ``files`` to the program already running on ``root``; False if none answers."""
    return bool(_within(HANDSHAKE_SECONDS + REPLY_SECONDS, lambda: _hand_over(root, files)))


def _hand_over(root: Path, files: list[Path]) -> bool:
    try:
        conn = Client(address(root), authkey=_authkey(root))
    except (OSError, EOFError, ValueError):  # nobody listens (or a stale socket file)
        return False
    with conn:
        if WINDOWS:  # Windows lets the running program take the focus only if we allow it
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]
        try:
            message = {"files": [str(Path(f).expanduser().resolve()) for f in files]}
            conn.send_bytes(json.dumps(message).encode("utf-8"))
            return bool(conn.poll(REPLY_SECONDS) and conn.recv_bytes(16) == b"ok")
        except (OSError, EOFError):
            return False


class InstanceServer(QObject):
    """Listens for later starts on the same workspace; emits the files each one hands over."""

    files_received = Signal(list)

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed program is removed first."""
        where = address(self.root)
        try:
            self._listener = Listener(where, authkey=_authkey(self.root))
        except OSError:
            if WINDOWS:
                return False
            # Nobody answered on it (the caller tried to hand over first): it is stale.
            with contextlib.suppress(OSError):
                os.unlink(where)
            try:
                self._listener = Listener(where, authkey=_authkey(self.root))
            except OSError:
                return False
        self._thread = threading.Thread(target=self._serve, name="dvk-single-instance", daemon=True)
        self._thread.start()
        return True

    def close(self) -> None:
        """Stop listening (the program is ending); the socket file goes with it."""
        listener, self._listener = self._listener, None
        if listener is None:
            return
        # Wake the thread blocked in accept() so that it ends (closing does not wake it). The
        # thread may have ended on its own (it saw the listener gone after its last answer):
        # then nobody would answer the handshake, hence the bound.
        if self._thread is not None and self._thread.is_alive():
            _within(
                WAKE_SECONDS,
                lambda: Client(address(self.root), authkey=_authkey(self.root)).close(),
            )
        with contextlib.suppress(OSError):
            listener.close()
        # The thread holds this object: let it end here, so that it is never the last holder
        # (a QObject freed on another thread than its own can crash the program).
        if self._thread is not None:
            self._thread.join(WAKE_SECONDS)
            self._thread = None

    def _serve(self) -> None:
        listener = self._listener
        while listener is not None and self._listener is listener:
            try:
                conn = listener.accept()
            except (OSError, EOFError, ValueError):  # closed, or a failed handshake
                continue
            except Exception:  # multiprocessing.AuthenticationError and the like
                continue
            with conn:
                if self._listener is listener:
                    self._answer(conn)

    def _answer(self, conn: Connection) -> None:
        try:
            if not conn.poll(REPLY_SECONDS):
                return
            # Bytes and JSON only: recv() would unpickle, which runs code a sender chose.
            message = json.loads(conn.recv_bytes(MAX_MESSAGE).decode("utf-8"))
            files = [Path(str(f)) for f in message.get("files", [])]
            conn.send_bytes(b"ok")
        except Exception:  # a malformed message must not end the listening thread
            _log.warning("ignored a malformed message from another start")
            return
        _log.info("another start handed over %d file(s)", len(files))
        self.files_received.emit(files)  # queued to the GUI thread (the receiver lives there)


def bring_to_front(window: object) -> None:
    """Show ``window`` on top, restored if minimised, with the keyboard focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
