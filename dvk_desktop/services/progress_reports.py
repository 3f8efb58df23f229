"""Periodic progress reports of a model: what was done, indicator actuals, lessons, evidence.

A report and its attached files are saved together or not at all: every file is checked and
copied into the evidence store first (a file in the store that no record names is harmless),
then one transaction writes the report, its figures and its evidence records. A file the model
already holds is linked to the report instead of being refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.text import clean, format_date
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services import audit
from dvk_desktop.services import evidence as evidence_service
from dvk_desktop.services.models import get_row
from dvk_desktop.storage.models import (
    DvkModel,
    Evidence,
    ProgressReport,
    ProgressValue,
    Tombstone,
    utcnow,
)
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class Attachment:
    """A piece of evidence attached to a report, as the report dialog lists it."""

    uuid: str
    name: str


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
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class NewFile:
    """A file to attach: its path, caption and the date it was taken (from EXIF) if known."""

    path: Path
    caption: str = ""
    taken_on: dt.date | None = None


@dataclass
class SavedReport:
    """The report written, and what the user should know about its files."""

    uuid: str
    added: int = 0
    linked: int = 0
    notes: list[str] = field(default_factory=list)


def _check_text(report_date: dt.date, done: str, today: dt.date | None) -> str:
    done = clean(done)
    if len(done) < 5:
        raise ValidationError(_t("Hãy ghi rõ những việc đã làm trong kỳ báo cáo."))
    if report_date > (today or dt.date.today()) + dt.timedelta(days=1):
        raise ValidationError(
            _t(
                "Ngày báo cáo {report_date} ở tương lai.",
                report_date=format_date(report_date),
            )
        )
    return done


def _check_actuals(model: DvkModel, actuals: dict[str, Decimal | None]) -> None:
    codes = {i.code: i for i in model.indicators}
    unknown = sorted(set(actuals) - set(codes))
    if unknown:
        raise ValidationError(
            _t("Mô hình không có chỉ tiêu: {codes}.", codes=", ".join(unknown)),
            hint=_t("Hãy thêm chỉ tiêu vào bản đăng ký trước."),
        )
    for code, value in actuals.items():
        if value is not None and value < 0:
            raise ValidationError(
                _t(
                    "Giá trị thực hiện của “{name}” không được âm.",
                    name=codes[code].name,
                )
            )


def _report_row(session: Session, model: DvkModel, uuid: str) -> ProgressReport:
    row = session.scalars(select(ProgressReport).where(ProgressReport.uuid == uuid)).first()
    if row is None or row.model_id != model.id:
        raise NotFoundError(_t("Không tìm thấy báo cáo tiến độ này; có thể nó vừa bị xóa."))
    return row


def _refresh_actuals(
    session: Session, model: DvkModel, codes: set[str], dropped: dict[str, Decimal | None]
) -> None:
    """Each indicator's actual is the figure of its latest report that gives one.

    When no report gives one any more (the only report was deleted or its figure cleared), a
    value typed in the registration stays; the figure that came from the report goes.
    """
    session.flush()
    for indicator in model.indicators:
        if indicator.code not in codes:
            continue
        latest = session.execute(
            select(ProgressValue.actual)
            .join(ProgressReport, ProgressValue.report_id == ProgressReport.id)
            .where(
                ProgressReport.model_id == model.id,
                ProgressValue.indicator_code == indicator.code,
            )
            .order_by(ProgressReport.report_date.desc(), ProgressReport.id.desc())
            .limit(1)
        ).first()
        if latest is not None:
            indicator.actual = latest[0]
        elif indicator.code in dropped and indicator.actual == dropped[indicator.code]:
            indicator.actual = None


def _attach(
    session: Session,
    model: DvkModel,
    report: ProgressReport,
    files: list[tuple[NewFile, str, int]],
    saved: SavedReport,
) -> None:
    """Record the stored files as the report's evidence; link the ones the model already has."""
    for new, sha, size in files:
        existing = session.scalars(
            select(Evidence).where(Evidence.model_id == model.id, Evidence.sha256 == sha)
        ).first()
        name = clean(new.path.name)
        if existing is None:
            row = evidence_service.new_row(
                model.id, new.path, sha, size, caption=new.caption, taken_on=new.taken_on,
                report_id=report.id,
            )  # fmt: skip
            session.add(row)
            session.flush()
            saved.added += 1
            audit.record(
                session, action="create", entity="evidence", entity_uuid=row.uuid,
                after={"model": model.uuid, "sha256": sha, "name": row.original_name,
                       "progress_report": report.uuid},
            )  # fmt: skip
            continue
        other = existing.progress_report_id not in (None, report.id)
        if existing.removed_at is None and other:
            # The photo documents an earlier report; it stays there (one report per file).
            when = session.get(ProgressReport, existing.progress_report_id)
            saved.notes.append(
                _t(
                    "Tệp “{name}” đã là minh chứng của báo cáo ngày {value}; giữ nguyên ở "
                    "báo cáo đó.",
                    name=name,
                    value=format_date(when.report_date) if when else "—",
                )
            )
            continue
        if existing.removed_at is None and existing.progress_report_id == report.id:
            continue  # attached twice in one dialog, or already this report's
        existing.removed_at = None
        existing.progress_report_id = report.id
        saved.linked += 1
        saved.notes.append(
            _t(
                "Tệp “{name}” đã có trong minh chứng của mô hình (“{original_name}”): đã "
                "gắn vào báo cáo này, không lưu thêm bản sao.",
                name=name,
                original_name=existing.original_name,
            )
        )
        audit.record(
            session, action="link", entity="evidence", entity_uuid=existing.uuid,
            after={"progress_report": report.uuid},
        )  # fmt: skip


def _store_files(
    handle: WorkspaceHandle,
    attach: Sequence[NewFile],
    reporter: ProgressReporter,
    cancel: CancelToken,
) -> list[tuple[NewFile, str, int]]:
    for new in attach:
        evidence_service.check_source(handle, new.path)
    stored = []
    for n, new in enumerate(attach):
        reporter.report(n, len(attach), new.path.name)
        sha, size = handle.evidence.add_file(new.path, cancel=cancel)
        stored.append((new, sha, size))
    return stored


def save_progress_report(
    handle: WorkspaceHandle,
    model_uuid: str,
    *,
    report_uuid: str | None = None,
    report_date: dt.date,
    period_label: str = "",
    done: str,
    lessons: str = "",
    actuals: dict[str, Decimal | None] | None = None,
    attach: Sequence[NewFile] = (),
    detach: Sequence[str] = (),
    today: dt.date | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> SavedReport:
    """Write a new report (``report_uuid`` None) or change one, with its files, all or nothing.

    ``actuals`` replaces the report's figures; ``detach`` names evidence to take off the report
    (it stays among the model's evidence).
    """
    done = _check_text(report_date, done, today)
    actuals = dict(actuals or {})
    with handle.sessions() as session:  # refuse before copying files, not after
        model = get_row(session, model_uuid)
        evidence_service.check_owner(session, model)
        if attach:
            _check_actuals(model, actuals)
    stored = _store_files(handle, attach, reporter or NullReporter(), cancel or CancelToken())
    with handle.sessions() as session, session.begin():
        model = get_row(session, model_uuid)
        _check_actuals(model, actuals)
        if report_uuid is None:
            report = ProgressReport(model_id=model.id, report_date=report_date)
            session.add(report)
            before: dict[str, object] | None = None
            old_values: dict[str, Decimal | None] = {}
        else:
            report = _report_row(session, model, report_uuid)
            old_values = {v.indicator_code: v.actual for v in report.values}
            before = _snapshot(report, model.uuid)
        report.report_date = report_date
        report.period_label = clean(period_label)[:100]
        report.done = done[:8000]
        report.lessons = clean(lessons)[:8000]
        # Old figures go first: a figure is keyed by (report, indicator); new ones reuse keys.
        report.values.clear()
        session.flush()
        report.values.extend(ProgressValue(indicator_code=c, actual=v) for c, v in actuals.items())
        session.flush()
        saved = SavedReport(report.uuid)
        for uuid in detach:
            row = session.scalars(select(Evidence).where(Evidence.uuid == uuid)).first()
            if row is not None and row.progress_report_id == report.id:
                row.progress_report_id = None
        _attach(session, model, report, stored, saved)
        dropped = {c: v for c, v in old_values.items() if c not in actuals}
        _refresh_actuals(session, model, set(old_values) | set(actuals), dropped)
        model.updated_at = utcnow()
        audit.record(
            session,
            action="create" if before is None else "update",
            entity="progress_report",
            entity_uuid=report.uuid,
            before=before,
            after=_snapshot(report, model.uuid),
        )
        return saved


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
    """Record a progress report without files; return its uuid."""
    return save_progress_report(
        handle, model_uuid, report_date=report_date, period_label=period_label, done=done,
        lessons=lessons, actuals=actuals, today=today,
    ).uuid  # fmt: skip


def delete_progress_report(handle: WorkspaceHandle, model_uuid: str, report_uuid: str) -> None:
    """Delete a report; its evidence stays with the model, its content stays in the audit log."""
    with handle.sessions() as session, session.begin():
        model = get_row(session, model_uuid)
        evidence_service.check_owner(session, model)
        report = _report_row(session, model, report_uuid)
        before = _snapshot(report, model.uuid)
        old_values = {v.indicator_code: v.actual for v in report.values}
        evidence = list(
            session.scalars(select(Evidence).where(Evidence.progress_report_id == report.id))
        )
        before["evidence"] = [e.original_name for e in evidence]
        for row in evidence:
            row.progress_report_id = None
        session.delete(report)
        # Remembered so that packages can carry the deletion to the upper level.
        session.add(Tombstone(uuid=report_uuid, entity="progress_report"))
        _refresh_actuals(session, model, set(old_values), old_values)
        model.updated_at = utcnow()
        audit.record(
            session, action="delete", entity="progress_report", entity_uuid=report_uuid,
            before=before,
        )  # fmt: skip


def _snapshot(report: ProgressReport, model_uuid: str) -> dict[str, object]:
    return {
        "model": model_uuid,
        "report_date": report.report_date,
        "period_label": report.period_label,
        "done": report.done,
        "lessons": report.lessons,
        "values": {v.indicator_code: v.actual for v in report.values},
    }


def timeline(handle: WorkspaceHandle, model_uuid: str) -> list[ProgressEntry]:
    """A model's progress reports, oldest first, with the evidence attached to each."""
    with handle.sessions() as session:
        model = get_row(session, model_uuid)
        reports = session.scalars(
            select(ProgressReport)
            .where(ProgressReport.model_id == model.id)
            .order_by(ProgressReport.report_date, ProgressReport.id)
        ).all()
        attached: dict[int, list[Attachment]] = {}
        for report_id, uuid, name in session.execute(
            select(Evidence.progress_report_id, Evidence.uuid, Evidence.original_name)
            .where(Evidence.model_id == model.id, Evidence.removed_at.is_(None))
            .order_by(Evidence.id)
        ):
            if report_id is not None:
                attached.setdefault(report_id, []).append(Attachment(uuid, name))
        return [
            ProgressEntry(
                r.uuid,
                r.report_date,
                r.period_label,
                r.done,
                r.lessons,
                {v.indicator_code: v.actual for v in r.values},
                len(attached.get(r.id, [])),
                tuple(attached.get(r.id, [])),
            )
            for r in reports
        ]
