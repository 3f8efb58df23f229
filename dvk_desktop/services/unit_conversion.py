"""Turning a district's workspace (three-tier flow before 1 July 2025) into its province's.

The district level was abolished on 1 July 2025 and its work passed to the province. A
district office that kept its records here goes on in the same folder as the province: the
workspace takes the province's identity and nothing recorded is rewritten. Reviews, scores,
rubrics and decisions the district made keep the district's code (that is who made them);
every commune model received keeps the commune and district it was registered under
(``model_unit_history``); packages still addressed to the district are accepted as addressed
here, with their sequence numbers checked against what the district received.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import unit_succession, units
from dvk_desktop.domain.office import Action
from dvk_desktop.domain.vocab import UnitLevel, WorkspaceRole
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import access, audit, unit_history
from dvk_desktop.storage.models import (
    DvkModel,
    ModelUnitHistory,
    Setting,
    Unit,
    UnitSuccession,
    Workspace,
)
from dvk_desktop.storage.workspace import WorkspaceHandle

# One line per unit this workspace used to be: "code|name|level|dd/mm/yyyy".
FORMER_UNITS = "former_units"


@dataclass(frozen=True)
class FormerUnit:
    """A unit this workspace spoke for before, and when it stopped."""

    code: str
    name: str
    level: str
    until: str


@dataclass(frozen=True)
class Conversion:
    """What turning the district's workspace into the province's did."""

    district_code: str
    district_name: str
    province_code: str
    province_name: str
    models: int  # commune models now recorded under their old commune and district
    communes: int  # old communes whose records are kept
    backup: Path | None  # the backup taken first (None on a server database)


def former_units(session: Session) -> list[FormerUnit]:
    """The units this workspace spoke for before (oldest first)."""
    row = session.get(Setting, FORMER_UNITS)
    found = []
    for line in (row.value if row else "").splitlines():
        parts = line.split("|")
        if len(parts) == 4 and parts[0]:
            found.append(FormerUnit(*parts))
    return found


def own_codes(session: Session, ws: Workspace) -> set[str]:
    """Every code a package may be addressed to and still be for this workspace."""
    return {ws.unit_code, *(u.code for u in former_units(session))}


def _check(ws: Workspace) -> None:
    if (
        WorkspaceRole(ws.role) is not WorkspaceRole.UPPER
        or ws.unit_level != UnitLevel.DISTRICT.value
    ):
        raise ValidationError(
            _t(
                "Chỉ vùng làm việc của một huyện (luồng 3 cấp trước 01/7/2025) mới chuyển "
                "thành vùng làm việc cấp tỉnh được; vùng làm việc này là của {unit}.",
                unit=ws.unit_name,
            )
        )
    if not ws.parent_unit_code:
        raise NotFoundError(
            _t(
                "Vùng làm việc của {unit} không ghi tỉnh cấp trên, nên không biết chuyển "
                "thành tỉnh nào.",
                unit=ws.unit_name,
            )
        )


def _province(session: Session, code: str) -> Unit:
    unit = session.scalars(select(Unit).where(Unit.code == code)).first()
    if unit is None:  # every workspace keeps its province's row (workspace_setup.init_workspace)
        from dvk_desktop.services.workspace_setup import ensure_unit

        official = units.province(code)
        unit = ensure_unit(
            session,
            code=official.code,
            name=official.name,
            level=UnitLevel.PROVINCE,
            kind=official.kind,
        )
    return unit


def _today_code(code: str, province: str, mapping: dict[str, str]) -> str:
    # A merger table the office recorded wins; a commune already on today's official list of
    # the province is its own successor; a commune that disappeared follows the official
    # conversion table when its successor is in this province; otherwise it is not known ("").
    if code in mapping:
        return mapping[code]
    official = unit_succession.successor(code) or code
    try:
        today = units.find(official)
    except (NotFoundError, ValidationError):
        return ""
    return official if today.province_code == province else ""


def _keep_registration_units(session: Session, district: Unit, province: str) -> tuple[int, int]:
    """Record, for every commune model not yet recorded, its commune and district of then."""
    names = dict(session.execute(select(Unit.code, Unit.name)).all())
    mapping = dict(session.execute(select(UnitSuccession.old_code, UnitSuccession.new_code)).all())
    held = set(session.scalars(select(ModelUnitHistory.model_id)))
    models, communes = 0, set()
    rows = session.execute(
        select(DvkModel.id, DvkModel.source_unit_code).where(
            DvkModel.source_unit_code != district.code
        )
    )
    for model_id, code in rows:
        communes.add(code)
        if model_id in held:
            continue
        session.add(
            ModelUnitHistory(
                model_id=model_id,
                old_unit_code=code,
                old_unit_name=names.get(code)
                or unit_history.official_name(code, with_district=False),
                old_district_code=district.code,
                old_district_name=district.name,
                new_unit_code=_today_code(code, province, mapping),
            )
        )
        models += 1
    return models, len(communes)


def convert_to_province(handle: WorkspaceHandle, *, backup: bool = True) -> Conversion:
    """Make this district's workspace its province's, keeping everything it holds.

    A backup is taken first (on a local database), then everything changes in one
    transaction: the workspace's identity, the list of former units, the registration unit
    of every commune model, and a line in the audit log.
    """
    access.require(handle, Action.SETTINGS)
    _check(handle.info())
    taken: Path | None = None
    if backup and handle.engine.dialect.name == "sqlite":
        from dvk_desktop.services.backup import backup_workspace

        taken = backup_workspace(handle, handle.paths.backups)
    with handle.sessions() as session, session.begin():
        ws = session.scalars(select(Workspace)).one()
        _check(ws)  # again inside the transaction: another PC may have converted it meanwhile
        district = session.scalars(select(Unit).where(Unit.code == ws.unit_code)).one()
        province = _province(session, ws.parent_unit_code or "")
        models, communes = _keep_registration_units(session, district, province.code)
        before = {"unit_code": ws.unit_code, "unit_name": ws.unit_name, "level": ws.unit_level}
        today = dt.date.today().strftime("%d/%m/%Y")
        row = session.get(Setting, FORMER_UNITS)
        line = f"{district.code}|{district.name}|{district.level}|{today}"
        if row is None:
            session.add(Setting(key=FORMER_UNITS, value=line))
        else:
            row.value = "\n".join(filter(None, [row.value, line]))
        if session.get(UnitSuccession, district.code) is None:
            # Reports "by today's unit" count what the district itself registered as the
            # province's.
            session.add(
                UnitSuccession(
                    old_code=district.code,
                    old_name=district.name,
                    new_code=province.code,
                    new_name=province.name,
                )
            )
        ws.unit_code, ws.unit_name, ws.unit_level = province.code, province.name, province.level
        ws.parent_unit_code = ws.parent_unit_name = None
        audit.record(
            session,
            action="convert",
            entity="workspace",
            entity_uuid=ws.uuid,
            before=before,
            after={
                "unit_code": province.code,
                "unit_name": province.name,
                "level": province.level,
                "models_kept": models,
            },
        )
    return Conversion(
        district_code=district.code,
        district_name=district.name,
        province_code=province.code,
        province_name=province.name,
        models=models,
        communes=communes,
        backup=taken,
    )
