"""The completeness workbook: one sheet per child unit's packages, one of the missing evidence."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook

from dvk_desktop.domain.text import format_date
from dvk_desktop.reports.completeness_rows import Completeness, gaps_text
from dvk_desktop.reports.excel.sheets import append_row, new_sheet


def completeness_workbook(data: Completeness) -> Workbook:
    """Two sheets: "Theo đơn vị" (one row per unit, totals) and "Minh chứng còn thiếu"."""
    wb = Workbook(write_only=True)
    due = f"hạn nộp {format_date(data.deadline)}" if data.deadline else "chưa đặt hạn nộp"
    subtitle = f"Đơn vị: {data.unit_name} — Kỳ báo cáo: {data.period_label} — {due}"
    header: list[tuple[str, float]] = [
        ("STT", 6), ("Mã", 8), ("Đơn vị", 30), ("Số gói đã nhận", 10),
        ("Ngày lập gói gần nhất", 13), ("Số mô hình", 10), ("Kỳ này", 14),
        ("Gói chưa nhận được (số)", 16), ("Minh chứng còn thiếu", 12),
    ]  # fmt: skip
    ws = new_sheet(
        wb, "Theo đơn vị", "TÌNH HÌNH GỬI DỮ LIỆU CỦA ĐƠN VỊ CẤP DƯỚI", subtitle,
        [h for h, _ in header], [w for _, w in header],
    )  # fmt: skip
    for n, line in enumerate(data.lines, 1):
        row: list[Any] = [
            n, line.code, line.name, line.packages, line.last_created, line.models,
            line.period_state, gaps_text(line.gaps) or None, line.missing_evidence,
        ]  # fmt: skip
        append_row(ws, row)
    append_row(
        ws,
        [None, None, "Tổng cộng", sum(x.packages for x in data.lines), None,
         sum(x.models for x in data.lines), f"{data.sent} đã gửi", None,
         sum(x.missing_evidence for x in data.lines)],
        bold=True,
    )  # fmt: skip
    header = [
        ("STT", 6), ("Mã đơn vị", 9), ("Đơn vị", 26), ("Mã mô hình", 14), ("Tên mô hình", 40),
        ("Tệp minh chứng", 30), ("Dung lượng (KB)", 11), ("Mã băm SHA-256", 20),
    ]  # fmt: skip
    ws = new_sheet(
        wb, "Minh chứng còn thiếu", "MINH CHỨNG CÁC MÔ HÌNH NHẮC TỚI NHƯNG CHƯA NHẬN ĐƯỢC",
        subtitle, [h for h, _ in header], [w for _, w in header],
    )  # fmt: skip
    for n, m in enumerate(data.missing, 1):
        append_row(
            ws,
            [n, m.unit_code, m.unit_name, m.model_code, m.model_name, m.file_name,
             max(1, round(m.size / 1024)), m.sha256],
        )  # fmt: skip
    return wb
