"""The figures of a reporting period (by commune at an upper level), without printing libraries.

Kept apart from ``reporting`` so that counting for the screen does not load ReportLab and
openpyxl (most of a second).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.period import Period
from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.services import unit_history
from dvk_desktop.storage.models import Unit, Workspace
from dvk_desktop.storage.queries import stats as stats_q
from dvk_desktop.storage.workspace import WorkspaceHandle


def _ws(session: Session) -> Workspace:
    return session.scalars(select(Workspace)).one()


def scope_for(
    session: Session, period: Period, unit_code: str | None = None
) -> tuple[stats_q.Scope, bool, str]:
    """The query scope, whether this is an upper level, and the unit the figures are for.

    ``unit_code`` narrows an upper level's figures to one of its communes.
    """
    ws = _ws(session)
    upper = WorkspaceRole(ws.role) is WorkspaceRole.UPPER
    name = ws.unit_name
    if unit_code:
        unit = session.scalars(select(Unit).where(Unit.code == unit_code)).first()
        name = unit.name if unit else unit_code
    return (
        stats_q.Scope(
            period.first_year,
            period.last_year,
            source_unit_code=unit_code or None,
            as_of=as_of_end(period),
        ),
        upper,
        name,
    )


def as_of_end(period: Period, *, now: dt.datetime | None = None) -> dt.datetime | None:
    """The end of ``period`` as a stored (naive UTC) time; None while the period is running.

    A finished period's report counts statuses and commendations as they stood on its last
    evening (local time); a report of the running period counts today's.
    """
    end = dt.datetime.combine(period.end, dt.time.max).astimezone(dt.UTC).replace(tzinfo=None)
    current = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    return end if end < current else None


def collect_statistics(
    handle: WorkspaceHandle, period: Period, *, unit_code: str | None = None
) -> stats_q.Statistics:
    """The aggregates of the report set for a period (by commune too at an upper level).

    ``unit_code`` gives one commune's figures, as that commune's own report counts them.
    """
    with handle.sessions() as session:
        scope, upper, _ = scope_for(session, period, unit_code)
        stats = stats_q.collect(session, scope, by_unit=True)
        if (not upper or unit_code) and len(stats.by_unit) <= 1:
            stats.by_unit = []
        if stats.by_unit:
            mapping = unit_history.today_of(session, [u.code for u in stats.by_unit])
            if any(u.code in mapping for u in stats.by_unit):
                stats.by_unit = unit_history.named_as_registered(session, stats.by_unit)
                stats.by_today_unit = unit_history.by_today(stats.by_unit, mapping)
        return stats
