"""A finished period's figures on PostgreSQL: the history read with window functions there too."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from dvk_desktop.domain.vocab import Status
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.queries import stats as stats_q
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.reports.test_period_as_of import END_OF_H1, _model
from tests.storage.test_postgres import pg_workspace

pytestmark = pytest.mark.postgres
__all__ = ["pg_workspace"]  # the fixture, shared with the other PostgreSQL tests


def test_postgres_counts_a_finished_period_as_it_stood(pg_workspace: WorkspaceHandle) -> None:
    march, may, august, september = (dt.datetime(2026, m, 10) for m in (3, 5, 8, 9))
    _model(
        pg_workspace,
        "Mô hình A thôn 3",
        [(Status.IMPLEMENTING, march), (Status.PROPOSED, september)],
    )
    _model(pg_workspace, "Mô hình B thôn 3", [(Status.IMPLEMENTING, august)])
    _model(pg_workspace, "Mô hình D thôn 3", [(Status.IMPLEMENTING, march), (Status.STOPPED, may)])
    e = _model(pg_workspace, "Mô hình E thôn 3", [])
    with pg_workspace.sessions() as session, session.begin():
        session.execute(
            update(DvkModel).where(DvkModel.uuid == e).values(status=Status.IMPLEMENTING.value)
        )
    with pg_workspace.sessions() as session:
        at_end = stats_q.collect(session, stats_q.Scope(2026, 2026, as_of=END_OF_H1), by_unit=True)
        today = stats_q.collect(session, stats_q.Scope(2026, 2026), by_unit=True)
    assert at_end.stage_total("implementing") == 3  # A, D (before it stopped) and E
    assert today.stage_total("implementing") == 4
    assert at_end.stage_total("dropped") == 1
    [unit] = at_end.by_unit
    assert (unit.collective, unit.stages["implementing"]) == (4, 3)
