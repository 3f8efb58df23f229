"""Locks that climb the levels: the commune head's sign-off, the upper level's lock, who may step.

The rules are in :mod:`dvk_desktop.domain.ownership`; this module reads what they look at (the
latest review, the sign-offs) inside the caller's session and records sign-offs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import ownership, readiness
from dvk_desktop.domain.review import MAX_ACTOR, ReviewState
from dvk_desktop.domain.text import clean, format_date
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import audit, review_log
from dvk_desktop.storage.models import DvkModel, ModelSignOff, Setting, Workspace, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle

SIGN_OFF_SETTING = "sign_off_required"  # "1": a proposal needs the head's sign-off first


@dataclass(frozen=True)
class LockInfo:
    """What locks a model now, in Vietnamese, for the editor's banner and the CLI."""

    level: str  # "" (not locked), "xa" (the commune head's sign-off), "cap_tren" (upper level)
    reason: str
    signed_by: str = ""
    signed_version: int | None = None

    @property
    def locked(self) -> bool:
        """Whether the registration cannot be edited directly."""
        return bool(self.level)


def review_of(session: Session, row: DvkModel) -> ReviewState | None:
    """The newest review verdict on ``row`` (the parent's, at a commune)."""
    return review_log.latest_state(session, row.id)


def active_sign_off(session: Session, row: DvkModel) -> ModelSignOff | None:
    """The sign-off of the model's current version, if one stands."""
    stmt = (
        select(ModelSignOff)
        .where(
            ModelSignOff.model_id == row.id,
            ModelSignOff.version == row.version,
            ModelSignOff.withdrawn_at.is_(None),
        )
        .order_by(ModelSignOff.id.desc())
    )
    return session.scalars(stmt).first()


@dataclass(frozen=True)
class SignOffView:
    """A model's standing sign-off, as either level shows it beside the dossier."""

    signer: str
    position: str
    version: int
    at: dt.datetime
    current: bool  # of the version held now (False: the registration changed since)


def standing_sign_off(session: Session, row: DvkModel) -> SignOffView | None:
    """The newest sign-off not withdrawn (at the upper level: the commune's, as received)."""
    signed = session.scalars(
        select(ModelSignOff)
        .where(ModelSignOff.model_id == row.id, ModelSignOff.withdrawn_at.is_(None))
        .order_by(ModelSignOff.version.desc(), ModelSignOff.id.desc())
    ).first()
    if signed is None:
        return None
    return SignOffView(
        signed.signer, signed.position, signed.version, signed.at, signed.version == row.version
    )


def sign_off_text(view: SignOffView | None) -> str:
    """The sign-off in one line, for the model's page at either level and the CLI."""
    if view is None:
        return _t("chưa được lãnh đạo đơn vị ký duyệt")
    who = f"{view.signer} ({view.position})" if view.position else view.signer
    local = view.at.replace(tzinfo=dt.UTC).astimezone().date()
    text = _t(
        "{who}, phiên bản {version}, ngày {date}",
        who=who, version=view.version, date=format_date(local),
    )  # fmt: skip
    if view.current:
        return text
    return _t("{text}; bản đăng ký đã sửa sau đó, chưa ký duyệt lại", text=text)


def sign_off_of(handle: WorkspaceHandle, uuid: str) -> SignOffView | None:
    """The standing sign-off of model ``uuid`` (None: never signed, or withdrawn)."""
    with handle.sessions() as session:
        row = session.scalars(select(DvkModel).where(DvkModel.uuid == uuid)).first()
        return standing_sign_off(session, row) if row is not None else None


def lock_of(session: Session, row: DvkModel) -> LockInfo:
    """What locks ``row``'s registration now (the upper level first: it is the higher lock)."""
    status = Status(row.status)
    why = ownership.upper_lock(status, review_of(session, row))
    if why is not None:
        return LockInfo("cap_tren", why)
    if status is Status.PROPOSED:
        return LockInfo("cap_tren", str(readiness.edit_lock_reason(status)))
    signed = active_sign_off(session, row)
    if signed is not None and status in readiness.EDITABLE_STATUSES:
        return LockInfo(
            "xa",
            _t(
                "Bản đăng ký phiên bản {version} đã được {signer} ký duyệt: muốn sửa hãy rút ký "
                "duyệt trước.",
                version=row.version,
                signer=signed.signer,
            ),
            signed.signer,
            signed.version,
        )
    return LockInfo("", "", signed.signer if signed else "", signed.version if signed else None)


def check_commune_step(session: Session, row: DvkModel, target: Status) -> None:
    """Refuse a commune step that would undo the upper level's work; check the sign-off."""
    source = Status(row.status)
    if not ownership.commune_step_allowed(source, target, review_of(session, row)):
        why = ownership.upper_lock(source, review_of(session, row))
        raise ValidationError(
            _t(
                "Không thể tự chuyển mô hình {code} từ “{source}” sang “{target}”. {why}",
                code=row.code,
                source=source.label,
                target=target.label,
                why=why or "",
            ),
            hint=_t("Hãy gửi yêu cầu thay đổi trạng thái; cấp trên chấp nhận thì mới có hiệu lực."),
        )
    needs = target is Status.PROPOSED and sign_off_required(session)
    if needs and active_sign_off(session, row) is None:
        raise ValidationError(
            _t(
                "Mô hình {code} chưa được lãnh đạo đơn vị ký duyệt (phiên bản {version}) nên chưa "
                "đề nghị công nhận được.",
                code=row.code,
                version=row.version,
            ),
            hint=_t("Hãy để lãnh đạo đơn vị ký duyệt bản đăng ký rồi đề nghị công nhận."),
        )


def sign_off_required(session: Session) -> bool:
    """Whether this workspace asks for the head's sign-off before a proposal."""
    row = session.get(Setting, SIGN_OFF_SETTING)
    return row is not None and row.value == "1"


def set_sign_off_required(handle: WorkspaceHandle, required: bool) -> None:
    """Turn the sign-off requirement on or off for this workspace."""
    with handle.sessions() as session, session.begin():
        row = session.get(Setting, SIGN_OFF_SETTING)
        if row is None:
            session.add(Setting(key=SIGN_OFF_SETTING, value="1" if required else "0"))
        else:
            row.value = "1" if required else "0"


def sign_off_in_session(
    session: Session, row: DvkModel, *, signer: str, position: str = ""
) -> ModelSignOff:
    """Record the head's sign-off of ``row``'s current version (the commune's own model)."""
    ws = session.scalars(select(Workspace)).one()
    name = clean(signer)
    if row.source_unit_code != ws.unit_code:
        raise ValidationError(
            _t("Chỉ đơn vị đăng ký mới ký duyệt được bản đăng ký của mình; ở đây chỉ xem.")
        )
    if not name:
        raise ValidationError(_t("Hãy ghi họ tên người ký duyệt."), field="signer")
    if len(name) > MAX_ACTOR:
        raise ValidationError(
            _t("Họ tên người ký duyệt dài quá {limit} ký tự.", limit=MAX_ACTOR), field="signer"
        )
    status = Status(row.status)
    if status not in readiness.EDITABLE_STATUSES:
        raise ValidationError(
            _t("Mô hình đang “{status}”: không còn gì để ký duyệt ở cấp xã.", status=status.label),
        )
    if active_sign_off(session, row) is not None:
        raise ValidationError(
            _t("Phiên bản {version} của mô hình đã được ký duyệt.", version=row.version)
        )
    signed = ModelSignOff(
        model_id=row.id, version=row.version, signer=name, position=clean(position)[:200]
    )
    session.add(signed)
    audit.record(
        session, action="sign_off", entity="model", entity_uuid=row.uuid, actor=name,
        after={"version": row.version, "signer": name, "position": signed.position},
    )  # fmt: skip
    return signed


def withdraw_in_session(session: Session, row: DvkModel, *, actor: str) -> None:
    """Withdraw the standing sign-off so the registration can be edited again (history kept)."""
    signed = active_sign_off(session, row)
    if signed is None:
        raise ValidationError(_t("Mô hình chưa được ký duyệt nên không có gì để rút."))
    if Status(row.status) not in readiness.EDITABLE_STATUSES:
        raise ValidationError(_t("Mô hình đã gửi cấp trên: không rút ký duyệt được nữa."))
    signed.withdrawn_at = utcnow()
    audit.record(
        session, action="sign_off_withdrawn", entity="model", entity_uuid=row.uuid, actor=actor,
        before={"version": signed.version, "signer": signed.signer},
    )  # fmt: skip
