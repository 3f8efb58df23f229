"""The dvk command: exit codes 0/2/1, one-line Vietnamese messages, JSON output."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dvk_desktop.cli.main import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "dvk_desktop.cli.main", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_demo_then_list_and_show(tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    created = run("--workspace", ws, "demo")
    assert created.returncode == 0, created.stderr
    assert "44 mô hình" in created.stdout
    listed = run("models", "list", "-w", ws, "--json")
    data = json.loads(listed.stdout)
    assert data["total"] == 44
    assert any(m["name"] == "Thắp sáng đường quê" for m in data["models"])
    found = run("models", "list", "-w", ws, "--search", "thap sang duong que")
    assert "Thắp sáng đường quê" in found.stdout
    shown = run("models", "show", "-w", ws, "MH-2026-001")
    assert shown.returncode == 0
    assert "Chỉ tiêu" in shown.stdout


def test_info_json_has_unit_role_schema_and_counts(tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    assert run("init", "-w", ws, "--unit", "20791").returncode == 0
    info = json.loads(run("info", "-w", ws, "--json").stdout)
    assert info["unit_code"] == "20791"
    assert info["role"] == "co_so"
    assert info["parent_unit_code"] == "48"
    assert info["schema_version"]
    assert info["counts"]["models"] == 0


def test_upper_level_workspace_for_a_province(tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    assert run("init", "-w", ws, "--unit", "48").returncode == 0
    info = json.loads(run("info", "-w", ws, "--json").stdout)
    assert (info["unit_code"], info["role"]) == ("48", "cap_tren")


def test_three_tier_flow_with_a_district(tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    result = run(
        "init",
        "-w",
        ws,
        "--unit",
        "20791",
        "--district-code",
        "503",
        "--district-name",
        "Huyện Thăng Bình",
    )
    assert result.returncode == 0, result.stderr
    info = json.loads(run("info", "-w", ws, "--json").stdout)
    assert info["parent_unit_name"] == "Huyện Thăng Bình"


def test_add_edit_and_status_from_the_command_line(tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    run("demo", "-w", ws)
    added = run(
        "models",
        "add",
        "-w",
        ws,
        "--name",
        "Đường hoa thôn Bình Sa",
        "--year",
        "2026",
        "--field",
        "van_hoa_xa_hoi",
        "--owner",
        "doan thanh nien",
        "--village",
        "binh sa",
        "--place",
        "Thôn Bình Sa",
        "--start",
        "01/02/2026",
        "--end",
        "30/11/2026",
        "--evaluation",
        "15/10/2026",
        "--goals",
        "Trồng 2 km hoa",
        "--content",
        "Mỗi hộ trồng và chăm sóc hoa trước nhà",
        "--indicator",
        "DUONG_LAM_MOI=2000",
        "--budget-people",
        "15.000.000",
    )
    assert added.returncode == 0, added.stderr
    code = re.search(r"MH-\d{4}-\d{3}", added.stdout).group(0)  # type: ignore[union-attr]
    assert run("models", "status", "-w", ws, code, "dang_thuc_hien").returncode == 0
    edited = run("models", "edit", "-w", ws, code, "--place", "Thôn Bình Sa và thôn Hà Bình")
    assert edited.returncode == 0, edited.stderr
    shown = json.loads(run("models", "show", "-w", ws, code, "--json").stdout)
    assert shown["status"] == "dang_thuc_hien"
    assert shown["budget_people"] == 15_000_000
    assert shown["version"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["init", "--unit", "99999"], "Không có xã/phường/đặc khu nào mang mã “99999”"),
        (["models", "list"], "Chưa có vùng làm việc"),
        (["models", "show", "MH-1"], "Chưa có vùng làm việc"),
        (["models", "list", "--bogus"], "tham số không hiểu được"),
    ],
)
def test_user_errors_exit_2_with_one_clear_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    result = run(*args, "-w", str(tmp_path / "ws"))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["models", "status", "MH-2026-001", "khen_thuong"], "Không thể chuyển mô hình"),
        (["models", "status", "MH-2026-001", "cong_nhan"], "Không thể chuyển"),
        (["models", "show", "MH-9999-999"], "Không tìm thấy mô hình"),
        (["models", "add", "--name", "Thắp sáng đường quê", "--year", "2026"], "đã được đăng ký"),
        (
            ["models", "add", "--name", "Đường hoa", "--year", "2026", "--budget-state", "-5"],
            "không được âm",
        ),
        (
            ["models", "add", "--name", "Đường hoa", "--year", "2026", "--budget-state", "1,5"],
            "đồng chẵn",
        ),
        (
            ["models", "add", "--name", "Đường hoa", "--year", "2026", "--start", "31/02/2026"],
            "không tồn tại",
        ),
        (["models", "add", "--name", "x" * 301, "--year", "2026"], "300 ký tự"),
        (["models", "add", "--name", "", "--year", "2026"], "Chưa nhập tên"),
        (
            ["models", "add", "--name", "Đường hoa", "--year", "2026", "--field", "the thao"],
            "Lĩnh vực “the thao” không hợp lệ",
        ),
        (["db", "restore", "missing.dvkbak", "--yes"], "Không tìm thấy tệp sao lưu"),
    ],
)
def test_bad_input_on_a_demo_workspace_exits_2_and_changes_nothing(
    demo_template: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    import shutil

    ws = tmp_path / "ws"
    shutil.copytree(demo_template, ws)
    before = (ws / "dvk.sqlite3").read_bytes()
    result = run(*args, "-w", str(ws))
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 3
    assert (ws / "dvk.sqlite3").read_bytes() == before


def test_unexpected_errors_exit_1_and_go_to_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dvk_desktop.services import workspace_setup

    ws = tmp_path / "ws"
    assert main(["init", "-w", str(ws), "--unit", "00070"]) == 0

    def broken(handle: object) -> dict[str, object]:
        raise RuntimeError("disk controller on fire")

    # The command imports its service when it runs (start-up time), so patch it there.
    monkeypatch.setattr(workspace_setup, "workspace_summary", broken)
    assert main(["info", "-w", str(ws)]) == 1
    err = capsys.readouterr().err
    assert "Lỗi không mong đợi" in err
    assert "disk controller" not in err
    assert "disk controller on fire" in (ws / "logs" / "dvk.log").read_text(encoding="utf-8")


def test_backup_and_restore_commands(tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    run("demo", "-w", ws)
    backed = run("db", "backup", "-w", ws, "--out", str(tmp_path / "usb"))
    assert backed.returncode == 0, backed.stderr
    backup = next((tmp_path / "usb").glob("*.dvkbak"))
    check = run("db", "check", "-w", ws)
    assert check.returncode == 0 and "không có lỗi" in check.stdout
    restored = run("db", "restore", "-w", ws, str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert json.loads(run("info", "-w", ws, "--json").stdout)["counts"]["models"] == 44
    upgraded = run("db", "upgrade", "-w", ws)
    assert "phiên bản mới nhất" in upgraded.stdout


def test_help_is_bilingual() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "quản lý mô hình" in result.stdout
    assert "managing" in result.stdout
