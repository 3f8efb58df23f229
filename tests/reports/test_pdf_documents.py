"""PDF documents: embedded fonts, exact Vietnamese text, official layout, QR stamps, pagination."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dvk_desktop.domain.period import parse_period
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.reports.pdf.enrolment_sheet import render_enrolment_sheet
from dvk_desktop.reports.pdf.model_list import ListKind
from dvk_desktop.reports.pdf.qr import content_hash, parse_payload
from dvk_desktop.services import models as model_service
from dvk_desktop.services import reporting
from dvk_desktop.services.evaluations import evaluate
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input
from tests.reports.tools import page_count, page_size, pdffonts, pdftotext, squash, words

MM = 72 / 25.4
DATE = dt.date(2026, 3, 5)


def assert_fonts_embedded(pdf: Path) -> None:
    fonts = pdffonts(pdf)
    assert fonts, "no fonts found"
    for font in fonts:
        assert font["emb"] == "yes", f"font not embedded: {font}"
        assert "Liberation" in font["name"]


def assert_inside_margins(pdf: Path, *, landscape: bool = False) -> None:
    """Every word lies inside the margins 20/20/30/15 mm, except the page number at the top."""
    placed, (width, height) = words(pdf)
    tol = 1.0
    for w in placed:
        is_page_number = w.text.isdigit() and w.y1 < 20 * MM and w.page > 1
        if is_page_number:
            continue
        assert w.x0 >= 30 * MM - tol, f"left margin: {w}"
        assert w.x1 <= width - 15 * MM + tol, f"right margin: {w}"
        assert w.y0 >= 20 * MM - tol, f"top margin: {w}"
        assert w.y1 <= height - 20 * MM + tol, f"bottom margin: {w}"


def test_state_form_has_national_header_fields_and_embedded_fonts(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    # MH-2026-002 is owned by the commune's Front committee: NĐ 30 layout.
    out = tmp_path / "phieu.pdf"
    [stamp] = reporting.print_registration_forms(demo, ["MH-2026-002"], out, date=DATE)
    assert_fonts_embedded(out)
    text = pdftotext(out)
    snap = model_service.get_model(demo, "MH-2026-002")
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN MTTQ VIỆT NAM XÃ",  # the header's columns interleave in extraction
        "Số: ……/PĐK-MTTQ",
        "Thăng Bình, ngày 05 tháng 3 năm 2026",  # NĐ 30: no zero before month 3
        "PHIẾU ĐĂNG KÝ",
        "Xây dựng mô hình “Dân vận khéo” năm 2026",
        "Tên mô hình: Không rải vàng mã khi đưa tang",
        "Lĩnh vực: Văn hóa - xã hội",
        "Nội dung gắn với: Môi trường",
        "Hộ hưởng lợi",
        "NGƯỜI LẬP",
        "TM. BAN THƯỜNG TRỰC",  # the Front's own model: its chairwoman signs, none confirms
        "XÁC NHẬN CỦA CẤP ỦY",
        "Trần Văn Long",
        f"Mã định danh: {snap['uuid']}",
    ):
        assert squash(expected) in squash(text), expected
    assert squash(snap["reason"]) in squash(text)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in text
    assert stamp.sha256 == content_hash(snap)
    assert squash(stamp.typed_code("MH-2026-002")) in squash(text)  # the code to type by hand
    assert_inside_margins(out)


def test_party_owned_model_gets_party_header_and_numbering(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    # MH-2026-012 is owned by "Chi bộ thôn Bình Sa" (a chi bộ: HD 36-HD/VPTW layout).
    out = tmp_path / "phieu-dang.pdf"
    reporting.print_registration_forms(demo, ["MH-2026-012"], out, date=DATE)
    text = pdftotext(out)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
    assert "ĐẢNG BỘ XÃ THĂNG BÌNH" in text
    assert "CHI BỘ THÔN HÀ BÌNH" in text
    assert "*" in text
    assert "Số ……-PĐK/CB" in text  # number-TYPE/BODY, no colon
    assert_fonts_embedded(out)
    assert_inside_margins(out)


def test_youth_union_model_gets_the_youth_union_header(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    out = tmp_path / "phieu-doan.pdf"
    reporting.print_registration_forms(demo, ["MH-2026-001"], out, date=DATE)
    text = pdftotext(out)
    assert "ĐOÀN TNCS HỒ CHÍ MINH" in text
    assert "***" in text
    assert "Số: ……-PĐK/ĐTN" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
    assert_inside_margins(out)


def test_long_registration_flows_over_pages_numbered_from_page_two(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    from tests.factories import complete_input

    long_text = "\n\n".join(
        f"Đoạn {i}: vận động Nhân dân hiến đất, góp công làm đường bê tông liên thôn dài "
        "1.800 m, rộng 3,5 m; mỗi hộ đảm nhận một đoạn và cùng giữ gìn vệ sinh." * 3
        for i in range(25)
    )
    uuid = model_service.create_model(workspace, complete_input(workspace, content=long_text))
    out = tmp_path / "dai.pdf"
    reporting.print_registration_forms(workspace, [uuid], out, date=DATE)
    pages = page_count(out)
    assert pages >= 4
    placed, (width, _) = words(out)
    numbers_on_top = {w.page: w.text for w in placed if w.y1 < 20 * MM and w.text.isdigit()}
    assert 1 not in numbers_on_top  # no number on page 1 (NĐ 30)
    for page in range(2, pages + 1):
        assert numbers_on_top.get(page) == str(page)
        number = next(w for w in placed if w.page == page and w.y1 < 20 * MM)
        centre = (number.x0 + number.x1) / 2
        assert abs(centre - (30 * MM + (width - 45 * MM) / 2)) < 3
    text = pdftotext(out, skip_top=int(20 * MM))  # leave out the page numbers
    assert squash(long_text) in squash(text)  # nothing clipped, nothing lost between pages
    assert_inside_margins(out)


def test_batch_of_forms_restarts_page_numbers_per_form(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    out = tmp_path / "lo.pdf"
    stamps = reporting.print_registration_forms(demo, ["MH-2026-001", "MH-2026-002"], out)
    assert [s.uuid for s in stamps] == [
        model_service.get_model(demo, c)["uuid"] for c in ("MH-2026-001", "MH-2026-002")
    ]
    placed, _ = words(out)
    titles = [w.page for w in placed if w.text == "PHIẾU"]
    second_start = titles[1]
    top_numbers = [w for w in placed if w.y1 < 20 * MM and w.text.isdigit()]
    assert all(w.page != second_start for w in top_numbers)  # form 2 page 1: no number
    assert any(w.page == second_start + 1 and w.text == "2" for w in top_numbers)


def test_qr_stamp_follows_registration_version_not_status(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    from tests.factories import complete_input

    uuid = model_service.create_model(workspace, complete_input(workspace))
    first = reporting.print_registration_forms(workspace, [uuid], tmp_path / "a.pdf")[0]
    model_service.change_status(workspace, uuid, Status.IMPLEMENTING)
    same = reporting.print_registration_forms(workspace, [uuid], tmp_path / "b.pdf")[0]
    assert same == first  # a status change does not invalidate a signed paper
    model_service.update_model(workspace, uuid, complete_input(workspace, place="Thôn 3, tổ 7"))
    edited = reporting.print_registration_forms(workspace, [uuid], tmp_path / "c.pdf")[0]
    assert edited.version == first.version + 1
    assert edited.sha256 != first.sha256
    assert parse_payload(edited.payload) == edited
    with pytest.raises(ValidationError):
        parse_payload("https://example.com/abc")


def test_evaluation_sheet_prints_scores_total_and_grade(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    scores = {"sang_tao": 18, "hieu_qua": 33, "huy_dong": 19, "ben_vung": 13, "ho_so": 9}
    evaluate(
        demo,
        "MH-2026-003",
        scores,
        evaluated_on=DATE,
        evaluator="Lê Thị Hạnh",
        comment="Mô hình hiệu quả, đề nghị nhân rộng.",
    )
    out = tmp_path / "cham.pdf"
    reporting.print_evaluation_sheet(demo, "MH-2026-003", out, date=DATE)
    text = pdftotext(out, layout=True)
    assert "PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM" in text
    assert "Tính mới, sáng tạo, phù hợp thực tiễn" in text
    assert "Tổng cộng" in text and "92" in text
    assert "Xếp loại: Xuất sắc" in text
    assert "Lê Thị Hạnh" in text and "Ngày chấm: 05/03/2026" in text
    assert_fonts_embedded(out)
    blank = tmp_path / "trong.pdf"
    reporting.print_evaluation_sheet(demo, "MH-2026-003", blank, blank=True)
    assert "Xuất sắc" not in pdftotext(blank).split("Xếp loại:")[1].split("(")[0]


def test_list_of_models_proposed_for_recognition(demo: WorkspaceHandle, tmp_path: Path) -> None:
    out = tmp_path / "ds.pdf"
    reporting.print_model_list(demo, out, ListKind.RECOGNITION, parse_period("2026"))
    width, height = page_size(out)
    assert width > height  # A4 landscape
    text = pdftotext(out)
    assert "ĐỀ NGHỊ CÔNG NHẬN" in text
    with demo.sessions() as session:
        from sqlalchemy import select

        from dvk_desktop.storage.models import DvkModel

        proposed = session.scalars(
            select(DvkModel.code).where(DvkModel.status == Status.PROPOSED.value)
        ).all()
    assert proposed
    for code in proposed:
        assert f"({code})" in text  # names wrap inside cells; codes are on one line
    assert "Danh sách có" in text
    assert f"Danh sách có {len(proposed)} mô hình." in text
    assert_fonts_embedded(out)


def test_results_report_states_the_counts_with_charts(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    out = tmp_path / "bc.pdf"
    reporting.print_results_report(demo, out, parse_period("2026"), date=DATE)
    text = pdftotext(out)
    assert "BÁO CÁO" in text
    assert squash("toàn xã Thăng Bình có 44 mô hình") in squash(text)
    assert squash("(34 tập thể, 10 cá nhân;") in squash(text)
    assert "Số mô hình theo lĩnh vực" in text  # bar chart title
    assert "Tập thể và cá nhân" in text  # pie chart title
    assert squash("Tập thể: 34 (77,2%)") in squash(text)  # 34/44, rounded down
    assert "Biểu 05. Chỉ số kết quả" in text
    assert "Nơi nhận:" in text
    assert_fonts_embedded(out)
    assert_inside_margins(out)  # the pie's labels too


def test_results_report_never_rounds_up_to_a_full_hundred(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    from decimal import Decimal

    from dvk_desktop.domain.model import IndicatorInput

    indicator = IndicatorInput("DEN_CHIEU_SANG", "", "", Decimal(305), Decimal(304))
    model_service.create_model(
        workspace, complete_input(workspace, indicators=[indicator], budget_social=9_000_000)
    )
    out = tmp_path / "bc.pdf"
    reporting.print_results_report(workspace, out, parse_period("2026"), date=DATE)
    text = squash(pdftotext(out))
    assert "99,6%" in text  # 304 of a target of 305 is not "100%"
    assert "100%" not in text.split("Biểu05.Chỉsốkếtquả")[1]
    assert squash("Kinh phí: xã hội hóa đồng 9.000.000") in text  # Biểu 05b from registrations
    # Biểu 04 keeps a row for every award form, with zeros.
    from dvk_desktop.domain.vocab import AwardForm

    for form in AwardForm:
        assert squash(form.label) in text, form


def test_enrolment_sheet_prints_fingerprint_and_whole_key(tmp_path: Path) -> None:
    key = "untrusted comment: minisign public key 5B1F2C3D4E5F6A7B\nRWR7al9ODD0sH1vx" + "A" * 40
    out = tmp_path / "khoa.pdf"
    render_enrolment_sheet(
        out,
        unit_code="20791",
        unit_name="Xã Thăng Bình",
        fingerprint="5B1F 2C3D 4E5F 6A7B",
        public_key_text=key,
        qr_payload="dvk-key:20791:5B1F2C3D4E5F6A7B",
        created=dt.date(2026, 2, 1),
        signer_name="Nguyễn Thị Thu Hà",
    )
    text = pdftotext(out)
    assert "PHIẾU ĐĂNG KÝ KHÓA KÝ SỐ" in text
    assert "5B1F 2C3D 4E5F 6A7B" in text
    assert squash(key) in squash(text)
    assert "01/02/2026" in text and "Nguyễn Thị Thu Hà" in text
    assert_fonts_embedded(out)
    assert_inside_margins(out)


def test_output_is_written_atomically(demo: WorkspaceHandle, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    out = folder / "phieu.pdf"
    out.write_bytes(b"old")
    with pytest.raises(NotFoundError):
        reporting.print_registration_forms(demo, ["MH-9999-999"], out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["phieu.pdf"]
