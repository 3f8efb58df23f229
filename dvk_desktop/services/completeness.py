"""Completeness at the upper level: who sent what, packages never received, evidence not held."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from dvk_desktop.domain.period import Period
from dvk_desktop.domain.vocab import PeriodState
from dvk_desktop.reports.completeness_rows import Completeness, CompletenessLine, MissingFile
from dvk_desktop.storage.models import DvkModel, Evidence, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class MissingEvidence:
    """One evidence record whose file never reached this workspace (ask the commune again)."""

    unit_code: str
    model_code: str
    model_name: str
    original_name: str
    sha256: str
    size: int


def missing_evidence(handle: WorkspaceHandle, commune: str | None = None) -> list[MissingEvidence]:
    """Live evidence of the children's models whose file the store does not hold, by commune."""
    with handle.readers() as session:
        own = session.scalars(select(Workspace.unit_code)).one()
        stmt = (
            select(
                DvkModel.source_unit_code, DvkModel.code, DvkModel.name,
                Evidence.original_name, Evidence.sha256, Evidence.size,
            )
            .join(DvkModel, Evidence.model_id == DvkModel.id)
            .where(Evidence.removed_at.is_(None), DvkModel.source_unit_code != own)
            .order_by(DvkModel.source_unit_code, DvkModel.code, Evidence.id)
        )  # fmt: skip
        if commune is not None:
            stmt = stmt.where(DvkModel.source_unit_code == commune)
        rows = list(session.execute(stmt))
    held: dict[str, bool] = {}
    out = []
    for unit, code, name, original, sha, size in rows:
        if sha not in held:
            held[sha] = handle.evidence.has(sha)
        if not held[sha]:
            out.append(MissingEvidence(unit, code, name, original, sha, size))
    return out


def gather(
    handle: WorkspaceHandle,
    period: Period | None = None,
    *,
    commune: str | None = None,
    today: dt.date | None = None,
) -> Completeness:
    """Per child unit: packages received, numbers never received, evidence not held yet."""
    from dvk_desktop.services import communes

    data = communes.overview(handle, period, today=today)
    names = {r.code: r.name for r in data.rows}
    lines = [
        CompletenessLine(
            code=r.code,
            name=r.name,
            packages=r.packages,
            last_created=r.last_package.created_at.date() if r.last_package else None,
            models=r.models,
            period_state=r.period_state.label,
            sent=r.period_state in (PeriodState.SENT, PeriodState.LATE),
            gaps=r.sequence_gaps,
            missing_evidence=r.missing_evidence,
        )
        for r in data.rows
        if commune in (None, r.code)
    ]
    missing = [
        MissingFile(
            m.unit_code,
            names.get(m.unit_code, m.unit_code),
            m.model_code,
            m.model_name,
            m.original_name,
            m.size,
            m.sha256,
        )
        for m in missing_evidence(handle, commune=commune)
    ]
    return Completeness(handle.info().unit_name, data.period.label, data.deadline, lines, missing)


def print_report(
    handle: WorkspaceHandle,
    out_path: Path,
    period: Period | None = None,
    *,
    commune: str | None = None,
    date: dt.date | None = None,
    today: dt.date | None = None,
) -> int:
    """Print the completeness report (PDF, written atomically); return the number of pages."""
    from dvk_desktop.reports.pdf.completeness_report import render_completeness
    from dvk_desktop.services.print_context import workspace_issuer

    data = gather(handle, period, commune=commune, today=today)
    with handle.readers() as session:
        issuer, signature = workspace_issuer(
            session, type_symbol="BC", date=date, year=(date or today or dt.date.today()).year
        )
    return render_completeness(out_path, data, issuer=issuer, signature=signature)


def export_xlsx(
    handle: WorkspaceHandle,
    out_path: Path,
    period: Period | None = None,
    *,
    commune: str | None = None,
    today: dt.date | None = None,
) -> Completeness:
    """Write the completeness workbook (atomically); return what it holds."""
    from dvk_desktop.reports.excel.completeness import completeness_workbook
    from dvk_desktop.storage.atomic import atomic_writer

    data = gather(handle, period, commune=commune, today=today)
    wb = completeness_workbook(data)
    with atomic_writer(out_path) as fh:
        wb.save(fh)
    return data
