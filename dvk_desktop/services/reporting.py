"""Printing and reports: resolve the records, render PDFs and workbooks, write them atomically."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from dvk_desktop.domain.period import Period
from dvk_desktop.domain.rubric import DEFAULT_RUBRIC, Rubric
from dvk_desktop.domain.text import fold, format_number
from dvk_desktop.domain.vocab import (
    DocStyle,
    EvaluationGrade,
    Field,
    Gender,
    ModelType,
    OrgType,
    StandingBody,
    UnitLevel,
    WorkspaceRole,
)
from dvk_desktop.errors import ValidationError
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.reports.excel.statistics import WorkbookTitle, build_statistics_workbook
from dvk_desktop.reports.pdf.evaluation_sheet import EvaluationSheet, render_evaluation_sheet
from dvk_desktop.reports.pdf.header import Issuer, Signature
from dvk_desktop.reports.pdf.model_list import ListEntry, ListKind, render_model_list
from dvk_desktop.reports.pdf.qr import FormStamp
from dvk_desktop.reports.pdf.registration_form import (
    FormContext,
    PersonInfo,
    render_registration_forms,
)
from dvk_desktop.reports.pdf.results_report import ReportContext, render_results_report
from dvk_desktop.services.models import get_row, snapshot
from dvk_desktop.storage.atomic import atomic_writer
from dvk_desktop.storage.models import (
    DvkModel,
    Evaluation,
    IndicatorVillageValue,
    ModelCoordinator,
    ModelIndicator,
    Person,
    Setting,
    Unit,
    Workspace,
)
from dvk_desktop.storage.queries import stats as stats_q
from dvk_desktop.storage.workspace import WorkspaceHandle

# Document symbols of the owning bodies (NĐ 30 "chữ viết tắt tên cơ quan"; HD 36 body symbols).
BODY_SYMBOL = {
    OrgType.PARTY_COMMITTEE: "ĐU",
    OrgType.PARTY_CELL: "CB",
    OrgType.PEOPLES_COUNCIL: "HĐND",
    OrgType.PEOPLES_COMMITTEE: "UBND",
    OrgType.FATHERLAND_FRONT: "MTTQ",
    OrgType.WOMEN_UNION: "HLHPN",
    OrgType.FARMERS_UNION: "HND",
    OrgType.YOUTH_UNION: "ĐTN",
    OrgType.VETERANS: "CCB",
    OrgType.TRADE_UNION: "CĐ",
    OrgType.POLICE: "CA",
    OrgType.MILITARY: "BCHQS",
}
# The commune's own bodies have no "cơ quan chủ quản" line above their name.
_COMMUNE_BODIES = {OrgType.PEOPLES_COUNCIL, OrgType.PEOPLES_COMMITTEE, OrgType.FATHERLAND_FRONT}


def _settings(session: Session) -> dict[str, str]:
    return {s.key: s.value for s in session.scalars(select(Setting))}


def _ws(session: Session) -> Workspace:
    return session.scalars(select(Workspace)).one()


def _short_name(unit_name: str) -> str:
    """The place name of a date line: "Xã Thăng Bình" -> "Thăng Bình"."""
    for prefix in ("Đặc khu ", "Phường ", "Xã ", "Thành phố ", "Tỉnh ", "Thị trấn "):
        if unit_name.startswith(prefix):
            return unit_name[len(prefix) :]
    return unit_name


def _province_name(session: Session, ws: Workspace) -> str:
    unit = session.scalars(select(Unit).where(Unit.code == ws.unit_code)).first()
    while unit is not None and unit.level != UnitLevel.PROVINCE.value:
        unit = unit.parent
    return unit.name if unit is not None else ws.unit_name


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def workspace_issuer(
    session: Session, *, type_symbol: str, date: dt.date | None, year: int | None = None
) -> tuple[Issuer, Signature]:
    """The body that issues the workspace's reports and lists, and its signature block.

    The standing body of the movement (brief §4) issues them: the Front committee in the
    State layout, or the Party committee in the Party layout. A setting ``issuer_name``
    overrides the body's name.
    """
    ws = _ws(session)
    settings = _settings(session)
    place = settings.get("place_name") or _short_name(ws.unit_name)
    unit = _lower_first(ws.unit_name)
    if StandingBody(ws.standing_body) is StandingBody.PARTY_BUILDING:
        body = settings.get("issuer_name") or f"Đảng ủy {unit}"
        issuer = Issuer(
            DocStyle.PARTY,
            body,
            f"Đảng bộ {_lower_first(_province_name(session, ws))}",
            type_symbol,
            "ĐU",
            place=place,
            date=date,
            year=year,
        )
        lines = ["T/M BAN THƯỜNG VỤ", settings.get("signer_title") or "BÍ THƯ"]
    else:
        body = settings.get("issuer_name") or f"Ủy ban MTTQ Việt Nam {unit}"
        issuer = Issuer(
            DocStyle.STATE, body, "", type_symbol, "MTTQ", place=place, date=date, year=year
        )
        lines = ["TM. BAN THƯỜNG TRỰC", settings.get("signer_title") or "CHỦ TỊCH"]
    return issuer, Signature(lines, "", settings.get("signer_name", ""))


def _person(person: Person | None) -> PersonInfo | None:
    if person is None:
        return None
    return PersonInfo(
        person.full_name,
        person.birth_year,
        Gender(person.gender).label if person.gender else "",
        person.position,
        person.workplace,
        person.village.name if person.village else "",
    )


@dataclass(frozen=True)
class _FormShared:
    """What every form of a workspace shares (read once per batch)."""

    ws: Workspace
    settings: dict[str, str]
    province: str

    @classmethod
    def load(cls, session: Session) -> _FormShared:
        ws = _ws(session)
        return cls(ws, _settings(session), _province_name(session, ws))


def form_context(
    session: Session,
    row: DvkModel,
    *,
    date: dt.date | None = None,
    shared: _FormShared | None = None,
) -> FormContext:
    """Resolve the header, people and signature captions of a model's registration form."""
    shared = shared or _FormShared.load(session)
    ws, settings = shared.ws, shared.settings
    place = settings.get("place_name") or _short_name(ws.unit_name)
    unit = _lower_first(ws.unit_name)
    owner = row.owner_org
    org_type = OrgType(owner.org_type) if owner else None
    style = org_type.doc_style if org_type else DocStyle.STATE
    if owner is None:  # an individual without an owning body: the commune's Front certifies
        body, superior = f"Ủy ban MTTQ Việt Nam {unit}", ""
    elif org_type is OrgType.PARTY_COMMITTEE:
        body, superior = owner.name, f"Đảng bộ {_lower_first(shared.province)}"
    elif org_type is OrgType.PARTY_CELL:
        body, superior = owner.name, f"Đảng bộ {unit}"
    elif org_type in _COMMUNE_BODIES:
        body, superior = owner.name, ""
    else:
        body, superior = owner.name, ws.unit_name if style is DocStyle.STATE else ""
    issuer = Issuer(
        style,
        body,
        superior,
        "PĐK",
        BODY_SYMBOL.get(org_type, "") if org_type else "",
        place=place,
        date=date,
        year=row.year,
    )
    if StandingBody(ws.standing_body) is StandingBody.PARTY_BUILDING:
        standing = f"XÁC NHẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY {unit.upper()}"
    else:
        standing = f"XÁC NHẬN CỦA BAN THƯỜNG TRỰC ỦY BAN MTTQ {unit.upper()}"
    return FormContext(
        issuer=issuer,
        owner_type=org_type.label if org_type else "",
        holder=_person(row.holder),
        lead=_person(row.lead),
        preparer_name=settings.get("preparer_name", ""),
        party_confirmation="XÁC NHẬN CỦA CẤP ỦY (CHI BỘ, ĐẢNG ỦY)",
        standing_confirmation=standing,
        continues_label=f"{row.continues.code} — {row.continues.name}" if row.continues else "",
        replicated_label=row.replicated_from.name if row.replicated_from else "",
    )


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
        raise ValidationError("Chưa chọn mô hình nào để in.")
    forms = []
    with handle.sessions() as session:
        loaded = _preload(session, refs)
        shared = _FormShared.load(session)
        for i, ref in enumerate(refs):
            if i % 50 == 0:
                cancel.check()
                reporter.report(i, len(refs), ref)
            row = loaded.get(ref) or get_row(session, ref)
            forms.append((snapshot(row), form_context(session, row, date=date, shared=shared)))
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
    rubric: Rubric = DEFAULT_RUBRIC,
    date: dt.date | None = None,
) -> int:
    """Print a model's scoring sheet: its latest evaluation, or a blank sheet to score by hand."""
    with handle.sessions() as session:
        row = get_row(session, ref)
        latest = None
        if not blank:
            latest = session.scalars(
                select(Evaluation)
                .where(Evaluation.model_id == row.id)
                .order_by(Evaluation.evaluated_on.desc(), Evaluation.id.desc())
            ).first()
        issuer, _ = workspace_issuer(session, type_symbol="PCĐ", date=date, year=row.year)
        owner = (
            row.holder.full_name if row.holder else (row.owner_org.name if row.owner_org else "")
        )
        place = row.place
        if row.village is not None and fold(row.village.name) not in fold(place):
            place = ", ".join(x for x in (row.village.name, place) if x)
        sheet = EvaluationSheet(
            issuer=issuer,
            rubric=rubric,
            model_name=row.name,
            model_code=row.code,
            model_type=ModelType(row.model_type).label,
            field=Field(row.field).label,
            owner=owner,
            place=place,
            year=row.year,
            scores=json.loads(latest.scores_json) if latest else None,
            grade=EvaluationGrade(latest.grade).label if latest else "",
            evaluator=latest.evaluator if latest else "",
            evaluated_on=latest.evaluated_on if latest else None,
            comment=latest.comment if latest else "",
        )
    return render_evaluation_sheet(out_path, sheet)


def _result_text(row: DvkModel) -> str:
    parts = [
        f"{i.name}: {format_number(i.actual if i.actual is not None else i.target)} {i.unit}"
        for i in row.indicators
    ]
    return "; ".join(parts) or row.outputs


def print_model_list(
    handle: WorkspaceHandle,
    out_path: Path,
    kind: ListKind,
    period: Period,
    *,
    date: dt.date | None = None,
) -> int:
    """Print the list of models proposed for recognition, exemplary, or proposed for awards."""
    with handle.sessions() as session:
        rows = session.scalars(
            select(DvkModel)
            .where(
                DvkModel.status.in_([s.value for s in kind.statuses]),
                DvkModel.year >= period.first_year,
                DvkModel.year <= period.last_year,
            )
            .order_by(DvkModel.field, DvkModel.name_sort)
        ).all()
        entries = [
            ListEntry(
                name=r.name,
                code=r.code,
                field=Field(r.field).label,
                model_type=ModelType(r.model_type).label,
                owner=r.holder.full_name if r.holder else (r.owner_org.name if r.owner_org else ""),
                place=r.village.name if r.village else r.place,
                result=_result_text(r),
                score=format_number(r.score) if r.score is not None else "",
                grade=EvaluationGrade(r.grade).label if r.grade else "",
            )
            for r in rows
        ]
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


def _scope(session: Session, period: Period) -> tuple[stats_q.Scope, bool, str]:
    ws = _ws(session)
    upper = WorkspaceRole(ws.role) is WorkspaceRole.UPPER
    return (
        stats_q.Scope(period.first_year, period.last_year, as_of=as_of_end(period)),
        upper,
        ws.unit_name,
    )


def as_of_end(period: Period, *, now: dt.datetime | None = None) -> dt.datetime | None:
    """The end of ``period`` as a stored (naive UTC) time; None while the period is running.

    A finished period's report counts statuses and commendations as they stood on its last
    evening (local time); a report of the running period counts today's.
    """
    end = dt.datetime.combine(period.end, dt.time.max).astimezone(dt.UTC).replace(tzinfo=None)
    current = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    return end if end < current else None


def collect_statistics(handle: WorkspaceHandle, period: Period) -> stats_q.Statistics:
    """The aggregates of the report set for a period (by commune too at an upper level)."""
    with handle.sessions() as session:
        scope, upper, _ = _scope(session, period)
        stats = stats_q.collect(session, scope, by_unit=True)
        if not upper and len(stats.by_unit) <= 1:
            stats.by_unit = []
        return stats


def print_results_report(
    handle: WorkspaceHandle,
    out_path: Path,
    period: Period,
    *,
    date: dt.date | None = None,
    recipients: Sequence[str] = (),
) -> int:
    """Print the results report of a period with its tables and charts."""
    stats = collect_statistics(handle, period)
    with handle.sessions() as session:
        ws = _ws(session)
        issuer, signature = workspace_issuer(
            session, type_symbol="BC", date=date or dt.date.today(), year=period.last_year
        )
        parent = ws.parent_unit_name
    ctx = ReportContext(
        issuer=issuer,
        period_label=period.label,
        unit_label=f"toàn {_lower_first(ws.unit_name)}",
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
) -> stats_q.Statistics:
    """Write the statistics workbook (and the detail list with ``detail``) atomically.

    The workbook is written in openpyxl's write-only mode and the detail rows are streamed
    from the database, so memory stays flat with the number of models.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    stats = collect_statistics(handle, period)
    with handle.sessions() as session:
        scope, _, unit_name = _scope(session, period)
        total = stats_q.count_detail(session, scope) if detail else 0

        def on_row(done: int) -> None:
            cancel.check()
            reporter.report(done, total, "Danh sách mô hình")

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
    reporter.report(total, total, "Xong")
    return stats
