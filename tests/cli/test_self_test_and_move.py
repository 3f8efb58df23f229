"""``dvk --self-test`` from the source tree, and ``dvk move`` between two computers."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from dvk_desktop.cli.main import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dvk_desktop.cli.main", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def test_self_test_runs_from_source_and_prints_one_line(tmp_path):
    started = time.monotonic()
    done = run("--self-test", env={"DVK_WORKSPACE": str(tmp_path / "untouched")})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    for step in ("migrations", "model", "form", "export", "verify", "import"):
        assert step in lines[0]
    assert not (tmp_path / "untouched").exists()  # a temporary folder, not the user's data
    assert time.monotonic() - started < 60


def test_a_command_is_still_required_without_self_test():
    done = run()
    assert done.returncode == 2
    assert "thiếu tên lệnh" in done.stderr and "dvk --help" in done.stderr


def test_move_export_check_restore(tmp_path, capsys):
    old, new = tmp_path / "may-cu", tmp_path / "may-moi"
    assert main(["demo", "-w", str(old)]) == 0
    assert main(["move", "export", "-w", str(old), "--out", str(tmp_path / "usb")]) == 0
    moved = next((tmp_path / "usb").glob("*.dvkmove"))
    assert main(["move", "check", str(moved)]) == 0
    assert "Tệp hợp lệ: Xã Thăng Bình (20791)" in capsys.readouterr().out
    assert main(["move", "restore", "-w", str(new), str(moved), "--yes"]) == 0
    assert "Đã khôi phục vùng làm việc của Xã Thăng Bình" in capsys.readouterr().out
    assert main(["models", "show", "-w", str(new), "MH-2026-001"]) == 0


def test_move_restore_asks_first_when_not_at_a_terminal(tmp_path, capsys):
    old = tmp_path / "may-cu"
    assert main(["init", "-w", str(old), "--unit", "20791"]) == 0
    assert main(["move", "export", "-w", str(old), "--out", str(tmp_path / "usb")]) == 0
    moved = next((tmp_path / "usb").glob("*.dvkmove"))
    assert main(["move", "restore", "-w", str(tmp_path / "moi"), str(moved)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert not (tmp_path / "moi").exists()


def test_a_damaged_move_file_is_refused_with_a_clear_message(tmp_path, capsys):
    bad = tmp_path / "hong.dvkmove"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["move", "restore", "-w", str(tmp_path / "moi"), str(bad), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "không phải tệp chuyển máy hợp lệ" in err
    assert not (tmp_path / "moi").exists()
