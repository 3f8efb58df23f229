"""The model lifecycle: which status may follow which, who may make each step, what it needs."""

from __future__ import annotations

from dataclasses import dataclass

from dvk_desktop.domain.vocab import DecisionKind, Status, WorkspaceRole
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

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


def _step(
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
    _step(S.REGISTERED, S.IMPLEMENTING, {OWN}, "Bắt đầu thực hiện", complete=True),
    _step(S.IMPLEMENTING, S.INTERIM_REVIEWED, {OWN}, "Sơ kết"),
    _step(S.IMPLEMENTING, S.PROPOSED, {OWN}, "Đề nghị công nhận", complete=True),
    _step(S.INTERIM_REVIEWED, S.IMPLEMENTING, {OWN}, "Tiếp tục thực hiện"),
    _step(S.INTERIM_REVIEWED, S.PROPOSED, {OWN}, "Đề nghị công nhận", complete=True),
    _step(S.PROPOSED, S.IMPLEMENTING, {UPPER}, "Trả lại để bổ sung"),
    _step(S.PROPOSED, S.RECOGNISED, {UPPER}, "Công nhận", decision=DecisionKind.RECOGNITION),
    _step(
        S.PROPOSED, S.NOT_ACHIEVED, {UPPER}, "Không công nhận", decision=DecisionKind.NOT_ACHIEVED
    ),
    _step(S.NOT_ACHIEVED, S.IMPLEMENTING, {OWN}, "Tiếp tục thực hiện"),
    _step(S.RECOGNISED, S.EXEMPLARY, {UPPER}, "Chọn tiêu biểu", decision=DecisionKind.EXEMPLARY),
    _step(S.EXEMPLARY, S.PROPOSED_AWARD, {OWN, UPPER}, "Đề nghị khen thưởng"),
    _step(S.PROPOSED_AWARD, S.EXEMPLARY, {UPPER}, "Không khen thưởng"),
    _step(S.PROPOSED_AWARD, S.AWARDED, {UPPER}, "Khen thưởng", decision=DecisionKind.AWARD),
    *(
        _step(src, S.REPLICATED, {UPPER}, "Nhân rộng", decision=DecisionKind.REPLICATION)
        for src in (S.RECOGNISED, S.EXEMPLARY, S.AWARDED)
    ),
    *(_step(src, S.STOPPED, {OWN, UPPER}, "Dừng / loại bỏ") for src in (*_ACTIVE, S.RECOGNISED)),
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
            _t("Từ trạng thái này có thể chuyển sang: {choices}.", choices=choices)
            if choices
            else _t("Mô hình ở trạng thái này không thể chuyển tiếp.")
        )
        raise ValidationError(
            _t(
                "Không thể chuyển mô hình từ “{source}” sang “{target}”.",
                source=source.label,
                target=target.label,
            ),
            hint=hint,
        )
    if role not in transition.roles:
        who = _t("cấp trên") if role is OWN else _t("đơn vị đăng ký (cấp xã)")
        raise ValidationError(
            _t(
                "Bước “{verb}” ({source} → {target}) chỉ {who} mới được thực hiện.",
                verb=transition.verb,
                source=source.label,
                target=target.label,
                who=who,
            ),
            hint=_t("Việc này thuộc thẩm quyền của cấp khác; hãy gửi hoặc chờ gói dữ liệu."),
        )
    if transition.decision is not None and not has_decision:
        raise ValidationError(
            _t(
                "Bước “{verb}” cần có quyết định kèm theo (số, ngày ký, cơ quan ban hành).",
                verb=transition.verb,
            ),
            hint=_t("Hãy nhập quyết định trước khi chuyển trạng thái."),
        )
    return transition


def is_final(status: Status) -> bool:
    """Whether no further step is possible from ``status``."""
    return not any(t.source is status for t in TRANSITIONS)
