"""Biểu 03 – the detail list: one row per model with every field, streamed (write-only)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from openpyxl import Workbook

from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS
from dvk_desktop.domain.text import format_number
from dvk_desktop.domain.vocab import (
    EvaluationGrade,
    Field,
    LabelledEnum,
    ModelType,
    Novelty,
    OrgType,
    Status,
    SubTopic,
)
from dvk_desktop.reports.excel.safe_cells import value
from dvk_desktop.reports.excel.sheets import new_sheet
from dvk_desktop.storage.queries.stats import DetailRow

_TEXT_KEYS = [k for k in TEXT_FIELDS if k not in ("name", "place")]
COLUMNS: list[tuple[str, float]] = [
    ("STT", 7),
    ("Mã mô hình", 14),
    ("Mã đơn vị", 10),
    ("Tên mô hình", 40),
    ("Năm", 7),
    ("Lĩnh vực", 18),
    ("Loại", 10),
    ("Tính mới", 12),
    ("Trạng thái", 16),
    ("Nội dung gắn với", 24),
    ("Nhân rộng từ", 20),
    ("Đơn vị chủ trì", 28),
    ("Loại tổ chức chủ trì", 20),
    ("Cá nhân thực hiện", 22),
    ("Người phụ trách", 22),
    ("Đơn vị phối hợp", 28),
    ("Thôn, tổ dân phố", 18),
    ("Địa bàn, địa chỉ cụ thể", 28),
    ("Ngày bắt đầu", 12),
    ("Ngày kết thúc", 12),
    ("Thời điểm đánh giá", 12),
    *((TEXT_FIELDS[k][0], 40) for k in _TEXT_KEYS),
    *((f"Kinh phí: {label} (đồng)", 16) for label in BUDGET_SOURCES.values()),
    ("Ngày công", 10),
    ("Chỉ tiêu (mục tiêu → thực hiện)", 44),
    ("Điểm", 8),
    ("Xếp loại", 10),
    ("Mã định danh", 38),
    ("Phiên bản", 8),
]


def _labels(enum: type[LabelledEnum]) -> dict[str, str]:
    return {m.value: m.label for m in enum}


_FIELD, _TYPE, _NOVELTY, _STATUS = (
    _labels(Field),
    _labels(ModelType),
    _labels(Novelty),
    _labels(Status),
)
_TOPIC, _ORG, _GRADE = _labels(SubTopic), _labels(OrgType), _labels(EvaluationGrade)


def _indicators(row: DetailRow) -> str:
    parts = []
    for name, unit, target, actual in row.indicators:
        parts.append(f"{name}: {format_number(target)} → {format_number(actual)} {unit}".strip())
    return "; ".join(parts)


def detail_values(n: int, row: DetailRow) -> list[Any]:
    """The plain values of one line of the list (before cells are made safe)."""
    v = row.values
    topics = ", ".join(_TOPIC.get(t, t) for t in (v["sub_topics"] or "").split(",") if t)
    return [
        n,
        v["code"],
        v["source_unit_code"],
        v["name"],
        v["year"],
        _FIELD.get(v["field"], v["field"]),
        _TYPE.get(v["model_type"], v["model_type"]),
        _NOVELTY.get(v["novelty"], v["novelty"]),
        _STATUS.get(v["status"], v["status"]),
        topics,
        v["replicated_from_text"] or None,
        v["owner_name"],
        _ORG.get(v["owner_type"] or "", v["owner_type"]),
        v["holder_name"],
        v["lead_name"],
        ", ".join(row.coordinators) or None,
        v["village_name"],
        v["place"] or None,
        v["start_date"],
        v["end_date"],
        v["evaluation_date"],
        *((v[k] or None) for k in _TEXT_KEYS),
        *(v[k] for k in BUDGET_SOURCES),
        v["labour_days"],
        _indicators(row) or None,
        v["score"],
        _GRADE.get(v["grade"] or "", v["grade"]),
        v["uuid"],
        v["version"],
    ]


def write_detail_sheet(
    wb: Workbook,
    rows: Iterable[DetailRow],
    title: Any,
    *,
    on_row: Callable[[int], None] | None = None,
) -> int:
    """Stream the detail list into a new sheet of ``wb``; return the number of models."""
    ws = new_sheet(
        wb,
        "Biểu 03",
        "BIỂU 03 – DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO”",
        title.subtitle(),
        [c for c, _ in COLUMNS],
        [w for _, w in COLUMNS],
    )
    ws.freeze_panes = "E5"  # keep STT, code, unit and name visible while scrolling
    n = 0
    # STT, year and version are plain integers: no thousands separator (2026, not 2.026).
    plain = {0, 4, len(COLUMNS) - 1}
    for n, row in enumerate(rows, 1):
        values = detail_values(n, row)
        ws.append([x if i in plain else value(ws, x) for i, x in enumerate(values)])
        if on_row is not None and n % 500 == 0:
            on_row(n)
    return n
