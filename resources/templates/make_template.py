"""Generate mau-nhap-mo-hinh.xlsx, the spreadsheet template of the model import (run to refresh).

Usage: python resources/templates/make_template.py  (writes the file next to this script)
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dvk_desktop.domain.indicators import DEFAULT_CATALOGUE
from dvk_desktop.domain.vocab import Field, Gender, ModelType, Novelty, OrgType, SubTopic
from dvk_desktop.reports.excel.import_columns import COLUMNS, SHEET_NAME

OUT = Path(__file__).resolve().parent / "mau-nhap-mo-hinh.xlsx"
FIXED_TIME = dt.datetime(2026, 1, 1)  # a stable file for version control

GUIDE = [
    "HƯỚNG DẪN NHẬP MÔ HÌNH “DÂN VẬN KHÉO” TỪ BẢNG TÍNH",
    "",
    "1. Nhập mỗi mô hình trên một dòng của trang “Mô hình”, bắt đầu từ dòng 2; không đổi tên cột.",
    "2. Cột có dấu * trong ghi chú là bắt buộc: Tên mô hình, Năm đăng ký, Loại mô hình, Lĩnh vực.",
    "3. Ngày ghi theo dạng ngày/tháng/năm (ví dụ 15/01/2026); số tiền ghi số đồng chẵn.",
    "4. Không dùng công thức; nếu chép từ bảng tính khác, hãy dán giá trị "
    "(Dán đặc biệt → Giá trị).",
    "5. Đơn vị chủ trì, đơn vị phối hợp, thôn/tổ dân phố và người được đối chiếu theo tên với danh "
    "mục trong phần mềm, không phân biệt chữ hoa, chữ thường và dấu. Tên không có trong danh "
    "mục là lỗi, trừ khi chọn “tạo mới những mục chưa có” khi nhập.",
    "6. Mô hình duy trì ghi mã mô hình năm trước (ví dụ MH-2025-004).",
    "7. Chỉ tiêu ghi mã hoặc tên trong danh mục (trang “Danh mục”); chỉ tiêu mới cần ghi "
    "đơn vị tính.",
    "8. Phần mềm kiểm tra từng dòng trước; chỉ khi mọi dòng hợp lệ (hoặc người dùng đồng ý chỉ "
    "nhập các dòng hợp lệ) thì dữ liệu mới được ghi, tất cả trong một lần.",
    "",
    "Ví dụ một dòng:",
]
EXAMPLE = {
    "name": "Thắp sáng đường quê thôn 3",
    "year": 2026,
    "model_type": "Tập thể",
    "field": "Văn hóa - xã hội",
    "novelty": "Mới",
    "owner": "Đoàn Thanh niên xã",
    "village": "Thôn 3",
    "place": "Thôn 3, xã Bình Sa",
    "start_date": "15/01/2026",
    "end_date": "15/12/2026",
    "evaluation_date": "15/10/2026",
    "goals": "Lắp 270 bóng đèn trên 10.700 m đường thôn",
    "content": "Vận động Nhân dân đóng góp tiền và ngày công",
    "ind1_name": "Đèn chiếu sáng",
    "ind1_target": 270,
}


def build() -> Workbook:
    """Build the template workbook."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_NAME
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for i, column in enumerate(COLUMNS, 1):
        cell = ws.cell(row=1, column=i, value=column.header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        note = ("* Bắt buộc. " if column.required else "") + column.help
        if note.strip():
            cell.comment = Comment(note.strip(), "DVK Desktop")
        ws.column_dimensions[get_column_letter(i)].width = column.width
        if column.kind == "date":
            for row in range(2, 1002):
                ws.cell(row=row, column=i).number_format = "DD/MM/YYYY"
    ws.freeze_panes = "C2"
    ws.row_dimensions[1].height = 45

    lists = wb.create_sheet("Danh mục")
    catalogues = {
        "Loại mô hình": [m.label for m in ModelType],
        "Lĩnh vực": [m.label for m in Field],
        "Tính mới": [m.label for m in Novelty],
        "Giới tính": [m.label for m in Gender],
        "Loại tổ chức": [m.label for m in OrgType],
        "Nội dung gắn với": [m.label for m in SubTopic],
    }
    ranges = {}
    for c, (title, values) in enumerate(catalogues.items(), 1):
        letter = get_column_letter(c)
        lists.cell(row=1, column=c, value=title).font = bold
        lists.column_dimensions[letter].width = 34
        for r, label in enumerate(values, 2):
            lists.cell(row=r, column=c, value=label)
        ranges[title] = f"'Danh mục'!${letter}$2:${letter}${len(values) + 1}"
    base = len(catalogues) + 2
    for j, title in enumerate(("Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính")):
        lists.cell(row=1, column=base + j, value=title).font = bold
        lists.column_dimensions[get_column_letter(base + j)].width = 30
    for r, item in enumerate(DEFAULT_CATALOGUE, 2):
        for j, text in enumerate((item.code, item.name, item.unit)):
            lists.cell(row=r, column=base + j, value=text)

    choice_lists = {
        "model_type": "Loại mô hình",
        "field": "Lĩnh vực",
        "novelty": "Tính mới",
        "holder_gender": "Giới tính",
        "owner_type": "Loại tổ chức",
    }
    for i, column in enumerate(COLUMNS, 1):
        if column.key in choice_lists:
            letter = get_column_letter(i)
            dv = DataValidation(
                type="list",
                formula1=ranges[choice_lists[column.key]],
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Giá trị không hợp lệ",
                error="Hãy chọn một giá trị trong danh sách.",
            )
            dv.add(f"{letter}2:{letter}1001")
            ws.add_data_validation(dv)

    guide = wb.create_sheet("Hướng dẫn")
    guide.column_dimensions["A"].width = 120
    for r, line in enumerate(GUIDE, 1):
        cell = guide.cell(row=r, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True)
        if r == 1:
            cell.font = Font(bold=True, size=14)
    start = len(GUIDE) + 1
    for i, column in enumerate(COLUMNS):
        guide.cell(row=start + i, column=1, value=f"{column.header}: {EXAMPLE.get(column.key, '')}")
    wb.properties.created = wb.properties.modified = FIXED_TIME
    wb.properties.creator = "DVK Desktop"
    wb.properties.title = "Mẫu nhập mô hình “Dân vận khéo”"
    return wb


def main() -> None:
    """Write the template next to this script."""
    build().save(OUT)
    print(f"Đã tạo {OUT}")  # noqa: T201 - a developer script


if __name__ == "__main__":
    main()
