"""Fast bulk inserts of models with known counts, for upper-level and large-volume tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import insert

from dvk_desktop.domain.text import fold, sort_key
from dvk_desktop.storage.models import DvkModel, ModelIndicator, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle

FIELDS = ("kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri")


def insert_models(
    handle: WorkspaceHandle,
    n: int,
    *,
    units: Sequence[str],
    year: int = 2026,
    start_id: int = 1_000_000,
) -> None:
    """Insert ``n`` models spread round-robin over ``units``, fields and types.

    Model i: unit units[i % len(units)], field FIELDS[i % 4], individual when i % 5 == 0,
    status "cong_nhan" when i % 10 == 0, one indicator HO_HUONG_LOI target 10, actual 7.
    """
    now = utcnow()
    rows: list[dict[str, object]] = []
    inds: list[dict[str, object]] = []
    with handle.engine.begin() as conn:
        for i in range(n):
            mid = start_id + i
            name = f"Mô hình tổng hợp số {i}"
            rows.append(
                {
                    "id": mid,
                    "uuid": f"10000000-0000-4000-8000-{mid:012d}",
                    "version": 1,
                    "source_unit_code": units[i % len(units)],
                    "code": f"MH-{year}-{i:06d}",
                    "name": name,
                    "name_folded": fold(name),
                    "name_sort": sort_key(name),
                    "search_text": fold(name),
                    "model_type": "ca_nhan" if i % 5 == 0 else "tap_the",
                    "field": FIELDS[i % 4],
                    "sub_topics": "",
                    "novelty": "moi",
                    "replicated_from_text": "",
                    "year": year,
                    "status": "cong_nhan" if i % 10 == 0 else "dang_thuc_hien",
                    "place": "Thôn 1",
                    "start_date": dt.date(year, 1, 1),
                    "end_date": dt.date(year, 12, 1),
                    "evaluation_date": dt.date(year, 10, 1),
                    "reason": "Lý do",
                    "goals": "Mục tiêu cụ thể",
                    "content": "Nội dung thực hiện",
                    "target_group": "",
                    "forces": "",
                    "other_resources": "",
                    "schedule": "",
                    "outputs": "Kết quả",
                    "sustainability": "",
                    "note": "",
                    "budget_state": 1000,
                    "budget_social": 2000,
                    "budget_people": 0,
                    "budget_other": 0,
                    "labour_days": 3,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            inds.append(
                {
                    "model_id": mid,
                    "position": 0,
                    "code": "HO_HUONG_LOI",
                    "name": "Hộ hưởng lợi",
                    "unit": "hộ",
                    "target": 10,  # Core inserts apply the Quantity type (stored as thousandths)
                    "actual": 7,
                }
            )
            if len(rows) == 10_000:
                conn.execute(insert(DvkModel.__table__), rows)
                conn.execute(insert(ModelIndicator.__table__), inds)
                rows, inds = [], []
        if rows:
            conn.execute(insert(DvkModel.__table__), rows)
            conn.execute(insert(ModelIndicator.__table__), inds)
