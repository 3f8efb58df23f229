"""The statistics workbook read back by openpyxl and by LibreOffice; formula injection; volume."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from dvk_desktop.domain.period import parse_period
from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.reports.excel.safe_cells import is_dangerous
from dvk_desktop.services import models as model_service
from dvk_desktop.services import reporting
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input
from tests.reports.bulk import insert_models
from tests.reports.tools import libreoffice_csv, pdftotext, squash

PERIOD = parse_period("2026")


def rows(ws: object) -> list[tuple[object, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def test_statistics_workbook_totals_layout_and_chart(demo: WorkspaceHandle, tmp_path: Path) -> None:
    out = tmp_path / "thong-ke.xlsx"
    stats = reporting.export_statistics_xlsx(demo, out, PERIOD, detail=True)
    assert stats.total == 44
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Tổng hợp", "Biểu 01", "Biểu 02", "Biểu 04", "Biểu 05", "Biểu 03"]
    summary = rows(wb["Tổng hợp"])
    assert summary[3] == ("Lĩnh vực", "Tập thể", "Cá nhân", "Tổng số")
    assert ("Tổng cộng", 34, 10, 44) in summary
    assert ("Đăng ký", 44, None, None) in summary
    field_rows = {r[0]: r for r in summary[4:8]}
    assert sum(r[3] for r in field_rows.values()) == 44  # type: ignore[misc]
    b01 = rows(wb["Biểu 01"])
    assert b01[-1][:6] == ("Tổng cộng", 44, 34, 0, 10, 0)
    b05 = {r[0]: r for r in rows(wb["Biểu 05"])[4:]}
    assert b05["DEN_CHIEU_SANG"][1:5] == ("Đèn chiếu sáng", "bóng", 2, 305)
    detail = rows(wb["Biểu 03"])
    assert len(detail) == 4 + 44
    assert detail[4][1] == "MH-2026-001" and detail[4][3] == "Thắp sáng đường quê"
    for name in wb.sheetnames:
        ws = wb[name]
        assert ws.freeze_panes is not None
        assert ws.print_title_rows == "$4:$4"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == (8 if name == "Biểu 03" else 9)  # A3 for 41 columns
    assert wb["Tổng hợp"]["B5"].number_format == "#,##0"
    with zipfile.ZipFile(out) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())


def test_libreoffice_reads_the_same_numbers(demo: WorkspaceHandle, tmp_path: Path) -> None:
    out = tmp_path / "thong-ke.xlsx"
    reporting.export_statistics_xlsx(demo, out, PERIOD, detail=True)
    sheets = libreoffice_csv(out, tmp_path / "csv")
    summary = sheets["Tổng hợp"]
    assert summary[8][:4] == ["Tổng cộng", "34", "10", "44"]
    detail = sheets["Biểu 03"]
    assert len([r for r in detail[4:] if any(r)]) == 44
    assert detail[4][3] == "Thắp sáng đường quê"


DANGEROUS = {
    "name": "=1+2 Thắp sáng đường quê",
    "place": "+84 thôn 3, phường Hoàn Kiếm",
    "reason": "-5 hộ còn khó khăn",
    "goals": "@SUM(A1:A3) mục tiêu lắp 270 bóng",
    "note": '=HYPERLINK("http://evil.example","bấm vào")',
}


def test_formula_like_text_stays_literal_text(workspace: WorkspaceHandle, tmp_path: Path) -> None:
    model_service.create_model(workspace, complete_input(workspace, **DANGEROUS))
    out = tmp_path / "ds.xlsx"
    reporting.export_statistics_xlsx(workspace, out, PERIOD, detail=True)
    wb = openpyxl.load_workbook(out)
    ws = wb["Biểu 03"]
    found = {}
    for row in ws.iter_rows(min_row=5):
        for cell in row:
            if isinstance(cell.value, str) and is_dangerous(cell.value):
                assert cell.data_type == "s", cell.coordinate
                assert cell.quotePrefix, cell.coordinate
                found[cell.value] = cell.coordinate
    assert set(DANGEROUS.values()) <= set(found)
    with zipfile.ZipFile(out) as z:
        sheet_xml = z.read("xl/worksheets/sheet6.xml").decode()
    assert "<f>" not in sheet_xml  # no formula element anywhere in the list
    csv_rows = libreoffice_csv(out, tmp_path / "csv")["Biểu 03"]
    cells = {c for r in csv_rows for c in r}
    assert set(DANGEROUS.values()) <= cells  # LibreOffice shows the text, computes nothing
    assert "3" not in {r[3] for r in csv_rows[4:]}


def _upper(tmp_path: Path) -> WorkspaceHandle:
    handle = init_workspace(tmp_path / "tinh", unit_code="01")
    assert WorkspaceRole(handle.info().role) is WorkspaceRole.UPPER
    return handle


def test_upper_level_totals_by_commune(tmp_path: Path) -> None:
    handle = _upper(tmp_path)
    try:
        insert_models(handle, 30, units=["00070", "00073", "00076"])
        out = tmp_path / "tinh.xlsx"
        stats = reporting.export_statistics_xlsx(handle, out, PERIOD)
        assert stats.total == 30
        by_unit = rows(openpyxl.load_workbook(out)["Theo xã"])
        body = by_unit[4:]
        assert [r[0] for r in body[:3]] == ["00070", "00073", "00076"]
        assert [r[2] + r[3] for r in body[:3]] == [10, 10, 10]  # type: ignore[operator]
        assert body[-1][1:4] == ("Tổng cộng", 24, 6)
        recognised_col = 4 + 2  # Mã, Đơn vị, Tập thể, Cá nhân, Đăng ký, Triển khai, Công nhận
        assert body[-1][recognised_col] == 3
        pdf = tmp_path / "bc.pdf"
        reporting.print_results_report(handle, pdf, PERIOD)
        assert "Biểu 06. Tổng hợp theo đơn vị cấp xã" in pdftotext(pdf)
        assert squash("có 30 mô hình") in squash(pdftotext(pdf))
    finally:
        handle.close()


@pytest.mark.slow
def test_a_provinces_half_year_workbook_opens_with_right_totals(tmp_path: Path) -> None:
    # 5,000 models: more than one province's six months (4,494). The 100,000-model workbook
    # is timed beside bare openpyxl in bench/bench_reports.py; here it would cost minutes.
    handle = _upper(tmp_path)
    try:
        n = 5_000
        insert_models(handle, n, units=["00070", "00073", "00076", "00079"])
        out = tmp_path / "lon.xlsx"
        reporting.export_statistics_xlsx(handle, out, PERIOD, detail=True)
        wb = openpyxl.load_workbook(out, read_only=True)
        summary = rows(wb["Tổng hợp"])
        assert ("Tổng cộng", n * 4 // 5, n // 5, n) in summary
        assert ("Được công nhận", n // 10) in [r[:2] for r in summary]
        b05 = rows(wb["Biểu 05"])
        assert b05[4][3:6] == (n, 10 * n, 7 * n)
        count = sum(1 for r in wb["Biểu 03"].iter_rows(min_row=5, values_only=True) if r[0])
        assert count == n
        wb.close()
    finally:
        handle.close()


def test_workbook_prints_readably_in_one_font(demo: WorkspaceHandle, tmp_path: Path) -> None:
    from tests.reports.print_tools import lines
    from tests.reports.tools import libreoffice_pdf, pdffonts, words

    out = tmp_path / "thong-ke.xlsx"
    reporting.export_statistics_xlsx(demo, out, PERIOD, detail=True)
    pdf = libreoffice_pdf(out, tmp_path / "pdf")
    assert {f["name"].split("+")[-1].split("-")[0] for f in pdffonts(pdf)} == {"LiberationSerif"}
    found = lines(pdf)
    placed, _ = words(pdf)
    detail_pages = {w.page for w in placed if w.text == "BIỂU" and "03" in _next(placed, w)}
    first = min(detail_pages)
    pages = sorted({w.page for w in placed if w.page >= first})
    sizes = [line.size for line in found if line.page in pages and line.text != ""]
    assert min(sizes) >= 6.5  # was 0.7 pt fitted to one A4 page
    for page in pages:  # header row and the columns naming the model on every page
        texts = [line.text for line in found if line.page == page]
        assert any("Tên mô hình" in t for t in texts), page
        assert any(t.startswith("44 MH-2026-044") or "MH-2026-0" in t for t in texts), page
    from tests.reports.tools import page_size

    assert page_size(pdf)[0] < 842  # the summary sheets stay on A4
    b01 = [line for line in found if line.page == 2]
    data_top = next(line.y0 for line in b01 if line.text.startswith("Kinh tế"))
    header = [w for w in placed if w.page == 2 and w.y0 > b01[1].y1 and w.y1 < data_top + 1]
    header_text = squash(" ".join(w.text for w in header))
    for label in (
        "Tập thể duy trì",
        "Cá nhân duy trì",
        "Triển khai thực hiện",
        "Đề nghị khen thưởng",
        "Được khen thưởng",
        "Không đạt / dừng",
    ):
        assert squash(label) in header_text, label  # whole, inside the header row


def _next(placed: list[object], word: object) -> str:
    i = placed.index(word)
    return str(getattr(placed[i + 1], "text", "")) if i + 1 < len(placed) else ""


def test_award_and_resource_tables_have_fixed_rows(demo: WorkspaceHandle, tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from dvk_desktop.domain.vocab import AwardForm
    from dvk_desktop.storage.models import DvkModel

    out = tmp_path / "thong-ke.xlsx"
    reporting.export_statistics_xlsx(demo, out, PERIOD)
    wb = openpyxl.load_workbook(out)
    b04 = [r[0] for r in rows(wb["Biểu 04"])[4:]]
    for form in AwardForm:
        assert form.label in b04, form
    b05 = {r[1]: r for r in rows(wb["Biểu 05"])[4:] if r[1]}
    with demo.sessions() as session:
        social, days = session.execute(
            select(func.sum(DvkModel.budget_social), func.sum(DvkModel.labour_days))
        ).one()
    assert b05["Kinh phí: xã hội hóa"][4] == social
    assert b05["Ngày công lao động"][2:5] == ("ngày công", 44, days)
    assert b05["Tổng kinh phí huy động"][2] == "đồng"
