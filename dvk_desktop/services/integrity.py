"""Checking a workspace end to end: database integrity and every evidence file against its hash."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from dvk_desktop.domain.text import format_number
from dvk_desktop.services.evidence_owners import owners
from dvk_desktop.storage import store_marks
from dvk_desktop.storage.engine import check_integrity, current_revision
from dvk_desktop.storage.holders import describe_holders
from dvk_desktop.storage.models import Evidence, EvidenceDerivative
from dvk_desktop.storage.recovery import sweep_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle

# Files another open program stored in the last hour may not be recorded yet: spare them.
GRACE_SECONDS = 3600.0


@dataclass
class IntegrityReport:
    """What was checked (lines) and what is wrong (problems), in Vietnamese."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unreferenced: int = 0


def check_workspace(handle: WorkspaceHandle) -> IntegrityReport:
    """Check the database (SQLite's integrity check) and re-hash every evidence file in use."""
    report = IntegrityReport()
    revision = current_revision(handle.engine)
    if handle.engine.dialect.name == "sqlite":
        check_integrity(handle.paths.database)  # raises StorageError with the restore hint
        report.lines.append(f"Cơ sở dữ liệu: toàn vẹn (phiên bản {revision}).")
    else:
        # A shared PostgreSQL database has no file here to check page by page: the server
        # keeps its own checksums; what this PC can check is that it answers at our schema.
        report.lines.append(
            f"Cơ sở dữ liệu chung trên máy chủ: kết nối được (phiên bản {revision}); "
            "việc kiểm tra tệp dữ liệu do máy chủ đảm nhận."
        )
    with handle.sessions() as session:
        rows = session.execute(
            select(Evidence.sha256, Evidence.original_name).where(Evidence.removed_at.is_(None))
        ).all()
    bad_hashes = [sha for sha, _name in rows if not handle.evidence.verify(sha)]
    bad = len(bad_hashes)
    if bad_hashes:
        with handle.readers() as session:
            named = owners(session, bad_hashes)
        for sha in bad_hashes:
            state = "bị thiếu" if not handle.evidence.has(sha) else "bị hỏng (không khớp mã băm)"
            report.problems.append(
                f"Tệp minh chứng {named[sha]} {state} ({sha[:12]}…): hãy đính kèm lại tệp "
                "gốc, khôi phục từ bản sao lưu, hoặc đề nghị bên gửi gửi lại."
            )
    report.lines.append(
        f"Tệp minh chứng: đã kiểm tra {format_number(len(rows))} tệp, {format_number(bad)} lỗi."
    )
    orphans = unreferenced_files(handle)
    if orphans:
        report.unreferenced = len(orphans)
        report.lines.append(
            f"Kho có {format_number(len(orphans))} tệp không thuộc minh chứng nào (còn lại "
            "sau một lần nhập bị ngắt)."
        )
    return report


def unreferenced_files(handle: WorkspaceHandle) -> list[str]:
    """Store files that no evidence record (active or removed) or reduced copy names."""
    with handle.readers() as session:
        named = set(session.scalars(select(Evidence.sha256)))
        for original, copy in session.execute(
            select(EvidenceDerivative.original_sha256, EvidenceDerivative.sha256)
        ):
            named |= {original, copy}
    others = describe_holders(
        handle.paths.root, exclude=handle.holder.path if handle.holder else None
    )
    # On a shared PostgreSQL database other PCs leave no note here, but may be importing.
    shared = handle.engine.dialect.name != "sqlite"
    return handle.evidence.unreferenced(
        named, older_than=GRACE_SECONDS if (others or shared) else 0
    )


def collect_unreferenced(handle: WorkspaceHandle) -> tuple[int, int]:
    """Delete unreferenced store files and crash leftovers; return (files, bytes) freed.

    Run by ``dvk db check --repair``, and after a successful import that finds the mark of
    one that did not finish (a killed import leaves the evidence it had stored but never
    recorded; see storage.store_marks).
    """
    if handle.read_only:
        return 0, 0
    freed = 0
    marks = store_marks.interrupted(handle.paths.root)  # before the walk: it covers them
    orphans = unreferenced_files(handle)
    for sha in orphans:
        path = handle.evidence.path_for(sha)
        try:
            freed += path.stat().st_size
        except OSError:
            continue
        handle.evidence.remove(sha)
    for leftover in sweep_workspace(handle.paths.root, evidence=handle.paths.evidence):
        freed += _size(leftover)
    store_marks.clear(marks)
    return len(orphans), freed


def collect_after_interrupted_import(handle: WorkspaceHandle) -> tuple[int, int]:
    """What :func:`collect_unreferenced` does, when an import ended before its commit.

    Run after every successful import: most find no mark and cost one directory listing.
    """
    if handle.read_only or not store_marks.interrupted(handle.paths.root):
        return 0, 0
    return collect_unreferenced(handle)


def _size(path: object) -> int:
    from pathlib import Path

    try:
        return Path(str(path)).stat().st_size
    except OSError:
        return 0
