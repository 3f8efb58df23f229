"""Spreadsheets as communes keep them: TCVN3/VNI fonts, old .xls, .ods, .csv, files that are not."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Font

from dvk_desktop.cli.main import main
from dvk_desktop.errors import ValidationError
from dvk_desktop.reports.excel.import_columns import COLUMNS
from dvk_desktop.services import directory
from dvk_desktop.services import models as model_service
from dvk_desktop.services.xlsx_import import check_import, import_models
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.domain.test_legacy_text import tcvn3_encode, vni_encode
from tests.reports.test_xlsx_import import GOOD, dump

HEADERS = [c.header for c in COLUMNS]
TCVN3, VNI = Font(name=".VnTime", size=13), Font(name="VNI-Times", size=13)

# A row of the template as a commune typed it: each text column in TCVN3 or in VNI.
UNICODE_ROW: dict[str, Any] = {
    "Tên mô hình": "Thắp sáng đường quê tổ 5",
    "Năm đăng ký": 2026,
    "Loại mô hình": "Tập thể",
    "Lĩnh vực": "Văn hóa - xã hội",
    "Đơn vị chủ trì": "Hội Cựu chiến binh phường",
    "Loại tổ chức chủ trì": "Hoi Cuu chien binh",
    "Thôn, tổ dân phố": "Tổ dân phố 9",
    "Người phụ trách": "Nguyễn Thị Hường",
    "Địa bàn, địa chỉ cụ thể": "Tổ 9, phường Hoàn Kiếm",
    "Ngày bắt đầu": "15/01/2026",
    "Ngày kết thúc": "15/12/2026",
    "Thời điểm đánh giá": "15/10/2026",
    "Mục tiêu, tiêu chí": "Lắp 270 bóng đèn",
    "Nội dung, cách thức thực hiện": "Vận động Nhân dân góp tiền, ngày công",
    "Chỉ tiêu 1": "Đèn chiếu sáng",
    "Mục tiêu 1": 270,
}
IN_VNI = {"Lĩnh vực", "Thôn, tổ dân phố", "Người phụ trách", "Nội dung, cách thức thực hiện"}


def _legacy(header: str, value: Any) -> tuple[Any, Font | None]:
    if not isinstance(value, str) or value.isascii():
        return value, None
    if header in IN_VNI:
        return vni_encode(value), VNI
    return tcvn3_encode(value), TCVN3


LEGACY_ROW = {h: _legacy(h, v) for h, v in UNICODE_ROW.items()}


def legacy_xlsx(path: Path, *rows: dict[str, tuple[Any, Font | None]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mô hình"
    ws.append(HEADERS)
    for r, row in enumerate(rows, 2):
        for c, header in enumerate(HEADERS, 1):
            if header in row:
                value, font = row[header]
                cell = ws.cell(row=r, column=c, value=value)
                if font is not None:
                    cell.font = font
    wb.save(path)
    return path


def test_legacy_fonts_are_converted_and_shown_in_the_dry_run(
    workspace: WorkspaceHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = legacy_xlsx(tmp_path / "xa-cu.xlsx", LEGACY_ROW)
    before = dump(workspace)
    dry = import_models(workspace, path, dry_run=True, create_missing=True)
    assert dry.ok, dry.problem_lines()
    assert dump(workspace) == before
    # Nothing garbled is created: the names are the Unicode ones.
    assert dry.created_organisations == ["Hội Cựu chiến binh phường"]
    assert dry.created_villages == ["Tổ dân phố 9"]
    assert dry.created_people == ["Nguyễn Thị Hường"]
    by_column = {c.column: c for c in dry.conversions}
    assert by_column["Tên mô hình"].after == "Thắp sáng đường quê tổ 5"
    assert by_column["Tên mô hình"].font == ".VnTime"
    assert by_column["Lĩnh vực"].encoding.value == "vni"
    assert len(dry.conversions) == 10
    assert [r.row for r in dry.rows] == [2] and len(dry.rows[0].conversions) == 10
    line = dry.conversion_lines()[0]
    assert line.startswith("Dòng 2, cột “Tên mô hình”: chuyển từ bảng mã TCVN3 (ABC, phông")
    assert "“Th¾p s¸ng ®\xadêng quª tæ 5” → “Thắp sáng đường quê tổ 5”" in line
    # The CLI shows the same lines, then imports Unicode.
    root = str(workspace.paths.root)
    assert main(["import-xlsx", str(path), "-w", root, "--create-missing", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "  ~ Dòng 2, cột “Tên mô hình”: chuyển từ bảng mã TCVN3" in out
    assert "Đã chuyển 10 ô từ bảng mã cũ (TCVN3, VNI) sang Unicode." in out
    snap = model_service.get_model(workspace, "MH-2026-001")
    assert snap["name"] == "Thắp sáng đường quê tổ 5"
    assert snap["owner_name"] == "Hội Cựu chiến binh phường"
    assert snap["village_name"] == "Tổ dân phố 9"
    assert snap["lead_name"] == "Nguyễn Thị Hường"
    assert snap["content"] == "Vận động Nhân dân góp tiền, ngày công"
    assert snap["field"] == "van_hoa_xa_hoi"
    assert [(i["code"], i["target"]) for i in snap["indicators"]] == [("DEN_CHIEU_SANG", 270)]
    assert [o.label for o in directory.organisations(workspace)].count(
        "Hội Cựu chiến binh phường"
    ) == 1


def test_legacy_text_in_a_unicode_font_is_found_by_its_letters(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    """Pasted values lose their font: the letters alone still tell TCVN3 from VNI."""
    row = {k: (v, None) for k, (v, _) in LEGACY_ROW.items()}
    path = legacy_xlsx(tmp_path / "dan-gia-tri.xlsx", row)
    dry = import_models(workspace, path, dry_run=True, create_missing=True)
    assert dry.ok, dry.problem_lines()
    assert {c.font for c in dry.conversions} == {""}
    assert "nhận ra theo các ký tự" in dry.conversion_lines()[0]
    assert dry.created_villages == ["Tổ dân phố 9"]


def test_unsure_cell_is_refused_naming_the_encoding(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    row = dict(LEGACY_ROW)
    row["Tên mô hình"] = ("Th¾p saùng ñöôøng queâ", None)  # half TCVN3, half VNI
    row["Địa bàn, địa chỉ cụ thể"] = ("Thôn 3", TCVN3)  # "Thôn 3" or "Thụn 3"?
    path = legacy_xlsx(tmp_path / "lan.xlsx", row)
    before = dump(workspace)
    report = import_models(workspace, path, create_missing=True)
    assert not report.committed and dump(workspace) == before
    lines = report.problem_lines()
    assert any(
        line.startswith(
            "Dòng 2, cột “Tên mô hình”: chữ “Th¾p saùng ñöôøng queâ” có vẻ gõ bằng "
            "bảng mã TCVN3 (ABC, phông .VnTime)"
        )
        and "Unikey" in line
        for line in lines
    ), lines
    assert any("“Thôn 3” hoặc “Thụn 3”" in line for line in lines), lines


def csv_text(*rows: dict[str, Any], sep: str = ",", headers: list[str] | None = None) -> str:
    def quote(v: Any) -> str:
        if isinstance(v, dt.date):
            v = f"{v.day:02d}/{v.month:02d}/{v.year}"
        text = "" if v is None else str(v)
        return '"' + text.replace('"', '""') + '"' if sep in text or '"' in text else text

    lines = [sep.join(quote(h) for h in headers or HEADERS)]
    lines += [sep.join(quote(r.get(h)) for h in HEADERS) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def cp1258_bytes(text: str) -> bytes:
    """Text as Windows-1258 holds it: shaped letters precomposed, tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    ("encoding", "sep"), [("utf-8-sig", ","), ("utf-8", ";"), ("cp1258", ","), ("utf-8", "\t")]
)
def test_csv_files_import(
    workspace: WorkspaceHandle, tmp_path: Path, encoding: str, sep: str
) -> None:
    path = tmp_path / "nhap.csv"
    text = csv_text(GOOD, sep=sep)
    path.write_bytes(cp1258_bytes(text) if encoding == "cp1258" else text.encode(encoding))
    report = import_models(workspace, path)
    assert report.committed, report.problem_lines()
    assert report.conversions == []
    snap = model_service.get_model(workspace, "MH-2026-001")
    assert snap["name"] == "Thắp sáng đường quê tổ 5"
    assert snap["budget_social"] == 70_000_000


def test_csv_saved_from_a_tcvn3_sheet(workspace: WorkspaceHandle, tmp_path: Path) -> None:
    """Excel's "CSV" of a .VnTime sheet holds the TCVN3 bytes in Windows-1252."""
    row = {h: tcvn3_encode(v) if isinstance(v, str) else v for h, v in UNICODE_ROW.items()}
    path = tmp_path / "cu.csv"
    headers = [tcvn3_encode(h) for h in HEADERS]  # the header row was typed in .VnTime too
    path.write_bytes(csv_text(row, headers=headers).encode("cp1252"))
    report = import_models(workspace, path, create_missing=True)
    assert report.committed, report.problem_lines()
    assert model_service.get_model(workspace, "MH-2026-001")["name"] == "Thắp sáng đường quê tổ 5"
    assert report.created_organisations == ["Hội Cựu chiến binh phường"]
    assert {c.encoding.value for c in report.conversions} == {"tcvn3"}


def _soffice(source: Path, target_format: str, out_dir: Path) -> Path:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=600,
        env={**os.environ, "HOME": str(profile)},
    )
    shutil.rmtree(profile, ignore_errors=True)
    return out_dir / f"{source.stem}.{target_format.split(':')[0]}"


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The legacy workbook saved by LibreOffice as Excel 97-2003 and as OpenDocument."""
    folder = tmp_path_factory.mktemp("lo")
    source = legacy_xlsx(folder / "xa-cu.xlsx", LEGACY_ROW)
    return {
        "xls": _soffice(source, "xls:MS Excel 97", folder),
        "ods": _soffice(source, "ods", folder),
    }


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_old_xls_and_ods_import_with_their_fonts(
    workspace: WorkspaceHandle, converted: dict[str, Path], kind: str, tmp_path: Path
) -> None:
    path = converted[kind]
    assert path.read_bytes()[:2] == (b"\xd0\xcf" if kind == "xls" else b"PK")
    report = import_models(workspace, path, create_missing=True)
    assert report.committed, report.problem_lines()
    assert {c.font for c in report.conversions} == {".VnTime", "VNI-Times"}
    snap = model_service.get_model(workspace, "MH-2026-001")
    assert snap["name"] == "Thắp sáng đường quê tổ 5"
    assert snap["village_name"] == "Tổ dân phố 9"
    assert snap["start_date"].isoformat() == "2026-01-15"
    # An .xls renamed .xlsx (common on USB sticks) is read by its bytes, not its name.
    renamed = tmp_path / f"doi-ten-{kind}.xlsx"
    renamed.write_bytes(path.read_bytes())
    assert (
        check_import(workspace, renamed, create_missing=True).report.imported == ["MH-2026-002"]
        or check_import(workspace, renamed, create_missing=True).report.problems
    )


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("bao-cao.docx", b"PK\x03\x04not really", "bị hỏng hoặc không phải bảng tính"),
        ("hong.xls", b"\x00\x01garbage" * 50, "bị hỏng hoặc không đúng định dạng .xls"),
        ("hong2.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "Excel 97-2003"),
        ("ds.pdf", b"%PDF-1.4 ...", "định dạng .pdf không phải bảng tính"),
        ("rong.csv", b"", "không có dữ liệu"),
        ("ds.numbers", b"\x00\x00", "định dạng .numbers"),
    ],
)
def test_files_that_cannot_be_read_get_a_vietnamese_message(
    workspace: WorkspaceHandle,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    fragment: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        import_models(workspace, path, dry_run=True)
    assert fragment in caught.value.message
    assert caught.value.details == []
    assert main(["import-xlsx", str(path), "-w", str(workspace.paths.root), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and "Lỗi không mong đợi" not in err
    assert "\n  - " not in err  # no technical detail lines under the message
    if "không có dữ liệu" not in fragment:
        assert "Lưu thành" in err or "định dạng" in err
