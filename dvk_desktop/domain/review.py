"""Review (thẩm định) of a model's dossier at the upper level, beside its lifecycle status.

A review state is the upper level's verdict on the dossier a commune sent for recognition. It
is a second axis next to the lifecycle status (:mod:`dvk_desktop.domain.lifecycle`), owned by
the upper level alone, and it only moves while the model is "Đề nghị công nhận" (PROPOSED):

* **Đã tiếp nhận** (RECEIVED): recorded by the import whenever a child's model arrives in, or
  moves to, PROPOSED (a new round of review starts); a clerk may also set it by hand. A
  PROPOSED model with no review yet counts as received.
* **Cần bổ sung thông tin** (NEEDS_INFO) *is* the lifecycle step PROPOSED → IMPLEMENTING
  "Trả lại để bổ sung": both are written in one transaction, the comment says what is missing,
  and taking that lifecycle step any other way at the upper level records this review state
  too, so the two never disagree. The commune may edit the registration again (IMPLEMENTING)
  and propose it anew; its next package moves it back to PROPOSED and the import records
  RECEIVED.
* **Đủ điều kiện đánh giá** (ACCEPTED): no lifecycle change; council members may now score
  the model (at the upper level scoring a child's model needs this state).
* **Không đủ điều kiện đánh giá** (NOT_ACCEPTED): no lifecycle change (the model stays
  PROPOSED, so the commune sees it was looked at); it cannot be scored or recognised. A
  "Không công nhận" decision, or "Dừng / loại bỏ", closes it formally. A clerk may change the
  verdict again while the model is PROPOSED (a new comment each time; history is kept).

Once a decision moves the model out of PROPOSED, its review and score sheets are closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

MAX_COMMENT = 4000
MAX_ACTOR = 150


class ReviewState(StrEnum):
    """The upper level's verdict on a model's dossier (stored codes, Vietnamese labels)."""

    RECEIVED = "da_tiep_nhan"
    NEEDS_INFO = "can_bo_sung"
    ACCEPTED = "du_dieu_kien"
    NOT_ACCEPTED = "khong_du_dieu_kien"

    @property
    def label(self) -> str:
        """The Vietnamese label shown to users."""
        return _LABELS[self]

    @classmethod
    def from_text(cls, text: str) -> ReviewState:
        """Find a state by its code or (diacritic-insensitive) label, or raise KeyError."""
        from dvk_desktop.domain.text import fold

        wanted = fold(text).replace(" ", "_")
        for member in cls:
            if wanted in (member.value, fold(member.label).replace(" ", "_")):
                return member
        raise KeyError(text)


_LABELS = {
    ReviewState.RECEIVED: "Đã tiếp nhận",
    ReviewState.NEEDS_INFO: "Cần bổ sung thông tin",
    ReviewState.ACCEPTED: "Đủ điều kiện đánh giá",
    ReviewState.NOT_ACCEPTED: "Không đủ điều kiện đánh giá",
}

# States that need a comment saying why (what to add, why not eligible).
NEEDS_COMMENT = {ReviewState.NEEDS_INFO, ReviewState.NOT_ACCEPTED}


@dataclass(frozen=True)
class ReviewStep:
    """A checked review change: the state, its cleaned comment, the lifecycle step it implies."""

    state: ReviewState
    comment: str
    lifecycle_target: Status | None


def check_review(
    status: Status, target: ReviewState, comment: str, current: ReviewState | None
) -> ReviewStep:
    """Return the review step if the model in ``status`` may take ``target`` now.

    ``current`` is the model's latest review state (None if never reviewed). Raises
    :class:`ValidationError` in Vietnamese otherwise.
    """
    text = clean(comment)
    if status is not Status.PROPOSED:
        if status is Status.IMPLEMENTING and current is ReviewState.NEEDS_INFO:
            hint = "Mô hình đã được trả lại để bổ sung; hãy chờ đơn vị gửi lại hồ sơ."
        elif status in (Status.REGISTERED, Status.IMPLEMENTING, Status.INTERIM_REVIEWED):
            hint = "Đơn vị chưa đề nghị công nhận mô hình này."
        else:
            hint = "Mô hình đã có quyết định nên không thẩm định lại được."
        raise ValidationError(
            _t(
                "Chỉ thẩm định được mô hình đang ở trạng thái “{label}” (mô hình này: “{label2}”).",
                label=Status.PROPOSED.label,
                label2=status.label,
            ),
            hint=hint,
        )
    if target in NEEDS_COMMENT and not text:
        what = "cần bổ sung những gì" if target is ReviewState.NEEDS_INFO else "lý do"
        raise ValidationError(
            _t(
                "Hãy ghi nhận xét cho trạng thái “{label}” ({what}).",
                label=target.label,
                what=what,
            ),
            field="comment",
        )
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            _t(
                "Nhận xét dài {count} ký tự, vượt giới hạn {MAX_COMMENT}.",
                count=len(text),
                MAX_COMMENT=MAX_COMMENT,
            ),
            field="comment",
        )
    if target is current and not text:
        raise ValidationError(
            _t(
                "Mô hình đã ở trạng thái thẩm định “{label}”.",
                label=target.label,
            )
        )
    lifecycle = Status.IMPLEMENTING if target is ReviewState.NEEDS_INFO else None
    return ReviewStep(target, text, lifecycle)


def effective_state(status: Status, latest: ReviewState | None) -> ReviewState | None:
    """The review state to show: a PROPOSED model never reviewed counts as received."""
    if latest is None and status is Status.PROPOSED:
        return ReviewState.RECEIVED
    return latest


def scoring_problem(status: Status, state: ReviewState | None, *, upper: bool) -> str | None:
    """Why a model cannot be scored now (None when it can), in Vietnamese.

    Score sheets are open while the model is PROPOSED and closed by a decision. At the upper
    level a child's model must first be accepted for evaluation; a commune scoring its own
    models has no review step.
    """
    if status is not Status.PROPOSED:
        if status in (Status.REGISTERED, Status.IMPLEMENTING, Status.INTERIM_REVIEWED):
            return _t(
                "Chỉ chấm điểm mô hình đang “{label}” (mô hình này: “{label2}”).",
                label=Status.PROPOSED.label,
                label2=status.label,
            )
        return _t(
            "Mô hình đã có quyết định (“{label}”) nên phiếu chấm điểm không sửa được nữa.",
            label=status.label,
        )
    if upper and state is not ReviewState.ACCEPTED:
        shown = state.label if state else ReviewState.RECEIVED.label
        return _t(
            "Mô hình chưa được thẩm định “{label}” (hiện: “{shown}”); hãy thẩm định "
            "trước khi chấm điểm.",
            label=ReviewState.ACCEPTED.label,
            shown=shown,
        )
    return None


def recognition_problem(state: ReviewState | None) -> str | None:
    """Why a model reviewed as ``state`` cannot be recognised (None when it can)."""
    if state is ReviewState.NOT_ACCEPTED:
        return _t(
            "Mô hình đã được thẩm định “{label}” nên không công nhận được; hãy ra "
            "quyết định không công nhận hoặc thẩm định lại.",
            label=state.label,
        )
    return None
