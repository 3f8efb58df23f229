"""What a model's editor shows about its locks: who locked it, which steps are barred and why.

The rules are in :mod:`dvk_desktop.domain.ownership` and :mod:`dvk_desktop.services.locks`;
this module reads them for one model in one session, and records the head's sign-off in its
own transaction, so the GUI never opens a session itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from dvk_desktop.domain import lifecycle, ownership, readiness
from dvk_desktop.domain.ownership import ChangeState
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import Status, WorkspaceRole
from dvk_desktop.services import ledger, locks
from dvk_desktop.services.models import get_row
from dvk_desktop.storage.models import ChangeRequest, Evidence, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class EditorLock:
    """One model's locks as the registering unit's editor shows them."""

    own: bool  # this workspace registered the model (else it only reads it)
    status: Status
    review: ReviewState | None
    level: str  # "" | "xa" (the head's sign-off) | "cap_tren" (the upper level)
    reason: str  # the core's Vietnamese reason ("" when not locked)
    requests_change: bool  # saving sends a change request instead of editing
    signed_by: str = ""
    signed_version: int | None = None
    sign_off_required: bool = False
    can_sign_off: bool = False
    blocked: dict[Status, str] = field(default_factory=dict)  # step target -> why not
    pending: int = 0  # change requests waiting for the upper level
    # Evidence the upper level has not confirmed holding: attached since it decided, so a
    # request shows it as added.
    new_evidence: frozenset[str] = frozenset()

    @property
    def decided(self) -> bool:
        """Whether the upper level decided on the model (recognised, awarded…)."""
        return self.status in ownership.DECIDED


def editor_lock(handle: WorkspaceHandle, uuid: str) -> EditorLock:
    """Read ``uuid``'s locks, barred steps, sign-off and pending requests (no write)."""
    with handle.sessions() as session:
        ws = session.scalars(select(Workspace)).one()
        row = get_row(session, uuid)
        status = Status(row.status)
        review = locks.review_of(session, row)
        own = row.source_unit_code == ws.unit_code
        lock = locks.lock_of(session, row)
        required = locks.sign_off_required(session)
        signed = locks.active_sign_off(session, row)
        blocked: dict[Status, str] = {}
        if own:
            for step in lifecycle.allowed_targets(status, WorkspaceRole.COMMUNE):
                if not ownership.commune_step_allowed(status, step.target, review):
                    blocked[step.target] = ownership.upper_lock(status, review) or ""
                elif step.target is Status.PROPOSED and required and signed is None:
                    blocked[step.target] = (
                        f"Mô hình chưa được lãnh đạo đơn vị ký duyệt (phiên bản {row.version}) "
                        "nên chưa đề nghị công nhận được."
                    )
        pending = session.scalar(
            select(func.count(ChangeRequest.id)).where(
                ChangeRequest.model_id == row.id,
                ChangeRequest.state == ChangeState.PENDING.value,
            )
        )
        new_evidence: frozenset[str] = frozenset()
        if own and ws.parent_unit_code and lock.level == "cap_tren":
            held = {
                e.sha256
                for e in session.scalars(
                    select(Evidence).where(
                        Evidence.model_id == row.id, Evidence.removed_at.is_(None)
                    )
                )
            }
            new_evidence = frozenset(held - ledger.acknowledged(session, ws.parent_unit_code))
        return EditorLock(
            own=own, status=status, review=review, level=lock.level, reason=lock.reason,
            # Decided or judged: a change goes to the upper level as a request. Merely
            # proposed, the model is still the commune's to ask back ("trả lại để bổ sung").
            requests_change=own and ownership.upper_lock(status, review) is not None,
            signed_by=signed.signer if signed else "",
            signed_version=signed.version if signed else None,
            sign_off_required=required,
            can_sign_off=own and status in readiness.EDITABLE_STATUSES and signed is None,
            blocked=blocked, pending=int(pending or 0), new_evidence=new_evidence,
        )  # fmt: skip


def sign_off(handle: WorkspaceHandle, uuid: str, *, signer: str, position: str = "") -> int:
    """Record the head's sign-off of the model's current version; return that version."""
    with handle.sessions() as session, session.begin():
        signed = locks.sign_off_in_session(
            session, get_row(session, uuid), signer=signer, position=position
        )
        return signed.version


def withdraw_sign_off(handle: WorkspaceHandle, uuid: str, *, actor: str) -> None:
    """Withdraw the standing sign-off so the registration can be edited again."""
    with handle.sessions() as session, session.begin():
        locks.withdraw_in_session(session, get_row(session, uuid), actor=actor)
