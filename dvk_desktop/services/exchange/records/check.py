"""Checking received records against the schema and the domain rules, before anything is written."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS
from dvk_desktop.domain.vocab import (
    AwardForm,
    DecisionKind,
    Field,
    Gender,
    ModelType,
    Novelty,
    OrgType,
    Status,
    SubTopic,
)
from dvk_desktop.messages import _t
from dvk_desktop.services import replication
from dvk_desktop.services.exchange.records import removed_evidence
from dvk_desktop.services.exchange.records.collect import FORMAT, VERSION
from dvk_desktop.services.exchange.records.model_inputs import check_model_fields, forget_inputs

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


SHA_RE = re.compile(r"^[0-9a-f]{64}$")


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


MAX_ITEMS = 200_000


@dataclass
class RecordCheck:
    """Problems found in received records, in Vietnamese; empty means the records may apply."""

    problems: list[str] = field(default_factory=list)

    def add(self, where: str, what: str) -> None:
        """Record one problem (capped, so a hostile package cannot flood the report)."""
        if len(self.problems) < 500:
            self.problems.append(_t("{where}: {what}", where=where, what=what))


def _text(
    check: RecordCheck,
    where: str,
    item: dict[str, Any],
    key: str,
    limit: int,
    *,
    required: bool = False,
) -> None:
    value = item.get(key, "")
    if value is None and not required:
        return
    if not isinstance(value, str):
        check.add(where, _t("trường “{key}” phải là chuỗi ký tự", key=key))
    elif len(value) > limit:
        check.add(
            where,
            _t(
                "trường “{key}” dài {length} ký tự, vượt giới hạn {limit}",
                key=key,
                length=len(value),
                limit=limit,
            ),
        )
    elif required and not value.strip():
        check.add(where, _t("thiếu trường “{key}”", key=key))


def _uuid(check: RecordCheck, where: str, value: Any, key: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not UUID_RE.match(value):
        check.add(where, _t("mã định danh “{key}” không hợp lệ", key=key))


@functools.cache
def _values(cls: type) -> frozenset[Any]:
    # Asked for every field of every model: the set once per vocabulary, not per value.
    return frozenset(m.value for m in cls)  # type: ignore[attr-defined]


def _enum(
    check: RecordCheck, where: str, value: Any, cls: type, key: str, *, optional: bool = False
) -> None:
    if value is None and optional:
        return
    if value not in _values(cls):
        check.add(
            where,
            _t(
                "giá trị “{value}” của trường “{key}” không hợp lệ",
                value=str(value)[:40],
                key=key,
            ),
        )


def _date(check: RecordCheck, where: str, value: Any, key: str, *, optional: bool = True) -> None:
    if value is None and optional:
        return
    try:
        if not isinstance(value, str) or not DATE_RE.match(value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        check.add(
            where,
            _t("ngày “{value}” của trường “{key}” không hợp lệ", value=str(value)[:20], key=key),
        )


def _number(check: RecordCheck, where: str, value: Any, key: str) -> None:
    if value is None:
        return
    try:
        if not isinstance(value, str) or len(value) > 30:
            raise InvalidOperation
        number = Decimal(value)
        if not number.is_finite() or number < 0:
            raise InvalidOperation
    except InvalidOperation:
        check.add(
            where,
            _t("số “{value}” của trường “{key}” không hợp lệ", value=str(value)[:30], key=key),
        )


def _list(check: RecordCheck, records: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = records.get(key, [])
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        check.add(_t("Dữ liệu"), _t("phần “{key}” không phải danh sách hợp lệ", key=key))
        return []
    good = [i for i in items if isinstance(i, dict)]
    if len(good) != len(items):
        check.add(_t("Dữ liệu"), _t("phần “{key}” có phần tử không hợp lệ", key=key))
    return good


def check_records(records: Any, *, sender_unit_code: str, mode: str = "child") -> RecordCheck:
    """Validate received records against the schema and the domain rules, without writing.

    ``mode`` is "child" when a commune's records arrive at its upper level (every model must
    belong to the sender) and "decisions" when the upper level's decisions come back down.
    """
    check = RecordCheck()
    forget_inputs()  # what an earlier check kept and no import took
    if not isinstance(records, dict):
        check.add(_t("Dữ liệu"), _t("không phải đối tượng JSON"))
        return check
    if records.get("format") != FORMAT or records.get("version") != VERSION:
        check.add(_t("Dữ liệu"), _t("định dạng hoặc phiên bản bản ghi không được hỗ trợ"))
        return check
    sender = records.get("sender")
    if not isinstance(sender, dict) or sender.get("unit_code") != sender_unit_code:
        check.add(_t("Dữ liệu"), _t("đơn vị gửi trong bản ghi không khớp với đơn vị đã ký gói"))
    seen: set[str] = set()

    def unique(where: str, value: Any) -> None:
        if isinstance(value, str):
            if value in seen:
                check.add(where, _t("mã định danh bị trùng trong gói"))
            seen.add(value)

    for n, v in enumerate(_list(check, records, "villages"), 1):
        where = _t("Thôn thứ {n}", n=n)
        _uuid(check, where, v.get("uuid"), "uuid")
        unique(where, v.get("uuid"))
        _text(check, where, v, "name", 200, required=True)
        _text(check, where, v, "code", 20, required=True)
        _text(check, where, v, "kind", 40)
    for n, o in enumerate(_list(check, records, "organisations"), 1):
        where = _t("Tổ chức thứ {n}", n=n)
        _uuid(check, where, o.get("uuid"), "uuid")
        unique(where, o.get("uuid"))
        _text(check, where, o, "name", 300, required=True)
        _enum(check, where, o.get("org_type"), OrgType, "org_type")
        _uuid(check, where, o.get("village_uuid"), "village_uuid", optional=True)
    for n, p in enumerate(_list(check, records, "people"), 1):
        where = _t("Người thứ {n}", n=n)
        _uuid(check, where, p.get("uuid"), "uuid")
        unique(where, p.get("uuid"))
        _text(check, where, p, "full_name", 150, required=True)
        _text(check, where, p, "position", 200)
        _text(check, where, p, "workplace", 300)
        _enum(check, where, p.get("gender"), Gender, "gender", optional=True)
        year = p.get("birth_year")
        if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2100):
            check.add(where, _t("năm sinh không hợp lệ"))
        extra = set(p) - {
            "uuid",
            "full_name",
            "birth_year",
            "gender",
            "position",
            "workplace",
            "village_uuid",
            "is_official",
            "consent",
        }
        if extra:  # the brief's §7: nothing beyond the minimal personal data travels
            check.add(
                where,
                _t(
                    "có trường dữ liệu cá nhân không được phép: {fields}",
                    fields=", ".join(sorted(extra)),
                ),
            )
    refs = {
        key: {i.get("uuid") for i in _list(check, records, key)}
        for key in ("villages", "organisations", "people")
    }
    for n, m in enumerate(_list(check, records, "models"), 1):
        before = len(check.problems)
        where = _check_model(check, n, m, sender_unit_code, mode)
        uuid = m.get("uuid")
        if isinstance(uuid, str) and uuid in seen:  # unique(), its place named only when needed
            check.add(_t("Mô hình thứ {n}", n=n), _t("mã định danh bị trùng trong gói"))
        if isinstance(uuid, str):
            seen.add(uuid)
        if mode == "child" and len(check.problems) == before:
            # No problem so far, so the name is text: ``where`` is "Mô hình thứ n (“name”)".
            for problem in check_model_fields(m):
                check.add(where, problem)
            _check_refs(check, where, m, refs)
    for n, r in enumerate(_list(check, records, "progress_reports"), 1):
        where = _t("Báo cáo tiến độ thứ {n}", n=n)
        _uuid(check, where, r.get("uuid"), "uuid")
        _uuid(check, where, r.get("model_uuid"), "model_uuid")
        _date(check, where, r.get("report_date"), "report_date", optional=False)
        _text(check, where, r, "period_label", 100)
        _text(check, where, r, "done", 8000)
        _text(check, where, r, "lessons", 8000)
        values = r.get("values", {})
        if not isinstance(values, dict):
            check.add(where, _t("giá trị chỉ tiêu không hợp lệ"))
        else:
            for code, value in values.items():
                _number(check, where, value, str(code)[:40])
    for n, e in enumerate(_list(check, records, "evidence"), 1):
        where = _t("Minh chứng thứ {n}", n=n)
        _uuid(check, where, e.get("uuid"), "uuid")
        _uuid(check, where, e.get("model_uuid"), "model_uuid")
        _uuid(check, where, e.get("progress_report_uuid"), "progress_report_uuid", optional=True)
        if not isinstance(e.get("sha256"), str) or not SHA_RE.match(e["sha256"]):
            check.add(where, _t("mã băm tệp không hợp lệ"))
        size = e.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= 2**40:
            check.add(where, _t("kích thước tệp không hợp lệ"))
        _text(check, where, e, "original_name", 255, required=True)
        _text(check, where, e, "caption", 1000)
        _text(check, where, e, "media_type", 100, required=True)
        _date(check, where, e.get("taken_on"), "taken_on")
        # A photo reduced for sending names the original the sender keeps (both keys or none).
        if ("original_sha256" in e) != ("original_size" in e):
            check.add(where, _t("thông tin ảnh gốc không đầy đủ"))
        if "original_sha256" in e and (
            not isinstance(e["original_sha256"], str) or not SHA_RE.match(e["original_sha256"])
        ):
            check.add(where, _t("mã băm ảnh gốc không hợp lệ"))
        original_size = e.get("original_size", 0)
        if (
            not isinstance(original_size, int)
            or isinstance(original_size, bool)
            or not 0 <= original_size <= 2**40
        ):
            check.add(where, _t("kích thước ảnh gốc không hợp lệ"))
    for n, d in enumerate(_list(check, records, "decisions"), 1):
        where = _t("Quyết định thứ {n}", n=n)
        _uuid(check, where, d.get("uuid"), "uuid")
        _enum(check, where, d.get("kind"), DecisionKind, "kind")
        _enum(check, where, d.get("award_form"), AwardForm, "award_form", optional=True)
        _text(check, where, d, "number", 60, required=True)
        _text(check, where, d, "issuer", 300, required=True)
        _text(check, where, d, "summary", 4000)
        _date(check, where, d.get("signed_on"), "signed_on", optional=False)
        ids = d.get("model_uuids")
        if not isinstance(ids, list) or not all(
            isinstance(i, str) and UUID_RE.match(i) for i in ids
        ):
            check.add(where, _t("danh sách mô hình không hợp lệ"))
    for n, t in enumerate(_list(check, records, "tombstones"), 1):
        _uuid(check, _t("Bản ghi xóa thứ {n}", n=n), t.get("uuid"), "uuid")
    check.problems += replication.record_problems(records, sender_unit_code, mode)[:50]
    check.problems += removed_evidence.overlap_problems(records)
    return check


def _check_refs(
    check: RecordCheck, where: str, m: dict[str, Any], refs: dict[str, set[Any]]
) -> None:
    """Every organisation, person and village a model names must travel in the same package."""
    wanted = [
        ("organisations", m.get("owner_org_uuid")),
        ("people", m.get("holder_person_uuid")),
        ("people", m.get("lead_person_uuid")),
        ("villages", m.get("village_uuid")),
        *(("organisations", u) for u in m.get("coordinating_org_uuids", []) or []),
    ]
    for ind in m.get("indicators", []) or []:
        wanted.extend(("villages", v) for v in (ind.get("by_village") or {}))
    for key, uuid in wanted:
        if uuid is not None and uuid not in refs[key]:
            check.add(
                where,
                _t(
                    "tham chiếu tới {key} “{uuid}” không có trong gói",
                    key=key,
                    uuid=str(uuid)[:36],
                ),
            )


def _check_model(check: RecordCheck, n: int, m: dict[str, Any], sender: str, mode: str) -> str:
    """Check one model record; the words that name it in a problem."""
    name = m.get("name")
    where = (
        _t("Mô hình thứ {n} (“{name}”)", n=n, name=name[:60])
        if isinstance(name, str)
        else _t("Mô hình thứ {n}", n=n)
    )
    _uuid(check, where, m.get("uuid"), "uuid")
    if mode == "child" and m.get("source_unit_code") != sender:
        check.add(
            where,
            _t(
                "thuộc đơn vị “{unit}”, không phải đơn vị gửi gói",
                unit=str(m.get("source_unit_code"))[:20],
            ),
        )
    _text(check, where, m, "code", 40, required=True)
    for key, (_label, limit) in TEXT_FIELDS.items():
        _text(check, where, m, key, limit, required=key == "name")
    _text(check, where, m, "replicated_from_text", 300)
    _enum(check, where, m.get("model_type"), ModelType, "model_type")
    _enum(check, where, m.get("field"), Field, "field")
    _enum(check, where, m.get("novelty"), Novelty, "novelty")
    _enum(check, where, m.get("status"), Status, "status")
    topics = m.get("sub_topics", [])
    if not isinstance(topics, list):
        check.add(where, _t("chủ đề phụ không hợp lệ"))
    else:
        for topic in topics:
            _enum(check, where, topic, SubTopic, "sub_topics")
    for key in (
        "owner_org_uuid",
        "holder_person_uuid",
        "lead_person_uuid",
        "village_uuid",
        "continues_uuid",
        "replicated_from_uuid",
    ):
        _uuid(check, where, m.get(key), key, optional=True)
    for key in ("start_date", "end_date", "evaluation_date"):
        _date(check, where, m.get(key), key)
    for key in ("year", "version", "labour_days", *BUDGET_SOURCES):
        value = m.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10**15:
            check.add(where, _t("trường “{key}” phải là số nguyên không âm", key=key))
    indicators = m.get("indicators", [])
    if not isinstance(indicators, list) or len(indicators) > 200:
        check.add(where, _t("danh sách chỉ tiêu không hợp lệ"))
        return where
    for ind in indicators:
        if not isinstance(ind, dict):
            check.add(where, _t("chỉ tiêu không hợp lệ"))
            continue
        _text(check, where, ind, "code", 40, required=True)
        _text(check, where, ind, "name", 200, required=True)
        _text(check, where, ind, "unit", 40, required=True)
        _number(check, where, ind.get("target"), "target")
        _number(check, where, ind.get("actual"), "actual")
        by_village = ind.get("by_village", {})
        if not isinstance(by_village, dict):
            check.add(where, _t("số liệu theo thôn không hợp lệ"))
            continue
        for village, values in by_village.items():
            _uuid(check, where, village, "by_village")
            if not isinstance(values, dict):
                check.add(where, _t("số liệu theo thôn không hợp lệ"))
                continue
            _number(check, where, values.get("target"), "target")
            _number(check, where, values.get("actual"), "actual")
    return where
