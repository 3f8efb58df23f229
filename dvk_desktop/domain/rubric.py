"""The evaluation rubric (configurable; default of domain brief §2.3) and its grading rule."""

from __future__ import annotations

from dataclasses import dataclass

from dvk_desktop.domain.vocab import EvaluationGrade
from dvk_desktop.errors import ValidationError


@dataclass(frozen=True)
class Criterion:
    """One scored criterion with its maximum points."""

    code: str
    name: str
    max_points: int


@dataclass(frozen=True)
class Rubric:
    """A scoring sheet: criteria and grade thresholds (minimum total for each grade)."""

    criteria: tuple[Criterion, ...]
    excellent_from: int = 90
    good_from: int = 75
    pass_from: int = 50

    @property
    def total_points(self) -> int:
        """The maximum total score."""
        return sum(c.max_points for c in self.criteria)

    def grade(self, total: float) -> EvaluationGrade:
        """Return the grade for a total score."""
        if total >= self.excellent_from:
            return EvaluationGrade.EXCELLENT
        if total >= self.good_from:
            return EvaluationGrade.GOOD
        if total >= self.pass_from:
            return EvaluationGrade.PASS
        return EvaluationGrade.FAIL

    def check_scores(self, scores: dict[str, float]) -> float:
        """Validate per-criterion scores and return their total."""
        problems = []
        for criterion in self.criteria:
            value = scores.get(criterion.code)
            if value is None:
                problems.append(f"Chưa chấm tiêu chí “{criterion.name}”.")
            elif not 0 <= value <= criterion.max_points:
                problems.append(
                    f"Điểm “{criterion.name}” phải từ 0 đến {criterion.max_points} "
                    f"(đang là {value})."
                )
        unknown = set(scores) - {c.code for c in self.criteria}
        problems.extend(f"Không có tiêu chí mã “{code}”." for code in sorted(unknown))
        if problems:
            raise ValidationError(problems[0], details=problems)
        return float(sum(scores.values()))


DEFAULT_RUBRIC = Rubric(
    (
        Criterion("sang_tao", "Tính mới, sáng tạo, phù hợp thực tiễn", 20),
        Criterion("hieu_qua", "Hiệu quả (kinh tế - xã hội, quốc phòng - an ninh, chính trị)", 35),
        Criterion("huy_dong", "Huy động lực lượng, sự tham gia và đồng thuận của Nhân dân", 20),
        Criterion("ben_vung", "Tính bền vững, khả năng nhân rộng", 15),
        Criterion("ho_so", "Hồ sơ, minh chứng, tổ chức thực hiện", 10),
    )
)
