"""A second start on the same workspace hands its package to the running program and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from dvk_desktop.gui import single_instance

ROOT = Path(__file__).resolve().parents[2]


def _wait_for(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.2)


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, short runtime folder for the sockets (Unix socket paths are short)."""
    folder = Path(tempfile.mkdtemp(prefix="dvk-rt-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def _start(root: Path, runtime: Path, *files: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(runtime / "config"),
        PYTHONPATH=str(ROOT),
    )
    command = [sys.executable, "-m", "dvk_desktop.gui.app", "--workspace", str(root)]
    command += ["--lang", "vi", *map(str, files)]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


@pytest.mark.skipif(sys.platform == "win32", reason="the socket path check is Unix-only")
def test_a_second_start_brings_the_first_to_the_front_with_its_package(
    workspace, runtime_dir, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    root = workspace.paths.root
    log = root / "logs" / "dvk.log"
    first = _start(root, runtime_dir)
    try:
        socket = Path(single_instance.address(root))
        _wait_for(lambda: socket.exists() or first.poll() is not None, 120, "the first start")
        assert first.poll() is None, first.stdout.read().decode() if first.stdout else ""
        package = tmp_path / "goi-tu-xa.dvkpkg"
        package.write_bytes(b"not a real package")
        started = time.monotonic()
        second = _start(root, runtime_dir, package)
        output, _ = second.communicate(timeout=120)
        assert second.returncode == 0, output.decode()
        handed_over_in = time.monotonic() - started
        # The first program is still the one running, and it took the package.
        assert first.poll() is None
        _wait_for(
            lambda: "importing goi-tu-xa.dvkpkg" in log.read_text(encoding="utf-8"),
            60,
            "the package to reach the first program",
        )
        text = log.read_text(encoding="utf-8")
        assert "another start handed over 1 file(s)" in text
        # The second start opened no workspace of its own: one program, one opening.
        assert handed_over_in < 60
    finally:
        first.terminate()
        first.wait(timeout=30)
    # The first program was killed: its socket file stays behind, stale. A new start is not
    # fooled by it: nobody answers, and listening removes it.
    assert not single_instance.hand_over(root, [])
    server = single_instance.InstanceServer(root)
    assert server.listen()
    try:
        assert single_instance.hand_over(root, [])
    finally:
        server.close()


def test_each_workspace_and_user_has_its_own_address(tmp_path, runtime_dir) -> None:  # type: ignore[no-untyped-def]
    one, other = tmp_path / "a", tmp_path / "b"
    assert single_instance.address(one) != single_instance.address(other)
    assert single_instance.address(one) == single_instance.address(tmp_path / "x" / ".." / "a")
    assert len(single_instance.address(one)) < 100  # Unix socket paths are limited


def test_a_malformed_message_is_ignored_and_the_server_keeps_listening(
    qtbot, tmp_path, runtime_dir
) -> None:  # type: ignore[no-untyped-def]
    from multiprocessing.connection import Client

    server = single_instance.InstanceServer(tmp_path)
    received: list[list[Path]] = []
    server.files_received.connect(received.append)
    assert server.listen()
    try:
        key = single_instance._authkey(tmp_path)
        with Client(single_instance.address(tmp_path), authkey=key) as conn:
            conn.send_bytes(b"\x80 not json")
        assert single_instance.hand_over(tmp_path, [tmp_path / "goi.dvkpkg"])
        qtbot.waitUntil(lambda: len(received) == 1, timeout=10_000)
        assert received[0] == [(tmp_path / "goi.dvkpkg").resolve()]
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket stands in for the program")
def test_a_running_program_that_never_answers_does_not_hang_a_second_start(
    tmp_path, runtime_dir, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import socket

    monkeypatch.setattr(single_instance, "HANDSHAKE_SECONDS", 0.5)
    monkeypatch.setattr(single_instance, "REPLY_SECONDS", 0.5)
    hung = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    hung.bind(single_instance.address(tmp_path))
    hung.listen(4)  # connections queue up; nobody ever accepts or speaks
    try:
        started = time.monotonic()
        assert not single_instance.hand_over(tmp_path, [tmp_path / "goi.dvkpkg"])
        assert time.monotonic() - started < 5
    finally:
        hung.close()


def test_closing_right_after_an_answer_never_hangs(tmp_path, runtime_dir) -> None:  # type: ignore[no-untyped-def]
    # The listening thread may end by itself between its last answer and close(); the program's
    # exit must not then wait for a handshake nobody will make (it hung a test run for an hour).
    for _ in range(20):
        server = single_instance.InstanceServer(tmp_path)
        assert server.listen()
        assert single_instance.hand_over(tmp_path, [])
        started = time.monotonic()
        server.close()
        assert time.monotonic() - started < 3
