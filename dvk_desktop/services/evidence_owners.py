"""Which model an evidence file belongs to, for messages about missing or damaged files."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.storage.models import DvkModel, Evidence


def owners(session: Session, hashes: Iterable[str]) -> dict[str, str]:
    """“photo.jpg” of model “name” (code) for each hash some evidence record names."""
    wanted = sorted(set(hashes))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(Evidence.sha256, Evidence.original_name, DvkModel.name, DvkModel.code)
            .join(DvkModel, Evidence.model_id == DvkModel.id)
            .where(Evidence.sha256.in_(wanted[start : start + 500]))
            .order_by(Evidence.removed_at.is_not(None), Evidence.id)
        )
        for sha, file_name, model, code in rows:
            found.setdefault(
                sha, f"“{file_name}” của mô hình “{model}”" + (f" ({code})" if code else "")
            )
    return {h: found.get(h, f"{h[:12]}…") for h in wanted}


def awaited_notes(session: Session, hashes: set[str]) -> list[str]:
    """What a commune is told when its parent asks again for evidence it never received."""
    if not hashes:
        return []
    named = owners(session, hashes)
    lines = [
        f"Cấp trên chưa nhận được {len(hashes)} tệp minh chứng; các tệp này sẽ được gửi kèm "
        "trong gói gửi cấp trên lần tới:"
    ]
    lines += [f"  {text}" for text in list(named.values())[:20]]
    return lines
