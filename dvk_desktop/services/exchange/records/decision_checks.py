"""Checks of what a decisions package adds for a commune: reviews, score sheets, rubrics, scores.

:func:`check_decision_records` is meant to run wherever received records are checked (verify
and import call it the same way) and is also run by the apply step itself, so a package that
fails is refused whole before anything is written.

When ``domain/authority.py`` (the table of who may send what) lands, its decisions row needs
these sections, beside ``models`` (with ``score``, ``grade``) and ``decisions``::

    "reviews": {"uuid", "model_uuid", "state", "comment", "actor", "at"},
    "rubrics": {"uuid", "scope", "version", "name", "criteria", "excellent_from",
                "good_from", "pass_from", "note", "created_at"},
    "score_sheets": {"uuid", "model_uuid", "rubric_uuid", "member", "position",
                     "evaluated_on", "scores", "total", "grade", "comment", "updated_at"},
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from dvk_desktop.domain.review import MAX_ACTOR, MAX_COMMENT, ReviewState
from dvk_desktop.domain.rubric import MAX_RUBRIC_NAME, rubric_from_json
from dvk_desktop.domain.scoring import MAX_MEMBER, MAX_POSITION
from dvk_desktop.domain.vocab import EvaluationGrade, ModelType
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ITEMS = 200_000
MAX_PROBLEMS = 500


class _Problems(list[str]):
    def add(self, where: str, what: str) -> None:
        if len(self) < MAX_PROBLEMS:  # a hostile package cannot flood the report
            self.append(_t("{where}: {what}", where=where, what=what))


def _items(problems: _Problems, records: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = records.get(key, [])
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        problems.add(_t("Dữ liệu"), _t("phần “{key}” không phải danh sách hợp lệ", key=key))
        return []
    if not all(isinstance(i, dict) for i in items):
        problems.add(_t("Dữ liệu"), _t("phần “{key}” có phần tử không hợp lệ", key=key))
    return [i for i in items if isinstance(i, dict)]


def _uuid(value: Any) -> bool:
    return isinstance(value, str) and UUID_RE.match(value) is not None


def _text(problems: _Problems, where: str, item: dict[str, Any], key: str, limit: int) -> None:
    value = item.get(key)
    if not isinstance(value, str):
        problems.add(where, _t("trường “{key}” phải là chuỗi ký tự", key=key))
    elif len(value) > limit:
        problems.add(
            where,
            _t(
                "trường “{key}” dài {length} ký tự, vượt giới hạn {limit}",
                key=key,
                length=len(value),
                limit=limit,
            ),
        )


def _moment(value: Any, *, optional: bool = False) -> bool:
    if value is None:
        return optional
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _day(value: Any) -> bool:
    if not isinstance(value, str) or not DATE_RE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _points(value: Any) -> Decimal | None:
    """A non-negative decimal text of at most two decimals (scores, totals), else None."""
    if not isinstance(value, str) or len(value) > 20:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    if not number.is_finite() or number < 0 or number > 100_000 or number != round(number, 2):
        return None
    return number


def check_decision_records(
    records: Any, *, sender_unit_code: str, parent_unit_code: str | None
) -> list[str]:
    """Problems (Vietnamese) with the review and scoring parts of a decisions package.

    The sender must be this commune's parent; reviews and sheets must name models the package
    carries; every sheet's rubric must travel with it and its points fit that rubric.
    """
    problems = _Problems()
    if not isinstance(records, dict):
        return [_t("Dữ liệu: không phải đối tượng JSON")]
    if parent_unit_code and sender_unit_code != parent_unit_code:
        problems.add(
            _t("Dữ liệu"),
            _t(
                "gói quyết định phải do cấp trên của đơn vị này (mã {parent}) gửi, "
                "không phải đơn vị mã {sender}",
                parent=parent_unit_code,
                sender=sender_unit_code[:20],
            ),
        )
    models = _items(problems, records, "models")
    model_uuids = {m.get("uuid") for m in models}
    for n, m in enumerate(models, 1):
        where = _t("Mô hình thứ {n}", n=n)
        if m.get("score") is not None and _points(m["score"]) is None:
            problems.add(where, _t("điểm trung bình không hợp lệ"))
        grade = m.get("grade")
        if grade is not None and grade not in {g.value for g in EvaluationGrade}:
            problems.add(where, _t("xếp loại không hợp lệ"))
    seen: set[str] = set()

    def unique(where: str, value: Any) -> None:
        if not _uuid(value):
            problems.add(where, _t("mã định danh “uuid” không hợp lệ"))
        elif value in seen:
            problems.add(where, _t("mã định danh bị trùng trong gói"))
        else:
            seen.add(value)

    for n, r in enumerate(_items(problems, records, "reviews"), 1):
        where = _t("Kết quả thẩm định thứ {n}", n=n)
        unique(where, r.get("uuid"))
        if r.get("model_uuid") not in model_uuids:
            problems.add(where, _t("không thuộc mô hình nào trong gói"))
        if r.get("state") not in {s.value for s in ReviewState}:
            problems.add(
                where,
                _t(
                    "trạng thái thẩm định “{state}” không hợp lệ",
                    state=str(r.get("state"))[:30],
                ),
            )
        _text(problems, where, r, "comment", MAX_COMMENT)
        _text(problems, where, r, "actor", MAX_ACTOR)
        if not _moment(r.get("at")):
            problems.add(where, _t("thời điểm thẩm định không hợp lệ"))
    criteria: dict[str, dict[str, int]] = {}
    for n, r in enumerate(_items(problems, records, "rubrics"), 1):
        where = _t("Bộ tiêu chí thứ {n}", n=n)
        unique(where, r.get("uuid"))
        if r.get("scope") not in {"", *(t.value for t in ModelType)}:
            problems.add(where, _t("loại mô hình áp dụng không hợp lệ"))
        version = r.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 10**6:
            problems.add(where, _t("số phiên bản không hợp lệ"))
        _text(problems, where, r, "name", MAX_RUBRIC_NAME)
        _text(problems, where, r, "note", MAX_COMMENT)
        if not _moment(r.get("created_at"), optional=True):
            problems.add(where, _t("ngày tạo không hợp lệ"))
        try:
            rubric = rubric_from_json(r, source=where)
        except ValidationError as exc:
            problems.add(where, exc.message.removeprefix(f"{where}: "))
            continue
        if isinstance(r.get("uuid"), str):
            criteria[r["uuid"]] = {c.code: c.max_points for c in rubric.criteria}
    for n, s in enumerate(_items(problems, records, "score_sheets"), 1):
        where = _t("Phiếu chấm điểm thứ {n}", n=n)
        unique(where, s.get("uuid"))
        if s.get("model_uuid") not in model_uuids:
            problems.add(where, _t("không thuộc mô hình nào trong gói"))
        rubric_uuid = s.get("rubric_uuid")
        maxima = criteria.get(rubric_uuid) if isinstance(rubric_uuid, str) else None
        if maxima is None:
            problems.add(where, _t("bộ tiêu chí của phiếu không có trong gói"))
        _text(problems, where, s, "member", MAX_MEMBER)
        if isinstance(s.get("member"), str) and not s["member"].strip():
            problems.add(where, _t("thiếu tên thành viên chấm"))
        _text(problems, where, s, "position", MAX_POSITION)
        _text(problems, where, s, "comment", MAX_COMMENT)
        if not _day(s.get("evaluated_on")):
            problems.add(where, _t("ngày chấm không hợp lệ"))
        if not _moment(s.get("updated_at"), optional=True):
            problems.add(where, _t("thời điểm sửa phiếu không hợp lệ"))
        if s.get("grade") not in {g.value for g in EvaluationGrade}:
            problems.add(where, _t("xếp loại không hợp lệ"))
        total = _points(s.get("total"))
        if total is None:
            problems.add(where, _t("tổng điểm không hợp lệ"))
        scores = s.get("scores")
        if not isinstance(scores, dict) or len(scores) > 60:
            problems.add(where, _t("điểm theo tiêu chí không hợp lệ"))
            continue
        for code, value in scores.items():
            points = _points(value)
            if points is None:
                problems.add(where, _t("điểm tiêu chí “{code}” không hợp lệ", code=str(code)[:40]))
            elif maxima is not None and (code not in maxima or points > maxima[code]):
                problems.add(
                    where,
                    _t("điểm tiêu chí “{code}” không khớp bộ tiêu chí", code=str(code)[:40]),
                )
    return list(problems)
