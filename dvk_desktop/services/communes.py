"""The upper level's child units: who is enrolled, what arrived, what is missing, who is late."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from dvk_desktop.domain import units
from dvk_desktop.domain.period import Period, parse_period
from dvk_desktop.domain.text import clean, format_date, sort_key
from dvk_desktop.domain.vocab import KeyState, PeriodState, UnitLevel, WorkspaceRole
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.packaging import keys
from dvk_desktop.services import audit, trust, workspace_keys
from dvk_desktop.services.unit_conversion import former_units
from dvk_desktop.storage.models import ReportingDeadline, Workspace, utcnow
from dvk_desktop.storage.queries import communes as q
from dvk_desktop.storage.queries.communes import ReceivedPackage
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class CommuneRow:
    """One child unit as the upper level follows it."""

    code: str
    name: str
    key_state: KeyState
    fingerprint: str  # of the active (or last) key; "" if none was ever enrolled
    rotations: int  # how many times the unit changed its key
    packages: int  # record packages received
    last_package: ReceivedPackage | None
    by_status: dict[str, int] = field(default_factory=dict)
    missing_evidence: int = 0  # evidence records whose file never arrived
    sequence_gaps: tuple[int, ...] = ()  # package numbers never received
    period_state: PeriodState = PeriodState.WAITING

    @property
    def models(self) -> int:
        """Models received from this unit."""
        return sum(self.by_status.values())


@dataclass(frozen=True)
class Overview:
    """Every child unit for one reporting period, with the deadline that period has."""

    period: Period
    deadline: dt.date | None
    rows: list[CommuneRow]

    def count(self, state: PeriodState) -> int:
        """How many units are in ``state`` for the period."""
        return sum(1 for r in self.rows if r.period_state is state)


@dataclass(frozen=True)
class Deadline:
    """A reporting deadline set by the upper level."""

    period: str
    due_on: dt.date
    note: str


def current_period(today: dt.date | None = None) -> Period:
    """The half-year containing ``today``: communes report twice a year (sơ kết, tổng kết)."""
    day = today or dt.date.today()
    return Period(day.year, day.year, 1 if day.month <= 6 else 2)


def _workspace(handle: WorkspaceHandle) -> Workspace:
    ws = handle.info()
    if WorkspaceRole(ws.role) is not WorkspaceRole.UPPER:
        raise ValidationError(
            _t(
                "Trang này dành cho cấp trên (tổng hợp các xã); vùng làm việc này là của cấp xã.",
            )
        )
    return ws


def child_units(handle: WorkspaceHandle) -> dict[str, str]:
    """Every child unit of this workspace (code -> name), in Vietnamese order of name.

    A province has every commune of the official list under it; a district of the
    three-tier flow (and any unit outside the list) has those it has heard of.
    """
    ws = _workspace(handle)
    found: dict[str, str] = {}
    if ws.unit_level == UnitLevel.PROVINCE.value:
        found.update((u.code, u.name) for u in units.communes(ws.unit_code))
    with handle.readers() as session:
        former = frozenset(u.code for u in former_units(session))
        for code, name in q.known_children(session, ws.unit_code, former).items():
            found.setdefault(code, name)
    return dict(sorted(found.items(), key=lambda item: (sort_key(item[1]), item[0])))


def _gaps(packages: list[ReceivedPackage]) -> tuple[int, ...]:
    # Every sender numbers its packages to us 1, 2, 3…: a missing number is a package that
    # was made and never arrived (lost on a USB stick, or not sent on).
    seen = {p.sequence for p in packages}
    return tuple(n for n in range(1, max(seen, default=0)) if n not in seen)


def _period_state(
    packages: list[ReceivedPackage], period: Period, deadline: dt.date | None, today: dt.date
) -> PeriodState:
    # Dated by the sender's clock: a package made before the deadline and carried late on a
    # USB stick was on time. A package made before the period began does not count.
    made = sorted(p.created_at.date() for p in packages if p.kind == "records")
    in_period = [d for d in made if d >= period.start]
    if in_period and (deadline is None or in_period[0] <= deadline):
        return PeriodState.SENT
    if in_period:
        return PeriodState.LATE
    if deadline is not None and today > deadline:
        return PeriodState.OVERDUE
    return PeriodState.WAITING


def overview(
    handle: WorkspaceHandle, period: Period | None = None, *, today: dt.date | None = None
) -> Overview:
    """Every child unit with its key, packages, models, missing evidence and period state."""
    day = today or dt.date.today()
    period = period or current_period(day)
    children = child_units(handle)
    ws = handle.info()
    with handle.readers() as session:
        received = q.received_packages(session, ws.unit_code)
        statuses = q.status_counts(session, ws.unit_code)
        evidence = q.evidence_by_unit(session, ws.unit_code)
        keys_by_unit = q.child_keys(session)
        row = session.get(ReportingDeadline, period.code)
        deadline = row.due_on if row else None
    held: dict[str, bool] = {}
    rows = []
    for code, name in children.items():
        history = keys_by_unit.get(code, [])
        active = [k for k in history if k.revoked_at is None and k.replaced_by_id is None]
        state = KeyState.ACTIVE if active else (KeyState.REVOKED if history else KeyState.NONE)
        shown = active[0] if active else (history[-1] if history else None)
        packages = received.get(code, [])
        records = [p for p in packages if p.kind == "records"]
        missing = 0
        for sha in evidence.get(code, ()):
            if sha not in held:
                held[sha] = handle.evidence.has(sha)
            missing += not held[sha]
        rows.append(
            CommuneRow(
                code=code,
                name=name,
                key_state=state,
                fingerprint=shown.fingerprint if shown else "",
                rotations=sum(1 for k in history if k.replaced_by_id is not None),
                packages=len(records),
                last_package=packages[-1] if packages else None,
                by_status=statuses.get(code, {}),
                missing_evidence=missing,
                sequence_gaps=_gaps(packages),
                period_state=_period_state(packages, period, deadline, day),
            )
        )
    return Overview(period, deadline, rows)


def find(handle: WorkspaceHandle, code: str, today: dt.date | None = None) -> CommuneRow:
    """One child unit's row, or NotFoundError."""
    for row in overview(handle, today=today).rows:
        if row.code == code.strip():
            return row
    raise NotFoundError(
        _t(
            "Đơn vị mã {code} không phải đơn vị cấp dưới của vùng làm việc này.",
            code=code,
        )
    )


# ---------------------------------------------------------------- deadlines


def deadlines(handle: WorkspaceHandle) -> list[Deadline]:
    """Every deadline set, newest period first."""
    with handle.readers() as session:
        rows = session.scalars(select(ReportingDeadline)).all()
        found = [Deadline(r.period, r.due_on, r.note) for r in rows]
    return sorted(found, key=lambda d: d.due_on, reverse=True)


def set_deadline(
    handle: WorkspaceHandle,
    period_code: str,
    due_on: dt.date,
    *,
    note: str = "",
    actor: str | None = None,
) -> Deadline:
    """Set (or change) the date by which the communes' packages for a period are due."""
    _workspace(handle)
    period = parse_period(period_code)
    if due_on < period.start:
        raise ValidationError(
            _t(
                "Hạn nộp {due_on} trước ngày bắt đầu kỳ {label} ({start}).",
                due_on=format_date(due_on),
                label=period.label,
                start=format_date(period.start),
            )
        )
    with handle.sessions() as session, session.begin():
        row = session.get(ReportingDeadline, period.code)
        before = {"due_on": row.due_on.isoformat()} if row else None
        if row is None:
            row = ReportingDeadline(period=period.code)
            session.add(row)
        row.due_on, row.note, row.updated_at = due_on, clean(note)[:500], utcnow()
        audit.record(
            session, action="update", entity="reporting_deadline", entity_uuid=period.code,
            actor=actor, before=before, after={"due_on": due_on.isoformat(), "note": row.note},
        )  # fmt: skip
    return Deadline(period.code, due_on, clean(note)[:500])


def clear_deadline(handle: WorkspaceHandle, period_code: str, *, actor: str | None = None) -> None:
    """Remove a period's deadline (nobody is then overdue for it)."""
    period = parse_period(period_code)
    with handle.sessions() as session, session.begin():
        row = session.get(ReportingDeadline, period.code)
        if row is None:
            raise NotFoundError(_t("Kỳ {label} chưa có hạn nộp.", label=period.label))
        session.delete(row)
        audit.record(
            session, action="delete", entity="reporting_deadline", entity_uuid=period.code,
            actor=actor, before={"due_on": row.due_on.isoformat()},
        )  # fmt: skip


# ---------------------------------------------------------------- keys


def read_enrolment(handle: WorkspaceHandle, path: Path) -> keys.Enrolment:
    """Read a child unit's enrolment file and check that the unit is one of ours."""
    enrolment = keys.read_enrolment(path)
    ws = _workspace(handle)
    if enrolment.unit_code == ws.unit_code:
        raise ValidationError(_t("Đây là tệp đăng ký khóa của chính đơn vị này."))
    if enrolment.role != "commune":
        raise ValidationError(
            _t(
                "Tệp đăng ký là của {unit_name}, một đơn vị cấp trên, không phải xã.",
                unit_name=enrolment.unit_name,
            ),
        )
    if ws.unit_level == UnitLevel.PROVINCE.value and enrolment.unit_code.isdigit():
        try:
            official = units.commune(enrolment.unit_code)
        except NotFoundError:
            official = None
        if official is not None and official.province_code != ws.unit_code:
            other = units.province(official.province_code).name
            raise ValidationError(
                _t(
                    "{unit_name} thuộc {other}, không thuộc {unit_name2}.",
                    unit_name=enrolment.unit_name,
                    other=other,
                    unit_name2=ws.unit_name,
                ),
                hint=_t("Mỗi xã chỉ gửi gói cho tỉnh, thành phố của mình."),
            )
    return enrolment


def enrol(handle: WorkspaceHandle, path: Path, typed_fingerprint: str) -> keys.Enrolment:
    """Trust a child unit's key once the digits read over the phone match the file."""
    read_enrolment(handle, path)
    return workspace_keys.enrol_unit(
        handle, path, relation=trust.CHILD, confirmed_fingerprint=typed_fingerprint
    )


def fingerprint_matches(enrolment: keys.Enrolment, typed: str) -> bool:
    """Whether the digits typed (spaces, dots, dashes ignored) are the key's fingerprint."""
    digits = "".join(ch for ch in typed if ch.isdigit())
    return digits == enrolment.fingerprint.replace(" ", "")


def revoke(handle: WorkspaceHandle, code: str, reason: str, *, actor: str | None = None) -> None:
    """Stop trusting a child unit's key: its packages are refused from now on."""
    if not clean(reason):
        raise ValidationError(_t("Hãy ghi lý do thu hồi khóa (ví dụ: máy tính của xã bị mất)."))
    with handle.sessions() as session, session.begin():
        trust.revoke(session, code, relation=trust.CHILD, reason=reason, actor=actor)


def key_history(handle: WorkspaceHandle, code: str) -> list[trust.TrustedKeyView]:
    """Every key a child unit has had, oldest first (enrolment, rotations, revocation)."""
    with handle.readers() as session:
        views = [v for v in trust.list_keys(session) if v.unit_code == code]
    return sorted(views, key=lambda v: v.enrolled_at)


# ---------------------------------------------------------------- workbook


def export_xlsx(
    handle: WorkspaceHandle,
    out_path: Path,
    period: Period | None = None,
    *,
    today: dt.date | None = None,
) -> Overview:
    """Write the list of child units for a period to a workbook (atomically)."""
    from dvk_desktop.reports.excel.commune_list import CommuneLine, commune_workbook
    from dvk_desktop.storage.atomic import atomic_writer

    data = overview(handle, period, today=today)
    lines = [
        CommuneLine(
            code=r.code,
            name=r.name,
            key_state=r.key_state.label,
            fingerprint=r.fingerprint,
            packages=r.packages,
            last_sequence=r.last_package.sequence if r.last_package else None,
            last_created=r.last_package.created_at.date() if r.last_package else None,
            last_received=r.last_package.recorded_at.date() if r.last_package else None,
            last_size_kb=(
                round(r.last_package.size / 1024)
                if r.last_package and r.last_package.size is not None
                else None
            ),
            by_status=r.by_status,
            missing_evidence=r.missing_evidence,
            gaps=", ".join(str(n) for n in r.sequence_gaps),
            period_state=r.period_state.label,
        )
        for r in data.rows
    ]
    wb = commune_workbook(
        lines,
        unit_name=handle.info().unit_name,
        period_label=data.period.label,
        deadline=data.deadline,
    )
    with atomic_writer(out_path) as fh:
        wb.save(fh)
    return data
