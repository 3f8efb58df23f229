"""``dvk duplicates`` and ``dvk replication`` at the province, as a clerk types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dvk_desktop.cli.main import main
from tests.upper import Office, build_office, copy_office


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("office") / "o", 2)


def dvk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_duplicates_listed_dismissed_and_quiet_afterwards(
    template: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = copy_office(template, tmp_path / "o")
    ws = str(office.province_dir)
    code, out, _ = dvk(capsys, "import", "-w", ws, str(office.usb))
    assert code == 0 and "Có thể trùng" in out
    first, second = office.codes
    code, out, _ = dvk(capsys, "duplicates", "-w", ws, "--commune", first)
    assert code == 0 and "Tên gần giống (100%)" in out
    assert f"{first}/MH-2026-001" in out and f"{second}/MH-2026-001" in out
    code, out, _ = dvk(capsys, "duplicates", "-w", ws, "--json")
    flags = json.loads(out)
    assert len(flags) == 4 and {f["kind"] for f in flags} == {"ten"}
    code, out, _ = dvk(capsys, "duplicates", "-w", ws, "--dismiss", str(flags[0]["id"]),
                       "--note", "Hai mô hình riêng")  # fmt: skip
    assert code == 0 and "không hiện lại" in out
    code, out, _ = dvk(capsys, "duplicates", "-w", ws, "--json")
    assert len(json.loads(out)) == 3
    code, out, _ = dvk(capsys, "duplicates", "-w", ws, "--all")
    assert "[không trùng]" in out
    code, _, err = dvk(capsys, "duplicates", "-w", ws, "--dismiss", "999")
    assert code == 2 and "999" in err


def test_replication_linked_at_a_commune_and_shown(
    template: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = copy_office(template, tmp_path / "o")
    first, second = office.codes
    ws = str(office.commune_dir(second))
    origin = ("--origin", f"{first}/MH-2026-001", "--name", "Thắp sáng đường quê")
    code, out, err = dvk(capsys, "replication", "link", "-w", ws, "MH-2026-002", *origin)
    assert code == 0, err
    assert f"nhân rộng từ {first}/MH-2026-001 “Thắp sáng đường quê”" in out
    code, out, _ = dvk(capsys, "replication", "show", "-w", ws, "MH-2026-002")
    assert f"Nhân rộng từ: {first}/MH-2026-001" in out
    code, _, err = dvk(capsys, "replication", "link", "-w", ws, "MH-2026-002",
                       "--origin", "MH-2026-001")  # fmt: skip
    assert code == 2 and "mã đơn vị" in err


def test_completeness_lists_what_each_commune_sent(
    template: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = copy_office(template, tmp_path / "o")
    ws = str(office.province_dir)
    dvk(capsys, "import", "-w", ws, str(office.usb))
    code, out, err = dvk(capsys, "completeness", "-w", ws, "--period", "2026-H2")
    assert code == 0, err
    assert f"{office.codes[0]} " in out and "1 gói, 4 mô hình" in out
    assert "Đã có đủ tệp minh chứng" in out
