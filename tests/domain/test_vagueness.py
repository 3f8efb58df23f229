"""The vague-registration rule: real models of brief §8 pass, "chung chung" ones are flagged."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dvk_desktop.domain import vagueness
from dvk_desktop.domain.model import IndicatorInput, ModelInput, submission_problems

# The names of brief §8 (the table of real models from public news), as they were registered.
REAL_NAMES = [
    "Thắp sáng đường quê",
    "Không rải vàng mã khi đưa tang",
    "Dân vận khéo tuyên truyền, vận động lắp camera giám sát an ninh trật tự tự quản",
    "Đoạn đường ánh sáng",
    "Tiếng kẻng an ninh",
    "Camera an ninh (“camera 0 đồng”)",
    "Tổ tự quản 5 trong 1",
    "Tổ liên gia an toàn PCCC & Điểm chữa cháy công cộng",
    "Trồng cây dược liệu (nghệ đen) trên đất bỏ hoang",
    "Vận động gia đình và hội viên phát triển kinh tế VACR",
    "Vận động Nhân dân hiến đất mở rộng, nâng cấp đường trục chính",
    "Vận động Nhân dân dọn vệ sinh môi trường sáng thứ Bảy hằng tuần",
    "Dân vận khéo 1+10 (1 đảng viên đồng hành 10 hộ)",
    "Đảng viên đỡ đầu hộ dân (mỗi đảng viên 5–7 hộ)",
    "Chính quyền thân thiện, vì Nhân dân phục vụ",
    "Đi tận ngõ, rõ từng nhà",
    "Ngôi nhà xanh – phân loại rác thải tại nguồn",
    "Phân loại rác thải tại nguồn – Lợi ích nhân đôi",
    "Xây hố chứa, xử lý rác thải tại hộ gia đình",
    "Tuyến đường cờ và hoa kiểu mẫu",
    "Ký túc xá vùng biên",
    "Con nuôi Đồn Biên phòng",
    "Nâng bước em tới trường",
    "Bếp ăn tình thương",
    "Bản sáng vùng biên",
    "Dê giống khởi nghiệp (luân chuyển)",
    "Đoàn viên “1 kèm 1” hỗ trợ người dân dịch vụ công trực tuyến",
    "Dân vận số (Góc công dân số, QR hòm thư, QR thanh toán)",
    "Chung tay xóa nhà tạm, nhà dột nát cho hội viên",
    "Tổ liên gia an toàn PCCC & “Zalo kết nối bình yên”",
]

# Goals and content written from the owners and key indicators of brief §8 (rows 1, 4, 10,
# 12, 19, 20, 28), the way a commune cadre writes them on the form.
REAL_PLANS = [
    (
        "Thắp sáng đường quê",
        "Lắp 270 bóng đèn trên 10.700 m đường của 5 thôn; huy động 70 triệu đồng xã hội hóa.",
        "Đoàn Thanh niên xã Bình Sa vận động các hộ góp tiền, ngày công; đoàn viên kéo dây, "
        "lắp bóng theo từng tuyến đường.",
    ),
    (
        "Dân vận khéo tuyên truyền, vận động lắp camera giám sát an ninh trật tự tự quản",
        "Lắp 4 camera phủ 400 m đường khu phố; 1.448 hội viên tham gia giữ an ninh.",
        "Hội Nông dân phường Quảng Cư họp dân từng khu phố, vận động hội viên góp kinh phí.",
    ),
    (
        "Trồng cây dược liệu (nghệ đen) trên đất bỏ hoang",
        "12 hộ trồng hơn 1 ha nghệ đen; có 3 sản phẩm đạt OCOP 3 sao.",
        "Khối Dân vận xã Trà Ka hướng dẫn kỹ thuật, liên kết tiêu thụ cho các hộ trồng nghệ.",
    ),
    (
        "Vận động Nhân dân hiến đất mở rộng, nâng cấp đường trục chính",
        "56 hộ hiến khoảng 1.000 m² đất để mở rộng 1,8 km đường trục chính.",
        "Chi bộ khu dân cư số 2 họp dân, đảng viên đến từng nhà vận động hiến đất, dỡ tường rào.",
    ),
    (
        "Phân loại rác thải tại nguồn – Lợi ích nhân đôi",
        "Mỗi kỳ thu gom 209 kg phế liệu; sau 18 kỳ có quỹ hơn 1.090.000 đồng giúp hội viên.",
        "Hội LHPN phường Phú Thọ hướng dẫn 7 chi hội phân loại rác tại hộ gia đình.",
    ),
    (
        "Xây hố chứa, xử lý rác thải tại hộ gia đình",
        "30 hộ có hố chứa rác; 7/7 chi hội tham gia.",
        "Hội viên góp 30 bao xi măng, cùng làm hố rác cho từng hộ trong thôn.",
    ),
    (
        "Chung tay xóa nhà tạm, nhà dột nát cho hội viên",
        "Xây mới, sửa chữa 23 nhà cho hội viên khó khăn với 1,4 tỷ đồng.",
        "Hội Cựu chiến binh tỉnh vận động doanh nghiệp, hội viên góp tiền và ngày công.",
    ),
]

VAGUE_NAMES = [
    "Làm tốt công tác dân vận",
    "Mô hình dân vận khéo",
    "Nâng cao hiệu quả công tác dân vận ở cơ sở",
    "Đẩy mạnh phong trào thi đua Dân vận khéo năm 2026",
    "Xây dựng mô hình điểm",
    "Dân vận",
]

VAGUE_TEXTS = [
    "Làm tốt công tác dân vận",
    "Thực hiện tốt các nhiệm vụ chính trị được giao",
    "Nâng cao chất lượng, hiệu quả hoạt động",
    "Tuyên truyền, vận động",
    "Đạt kết quả tốt",
]


@pytest.mark.parametrize("name", REAL_NAMES)
def test_real_model_names_are_concrete(name: str) -> None:
    assert vagueness.name_findings(name) == []


@pytest.mark.parametrize(("name", "goals", "content"), REAL_PLANS)
def test_real_goals_and_content_pass(name: str, goals: str, content: str) -> None:
    assert vagueness.findings(name, goals, content) == []


@pytest.mark.parametrize("name", VAGUE_NAMES)
def test_generic_names_are_flagged_with_an_example_of_a_concrete_one(name: str) -> None:
    (finding,) = vagueness.name_findings(name)
    assert "chung chung" in finding.message
    assert "Thắp sáng đường quê" in finding.message  # says what a concrete name looks like


@pytest.mark.parametrize("text", VAGUE_TEXTS)
@pytest.mark.parametrize("field", ["goals", "content"])
def test_generic_goals_and_content_are_flagged_saying_what_to_add(field: str, text: str) -> None:
    (finding,) = vagueness.text_findings(field, text, "Thắp sáng đường quê")
    assert finding.field == field
    if field == "goals":
        assert "con số cần đạt" in finding.message
    else:
        assert "ai làm" in finding.message and "làm ở đâu" in finding.message


def test_content_that_only_repeats_the_name_is_flagged() -> None:
    (finding,) = vagueness.text_findings("content", "Thắp sáng đường quê.", "Thắp sáng đường quê")
    assert "nhắc lại tên mô hình" in finding.message


def test_a_plan_without_number_place_or_group_is_flagged() -> None:
    (finding,) = vagueness.text_findings(
        "goals", "Giữ gìn cảnh quan sáng, xanh, sạch, đẹp lâu dài", "Đường hoa kiểu mẫu"
    )
    assert "chưa nêu con số, nơi thực hiện hay đối tượng" in finding.message


def test_the_issue_example_is_refused_in_name_goals_and_content() -> None:
    vague = "Làm tốt công tác dân vận"
    data = ModelInput(
        name=vague,
        year=2026,
        owner_org_uuid="org",
        place="Thôn 3, xã Thăng Bình",
        start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2026, 12, 1),
        evaluation_date=dt.date(2026, 10, 15),
        goals=vague,
        content=vague,
        indicators=[IndicatorInput("DEN_CHIEU_SANG", "Đèn", "bóng", Decimal(270))],
    )
    problems = submission_problems(data)
    assert len(problems) == 3
    assert problems[0].startswith("Tên mô hình “Làm tốt công tác dân vận” còn chung chung")
    assert problems[1].startswith("“Mục tiêu, tiêu chí”")
    assert problems[2].startswith("“Nội dung, cách thức thực hiện”")


def test_the_demo_registrations_stay_submittable() -> None:
    from dvk_desktop.services.demo import MODELS

    goals = (
        "Đạt các chỉ tiêu đã đăng ký; được Nhân dân đồng tình, hưởng ứng và đánh giá hiệu quả "
        "qua phiếu khảo sát."
    )
    content = (
        "Tuyên truyền, vận động tại các cuộc họp thôn; phân công đảng viên, hội viên phụ trách "
        "từng nhóm hộ; huy động nguồn lực xã hội hóa; sơ kết 6 tháng."
    )
    for name, *_ in MODELS:
        assert vagueness.findings(name, goals, content) == [], name
