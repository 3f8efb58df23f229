"""Whose keys this workspace trusts: enrolled children, the pinned parent; rotation, revocation."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.office import Action
from dvk_desktop.domain.text import clean
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t, per_interface
from dvk_desktop.services import access, audit
from dvk_desktop.storage.models import AuditEntry, TrustedKey, utcnow

CHILD, PARENT = "child", "parent"
# The audit action that lets one package signed by a revoked key through (packages.md).
ACCEPT_REVOKED = "accept_revoked"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


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


def parent_key(session: Session) -> TrustedKey | None:
    """The upper level's key this workspace has pinned, if any (packages are sent to it)."""
    return session.scalars(
        select(TrustedKey).where(
            TrustedKey.relation == PARENT,
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
    access.require(session, Action.KEYS)
    existing = find_key(session, public_key)
    if existing is not None:
        state = "đã bị thu hồi" if existing.revoked_at else "đã được ghi nhận"
        raise ValidationError(
            _t(
                "Khóa này {state} cho đơn vị {value}.",
                state=state,
                value=existing.unit_name or existing.unit_code,
            ),
            hint=_t("Mỗi khóa chỉ được ghi nhận một lần; khóa đã thu hồi không dùng lại được."),
        )
    current = active_key(session, unit_code, relation)
    if current is not None:
        raise ValidationError(
            _t(
                "Đơn vị {value} đã có khóa đang dùng (vân tay {fingerprint}).",
                value=current.unit_name or unit_code,
                fingerprint=current.fingerprint,
            ),
            hint=per_interface(
                cli=_t(
                    "Hãy thu hồi khóa cũ trước (dvk trust revoke), hoặc để đơn vị gửi gói đổi "
                    "khóa.",
                ),
                gui=_t(
                    "Hãy thu hồi khóa cũ trước (trang Đơn vị cấp dưới → Thu hồi khóa…), hoặc để "
                    "đơn vị gửi gói đổi khóa.",
                ),
            ),
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
                _t(
                    "Đã ghi nhận khóa của cấp trên {value}.",
                    value=other.unit_name or other.unit_code,
                ),
                hint=_t("Thu hồi khóa cấp trên cũ trước khi ghi nhận cấp trên mới."),
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
    access.require(session, Action.KEYS)
    key = active_key(session, unit_code, relation)
    if key is None:
        raise NotFoundError(
            _t(
                "Đơn vị mã {unit_code} chưa có khóa nào đang được tin cậy.",
                unit_code=unit_code,
            )
        )
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
        raise ValidationError(_t("Khóa mới trong gói đổi khóa đã từng được dùng."))
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


def accept_revoked(
    session: Session, package_sha256: str, *, reason: str, actor: str | None = None
) -> None:
    """Let one package signed by a revoked key be imported, by its hash; logged with a reason.

    Anything else the revoked key signed stays refused whatever date it claims: the hash is
    that of the signed tag manifest, so no other content can carry the same one.
    """
    access.require(session, Action.KEYS)
    sha = package_sha256.strip().lower()
    if not _SHA256.fullmatch(sha):
        raise ValidationError(
            _t("Mã gói phải là 64 chữ số thập lục phân (mã SHA-256 ghi trong báo cáo từ chối).")
        )
    why = clean(reason)
    if not why:
        raise ValidationError(_t("Cần ghi lý do chấp nhận gói ký bằng khóa đã thu hồi."))
    if revoked_accepted(session, sha):
        return
    audit.record(
        session,
        action=ACCEPT_REVOKED,
        entity="package",
        entity_uuid=sha[:36],  # the column holds 36 characters; the whole hash is in after
        actor=actor,
        after={"package_sha256": sha, "reason": why},
    )


def revoked_accepted(session: Session, package_sha256: str) -> bool:
    """Whether an administrator accepted this exact package although its key is revoked."""
    rows = session.scalars(
        select(AuditEntry.after_json).where(
            AuditEntry.action == ACCEPT_REVOKED, AuditEntry.entity_uuid == package_sha256[:36]
        )
    )
    for row in rows:
        try:
            if json.loads(row).get("package_sha256") == package_sha256:
                return True
        except (ValueError, AttributeError):
            continue
    return False
