"""Creating a workspace for a commune or an upper-level unit chosen from the official list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvk_desktop.domain import units
from dvk_desktop.domain.indicators import DEFAULT_CATALOGUE
from dvk_desktop.domain.text import clean, fold, sort_key
from dvk_desktop.domain.vocab import StandingBody, UnitLevel, WorkspaceRole
from dvk_desktop.errors import StorageError, ValidationError
from dvk_desktop.messages import _t, per_interface
from dvk_desktop.progress import CancelToken, ProgressReporter
from dvk_desktop.services import audit
from dvk_desktop.storage.engine import current_revision
from dvk_desktop.storage.models import IndicatorCatalogue, Setting, Unit, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace

DEFAULT_SETTINGS = {
    "signer_title": "",
    "signer_name": "",
    "preparer_name": "",
    "preparer_title": "",
    "sensitive_fields_enabled": "0",
    "evidence_max_mb": "50",
    "backup_keep": "10",
    "language": "vi",
}


@dataclass(frozen=True)
class DistrictSpec:
    """An optional district between commune and province (the three-tier flow before 7/2025)."""

    code: str
    name: str


def ensure_unit(
    session: Session,
    *,
    code: str,
    name: str,
    level: UnitLevel,
    kind: str = "",
    parent: Unit | None = None,
) -> Unit:
    """Return the unit with ``code``, creating it if this workspace does not know it yet."""
    unit = session.scalars(select(Unit).where(Unit.code == code)).first()
    if unit is None:
        name = clean(name)
        unit = Unit(
            code=code,
            name=name,
            name_folded=fold(name),
            name_sort=sort_key(name),
            level=level.value,
            kind=kind,
            parent=parent,
        )
        session.add(unit)
        session.flush()
    return unit


def init_workspace(
    root: Path,
    *,
    unit_code: str,
    role: WorkspaceRole | None = None,
    standing_body: StandingBody = StandingBody.FRONT,
    district: DistrictSpec | None = None,
    database_url: str | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> WorkspaceHandle:
    """Create a workspace for the official unit ``unit_code`` (5 digits: commune; 2: province).

    A commune reports to its province, or to ``district`` if one is given. Refuses to
    initialise a folder that already holds a workspace. On the office's PostgreSQL server
    (``database_url``) the creation is all or nothing and ``cancel`` stops it with nothing
    left on the server or in the folder (see :mod:`dvk_desktop.services.server_workspace`).
    """
    official = units.find(unit_code)  # raises NotFoundError with a clear message
    if role is None:
        role = WorkspaceRole.COMMUNE if official.level is UnitLevel.COMMUNE else WorkspaceRole.UPPER
    spec = FirstRows(official, role, standing_body, district)
    if database_url and not database_url.startswith("sqlite"):
        from dvk_desktop.services.server_workspace import create_on_server

        return create_on_server(root, database_url, spec, reporter=reporter, cancel=cancel)
    handle = open_workspace(root, create=True, database_url=database_url)
    try:
        with handle.sessions() as session, session.begin():
            if session.scalar(select(func.count()).select_from(Workspace)):
                raise StorageError(
                    _t("Thư mục “{root}” đã có vùng làm việc.", root=root),
                    hint=per_interface(
                        cli=_t(
                            "Hãy chọn thư mục khác, hoặc dùng dvk info để xem vùng làm việc này."
                        ),
                        gui=_t(
                            "Hãy chọn thư mục khác, hoặc mở vùng làm việc này (Tệp → Mở vùng "
                            "làm việc…)."
                        ),
                    ),
                )
            add_first_rows(session, spec)
    except BaseException:
        handle.close()
        raise
    return handle


@dataclass(frozen=True)
class FirstRows:
    """What a new workspace is for: its official unit, role, standing body and district."""

    official: units.OfficialUnit
    role: WorkspaceRole
    standing_body: StandingBody
    district: DistrictSpec | None


def add_first_rows(session: Session, spec: FirstRows) -> None:
    """The identity row, units, indicator catalogue and settings of a new workspace."""
    official, role, district = spec.official, spec.role, spec.district
    province = units.province(official.province_code)
    prov = ensure_unit(
        session,
        code=province.code,
        name=province.name,
        level=UnitLevel.PROVINCE,
        kind=province.kind,
    )
    parent_unit = prov
    if district is not None:
        code = clean(district.code)
        if not code or len(code) > 10 or not code.isalnum():
            raise ValidationError(_t("Mã huyện không hợp lệ: “{code}”.", code=district.code))
        parent_unit = ensure_unit(
            session,
            code=f"H{code}",
            name=district.name,
            level=UnitLevel.DISTRICT,
            kind="huyện",
            parent=prov,
        )
    # A province code with a district gives a district workspace (three-tier flow);
    # a commune code with a district gives a commune reporting to that district.
    own = parent_unit if official.level is UnitLevel.PROVINCE else prov
    if official.level is UnitLevel.COMMUNE:
        own = ensure_unit(
            session,
            code=official.code,
            name=official.name,
            level=UnitLevel.COMMUNE,
            kind=official.kind,
            parent=parent_unit,
        )
    ws = Workspace(
        unit_code=own.code,
        unit_name=own.name,
        unit_level=own.level,
        role=role.value,
        parent_unit_code=None if own is prov else (own.parent or prov).code,
        parent_unit_name=None if own is prov else (own.parent or prov).name,
        standing_body=spec.standing_body.value,
    )
    session.add(ws)
    for item in DEFAULT_CATALOGUE:
        session.add(
            IndicatorCatalogue(code=item.code, name=item.name, unit=item.unit, group=item.group)
        )
    for key, value in DEFAULT_SETTINGS.items():
        session.add(Setting(key=key, value=value))
    audit.record(
        session,
        action="init",
        entity="workspace",
        entity_uuid=ws.uuid,
        after={"unit_code": own.code, "unit_name": own.name, "role": role.value},
    )


def workspace_summary(handle: WorkspaceHandle) -> dict[str, object]:
    """Identity, role, schema version and record counts, as plain values for ``dvk info``."""
    from dvk_desktop.storage.models import Decision, DvkModel, Evidence, Organisation, Person

    ws = handle.info()
    with handle.sessions() as session:

        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        counts = {
            "models": count(DvkModel),
            "organisations": count(Organisation),
            "people": count(Person),
            "evidence": count(Evidence),
            "decisions": count(Decision),
            "villages": int(
                session.scalar(select(func.count()).where(Unit.level == UnitLevel.VILLAGE.value))
                or 0
            ),
        }
    return {
        "workspace": str(handle.paths.root),
        "unit_code": ws.unit_code,
        "unit_name": ws.unit_name,
        "unit_level": ws.unit_level,
        "role": ws.role,
        "role_label": WorkspaceRole(ws.role).label,
        "parent_unit_code": ws.parent_unit_code,
        "parent_unit_name": ws.parent_unit_name,
        "standing_body": ws.standing_body,
        "schema_version": current_revision(handle.engine),
        "units_data_version": units.data_version(),
        "counts": counts,
    }


def get_settings(handle: WorkspaceHandle) -> dict[str, str]:
    """All workspace settings."""
    with handle.sessions() as session:
        return {s.key: s.value for s in session.scalars(select(Setting))}


def set_settings(handle: WorkspaceHandle, values: dict[str, str]) -> None:
    """Change settings in one transaction, with an audit entry."""
    with handle.sessions() as session, session.begin():
        before = {}
        for key, value in values.items():
            row = session.get(Setting, key)
            before[key] = row.value if row else None
            if row is None:
                session.add(Setting(key=key, value=clean(value)))
            else:
                row.value = clean(value)
        audit.record(session, action="update", entity="settings", before=before, after=values)
