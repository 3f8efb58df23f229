"""Importing models from the spreadsheet template: row checks, all-or-nothing, dry run, CLI."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from dvk_desktop.cli.main import main
from dvk_desktop.errors import ValidationError
from dvk_desktop.reports.excel.import_columns import COLUMNS
from dvk_desktop.resources import resource_path
from dvk_desktop.services import models as model_service
from dvk_desktop.services.xlsx_import import import_models
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input

GOOD: dict[str, Any] = {
    "Tên mô hình": "Thắp sáng đường quê tổ 5",
    "Năm đăng ký": 2026,
    "Loại mô hình": "Tập thể",
    "Lĩnh vực": "Văn hóa - xã hội",
    "Đơn vị chủ trì": "doan thanh nien phuong",  # matched without diacritics
    "Thôn, tổ dân phố": "THÔN 3",
    "Địa bàn, địa chỉ cụ thể": "Tổ 5, phường Hoàn Kiếm",
    "Ngày bắt đầu": "15/01/2026",
    "Ngày kết thúc": dt.datetime(2026, 12, 15),
    "Thời điểm đánh giá": "15/10/2026",
    "Mục tiêu, tiêu chí": "Lắp 270 bóng đèn",
    "Nội dung, cách thức thực hiện": "Vận động Nhân dân góp tiền, ngày công",
    "Kinh phí xã hội hóa (đồng)": "70.000.000",
    "Ngày công": 120,
    "Chỉ tiêu 1": "Đèn chiếu sáng",
    "Mục tiêu 1": 270,
    "Thực hiện 1": "150",
}


def make_xlsx(path: Path, *rows: dict[str, Any], headers: list[str] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mô hình"
    headers = headers or [c.header for c in COLUMNS]
    ws.append(headers)
    for r, row in enumerate(rows, 2):
        for c, header in enumerate(headers, 1):
            value = row.get(header)
            if isinstance(value, tuple) and value[0] == "formula":
                ws.cell(row=r, column=c, value=value[1])  # openpyxl stores "=..." as a formula
            elif value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def dump(handle: WorkspaceHandle) -> list[str]:
    con = sqlite3.connect(handle.paths.database)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def with_(**changes: Any) -> dict[str, Any]:
    row = dict(GOOD)
    for key, value in changes.items():
        row[key.replace("_", " ")] = value
    return row


BAD_ROWS: list[tuple[str, dict[str, Any], str, str]] = [
    ("missing name", {"Tên mô hình": None}, "Tên mô hình", "chưa nhập"),
    ("year as text", {"Năm đăng ký": "hai nghìn"}, "Năm đăng ký", "phải là số nguyên"),
    ("year out of range", {"Năm đăng ký": 1990}, "Năm đăng ký", "không hợp lệ"),
    ("unknown type", {"Loại mô hình": "Tập đoàn"}, "Loại mô hình", "“Tập đoàn” không hợp lệ"),
    ("unknown field", {"Lĩnh vực": "Thể thao"}, "Lĩnh vực", "không hợp lệ"),
    ("impossible date", {"Ngày bắt đầu": "31/02/2026"}, "Ngày bắt đầu", "không đúng dạng"),
    ("date as words", {"Ngày bắt đầu": "đầu năm"}, "Ngày bắt đầu", "không đúng dạng"),
    ("date as a bare number", {"Ngày bắt đầu": 45000}, "Ngày bắt đầu", "không phải là ngày"),
    ("end before start", {"Ngày kết thúc": "01/01/2026"}, "Ngày kết thúc", "trước ngày bắt đầu"),
    ("text in a number column", {"Mục tiêu 1": "nhiều"}, "Mục tiêu 1", "phải là số"),
    ("negative target", {"Mục tiêu 1": -5}, "Mục tiêu 1", "không được âm"),
    (
        "money with a fraction",
        {"Kinh phí xã hội hóa (đồng)": "1.000,5"},
        "Kinh phí xã hội hóa (đồng)",
        "đồng chẵn",
    ),
    (
        "negative money",
        {"Kinh phí xã hội hóa (đồng)": -100},
        "Kinh phí xã hội hóa (đồng)",
        "không âm",
    ),
    ("fractional labour days", {"Ngày công": "3,5"}, "Ngày công", "số nguyên"),
    (
        "unknown owner",
        {"Đơn vị chủ trì": "Câu lạc bộ bóng đá"},
        "Đơn vị chủ trì",
        "không tìm thấy tổ chức “Câu lạc bộ bóng đá”",
    ),
    (
        "unknown village",
        {"Thôn, tổ dân phố": "Thôn 99"},
        "Thôn, tổ dân phố",
        "không tìm thấy thôn, tổ dân phố “Thôn 99”",
    ),
    ("unknown unit", {"Mã đơn vị": "99999"}, "Mã đơn vị", "không phải của vùng làm việc"),
    ("formula", {"Mục tiêu 1": ("formula", "=100+170")}, "Mục tiêu 1", "ô chứa công thức"),
    (
        "individual without holder",
        {"Loại mô hình": "Cá nhân"},
        "Cá nhân thực hiện",
        "cần ghi họ tên",
    ),
    (
        "maintained without last year",
        {"Tính mới": "Duy trì"},
        "Mã mô hình năm trước",
        "Mô hình duy trì cần chọn bản đăng ký của năm trước",
    ),
    (
        "maintained from unknown code",
        {"Tính mới": "Duy trì", "Mã mô hình năm trước": "MH-2025-999"},
        "Mã mô hình năm trước",
        "không có mô hình mã “MH-2025-999”",
    ),
    (
        "unknown sub-topic",
        {"Nội dung gắn với": "Thể thao"},
        "Nội dung gắn với",
        "“Thể thao” không phải nội dung trong danh mục",
    ),
    (
        "new indicator without unit",
        {"Chỉ tiêu 1": "Cây xanh trồng mới"},
        "Đơn vị tính 1",
        "cần ghi đơn vị tính",
    ),
    ("indicator numbers without name", {"Chỉ tiêu 1": None}, "Chỉ tiêu 1", "chưa ghi tên"),
    ("unknown gender", {"Giới tính": "Không rõ"}, "Giới tính", "không hợp lệ"),
    (
        "name too long",
        {"Tên mô hình": "Mô hình " + "rất dài " * 40},
        "Tên mô hình",
        "vượt quá giới hạn 300 ký tự",
    ),
    (
        "already registered",
        {"Tên mô hình": "Thắp sáng đường quê thôn 3"},
        "Tên mô hình",
        "đã được đăng ký",
    ),
]


@pytest.mark.parametrize(
    ("case", "changes", "column", "fragment"), BAD_ROWS, ids=[c[0] for c in BAD_ROWS]
)
def test_bad_row_is_reported_and_nothing_is_written(
    workspace: WorkspaceHandle,
    tmp_path: Path,
    case: str,
    changes: dict[str, Any],
    column: str,
    fragment: str,
) -> None:
    model_service.create_model(workspace, complete_input(workspace))  # "…thôn 3", 2026
    before = dump(workspace)
    good = dict(GOOD, **{"Tên mô hình": "Camera an ninh tổ dân phố 5"})
    path = make_xlsx(tmp_path / "nhap.xlsx", good, {**GOOD, **changes})
    report = import_models(workspace, path)
    assert not report.committed
    assert [(p.row, p.column) for p in report.problems] == [(3, column)], report.problem_lines()
    assert fragment in report.problems[0].message
    assert report.problem_lines()[0].startswith(f"Dòng 3, cột “{column}”: ")
    assert dump(workspace) == before


def test_duplicate_rows_in_the_file(workspace: WorkspaceHandle, tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "nhap.xlsx", GOOD, with_(), GOOD)
    report = import_models(workspace, path)
    assert [(p.row, p.column) for p in report.problems] == [(3, "Tên mô hình"), (4, "Tên mô hình")]
    assert "trùng với dòng 2" in report.problems[0].message
    assert not report.committed


def test_wrong_and_missing_column_names(workspace: WorkspaceHandle, tmp_path: Path) -> None:
    headers = ["Tên mô hình", "Nam dang ky", "Loai mo hinh", "Lĩnh vực (ghi rõ)"]
    path = make_xlsx(tmp_path / "nhap.xlsx", {"Tên mô hình": "X"}, headers=headers)
    before = dump(workspace)
    report = import_models(workspace, path)
    lines = report.problem_lines()
    assert "Dòng 1, cột “Lĩnh vực (ghi rõ)”: tên cột không có trong mẫu nhập" in lines[-1] or any(
        "Lĩnh vực (ghi rõ)" in line and "tên cột không có trong mẫu" in line for line in lines
    )
    assert any(line.startswith("Dòng 1, cột “Lĩnh vực”: thiếu cột bắt buộc") for line in lines)
    assert dump(workspace) == before


def test_valid_file_imports_every_row_in_one_transaction(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    second = with_(
        **{
            "Tên mô hình": "Camera an ninh tổ 5",
            "Lĩnh vực": "Quốc phòng - an ninh",
            "Chỉ tiêu 1": "CAMERA",
            "Mục tiêu 1": 4,
            "Thực hiện 1": None,
            "Đơn vị phối hợp": "Chi bo to dan pho 5",
        }
    )
    path = make_xlsx(tmp_path / "nhap.xlsx", GOOD, second)
    before = dump(workspace)
    dry = import_models(workspace, path, dry_run=True)
    assert dry.ok and dry.imported == ["MH-2026-001", "MH-2026-002"] and not dry.committed
    assert dump(workspace) == before
    report = import_models(workspace, path, actor="kiểm thử")
    assert report.committed and report.imported == ["MH-2026-001", "MH-2026-002"]
    first = model_service.get_model(workspace, "MH-2026-001")
    assert first["owner_name"] == "Đoàn Thanh niên phường"
    assert first["village_name"] == "Thôn 3"
    assert first["budget_social"] == 70_000_000
    assert first["end_date"] == dt.date(2026, 12, 15)
    assert [(i["code"], i["target"], i["actual"]) for i in first["indicators"]] == [
        ("DEN_CHIEU_SANG", 270, 150)
    ]
    assert model_service.get_model(workspace, "MH-2026-002")["coordinating_names"] == [
        "Chi bộ tổ dân phố 5"
    ]


def test_create_missing_and_only_valid(workspace: WorkspaceHandle, tmp_path: Path) -> None:
    new_owner = with_(
        **{
            "Đơn vị chủ trì": "Hội Người cao tuổi phường",
            "Loại tổ chức chủ trì": "Hội Người cao tuổi",
            "Thôn, tổ dân phố": "Tổ 9",
            "Loại mô hình": "Cá nhân",
            "Cá nhân thực hiện": "Nguyễn Văn An",
            "Năm sinh": 1960,
            "Giới tính": "Nam",
        }
    )
    path = make_xlsx(
        tmp_path / "nhap.xlsx", new_owner, with_(**{"Tên mô hình": "Đường hoa", "Năm đăng ký": "x"})
    )
    refused = import_models(workspace, path, create_missing=True)
    assert not refused.committed and len(refused.problems) == 1
    report = import_models(workspace, path, create_missing=True, only_valid=True)
    assert report.committed and report.imported == ["MH-2026-001"]
    assert report.created_organisations == ["Hội Người cao tuổi phường"]
    assert report.created_villages == ["Tổ 9"]
    assert report.created_people == ["Nguyễn Văn An"]
    snap = model_service.get_model(workspace, "MH-2026-001")
    assert snap["holder_name"] == "Nguyễn Văn An" and snap["model_type"] == "ca_nhan"


def test_shipped_template_has_every_column_and_imports_empty(workspace: WorkspaceHandle) -> None:
    template = resource_path("templates", "mau-nhap-mo-hinh.xlsx")
    wb = openpyxl.load_workbook(template)
    assert [c.value for c in wb["Mô hình"][1]] == [c.header for c in COLUMNS]
    assert {"Danh mục", "Hướng dẫn"} <= set(wb.sheetnames)
    assert wb["Mô hình"].data_validations.dataValidation
    report = import_models(workspace, template, dry_run=True)
    assert report.ok and report.data_rows == 0


def test_cli_import_dry_run_then_yes(
    workspace: WorkspaceHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(workspace.paths.root)
    path = make_xlsx(tmp_path / "nhap.xlsx", GOOD)
    assert main(["import-xlsx", str(path), "-w", root, "--dry-run"]) == 0
    assert "1 dòng hợp lệ" in capsys.readouterr().out
    assert model_service.models_count(workspace) == 0
    assert main(["import-xlsx", str(path), "-w", root, "--yes"]) == 0
    assert "Đã nhập 1 mô hình: MH-2026-001" in capsys.readouterr().out
    bad = make_xlsx(tmp_path / "loi.xlsx", with_(**{"Năm đăng ký": "abc"}))
    assert main(["import-xlsx", str(bad), "-w", root, "--yes"]) == 2
    captured = capsys.readouterr()
    assert "Dòng 2, cột “Năm đăng ký”: phải là số nguyên" in captured.out
    assert "Không nhập gì vì tệp còn lỗi." in captured.err


def test_two_indicators_in_a_row(workspace: WorkspaceHandle, tmp_path: Path) -> None:
    row = with_(**{"Chỉ tiêu 2": "Hộ tham gia", "Đơn vị tính 2": "hộ", "Mục tiêu 2": 80})
    report = import_models(workspace, make_xlsx(tmp_path / "nhap.xlsx", row))
    assert report.committed, report.problem_lines()
    snap = model_service.get_model(workspace, "MH-2026-001")
    assert [(i["code"], i["unit"], i["target"]) for i in snap["indicators"]] == [
        ("DEN_CHIEU_SANG", "bóng", 270),
        ("HO_THAM_GIA", "hộ", 80),
    ]
    twice = with_(**{"Tên mô hình": "Đường hoa", "Chỉ tiêu 2": "den chieu sang"})
    refused = import_models(workspace, make_xlsx(tmp_path / "lap.xlsx", twice))
    assert [p.column for p in refused.problems] == ["Chỉ tiêu 2"], refused.problem_lines()


@pytest.mark.sqlite_only("reads the audit log from the SQLite file; not yet ported to PostgreSQL")
def test_imported_model_is_logged_like_one_registered_by_hand(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    """The bulk path writes the same audit snapshot the editor's path would."""
    import json

    report = import_models(workspace, make_xlsx(tmp_path / "nhap.xlsx", GOOD), actor="cán bộ")
    assert report.committed
    con = sqlite3.connect(workspace.paths.database)
    try:
        actor, action, after = con.execute(
            "SELECT actor, action, after_json FROM audit_log WHERE entity = 'model'"
        ).fetchone()
    finally:
        con.close()
    assert (actor, action) == ("cán bộ", "import")
    logged = json.loads(after)
    with workspace.sessions() as session:
        fresh = json.loads(
            model_service.audit.to_json(
                model_service.snapshot(model_service.get_row(session, "MH-2026-001"))
            )
        )
    skip = {"updated_at"}
    assert {k: v for k, v in logged.items() if k not in skip} == {
        k: v for k, v in fresh.items() if k not in skip
    }
    # And the search box finds it, without diacritics.
    assert model_service.models_count(workspace) == 1


def test_import_refuses_when_the_workspace_changed_after_the_check(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    from dvk_desktop.services.xlsx_import import apply_import, check_import

    check = check_import(workspace, make_xlsx(tmp_path / "nhap.xlsx", GOOD))
    assert check.report.imported == ["MH-2026-001"]
    model_service.create_model(workspace, complete_input(workspace, name="Mô hình khác thôn 3"))
    before = dump(workspace)
    with pytest.raises(ValidationError, match="đã thay đổi từ lúc kiểm tra"):
        apply_import(workspace, check)
    assert dump(workspace) == before


def test_many_rows_import_in_one_transaction(workspace: WorkspaceHandle, tmp_path: Path) -> None:
    rows = [with_(**{"Tên mô hình": f"Thắp sáng đường quê tổ {i}"}) for i in range(300)]
    report = import_models(workspace, make_xlsx(tmp_path / "nhieu.xlsx", *rows))
    assert report.committed and len(report.imported) == 300
    assert report.imported[-1] == "MH-2026-300"
    assert [r.code for r in report.rows][:2] == ["MH-2026-001", "MH-2026-002"]
    assert model_service.models_count(workspace) == 300
    snap = model_service.get_model(workspace, "MH-2026-300")
    assert snap["name"] == "Thắp sáng đường quê tổ 299" and snap["village_name"] == "Thôn 3"
