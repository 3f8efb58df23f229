"""The model lifecycle: which status may follow which, who may make each step, what it needs."""

from __future__ import annotations

from dataclasses import dataclass

from dvk_desktop.domain.vocab import DecisionKind, Status, WorkspaceRole
from dvk_desktop.errors import ValidationError

S = Status
OWN = WorkspaceRole.COMMUNE  # the unit that registered the model
UPPER = WorkspaceRole.UPPER  # the level that reviews it


@dataclass(frozen=True)
class Transition:
    """One allowed step of the lifecycle."""

    source: Status
    target: Status
    roles: frozenset[WorkspaceRole]
    decision: DecisionKind | None = None  # a decision (number, date, issuer) must back this step
    needs_complete_registration: bool = False  # the registration must pass submission checks
    verb: str = ""


def _t(
    source: Status,
    target: Status,
    roles: set[WorkspaceRole],
    verb: str,
    *,
    decision: DecisionKind | None = None,
    complete: bool = False,
) -> Transition:
    return Transition(source, target, frozenset(roles), decision, complete, verb)


_ACTIVE = (S.REGISTERED, S.IMPLEMENTING, S.INTERIM_REVIEWED, S.PROPOSED, S.NOT_ACHIEVED)

TRANSITIONS: tuple[Transition, ...] = (
    _t(S.REGISTERED, S.IMPLEMENTING, {OWN}, "Bắt đầu thực hiện", complete=True),
    _t(S.IMPLEMENTING, S.INTERIM_REVIEWED, {OWN}, "Sơ kết"),
    _t(S.IMPLEMENTING, S.PROPOSED, {OWN}, "Đề nghị công nhận", complete=True),
    _t(S.INTERIM_REVIEWED, S.IMPLEMENTING, {OWN}, "Tiếp tục thực hiện"),
    _t(S.INTERIM_REVIEWED, S.PROPOSED, {OWN}, "Đề nghị công nhận", complete=True),
    _t(S.PROPOSED, S.IMPLEMENTING, {UPPER}, "Trả lại để bổ sung"),
    _t(S.PROPOSED, S.RECOGNISED, {UPPER}, "Công nhận", decision=DecisionKind.RECOGNITION),
    _t(S.PROPOSED, S.NOT_ACHIEVED, {UPPER}, "Không công nhận", decision=DecisionKind.NOT_ACHIEVED),
    _t(S.NOT_ACHIEVED, S.IMPLEMENTING, {OWN}, "Tiếp tục thực hiện"),
    _t(S.RECOGNISED, S.EXEMPLARY, {UPPER}, "Chọn tiêu biểu", decision=DecisionKind.EXEMPLARY),
    _t(S.EXEMPLARY, S.PROPOSED_AWARD, {OWN, UPPER}, "Đề nghị khen thưởng"),
    _t(S.PROPOSED_AWARD, S.EXEMPLARY, {UPPER}, "Không khen thưởng"),
    _t(S.PROPOSED_AWARD, S.AWARDED, {UPPER}, "Khen thưởng", decision=DecisionKind.AWARD),
    *(
        _t(src, S.REPLICATED, {UPPER}, "Nhân rộng", decision=DecisionKind.REPLICATION)
        for src in (S.RECOGNISED, S.EXEMPLARY, S.AWARDED)
    ),
    *(_t(src, S.STOPPED, {OWN, UPPER}, "Dừng / loại bỏ") for src in (*_ACTIVE, S.RECOGNISED)),
)

_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}


def allowed_targets(source: Status, role: WorkspaceRole) -> list[Transition]:
    """Return the steps this role may take from ``source``, in a stable order."""
    return [t for t in TRANSITIONS if t.source is source and role in t.roles]


def check_transition(
    source: Status,
    target: Status,
    role: WorkspaceRole,
    *,
    has_decision: bool = False,
) -> Transition:
    """Return the transition if ``role`` may move a model from ``source`` to ``target``.

    Raises :class:`ValidationError` with a Vietnamese message otherwise.
    """
    transition = _BY_PAIR.get((source, target))
    if transition is None:
        choices = ", ".join(f"“{t.target.label}”" for t in allowed_targets(source, role))
        hint = (
            f"Từ trạng thái này có thể chuyển sang: {choices}."
            if choices
            else ("Mô hình ở trạng thái này không thể chuyển tiếp.")
        )
        raise ValidationError(
            f"Không thể chuyển mô hình từ “{source.label}” sang “{target.label}”.", hint=hint
        )
    if role not in transition.roles:
        who = "cấp trên" if role is OWN else "đơn vị đăng ký (cấp xã)"
        raise ValidationError(
            f"Bước “{transition.verb}” ({source.label} → {target.label}) "
            f"chỉ {who} mới được thực hiện.",
            hint="Việc này thuộc thẩm quyền của cấp khác; hãy gửi hoặc chờ gói dữ liệu.",
        )
    if transition.decision is not None and not has_decision:
        raise ValidationError(
            f"Bước “{transition.verb}” cần có quyết định kèm theo (số, ngày ký, cơ quan ban hành).",
            hint="Hãy nhập quyết định trước khi chuyển trạng thái.",
        )
    return transition


def is_final(status: Status) -> bool:
    """Whether no further step is possible from ``status``."""
    return not any(t.source is status for t in TRANSITIONS)
