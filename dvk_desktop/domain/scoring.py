"""Council score sheets: one per member, checked against a rubric; the model's average and grade.

Each council member fills one sheet per model (points per criterion, at most two decimals, e.g.
17,5). The model's score is the plain average of the members' totals, rounded half up to two
decimals (83,835 -> 83,84); its grade is the rubric's grade of that rounded average.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from dvk_desktop.domain.rubric import Rubric
from dvk_desktop.domain.text import clean, fold, format_number
from dvk_desktop.domain.vocab import EvaluationGrade
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

CENT = Decimal("0.01")
MAX_MEMBER = 200
MAX_POSITION = 200
MAX_COMMENT = 4000


def member_key(name: str) -> str:
    """The identity of a council member's sheet: the name folded (case and diacritics free)."""
    return fold(clean(name))[:200]


def check_member(name: str, position: str = "") -> tuple[str, str]:
    """A member's cleaned name and position, or a Vietnamese error."""
    member, role = clean(name), clean(position)
    if not member:
        raise ValidationError(
            _t("Hãy ghi họ tên thành viên hội đồng chấm điểm."),
            hint=_t("Mỗi thành viên có một phiếu chấm riêng cho mỗi mô hình."),
            field="member",
        )
    if len(member) > MAX_MEMBER:
        raise ValidationError(
            _t(
                "Họ tên thành viên dài quá {MAX_MEMBER} ký tự.",
                MAX_MEMBER=MAX_MEMBER,
            ),
            field="member",
        )
    if len(role) > MAX_POSITION:
        raise ValidationError(
            _t(
                "Chức vụ dài quá {MAX_POSITION} ký tự.",
                MAX_POSITION=MAX_POSITION,
            ),
            field="position",
        )
    return member, role


def to_points(value: object, *, label: str) -> Decimal:
    """A criterion's points as an exact decimal (int, float, Decimal or text)."""
    try:
        if isinstance(value, bool):
            raise InvalidOperation
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(
            _t(
                "Điểm “{label}” không phải là số: “{value}”.",
                label=label,
                value=value,
            )
        ) from None
    if not number.is_finite():
        raise ValidationError(
            _t(
                "Điểm “{label}” không phải là số: “{value}”.",
                label=label,
                value=value,
            )
        )
    return number


def check_sheet(rubric: Rubric, scores: dict[str, object]) -> tuple[dict[str, Decimal], Decimal]:
    """Validate one member's points against ``rubric``; return them as decimals and the total."""
    problems: list[str] = []
    points: dict[str, Decimal] = {}
    for criterion in rubric.criteria:
        raw = scores.get(criterion.code)
        if raw is None:
            problems.append(_t("Chưa chấm tiêu chí “{name}”.", name=criterion.name))
            continue
        try:
            value = to_points(raw, label=criterion.name)
        except ValidationError as exc:
            problems.append(exc.message)
            continue
        if not 0 <= value <= criterion.max_points:
            problems.append(
                _t(
                    "Điểm “{name}” phải từ 0 đến {max_points} (đang là {value}).",
                    name=criterion.name,
                    max_points=criterion.max_points,
                    value=format_number(value),
                )
            )
        elif value != value.quantize(CENT):
            problems.append(
                _t(
                    "Điểm “{name}” chỉ được có tối đa hai chữ số thập phân (đang là {value}).",
                    name=criterion.name,
                    value=format_number(value),
                )
            )
        points[criterion.code] = value
    unknown = set(scores) - {c.code for c in rubric.criteria}
    problems.extend(f"Không có tiêu chí mã “{code}”." for code in sorted(unknown))
    if problems:
        raise ValidationError(problems[0], details=problems)
    return points, sum(points.values(), Decimal(0))


@dataclass(frozen=True)
class Outcome:
    """A model's result from its members' sheets."""

    average: Decimal | None
    grade: EvaluationGrade | None
    sheets: int


def outcome(rubric: Rubric, totals: list[Decimal]) -> Outcome:
    """The average of the members' totals (half up, two decimals) and its grade."""
    if not totals:
        return Outcome(None, None, 0)
    average = (sum(totals, Decimal(0)) / len(totals)).quantize(CENT, rounding=ROUND_HALF_UP)
    if average == average.to_integral_value():
        average = average.quantize(Decimal(1))
    return Outcome(average, rubric.grade(average), len(totals))
