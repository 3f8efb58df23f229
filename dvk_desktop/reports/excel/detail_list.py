"""Biểu 03 – the detail list: one row per model with every field, streamed (write-only)."""

from __future__ import annotations

import math
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
from dvk_desktop.reports.excel.safe_cells import value, wrapped
from dvk_desktop.reports.excel.sheets import (
    A3,
    CELL_MARGIN,
    HEADER_ROW,
    POINTS_PER_WIDTH,
    PrintSetup,
    new_sheet,
)
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


# 41 columns cannot be read on one page at any paper size (fitted to A4 they printed at
# 0.7 pt): A3 landscape at 70 % (11 pt text prints at 7.7 pt), across as many pages as the
# columns need, with the header row and the columns naming each model repeated on every page.
PRINT = PrintSetup(paper=A3, fit_width=None, scale=70, title_columns="A:D")
# STT, year and version are plain integers: no thousands separator (2026, not 2.026).
PLAIN = frozenset({0, 4, len(COLUMNS) - 1})


# Lines of 11 pt Times New Roman in a column: its width in points over an average letter
# (about 5.2 pt for Vietnamese text), less the cell's margins. An estimate from the length
# keeps 100,000 rows cheap; it errs towards a line too many, never one too few.
_ROOM = [max(1.0, (w * POINTS_PER_WIDTH - CELL_MARGIN) / 5.2) for _, w in COLUMNS]
LINE_HEIGHT = 14.0
MAX_ROW_HEIGHT = 409.0  # the spreadsheet formats' limit


def row_values(ws: Any, values: list[Any]) -> tuple[list[Any], float]:
    """The cells of one row (text too long for its column wraps) and the height it needs.

    Only the cells that need it get the wrapping style, so a list of short texts costs what
    plain values cost.
    """
    lines = 1
    out: list[Any] = []
    for i, x in enumerate(values):
        if i in PLAIN:
            out.append(x)
        elif isinstance(x, str) and len(x) > _ROOM[i]:
            out.append(wrapped(ws, x))
            lines = max(lines, sum(math.ceil(len(p) / _ROOM[i]) or 1 for p in x.split("\n")))
        else:
            out.append(value(ws, x))
    return out, min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3)


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
        setup=PRINT,
        freeze="E5",  # keep STT, code, unit and name visible while scrolling
    )
    n = 0
    for n, row in enumerate(rows, 1):
        cells, height = row_values(ws, detail_values(n, row))
        if height > LINE_HEIGHT + 3:
            ws.row_dimensions[HEADER_ROW + n].height = height
        ws.append(cells)
        if on_row is not None and n % 500 == 0:
            on_row(n)
    return n
