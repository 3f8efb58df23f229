"""Controlled vocabularies of the movement: codes stored in data, Vietnamese labels shown."""

from __future__ import annotations

from enum import StrEnum

from dvk_desktop.messages import _t


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Vietnamese label."""

    @property
    def label(self) -> str:
        """The Vietnamese label shown to users."""
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum:
        """Find a member by its code or (diacritic-insensitive) label, or raise KeyError."""
        from dvk_desktop.domain.text import fold

        wanted = fold(text)
        for member in cls:
            if wanted in (fold(member.value), fold(member.label)):
                return member
        raise KeyError(text)


class ModelType(LabelledEnum):
    """Collective or individual model (tập thể / cá nhân)."""

    COLLECTIVE = "tap_the"
    INDIVIDUAL = "ca_nhan"


class Field(LabelledEnum):
    """The four fields of the movement."""

    ECONOMY = "kinh_te"
    CULTURE_SOCIETY = "van_hoa_xa_hoi"
    DEFENCE_SECURITY = "quoc_phong_an_ninh"
    POLITICAL_SYSTEM = "xay_dung_he_thong_chinh_tri"


class SubTopic(LabelledEnum):
    """Optional sub-topics (tags) of a model."""

    NEW_RURAL = "nong_thon_moi"
    SOCIAL_SECURITY = "an_sinh_xa_hoi"
    ENVIRONMENT = "moi_truong"
    PUBLIC_ORDER = "an_ninh_trat_tu"
    DIGITAL = "chuyen_doi_so"
    ETHNIC_RELIGION = "dan_toc_ton_giao"
    GOVERNMENT = "dan_van_chinh_quyen"


class Novelty(LabelledEnum):
    """Whether a model is new this year, maintained from an earlier year, or replicated."""

    NEW = "moi"
    MAINTAINED = "duy_tri"
    REPLICATED = "nhan_rong_tu"


class Status(LabelledEnum):
    """Lifecycle status of a model (see :mod:`dvk_desktop.domain.lifecycle`)."""

    REGISTERED = "dang_ky"
    IMPLEMENTING = "dang_thuc_hien"
    INTERIM_REVIEWED = "so_ket"
    PROPOSED = "de_nghi_cong_nhan"
    RECOGNISED = "cong_nhan"
    NOT_ACHIEVED = "khong_dat"
    EXEMPLARY = "tieu_bieu"
    PROPOSED_AWARD = "de_nghi_khen_thuong"
    AWARDED = "khen_thuong"
    REPLICATED = "nhan_rong"
    STOPPED = "dung"


class UnitLevel(LabelledEnum):
    """Levels of the administrative hierarchy (data, not code: any level may sit above another)."""

    PROVINCE = "tinh"
    DISTRICT = "huyen"
    COMMUNE = "xa"
    VILLAGE = "thon"


class WorkspaceRole(LabelledEnum):
    """What a workspace does: register models (commune) or review its children (upper level)."""

    COMMUNE = "co_so"
    UPPER = "cap_tren"


class StandingBody(LabelledEnum):
    """The commune body that runs the movement day to day (domain brief §4)."""

    PARTY_BUILDING = "ban_xay_dung_dang"
    FRONT = "mttq"


class DocStyle(LabelledEnum):
    """Document header template, chosen by the issuing body's type (domain brief §6)."""

    STATE = "nha_nuoc"
    PARTY = "dang"
    YOUTH = "doan"


class OrgType(LabelledEnum):
    """Types of organisation that own or coordinate models at commune level (domain brief §4)."""

    PARTY_COMMITTEE = "dang_uy_xa"
    PARTY_CELL = "chi_bo"
    PEOPLES_COUNCIL = "hdnd_xa"
    PEOPLES_COMMITTEE = "ubnd_xa"
    FATHERLAND_FRONT = "mttq_xa"
    WOMEN_UNION = "hoi_lhpn"
    FARMERS_UNION = "hoi_nong_dan"
    YOUTH_UNION = "doan_thanh_nien"
    VETERANS = "hoi_ccb"
    TRADE_UNION = "cong_doan"
    ELDERLY = "hoi_nguoi_cao_tuoi"
    RED_CROSS = "hoi_chu_thap_do"
    OTHER_ASSOCIATION = "hoi_khac"
    POLICE = "cong_an"
    MILITARY = "ban_chqs"
    BORDER_GUARD = "don_bien_phong"
    SCHOOL = "truong_hoc"
    HEALTH_STATION = "tram_y_te"
    RESIDENTIAL = "thon_tdp"
    COOPERATIVE = "htx_doanh_nghiep"
    RELIGIOUS = "co_so_ton_giao"
    OTHER = "khac"

    @property
    def doc_style(self) -> DocStyle:
        """The header template this organisation's documents use."""
        if self in (OrgType.PARTY_COMMITTEE, OrgType.PARTY_CELL):
            return DocStyle.PARTY
        if self is OrgType.YOUTH_UNION:
            return DocStyle.YOUTH
        return DocStyle.STATE


class DecisionKind(LabelledEnum):
    """What a decision of the upper level does to the models it lists."""

    RECOGNITION = "cong_nhan"
    NOT_ACHIEVED = "khong_dat"
    EXEMPLARY = "tieu_bieu"
    AWARD = "khen_thuong"
    REPLICATION = "nhan_rong"


class AwardForm(LabelledEnum):
    """Forms of commendation, grouped by issuer as in Biểu 04 (domain brief §3.3)."""

    PM_CERTIFICATE = "bang_khen_ttg"
    PROVINCE_CERTIFICATE = "bang_khen_ubnd_tinh"
    PARTY_CERTIFICATE = "bang_khen_dang"
    PARTY_MERIT = "giay_khen_dang"
    FRONT_CERTIFICATE = "bang_khen_mttq"
    COMMUNE_MERIT = "giay_khen_ubnd_xa"
    PRAISE = "bieu_duong"


class KeyState(LabelledEnum):
    """Whether the upper level trusts a child unit's signing key."""

    NONE = "chua_ghi_nhan"
    ACTIVE = "dang_dung"
    REVOKED = "da_thu_hoi"


class PeriodState(LabelledEnum):
    """Whether a child unit has sent its package for a reporting period, and on time."""

    SENT = "da_gui"
    LATE = "gui_muon"
    WAITING = "chua_gui"
    OVERDUE = "qua_han"


class ImportOutcome(LabelledEnum):
    """What became of one file of a batch import."""

    IMPORTED = "da_nhap"
    ALREADY = "da_nhap_truoc"
    REFUSED = "bi_tu_choi"
    SKIPPED = "chua_nhap"


class Gender(LabelledEnum):
    """Gender as recorded for individual-model holders."""

    MALE = "nam"
    FEMALE = "nu"
    OTHER = "khac"


class EvaluationGrade(LabelledEnum):
    """Grades of the default rubric (domain brief §2.3)."""

    EXCELLENT = "xuat_sac"
    GOOD = "tot"
    PASS = "dat"
    FAIL = "khong_dat"


_LABELS: dict[str, dict[str, str]] = {
    "ModelType": {"tap_the": _t("Tập thể"), "ca_nhan": _t("Cá nhân")},
    "Field": {
        "kinh_te": _t("Kinh tế"),
        "van_hoa_xa_hoi": _t("Văn hóa - xã hội"),
        "quoc_phong_an_ninh": _t("Quốc phòng - an ninh"),
        "xay_dung_he_thong_chinh_tri": _t("Xây dựng hệ thống chính trị"),
    },
    "SubTopic": {
        "nong_thon_moi": _t("Nông thôn mới / đô thị văn minh"),
        "an_sinh_xa_hoi": _t("An sinh xã hội"),
        "moi_truong": _t("Môi trường"),
        "an_ninh_trat_tu": _t("An ninh trật tự"),
        "chuyen_doi_so": _t("Chuyển đổi số"),
        "dan_toc_ton_giao": _t("Dân tộc - tôn giáo"),
        "dan_van_chinh_quyen": _t("Dân vận chính quyền"),
    },
    "Novelty": {
        "moi": _t("Mới"),
        "duy_tri": _t("Duy trì"),
        "nhan_rong_tu": _t("Nhân rộng từ mô hình khác"),
    },
    "Status": {
        "dang_ky": _t("Đăng ký"),
        "dang_thuc_hien": _t("Đang thực hiện"),
        "so_ket": _t("Đã sơ kết"),
        "de_nghi_cong_nhan": _t("Đề nghị công nhận"),
        "cong_nhan": _t("Được công nhận"),
        "khong_dat": _t("Không đạt"),
        "tieu_bieu": _t("Tiêu biểu"),
        "de_nghi_khen_thuong": _t("Đề nghị khen thưởng"),
        "khen_thuong": _t("Được khen thưởng"),
        "nhan_rong": _t("Nhân rộng"),
        "dung": _t("Dừng / loại bỏ"),
    },
    "UnitLevel": {"tinh": _t("Tỉnh"), "huyen": _t("Huyện"), "xa": _t("Xã"), "thon": _t("Thôn")},
    "WorkspaceRole": {
        "co_so": _t("Cấp xã (đăng ký mô hình)"),
        "cap_tren": _t("Cấp trên (tổng hợp)"),
    },
    "StandingBody": {
        "ban_xay_dung_dang": _t("Ban Xây dựng Đảng (Đảng ủy)"),
        "mttq": _t("Ủy ban Mặt trận Tổ quốc"),
    },
    "DocStyle": {
        "nha_nuoc": _t("Nhà nước / Mặt trận"),
        "dang": _t("Đảng"),
        "doan": _t("Đoàn Thanh niên"),
    },
    "OrgType": {
        "dang_uy_xa": _t("Đảng ủy xã/phường"),
        "chi_bo": _t("Chi bộ / Đảng bộ cơ sở"),
        "hdnd_xa": _t("Hội đồng nhân dân"),
        "ubnd_xa": _t("Ủy ban nhân dân"),
        "mttq_xa": _t("Ủy ban MTTQ"),
        "hoi_lhpn": _t("Hội Liên hiệp Phụ nữ"),
        "hoi_nong_dan": _t("Hội Nông dân"),
        "doan_thanh_nien": _t("Đoàn TNCS Hồ Chí Minh"),
        "hoi_ccb": _t("Hội Cựu chiến binh"),
        "cong_doan": _t("Công đoàn"),
        "hoi_nguoi_cao_tuoi": _t("Hội Người cao tuổi"),
        "hoi_chu_thap_do": _t("Hội Chữ thập đỏ"),
        "hoi_khac": _t("Hội khác"),
        "cong_an": _t("Công an xã/phường"),
        "ban_chqs": _t("Ban Chỉ huy quân sự"),
        "don_bien_phong": _t("Đồn Biên phòng"),
        "truong_hoc": _t("Trường học"),
        "tram_y_te": _t("Trạm y tế"),
        "thon_tdp": _t("Thôn / tổ dân phố"),
        "htx_doanh_nghiep": _t("Hợp tác xã / doanh nghiệp"),
        "co_so_ton_giao": _t("Cơ sở tôn giáo / người có uy tín"),
        "khac": _t("Khác"),
    },
    "DecisionKind": {
        "cong_nhan": _t("Công nhận"),
        "khong_dat": _t("Không đạt"),
        "tieu_bieu": _t("Tiêu biểu"),
        "khen_thuong": _t("Khen thưởng"),
        "nhan_rong": _t("Nhân rộng"),
    },
    "AwardForm": {
        "bang_khen_ttg": _t("Bằng khen của Thủ tướng Chính phủ"),
        "bang_khen_ubnd_tinh": _t("Bằng khen của Chủ tịch UBND tỉnh"),
        "bang_khen_dang": _t("Bằng khen của cấp ủy / Ban Tuyên giáo và Dân vận"),
        "giay_khen_dang": _t("Giấy khen của cấp ủy"),
        "bang_khen_mttq": _t("Bằng khen của MTTQ / đoàn thể"),
        "giay_khen_ubnd_xa": _t("Giấy khen của Chủ tịch UBND xã"),
        "bieu_duong": _t("Biểu dương (không kèm hình thức khen)"),
    },
    "KeyState": {
        "chua_ghi_nhan": _t("Chưa ghi nhận khóa"),
        "dang_dung": _t("Đã ghi nhận"),
        "da_thu_hoi": _t("Đã thu hồi khóa"),
    },
    "PeriodState": {
        "da_gui": _t("Đã gửi"),
        "gui_muon": _t("Gửi muộn"),
        "chua_gui": _t("Chưa gửi"),
        "qua_han": _t("Quá hạn, chưa gửi"),
    },
    "ImportOutcome": {
        "da_nhap": _t("Đã nhập"),
        "da_nhap_truoc": _t("Đã nhập trước đây"),
        "bi_tu_choi": _t("Bị từ chối"),
        "chua_nhap": _t("Chưa nhập (đã hủy)"),
    },
    "Gender": {"nam": "Nam", "nu": _t("Nữ"), "khac": _t("Khác")},
    "EvaluationGrade": {
        "xuat_sac": _t("Xuất sắc"),
        "tot": _t("Tốt"),
        "dat": _t("Đạt"),
        "khong_dat": _t("Không đạt"),
    },
}
