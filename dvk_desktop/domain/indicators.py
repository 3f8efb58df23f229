"""The starting catalogue of result indicators (brief §3.2, Biểu 05); workspaces add more."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IndicatorDef:
    """A catalogue entry: stable code, name, unit of measure and group."""

    code: str
    name: str
    unit: str
    group: str


DEFAULT_CATALOGUE: tuple[IndicatorDef, ...] = (
    IndicatorDef("HO_HUONG_LOI", "Hộ hưởng lợi", "hộ", "Người dân"),
    IndicatorDef("NGUOI_THAM_GIA", "Người tham gia", "người", "Người dân"),
    IndicatorDef("HO_THOAT_NGHEO", "Hộ thoát nghèo", "hộ", "Người dân"),
    IndicatorDef("TIEN_NGAN_SACH", "Kinh phí từ ngân sách", "đồng", "Tiền và ngày công"),
    IndicatorDef("TIEN_XA_HOI_HOA", "Kinh phí xã hội hóa", "đồng", "Tiền và ngày công"),
    IndicatorDef("TIEN_NHAN_DAN", "Kinh phí nhân dân đóng góp", "đồng", "Tiền và ngày công"),
    IndicatorDef("NGAY_CONG", "Ngày công lao động", "ngày công", "Tiền và ngày công"),
    IndicatorDef("DAT_HIEN", "Đất hiến", "m²", "Đất đai"),
    IndicatorDef("VAT_KIEN_TRUC_THAO_DO", "Cây cối, vật kiến trúc tháo dỡ", "m²", "Đất đai"),
    IndicatorDef("DUONG_LAM_MOI", "Đường làm mới, nâng cấp", "m", "Hạ tầng"),
    IndicatorDef("KENH_MUONG", "Kênh mương nạo vét", "m", "Hạ tầng"),
    IndicatorDef("DEN_CHIEU_SANG", "Đèn chiếu sáng", "bóng", "Hạ tầng"),
    IndicatorDef("CAMERA", "Camera an ninh", "cái", "Hạ tầng"),
    IndicatorDef("NHA_TINH_NGHIA", "Nhà tình nghĩa, xóa nhà tạm", "căn", "Hạ tầng"),
    IndicatorDef("CAU", "Cầu", "cái", "Hạ tầng"),
    IndicatorDef("RAC_THU_GOM", "Rác thải thu gom, phân loại", "kg", "Môi trường"),
    IndicatorDef("THUNG_PHAN_LOAI", "Thùng phân loại rác", "cái", "Môi trường"),
    IndicatorDef("HOA_GIAI_THANH", "Vụ việc hòa giải thành", "vụ", "An ninh trật tự"),
    IndicatorDef("TIN_BAO_TOI_PHAM", "Tin báo tội phạm", "tin", "An ninh trật tự"),
    IndicatorDef(
        "HO_SO_DVC", "Hồ sơ dịch vụ công trực tuyến được hỗ trợ", "hồ sơ", "Chuyển đổi số"
    ),
    IndicatorDef("VNEID", "Tài khoản VNeID được kích hoạt", "tài khoản", "Chuyển đổi số"),
    IndicatorDef("HOC_SINH_HO_TRO", "Học sinh được hỗ trợ", "em", "Xã hội"),
    IndicatorDef("SUAT_AN", "Suất ăn", "suất", "Xã hội"),
    IndicatorDef("CAY_TRONG", "Diện tích cây trồng", "ha", "Kinh tế"),
    IndicatorDef("LOI_NHUAN", "Lợi nhuận tăng thêm", "đồng", "Kinh tế"),
    IndicatorDef("SAN_PHAM_OCOP", "Sản phẩm OCOP", "sản phẩm", "Kinh tế"),
    IndicatorDef("VAT_NUOI", "Con giống, vật nuôi hỗ trợ", "con", "Kinh tế"),
)

BY_CODE = {d.code: d for d in DEFAULT_CATALOGUE}
