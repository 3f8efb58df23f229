"""The type and format of every header and record field import reads, checked before any write.

Each field has a :class:`Spec` (type, format, length, range, choices, nested specs); the
authority table (``domain.authority``) says which fields a sender may carry at all. A package
whose fields all pass here can be read by import without a type error: nothing else reads
records.json before this check.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS
from dvk_desktop.domain.ownership import MAX_REASON, ChangeState
from dvk_desktop.domain.review import MAX_ACTOR, MAX_COMMENT, ReviewState
from dvk_desktop.domain.rubric import MAX_RUBRIC_NAME
from dvk_desktop.domain.scoring import MAX_MEMBER, MAX_POSITION
from dvk_desktop.domain.vocab import (
    AwardForm,
    DecisionKind,
    EvaluationGrade,
    Field,
    Gender,
    ModelType,
    Novelty,
    OrgType,
    Status,
    SubTopic,
)
from dvk_desktop.messages import _t
from dvk_desktop.services.exchange.records.schema_fast import object_check

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SHA_RE = re.compile(r"[0-9a-f]{64}")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# An ISO timestamp as export writes it: a date, "T", a time to the second, an optional offset.
MOMENT_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?")
MAX_ITEMS = 200_000
MAX_PROBLEMS = 500
PACKAGE_KINDS = ("records", "decisions", "aggregate")

# The kind of value each spec type expects, as a message says it.
TYPE_NAMES = {
    "str": _t("chuỗi ký tự"),
    "int": _t("số nguyên"),
    "bool": _t("giá trị đúng/sai"),
    "uuid": _t("chuỗi ký tự"),
    "sha256": _t("chuỗi ký tự"),
    "date": _t("chuỗi ký tự"),
    "moment": _t("chuỗi ký tự"),
    "enum": _t("chuỗi ký tự"),
    "decimal": _t("chuỗi ký tự"),
    "list": _t("danh sách"),
    "object": _t("đối tượng"),
    "map": _t("đối tượng"),
}
FORMAT_NAMES = {
    "uuid": _t("mã định danh UUID"),
    "sha256": _t("mã băm SHA-256"),
    "date": _t("ngày dạng yyyy-mm-dd"),
    "moment": _t("thời điểm dạng ISO (yyyy-mm-ddThh:mm:ss)"),
    "decimal": _t("số thập phân không âm"),
    "enum": _t("một giá trị trong danh mục"),
}


@dataclass(frozen=True)
class Spec:
    """What one field must be. ``item`` specs list items and map values; ``fields`` objects."""

    type: str
    required: bool = True
    nullable: bool = False
    max_len: int = 0  # strings (0: no limit beyond the package's) and lists
    lo: int = 0  # integers
    hi: int = 10**15
    choices: frozenset[str] = frozenset()
    item: Spec | None = None
    fields: Mapping[str, Spec] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None  # extra format of a "str"


def _s(limit: int, *, required: bool = False, nullable: bool = False) -> Spec:
    return Spec("str", required=required, nullable=nullable, max_len=limit)


def _e(cls: Any, *, required: bool = True, nullable: bool = False) -> Spec:
    return Spec("enum", required, nullable, choices=frozenset(m.value for m in cls))


UUID = Spec("uuid")
OPT_UUID = Spec("uuid", required=False, nullable=True)
SHA = Spec("sha256")
DATE = Spec("date")
OPT_DATE = Spec("date", required=False, nullable=True)
OPT_MOMENT = Spec("moment", required=False, nullable=True)
OPT_BOOL = Spec("bool", required=False, nullable=True)
NUMBER = Spec("decimal", required=False, nullable=True)
UUIDS = Spec("list", required=False, max_len=10_000, item=UUID)
COUNT = Spec("int", hi=10**15)
SIZE = Spec("int", hi=2**40)

SENDER = Spec(
    "object", fields={"unit_code": _s(20, required=True), "unit_name": _s(200), "level": _s(10)}
)
INDICATOR = Spec(
    "object",
    fields={
        "code": _s(40, required=True), "name": _s(200, required=True),
        "unit": _s(40, required=True), "target": NUMBER, "actual": NUMBER,
        "by_village": Spec("map", required=False, max_len=10_000, item=Spec(
            "object", fields={"target": NUMBER, "actual": NUMBER})),
    },
)  # fmt: skip
MODEL: dict[str, Spec] = {
    "uuid": UUID, "code": _s(40, required=True), "version": Spec("int", lo=0, hi=10**9),
    "source_unit_code": _s(20, required=True), "model_type": _e(ModelType),
    "field": _e(Field), "novelty": _e(Novelty), "status": _e(Status),
    "sub_topics": Spec("list", required=False, max_len=len(SubTopic), item=_e(SubTopic)),
    "continues_uuid": OPT_UUID, "replicated_from_uuid": OPT_UUID,
    "replicated_from_text": _s(300), "year": Spec("int", lo=0, hi=10**4),
    "owner_org_uuid": OPT_UUID, "holder_person_uuid": OPT_UUID, "lead_person_uuid": OPT_UUID,
    "coordinating_org_uuids": UUIDS, "village_uuid": OPT_UUID, "labour_days": COUNT,
    "start_date": OPT_DATE, "end_date": OPT_DATE, "evaluation_date": OPT_DATE,
    "indicators": Spec("list", required=False, max_len=200, item=INDICATOR),
    **{key: _s(limit, required=key == "name", nullable=key != "name")
       for key, (_label, limit) in TEXT_FIELDS.items()},
    **{key: COUNT for key in BUDGET_SOURCES},
    "score": NUMBER, "grade": _e(EvaluationGrade, required=False, nullable=True),
}  # fmt: skip
SCORES = Spec("map", max_len=60, item=Spec("decimal"))

# Every section of records.json: the fields of its records.
SECTIONS: Mapping[str, Mapping[str, Spec]] = {
    "villages": {"uuid": UUID, "code": _s(11, required=True), "name": _s(200, required=True),
                 "kind": _s(40)},
    "organisations": {"uuid": UUID, "name": _s(300, required=True), "org_type": _e(OrgType),
                      "village_uuid": OPT_UUID},
    "people": {
        "uuid": UUID, "full_name": _s(150, required=True),
        "birth_year": Spec("int", required=False, nullable=True, lo=1900, hi=2100),
        "gender": _e(Gender, required=False, nullable=True), "position": _s(200),
        "workplace": _s(300), "village_uuid": OPT_UUID, "is_official": OPT_BOOL,
        "consent": OPT_BOOL,
    },
    "models": MODEL,
    "progress_reports": {
        "uuid": UUID, "model_uuid": UUID, "report_date": DATE,
        "period_label": _s(100), "done": _s(8000),
        "lessons": _s(8000),
        "values": Spec("map", required=False, max_len=200, item=NUMBER),
    },
    "evidence": {
        "uuid": UUID, "model_uuid": UUID, "progress_report_uuid": OPT_UUID, "sha256": SHA,
        "size": SIZE, "media_type": _s(100, required=True),
        "original_name": _s(255, required=True), "caption": _s(1000),
        "taken_on": OPT_DATE, "shows_people": OPT_BOOL,
        "original_sha256": Spec("sha256", required=False),
        "original_size": Spec("int", required=False, hi=2**40),
    },
    "evaluations": {
        "uuid": UUID, "model_uuid": UUID, "evaluated_on": OPT_DATE,
        "evaluator": _s(300, nullable=True), "scores": Spec("map", required=False, max_len=60),
        "total": NUMBER, "grade": _s(20, nullable=True), "comment": _s(MAX_COMMENT, nullable=True),
    },
    "decisions": {
        "uuid": UUID, "kind": _e(DecisionKind), "number": _s(60, required=True),
        "signed_on": DATE, "issuer": _s(300, required=True),
        "issuer_unit_code": _s(20, nullable=True),
        "award_form": _e(AwardForm, required=False, nullable=True),
        "summary": _s(4000), "model_uuids": Spec("list", max_len=10_000, item=UUID),
    },
    "tombstones": {"uuid": UUID, "entity": _s(40, nullable=True), "deleted_at": OPT_MOMENT},
    "removed_evidence": {"uuid": UUID, "model_uuid": UUID, "removed_at": Spec("moment")},
    "sign_offs": {
        "uuid": UUID, "model_uuid": UUID, "version": Spec("int", lo=1, hi=10**6),
        "signer": _s(150, required=True), "position": _s(200), "at": Spec("moment"),
        "withdrawn_at": OPT_MOMENT,
    },
    "reviews": {
        "uuid": UUID, "model_uuid": UUID, "state": _e(ReviewState),
        "comment": _s(MAX_COMMENT, required=True), "actor": _s(MAX_ACTOR, required=True),
        "at": Spec("moment"),
    },
    "rubrics": {
        "uuid": UUID, "scope": _s(10, required=True), "version": Spec("int", lo=1, hi=10**6),
        "name": _s(MAX_RUBRIC_NAME, required=True), "note": _s(MAX_COMMENT),
        "criteria": Spec("list", max_len=100, item=Spec("object", fields={
            "code": _s(40, required=True), "name": _s(300, required=True),
            "max_points": Spec("int", hi=100_000)})),
        "excellent_from": Spec("int", hi=100_000), "good_from": Spec("int", hi=100_000),
        "pass_from": Spec("int", hi=100_000), "created_at": OPT_MOMENT,
    },
    "score_sheets": {
        "uuid": UUID, "model_uuid": UUID, "rubric_uuid": UUID,
        "member": _s(MAX_MEMBER, required=True),
        "position": _s(MAX_POSITION, required=True), "evaluated_on": DATE, "scores": SCORES,
        "total": Spec("decimal"), "grade": _e(EvaluationGrade),
        "comment": _s(MAX_COMMENT, required=True), "updated_at": OPT_MOMENT,
    },
}  # fmt: skip
# A replication link, as replication.py writes it (every field always there).
_LINK = {
    "replica_unit_code": _s(20, required=True), "replica_code": _s(40, required=True),
    "replica_name": _s(300, required=True), "replica_status": _s(30, required=True),
    "origin_unit_code": _s(20, required=True), "origin_code": _s(40, required=True),
    "origin_name": _s(300, required=True), "replica_uuid": UUID, "origin_uuid": OPT_UUID,
    "replica_year": Spec("int", lo=1900, hi=2200),
}  # fmt: skip
# A side of a change request: a model record as it was (or would be) and the evidence it
# lists. The upper level shows both sides and, on accepting, writes the proposed one onto the
# model, so every field is checked as a model record's; none is required, because a request
# keeps the record of the version it was made in.
_SIDE = {
    **{key: replace(spec, required=False) for key, spec in MODEL.items()},
    "evidence": Spec("list", required=False, max_len=MAX_ITEMS, item=Spec("object", fields={
        "sha256": SHA, "name": replace(SECTIONS["evidence"]["original_name"], required=False),
        "caption": replace(SECTIONS["evidence"]["caption"], required=False)})),
}  # fmt: skip
# Change requests travel both ways, in every snapshot (change_records checks what they name).
_CHANGE_REQUEST = {
    "uuid": UUID, "model_uuid": UUID, "origin_unit_code": _s(20),
    "base_version": Spec("int", lo=1, hi=2**31 - 1), "base": Spec("object", fields=_SIDE),
    "proposed": Spec("object", fields={
        **_SIDE, "status": _e(Status, required=False, nullable=True)}),
    "reason": _s(MAX_REASON, required=True), "created_at": Spec("moment"),
    "created_by": _s(150), "state": _e(ChangeState, required=False),
    "decided_at": OPT_MOMENT, "decided_by": _s(150), "decision_comment": _s(4000),
    "applied_version": Spec("int", required=False, nullable=True, hi=2**31 - 1),
}  # fmt: skip
SECTIONS = {
    **SECTIONS, "replications": _LINK, "replicated_elsewhere": _LINK,
    "change_requests": _CHANGE_REQUEST,
}  # fmt: skip
EVERY_SNAPSHOT = ("change_requests",)  # sections checked whatever the package's kind
TOP: Mapping[str, Spec] = {
    "format": _s(40, required=True), "version": Spec("int", hi=1000), "sender": SENDER,
    "children": Spec("list", max_len=20_000, item=Spec("object")),
    "acknowledged_evidence": Spec("list", required=False, max_len=MAX_ITEMS, item=SHA),
    "awaited_evidence": Spec("list", required=False, max_len=MAX_ITEMS, item=SHA),
    # The upper level's part version of each model, as the sender last received it.
    "upper_versions": Spec(
        "map", required=False, max_len=MAX_ITEMS, item=Spec("int", hi=2**53 - 1)),
}  # fmt: skip
HEADER: Mapping[str, Spec] = {
    "format": _s(40, required=True), "version": Spec("int", hi=1000),
    "kind": Spec("enum", choices=frozenset(PACKAGE_KINDS)),
    "sender": Spec("object", fields={"unit_code": _s(20, required=True), "unit_name": _s(200)}),
    "recipient": Spec("object", fields={"unit_code": _s(20, required=True),
                                        "unit_name": _s(200)}),
    "key_id": Spec("str", max_len=16, pattern=re.compile(r"[0-9a-f]{16}")),
    "public_key": Spec("str", max_len=100, pattern=re.compile(r"[A-Za-z0-9+/]{43}=")),
    "sequence": Spec("int", lo=1, hi=2**53), "created": Spec("moment"),
    "previous_sha256": Spec("str", max_len=64, pattern=re.compile(r"|[0-9a-f]{64}")),
    "period": Spec("object", required=False, fields={"year": Spec("int", hi=10**4)}),
    "counts": Spec("map", required=False, max_len=40, item=Spec("int", hi=2**53)),
    "evidence_not_included": Spec("list", required=False, max_len=MAX_ITEMS, item=SHA),
    "schema_version": _s(100), "app_version": _s(100), "rotation": Spec("object", required=False),
}  # fmt: skip


# What some fields are, in words, for the messages (the field's own name is shown too).
LABELS = {
    "state": _t("trạng thái thẩm định"),
    "score": _t("điểm trung bình"),
    "grade": _t("xếp loại"),
    "rubric_uuid": _t("bộ tiêu chí của phiếu"),
    "created": _t("thời điểm tạo gói"),
    "status": _t("trạng thái mô hình"),
    "sha256": _t("mã băm tệp"),
    "model_uuid": _t("mô hình"),
    "gender": _t("giới tính"),
    "village_uuid": _t("thôn"),
    "coordinating_org_uuids": _t("tổ chức phối hợp"),
    "sender": _t("đơn vị gửi"),
    "unit_name": _t("tên đơn vị"),
    "report_date": _t("ngày báo cáo"),
}


def _named(name: str) -> str:
    label = LABELS.get(name.rsplit(".", 1)[-1].split("[", 1)[0])
    return _t("“{name}” ({label})", name=name, label=label) if label else _t("“{name}”", name=name)


class Problems(list[str]):
    """Problems in Vietnamese, capped so that a hostile package cannot flood the report."""

    def add(self, where: str, what: str) -> None:
        """Record one problem (``where`` names the record, ``what`` the rule)."""
        if len(self) < MAX_PROBLEMS:
            self.append(_t("{where}: {what}", where=where, what=what))


def _format_ok(spec: Spec, value: Any) -> bool:
    """Whether a value of the right type also has the right format, length and range."""
    textual = ("str", "enum", "uuid", "sha256", "date", "moment", "decimal")
    if spec.type in textual and spec.max_len and len(value) > spec.max_len:
        return False
    if spec.type == "uuid":
        return UUID_RE.fullmatch(value) is not None
    if spec.type == "sha256":
        return SHA_RE.fullmatch(value) is not None
    if spec.type == "enum":
        return value in spec.choices
    if spec.type == "str":
        return spec.pattern is None or spec.pattern.fullmatch(value) is not None
    if spec.type in ("date", "moment"):
        pattern = DATE_RE if spec.type == "date" else MOMENT_RE
        if len(value) > 40 or pattern.fullmatch(value) is None:
            return False
        try:
            (dt.date if spec.type == "date" else dt.datetime).fromisoformat(value)
        except ValueError:
            return False
        return True
    if spec.type == "decimal":
        try:
            number = Decimal(value) if len(value) <= 30 else Decimal("NaN")
        except InvalidOperation:
            return False
        return number.is_finite() and number >= 0
    if spec.type == "int":
        return bool(spec.lo <= value <= spec.hi)
    if spec.type in ("list", "map"):
        return not spec.max_len or len(value) <= spec.max_len
    return True


_PY_TYPES: Mapping[str, type | tuple[type, ...]] = {
    "int": int, "bool": bool, "list": list, "object": dict, "map": dict,
}  # fmt: skip


def _type_ok(spec: Spec, value: Any) -> bool:
    if spec.type == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, _PY_TYPES.get(spec.type, str))


def _format_problem(spec: Spec, name: str, value: Any) -> str:
    """The message for a value of the right type and the wrong format, length or range."""
    shown = str(value)[:40]
    if spec.type in ("str", "enum", "uuid", "sha256", "decimal", "list", "map") and (
        spec.max_len and len(value) > spec.max_len
    ):
        return _t(
            "trường {name} dài {length} ký tự, vượt giới hạn {limit}",
            name=_named(name),
            length=len(value),
            limit=spec.max_len,
        )
    if spec.type == "int":
        if spec.lo == 0:
            return _t(
                "trường {name} phải là số nguyên không âm, tối đa {hi}",
                name=_named(name),
                hi=spec.hi,
            )
        return _t(
            "trường {name} phải là số nguyên từ {lo} đến {hi}",
            name=_named(name),
            lo=spec.lo,
            hi=spec.hi,
        )
    if spec.type == "enum":
        return _t(
            "giá trị “{shown}” của trường {name} không hợp lệ", shown=shown, name=_named(name)
        )
    if spec.type == "uuid":
        return _t("mã định danh {name} không hợp lệ (“{shown}”)", name=_named(name), shown=shown)
    if spec.type == "sha256":
        return _t("trường {name}: mã băm tệp không hợp lệ", name=_named(name))
    if spec.type == "date":
        return _t(
            "ngày “{shown}” của trường {name} không hợp lệ (cần dạng yyyy-mm-dd)",
            shown=shown,
            name=_named(name),
        )
    if spec.type == "moment":
        return _t(
            "thời điểm “{shown}” của trường {name} không hợp lệ ({expected})",
            shown=shown,
            name=_named(name),
            expected=FORMAT_NAMES["moment"],
        )
    if spec.type == "decimal":
        return _t(
            "số “{shown}” của trường {name} không hợp lệ ({expected})",
            shown=shown,
            name=_named(name),
            expected=FORMAT_NAMES["decimal"],
        )
    return _t("trường {name} không đúng định dạng (“{shown}”)", name=_named(name), shown=shown)


def check_value(problems: Problems, where: str, name: str, spec: Spec, value: Any) -> bool:
    """Check one value against its spec (recursively); False if anything was wrong."""
    if value is None:
        if spec.nullable:
            return True
        problems.add(where, _t("trường {name} không được để trống", name=_named(name)))
        return False
    if not _type_ok(spec, value):
        problems.add(
            where,
            _t("trường {name} phải là {kind}", name=_named(name), kind=TYPE_NAMES[spec.type]),
        )
        return False
    if not _format_ok(spec, value):
        problems.add(where, _format_problem(spec, name, value))
        return False
    ok = True
    if spec.type == "list" and spec.item is not None:
        for n, item in enumerate(value, 1):
            ok = check_value(problems, where, f"{name}[{n}]", spec.item, item) and ok
    elif spec.type == "map":
        for key, item in value.items():
            if len(key) > 60:
                problems.add(where, _t("khóa trong trường {name} quá dài", name=_named(name)))
                ok = False
            elif spec.item is not None:
                ok = check_value(problems, where, f"{name}.{key[:40]}", spec.item, item) and ok
    elif spec.type == "object" and spec.fields:
        ok = check_object(problems, where, value, spec.fields, prefix=f"{name}.") and ok
    return ok


def check_object(
    problems: Problems,
    where: str,
    item: Mapping[str, Any],
    specs: Mapping[str, Spec],
    *,
    prefix: str = "",
) -> bool:
    """Check the known fields of one object (which fields are allowed is the authority's)."""
    ok = True
    for name, spec in specs.items():
        if name not in item:
            if spec.required:
                problems.add(where, _t("thiếu trường {name}", name=_named(prefix + name)))
                ok = False
            continue
        ok = check_value(problems, where, prefix + name, spec, item[name]) and ok
    return ok


SECTION_LABELS = {
    "villages": _t("Thôn"),
    "organisations": _t("Tổ chức"),
    "people": _t("Người"),
    "models": _t("Mô hình"),
    "progress_reports": _t("Báo cáo tiến độ"),
    "evidence": _t("Minh chứng"),
    "evaluations": _t("Phiếu đánh giá"),
    "decisions": _t("Quyết định"),
    "tombstones": _t("Bản ghi xóa"),
    "removed_evidence": _t("Minh chứng đã gỡ"),
    "sign_offs": _t("Ký duyệt"),
    "reviews": _t("Kết quả thẩm định"),
    "rubrics": _t("Bộ tiêu chí"),
    "score_sheets": _t("Phiếu chấm điểm"),
    "change_requests": _t("Yêu cầu thay đổi"),
}


def where_of(section: str, n: int, item: Any = None, unit: str = "") -> str:
    """How a message names a record: “Mô hình thứ 2 (“Camera…”) của đơn vị 00070”."""
    name = item.get("name") if isinstance(item, dict) else None
    label = SECTION_LABELS.get(section, section)
    if isinstance(name, str):
        text = _t("{label} thứ {n} (“{name}”)", label=label, n=n, name=name[:60])
    else:
        text = _t("{label} thứ {n}", label=label, n=n)
    return _t("{record} của đơn vị {unit}", record=text, unit=unit[:20]) if unit else text


# Every top field but an aggregate's children (its own check): the parent's evidence lists too.
_TOP_FIELDS: Mapping[str, Spec] = {k: s for k, s in TOP.items() if k != "children"}


def check_snapshot(problems: Problems, records: Any, sections: Any, unit: str = "") -> bool:
    """Check the top of one snapshot and every record of ``sections`` (types and formats)."""
    where = _t("Dữ liệu của đơn vị {unit}", unit=unit[:20]) if unit else _t("Dữ liệu")
    if not isinstance(records, dict):
        problems.add(where, _t("không phải đối tượng JSON"))
        return False
    ok = object_check(_TOP_FIELDS)(records) or check_object(problems, where, records, _TOP_FIELDS)
    for section in (*sections, *EVERY_SNAPSHOT):
        items = records.get(section, [])
        if not isinstance(items, list) or len(items) > MAX_ITEMS:
            problems.add(where, _t("phần “{section}” phải là danh sách", section=section))
            ok = False
            continue
        fast = object_check(SECTIONS[section])
        for n, item in enumerate(items, 1):
            if isinstance(item, dict) and fast(item):
                continue  # nothing wrong: no message to word (the slow walk words them)
            if not isinstance(item, dict):
                problems.add(where_of(section, n, unit=unit), _t("không phải đối tượng JSON"))
                ok = False
            elif not check_object(
                problems, where_of(section, n, item, unit), item, SECTIONS[section]
            ):
                ok = False
    return ok


def check_header(problems: Problems, header: Mapping[str, Any]) -> bool:
    """Check every header field import reads (``format.header_problems``, before the signature)."""
    return check_object(problems, _t("Tiêu đề gói"), header, HEADER)
