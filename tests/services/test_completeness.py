"""Which evidence a commune's models reference that the province does not hold yet."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from dvk_desktop.domain.period import parse_period
from dvk_desktop.services import communes, completeness, exchange
from dvk_desktop.storage.models import Evidence
from tests.upper import COMMUNE_PASS, Office, build_office, packages


def test_evidence_referenced_but_not_held_is_listed_by_model(tmp_path: Path) -> None:
    office: Office = build_office(tmp_path / "o", 1)
    with office.province() as province:
        assert completeness.missing_evidence(province) == []
        exchange.import_package(province, packages(office)[0])
        assert completeness.missing_evidence(province) == []  # the photo came in the package
        [row] = [e for e in _all(province)]
        province.evidence.path_for(row).unlink()  # lost from the store (a purge, a bad disk)
        missing = completeness.missing_evidence(province)
        assert [(m.unit_code, m.model_code, m.sha256) for m in missing] == [
            (office.codes[0], "MH-2026-001", row)
        ]
        assert completeness.missing_evidence(province, commune="00000") == []


def _all(handle):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from dvk_desktop.storage.models import Evidence

    with handle.readers() as session:
        return list(session.scalars(select(Evidence.sha256)))


@pytest.fixture(scope="module")
def received(tmp_path_factory: pytest.TempPathFactory) -> Office:
    """A commune whose packages 1–2 were lost (3 arrived), and whose photo the store lost."""
    root = tmp_path_factory.mktemp("completeness")
    office = build_office(root / "o", 1)
    [code] = office.codes
    with office.commune(code) as commune:
        exchange.export_package(commune, root, passphrase=COMMUNE_PASS, encrypt=False)
        third = exchange.export_package(commune, root, passphrase=COMMUNE_PASS, encrypt=False)
    with office.province() as province:
        exchange.import_package(province, third.path)
        with province.readers() as session:
            lost = session.scalars(select(Evidence.sha256)).one()
        province.evidence.path_for(lost).unlink()
    return office


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_printed_report_shows_communes_gaps_and_missing_evidence(
    received: Office, tmp_path: Path
) -> None:
    [code] = received.codes
    out = tmp_path / "bao-cao-day-du.pdf"
    with received.province() as province:
        names = communes.child_units(province)
        pages = completeness.print_report(
            province, out, parse_period("2026-H2"), date=dt.date(2026, 12, 2),
            today=dt.date(2026, 12, 2),
        )  # fmt: skip
    assert pages >= 2  # 94 communes of Đà Nẵng, then the missing files
    text = _pdf_text(out)
    assert "BÁO CÁO TÌNH HÌNH GỬI DỮ LIỆU" in text and "ngày 02 tháng 12 năm 2026" in text
    assert "1/94 đơn vị đã gửi" in text and "1 tệp minh chứng chưa nhận được" in text
    [row] = [line for line in text.splitlines() if line.split()[1:2] == [code]]
    assert names[code].split()[-1] in row and "1, 2" in row and "Đã gửi" in row
    assert row.split()[-1] == "1"  # one evidence file missing
    quiet = next(line for line in text.splitlines() if line.split()[:1] == ["2"])
    assert "Chưa gửi" in quiet and "—" in quiet  # a commune that sent nothing
    assert f"anh-{code}.jpg" in text and f"{code}" in text and "MH-2026-001" in text
    assert "Tổng cộng" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert fonts.count(" yes ") >= 1 and " no  " not in fonts.split("\n", 2)[-1]


def test_the_workbook_has_a_row_per_commune_and_the_missing_files(
    received: Office, tmp_path: Path
) -> None:
    [code] = received.codes
    out = tmp_path / "day-du.xlsx"
    with received.province() as province:
        data = completeness.export_xlsx(province, out, parse_period("2026-H2"))
    assert data.sent == 1 and data.with_gaps == 1
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Theo đơn vị", "Minh chứng còn thiếu"]
    rows = {r[1]: r for r in wb["Theo đơn vị"].iter_rows(min_row=5, values_only=True) if r[1]}
    assert len(rows) == 94
    assert rows[code][3] == 1 and rows[code][7] == "1, 2" and rows[code][8] == 1
    assert sum(1 for r in rows.values() if r[6] == "Chưa gửi" and r[3] == 0) == 93
    [total] = [r for r in wb["Theo đơn vị"].iter_rows(values_only=True) if r[2] == "Tổng cộng"]
    assert total[3] == 1 and total[8] == 1
    [missing] = list(wb["Minh chứng còn thiếu"].iter_rows(min_row=5, values_only=True))
    assert missing[1] == code and missing[3] == "MH-2026-001"
    assert missing[5] == f"anh-{code}.jpg"
