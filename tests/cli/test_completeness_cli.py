"""``dvk report completeness`` at the province: the printable report and its workbook."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from dvk_desktop.cli.main import main
from tests.upper import Office, build_office


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    office = build_office(tmp_path_factory.mktemp("office") / "o", 1)
    assert main(["import", "-w", str(office.province_dir), str(office.usb)]) == 0
    return office


def test_report_completeness_writes_the_pdf_or_the_workbook_by_suffix(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [code] = office.codes
    ws = str(office.province_dir)
    capsys.readouterr()
    pdf = tmp_path / "bao-cao-day-du.pdf"
    args = ["report", "completeness", "-w", ws, "--period", "2026-H2", "--date", "02/12/2026"]
    assert main([*args, "-o", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "Đã ghi báo cáo tình hình gửi dữ liệu 6 tháng cuối năm 2026" in out
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert code in text and "1/94 đơn vị đã gửi" in text and "ngày 02 tháng 12 năm 2026" in text
    book = tmp_path / "day-du.xlsx"
    assert main(["report", "completeness", "-w", ws, "--commune", code, "-o", str(book)]) == 0
    assert "1/1 đơn vị đã gửi" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(book)["Theo đơn vị"].iter_rows(min_row=5, values_only=True))
    assert [r[1] for r in rows] == [code, None]  # the commune, then the totals row
    assert main(["report", "completeness", "-w", ws, "-o", str(tmp_path / "x.txt")]) == 2
    assert ".pdf hoặc .xlsx" in capsys.readouterr().err and not (tmp_path / "x.txt").exists()
