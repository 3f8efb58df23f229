"""Villages, organisations and people of a workspace: the pickers of the registration form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from dvk_desktop.domain.text import clean, fold, sort_key
from dvk_desktop.domain.vocab import Gender, OrgType, UnitLevel
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import audit
from dvk_desktop.storage.models import Organisation, Person, Unit, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle

T = TypeVar("T")


@dataclass(frozen=True)
class Choice:
    """An item of a picker: stable uuid and the label shown."""

    uuid: str
    label: str
    kind: str = ""


def own_unit(session: Session) -> Unit:
    """The unit this workspace belongs to."""
    ws = session.scalars(select(Workspace)).one()
    return session.scalars(select(Unit).where(Unit.code == ws.unit_code)).one()


def _require_name(name: str, label: str, limit: int) -> str:
    value = clean(name)
    if not value:
        raise ValidationError(_t("Chưa nhập {label}.", label=label))
    if len(value) > limit:
        raise ValidationError(
            _t(
                "{capitalize} dài quá {limit} ký tự.",
                capitalize=label.capitalize(),
                limit=limit,
            )
        )
    return value


def add_village(session: Session, name: str, *, kind: str = "thôn") -> Unit:
    """Add a village (thôn, bản, ấp, tổ dân phố) under this workspace's commune."""
    name = _require_name(name, "tên thôn/tổ dân phố", 200)
    commune = own_unit(session)
    existing = session.scalars(
        select(Unit).where(Unit.parent_id == commune.id, Unit.name_folded == fold(name))
    ).first()
    if existing is not None:
        raise ValidationError(_t("Thôn/tổ dân phố “{name}” đã có.", name=name))
    count = len(session.scalars(select(Unit.id).where(Unit.parent_id == commune.id)).all())
    village = Unit(
        code=f"{commune.code}-T{count + 1:03d}",
        name=name,
        name_folded=fold(name),
        name_sort=sort_key(name),
        level=UnitLevel.VILLAGE.value,
        kind=clean(kind),
        parent_id=commune.id,
    )
    session.add(village)
    session.flush()
    audit.record(
        session,
        action="create",
        entity="unit",
        entity_uuid=village.uuid,
        after={"name": name, "kind": kind},
    )
    return village


def add_organisation(
    session: Session, name: str, org_type: OrgType, *, village: Unit | None = None
) -> Organisation:
    """Add an organisation of this workspace's commune; names are unique within the commune."""
    name = _require_name(name, "tên tổ chức", 300)
    commune = own_unit(session)
    clash = session.scalars(
        select(Organisation).where(
            Organisation.unit_id == commune.id, Organisation.name_folded == fold(name)
        )
    ).first()
    if clash is not None:
        raise ValidationError(_t("Tổ chức “{name}” đã có trong danh sách.", name=name))
    org = Organisation(
        name=name,
        name_folded=fold(name),
        name_sort=sort_key(name),
        org_type=org_type.value,
        unit_id=commune.id,
        village_id=village.id if village else None,
    )
    session.add(org)
    session.flush()
    audit.record(
        session,
        action="create",
        entity="organisation",
        entity_uuid=org.uuid,
        after={"name": name, "org_type": org_type.value},
    )
    return org


def add_person(
    session: Session,
    full_name: str,
    *,
    position: str = "",
    birth_year: int | None = None,
    gender: Gender | None = None,
    village: Unit | None = None,
    workplace: str = "",
    phone: str = "",
    is_official: bool = False,
    consent: bool = False,
    today: dt.date | None = None,
) -> Person:
    """Add a person with the minimal personal data of the brief's §7 (no ID-card number)."""
    full_name = _require_name(full_name, "họ và tên", 150)
    year_now = (today or dt.date.today()).year
    if birth_year is not None and not 1900 <= birth_year <= year_now:
        raise ValidationError(_t("Năm sinh {birth_year} không hợp lệ.", birth_year=birth_year))
    person = Person(
        unit_id=own_unit(session).id,
        full_name=full_name,
        name_folded=fold(full_name),
        name_sort=sort_key(full_name),
        birth_year=birth_year,
        gender=gender.value if gender else None,
        position=clean(position)[:200],
        workplace=clean(workplace)[:300],
        village_id=village.id if village else None,
        phone=clean(phone)[:30],
        is_official=is_official,
        consent=consent,
        consent_date=(today or dt.date.today()) if consent else None,
    )
    session.add(person)
    session.flush()
    audit.record(
        session,
        action="create",
        entity="person",
        entity_uuid=person.uuid,
        after={"full_name": full_name, "position": position},
    )
    return person


def villages(handle: WorkspaceHandle, *, unit_code: str | None = None) -> list[Choice]:
    """Villages of the commune (``unit_code``: of that commune only), in Vietnamese order."""
    with handle.sessions() as session:
        stmt = select(Unit).where(Unit.level == UnitLevel.VILLAGE.value)
        if unit_code is not None:
            parent = aliased(Unit)
            stmt = stmt.join(parent, Unit.parent_id == parent.id).where(parent.code == unit_code)
        rows = session.scalars(stmt.order_by(Unit.name_sort))
        return [Choice(u.uuid, u.name, u.kind) for u in rows]


def organisations(handle: WorkspaceHandle, *, unit_code: str | None = None) -> list[Choice]:
    """Organisations (``unit_code``: of that commune only), in Vietnamese order."""
    with handle.sessions() as session:
        stmt = select(Organisation)
        if unit_code is not None:
            stmt = stmt.join(Unit, Organisation.unit_id == Unit.id).where(Unit.code == unit_code)
        rows = session.scalars(stmt.order_by(Organisation.name_sort))
        return [Choice(o.uuid, o.name, o.org_type) for o in rows]


def people(handle: WorkspaceHandle) -> list[Choice]:
    """People, in Vietnamese order of name."""
    with handle.sessions() as session:
        rows = session.scalars(select(Person).order_by(Person.name_sort))
        return [Choice(p.uuid, f"{p.full_name} — {p.position}".rstrip(" —"), "") for p in rows]


def by_uuid(session: Session, model: type[T], uuid: str | None, what: str) -> T | None:
    """Load a row by uuid (None stays None); a uuid that matches nothing is a clear error."""
    if uuid is None:
        return None
    row = session.scalars(select(model).where(model.uuid == uuid)).first()  # type: ignore[attr-defined]
    if row is None:
        raise NotFoundError(_t("Không tìm thấy {what} với mã {uuid}.", what=what, uuid=uuid))
    return row


def set_sensitive_fields(
    session: Session,
    person_uuid: str,
    *,
    ethnicity: str | None = None,
    religion: str | None = None,
    party_member: bool | None = None,
) -> None:
    """Record sensitive personal data (brief §7) — only where the workspace has enabled it.

    These fields never travel in packages; they exist for units whose rules require them.
    """
    from dvk_desktop.storage.models import Setting

    enabled = session.get(Setting, "sensitive_fields_enabled")
    if enabled is None or enabled.value != "1":
        raise ValidationError(
            _t(
                "Vùng làm việc đang tắt việc ghi dân tộc, tôn giáo, đảng viên (dữ liệu "
                "cá nhân nhạy cảm).",
            ),
            hint=_t("Chỉ bật trong Cài đặt khi quy định của đơn vị yêu cầu các thông tin này."),
        )
    person = by_uuid(session, Person, person_uuid, "người")
    assert person is not None
    before = {
        "ethnicity": person.ethnicity,
        "religion": person.religion,
        "party_member": person.party_member,
    }
    person.ethnicity = clean(ethnicity)[:50] if ethnicity else None
    person.religion = clean(religion)[:50] if religion else None
    person.party_member = party_member
    audit.record(
        session,
        action="update_sensitive",
        entity="person",
        entity_uuid=person_uuid,
        before=before,
        after={
            "ethnicity": person.ethnicity,
            "religion": person.religion,
            "party_member": party_member,
        },
    )
