"""Checking a workspace end to end: database integrity and every evidence file against its hash."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from dvk_desktop.domain.text import format_number
from dvk_desktop.storage.engine import check_integrity, current_revision
from dvk_desktop.storage.models import Evidence
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass
class IntegrityReport:
    """What was checked (lines) and what is wrong (problems), in Vietnamese."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def check_workspace(handle: WorkspaceHandle) -> IntegrityReport:
    """Run SQLite's integrity check and re-hash every evidence file still in use."""
    report = IntegrityReport()
    check_integrity(handle.paths.database)  # raises StorageError with the restore hint
    report.lines.append(f"Cơ sở dữ liệu: toàn vẹn (phiên bản {current_revision(handle.engine)}).")
    with handle.sessions() as session:
        rows = session.execute(
            select(Evidence.sha256, Evidence.original_name).where(Evidence.removed_at.is_(None))
        ).all()
    bad = 0
    for sha, name in rows:
        if not handle.evidence.verify(sha):
            bad += 1
            report.problems.append(f"Tệp minh chứng “{name}” bị thiếu hoặc hỏng ({sha[:12]}…).")
    report.lines.append(
        f"Tệp minh chứng: đã kiểm tra {format_number(len(rows))} tệp, {format_number(bad)} lỗi."
    )
    return report
