"""The records of a package: collecting a snapshot to send; checking and applying one received."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid as uuidlib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from dvk_desktop.domain.lifecycle import TRANSITIONS
from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS, IndicatorInput, ModelInput
from dvk_desktop.domain.model import field_problems as model_field_problems
from dvk_desktop.domain.text import clean, fold, sort_key
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
    UnitLevel,
    WorkspaceRole,
)
from dvk_desktop.services import audit
from dvk_desktop.services.models import _apply, snapshot
from dvk_desktop.storage.models import (
    Decision,
    DecisionModel,
    DvkModel,
    Evaluation,
    Evidence,
    IndicatorVillageValue,
    ModelCoordinator,
    ModelIndicator,
    Organisation,
    Person,
    ProgressReport,
    ProgressValue,
    StatusChange,
    Tombstone,
    Unit,
    Workspace,
    utcnow,
)

FORMAT = "dvk-records"
VERSION = 1
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ITEMS = 200_000


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


# ---------------------------------------------------------------- collecting (export)


def collect_records(
    session: Session,
    *,
    model_uuids: list[str] | None = None,
    include_people: bool = True,
    unit_code: str | None = None,
) -> dict[str, Any]:
    """A full snapshot of one unit's records (idempotent to apply on the other side).

    The unit is this workspace's own, or ``unit_code`` (a child whose records an upper level
    holds and forwards in an aggregate). ``model_uuids`` limits the models (and what hangs off
    them); people are the personal data of the brief's §7 and travel only when
    ``include_people``.
    """
    ws = session.scalars(select(Workspace)).one()
    unit_code = unit_code or ws.unit_code
    own = session.scalars(select(Unit).where(Unit.code == unit_code)).one()
    stmt = select(DvkModel).where(DvkModel.source_unit_code == unit_code)
    if model_uuids is not None:
        stmt = stmt.where(DvkModel.uuid.in_(model_uuids))
    models = list(session.scalars(stmt.order_by(DvkModel.id)))
    model_ids = {m.id for m in models}
    villages = list(session.scalars(select(Unit).where(Unit.parent_id == own.id)))
    orgs = list(session.scalars(select(Organisation).where(Organisation.unit_id == own.id)))
    people = list(session.scalars(select(Person).where(Person.unit_id == own.id)))
    reports = [r for r in session.scalars(select(ProgressReport)) if r.model_id in model_ids]
    report_uuid = {r.id: r.uuid for r in reports}
    evidence = [
        e
        for e in session.scalars(select(Evidence).where(Evidence.removed_at.is_(None)))
        if e.model_id in model_ids
    ]
    model_uuid = {m.id: m.uuid for m in models}
    evaluations = [e for e in session.scalars(select(Evaluation)) if e.model_id in model_ids]
    decisions = list(session.scalars(select(Decision)))
    return {
        "format": FORMAT,
        "version": VERSION,
        "sender": {"unit_code": own.code, "unit_name": own.name, "level": own.level},
        "villages": [
            {"uuid": v.uuid, "code": v.code, "name": v.name, "kind": v.kind} for v in villages
        ],
        "organisations": [
            {
                "uuid": o.uuid, "name": o.name, "org_type": o.org_type,
                "village_uuid": o.village.uuid if o.village else None,
            }
            for o in orgs
        ],
        "people": [
            {
                "uuid": p.uuid, "full_name": p.full_name, "birth_year": p.birth_year,
                "gender": p.gender, "position": p.position, "workplace": p.workplace,
                "village_uuid": p.village.uuid if p.village else None,
                "is_official": p.is_official, "consent": p.consent,
            }
            for p in people
        ] if include_people else [],
        "models": [_model_record(m, include_people) for m in models],
        "progress_reports": [
            {
                "uuid": r.uuid, "model_uuid": model_uuid[r.model_id],
                "report_date": _iso(r.report_date), "period_label": r.period_label,
                "done": r.done, "lessons": r.lessons,
                "values": {v.indicator_code: _dec(v.actual) for v in r.values},
            }
            for r in reports
        ],
        "evidence": [
            {
                "uuid": e.uuid, "model_uuid": model_uuid[e.model_id],
                "progress_report_uuid": report_uuid.get(e.progress_report_id or -1),
                "sha256": e.sha256, "size": e.size, "media_type": e.media_type,
                "original_name": e.original_name, "caption": e.caption,
                "taken_on": _iso(e.taken_on), "shows_people": e.shows_people,
            }
            for e in evidence
        ],
        "evaluations": [
            {
                "uuid": e.uuid, "model_uuid": model_uuid[e.model_id],
                "evaluated_on": _iso(e.evaluated_on), "evaluator": e.evaluator,
                "scores": json.loads(e.scores_json), "total": _dec(e.total), "grade": e.grade,
                "comment": e.comment,
            }
            for e in evaluations
        ],
        "decisions": [
            {
                "uuid": d.uuid, "kind": d.kind, "number": d.number,
                "signed_on": _iso(d.signed_on), "issuer": d.issuer,
                "issuer_unit_code": d.issuer_unit_code, "award_form": d.award_form,
                "summary": d.summary,
                "model_uuids": [dm.model.uuid for dm in d.models if dm.model_id in model_ids],
            }
            for d in decisions
            if any(dm.model_id in model_ids for dm in d.models)
        ],
        "tombstones": [
            {"uuid": t.uuid, "entity": t.entity, "deleted_at": t.deleted_at.isoformat()}
            for t in session.scalars(select(Tombstone))
        ],
    }  # fmt: skip


def _model_record(m: DvkModel, include_people: bool = True) -> dict[str, Any]:
    snap = snapshot(m)
    if not include_people:  # without the people, their references cannot travel either
        snap["holder_person_uuid"] = snap["lead_person_uuid"] = None
    record = {
        key: snap[key]
        for key in (
            "uuid", "code", "version", "source_unit_code", "name", "model_type", "field",
            "sub_topics", "novelty", "continues_uuid", "replicated_from_uuid",
            "replicated_from_text", "year", "status", "owner_org_uuid", "holder_person_uuid",
            "lead_person_uuid", "coordinating_org_uuids", "village_uuid", "place", "labour_days",
            *TEXT_FIELDS, *BUDGET_SOURCES,
        )
    }  # fmt: skip
    for key in ("start_date", "end_date", "evaluation_date"):
        record[key] = _iso(snap[key])
    record["indicators"] = [
        {
            "code": i["code"], "name": i["name"], "unit": i["unit"],
            "target": _dec(i["target"]), "actual": _dec(i["actual"]),
            "by_village": {
                v: {"target": _dec(x["target"]), "actual": _dec(x["actual"])}
                for v, x in i["by_village"].items()
            },
        }
        for i in snap["indicators"]
    ]  # fmt: skip
    return record


def has_personal_data(records: dict[str, Any]) -> bool:
    """Whether the records carry personal data of individuals (brief §7): encrypt by default."""
    return bool(records.get("people")) or any(
        e.get("shows_people") for e in records.get("evidence", [])
    )


def evidence_hashes(records: dict[str, Any]) -> set[str]:
    """Hashes of all evidence the records refer to."""
    return {e["sha256"] for e in records.get("evidence", [])}


# ---------------------------------------------------------------- checking (import)


@dataclass
class RecordCheck:
    """Problems found in received records, in Vietnamese; empty means the records may apply."""

    problems: list[str] = field(default_factory=list)

    def add(self, where: str, what: str) -> None:
        """Record one problem (capped, so a hostile package cannot flood the report)."""
        if len(self.problems) < 500:
            self.problems.append(f"{where}: {what}")


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
        check.add(where, f"trường “{key}” phải là chuỗi ký tự")
    elif len(value) > limit:
        check.add(where, f"trường “{key}” dài {len(value)} ký tự, vượt giới hạn {limit}")
    elif required and not value.strip():
        check.add(where, f"thiếu trường “{key}”")


def _uuid(check: RecordCheck, where: str, value: Any, key: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not _UUID.match(value):
        check.add(where, f"mã định danh “{key}” không hợp lệ")


def _enum(
    check: RecordCheck, where: str, value: Any, cls: type, key: str, *, optional: bool = False
) -> None:
    if value is None and optional:
        return
    if value not in {m.value for m in cls}:  # type: ignore[attr-defined]
        check.add(where, f"giá trị “{str(value)[:40]}” của trường “{key}” không hợp lệ")


def _date(check: RecordCheck, where: str, value: Any, key: str, *, optional: bool = True) -> None:
    if value is None and optional:
        return
    try:
        if not isinstance(value, str) or not _DATE.match(value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        check.add(where, f"ngày “{str(value)[:20]}” của trường “{key}” không hợp lệ")


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
        check.add(where, f"số “{str(value)[:30]}” của trường “{key}” không hợp lệ")


def _list(check: RecordCheck, records: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = records.get(key, [])
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        check.add("Dữ liệu", f"phần “{key}” không phải danh sách hợp lệ")
        return []
    good = [i for i in items if isinstance(i, dict)]
    if len(good) != len(items):
        check.add("Dữ liệu", f"phần “{key}” có phần tử không hợp lệ")
    return good


def check_records(records: Any, *, sender_unit_code: str, mode: str = "child") -> RecordCheck:
    """Validate received records against the schema and the domain rules, without writing.

    ``mode`` is "child" when a commune's records arrive at its upper level (every model must
    belong to the sender) and "decisions" when the upper level's decisions come back down.
    """
    check = RecordCheck()
    if not isinstance(records, dict):
        check.add("Dữ liệu", "không phải đối tượng JSON")
        return check
    if records.get("format") != FORMAT or records.get("version") != VERSION:
        check.add("Dữ liệu", "định dạng hoặc phiên bản bản ghi không được hỗ trợ")
        return check
    sender = records.get("sender")
    if not isinstance(sender, dict) or sender.get("unit_code") != sender_unit_code:
        check.add("Dữ liệu", "đơn vị gửi trong bản ghi không khớp với đơn vị đã ký gói")
    seen: set[str] = set()

    def unique(where: str, value: Any) -> None:
        if isinstance(value, str):
            if value in seen:
                check.add(where, "mã định danh bị trùng trong gói")
            seen.add(value)

    for n, v in enumerate(_list(check, records, "villages"), 1):
        where = f"Thôn thứ {n}"
        _uuid(check, where, v.get("uuid"), "uuid")
        unique(where, v.get("uuid"))
        _text(check, where, v, "name", 200, required=True)
        _text(check, where, v, "code", 20, required=True)
        _text(check, where, v, "kind", 40)
    for n, o in enumerate(_list(check, records, "organisations"), 1):
        where = f"Tổ chức thứ {n}"
        _uuid(check, where, o.get("uuid"), "uuid")
        unique(where, o.get("uuid"))
        _text(check, where, o, "name", 300, required=True)
        _enum(check, where, o.get("org_type"), OrgType, "org_type")
        _uuid(check, where, o.get("village_uuid"), "village_uuid", optional=True)
    for n, p in enumerate(_list(check, records, "people"), 1):
        where = f"Người thứ {n}"
        _uuid(check, where, p.get("uuid"), "uuid")
        unique(where, p.get("uuid"))
        _text(check, where, p, "full_name", 150, required=True)
        _text(check, where, p, "position", 200)
        _text(check, where, p, "workplace", 300)
        _enum(check, where, p.get("gender"), Gender, "gender", optional=True)
        year = p.get("birth_year")
        if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2100):
            check.add(where, "năm sinh không hợp lệ")
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
                where, f"có trường dữ liệu cá nhân không được phép: {', '.join(sorted(extra))}"
            )
    refs = {
        key: {i.get("uuid") for i in _list(check, records, key)}
        for key in ("villages", "organisations", "people")
    }
    for n, m in enumerate(_list(check, records, "models"), 1):
        before = len(check.problems)
        _check_model(check, n, m, sender_unit_code, mode)
        unique(f"Mô hình thứ {n}", m.get("uuid"))
        if mode == "child" and len(check.problems) == before:
            where = f"Mô hình thứ {n} (“{str(m.get('name'))[:60]}”)"
            for problem in check_model_fields(m):
                check.add(where, problem)
            _check_refs(check, where, m, refs)
    for n, r in enumerate(_list(check, records, "progress_reports"), 1):
        where = f"Báo cáo tiến độ thứ {n}"
        _uuid(check, where, r.get("uuid"), "uuid")
        _uuid(check, where, r.get("model_uuid"), "model_uuid")
        _date(check, where, r.get("report_date"), "report_date", optional=False)
        _text(check, where, r, "period_label", 100)
        _text(check, where, r, "done", 8000)
        _text(check, where, r, "lessons", 8000)
        values = r.get("values", {})
        if not isinstance(values, dict):
            check.add(where, "giá trị chỉ tiêu không hợp lệ")
        else:
            for code, value in values.items():
                _number(check, where, value, str(code)[:40])
    for n, e in enumerate(_list(check, records, "evidence"), 1):
        where = f"Minh chứng thứ {n}"
        _uuid(check, where, e.get("uuid"), "uuid")
        _uuid(check, where, e.get("model_uuid"), "model_uuid")
        _uuid(check, where, e.get("progress_report_uuid"), "progress_report_uuid", optional=True)
        if not isinstance(e.get("sha256"), str) or not _SHA.match(e["sha256"]):
            check.add(where, "mã băm tệp không hợp lệ")
        size = e.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= 2**40:
            check.add(where, "kích thước tệp không hợp lệ")
        _text(check, where, e, "original_name", 255, required=True)
        _text(check, where, e, "caption", 1000)
        _text(check, where, e, "media_type", 100, required=True)
        _date(check, where, e.get("taken_on"), "taken_on")
        # A photo reduced for sending names the original the sender keeps (both keys or none).
        if ("original_sha256" in e) != ("original_size" in e):
            check.add(where, "thông tin ảnh gốc không đầy đủ")
        if "original_sha256" in e and (
            not isinstance(e["original_sha256"], str) or not _SHA.match(e["original_sha256"])
        ):
            check.add(where, "mã băm ảnh gốc không hợp lệ")
        original_size = e.get("original_size", 0)
        if (
            not isinstance(original_size, int)
            or isinstance(original_size, bool)
            or not 0 <= original_size <= 2**40
        ):
            check.add(where, "kích thước ảnh gốc không hợp lệ")
    for n, d in enumerate(_list(check, records, "decisions"), 1):
        where = f"Quyết định thứ {n}"
        _uuid(check, where, d.get("uuid"), "uuid")
        _enum(check, where, d.get("kind"), DecisionKind, "kind")
        _enum(check, where, d.get("award_form"), AwardForm, "award_form", optional=True)
        _text(check, where, d, "number", 60, required=True)
        _text(check, where, d, "issuer", 300, required=True)
        _text(check, where, d, "summary", 4000)
        _date(check, where, d.get("signed_on"), "signed_on", optional=False)
        ids = d.get("model_uuids")
        if not isinstance(ids, list) or not all(isinstance(i, str) and _UUID.match(i) for i in ids):
            check.add(where, "danh sách mô hình không hợp lệ")
    for n, t in enumerate(_list(check, records, "tombstones"), 1):
        _uuid(check, f"Bản ghi xóa thứ {n}", t.get("uuid"), "uuid")
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
            check.add(where, f"tham chiếu tới {key} “{str(uuid)[:36]}” không có trong gói")


def _check_model(check: RecordCheck, n: int, m: dict[str, Any], sender: str, mode: str) -> None:
    name = m.get("name")
    where = f"Mô hình thứ {n}" + (f" (“{name[:60]}”)" if isinstance(name, str) else "")
    _uuid(check, where, m.get("uuid"), "uuid")
    if mode == "child" and m.get("source_unit_code") != sender:
        check.add(
            where,
            f"thuộc đơn vị “{str(m.get('source_unit_code'))[:20]}”, không phải đơn vị gửi gói",
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
        check.add(where, "chủ đề phụ không hợp lệ")
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
            check.add(where, f"trường “{key}” phải là số nguyên không âm")
    indicators = m.get("indicators", [])
    if not isinstance(indicators, list) or len(indicators) > 200:
        check.add(where, "danh sách chỉ tiêu không hợp lệ")
        return
    for ind in indicators:
        if not isinstance(ind, dict):
            check.add(where, "chỉ tiêu không hợp lệ")
            continue
        _text(check, where, ind, "code", 40, required=True)
        _text(check, where, ind, "name", 200, required=True)
        _text(check, where, ind, "unit", 40, required=True)
        _number(check, where, ind.get("target"), "target")
        _number(check, where, ind.get("actual"), "actual")
        by_village = ind.get("by_village", {})
        if not isinstance(by_village, dict):
            check.add(where, "số liệu theo thôn không hợp lệ")
            continue
        for village, values in by_village.items():
            _uuid(check, where, village, "by_village")
            if not isinstance(values, dict):
                check.add(where, "số liệu theo thôn không hợp lệ")
                continue
            _number(check, where, values.get("target"), "target")
            _number(check, where, values.get("actual"), "actual")


def model_input_from_record(m: dict[str, Any]) -> ModelInput:
    """Turn a checked model record into domain input (strings are cleaned to NFC)."""

    def num(value: str | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    def day(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    data = ModelInput(
        name=m["name"],
        model_type=ModelType(m["model_type"]),
        field=Field(m["field"]),
        sub_topics=[SubTopic(t) for t in m.get("sub_topics", [])],
        novelty=Novelty(m["novelty"]),
        continues_uuid=m.get("continues_uuid"),
        replicated_from_uuid=m.get("replicated_from_uuid"),
        replicated_from_text=m.get("replicated_from_text", ""),
        year=m["year"],
        owner_org_uuid=m.get("owner_org_uuid"),
        holder_person_uuid=m.get("holder_person_uuid"),
        lead_person_uuid=m.get("lead_person_uuid"),
        coordinating_org_uuids=list(m.get("coordinating_org_uuids", [])),
        village_uuid=m.get("village_uuid"),
        start_date=day(m.get("start_date")),
        end_date=day(m.get("end_date")),
        evaluation_date=day(m.get("evaluation_date")),
        labour_days=m["labour_days"],
        indicators=[
            IndicatorInput(
                i["code"], i["name"], i["unit"], num(i.get("target")), num(i.get("actual")),
                {v: (num(x.get("target")), num(x.get("actual")))
                 for v, x in i.get("by_village", {}).items()},
            )
            for i in m.get("indicators", [])
        ],
    )  # fmt: skip
    for key in TEXT_FIELDS:
        setattr(data, key, m.get(key, "") or "")
    for key in BUDGET_SOURCES:
        setattr(data, key, m[key])
    return data.normalised()


# ---------------------------------------------------------------- applying (import)


@dataclass
class ApplyReport:
    """What applying records did, for the import summary."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_upper_status: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _reachable(source: Status, target: Status, roles: set[WorkspaceRole]) -> bool:
    """Whether ``target`` can follow ``source`` through steps the given levels may take."""
    frontier, seen = [source], {source}
    while frontier:
        current = frontier.pop()
        if current is target:
            return True
        for t in TRANSITIONS:
            if t.source is current and t.roles & roles and t.target not in seen:
                seen.add(t.target)
                frontier.append(t.target)
    return False


def _upsert_unit(session: Session, parent: Unit, v: dict[str, Any]) -> None:
    row = session.scalars(select(Unit).where(Unit.uuid == v["uuid"])).first()
    name = clean(v["name"])
    if row is None:
        code = clean(v["code"])
        if session.scalars(select(Unit).where(Unit.code == code)).first() is not None:
            code = f"{code}-{v['uuid'][:8]}"
        row = Unit(
            uuid=v["uuid"],
            code=code,
            level=UnitLevel.VILLAGE.value,
            parent_id=parent.id,
            name=name,
            name_folded="",
            name_sort=b"",
        )
        session.add(row)
    row.name, row.name_folded, row.name_sort = name, fold(name), sort_key(name)
    row.kind = clean(v.get("kind", ""))


def _by_uuid(session: Session, model: Any, uuid: str | None) -> Any:
    if uuid is None:
        return None
    return session.scalars(select(model).where(model.uuid == uuid)).first()


def apply_child_records(session: Session, records: dict[str, Any], *, actor: str) -> ApplyReport:
    """Apply a child unit's checked records inside the caller's transaction (upper level).

    Records are upserted by UUID, so applying the same snapshot twice changes nothing. A status
    the upper level has decided (recognition, return…) is kept when the child's package was
    made before it learnt of that decision.
    """
    report = ApplyReport()
    sender = records["sender"]
    parent = session.scalars(select(Unit).where(Unit.code == sender["unit_code"])).first()
    if parent is None:
        ws = session.scalars(select(Workspace)).one()
        own = session.scalars(select(Unit).where(Unit.code == ws.unit_code)).one()
        name = clean(sender.get("unit_name", sender["unit_code"]))
        parent = Unit(
            code=sender["unit_code"],
            name=name,
            name_folded=fold(name),
            name_sort=sort_key(name),
            level=UnitLevel.COMMUNE.value,
            kind="xã",
            parent_id=own.id,
        )
        session.add(parent)
        session.flush()
    for v in records.get("villages", []):
        _upsert_unit(session, parent, v)
    session.flush()
    for o in records.get("organisations", []):
        row = _by_uuid(session, Organisation, o["uuid"])
        name = clean(o["name"])
        if row is None:
            row = Organisation(uuid=o["uuid"], unit_id=parent.id)
            session.add(row)
        row.name, row.name_folded, row.name_sort = name, fold(name), sort_key(name)
        row.org_type = o["org_type"]
        village = _by_uuid(session, Unit, o.get("village_uuid"))
        row.village_id = village.id if village else None
    for p in records.get("people", []):
        row = _by_uuid(session, Person, p["uuid"])
        name = clean(p["full_name"])
        if row is None:
            row = Person(uuid=p["uuid"], unit_id=parent.id)
            session.add(row)
        row.full_name, row.name_folded, row.name_sort = name, fold(name), sort_key(name)
        row.birth_year, row.gender = p.get("birth_year"), p.get("gender")
        row.position, row.workplace = clean(p.get("position", "")), clean(p.get("workplace", ""))
        village = _by_uuid(session, Unit, p.get("village_uuid"))
        row.village_id = village.id if village else None
        row.is_official, row.consent = bool(p.get("is_official")), bool(p.get("consent"))
    session.flush()
    known = _preload_models(session, [m["uuid"] for m in records.get("models", [])])
    for m in records.get("models", []):
        _apply_model(session, m, sender["unit_code"], report, actor, known)
    session.flush()
    _apply_hanging(session, records, report)
    return report


def _preload_models(session: Session, uuids: list[str]) -> dict[str, DvkModel]:
    """The models already held among ``uuids``, with everything a snapshot reads.

    Comparing 500 models one by one through lazy loads took two seconds (nine queries each);
    these few queries fill the session so the comparisons run in memory.
    """
    options = (
        joinedload(DvkModel.owner_org),
        joinedload(DvkModel.holder),
        joinedload(DvkModel.lead),
        joinedload(DvkModel.village),
        joinedload(DvkModel.continues),
        joinedload(DvkModel.replicated_from),
        selectinload(DvkModel.coordinators).joinedload(ModelCoordinator.organisation),
        selectinload(DvkModel.indicators)
        .selectinload(ModelIndicator.villages)
        .joinedload(IndicatorVillageValue.village),
    )
    known: dict[str, DvkModel] = {}
    for start in range(0, len(uuids), 500):  # SQLite limits the parameters of one statement
        stmt = select(DvkModel).where(DvkModel.uuid.in_(uuids[start : start + 500]))
        known.update((row.uuid, row) for row in session.scalars(stmt.options(*options)))
    return known


def _apply_model(
    session: Session,
    m: dict[str, Any],
    sender: str,
    report: ApplyReport,
    actor: str,
    known: dict[str, DvkModel],
) -> None:
    row = known.get(m["uuid"])
    data = model_input_from_record(m)
    if row is not None and row.source_unit_code != sender:
        raise ValueError("model belongs to another unit")  # checked before; defensive
    if row is not None:
        held = _model_record(row)
        if held == {k: m.get(k) for k in held}:
            report.unchanged += 1
            return
    if row is not None and row.version > m["version"]:
        report.unchanged += 1
        report.notes.append(f"{row.code}: bản trên máy mới hơn bản trong gói, giữ nguyên.")
        return
    before = snapshot(row) if row is not None else None
    if row is None:
        row = DvkModel(
            uuid=m["uuid"],
            source_unit_code=sender,
            code=clean(m["code"]),
            status=m["status"],
            version=m["version"],
        )
        _apply(session, row, data)
        session.add(row)
        report.created += 1
    else:
        _apply(session, row, data)
        row.code, row.version = clean(m["code"]), m["version"]
        report.updated += 1
    session.flush()  # a new row needs its id before its history can point at it
    local, incoming = Status(row.status), Status(m["status"])
    if local is not incoming:
        if _reachable(local, incoming, {WorkspaceRole.COMMUNE}):
            session.add(
                StatusChange(
                    model_id=row.id,
                    from_status=local.value,
                    to_status=incoming.value,
                    actor=actor,
                    note="Theo gói dữ liệu của cấp dưới",
                )
            )
            row.status = incoming.value
        else:
            report.kept_upper_status.append(row.code)
    session.flush()
    audit.record(
        session,
        action="import",
        entity="model",
        entity_uuid=row.uuid,
        actor=actor,
        before=before,
        after=snapshot(row),
    )


def _rows_by_uuid(session: Session, cls: Any, uuids: Any) -> dict[str, Any]:
    """Rows of ``cls`` by uuid, a few queries for any number (one each was most of an import)."""
    wanted = sorted({u for u in uuids if u})
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), 500):  # SQLite limits the parameters of one statement
        stmt = select(cls).where(cls.uuid.in_(wanted[start : start + 500]))
        found.update((row.uuid, row) for row in session.scalars(stmt))
    return found


def _apply_hanging(session: Session, records: dict[str, Any], report: ApplyReport) -> None:
    """Progress reports, evidence metadata, evaluations and tombstones of the applied models."""
    reports_in = records.get("progress_reports", [])
    evidence_in = records.get("evidence", [])
    models = _rows_by_uuid(
        session,
        DvkModel,
        [r["model_uuid"] for r in reports_in] + [e["model_uuid"] for e in evidence_in],
    )
    reports = _rows_by_uuid(
        session,
        ProgressReport,
        [r["uuid"] for r in reports_in] + [e.get("progress_report_uuid") for e in evidence_in],
    )
    for r in reports_in:
        model = models.get(r["model_uuid"])
        if model is None:
            report.notes.append("Báo cáo tiến độ của mô hình không có trong gói: bỏ qua.")
            continue
        row = reports.get(r["uuid"])
        if row is None:
            row = ProgressReport(
                uuid=r["uuid"],
                model_id=model.id,
                report_date=dt.date.fromisoformat(r["report_date"]),
            )
            session.add(row)
            reports[row.uuid] = row
        row.report_date = dt.date.fromisoformat(r["report_date"])
        row.period_label, row.done = clean(r.get("period_label", "")), clean(r.get("done", ""))
        row.lessons = clean(r.get("lessons", ""))
        row.values = [
            ProgressValue(indicator_code=str(code), actual=None if v is None else Decimal(v))
            for code, v in r.get("values", {}).items()
        ]
    session.flush()
    held = _rows_by_uuid(session, Evidence, [e["uuid"] for e in evidence_in])
    by_file: dict[tuple[int, str], Evidence] = {}
    model_ids = sorted({m.id for m in models.values()})
    for start in range(0, len(model_ids), 500):
        stmt = select(Evidence).where(Evidence.model_id.in_(model_ids[start : start + 500]))
        by_file.update(((row.model_id, row.sha256), row) for row in session.scalars(stmt))
    for e in evidence_in:
        model = models.get(e["model_uuid"])
        if model is None:
            continue
        row = held.get(e["uuid"]) or by_file.get((model.id, e["sha256"]))
        report_row = reports.get(e.get("progress_report_uuid") or "")
        if row is None:
            row = Evidence(
                uuid=e["uuid"],
                model_id=model.id,
                sha256=e["sha256"],
                size=e["size"],
                media_type=e["media_type"],
                original_name=clean(e["original_name"]),
            )
            session.add(row)
            held[row.uuid] = by_file[(model.id, row.sha256)] = row
        elif row.sha256 != e["sha256"] and (model.id, e["sha256"]) not in by_file:
            # The sender now names another file for this evidence (the original after a reduced
            # copy, when the commune turned photo reduction off): follow the sender.
            del by_file[(row.model_id, row.sha256)]
            row.sha256, row.size = e["sha256"], e["size"]
            row.media_type, row.original_name = e["media_type"], clean(e["original_name"])
            by_file[(model.id, row.sha256)] = row
        row.caption = clean(e.get("caption", ""))
        row.taken_on = dt.date.fromisoformat(e["taken_on"]) if e.get("taken_on") else None
        row.progress_report_id = report_row.id if report_row else None
        row.shows_people = bool(e.get("shows_people"))
        row.removed_at = None
    for t in records.get("tombstones", []):
        model = _by_uuid(session, DvkModel, t["uuid"])
        if model is not None and model.status == Status.REGISTERED.value:
            session.delete(model)
        if session.get(Tombstone, t["uuid"]) is None:
            session.add(Tombstone(uuid=t["uuid"], entity=str(t.get("entity", ""))[:40]))


def apply_decision_records(session: Session, records: dict[str, Any], *, actor: str) -> ApplyReport:
    """Apply the upper level's decisions and statuses to this commune's own models."""
    report = ApplyReport()
    ws = session.scalars(select(Workspace)).one()
    for d in records.get("decisions", []):
        row = _by_uuid(session, Decision, d["uuid"])
        if row is None:
            row = Decision(
                uuid=d["uuid"],
                kind=d["kind"],
                number=clean(d["number"]),
                signed_on=dt.date.fromisoformat(d["signed_on"]),
                issuer=clean(d["issuer"]),
                issuer_unit_code=str(d.get("issuer_unit_code", ""))[:20],
                award_form=d.get("award_form"),
                summary=clean(d.get("summary", "")),
            )
            session.add(row)
            report.created += 1
        session.flush()
        linked = {dm.model_id for dm in row.models}
        for uuid in d["model_uuids"]:
            model = _by_uuid(session, DvkModel, uuid)
            mine = model is not None and model.source_unit_code == ws.unit_code
            if mine and model.id not in linked:
                row.models.append(DecisionModel(model=model))
    for m in records.get("models", []):
        model = _by_uuid(session, DvkModel, m["uuid"])
        if model is None or model.source_unit_code != ws.unit_code:
            report.notes.append(
                f"Mô hình {str(m.get('code'))[:40]} không thuộc đơn vị này: bỏ qua."
            )
            continue
        local, incoming = Status(model.status), Status(m["status"])
        if local is incoming:
            report.unchanged += 1
            continue
        if _reachable(local, incoming, {WorkspaceRole.UPPER, WorkspaceRole.COMMUNE}):
            session.add(
                StatusChange(
                    model_id=model.id,
                    from_status=local.value,
                    to_status=incoming.value,
                    actor=actor,
                    note="Theo quyết định của cấp trên",
                )
            )
            before = {"status": model.status, "score": model.score, "grade": model.grade}
            model.status = incoming.value
            if m.get("score") is not None:
                model.score = Decimal(m["score"])
                model.grade = m.get("grade")
            model.updated_at = utcnow()
            audit.record(
                session,
                action="decision",
                entity="model",
                entity_uuid=model.uuid,
                actor=actor,
                before=before,
                after={"status": incoming.value},
            )
            report.updated += 1
        else:
            report.notes.append(
                f"{model.code}: không thể chuyển từ “{local.label}” sang “{incoming.label}”."
            )
    return report


def upper_model_record(m: DvkModel) -> dict[str, Any]:
    """A model record as the upper level sends it back (status, score and grade matter)."""
    record = _model_record(m)
    record["score"] = _dec(m.score)
    record["grade"] = m.grade
    return record


def check_model_fields(m: dict[str, Any]) -> list[str]:
    """Domain checks of a received model (lengths, dates, money) via the registration rules."""
    try:
        data = model_input_from_record(m)
    except (KeyError, ValueError, TypeError, InvalidOperation):
        return ["cấu trúc mô hình không hợp lệ"]
    return model_field_problems(data, today=dt.date.today() + dt.timedelta(days=366))


def new_uuid() -> str:
    """A fresh UUID (re-exported for package builders)."""
    return str(uuidlib.uuid4())
