"""Printed forms measured against NĐ 30/2020 and HD 36-HD/VPTW: spacing, sizes, captions, names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, update

from dvk_desktop.domain.text import format_long_date
from dvk_desktop.domain.vocab import OrgType, StandingBody, UnitLevel
from dvk_desktop.reports.pdf.enrolment_sheet import render_enrolment_sheet
from dvk_desktop.reports.pdf.fonts import text_width
from dvk_desktop.services import directory, reporting
from dvk_desktop.services import models as model_service
from dvk_desktop.services.workspace_setup import set_settings
from dvk_desktop.storage.models import Organisation, Person, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input
from tests.reports.print_tools import first_line, lines
from tests.reports.tools import pdftotext, squash

DATE = dt.date(2026, 3, 5)
MM = 72 / 25.4


def _form(handle: WorkspaceHandle, ref: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{ref}.pdf"
    reporting.print_registration_forms(handle, [ref], out, date=DATE)
    return out


def test_paragraphs_are_at_least_6_pt_apart(demo: WorkspaceHandle, tmp_path: Path) -> None:
    found = lines(_form(demo, "MH-2026-012", tmp_path))
    # Within a paragraph: the two lines of the "Thực trạng" paragraph (same body style).
    reason = first_line(found, "Tại Tổ dân phố")
    second = found[found.index(reason) + 1]
    within = second.y0 - reason.y0
    assert second.x0 < reason.x0  # the paragraph's second line (no first-line indent)
    # Between paragraphs: the single-line items 2 and 3 of "I. THÔNG TIN CHUNG".
    between = first_line(found, "3. Loại mô hình").y0 - first_line(found, "2. Năm đăng ký").y0
    assert between - within >= 6 - 0.3, (within, between)
    # And after the paragraph, before the next heading.
    assert first_line(found, "2. Mục tiêu").y0 - second.y0 - within >= 6 - 0.3


def test_party_form_uses_party_sizes(demo: WorkspaceHandle, tmp_path: Path) -> None:
    found = lines(_form(demo, "MH-2026-012", tmp_path))  # owned by a chi bộ: HD 36
    assert 15 - 0.3 <= first_line(found, "PHIẾU ĐĂNG KÝ").size <= 16 + 0.3
    assert 14 - 0.3 <= first_line(found, "Xây dựng mô hình").size <= 15 + 0.3
    assert 14 - 0.3 <= first_line(found, "2. Năm đăng ký").size <= 15 + 0.3
    state = lines(_form(demo, "MH-2026-002", tmp_path))  # the Front committee: NĐ 30
    assert 13 - 0.3 <= first_line(state, "2. Năm đăng ký").size <= 14 + 0.3


def test_chi_bo_form_has_party_captions_and_no_self_confirmation(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    text = squash(pdftotext(_form(demo, "MH-2026-012", tmp_path)))
    assert squash("T/M CHI BỘ BÍ THƯ") in text
    assert squash("XÁC NHẬN CỦA ĐẢNG ỦY XÃ THĂNG BÌNH") in text  # the cấp ủy above the chi bộ
    assert squash("XÁC NHẬN CỦA CẤP ỦY") not in text
    assert squash("THỦ TRƯỞNG ĐƠN VỊ") not in text


def _party_workspace(demo: WorkspaceHandle) -> None:
    with demo.sessions() as session, session.begin():
        session.execute(update(Workspace).values(standing_body=StandingBody.PARTY_BUILDING.value))
    set_settings(demo, {"signer_title": "Bí thư Đảng ủy xã", "signer_name": "Hồ Văn Tâm"})


def test_party_committee_signs_its_own_model_and_confirms_no_one_twice(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    _party_workspace(demo)
    with demo.sessions() as session:
        committee = session.scalars(
            select(Organisation).where(Organisation.org_type == OrgType.PARTY_COMMITTEE.value)
        ).one()
        uuid_committee = committee.uuid
    uuid = model_service.create_model(
        demo, complete_input(demo, owner_org_uuid=uuid_committee, place="Xã Thăng Bình")
    )
    text = squash(pdftotext(_form(demo, uuid, tmp_path)))
    assert squash("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG") in text  # the real name of the body above
    assert squash("T/M BAN THƯỜNG VỤ BÍ THƯ") in text
    assert "HồVănTâm" in text  # the leader named at set-up signs for the committee
    assert squash("XÁC NHẬN CỦA BAN THƯỜNG VỤ") not in text  # it does not confirm itself
    assert squash("XÁC NHẬN CỦA CẤP ỦY") not in text
    chi_bo = squash(pdftotext(_form(demo, "MH-2026-012", tmp_path)))
    assert squash("XÁC NHẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ THĂNG BÌNH") in chi_bo
    assert chi_bo.count(squash("XÁC NHẬN CỦA")) == 1  # one Party confirmation, not two
    assert squash("T/M BAN THƯỜNG VỤ BÍ THƯ (Ký tên, đóng dấu) Hồ Văn Tâm") in chi_bo


def test_names_of_bodies_never_break_inside_a_place_name(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    for ref in ("MH-2026-001", "MH-2026-002", "MH-2026-012", "MH-2026-029", "MH-2026-003"):
        for line in lines(_form(demo, ref, tmp_path)):
            if line.text.isupper():
                words_ = line.text.split()
                assert words_[0] not in ("BÌNH", "NẴNG", "TRỰC"), (ref, line.text)
                assert words_[-1] not in ("THĂNG", "ĐÀ", "XÃ", "THÀNH"), (ref, line.text)
    youth = lines(_form(demo, "MH-2026-001", tmp_path), x_max=100 * MM)
    assert "XÃ THĂNG BÌNH" in [line.text for line in youth]


def test_name_lines_break_between_units_or_shrink() -> None:
    from dvk_desktop.reports.pdf.names import name_lines

    lines_, size = name_lines("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "DVKSerif", 14, 180, min_size=14)
    assert lines_ == ["ĐẢNG BỘ", "THÀNH PHỐ ĐÀ NẴNG"] and size == 14
    lines_, size = name_lines("ĐOÀN THANH NIÊN XÃ THĂNG BÌNH", "DVKSerif-Bold", 13, 190)
    assert lines_ == ["ĐOÀN THANH NIÊN", "XÃ THĂNG BÌNH"]
    narrow = text_width("XÃ THĂNG BÌNH", "DVKSerif-Bold", 13) - 2
    lines_, size = name_lines("XÃ THĂNG BÌNH", "DVKSerif-Bold", 13, narrow, min_size=12)
    assert lines_ == ["XÃ THĂNG BÌNH"] and size < 13  # shrinks within the allowed sizes


def test_party_bodies_are_named_as_they_are_called() -> None:
    from dvk_desktop.domain.bodies import party_committee, party_organisation, position_of

    assert party_committee(
        "Thành phố Đà Nẵng", UnitLevel.PROVINCE, kind="thành phố trung ương"
    ) == ("Thành ủy Đà Nẵng")
    assert party_committee("Quảng Ngãi", UnitLevel.PROVINCE, kind="tỉnh") == "Tỉnh ủy Quảng Ngãi"
    assert party_committee("Xã Thăng Bình", UnitLevel.COMMUNE) == "Đảng ủy xã Thăng Bình"
    assert party_committee("Huyện Thăng Bình", UnitLevel.DISTRICT) == "Huyện ủy Thăng Bình"
    assert party_organisation("Quảng Ngãi", "tỉnh") == "Đảng bộ tỉnh Quảng Ngãi"
    assert party_organisation("Thành phố Đà Nẵng", "thành phố trung ương") == (
        "Đảng bộ thành phố Đà Nẵng"
    )
    assert position_of("Bí thư Đảng ủy xã") == "Bí thư"
    assert position_of("Phó Chủ tịch Ủy ban MTTQ xã") == "Phó Chủ tịch"


def test_province_party_workspace_reports_as_the_thanh_uy_board(tmp_path: Path) -> None:
    from dvk_desktop.domain.period import parse_period
    from dvk_desktop.services.workspace_setup import init_workspace

    for code, committee in (("48", "THÀNH ỦY ĐÀ NẴNG"), ("51", "TỈNH ỦY QUẢNG NGÃI")):
        handle = init_workspace(
            tmp_path / code, unit_code=code, standing_body=StandingBody.PARTY_BUILDING
        )
        try:
            out = tmp_path / f"bc-{code}.pdf"
            reporting.print_results_report(handle, out, parse_period("2026"), date=DATE)
            header = [line.text for line in lines(out, x_max=110 * MM)[:4]]
        finally:
            handle.close()
        assert header[0] == committee, header  # no "ĐẢNG BỘ …" above it: it is the top
        assert header[1] in ("BAN TUYÊN GIÁO VÀ DÂN VẬN", "BAN TUYÊN GIÁO"), header
        assert "ĐẢNG ỦY THÀNH PHỐ" not in " ".join(header)


def test_form_prints_leader_phone_commune_code_evidence_and_no_zero_money(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    set_settings(demo, {"signer_title": "Chủ tịch Ủy ban MTTQ xã", "signer_name": "Võ Thị Lan"})
    text = pdftotext(_form(demo, "MH-2026-012", tmp_path))
    flat = squash(text)
    assert squash("TM. BAN THƯỜNG TRỰC CHỦ TỊCH") in flat and "VõThịLan" in flat
    assert squash("điện thoại: 0905 111 204") in flat  # Phan Văn Nam, the lead person
    assert squash("Xã Thăng Bình, thành phố Đà Nẵng (mã đơn vị 20791)") in flat
    assert squash("V. MINH CHỨNG KÈM THEO") in flat
    assert squash("Ảnh hoạt động 1: Tổ dân phố Hà Lam 1") in flat
    assert "0 đ" not in text.replace("000 đ", "")  # budget_state is empty on this model
    assert squash("Thăng Bình, ngày 05 tháng 3 năm 2026") in flat


def test_date_line_has_a_leading_zero_only_where_nd30_wants_it() -> None:
    assert format_long_date(dt.date(2026, 3, 5)) == "ngày 05 tháng 3 năm 2026"
    assert format_long_date(dt.date(2026, 2, 15)) == "ngày 15 tháng 02 năm 2026"
    assert format_long_date(dt.date(2026, 1, 9)) == "ngày 09 tháng 01 năm 2026"
    assert format_long_date(dt.date(2026, 11, 12)) == "ngày 12 tháng 11 năm 2026"


def test_enrolment_sheet_prints_the_place_and_keeps_the_key_id_whole(tmp_path: Path) -> None:
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
        place="Thăng Bình",
    )
    text = pdftotext(out)
    assert "Thăng Bình, ngày" in text and "……, ngày" not in text
    assert any("5B1F2C3D4E5F6A7B" in line for line in text.splitlines())


def test_first_run_place_reaches_the_enrolment_sheet(workspace: WorkspaceHandle) -> None:
    from dvk_desktop.services.workspace_keys import create_key, export_enrolment_with_sheet

    set_settings(workspace, {"place_name": "Hoàn Kiếm"})
    create_key(workspace, "mật khẩu dài 123")
    files = export_enrolment_with_sheet(workspace, "mật khẩu dài 123", workspace.paths.root / "k")
    assert "Hoàn Kiếm, ngày" in pdftotext(files.sheet)


def test_lead_without_phone_prints_no_phone(demo: WorkspaceHandle, tmp_path: Path) -> None:
    with demo.sessions() as session, session.begin():
        session.execute(update(Person).values(phone=""))
    assert "điện thoại" not in pdftotext(_form(demo, "MH-2026-012", tmp_path))
    assert directory.organisations(demo)  # the demo still has its bodies


def test_names_in_the_lists_cells_never_break_inside_a_place_name(
    demo: WorkspaceHandle, tmp_path: Path
) -> None:
    from dvk_desktop.domain.period import parse_period
    from dvk_desktop.reports.pdf.layout import Margins, content_width
    from dvk_desktop.reports.pdf.model_list import COLUMNS_MM, ListKind

    out = tmp_path / "ds.pdf"
    reporting.print_model_list(demo, out, ListKind.RECOGNITION, parse_period("2026"), date=DATE)
    scale = content_width(is_landscape=True) / sum(COLUMNS_MM)
    left = Margins().left * MM + sum(COLUMNS_MM[:4]) * scale  # "Đơn vị chủ trì / cá nhân"
    owners = [line.text for line in lines(out, x_min=left, x_max=left + COLUMNS_MM[4] * scale)]
    assert any("Thăng Bình" in text for text in owners), owners  # a body of the commune is there
    for text in owners:  # "Hội Nông dân | xã Thăng Bình", never "Hội Nông dân xã Thăng | Bình"
        assert text.split()[0] not in ("Bình", "Thăng"), owners
        assert text.split()[-1] not in ("Thăng", "xã"), owners
