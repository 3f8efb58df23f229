"""The list of child units for an upper level: keys, packages, models, evidence, deadline state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook

from dvk_desktop.domain.text import format_date
from dvk_desktop.domain.vocab import Status
from dvk_desktop.reports.excel.sheets import append_row, new_sheet

# Status columns shown one by one; the others are summed in "Khác".
STATUS_COLUMNS = (
    Status.REGISTERED,
    Status.IMPLEMENTING,
    Status.PROPOSED,
    Status.RECOGNISED,
    Status.EXEMPLARY,
    Status.PROPOSED_AWARD,
    Status.AWARDED,
)


@dataclass(frozen=True)
class CommuneLine:
    """One child unit as written in the workbook."""

    code: str
    name: str
    key_state: str
    fingerprint: str
    packages: int
    last_sequence: int | None
    last_created: dt.date | None
    last_received: dt.date | None
    last_size_kb: int | None
    by_status: dict[str, int]
    missing_evidence: int
    gaps: str
    period_state: str


def commune_workbook(
    lines: Sequence[CommuneLine], *, unit_name: str, period_label: str, deadline: dt.date | None
) -> Workbook:
    """One sheet, one row per child unit, with a totals row."""
    wb = Workbook(write_only=True)
    header: list[tuple[str, float]] = [
        ("STT", 6),
        ("Mã", 8),
        ("Đơn vị", 28),
        ("Khóa ký", 16),
        ("Dãy số nhận dạng", 36),
        ("Số gói đã nhận", 10),
        ("Gói gần nhất (số)", 10),
        ("Ngày lập gói", 12),
        ("Ngày nhận", 12),
        ("Dung lượng (KB)", 11),
        ("Tổng số mô hình", 10),
        *((s.label, 11) for s in STATUS_COLUMNS),
        ("Khác", 8),
        ("Minh chứng còn thiếu", 11),
        ("Gói chưa nhận được (số)", 14),
        ("Kỳ này", 16),
    ]
    subtitle = f"Đơn vị: {unit_name} — Kỳ báo cáo: {period_label}"
    subtitle += f" — hạn nộp {format_date(deadline)}" if deadline else " — chưa đặt hạn nộp"
    ws = new_sheet(
        wb,
        "Đơn vị cấp dưới",
        "DANH SÁCH ĐƠN VỊ CẤP DƯỚI GỬI GÓI DỮ LIỆU",
        subtitle,
        [h for h, _ in header],
        [w for _, w in header],
    )
    totals: list[int] = [0] * (len(STATUS_COLUMNS) + 4)
    for n, line in enumerate(lines, 1):
        shown = [line.by_status.get(s.value, 0) for s in STATUS_COLUMNS]
        models = sum(line.by_status.values())
        other = models - sum(shown)
        row: list[Any] = [
            n, line.code, line.name, line.key_state, line.fingerprint or None, line.packages,
            line.last_sequence, line.last_created, line.last_received, line.last_size_kb,
            models, *shown, other, line.missing_evidence, line.gaps or None, line.period_state,
        ]  # fmt: skip
        append_row(ws, row)
        for i, v in enumerate([line.packages, models, *shown, other, line.missing_evidence]):
            totals[i] += v
    append_row(
        ws,
        [None, None, "Tổng cộng", None, None, totals[0], None, None, None, None, *totals[1:]],
        bold=True,
    )
    return wb
