"""A commune workspace filled with realistic demo data, built from real model names (brief §8)."""

from __future__ import annotations

import datetime as dt
import io
import random
import tempfile
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select

from dvk_desktop.domain.model import IndicatorInput, ModelInput
from dvk_desktop.domain.vocab import (
    Field,
    Gender,
    ModelType,
    Novelty,
    OrgType,
    StandingBody,
    Status,
    SubTopic,
)
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.resources import resource_path
from dvk_desktop.services import directory, models, progress_reports
from dvk_desktop.services.evidence import add_evidence
from dvk_desktop.services.workspace_setup import init_workspace, set_settings
from dvk_desktop.storage.models import DvkModel, StatusChange, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle

DEMO_UNIT = "20791"  # Xã Thăng Bình, Thành phố Đà Nẵng (QĐ 19/2025)

VILLAGES = [
    "Thôn Bình Sa", "Thôn Hà Bình", "Thôn Cổ Linh", "Thôn Phước Xuyên", "Thôn Tư Phú",
    "Thôn Lạc Câu", "Tổ dân phố Hà Lam 1", "Tổ dân phố Hà Lam 2",
]  # fmt: skip

ORGS: list[tuple[str, OrgType]] = [
    ("Đảng ủy xã Thăng Bình", OrgType.PARTY_COMMITTEE),
    ("Ủy ban MTTQ Việt Nam xã Thăng Bình", OrgType.FATHERLAND_FRONT),
    ("Đoàn Thanh niên xã Thăng Bình", OrgType.YOUTH_UNION),
    ("Hội Liên hiệp Phụ nữ xã Thăng Bình", OrgType.WOMEN_UNION),
    ("Hội Nông dân xã Thăng Bình", OrgType.FARMERS_UNION),
    ("Hội Cựu chiến binh xã Thăng Bình", OrgType.VETERANS),
    ("Công an xã Thăng Bình", OrgType.POLICE),
    ("Ban Chỉ huy quân sự xã Thăng Bình", OrgType.MILITARY),
    ("Chi bộ thôn Bình Sa", OrgType.PARTY_CELL),
    ("Chi bộ thôn Hà Bình", OrgType.PARTY_CELL),
    ("Ban Công tác Mặt trận thôn Cổ Linh", OrgType.RESIDENTIAL),
    ("Chi hội Phụ nữ thôn Phước Xuyên", OrgType.WOMEN_UNION),
    ("Ủy ban nhân dân xã Thăng Bình", OrgType.PEOPLES_COMMITTEE),
    ("Trường THCS Thăng Bình", OrgType.SCHOOL),
    ("Hợp tác xã nông nghiệp Bình Sa", OrgType.COOPERATIVE),
]

F, T = Field, ModelType
# (name, field, type, owner index, [(indicator code, target)], sub-topics)
MODELS: list[tuple[str, Field, ModelType, int, list[tuple[str, int]], list[SubTopic]]] = [
    ("Thắp sáng đường quê", F.CULTURE_SOCIETY, T.COLLECTIVE, 2,
     [("DEN_CHIEU_SANG", 270), ("DUONG_LAM_MOI", 10700), ("TIEN_XA_HOI_HOA", 70_000_000)],
     [SubTopic.NEW_RURAL, SubTopic.PUBLIC_ORDER]),
    ("Không rải vàng mã khi đưa tang", F.CULTURE_SOCIETY, T.COLLECTIVE, 1,
     [("HO_HUONG_LOI", 420)], [SubTopic.ENVIRONMENT]),
    ("Dân vận khéo tuyên truyền, vận động lắp camera giám sát an ninh trật tự tự quản",
     F.DEFENCE_SECURITY, T.COLLECTIVE, 4, [("CAMERA", 4), ("DUONG_LAM_MOI", 400)],
     [SubTopic.PUBLIC_ORDER]),
    ("Đoạn đường ánh sáng", F.DEFENCE_SECURITY, T.COLLECTIVE, 11,
     [("DEN_CHIEU_SANG", 35), ("DUONG_LAM_MOI", 3000)], [SubTopic.PUBLIC_ORDER]),
    ("Tiếng kẻng an ninh", F.DEFENCE_SECURITY, T.COLLECTIVE, 6, [("NGUOI_THAM_GIA", 9)],
     [SubTopic.PUBLIC_ORDER]),
    ("Camera an ninh “camera 0 đồng”", F.DEFENCE_SECURITY, T.COLLECTIVE, 6,
     [("CAMERA", 50), ("TIEN_XA_HOI_HOA", 150_000_000)], [SubTopic.PUBLIC_ORDER]),
    ("Tổ tự quản 5 trong 1", F.DEFENCE_SECURITY, T.COLLECTIVE, 10, [("HO_HUONG_LOI", 180)], []),
    ("Tổ liên gia an toàn phòng cháy chữa cháy và điểm chữa cháy công cộng",
     F.DEFENCE_SECURITY, T.COLLECTIVE, 6, [("CAMERA", 40), ("HO_HUONG_LOI", 469)], []),
    ("Trồng cây dược liệu (nghệ đen) trên đất bỏ hoang", F.ECONOMY, T.COLLECTIVE, 4,
     [("HO_HUONG_LOI", 12), ("CAY_TRONG", 1), ("SAN_PHAM_OCOP", 3), ("LOI_NHUAN", 60_000_000)],
     []),
    ("Vận động gia đình và hội viên phát triển kinh tế vườn - ao - chuồng - rừng",
     F.ECONOMY, T.INDIVIDUAL, 5, [("HO_THOAT_NGHEO", 3), ("LOI_NHUAN", 120_000_000)], []),
    ("Vận động Nhân dân hiến đất mở rộng, nâng cấp đường trục chính thôn", F.ECONOMY,
     T.COLLECTIVE, 8, [("HO_HUONG_LOI", 56), ("DAT_HIEN", 1000), ("DUONG_LAM_MOI", 1800)],
     [SubTopic.NEW_RURAL]),
    ("Vận động Nhân dân dọn vệ sinh môi trường sáng thứ Bảy hằng tuần", F.CULTURE_SOCIETY,
     T.COLLECTIVE, 9, [("NGUOI_THAM_GIA", 150), ("RAC_THU_GOM", 2400)],
     [SubTopic.ENVIRONMENT]),
    ("Dân vận khéo 1+10: một đảng viên đồng hành cùng mười hộ", F.POLITICAL_SYSTEM,
     T.COLLECTIVE, 8, [("HO_HUONG_LOI", 320)], []),
    ("Đảng viên đỡ đầu hộ dân (mỗi đảng viên 5–7 hộ)", F.POLITICAL_SYSTEM, T.COLLECTIVE, 9,
     [("HO_HUONG_LOI", 210)], []),
    ("Chính quyền thân thiện, vì Nhân dân phục vụ", F.POLITICAL_SYSTEM, T.COLLECTIVE, 12,
     [("HO_SO_DVC", 1500)], [SubTopic.GOVERNMENT]),
    ("Đi tận ngõ, rõ từng nhà", F.POLITICAL_SYSTEM, T.COLLECTIVE, 1, [("HO_HUONG_LOI", 700)],
     []),
    ("Ngôi nhà xanh – phân loại rác thải tại nguồn", F.CULTURE_SOCIETY, T.COLLECTIVE, 11,
     [("THUNG_PHAN_LOAI", 120), ("RAC_THU_GOM", 3000)], [SubTopic.ENVIRONMENT]),
    ("Phân loại rác thải tại nguồn – Lợi ích nhân đôi", F.CULTURE_SOCIETY, T.COLLECTIVE, 3,
     [("RAC_THU_GOM", 3762), ("TIEN_NHAN_DAN", 1_090_000)], [SubTopic.ENVIRONMENT]),
    ("Xây hố chứa, xử lý rác thải tại hộ gia đình", F.CULTURE_SOCIETY, T.COLLECTIVE, 3,
     [("HO_HUONG_LOI", 30)], [SubTopic.ENVIRONMENT]),
    ("Tuyến đường cờ và hoa kiểu mẫu", F.CULTURE_SOCIETY, T.COLLECTIVE, 10,
     [("DUONG_LAM_MOI", 1600)], [SubTopic.NEW_RURAL]),
    ("Nâng bước em tới trường", F.CULTURE_SOCIETY, T.COLLECTIVE, 7,
     [("HOC_SINH_HO_TRO", 35), ("TIEN_XA_HOI_HOA", 350_000_000)], [SubTopic.SOCIAL_SECURITY]),
    ("Bếp ăn tình thương", F.CULTURE_SOCIETY, T.COLLECTIVE, 3, [("SUAT_AN", 5000)],
     [SubTopic.SOCIAL_SECURITY]),
    ("Dê giống khởi nghiệp (luân chuyển)", F.ECONOMY, T.COLLECTIVE, 2,
     [("VAT_NUOI", 4), ("TIEN_XA_HOI_HOA", 12_000_000)], []),
    ("Đoàn viên “1 kèm 1” hỗ trợ người dân dịch vụ công trực tuyến", F.POLITICAL_SYSTEM,
     T.COLLECTIVE, 2, [("HO_SO_DVC", 800), ("VNEID", 1200)], [SubTopic.DIGITAL]),
    ("Dân vận số: góc công dân số, mã QR hòm thư góp ý", F.POLITICAL_SYSTEM, T.COLLECTIVE, 1,
     [("HO_HUONG_LOI", 300)], [SubTopic.DIGITAL]),
    ("Chung tay xóa nhà tạm, nhà dột nát cho hội viên", F.CULTURE_SOCIETY, T.COLLECTIVE, 5,
     [("NHA_TINH_NGHIA", 23), ("TIEN_XA_HOI_HOA", 1_400_000_000)],
     [SubTopic.SOCIAL_SECURITY]),
    ("Zalo kết nối bình yên", F.DEFENCE_SECURITY, T.COLLECTIVE, 6, [("TIN_BAO_TOI_PHAM", 15)],
     [SubTopic.DIGITAL, SubTopic.PUBLIC_ORDER]),
    ("Hòa giải viên cơ sở giỏi vận động hòa giải tranh chấp đất đai", F.DEFENCE_SECURITY,
     T.INDIVIDUAL, 10, [("HOA_GIAI_THANH", 12)], []),
    ("Cựu chiến binh gương mẫu vận động hiến đất làm đường", F.ECONOMY, T.INDIVIDUAL, 5,
     [("DAT_HIEN", 350), ("HO_HUONG_LOI", 18)], [SubTopic.NEW_RURAL]),
    ("Nông dân sản xuất kinh doanh giỏi giúp hội viên thoát nghèo", F.ECONOMY, T.INDIVIDUAL,
     4, [("HO_THOAT_NGHEO", 5), ("VAT_NUOI", 40)], []),
    ("Người có uy tín vận động đồng bào giữ gìn an ninh trật tự", F.DEFENCE_SECURITY,
     T.INDIVIDUAL, 1, [("TIN_BAO_TOI_PHAM", 6), ("HOA_GIAI_THANH", 4)], []),
    ("Phụ nữ khởi nghiệp với sản phẩm OCOP bánh tráng", F.ECONOMY, T.INDIVIDUAL, 3,
     [("SAN_PHAM_OCOP", 1), ("NGUOI_THAM_GIA", 15)], []),
    ("Đoàn viên tình nguyện hướng dẫn cài đặt VNeID", F.POLITICAL_SYSTEM, T.INDIVIDUAL, 2,
     [("VNEID", 600)], [SubTopic.DIGITAL]),
    ("Trưởng thôn gần dân, sát dân", F.POLITICAL_SYSTEM, T.INDIVIDUAL, 10,
     [("HO_HUONG_LOI", 250)], []),
    ("Giáo viên vận động học sinh bỏ học trở lại trường", F.CULTURE_SOCIETY, T.INDIVIDUAL, 13,
     [("HOC_SINH_HO_TRO", 14)], []),
    ("Hội viên cựu chiến binh hiến kế bảo vệ rừng đầu nguồn", F.DEFENCE_SECURITY,
     T.INDIVIDUAL, 5, [("NGUOI_THAM_GIA", 25)], [SubTopic.ENVIRONMENT]),
    ("Hợp tác xã liên kết tiêu thụ rau an toàn", F.ECONOMY, T.COLLECTIVE, 14,
     [("HO_HUONG_LOI", 45), ("CAY_TRONG", 8)], [SubTopic.NEW_RURAL]),
    ("Nuôi bò sinh sản luân chuyển giúp hộ nghèo", F.ECONOMY, T.COLLECTIVE, 4,
     [("VAT_NUOI", 20), ("HO_THOAT_NGHEO", 10)], [SubTopic.SOCIAL_SECURITY]),
    ("Kênh mương nội đồng sạch, thông thoáng", F.ECONOMY, T.COLLECTIVE, 4,
     [("KENH_MUONG", 2500), ("NGAY_CONG", 600)], [SubTopic.NEW_RURAL]),
    ("Dân vận khéo, sống tốt đời đẹp đạo", F.CULTURE_SOCIETY, T.COLLECTIVE, 1,
     [("NGUOI_THAM_GIA", 400)], [SubTopic.ETHNIC_RELIGION]),
    ("Cầu nông thôn do Nhân dân cùng làm", F.ECONOMY, T.COLLECTIVE, 10,
     [("CAU", 2), ("TIEN_NHAN_DAN", 240_000_000), ("NGAY_CONG", 900)], [SubTopic.NEW_RURAL]),
    ("Quỹ khuyến học dòng họ", F.CULTURE_SOCIETY, T.COLLECTIVE, 10,
     [("HOC_SINH_HO_TRO", 60), ("TIEN_NHAN_DAN", 85_000_000)], []),
    ("Chi bộ bốn tốt gắn với dân vận khéo", F.POLITICAL_SYSTEM, T.COLLECTIVE, 9,
     [("HO_HUONG_LOI", 150)], []),
    ("Dân quân tự vệ giúp dân thu hoạch mùa màng", F.DEFENCE_SECURITY, T.COLLECTIVE, 7,
     [("NGAY_CONG", 350), ("HO_HUONG_LOI", 60)], []),
]  # fmt: skip

_PEOPLE = [
    ("Nguyễn Văn Hùng", 1968, Gender.MALE, "Hội viên Hội Cựu chiến binh"),
    ("Trần Thị Mai", 1982, Gender.FEMALE, "Chi hội trưởng Chi hội Phụ nữ"),
    ("Lê Văn Cẩn", 1959, Gender.MALE, "Nông dân sản xuất kinh doanh giỏi"),
    ("Phạm Thị Hoa", 1990, Gender.FEMALE, "Chủ cơ sở sản xuất bánh tráng"),
    ("Võ Minh Tuấn", 1999, Gender.MALE, "Bí thư Chi đoàn thôn"),
    ("Đặng Văn Bảy", 1961, Gender.MALE, "Trưởng thôn"),
    ("Huỳnh Thị Lan", 1985, Gender.FEMALE, "Giáo viên Trường THCS"),
    ("Đỗ Văn Ánh", 1955, Gender.MALE, "Người có uy tín trong cộng đồng"),
    ("Bùi Văn Đức", 1963, Gender.MALE, "Hòa giải viên cơ sở"),
]

_LEADERS = [  # made-up phone numbers: the form prints the lead person's phone
    ("Nguyễn Thị Thu Hà", "Chủ tịch Ủy ban MTTQ xã", "0905 111 201"),
    ("Trần Văn Long", "Phó Bí thư Đảng ủy xã", "0905 111 202"),
    ("Lê Thị Hạnh", "Chủ tịch Hội Liên hiệp Phụ nữ xã", "0905 111 203"),
    ("Phan Văn Nam", "Bí thư Đoàn xã", "0905 111 204"),
]

_STATUS_PLAN = [
    [Status.IMPLEMENTING],
    [Status.IMPLEMENTING, Status.INTERIM_REVIEWED],
    [Status.IMPLEMENTING, Status.PROPOSED],
    [],
    [Status.IMPLEMENTING],
    [Status.IMPLEMENTING, Status.INTERIM_REVIEWED, Status.PROPOSED],
]


def make_evidence_image(title: str, caption: str, seed: int) -> bytes:
    """A small JPEG standing in for a field photo, with the model name and caption on it."""
    rng = random.Random(seed)
    width, height = 800, 600
    base = (rng.randint(60, 160), rng.randint(100, 170), rng.randint(60, 140))
    image = Image.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(image)
    for _ in range(18):  # some shapes so the photo compresses like a real one
        x, y = rng.randint(0, width), rng.randint(100, height)
        r = rng.randint(20, 120)
        colour = tuple(min(255, c + rng.randint(-40, 80)) for c in base)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    font_path = resource_path("fonts", "LiberationSans-Bold.ttf")
    big = ImageFont.truetype(str(font_path), 30)
    small = ImageFont.truetype(str(font_path), 22)
    draw.rectangle((0, 0, width, 110), fill=(255, 255, 255))
    draw.text((20, 15), title[:48], font=big, fill=(150, 20, 20))
    draw.text((20, 62), caption[:60], font=small, fill=(30, 30, 30))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _date_history(handle: WorkspaceHandle, uuid: str, start: dt.date) -> None:
    """Date a demo model's steps from its start date, two months apart (never in the future).

    Reports of a finished half-year count statuses from this history, so it must look real.
    """
    now = utcnow()
    with handle.sessions() as session, session.begin():
        model_id = session.scalars(select(DvkModel.id).where(DvkModel.uuid == uuid)).one()
        steps = session.scalars(
            select(StatusChange).where(StatusChange.model_id == model_id).order_by(StatusChange.id)
        ).all()
        for k, step in enumerate(steps):
            when = dt.datetime.combine(start + dt.timedelta(days=61 * k), dt.time(9, 0))
            step.at = min(when, now)


def create_demo_workspace(
    root: Path,
    *,
    year: int | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    evidence_per_model: int = 1,
) -> WorkspaceHandle:
    """Create a commune workspace at ``root`` with at least 40 models and their records."""
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    year = year or dt.date.today().year
    rng = random.Random(2026)
    handle = init_workspace(root, unit_code=DEMO_UNIT, standing_body=StandingBody.FRONT)
    set_settings(
        handle,
        {
            "signer_title": "Chủ tịch Ủy ban MTTQ xã",
            "signer_name": "Nguyễn Thị Thu Hà",
            "preparer_name": "Trần Văn Long",
            "preparer_title": "Cán bộ Ban Xây dựng Đảng",
            "place_name": "Thăng Bình",
        },
    )
    with handle.sessions() as session, session.begin():
        villages = [directory.add_village(session, v) for v in VILLAGES]
        orgs = [directory.add_organisation(session, n, t) for n, t in ORGS]
        leaders = [
            directory.add_person(session, n, position=p, phone=ph, is_official=True).uuid
            for n, p, ph in _LEADERS
        ]
        people = [
            directory.add_person(
                session, n, birth_year=b, gender=g, position=p,
                village=villages[i % len(villages)], consent=True,
            ).uuid
            for i, (n, b, g, p) in enumerate(_PEOPLE)
        ]  # fmt: skip
        village_uuids = [v.uuid for v in villages]
        org_uuids = [o.uuid for o in orgs]
    person_cursor = 0
    with tempfile.TemporaryDirectory(prefix="dvk-demo-") as scratch:
        for n, (name, field, mtype, owner, indicators, topics) in enumerate(MODELS):
            cancel.check()
            reporter.report(n, len(MODELS), name)
            village = rng.randrange(len(village_uuids))
            holder = None
            if mtype is ModelType.INDIVIDUAL:
                holder = people[person_cursor % len(people)]
                person_cursor += 1
            start = dt.date(year, rng.randint(1, 3), rng.randint(1, 28))
            inds = [
                IndicatorInput(
                    code,
                    "",
                    "",
                    Decimal(target),
                    Decimal(round(target * rng.uniform(0.3, 1.1))),
                )
                for code, target in indicators
            ]
            if inds and mtype is ModelType.COLLECTIVE and n % 5 == 0:
                # Some indicators are reported per village, as in Bình Sa's "Thắp sáng đường quê".
                first = inds[0]
                assert first.target is not None
                half = (first.target / 2).quantize(Decimal(1))
                first.by_village = {
                    village_uuids[0]: (half, None),
                    village_uuids[1]: (first.target - half, None),
                }
            village_name = VILLAGES[village]
            data = ModelInput(
                name=name,
                model_type=mtype,
                field=field,
                sub_topics=topics,
                novelty=Novelty.NEW,
                year=year,
                owner_org_uuid=org_uuids[owner],
                holder_person_uuid=holder,
                lead_person_uuid=leaders[n % len(leaders)],
                coordinating_org_uuids=[org_uuids[1]] if owner != 1 else [org_uuids[12]],
                village_uuid=village_uuids[village],
                place=f"{village_name}, xã Thăng Bình",
                start_date=start,
                end_date=dt.date(year, 12, 15),
                evaluation_date=dt.date(year, 10, 15),
                reason=f"Tại {village_name} còn nhiều khó khăn cần sự chung tay của Nhân dân; "
                "mô hình nhằm giải quyết vấn đề cụ thể, bức xúc ở địa bàn.",
                goals="Đạt các chỉ tiêu đã đăng ký; được Nhân dân đồng tình, hưởng ứng và "
                "đánh giá hiệu quả qua phiếu khảo sát.",
                content="Tuyên truyền, vận động tại các cuộc họp thôn; phân công đảng viên, hội "
                "viên phụ trách từng nhóm hộ; huy động nguồn lực xã hội hóa; sơ kết 6 tháng.",
                target_group="Hộ gia đình, hội viên và Nhân dân trên địa bàn.",
                forces="Chủ trì: đơn vị đăng ký; phối hợp: Ban Công tác Mặt trận thôn và các "
                "chi hội đoàn thể.",
                schedule="Quý I: ra mắt mô hình; quý II–III: triển khai; tháng 10: đánh giá.",
                outputs="Số liệu chỉ tiêu có biên bản nghiệm thu, danh sách hộ tham gia, ảnh.",
                sustainability="Có quy chế hoạt động, nguồn quỹ duy trì; có thể nhân rộng ra "
                "các thôn khác.",
                budget_state=rng.choice([0, 5_000_000, 10_000_000]),
                budget_social=rng.choice([0, 20_000_000, 50_000_000]),
                budget_people=rng.choice([0, 3_000_000, 15_000_000]),
                labour_days=rng.randint(20, 400),
                indicators=inds,
            )
            uuid = models.create_model(handle, data, actor="demo")
            for target in _STATUS_PLAN[n % len(_STATUS_PLAN)]:
                models.change_status(handle, uuid, target, actor="demo")
            _date_history(handle, uuid, start)
            if n % len(_STATUS_PLAN) not in (3,):
                report_date = min(dt.date(year, 6, 30), dt.date.today())
                report_date = max(report_date, start)
                report_uuid = progress_reports.add_progress_report(
                    handle,
                    uuid,
                    report_date=report_date,
                    period_label=f"Sơ kết 6 tháng đầu năm {year}",
                    done="Đã tổ chức ra mắt mô hình, tuyên truyền đến các hộ, triển khai theo "
                    "kế hoạch.",
                    lessons="Cần phát huy vai trò người có uy tín; công khai thu chi.",
                    actuals={i.code: i.actual for i in inds[:1]},
                    today=max(report_date, dt.date.today()),
                )
                for k in range(evidence_per_model):
                    photo = Path(scratch) / f"anh-{n:02d}-{k}.jpg"
                    caption = f"Ảnh hoạt động {k + 1}: {village_name}"
                    photo.write_bytes(make_evidence_image(name, caption, n * 10 + k))
                    add_evidence(
                        handle,
                        uuid,
                        photo,
                        caption=caption,
                        taken_on=report_date,
                        progress_report_uuid=report_uuid,
                    )
    reporter.report(len(MODELS), len(MODELS), _t("Xong"))
    return handle
