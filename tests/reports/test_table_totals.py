"""A table's total row never starts a page alone: it goes over with the rows before it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Spacer

from dvk_desktop.domain.vocab import DocStyle
from dvk_desktop.reports.pdf.common import grid_table, table_title
from dvk_desktop.reports.pdf.header import Issuer, Signature
from dvk_desktop.reports.pdf.layout import DocInfo, Styles, build_pdf, content_width
from dvk_desktop.reports.pdf.results_report import ReportContext, render_results_report
from dvk_desktop.storage.queries.stats import STAGES, Scope, Statistics, UnitCount
from tests.reports.print_tools import Line, lines

CTX = ReportContext(
    issuer=Issuer(
        DocStyle.STATE, "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", place="Đông Hà",
        date=dt.date(2026, 3, 5),
    ),
    period_label="năm 2026",
    unit_label="toàn tỉnh Quảng Trị",
    signature=Signature(["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"], name="Nguyễn Văn An"),
)  # fmt: skip


def _communes(count: int) -> Statistics:
    """An upper level's figures with ``count`` communes, one collective and one individual each."""
    units = [
        UnitCount(f"X{i:03}", f"Xã Số {i}", 1, 1, {k: 1 for k in STAGES}) for i in range(count)
    ]
    return Statistics(
        scope=Scope(2026, 2026),
        total=2 * count,
        by_field_type={("kinh_te", "tap_the", "moi"): count, ("kinh_te", "ca_nhan", "moi"): count},
        by_unit=units,
    )


def _commune_table(pdf: Path) -> tuple[list[Line], Line]:
    """Biểu 06's commune rows and its total row, as printed."""
    found = lines(pdf)
    start = next(i for i, line in enumerate(found) if line.text.startswith("Biểu 06"))
    table = found[start:]
    total = next(line for line in table if line.text.startswith("Tổng cộng"))
    rows = [line for line in table if line.text.startswith("Xã Số")]
    return rows, total


def test_commune_table_total_goes_over_with_the_last_communes(tmp_path: Path) -> None:
    # How many communes fill the table's first page exactly is measured on a long table, so
    # the test keeps finding the count that would leave the total alone if the layout moves.
    long = tmp_path / "long.pdf"
    render_results_report(long, _communes(60), CTX)
    rows, _ = _commune_table(long)
    first_page = [r for r in rows if r.page == rows[0].page]
    assert len(first_page) < 60  # the long table does break across pages

    out = tmp_path / "bao-cao.pdf"
    render_results_report(out, _communes(len(first_page)), CTX)
    rows, total = _commune_table(out)
    assert len(rows) == len(first_page)
    with_total = [r for r in rows if r.page == total.page]
    assert with_total, f"the total stands alone on page {total.page}"
    assert with_total[-1].text == f"Xã Số {len(first_page) - 1}"  # the last commune
    assert total.y0 > with_total[-1].y0  # under it, not before
    found = [line for line in lines(out) if line.page == total.page]
    header = [line for line in found if line.text.startswith("Đơn vị")]
    assert header and header[0].y0 < with_total[0].y0  # the page starts with the header again


def test_total_row_and_what_follows_it_go_over_with_the_row_before(tmp_path: Path) -> None:
    # Resources: the money total is followed by the labour days; a spacer leaves room for
    # every row but the last two and half the total, so the break would fall just before it.
    cells = Styles(11)
    width = content_width()
    rows = [[f"Nguồn {i}", "1"] for i in range(5)] + [["Tổng kinh phí", "5"], ["Ngày công", "7"]]
    table = grid_table(["Nguồn lực", "Tổng số"], rows, [width / 2] * 2, cells, total_rows=[5])
    _, height = table.wrap(width, 10_000)
    frame = 297 * 72 / 25.4 - 40 * 72 / 25.4  # A4 less the top and bottom margins
    room = height - sum(table._rowHeights[-2:]) + table._rowHeights[-2] / 2
    out = tmp_path / "bang.pdf"
    build_pdf(out, [Spacer(1, frame - room), table], DocInfo(title="Bảng"))
    found = lines(out)
    total = next(line for line in found if line.text.startswith("Tổng kinh phí"))
    days = next(line for line in found if line.text.startswith("Ngày công"))
    before = next(line for line in found if line.text.startswith("Nguồn 4"))
    assert total.page == days.page == before.page == 2
    assert any(line.page == 2 and line.text.startswith("Nguồn lực") for line in found)


def test_a_table_title_near_the_foot_of_a_page_goes_over_with_its_table(tmp_path: Path) -> None:
    # Room below for the title and the header, not for a row: ReportLab then moves the whole
    # table on and the title used to stay behind, alone at the foot of the page.
    cells = Styles(11)
    width = content_width()
    rows = [[f"Xã Số {i}", "1"] for i in range(8)] + [["Tổng cộng", "8"]]
    table = grid_table(["Đơn vị", "Tổng số"], rows, [width / 2] * 2, cells, total_rows=[8])
    title = table_title(cells, "Biểu 06. Tổng hợp theo đơn vị cấp xã")
    _, title_height = title[1].wrap(width, 10_000)
    table.wrap(width, 10_000)
    frame = 297 * 72 / 25.4 - 40 * 72 / 25.4  # A4 less the top and bottom margins
    room = title_height + table._rowHeights[0] + table._rowHeights[1] / 2
    out = tmp_path / "bieu.pdf"
    build_pdf(out, [Spacer(1, frame - room), *title, table], DocInfo(title="Biểu"))
    found = lines(out)
    heading = next(line for line in found if line.text.startswith("Biểu 06"))
    first = next(line for line in found if line.text.startswith("Xã Số 0"))
    assert heading.page == first.page == 2
    assert not any(line.page == 1 and line.text for line in found)  # nothing left behind
