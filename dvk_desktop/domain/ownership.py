"""Which part of a model each level owns, when it is locked, and what a change request changes.

The **commune** owns its registration (text, classification, indicators), its progress reports
and its evidence; its ``version`` counts changes to that part and only the commune raises it
(or the upper level, when it accepts one of the commune's own change requests). The **upper
level** owns review verdicts, score sheets, decisions and the statuses it sets; its
``upper_version`` counts changes to that part. Each side compares only its own counter, so an
edit on one side can never make the other side's next package look stale.

Locks climb the levels as DHIS2's data approval does: a commune head's sign-off locks the
registration at the commune (a proposal needs one when the workspace asks for it); once the
upper level accepted the model for evaluation, recognised it or decided on it, the commune may
no longer change its registration or undo its status. A later change is sent as a change
request, which the upper level accepts or rejects, field by field in view.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, Status
from dvk_desktop.messages import _t
from dvk_desktop.messages import label as fixed_word

# Statuses the upper level reached by a decision: the registration is what it decided on.
DECIDED = frozenset(
    {Status.RECOGNISED, Status.EXEMPLARY, Status.PROPOSED_AWARD, Status.AWARDED, Status.REPLICATED}
)
# Review verdicts after which the dossier is the upper level's to judge (accepted or refused).
JUDGED = frozenset({ReviewState.ACCEPTED, ReviewState.NOT_ACCEPTED})
# Commune steps that move a locked model forward without undoing the upper level's work.
FORWARD_UNDER_LOCK = frozenset({(Status.EXEMPLARY, Status.PROPOSED_AWARD)})

MAX_REASON = 4000


class ChangeState(StrEnum):
    """Where a change request stands (stored codes, Vietnamese labels)."""

    PENDING = "cho_xem_xet"
    ACCEPTED = "chap_nhan"
    REJECTED = "tu_choi"

    @property
    def label(self) -> str:
        """The Vietnamese label shown to users."""
        return {
            ChangeState.PENDING: "Chờ cấp trên xem xét",
            ChangeState.ACCEPTED: "Cấp trên đã chấp nhận",
            ChangeState.REJECTED: "Cấp trên không chấp nhận",
        }[self]


def upper_lock(status: Status, review: ReviewState | None) -> str | None:
    """Why the upper level's work locks a model in ``status`` (None when it does not)."""
    if status in DECIDED:
        return (
            f"Cấp trên đã quyết định “{status.label}” cho mô hình này: đơn vị không tự sửa bản "
            "đăng ký hay đổi trạng thái được nữa; hãy gửi yêu cầu thay đổi để cấp trên xem xét."
        )
    if status is Status.PROPOSED and review in JUDGED:
        return (
            f"Cấp trên đã thẩm định hồ sơ “{review.label}”: đơn vị không tự sửa bản đăng ký "
            "hay rút đề nghị được nữa; hãy gửi yêu cầu thay đổi để cấp trên xem xét."
        )
    return None


def commune_step_allowed(source: Status, target: Status, review: ReviewState | None) -> bool:
    """Whether the commune may take the lifecycle step ``source`` → ``target`` by itself."""
    return upper_lock(source, review) is None or (source, target) in FORWARD_UNDER_LOCK


# The registration as a change request shows it: field key -> Vietnamese label, in form order.
REGISTRATION_LABELS: dict[str, str] = {
    "name": TEXT_FIELDS["name"][0],
    "model_type": _t("Loại mô hình"),
    "field": _t("Lĩnh vực"),
    "novelty": _t("Mới / duy trì"),
    "year": _t("Năm"),
    **{k: label for k, (label, _limit) in TEXT_FIELDS.items() if k != "name"},
    "start_date": _t("Ngày bắt đầu"),
    "end_date": _t("Ngày kết thúc"),
    "evaluation_date": _t("Ngày đánh giá kết quả"),
    **BUDGET_SOURCES,
    "labour_days": _t("Ngày công"),
    "owner_org_uuid": _t("Đơn vị chủ trì"),
    "holder_person_uuid": _t("Cá nhân thực hiện"),
    "lead_person_uuid": _t("Người phụ trách"),
    "village_uuid": _t("Thôn/tổ dân phố"),
    "coordinating_org_uuids": _t("Đơn vị phối hợp"),
    "sub_topics": _t("Chủ đề"),
}
_ENUMS: dict[str, Any] = {"model_type": ModelType, "field": Field, "novelty": Novelty}


@dataclass(frozen=True)
class FieldChange:
    """One line of a side-by-side view: what changed, the old and the new value as text."""

    key: str
    label: str
    old: str
    new: str


def _shown(key: str, value: Any, names: dict[str, str]) -> str:
    if value is None or value == "" or value == []:
        return ""
    if key in _ENUMS:
        try:
            return fixed_word(_ENUMS[key](value).label)
        except ValueError:
            return str(value)
    if isinstance(value, list):
        return "; ".join(names.get(str(v), str(v)) for v in value)
    if key.endswith("_uuid"):
        return names.get(str(value), str(value))
    if key.endswith("_date"):
        day = str(value)
        return f"{day[8:10]}/{day[5:7]}/{day[0:4]}" if len(day) == 10 else day
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", ".")
    return str(value)


def _indicator_text(i: dict[str, Any]) -> str:
    name, unit = str(i.get("name") or i.get("code")), str(i.get("unit") or "")
    target, actual = str(i.get("target") or ""), str(i.get("actual") or "")
    if actual:
        return _t(
            "{name}: chỉ tiêu {target} {unit}, thực hiện {actual}",
            name=name, target=target, unit=unit, actual=actual,
        )  # fmt: skip
    return _t("{name}: chỉ tiêu {target} {unit}", name=name, target=target, unit=unit)


def diff(
    base: dict[str, Any], proposed: dict[str, Any], names: dict[str, str] | None = None
) -> list[FieldChange]:
    """Field-by-field differences between two change-request sides.

    Each side is a model record (as packages carry it) plus ``status`` and ``evidence`` (a list
    of ``{"sha256", "name", "caption"}``); ``names`` turns uuids into names for display.
    """
    names = names or {}
    out: list[FieldChange] = []
    for key, label in REGISTRATION_LABELS.items():
        old, new = base.get(key), proposed.get(key)
        if old != new:
            out.append(FieldChange(key, label, _shown(key, old, names), _shown(key, new, names)))
    if base.get("status") != proposed.get("status") and proposed.get("status"):
        out.append(
            FieldChange(
                "status", _t("Trạng thái"), _status(base.get("status")), _status(proposed["status"])
            )
        )
    old_ind = {i["code"]: i for i in base.get("indicators") or []}
    new_ind = {i["code"]: i for i in proposed.get("indicators") or []}
    for code in [*old_ind, *(c for c in new_ind if c not in old_ind)]:
        a, b = old_ind.get(code), new_ind.get(code)
        if a != b:
            out.append(
                FieldChange(
                    f"indicator:{code}",
                    f"Chỉ tiêu {code}",
                    _indicator_text(a) if a else "",
                    _indicator_text(b) if b else "",
                )
            )
    old_ev = {e["sha256"]: e for e in base.get("evidence") or []}
    new_ev = {e["sha256"]: e for e in proposed.get("evidence") or []}
    for sha, e in new_ev.items():
        if sha not in old_ev:
            out.append(FieldChange(f"evidence:{sha}", _t("Minh chứng thêm"), "", _evidence(e)))
    for sha, e in old_ev.items():
        if sha not in new_ev:
            out.append(FieldChange(f"evidence:{sha}", _t("Minh chứng bỏ"), _evidence(e), ""))
    return out


def _status(value: Any) -> str:
    try:
        return fixed_word(Status(value).label)
    except ValueError:
        return str(value or "")


def _evidence(e: dict[str, Any]) -> str:
    caption = e.get("caption") or ""
    return f"{e.get('name', '')}" + (f" ({caption})" if caption else "")
