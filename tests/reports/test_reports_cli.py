"""``dvk print …`` and ``dvk report xlsx`` from the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from dvk_desktop.cli.main import main
from dvk_desktop.domain.period import Period, parse_period
from dvk_desktop.errors import ValidationError
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.reports.tools import page_count, pdftotext


def test_print_commands_write_pdfs(
    demo: WorkspaceHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(demo.paths.root)
    out = tmp_path / "out"
    assert (
        main(
            [
                "print",
                "form",
                "MH-2026-001",
                "MH-2026-002",
                "-w",
                ws,
                "--out",
                str(out / "phieu.pdf"),
                "--date",
                "05/03/2026",
            ]
        )
        == 0
    )
    assert "Đã ghi 2 phiếu đăng ký" in capsys.readouterr().out
    assert (
        main(
            [
                "print",
                "evaluation",
                "MH-2026-003",
                "--blank",
                "-w",
                ws,
                "--out",
                str(out / "cham.pdf"),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "print",
                "list",
                "--kind",
                "cong_nhan",
                "--period",
                "2026",
                "-w",
                ws,
                "--out",
                str(out / "ds.pdf"),
            ]
        )
        == 0
    )
    assert (
        main(["print", "report", "--period", "2026-H1", "-w", ws, "--out", str(out / "bc.pdf")])
        == 0
    )
    assert "6 tháng đầu năm 2026" in pdftotext(out / "bc.pdf")
    assert (
        main(
            [
                "print",
                "enrolment",
                "-w",
                ws,
                "--fingerprint",
                "AB12 CD34",
                "--public-key",
                "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
                "--out",
                str(out / "khoa.pdf"),
            ]
        )
        == 0
    )
    assert "Xã Thăng Bình" in pdftotext(out / "khoa.pdf")
    for name in ("phieu", "cham", "ds", "bc", "khoa"):
        assert page_count(out / f"{name}.pdf") >= 1


def test_report_xlsx_and_user_errors(
    demo: WorkspaceHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(demo.paths.root)
    out = tmp_path / "tk.xlsx"
    assert main(["report", "xlsx", "--period", "2021-2026", "-w", ws, "--out", str(out)]) == 0
    assert "44 mô hình" in capsys.readouterr().out
    assert "Biểu 03" not in openpyxl.load_workbook(out).sheetnames
    assert main(["report", "xlsx", "--period", "2026-H3", "-w", ws, "--out", str(out)]) == 2
    assert "Kỳ báo cáo “2026-H3” không đúng dạng." in capsys.readouterr().err
    assert main(["print", "form", "MH-1999-001", "-w", ws, "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Không tìm thấy mô hình “MH-1999-001”." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_period_forms_and_labels() -> None:
    assert parse_period("2026") == Period(2026, 2026)
    assert parse_period("2026-h2").label == "6 tháng cuối năm 2026"
    assert parse_period(" 2021 - 2025 ").label == "giai đoạn 2021 - 2025"
    assert parse_period("2026-H1").end.isoformat() == "2026-06-30"
    for bad in ("2025-2021", "1990", "năm nay", "2026-Q1"):
        with pytest.raises(ValidationError):
            parse_period(bad)
