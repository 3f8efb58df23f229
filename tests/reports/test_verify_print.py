"""QR code and signatures kept together; a 100 dpi scan or the typed code checks the paper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from dvk_desktop.cli.main import main
from dvk_desktop.errors import ValidationError
from dvk_desktop.services import models as model_service
from dvk_desktop.services import reporting
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input
from tests.reports.print_tools import lines, scanned
from tests.reports.tools import render_png

DATE = dt.date(2026, 3, 5)
CODES = [f"MH-2026-{n:03d}" for n in range(1, 45)]


def test_qr_block_and_signatures_share_a_page_with_text_in_every_demo_form(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    out = tmp_path / "tat-ca.pdf"
    reporting.print_registration_forms(demo, CODES, out, date=DATE)
    found = lines(out)
    starts = [i for i, line in enumerate(found) if line.text == "PHIẾU ĐĂNG KÝ"]
    assert len(starts) == len(CODES)
    for n, start in enumerate(starts):
        form = found[start : starts[n + 1] if n + 1 < len(starts) else len(found)]
        qr_page = next(line.page for line in form if line.text.startswith("Mã kiểm tra bản in"))
        signature_pages = {
            line.page
            for line in form
            if line.text.startswith(("NGƯỜI LẬP", "NGƯỜI ĐĂNG KÝ", "XÁC NHẬN CỦA", "(Ký"))
        }
        assert signature_pages == {qr_page}, CODES[n]  # no block split, QR beside them
        assert any(
            line.page == qr_page and line.text.startswith("Trên đây là nội dung") for line in form
        ), CODES[n]  # the page of the QR code is never without text


def test_qr_modules_and_quiet_zone_are_large_enough(demo: WorkspaceHandle, tmp_path: Path) -> None:
    out = tmp_path / "phieu.pdf"
    reporting.print_registration_forms(demo, ["MH-2026-012"], out, date=DATE)
    page = next(line.page for line in lines(out) if line.text.startswith("Mã kiểm tra bản in"))
    dpi = 300
    [png] = render_png(out, tmp_path / "r300", dpi=dpi, first=page, last=page)
    image = Image.open(png).convert("L")
    [code] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    modules = 17 + 4 * int(code.extra["Version"])
    xs = [p.x for p in (code.position.top_left, code.position.bottom_right)]
    ys = [p.y for p in (code.position.top_left, code.position.bottom_right)]
    module_px = (max(xs) - min(xs)) / modules
    assert module_px / dpi * 25.4 >= 0.85  # mm: over 3 pixels a module in a 100 dpi scan
    quiet = round(4 * module_px) - 2
    band = image.crop((min(xs) - quiet, min(ys) - quiet, max(xs) + quiet, max(ys) + quiet))
    inner = (quiet, quiet, band.width - quiet, band.height - quiet)
    for x in range(band.width):  # nothing dark within 4 modules of the symbol
        for y in range(band.height):
            if inner[0] <= x < inner[2] and inner[1] <= y < inner[3]:
                continue
            assert band.getpixel((x, y)) > 200, (x, y)


def test_100_dpi_scan_of_a_printed_form_is_checked_against_the_record(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    from dvk_desktop.services import print_check

    out = tmp_path / "phieu.pdf"
    reporting.print_registration_forms(demo, ["MH-2026-004"], out, date=DATE)
    page = next(line.page for line in lines(out) if line.text.startswith("Mã kiểm tra bản in"))
    scan = scanned(out, page, tmp_path)
    [result] = print_check.check(demo, str(scan))
    assert result.matches and result.code == "MH-2026-004", result.message
    model_service.update_model(
        demo, "MH-2026-004", complete_input(demo, name="Ngày Chủ nhật xanh thôn Hà Bình")
    )
    [after] = print_check.check(demo, str(scan))
    assert not after.matches
    assert "phiên bản 1" in after.message and "phiên bản 2" in after.message


def test_verify_print_command_reads_a_scan_or_the_typed_code(
    demo: WorkspaceHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "phieu.pdf"
    [stamp] = reporting.print_registration_forms(demo, ["MH-2026-003"], out, date=DATE)
    page = next(line.page for line in lines(out) if line.text.startswith("Mã kiểm tra bản in"))
    scan = scanned(out, page, tmp_path)
    root = str(demo.paths.root)
    assert main(["verify-print", "-w", root, str(scan)]) == 0
    assert "KHỚP" in capsys.readouterr().out
    typed = stamp.typed_code("MH-2026-003")  # as printed: "MH-2026-003/1/XXXX XXXX XXXX XXXX"
    assert main(["verify-print", "-w", root, *typed.lower().split()]) == 0
    capsys.readouterr()
    wrong = typed[:-4] + ("0000" if not typed.endswith("0000") else "1111")
    assert main(["verify-print", "-w", root, wrong]) == 2
    assert "KHÔNG khớp" in capsys.readouterr().out
    blank = tmp_path / "trang.png"
    Image.new("L", (800, 1100), 255).save(blank)
    assert main(["verify-print", "-w", root, str(blank)]) == 2
    assert "Không đọc được mã QR" in capsys.readouterr().err


def test_unknown_and_malformed_codes_get_clear_messages(demo: WorkspaceHandle) -> None:
    from dvk_desktop.services import print_check

    with pytest.raises(ValidationError, match="không đúng dạng"):
        print_check.check(demo, "MH-2026-003/1/12")
    result = print_check.check_text(
        demo, "DVK-MH2:00000000-0000-0000-0000-000000000000:1:" + "A" * 64
    )
    assert not result.matches and "Không có mô hình" in result.message
