"""Printing and reports: resolve the records, render PDFs and workbooks, write them atomically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from dvk_desktop.domain import codes
from dvk_desktop.domain.period import Period
from dvk_desktop.domain.rubric import Rubric
from dvk_desktop.domain.text import fold, format_date, format_number
from dvk_desktop.domain.vocab import (
    AwardForm,
    DecisionKind,
    EvaluationGrade,
    Field,
    ModelType,
)
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.reports.excel.statistics import WorkbookTitle, build_statistics_workbook
from dvk_desktop.reports.pdf.evaluation_sheet import (
    EvaluationSheet,
    MemberScores,
    render_evaluation_sheet,
)
from dvk_desktop.reports.pdf.model_list import ListEntry, ListKind, render_model_list
from dvk_desktop.reports.pdf.qr import FormStamp
from dvk_desktop.reports.pdf.registration_form import render_registration_forms
from dvk_desktop.reports.pdf.results_report import ReportContext, render_results_report
from dvk_desktop.services.evaluations import score_in_session
from dvk_desktop.services.models import get_row, snapshot
from dvk_desktop.services.print_context import (
    FormShared,
    evidence_by_model,
    form_context,
    lower_first,
    settings_of,
    workspace_issuer,
    workspace_row,
)
from dvk_desktop.services.statistics import as_of_end, collect_statistics
from dvk_desktop.services.statistics import scope_for as _scope
from dvk_desktop.storage.atomic import atomic_writer
from dvk_desktop.storage.models import (
    Decision,
    DvkModel,
    IndicatorVillageValue,
    ModelCoordinator,
    ModelIndicator,
    Person,
    Unit,
    Workspace,
)
from dvk_desktop.storage.queries import stats as stats_q
from dvk_desktop.storage.workspace import WorkspaceHandle


def _settings(session: Session) -> dict[str, str]:
    return settings_of(session)


def _ws(session: Session) -> Workspace:
    return workspace_row(session)


def _preload(session: Session, refs: Sequence[str]) -> dict[str, DvkModel]:
    """Load the named models with everything a form shows in a few queries (batch printing).

    Returns the rows by uuid and by code; their relationships are already loaded, so building
    a thousand forms does not go back to the database for each of them.
    """
    wanted = list(dict.fromkeys(refs))
    found: dict[str, DvkModel] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.scalars(
            select(DvkModel)
            .where(or_(DvkModel.uuid.in_(chunk), DvkModel.code.in_(chunk)))
            .options(
                selectinload(DvkModel.owner_org),
                selectinload(DvkModel.holder).selectinload(Person.village),
                selectinload(DvkModel.lead).selectinload(Person.village),
                selectinload(DvkModel.village),
                selectinload(DvkModel.continues),
                selectinload(DvkModel.replicated_from),
                selectinload(DvkModel.indicators)
                .selectinload(ModelIndicator.villages)
                .selectinload(IndicatorVillageValue.village),
                selectinload(DvkModel.coordinators).selectinload(ModelCoordinator.organisation),
            )
        ).all()
        for row in rows:
            found[row.uuid] = found.setdefault(row.code, row)
    return found


def print_registration_forms(
    handle: WorkspaceHandle,
    refs: Sequence[str],
    out_path: Path,
    *,
    date: dt.date | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> list[FormStamp]:
    """Print the registration forms of the models named by uuid or code into one PDF.

    Returns the QR stamps (uuid, version, content hash) in the order of ``refs``.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    if not refs:
        raise ValidationError(_t("Chưa chọn mô hình nào để in."))
    forms = []
    with handle.sessions() as session:
        loaded = _preload(session, refs)
        shared = FormShared.load(session)
        evidence = evidence_by_model(session, sorted({r.id for r in loaded.values()}))
        for i, ref in enumerate(refs):
            if i % 50 == 0:
                cancel.check()
                reporter.report(i, len(refs), ref)
            row = loaded.get(ref) or get_row(session, ref)
            ctx = form_context(
                session, row, date=date, shared=shared, evidence=evidence.get(row.id)
            )
            forms.append((snapshot(row), ctx))
    cancel.check()
    stamps = render_registration_forms(out_path, forms)
    reporter.report(len(refs), len(refs), "")
    return stamps


def print_evaluation_sheet(
    handle: WorkspaceHandle,
    ref: str,
    out_path: Path,
    *,
    blank: bool = False,
    rubric: Rubric | None = None,
    date: dt.date | None = None,
) -> int:
    """Print a model's scoring sheet: every member's points, comments and the average.

    ``blank`` prints an empty sheet of the model's rubric to score by hand (``rubric``
    overrides which one).
    """
    with handle.sessions() as session:
        row = get_row(session, ref)
        scoring = score_in_session(session, _ws(session), row)
        issuer, _ = workspace_issuer(session, type_symbol="PCĐ", date=date, year=row.year)
        owner = (
            row.holder.full_name if row.holder else (row.owner_org.name if row.owner_org else "")
        )
        place = row.place
        if row.village is not None and fold(row.village.name) not in fold(place):
            place = ", ".join(x for x in (row.village.name, place) if x)
        members = [] if blank else [
            MemberScores(s.member, s.position, s.scores, s.total, s.grade.label, s.comment,
                         s.evaluated_on)
            for s in scoring.sheets
        ]  # fmt: skip
        sheet = EvaluationSheet(
            issuer=issuer,
            rubric=rubric or scoring.rubric.rubric,
            model_name=row.name,
            # At the upper level codes restart in every commune: print the commune's code too.
            model_code=row.code
            if row.source_unit_code == _ws(session).unit_code
            else codes.qualified(row.source_unit_code, row.code),
            model_type=ModelType(row.model_type).label,
            field=Field(row.field).label,
            owner=owner,
            place=place,
            year=row.year,
            grade="" if blank else scoring.grade_label,
            members=members,
            average=None if blank else scoring.average,
            rubric_title=scoring.rubric.title if rubric is None else "",
        )
    return render_evaluation_sheet(out_path, sheet)


def _result_text(row: DvkModel) -> str:
    parts = [
        f"{i.name}: {format_number(i.actual if i.actual is not None else i.target)} {i.unit}"
        for i in row.indicators
    ]
    return "; ".join(parts) or row.outputs


def _list_entries(session: Session, rows: Sequence[DvkModel]) -> list[ListEntry]:
    """Models as printed on a list; at an upper level each place names its commune too."""
    own = _ws(session).unit_code
    names = {code: name for code, name in session.execute(select(Unit.code, Unit.name))}
    entries = []
    for r in rows:
        place = r.village.name if r.village else r.place
        code = r.code
        if r.source_unit_code != own:
            commune = names.get(r.source_unit_code, r.source_unit_code)
            place = f"{place} — {commune}" if place else commune
            code = codes.qualified(r.source_unit_code, r.code)
        entries.append(
            ListEntry(
                name=r.name,
                code=code,
                field=Field(r.field).label,
                model_type=ModelType(r.model_type).label,
                owner=r.holder.full_name if r.holder else (r.owner_org.name if r.owner_org else ""),
                place=place,
                result=_result_text(r),
                score=format_number(r.score) if r.score is not None else "",
                grade=EvaluationGrade(r.grade).label if r.grade else "",
            )
        )
    return entries


def print_model_list(
    handle: WorkspaceHandle,
    out_path: Path,
    kind: ListKind,
    period: Period,
    *,
    date: dt.date | None = None,
    unit_code: str | None = None,
) -> int:
    """Print the list of models proposed for recognition, exemplary, or proposed for awards.

    ``unit_code`` keeps one commune's models (an upper level printing one commune's list).
    """
    with handle.sessions() as session:
        stmt = select(DvkModel).where(
            DvkModel.status.in_([s.value for s in kind.statuses]),
            DvkModel.year >= period.first_year,
            DvkModel.year <= period.last_year,
        )
        if unit_code:
            stmt = stmt.where(DvkModel.source_unit_code == unit_code)
        rows = session.scalars(
            stmt.order_by(DvkModel.source_unit_code, DvkModel.field, DvkModel.name_sort)
        ).all()
        entries = _list_entries(session, rows)
        issuer, signature = workspace_issuer(
            session, type_symbol="DS", date=date, year=period.last_year
        )
    return render_model_list(
        out_path,
        kind=kind,
        issuer=issuer,
        period_label=period.label,
        entries=entries,
        signature=signature,
    )


# The annex's heading by decision kind: "DANH SÁCH MÔ HÌNH … ĐƯỢC CÔNG NHẬN".
ANNEX_HEADING = {
    DecisionKind.RECOGNITION: "ĐƯỢC CÔNG NHẬN",
    DecisionKind.NOT_ACHIEVED: "KHÔNG ĐẠT",
    DecisionKind.EXEMPLARY: "TIÊU BIỂU",
    DecisionKind.AWARD: "ĐƯỢC KHEN THƯỞNG",
    DecisionKind.REPLICATION: "ĐƯỢC NHÂN RỘNG",
}


def print_decision_annex(
    handle: WorkspaceHandle, decision_uuid: str, out_path: Path, *, date: dt.date | None = None
) -> int:
    """Print the list attached to a decision (phụ lục kèm theo quyết định)."""
    with handle.sessions() as session:
        decision = session.scalars(select(Decision).where(Decision.uuid == decision_uuid)).first()
        if decision is None:
            raise ValidationError(_t("Không tìm thấy quyết định này."))
        rows = sorted(
            (link.model for link in decision.models),
            key=lambda m: (m.source_unit_code, m.field, m.name_sort),
        )
        entries = _list_entries(session, rows)
        signed = decision.signed_on
        issuer, signature = workspace_issuer(
            session, type_symbol="DS", date=date or signed, year=signed.year
        )
        kind = DecisionKind(decision.kind)
        attachment = (
            f"(Kèm theo Quyết định số {decision.number} ngày {format_date(signed)} "
            f"của {decision.issuer})"
        )
        if decision.award_form:
            attachment += f"\nHình thức: {AwardForm(decision.award_form).label}"
    return render_model_list(
        out_path,
        kind=ListKind.RECOGNITION,
        heading=ANNEX_HEADING[kind],
        issuer=issuer,
        period_label=f"năm {signed.year}",
        entries=entries,
        signature=signature,
        attachment=attachment,
    )


def print_results_report(
    handle: WorkspaceHandle,
    out_path: Path,
    period: Period,
    *,
    date: dt.date | None = None,
    recipients: Sequence[str] = (),
    unit_code: str | None = None,
) -> int:
    """Print the results report of a period with its tables and charts (of one commune)."""
    stats = collect_statistics(handle, period, unit_code=unit_code)
    with handle.sessions() as session:
        ws = _ws(session)
        _, _, unit_name = _scope(session, period, unit_code)
        issuer, signature = workspace_issuer(
            session, type_symbol="BC", date=date or dt.date.today(), year=period.last_year
        )
        parent = ws.parent_unit_name
    ctx = ReportContext(
        issuer=issuer,
        period_label=period.label,
        unit_label=f"toàn {lower_first(unit_name)}",
        signature=signature,
        recipients=list(recipients) or ([parent] if parent else []) + ["Các tổ chức thành viên"],
        counted_until=period.end if as_of_end(period) else None,
    )
    return render_results_report(out_path, stats, ctx)


def export_statistics_xlsx(
    handle: WorkspaceHandle,
    out_path: Path,
    period: Period,
    *,
    detail: bool = False,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    unit_code: str | None = None,
) -> stats_q.Statistics:
    """Write the statistics workbook (and the detail list with ``detail``) atomically.

    The workbook is written in openpyxl's write-only mode and the detail rows are streamed
    from the database, so memory stays flat with the number of models.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    stats = collect_statistics(handle, period, unit_code=unit_code)
    with handle.sessions() as session:
        scope, _, unit_name = _scope(session, period, unit_code)
        total = stats_q.count_detail(session, scope) if detail else 0

        def on_row(done: int) -> None:
            cancel.check()
            reporter.report(done, total, _t("Danh sách mô hình"))

        rows = stats_q.iter_detail(session, scope) if detail else None
        wb = build_statistics_workbook(
            stats,
            WorkbookTitle(unit_name, period.label, period.end if scope.as_of is not None else None),
            detail=rows,
            on_row=on_row,
        )
        cancel.check()
        with atomic_writer(out_path) as fh:
            wb.save(fh)
    reporter.report(total, total, _t("Xong"))
    return stats
