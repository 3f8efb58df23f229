"""Who issues and signs printed documents: headers, Party or State captions, form context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.bodies import (
    official_name,
    party_committee,
    party_organisation,
    signer_lines,
)
from dvk_desktop.domain.place_names import short_name
from dvk_desktop.domain.vocab import DocStyle, Gender, OrgType, StandingBody, UnitLevel
from dvk_desktop.reports.pdf.header import Issuer, Signature
from dvk_desktop.reports.pdf.registration_form import EvidenceLine, FormContext, PersonInfo
from dvk_desktop.storage.models import DvkModel, Evidence, Person, Setting, Unit, Workspace

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
# How the head of an owning body signs for it (HD 36 for Party bodies, NĐ 30 otherwise).
_HEADS: dict[OrgType, list[str]] = {
    OrgType.PARTY_CELL: ["T/M CHI BỘ", "BÍ THƯ"],
    OrgType.PARTY_COMMITTEE: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    OrgType.FATHERLAND_FRONT: ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
    OrgType.PEOPLES_COMMITTEE: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    OrgType.PEOPLES_COUNCIL: ["TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH"],
    OrgType.YOUTH_UNION: ["TM. BAN CHẤP HÀNH", "BÍ THƯ"],
}
SEALED = "(Ký tên, đóng dấu)"


def settings_of(session: Session) -> dict[str, str]:
    """The workspace settings as a dict."""
    return {s.key: s.value for s in session.scalars(select(Setting))}


def workspace_row(session: Session) -> Workspace:
    """The workspace's one row."""
    return session.scalars(select(Workspace)).one()


def lower_first(text: str) -> str:
    """Lower-case the first letter: "Xã Thăng Bình" -> "xã Thăng Bình" inside a sentence."""
    return text[:1].lower() + text[1:] if text else text


def _unit(session: Session, code: str) -> Unit | None:
    return session.scalars(select(Unit).where(Unit.code == code)).first()


def province_of(session: Session, ws: Workspace) -> Unit | None:
    """The province above (or being) the workspace's unit."""
    unit = _unit(session, ws.unit_code)
    while unit is not None and unit.level != UnitLevel.PROVINCE.value:
        unit = unit.parent
    return unit


def _province_party(session: Session, ws: Workspace) -> str:
    """The line above a Đảng ủy xã: "Đảng bộ thành phố Đà Nẵng", "Đảng bộ tỉnh Quảng Ngãi"."""
    province = province_of(session, ws)
    if province is None:
        return party_organisation(ws.unit_name)
    return party_organisation(province.name, province.kind)


def workspace_issuer(
    session: Session, *, type_symbol: str, date: dt.date | None, year: int | None = None
) -> tuple[Issuer, Signature]:
    """The body that issues the workspace's reports and lists, and its signature block.

    The standing body of the movement (brief §4) issues them: the Front committee in the
    State layout, or the Party committee in the Party layout. At the province that is the
    Ban Tuyên giáo và Dân vận under the Thành ủy (centrally-run city) or Tỉnh ủy; a setting
    ``issuer_name`` overrides the body's name.
    """
    ws = workspace_row(session)
    settings = settings_of(session)
    place = settings.get("place_name") or short_name(ws.unit_name)
    unit = lower_first(ws.unit_name)
    level = UnitLevel(ws.unit_level)
    title = settings.get("signer_title", "")
    if StandingBody(ws.standing_body) is StandingBody.PARTY_BUILDING:
        own = _unit(session, ws.unit_code)
        kind = own.kind if own is not None else ""
        if level is UnitLevel.COMMUNE:
            body = settings.get("issuer_name") or party_committee(ws.unit_name, level)
            superior, symbol, behalf = _province_party(session, ws), "ĐU", "BAN THƯỜNG VỤ"
        else:  # the committee's board for mass mobilisation issues the movement's papers
            body = settings.get("issuer_name") or "Ban Tuyên giáo và Dân vận"
            superior = party_committee(ws.unit_name, level, kind=kind)
            symbol, behalf = "BTGDVTU" if level is UnitLevel.PROVINCE else "BTGDV", "BAN"
        issuer = Issuer(
            DocStyle.PARTY, body, superior, type_symbol, symbol, place=place, date=date, year=year
        )
        lines = signer_lines(behalf, title or "Bí thư", party=True)
        if level is not UnitLevel.COMMUNE and not title:
            lines = ["T/M BAN", "TRƯỞNG BAN"]
    else:
        body = settings.get("issuer_name") or f"Ủy ban MTTQ Việt Nam {unit}"
        issuer = Issuer(
            DocStyle.STATE, body, "", type_symbol, "MTTQ", place=place, date=date, year=year
        )
        lines = signer_lines("BAN THƯỜNG TRỰC", title or "Chủ tịch", party=False)
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
        person.phone,
    )


@dataclass(frozen=True)
class FormShared:
    """What every form of a workspace shares (read once per batch)."""

    ws: Workspace
    settings: dict[str, str]
    province_party: str  # "Đảng bộ thành phố Đà Nẵng"
    unit_labels: dict[str, str]  # source unit code -> "Xã X, thành phố Y (mã đơn vị 12345)"

    @classmethod
    def load(cls, session: Session) -> FormShared:
        """Read the workspace row, settings and unit names once."""
        ws = workspace_row(session)
        labels: dict[str, str] = {}
        for unit in session.scalars(select(Unit).where(Unit.level == UnitLevel.COMMUNE.value)):
            province = unit.parent
            while province is not None and province.level != UnitLevel.PROVINCE.value:
                province = province.parent
            where = unit.name
            if province is not None:
                where += f", {lower_first(official_name(province.name, province.kind))}"
            labels[unit.code] = f"{where} (mã đơn vị {unit.code})"
        return cls(ws, settings_of(session), _province_party(session, ws), labels)


def _kind_of(media_type: str) -> str:
    if media_type.startswith("image/"):
        return "Ảnh"
    if media_type == "application/pdf":
        return "Tài liệu PDF"
    if "spreadsheet" in media_type or "excel" in media_type:
        return "Bảng tính"
    if "word" in media_type or media_type.startswith("text/"):
        return "Văn bản"
    return "Tệp"


def _evidence_line(e: Evidence) -> EvidenceLine:
    return EvidenceLine(e.caption.strip() or e.original_name, _kind_of(e.media_type), e.taken_on)


def evidence_by_model(session: Session, model_ids: Sequence[int]) -> dict[int, list[EvidenceLine]]:
    """The evidence still attached to each model, oldest first (one query per 500 models)."""
    out: dict[int, list[EvidenceLine]] = {i: [] for i in model_ids}
    ids = list(model_ids)
    for start in range(0, len(ids), 500):
        rows = session.scalars(
            select(Evidence)
            .where(Evidence.model_id.in_(ids[start : start + 500]), Evidence.removed_at.is_(None))
            .order_by(Evidence.model_id, Evidence.taken_on, Evidence.added_at, Evidence.id)
        )
        for e in rows:
            out[e.model_id].append(_evidence_line(e))
    return out


def _standing(shared: FormShared, owner: OrgType | None) -> Signature | None:
    """The standing body's confirmation, signed by the leader named at set-up; None for itself."""
    ws, settings = shared.ws, shared.settings
    unit = ws.unit_name.upper()
    title = settings.get("signer_title", "")
    if StandingBody(ws.standing_body) is StandingBody.PARTY_BUILDING:
        if owner is OrgType.PARTY_COMMITTEE:
            return None
        caption = [f"XÁC NHẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY {unit}"]
        lines = signer_lines("BAN THƯỜNG VỤ", title or "Bí thư", party=True)
    else:
        if owner is OrgType.FATHERLAND_FRONT:
            return None
        caption = [f"XÁC NHẬN CỦA BAN THƯỜNG TRỰC ỦY BAN MTTQ {unit}"]
        lines = signer_lines("BAN THƯỜNG TRỰC", title or "Chủ tịch", party=False)
    return Signature([*caption, *lines], SEALED, settings.get("signer_name", ""))


def _party(shared: FormShared, owner: OrgType | None) -> Signature | None:
    """The Party confirmation: the cấp ủy above the owner; none for a Party committee itself."""
    party_standing = StandingBody(shared.ws.standing_body) is StandingBody.PARTY_BUILDING
    if owner is OrgType.PARTY_COMMITTEE:
        return None
    if owner is OrgType.PARTY_CELL:
        # A chi bộ does not confirm itself: the Đảng ủy xã above it does (its standing
        # committee already does so when it runs the movement).
        if party_standing:
            return None
        return Signature(["XÁC NHẬN CỦA ĐẢNG ỦY", shared.ws.unit_name.upper()], SEALED)
    return Signature(["XÁC NHẬN CỦA CẤP ỦY", "(CHI BỘ, ĐẢNG ỦY)"], SEALED)


def _head(shared: FormShared, owner: OrgType | None) -> Signature:
    """How the owning body's head signs; the leader named at set-up when it is the standing body."""
    settings = shared.settings
    party_standing = StandingBody(shared.ws.standing_body) is StandingBody.PARTY_BUILDING
    is_standing = (party_standing and owner is OrgType.PARTY_COMMITTEE) or (
        not party_standing and owner is OrgType.FATHERLAND_FRONT
    )
    if is_standing:
        behalf = "BAN THƯỜNG VỤ" if party_standing else "BAN THƯỜNG TRỰC"
        default = "Bí thư" if party_standing else "Chủ tịch"
        lines = signer_lines(behalf, settings.get("signer_title") or default, party=party_standing)
        return Signature(lines, SEALED, settings.get("signer_name", ""))
    if owner in _HEADS:
        return Signature(_HEADS[owner], SEALED)
    return Signature(["THỦ TRƯỞNG ĐƠN VỊ"], SEALED)


def form_context(
    session: Session,
    row: DvkModel,
    *,
    date: dt.date | None = None,
    shared: FormShared | None = None,
    evidence: Sequence[EvidenceLine] | None = None,
) -> FormContext:
    """Resolve the header, people, captions and evidence of a model's registration form."""
    shared = shared or FormShared.load(session)
    ws, settings = shared.ws, shared.settings
    place = settings.get("place_name") or short_name(ws.unit_name)
    unit = lower_first(ws.unit_name)
    owner = row.owner_org
    org_type = OrgType(owner.org_type) if owner else None
    style = org_type.doc_style if org_type else DocStyle.STATE
    if owner is None:  # an individual without an owning body: the commune's Front certifies
        body, superior = f"Ủy ban MTTQ Việt Nam {unit}", ""
    elif org_type is OrgType.PARTY_COMMITTEE:
        body, superior = owner.name, shared.province_party
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
    confirmations = [s for s in (_party(shared, org_type), _standing(shared, org_type)) if s]
    return FormContext(
        issuer=issuer,
        owner_type=org_type.label if org_type else "",
        holder=_person(row.holder),
        lead=_person(row.lead),
        preparer_name=settings.get("preparer_name", ""),
        head=_head(shared, org_type),
        confirmations=confirmations,
        unit_label=shared.unit_labels.get(row.source_unit_code, ""),
        evidence=evidence if evidence is not None else evidence_by_model(session, [row.id])[row.id],
        continues_label=f"{row.continues.code} — {row.continues.name}" if row.continues else "",
        replicated_label=row.replicated_from.name if row.replicated_from else "",
    )
