"""Records of before 1 July 2025 keep their old commune; 2021–2025 reports count both ways."""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from dvk_desktop.cli.main import main
from dvk_desktop.domain.period import parse_period
from dvk_desktop.errors import ValidationError
from dvk_desktop.services import reporting, unit_history
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.reports.bulk import insert_models

# Old wards (codes the official list of today no longer has) and today's wards they became.
# The pairs are made up for the test; the office reads the real ones from the merger tables.
TABLE = [
    ["Mã đơn vị cũ", "Tên đơn vị cũ", "Huyện cũ", "Mã đơn vị mới"],
    ["00001", "Phường Phúc Xá", "Quận Ba Đình", "00004"],
    ["2", "Phường Trúc Bạch", "Quận Ba Đình", "00004"],  # a bare number, as Excel keeps it
    ["00005", "Phường Quán Thánh", "Quận Ba Đình", "00130"],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def province(root: Path) -> WorkspaceHandle:
    handle = init_workspace(root, unit_code="01")
    # 2023: registered under the old wards; 2025: also one ward that did not change (00277).
    insert_models(handle, 30, units=["00001", "00002", "00005"], year=2023)
    insert_models(handle, 12, units=["00001", "00277"], year=2025, start_id=2_000_000)
    return handle


def test_a_2021_2025_report_counts_by_the_old_wards_and_by_todays(tmp_path: Path) -> None:
    handle = province(tmp_path / "tinh")
    try:
        done = unit_history.import_table(handle, write_csv(tmp_path / "bang.csv", TABLE))
        assert (done.added, done.updated, done.unchanged) == (3, 0, 0)
        stats = reporting.collect_statistics(handle, parse_period("2021-2025"))
        then = {u.code: (u.name, u.collective + u.individual) for u in stats.by_unit}
        assert then == {
            "00001": ("Phường Phúc Xá", 16),  # 10 in 2023, 6 in 2025
            "00002": ("Phường Trúc Bạch", 10),
            "00005": ("Phường Quán Thánh", 10),
            "00277": ("Phường Bạch Mai", 6),  # no unit row here: the official list's name
        }
        today = {u.code: (u.name, u.collective + u.individual) for u in stats.by_today_unit}
        assert today == {
            "00004": ("Phường Ba Đình", 26),
            "00130": ("Phường Bồ Đề", 10),
            "00277": ("Phường Bạch Mai", 6),
        }
        for stage in ("registered", "recognised"):
            assert sum(u.stages[stage] for u in stats.by_unit) == sum(
                u.stages[stage] for u in stats.by_today_unit
            )
        # The workbook has both tables, with the same totals.
        out = tmp_path / "bao-cao.xlsx"
        reporting.export_statistics_xlsx(handle, out, parse_period("2021-2025"))
        book = load_workbook(out, read_only=True)
        assert {"Theo xã", "Theo đơn vị hiện nay"} <= set(book.sheetnames)
        rows = list(book["Theo đơn vị hiện nay"].values)
        rows = [r for r in rows if r and len(r) > 3]
        assert ("00004", "Phường Ba Đình") in {(r[0], r[1]) for r in rows}
        total = next(r for r in rows if r[1] == "Tổng cộng")
        assert total[2] + total[3] == 42
        # So has the printed results report: Biểu 06 as registered, Biểu 07 by today's unit.
        pdf = tmp_path / "bao-cao.pdf"
        reporting.print_results_report(handle, pdf, parse_period("2021-2025"))
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        old_part, today_part = text.split("Biểu 07. Tổng hợp theo đơn vị cấp xã hiện nay")
        assert "Biểu 06. Tổng hợp theo đơn vị cấp xã" in old_part
        assert "Phường Phúc Xá" in old_part and "Phường Phúc Xá" not in today_part
        assert "Phường Ba Đình" in today_part and "Phường Bồ Đề" in today_part
        assert re.search(r"Tổng cộng(\s+\S+){2}\s+42\b", today_part)
        # A year after the merger with no old unit in it: one table, as before.
        assert reporting.collect_statistics(handle, parse_period("2026")).by_today_unit == []
    finally:
        handle.close()


def test_with_no_table_of_its_own_the_office_counts_by_the_official_conversion(
    tmp_path: Path,
) -> None:
    handle = init_workspace(tmp_path / "tinh", unit_code="01")
    try:
        # The real conversion (QĐ 19/2025): Phúc Xá became Hồng Hà, Quán Thánh went into Ba
        # Đình, Ngọc Hà was split between Ba Đình and the new Ngọc Hà (which kept its name).
        insert_models(handle, 30, units=["00001", "00013", "00016"], year=2023)
        insert_models(handle, 6, units=["00004"], year=2025, start_id=2_000_000)
        stats = reporting.collect_statistics(handle, parse_period("2021-2025"))
        then = {u.code: (u.name, u.collective + u.individual) for u in stats.by_unit}
        assert then == {
            "00001": ("Phường Phúc Xá, Quận Ba Đình", 10),
            "00013": ("Phường Quán Thánh, Quận Ba Đình", 10),
            "00016": ("Phường Ngọc Hà, Quận Ba Đình", 10),
            "00004": ("Phường Ba Đình", 6),
        }
        today = {u.code: (u.name, u.collective + u.individual) for u in stats.by_today_unit}
        assert today == {
            "00097": ("Phường Hồng Hà", 10),
            "00004": ("Phường Ba Đình", 16),
            "00008": ("Phường Ngọc Hà", 10),
        }
        # The review page and `dvk models show` say where an old model was registered.
        with handle.readers() as session:
            by_unit = dict(session.execute(select(DvkModel.source_unit_code, DvkModel.uuid)).all())
        assert unit_history.registered_under(handle, by_unit["00016"]) == (
            "Phường Ngọc Hà, Quận Ba Đình (đơn vị trước ngày 01/7/2025)"
        )
        assert unit_history.registered_under(handle, by_unit["00004"]) is None
        # The office's own table wins where it says otherwise.
        table = [TABLE[0], ["00016", "Phường Ngọc Hà", "Quận Ba Đình", "00004"]]
        unit_history.import_table(handle, write_csv(tmp_path / "bang.csv", table))
        stats = reporting.collect_statistics(handle, parse_period("2021-2025"))
        today = {u.code: u.collective + u.individual for u in stats.by_today_unit}
        assert today == {"00097": 10, "00004": 26}
    finally:
        handle.close()


def test_the_cli_lists_the_official_conversion_for_this_province(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init_workspace(tmp_path / "tinh", unit_code="01").close()
    assert main(["communes", "history", "--official", "-w", str(tmp_path / "tinh")]) == 0
    listed = capsys.readouterr().out
    assert "00001 Phường Phúc Xá, Quận Ba Đình → 00097 Phường Hồng Hà\n" in listed
    assert (
        "00016 Phường Ngọc Hà, Quận Ba Đình → 00008 Phường Ngọc Hà (một phần sang: Phường Ba Đình)"
        in listed
    )
    assert "Tỉnh Hà Giang" not in listed and "Quyết định 19/2025/QĐ-TTg" in listed


@pytest.mark.parametrize(
    ("row", "said"),
    [
        (["00003", "Phường Vĩnh Phúc", "", "99999"], "không có trong danh mục hiện hành"),
        (["00003", "", "", "00004"], "thiếu mã hoặc tên đơn vị cũ"),
        (["00001", "Phường Phúc Xá", "", "00130"], "đã được ghi sang một đơn vị mới khác"),
        (["00004", "Phường Ba Đình", "", "00004"], "cùng mã"),
    ],
)
def test_a_wrong_row_is_named_and_nothing_is_recorded(
    tmp_path: Path, row: list[str], said: str
) -> None:
    handle = init_workspace(tmp_path / "tinh", unit_code="01")
    try:
        path = write_csv(tmp_path / "bang.csv", [*TABLE, row])
        with pytest.raises(ValidationError, match="dòng sai; chưa ghi gì") as caught:
            unit_history.import_table(handle, path)
        assert any(d.startswith("Dòng 5") and said in d for d in caught.value.details)
        assert unit_history.successions(handle) == []
    finally:
        handle.close()


def test_a_table_without_its_columns_is_refused(tmp_path: Path) -> None:
    handle = init_workspace(tmp_path / "tinh", unit_code="01")
    try:
        path = write_csv(tmp_path / "bang.csv", [["Tên", "Mã"], ["Phường Phúc Xá", "00001"]])
        with pytest.raises(ValidationError, match="thiếu cột"):
            unit_history.import_table(handle, path)
    finally:
        handle.close()


def test_the_cli_records_and_lists_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init_workspace(tmp_path / "tinh", unit_code="01").close()
    ws = ["-w", str(tmp_path / "tinh")]
    assert main(["communes", "history", *ws]) == 0
    assert "báo cáo dùng bảng chuyển đổi chính thức" in capsys.readouterr().out
    path = write_csv(tmp_path / "bang.csv", TABLE)
    assert main(["communes", "history", str(path), *ws]) == 0
    assert "3 đơn vị cũ mới thêm" in capsys.readouterr().out
    assert main(["communes", "history", str(path), *ws]) == 0
    assert "3 không đổi" in capsys.readouterr().out
    assert main(["communes", "history", *ws]) == 0
    listed = capsys.readouterr().out
    assert "00002 Phường Trúc Bạch, Quận Ba Đình → 00004 Phường Ba Đình" in listed
