"""Whose keys this workspace trusts: enrolled children, the pinned parent; rotation, revocation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.text import clean
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.services import audit
from dvk_desktop.storage.models import TrustedKey, utcnow

CHILD, PARENT = "child", "parent"


@dataclass(frozen=True)
class TrustedKeyView:
    """A trusted key as listed."""

    unit_code: str
    unit_name: str
    relation: str
    fingerprint: str
    public_key: str
    key_id: str
    age_recipient: str
    enrolled_at: dt.datetime
    revoked_at: dt.datetime | None
    replaced: bool

    @property
    def active(self) -> bool:
        """Whether packages signed with this key are accepted."""
        return self.revoked_at is None and not self.replaced


def _view(k: TrustedKey) -> TrustedKeyView:
    return TrustedKeyView(
        k.unit_code, k.unit_name, k.relation, k.fingerprint, k.public_key, k.key_id,
        k.age_recipient, k.enrolled_at, k.revoked_at, k.replaced_by_id is not None,
    )  # fmt: skip


def active_key(session: Session, unit_code: str, relation: str) -> TrustedKey | None:
    """The key currently trusted for ``unit_code`` (one per unit), if any."""
    return session.scalars(
        select(TrustedKey).where(
            TrustedKey.unit_code == unit_code,
            TrustedKey.relation == relation,
            TrustedKey.revoked_at.is_(None),
            TrustedKey.replaced_by_id.is_(None),
        )
    ).first()


def find_key(session: Session, public_key: str) -> TrustedKey | None:
    """Any key record (active, revoked or replaced) with this public key."""
    return session.scalars(select(TrustedKey).where(TrustedKey.public_key == public_key)).first()


def enrol(
    session: Session,
    *,
    unit_code: str,
    unit_name: str,
    relation: str,
    public_key: str,
    key_id: str,
    age_recipient: str,
    fingerprint: str,
    actor: str | None = None,
) -> TrustedKey:
    """Trust a unit's key; refuse if the unit already has an active key (rotate or revoke it)."""
    if relation not in (CHILD, PARENT):
        raise ValueError(relation)
    existing = find_key(session, public_key)
    if existing is not None:
        state = "đã bị thu hồi" if existing.revoked_at else "đã được ghi nhận"
        raise ValidationError(
            f"Khóa này {state} cho đơn vị {existing.unit_name or existing.unit_code}.",
            hint="Mỗi khóa chỉ được ghi nhận một lần; khóa đã thu hồi không dùng lại được.",
        )
    current = active_key(session, unit_code, relation)
    if current is not None:
        raise ValidationError(
            f"Đơn vị {current.unit_name or unit_code} đã có khóa đang dùng "
            f"(vân tay {current.fingerprint}).",
            hint="Hãy thu hồi khóa cũ trước (dvk trust revoke), hoặc để đơn vị gửi gói đổi khóa.",
        )
    if relation == PARENT:
        other = session.scalars(
            select(TrustedKey).where(
                TrustedKey.relation == PARENT,
                TrustedKey.revoked_at.is_(None),
                TrustedKey.replaced_by_id.is_(None),
            )
        ).first()
        if other is not None:
            raise ValidationError(
                f"Đã ghi nhận khóa của cấp trên {other.unit_name or other.unit_code}.",
                hint="Thu hồi khóa cấp trên cũ trước khi ghi nhận cấp trên mới.",
            )
    row = TrustedKey(
        unit_code=clean(unit_code),
        unit_name=clean(unit_name),
        relation=relation,
        public_key=public_key,
        key_id=key_id,
        age_recipient=age_recipient,
        fingerprint=fingerprint,
        confirmed=True,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        action="enrol",
        entity="trusted_key",
        entity_uuid=str(row.id),
        actor=actor,
        after={"unit_code": unit_code, "relation": relation, "fingerprint": fingerprint},
    )
    return row


def revoke(
    session: Session,
    unit_code: str,
    *,
    relation: str = CHILD,
    reason: str = "",
    actor: str | None = None,
) -> TrustedKey:
    """Stop trusting a unit's active key: its packages are refused whatever date they claim."""
    key = active_key(session, unit_code, relation)
    if key is None:
        raise NotFoundError(f"Đơn vị mã {unit_code} chưa có khóa nào đang được tin cậy.")
    key.revoked_at = utcnow()
    key.revoked_reason = clean(reason)
    audit.record(
        session,
        action="revoke",
        entity="trusted_key",
        entity_uuid=str(key.id),
        actor=actor,
        after={"unit_code": unit_code, "reason": key.revoked_reason},
    )
    return key


def rotate(
    session: Session,
    old: TrustedKey,
    *,
    public_key: str,
    key_id: str,
    age_recipient: str,
    fingerprint: str,
    actor: str | None = None,
) -> TrustedKey:
    """Replace ``old`` by a new key that ``old`` itself announced (the caller verified that)."""
    if find_key(session, public_key) is not None:
        raise ValidationError("Khóa mới trong gói đổi khóa đã từng được dùng.")
    new = TrustedKey(
        unit_code=old.unit_code, unit_name=old.unit_name, relation=old.relation,
        public_key=public_key, key_id=key_id, age_recipient=age_recipient,
        fingerprint=fingerprint, confirmed=True,
    )  # fmt: skip
    session.add(new)
    session.flush()
    old.replaced_by_id = new.id
    audit.record(
        session,
        action="rotate",
        entity="trusted_key",
        entity_uuid=str(new.id),
        actor=actor,
        before={"fingerprint": old.fingerprint},
        after={"fingerprint": fingerprint},
    )
    return new


def list_keys(session: Session) -> list[TrustedKeyView]:
    """Every key record, active first."""
    rows = session.scalars(select(TrustedKey).order_by(TrustedKey.unit_code, TrustedKey.id))
    views = [_view(k) for k in rows]
    return sorted(views, key=lambda v: (not v.active, v.unit_code))
