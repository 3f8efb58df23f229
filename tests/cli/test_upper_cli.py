"""The province's year from a terminal: a folder of packages, communes, codes, decisions back."""

from __future__ import annotations

from pathlib import Path

import pytest

from dvk_desktop.cli.main import main
from tests.upper import UPPER_PASS, Office, build_office, copy_office


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("office") / "o", 3, enrolled=2)


def dvk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_province_clerk_works_from_the_command_line(
    template: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    office = copy_office(template, tmp_path / "o")
    ws = str(office.province_dir)
    (office.usb / "hong.dvkpkg").write_bytes(b"PK\x03\x04 not a package")
    code, out, err = dvk(capsys, "import", "-w", ws, str(office.usb))
    assert code == 2 and "2/4 gói bị từ chối" in err
    assert "Tổng hợp:" in out and "4 tệp: 2 đã nhập, 2 bị từ chối" in out
    assert "hong.dvkpkg" in out and "Báo cáo chi tiết:" in out

    code, out, err = dvk(capsys, "models", "show", "-w", ws, "MH-2026-001")
    assert code == 2 and "có ở 2 đơn vị" in err
    first = office.codes[0]
    assert f"{first}/MH-2026-001" in err
    code, out, _ = dvk(capsys, "models", "show", "-w", ws, f"{first}/MH-2026-001")
    assert code == 0 and out.startswith("MH-2026-001 — ")
    code, out, _ = dvk(capsys, "models", "list", "-w", ws, "--commune", first)
    assert code == 0 and f"{first}/MH-2026-00" in out and "— 4/4 mô hình" in out

    code, out, _ = dvk(capsys, "communes", "deadline", "-w", ws, "2026-H2", "31/12/2026")
    assert code == 0 and "31/12/2026" in out
    code, out, _ = dvk(capsys, "communes", "list", "-w", ws, "--period", "2026-H2")
    assert code == 0 and "hạn nộp: 31/12/2026" in out and "94 đơn vị; 2 đã ghi nhận khóa" in out

    chosen = [f"{first}/MH-2026-001", f"{first}/MH-2026-002", f"{office.codes[1]}/MH-2026-001"]
    code, out, err = dvk(
        capsys, "decisions", "add", "-w", ws, "--kind", "cong_nhan", "--number", "12/QĐ-BTGDVTU",
        "--date", "20/11/2026", "--issuer", "Ban Tuyên giáo và Dân vận Thành ủy", *chosen,
    )  # fmt: skip
    assert code == 0, err
    monkeypatch.setenv("DVK_PASSPHRASE", UPPER_PASS)
    back = tmp_path / "ve-xa"
    code, out, err = dvk(capsys, "export", "-w", ws, "--decisions-for", "all", "--out", str(back))
    assert code == 0, err
    assert "Đã tạo 2/2 gói quyết định." in out
    assert len(list(back.glob("*.dvkpkg.age"))) == 2
