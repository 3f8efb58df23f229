"""dvk keys / trust / export / verify / import, driven as a clerk would from a terminal script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PASS = "mật khẩu xã 2026 dài"


def dvk(*args: str, passphrase: str | None = PASS) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("DVK_PASSPHRASE", None)
    if passphrase is not None:
        env["DVK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "dvk_desktop.cli.main", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def fingerprint(ws: str) -> str:
    return json.loads(dvk("keys", "show", "-w", ws, "--json").stdout)["fingerprint"]


def test_commune_sends_and_province_imports_from_the_command_line(tmp_path: Path) -> None:
    xa, tinh, usb = str(tmp_path / "xa"), str(tmp_path / "tinh"), tmp_path / "usb"
    usb.mkdir()
    assert dvk("demo", "-w", xa).returncode == 0
    assert dvk("init", "-w", tinh, "--unit", "48").returncode == 0
    for ws in (xa, tinh):
        assert dvk("keys", "create", "-w", ws).returncode == 0
        assert dvk("keys", "export-enrolment", "-w", ws, "--out", str(usb)).returncode == 0
    # A folder receives the printable sheet beside each enrolment file.
    assert (usb / "dang-ky-khoa-20791.pdf").read_bytes().startswith(b"%PDF")
    assert (usb / "dang-ky-khoa-48.pdf").read_bytes().startswith(b"%PDF")
    wrong = dvk(
        "trust",
        "enrol",
        "-w",
        tinh,
        str(usb / "dang-ky-khoa-20791.json"),
        "--fingerprint",
        "00000 00000 00000 00000 00000 00000",
    )
    assert wrong.returncode == 2 and "không khớp" in wrong.stderr
    assert (
        dvk(
            "trust",
            "enrol",
            "-w",
            tinh,
            str(usb / "dang-ky-khoa-20791.json"),
            "--fingerprint",
            fingerprint(xa),
        ).returncode
        == 0
    )
    assert (
        dvk(
            "trust",
            "enrol",
            "-w",
            xa,
            "--parent",
            str(usb / "dang-ky-khoa-48.json"),
            "--fingerprint",
            fingerprint(tinh),
        ).returncode
        == 0
    )

    exported = dvk("export", "-w", xa, "--out", str(usb))
    assert exported.returncode == 0, exported.stderr
    assert "đã mã hóa" in exported.stdout
    package = next(usb.glob("*.dvkpkg.age"))
    checked = dvk("verify", "-w", tinh, str(package))
    assert checked.returncode == 0 and "gói hợp lệ" in checked.stdout
    imported = dvk("import", "-w", tinh, str(package))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "44 mô hình mới" in imported.stdout
    again = dvk("import", "-w", tinh, str(package))
    assert again.returncode == 0 and "đã được nhập trước đây" in again.stdout
    listed = json.loads(dvk("models", "list", "-w", tinh, "--json").stdout)
    assert listed["total"] == 44

    wrong_pass = dvk("import", "-w", tinh, str(package), passphrase="sai")
    assert wrong_pass.returncode == 2 and "Mật khẩu không đúng" in wrong_pass.stdout
    no_pass = dvk("export", "-w", xa, "--out", str(usb), passphrase=None)
    assert no_pass.returncode == 2 and "DVK_PASSPHRASE" in no_pass.stderr

    broken = usb / "hong.dvkpkg"
    broken.write_bytes(b"PK\x03\x04 not really")
    bad = dvk("verify", "-w", tinh, str(broken))
    assert bad.returncode == 2 and "KHÔNG hợp lệ" in bad.stderr
    many = dvk("import", "-w", tinh, str(broken), str(package))
    assert many.returncode == 2
    assert "Bị từ chối" in many.stdout and "đã được nhập trước đây" in many.stdout

    assert dvk("trust", "revoke", "-w", tinh, "20791", "--reason", "mất máy").returncode == 0
    listing = dvk("trust", "list", "-w", tinh)
    assert "đã thu hồi" in listing.stdout
