"""``dvk users`` and signing in from a terminal: roles checked, the user in the audit log."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from dvk_desktop.cli.main import main
from dvk_desktop.services import access
from dvk_desktop.storage.models import AuditEntry
from dvk_desktop.storage.workspace import open_workspace
from tests.upper import Office, build_office, copy_office, packages

PASSWORD = "Mật khẩu 2026"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("office") / "o", 1)


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    yield
    access.sign_out()


def dvk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_users_are_managed_by_the_administrator_and_each_role_is_checked(
    template: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    office = copy_office(template, tmp_path / "o")
    ws = str(office.province_dir)
    monkeypatch.setenv("DVK_AUTO_BACKUP", "0")
    monkeypatch.setenv("DVK_NEW_PASSWORD", PASSWORD)
    code, out, _ = dvk(capsys, "users", "list", "-w", ws)
    assert code == 0 and "Chưa có người dùng riêng" in out
    code, _, err = dvk(capsys, "users", "add", "-w", ws, "lan", "--role", "reviewer")
    assert code == 2 and "đầu tiên phải có vai trò quản trị" in err
    code, out, _ = dvk(capsys, "users", "add", "-w", ws, "quan.tri", "-r", "quản trị")
    assert code == 0 and "Đã thêm người dùng “quan.tri” (quản trị)" in out

    # From now on a guarded command needs a sign-in, and only an administrator adds users.
    code, _, err = dvk(capsys, "users", "add", "-w", ws, "lan", "-r", "thẩm định")
    assert code == 2 and "cần đăng nhập để quản lý người dùng" in err
    monkeypatch.setenv("DVK_PASSWORD", "sai mật khẩu")
    code, _, err = dvk(capsys, "users", "add", "-w", ws, "--user", "quan.tri", "lan", "-r", "x")
    assert code == 2 and "Tên đăng nhập hoặc mật khẩu không đúng" in err
    monkeypatch.setenv("DVK_PASSWORD", PASSWORD)
    for name, role in (("lan", "reviewer"), ("tiep.nhan", "importer"), ("ky", "approver")):
        code, _, err = dvk(capsys, "users", "add", "-w", ws, "--user", "quan.tri", name, "-r", role)
        assert code == 0, err
    code, out, _ = dvk(capsys, "users", "list", "-w", ws, "--json")
    listed = {u["name"]: u["roles"] for u in json.loads(out)}
    assert listed == {
        "ky": ["approver"], "lan": ["reviewer"], "quan.tri": ["admin"], "tiep.nhan": ["importer"],
    }  # fmt: skip

    usb = str(office.usb)
    code, _, err = dvk(capsys, "--user", "lan", "import", "-w", ws, usb)
    assert code == 2 and "không được nhập gói dữ liệu" in err and "vai trò tiếp nhận" in err
    monkeypatch.setenv("DVK_USER", "tiep.nhan")
    code, out, err = dvk(capsys, "import", "-w", ws, usb)
    assert code == 0, err
    code, _, err = dvk(capsys, "review", "set", "-w", ws, "MH-2026-001", "--state", "du_dieu_kien")
    assert code == 2 and "không được thẩm định hồ sơ" in err
    code, _, err = dvk(
        capsys, "review", "set", "-w", ws, "--user", "lan", "MH-2026-001", "--state", "du_dieu_kien"
    )
    assert code == 0, err
    code, _, err = dvk(capsys, "users", "disable", "-w", ws, "--user", "lan", "ky")
    assert code == 2 and "không được quản lý người dùng" in err
    code, out, _ = dvk(capsys, "users", "disable", "-w", ws, "--user", "quan.tri", "ky")
    assert code == 0 and "Đã khóa tài khoản “ky”" in out
    code, _, err = dvk(capsys, "users", "list", "-w", ws, "--user", "ky")
    assert code == 2 and "đã bị khóa" in err
    code, out, _ = dvk(capsys, "users", "roles", "-w", ws, "--user", "quan.tri", "lan", "-r",
                       "reviewer", "-r", "council")  # fmt: skip
    assert code == 0 and "thẩm định, thành viên hội đồng" in out
    code, out, _ = dvk(capsys, "users", "passwd", "-w", ws, "--user", "quan.tri", "lan")
    assert code == 0 and "Đã đổi mật khẩu" in out

    with open_workspace(office.province_dir, reading=True) as handle, handle.readers() as s:
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.at >= _today())))
    assert {"quan.tri", "lan"} <= actors
    assert any(a.startswith("tiep.nhan: gói ") for a in actors)  # the package and its importer
    assert len(packages(office)) == 1


def _today() -> dt.datetime:
    return dt.datetime.combine(dt.date.today(), dt.time()) - dt.timedelta(days=1)
