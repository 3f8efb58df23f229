"""The evaluation rubric (data the upper level edits; default of domain brief §2.3), its rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import EvaluationGrade, ModelType
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

CODE_RE = re.compile(r"^[a-z0-9_]{1,40}$")
MAX_CRITERIA = 50
MAX_POINTS = 1000
MAX_NAME = 300
MAX_RUBRIC_NAME = 200
DEFAULT_NAME = "Bộ tiêu chí chấm điểm mô hình “Dân vận khéo”"


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

    def grade(self, total: float | Decimal) -> EvaluationGrade:
        """Return the grade for a total score."""
        if total >= self.excellent_from:
            return EvaluationGrade.EXCELLENT
        if total >= self.good_from:
            return EvaluationGrade.GOOD
        if total >= self.pass_from:
            return EvaluationGrade.PASS
        return EvaluationGrade.FAIL

    def criterion(self, code: str) -> Criterion | None:
        """The criterion with this code, if any."""
        return next((c for c in self.criteria if c.code == code), None)

    def check_scores(self, scores: dict[str, float]) -> float:
        """Validate per-criterion scores and return their total."""
        problems = []
        for criterion in self.criteria:
            value = scores.get(criterion.code)
            if value is None:
                problems.append(_t("Chưa chấm tiêu chí “{name}”.", name=criterion.name))
            elif not 0 <= value <= criterion.max_points:
                problems.append(
                    _t(
                        "Điểm “{name}” phải từ 0 đến {max_points} (đang là {value}).",
                        name=criterion.name,
                        max_points=criterion.max_points,
                        value=value,
                    )
                )
        unknown = set(scores) - {c.code for c in self.criteria}
        problems.extend(f"Không có tiêu chí mã “{code}”." for code in sorted(unknown))
        if problems:
            raise ValidationError(problems[0], details=problems)
        return float(sum(scores.values()))

    def thresholds_text(self) -> str:
        """The grading rule in words, as printed under the score table."""
        return _t(
            "Xuất sắc: từ {excellent_from} điểm; Tốt: từ {good_from} đến dưới "
            "{excellent_from} điểm; Đạt: từ {pass_from} đến dưới {good_from} điểm; "
            "Không đạt: dưới {pass_from} điểm.",
            excellent_from=self.excellent_from,
            good_from=self.good_from,
            pass_from=self.pass_from,
        )


DEFAULT_RUBRIC = Rubric(
    (
        Criterion("sang_tao", "Tính mới, sáng tạo, phù hợp thực tiễn", 20),
        Criterion("hieu_qua", "Hiệu quả (kinh tế - xã hội, quốc phòng - an ninh, chính trị)", 35),
        Criterion("huy_dong", "Huy động lực lượng, sự tham gia và đồng thuận của Nhân dân", 20),
        Criterion("ben_vung", "Tính bền vững, khả năng nhân rộng", 15),
        Criterion("ho_so", "Hồ sơ, minh chứng, tổ chức thực hiện", 10),
    )
)


def scope_label(scope: ModelType | None) -> str:
    """Which models a rubric applies to, in words."""
    if scope is None:
        return "mọi mô hình"
    return f"mô hình {scope.label.lower()}"


def rubric_problems(rubric: Rubric) -> list[str]:
    """Everything wrong with a rubric as edited by the upper level (empty: it may be saved)."""
    problems: list[str] = []
    if not rubric.criteria:
        return [_t("Bộ tiêu chí cần ít nhất một tiêu chí.")]
    if len(rubric.criteria) > MAX_CRITERIA:
        problems.append(
            _t(
                "Bộ tiêu chí có {count} tiêu chí, tối đa {MAX_CRITERIA}.",
                count=len(rubric.criteria),
                MAX_CRITERIA=MAX_CRITERIA,
            )
        )
    seen: set[str] = set()
    for n, c in enumerate(rubric.criteria, 1):
        where = f"Tiêu chí thứ {n}"
        if not CODE_RE.match(c.code):
            problems.append(
                _t(
                    "{where}: mã “{code}” chỉ gồm chữ thường không dấu, số và dấu gạch dưới "
                    "(ví dụ hieu_qua).",
                    where=where,
                    code=c.code[:40],
                )
            )
        elif c.code in seen:
            problems.append(_t("{where}: mã “{code}” bị trùng.", where=where, code=c.code))
        seen.add(c.code)
        if not clean(c.name):
            problems.append(_t("{where}: chưa có tên tiêu chí.", where=where))
        elif len(c.name) > MAX_NAME:
            problems.append(
                _t(
                    "{where}: tên dài quá {MAX_NAME} ký tự.",
                    where=where,
                    MAX_NAME=MAX_NAME,
                )
            )
        if isinstance(c.max_points, bool) or not isinstance(c.max_points, int):
            problems.append(_t("{where}: điểm tối đa phải là số nguyên.", where=where))
        elif not 1 <= c.max_points <= MAX_POINTS:
            problems.append(
                _t(
                    "{where}: điểm tối đa phải từ 1 đến {MAX_POINTS}.",
                    where=where,
                    MAX_POINTS=MAX_POINTS,
                )
            )
    if problems:
        return problems
    total = rubric.total_points
    marks = (rubric.pass_from, rubric.good_from, rubric.excellent_from)
    if any(isinstance(m, bool) or not isinstance(m, int) for m in marks):
        return [_t("Ngưỡng xếp loại phải là số nguyên.")]
    if not 0 < rubric.pass_from < rubric.good_from < rubric.excellent_from <= total:
        problems.append(
            _t(
                "Ngưỡng xếp loại phải tăng dần: 0 < Đạt ({pass_from}) < Tốt "
                "({good_from}) < Xuất sắc ({excellent_from}) ≤ tổng điểm ({total}).",
                pass_from=rubric.pass_from,
                good_from=rubric.good_from,
                excellent_from=rubric.excellent_from,
                total=total,
            )
        )
    return problems


def check_rubric(rubric: Rubric) -> Rubric:
    """Return the rubric with names cleaned (NFC), or raise :class:`ValidationError`."""
    cleaned = Rubric(
        tuple(Criterion(c.code, clean(c.name), c.max_points) for c in rubric.criteria),
        rubric.excellent_from,
        rubric.good_from,
        rubric.pass_from,
    )
    problems = rubric_problems(cleaned)
    if problems:
        raise ValidationError(problems[0], details=problems)
    return cleaned


def rubric_to_json(rubric: Rubric) -> dict[str, Any]:
    """A rubric as plain JSON values (stored, carried in packages, exported for editing)."""
    return {
        "criteria": [
            {"code": c.code, "name": c.name, "max_points": c.max_points} for c in rubric.criteria
        ],
        "excellent_from": rubric.excellent_from,
        "good_from": rubric.good_from,
        "pass_from": rubric.pass_from,
    }


def rubric_from_json(data: Any, *, source: str = "Bộ tiêu chí") -> Rubric:
    """Parse and check a rubric from JSON values; every problem is a Vietnamese message."""
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        raise ValidationError(
            _t(
                "{source}: cần một đối tượng JSON có danh sách “criteria”.",
                source=source,
            )
        )
    criteria = []
    for n, item in enumerate(data["criteria"][: MAX_CRITERIA + 1], 1):
        if not isinstance(item, dict):
            raise ValidationError(
                _t(
                    "{source}: tiêu chí thứ {n} không phải đối tượng JSON.",
                    source=source,
                    n=n,
                )
            )
        code, name, points = item.get("code"), item.get("name"), item.get("max_points")
        if not isinstance(code, str) or not isinstance(name, str):
            raise ValidationError(
                _t(
                    "{source}: tiêu chí thứ {n} thiếu mã hoặc tên.",
                    source=source,
                    n=n,
                )
            )
        criteria.append(Criterion(code, name, points))  # type: ignore[arg-type]
    try:
        rubric = Rubric(
            tuple(criteria),
            data.get("excellent_from", 90),
            data.get("good_from", 75),
            data.get("pass_from", 50),
        )
    except TypeError:  # pragma: no cover - dataclass fields are positional and typed loosely
        raise ValidationError(_t("{source}: cấu trúc không hợp lệ.", source=source)) from None
    return check_rubric(rubric)
