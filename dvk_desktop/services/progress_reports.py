"""Periodic progress reports of a model: what was done, indicator actuals, lessons learned."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from dvk_desktop.domain.text import clean, format_date
from dvk_desktop.errors import ValidationError
from dvk_desktop.services import audit
from dvk_desktop.services.models import get_row
from dvk_desktop.storage.models import Evidence, ProgressReport, ProgressValue, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class ProgressEntry:
    """One entry of a model's timeline."""

    uuid: str
    report_date: dt.date
    period_label: str
    done: str
    lessons: str
    values: dict[str, Decimal | None]
    evidence_count: int


def add_progress_report(
    handle: WorkspaceHandle,
    model_uuid: str,
    *,
    report_date: dt.date,
    period_label: str = "",
    done: str,
    lessons: str = "",
    actuals: dict[str, Decimal | None] | None = None,
    today: dt.date | None = None,
) -> str:
    """Record a progress report; the indicators' actual values become the reported ones."""
    done = clean(done)
    if len(done) < 5:
        raise ValidationError("Hãy ghi rõ những việc đã làm trong kỳ báo cáo.")
    if report_date > (today or dt.date.today()) + dt.timedelta(days=1):
        raise ValidationError(f"Ngày báo cáo {format_date(report_date)} ở tương lai.")
    actuals = actuals or {}
    with handle.sessions() as session, session.begin():
        model = get_row(session, model_uuid)
        codes = {i.code: i for i in model.indicators}
        unknown = sorted(set(actuals) - set(codes))
        if unknown:
            raise ValidationError(
                f"Mô hình không có chỉ tiêu: {', '.join(unknown)}.",
                hint="Hãy thêm chỉ tiêu vào bản đăng ký trước.",
            )
        for code, value in actuals.items():
            if value is not None and value < 0:
                raise ValidationError(f"Giá trị thực hiện của “{codes[code].name}” không được âm.")
        report = ProgressReport(
            model_id=model.id,
            report_date=report_date,
            period_label=clean(period_label)[:100],
            done=done[:8000],
            lessons=clean(lessons)[:8000],
        )
        for code, value in actuals.items():
            report.values.append(ProgressValue(indicator_code=code, actual=value))
            # The latest report's figures are the model's current actuals.
            latest = session.scalar(
                select(ProgressReport.report_date)
                .where(ProgressReport.model_id == model.id)
                .order_by(ProgressReport.report_date.desc())
            )
            if latest is None or report_date >= latest:
                codes[code].actual = value
        session.add(report)
        model.updated_at = utcnow()
        session.flush()
        audit.record(
            session,
            action="create",
            entity="progress_report",
            entity_uuid=report.uuid,
            after={"model": model.uuid, "date": report_date, "actuals": actuals},
        )
        return report.uuid


def timeline(handle: WorkspaceHandle, model_uuid: str) -> list[ProgressEntry]:
    """A model's progress reports, oldest first."""
    with handle.sessions() as session:
        model = get_row(session, model_uuid)
        reports = session.scalars(
            select(ProgressReport)
            .where(ProgressReport.model_id == model.id)
            .order_by(ProgressReport.report_date, ProgressReport.id)
        ).all()
        out = []
        for r in reports:
            n = len(
                session.scalars(
                    select(Evidence.id).where(
                        Evidence.progress_report_id == r.id, Evidence.removed_at.is_(None)
                    )
                ).all()
            )
            out.append(
                ProgressEntry(
                    r.uuid,
                    r.report_date,
                    r.period_label,
                    r.done,
                    r.lessons,
                    {v.indicator_code: v.actual for v in r.values},
                    n,
                )
            )
        return out
