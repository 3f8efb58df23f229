"""A finished period's report counts the lifecycle as it stood at the period's end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import update

from dvk_desktop.domain.period import parse_period
from dvk_desktop.domain.vocab import Status
from dvk_desktop.services import models as model_service
from dvk_desktop.services import reporting
from dvk_desktop.storage.models import DvkModel, StatusChange
from dvk_desktop.storage.queries import stats as stats_q
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input
from tests.reports.tools import pdftotext, squash

END_OF_H1 = dt.datetime(2026, 6, 30, 23, 59, 59)


def _model(handle: WorkspaceHandle, name: str, steps: list[tuple[Status, dt.datetime]]) -> str:
    """A 2026 model moved through ``steps``, each dated as if taken on that day."""
    uuid = model_service.create_model(handle, complete_input(handle, name=name))
    for target, when in steps:
        model_service.change_status(handle, uuid, target)
        with handle.sessions() as session, session.begin():
            model_id = session.query(DvkModel.id).filter(DvkModel.uuid == uuid).scalar()
            last = (
                session.query(StatusChange)
                .filter(StatusChange.model_id == model_id)
                .order_by(StatusChange.id.desc())
                .first()
            )
            assert last is not None and last.to_status == target.value
            last.at = when
    return uuid


def _stage(stats: stats_q.Statistics, key: str) -> int:
    return stats.stage_total(key)


def test_first_half_report_printed_in_november_counts_what_stood_on_30_june(
    workspace: WorkspaceHandle,
) -> None:
    march, may, august, september = (dt.datetime(2026, m, 10) for m in (3, 5, 8, 9))
    _model(
        workspace,
        "Mô hình A thôn 3",
        [(Status.IMPLEMENTING, march), (Status.PROPOSED, september)],
    )
    _model(workspace, "Mô hình B thôn 3", [(Status.IMPLEMENTING, august)])
    _model(workspace, "Mô hình C thôn 3", [])
    _model(
        workspace,
        "Mô hình D thôn 3",
        [(Status.IMPLEMENTING, march), (Status.STOPPED, may)],
    )
    # A model that came in a package with its status has no history here: it counts as it is.
    e = _model(workspace, "Mô hình E thôn 3", [])
    with workspace.sessions() as session, session.begin():
        session.execute(
            update(DvkModel).where(DvkModel.uuid == e).values(status=Status.IMPLEMENTING.value)
        )

    with workspace.sessions() as session:
        at_end = stats_q.collect(session, stats_q.Scope(2026, 2026, as_of=END_OF_H1))
        today = stats_q.collect(session, stats_q.Scope(2026, 2026))
        detail = {
            row.values["name"]: row.values["status"]
            for row in stats_q.iter_detail(session, stats_q.Scope(2026, 2026, as_of=END_OF_H1))
        }
    assert at_end.total == today.total == 5
    assert _stage(at_end, "implementing") == 3  # A, D (before it stopped) and E
    assert _stage(today, "implementing") == 4  # B started in August
    assert _stage(at_end, "dropped") == _stage(today, "dropped") == 1  # D stopped in May
    assert detail == {
        "Mô hình A thôn 3": Status.IMPLEMENTING.value,  # proposed only in September
        "Mô hình B thôn 3": Status.REGISTERED.value,
        "Mô hình C thôn 3": Status.REGISTERED.value,
        "Mô hình D thôn 3": Status.STOPPED.value,
        "Mô hình E thôn 3": Status.IMPLEMENTING.value,
    }


def test_only_a_finished_period_is_counted_as_of_its_end() -> None:
    now = dt.datetime(2026, 11, 29, 8, 0, tzinfo=dt.UTC)
    end_h1 = reporting.as_of_end(parse_period("2026-H1"), now=now)
    assert end_h1 is not None
    # The last evening of 30/06 in the computer's time zone, stored as naive UTC.
    local_end = dt.datetime.combine(dt.date(2026, 6, 30), dt.time.max).astimezone(dt.UTC)
    assert end_h1 == local_end.replace(tzinfo=None)
    assert reporting.as_of_end(parse_period("2026"), now=now) is None  # still running
    assert reporting.as_of_end(parse_period("2021-2025"), now=now) is not None


def test_the_printed_report_and_workbook_say_which_day_the_figures_stand_on(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    _model(workspace, "Mô hình A thôn 3", [(Status.IMPLEMENTING, dt.datetime(2026, 9, 1))])
    half = parse_period("2026-H1")  # finished by the time these tests run
    pdf = tmp_path / "bc.pdf"
    reporting.print_results_report(workspace, pdf, half)
    text = squash(pdftotext(pdf))
    assert squash("6 tháng đầu năm 2026 (số liệu tính đến hết ngày 30/06/2026)") in text
    assert squash("1 mô hình, điển hình") in text
    assert squash("Trong đó 0 mô hình đã triển khai thực hiện") in text  # started in September
    xlsx = tmp_path / "tk.xlsx"
    reporting.export_statistics_xlsx(workspace, xlsx, half)
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    lines = [c.value for row in sheet.iter_rows(max_row=4) for c in row if c.value]
    assert any("số liệu tính đến hết ngày 30/06/2026" in str(v) for v in lines)
