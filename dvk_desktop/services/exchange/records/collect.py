"""Collecting the records a package carries: one unit's snapshot, or an upper level's aggregate."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS
from dvk_desktop.services import replication
from dvk_desktop.services.exchange.records import change_records, removed_evidence, sign_offs
from dvk_desktop.services.models import snapshot
from dvk_desktop.storage.models import (
    Decision,
    DvkModel,
    Evaluation,
    Evidence,
    Organisation,
    Person,
    ProgressReport,
    Tombstone,
    Unit,
    Workspace,
)

FORMAT = "dvk-records"


VERSION = 1


def iso_date(value: dt.date | None) -> str | None:
    """A date as ISO text for a record (None stays None)."""
    return value.isoformat() if value else None


def decimal_text(value: Decimal | None) -> str | None:
    """A quantity as exact decimal text for a record (None stays None)."""
    return None if value is None else format(value, "f")


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
    # This workspace's own scoring only: a commune does not send its parent's sheets back up.
    evaluations = [
        e
        for e in session.scalars(
            select(Evaluation).where(Evaluation.origin_unit_code.in_(("", ws.unit_code)))
        )
        if e.model_id in model_ids
    ]
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
        "models": [model_record(m, include_people) for m in models],
        "progress_reports": [
            {
                "uuid": r.uuid, "model_uuid": model_uuid[r.model_id],
                "report_date": iso_date(r.report_date), "period_label": r.period_label,
                "done": r.done, "lessons": r.lessons,
                "values": {v.indicator_code: decimal_text(v.actual) for v in r.values},
            }
            for r in reports
        ],
        "evidence": [
            {
                "uuid": e.uuid, "model_uuid": model_uuid[e.model_id],
                "progress_report_uuid": report_uuid.get(e.progress_report_id or -1),
                "sha256": e.sha256, "size": e.size, "media_type": e.media_type,
                "original_name": e.original_name, "caption": e.caption,
                "taken_on": iso_date(e.taken_on), "shows_people": e.shows_people,
            }
            for e in evidence
        ],
        "evaluations": [
            {
                "uuid": e.uuid, "model_uuid": model_uuid[e.model_id],
                "evaluated_on": iso_date(e.evaluated_on), "evaluator": e.evaluator,
                "scores": json.loads(e.scores_json), "total": decimal_text(e.total),
                "grade": e.grade, "comment": e.comment,
            }
            for e in evaluations
        ],
        "decisions": [
            {
                "uuid": d.uuid, "kind": d.kind, "number": d.number,
                "signed_on": iso_date(d.signed_on), "issuer": d.issuer,
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
        **removed_evidence.section(session, models),
        **sign_offs.section(session, models),
        **replication.section(replication.UP_KEY, replication.package_links(session, models)),
        # Change requests the unit made, and the upper level's part versions it had received.
        **change_records.collect(session, models, own_only=True),
    }  # fmt: skip


def model_record(m: DvkModel, include_people: bool = True) -> dict[str, Any]:
    """One model as a package carries it (the commune's registration, indicators included)."""
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
        record[key] = iso_date(snap[key])
    record["indicators"] = [
        {
            "code": i["code"], "name": i["name"], "unit": i["unit"],
            "target": decimal_text(i["target"]), "actual": decimal_text(i["actual"]),
            "by_village": {
                v: {"target": decimal_text(x["target"]), "actual": decimal_text(x["actual"])}
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


def all_evidence(records: dict[str, Any]) -> set[str]:
    """Hashes of all evidence the records name, an aggregate's children included."""
    hashes = evidence_hashes(records)
    for child in records.get("children", []):
        hashes |= evidence_hashes(child)
    return hashes


def aggregate_records(session: Any, ws: Workspace) -> dict[str, Any]:
    """An upper level's holdings for its own parent: one snapshot per child unit."""
    children = sorted(set(session.scalars(select(DvkModel.source_unit_code))))
    return {
        "format": "dvk-aggregate",
        "version": 1,
        "sender": {"unit_code": ws.unit_code, "unit_name": ws.unit_name, "level": ws.unit_level},
        "children": [collect_records(session, unit_code=code) for code in children],
    }
