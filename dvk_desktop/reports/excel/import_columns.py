"""Columns of the spreadsheet import template (the one list the template and the importer share)."""

from __future__ import annotations

from dataclasses import dataclass

from dvk_desktop.domain.model import NARRATIVE_FIELDS, TEXT_FIELDS
from dvk_desktop.domain.text import fold


@dataclass(frozen=True)
class ImportColumn:
    """One column: key, Vietnamese header, whether required, kind of value, help text."""

    key: str
    header: str
    required: bool = False
    kind: str = "text"  # text | int | date | number | money | choice
    help: str = ""
    width: float = 18


INDICATOR_SLOTS = 3

_TEXT_KEYS = NARRATIVE_FIELDS

COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("stt", "STT", help="Số thứ tự (không bắt buộc, không được nhập).", width=6),
    ImportColumn(
        "name",
        "Tên mô hình",
        True,
        help="Tên cụ thể, ví dụ “Thắp sáng đường quê thôn 3”.",
        width=40,
    ),
    ImportColumn("year", "Năm đăng ký", True, "int", "Ví dụ 2026.", 10),
    ImportColumn("model_type", "Loại mô hình", True, "choice", "Tập thể hoặc Cá nhân.", 12),
    ImportColumn(
        "field",
        "Lĩnh vực",
        True,
        "choice",
        "Kinh tế; Văn hóa - xã hội; Quốc phòng - an ninh; Xây dựng hệ thống chính trị.",
        24,
    ),
    ImportColumn(
        "sub_topics",
        "Nội dung gắn với",
        help="Không bắt buộc; nhiều mục cách nhau bằng dấu chấm phẩy.",
        width=24,
    ),
    ImportColumn(
        "novelty",
        "Tính mới",
        kind="choice",
        help="Mới (mặc định), Duy trì, hoặc Nhân rộng từ mô hình khác.",
        width=12,
    ),
    ImportColumn(
        "continues_code",
        "Mã mô hình năm trước",
        help="Bắt buộc khi Tính mới là Duy trì, ví dụ MH-2025-004.",
        width=16,
    ),
    ImportColumn(
        "replicated_from_text",
        "Nhân rộng từ mô hình",
        help="Tên mô hình gốc khi nhân rộng.",
        width=24,
    ),
    ImportColumn(
        "unit_code",
        "Mã đơn vị",
        help="Mã xã/phường (5 chữ số); để trống là đơn vị của vùng làm việc.",
        width=10,
    ),
    ImportColumn(
        "owner",
        "Đơn vị chủ trì",
        help="Tên tổ chức như trong danh mục tổ chức của phần mềm.",
        width=28,
    ),
    ImportColumn(
        "owner_type",
        "Loại tổ chức chủ trì",
        kind="choice",
        help="Chỉ dùng khi tạo tổ chức mới (tùy chọn tạo mới khi nhập).",
        width=20,
    ),
    ImportColumn(
        "coordinators",
        "Đơn vị phối hợp",
        help="Nhiều tổ chức cách nhau bằng dấu chấm phẩy.",
        width=28,
    ),
    ImportColumn("holder", "Cá nhân thực hiện", help="Họ và tên (mô hình cá nhân).", width=22),
    ImportColumn("holder_birth_year", "Năm sinh", kind="int", width=9),
    ImportColumn("holder_gender", "Giới tính", kind="choice", help="Nam, Nữ hoặc Khác.", width=9),
    ImportColumn("holder_position", "Chức vụ, nghề nghiệp", width=22),
    ImportColumn("lead", "Người phụ trách", help="Họ và tên người phụ trách mô hình.", width=22),
    ImportColumn("village", "Thôn, tổ dân phố", width=18),
    ImportColumn("place", "Địa bàn, địa chỉ cụ thể", width=28),
    ImportColumn("start_date", "Ngày bắt đầu", kind="date", help="Ngày/tháng/năm.", width=12),
    ImportColumn("end_date", "Ngày kết thúc", kind="date", width=12),
    ImportColumn("evaluation_date", "Thời điểm đánh giá", kind="date", width=12),
    *(ImportColumn(k, TEXT_FIELDS[k][0], width=36) for k in _TEXT_KEYS),
    ImportColumn("budget_state", "Kinh phí ngân sách (đồng)", kind="money", width=16),
    ImportColumn("budget_social", "Kinh phí xã hội hóa (đồng)", kind="money", width=16),
    ImportColumn("budget_people", "Nhân dân đóng góp (đồng)", kind="money", width=16),
    ImportColumn("budget_other", "Nguồn khác (đồng)", kind="money", width=16),
    ImportColumn("labour_days", "Ngày công", kind="int", width=10),
    *(
        column
        for i in range(1, INDICATOR_SLOTS + 1)
        for column in (
            ImportColumn(
                f"ind{i}_name",
                f"Chỉ tiêu {i}",
                help="Mã hoặc tên trong danh mục chỉ tiêu, hoặc tên mới.",
                width=24,
            ),
            ImportColumn(f"ind{i}_unit", f"Đơn vị tính {i}", width=10),
            ImportColumn(f"ind{i}_target", f"Mục tiêu {i}", kind="number", width=12),
            ImportColumn(f"ind{i}_actual", f"Thực hiện {i}", kind="number", width=12),
        )
    ),
)

BY_HEADER = {fold(c.header): c for c in COLUMNS}
BY_KEY = {c.key: c for c in COLUMNS}
SHEET_NAME = "Mô hình"
