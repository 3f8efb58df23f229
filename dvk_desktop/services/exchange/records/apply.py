"""Applying a child unit's checked records at the upper level, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from dvk_desktop.domain.lifecycle import TRANSITIONS
from dvk_desktop.domain.text import clean, fold, sort_key
from dvk_desktop.domain.vocab import Status, UnitLevel, WorkspaceRole
from dvk_desktop.messages import _t
from dvk_desktop.services.exchange.records import change_records, removed_evidence, sign_offs
from dvk_desktop.services.exchange.records.apply_models import CHUNK, ModelWriter
from dvk_desktop.services.exchange.records.model_inputs import forget_inputs
from dvk_desktop.storage.models import (
    DvkModel,
    Evidence,
    IndicatorVillageValue,
    ModelCoordinator,
    ModelIndicator,
    Organisation,
    Person,
    ProgressReport,
    ProgressValue,
    Tombstone,
    Unit,
    Workspace,
)


@dataclass
class ApplyReport:
    """What applying records did, for the import summary."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_upper_status: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def reachable(source: Status, target: Status, roles: set[WorkspaceRole]) -> bool:
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


def _upsert_units(session: Session, parent: Unit, villages: list[dict[str, Any]]) -> None:
    """The sender's villages, by uuid; a code already taken gets the uuid's start appended.

    Read in two queries for the package (one per village and a flush before each was most
    of the cost of a small package), the rows added here counted as they are added.
    """
    held = rows_by_uuid(session, Unit, [v["uuid"] for v in villages])
    wanted = sorted({clean(v["code"]) for v in villages})
    taken: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        taken.update(session.scalars(select(Unit.code).where(Unit.code.in_(chunk))))
    for v in villages:
        row = held.get(v["uuid"])
        name = clean(v["name"])
        if row is None:
            code = clean(v["code"])
            if code in taken:
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
            held[row.uuid] = row
            taken.add(code)
        row.name, row.name_folded, row.name_sort = name, fold(name), sort_key(name)
        row.kind = clean(v.get("kind", ""))


def by_uuid(session: Session, model: Any, uuid: str | None) -> Any:
    """The row of ``model`` with this uuid, or None."""
    if uuid is None:
        return None
    return session.scalars(select(model).where(model.uuid == uuid)).first()


def apply_child_records(
    session: Session,
    records: dict[str, Any],
    *,
    actor: str,
    tick: Callable[[int], None] | None = None,
) -> ApplyReport:
    """Apply a child unit's checked records inside the caller's transaction (upper level).

    Records are upserted by UUID, so applying the same snapshot twice changes nothing. A status
    the upper level has decided (recognition, return…) is kept when the child's package was
    made before it learnt of that decision. ``tick(done)`` hears how many models are written
    after each chunk (it may raise to stop, as a Cancel does: the caller rolls back).
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
    _upsert_units(session, parent, records.get("villages", []))
    session.flush()
    orgs_in, people_in = records.get("organisations", []), records.get("people", [])
    held_orgs = rows_by_uuid(session, Organisation, [o["uuid"] for o in orgs_in])
    held_people = rows_by_uuid(session, Person, [p["uuid"] for p in people_in])
    villages = rows_by_uuid(session, Unit, [x.get("village_uuid") for x in [*orgs_in, *people_in]])
    for o in orgs_in:
        row = held_orgs.get(o["uuid"])
        name = clean(o["name"])
        if row is None:
            row = Organisation(uuid=o["uuid"], unit_id=parent.id)
            session.add(row)
        row.name, row.name_folded, row.name_sort = name, fold(name), sort_key(name)
        row.org_type = o["org_type"]
        village = villages.get(o.get("village_uuid") or "")
        row.village_id = village.id if village else None
    for p in people_in:
        row = held_people.get(p["uuid"])
        name = clean(p["full_name"])
        if row is None:
            row = Person(uuid=p["uuid"], unit_id=parent.id)
            session.add(row)
        row.full_name, row.name_folded, row.name_sort = name, fold(name), sort_key(name)
        row.birth_year, row.gender = p.get("birth_year"), p.get("gender")
        row.position, row.workplace = clean(p.get("position", "")), clean(p.get("workplace", ""))
        village = villages.get(p.get("village_uuid") or "")
        row.village_id = village.id if village else None
        row.is_official, row.consent = bool(p.get("is_official")), bool(p.get("consent"))
    session.flush()
    models_in = records.get("models", [])
    writer = ModelWriter(
        session, models_in, sender=sender["unit_code"], actor=actor,
        own_code=session.scalars(select(Workspace.unit_code)).one(),
        known={}, reachable=reachable, seen=change_records.seen_versions(records),
    )  # fmt: skip
    # The held models are read a chunk at a time, as the writer writes them: read whole, a
    # package that updates 10,000 models held every one with its indicators until the end.
    for start in range(0, len(models_in), CHUNK):
        chunk = models_in[start : start + CHUNK]
        writer.known = _preload_models(session, [m["uuid"] for m in chunk])
        for m in chunk:
            writer.apply(m, report)
        writer.finish()
        if tick is not None:
            tick(start + len(chunk))
    writer.known = {}
    # What the checks kept is taken by now, or never will be (an aggregate's children are read
    # again to apply): not held until the next import.
    forget_inputs()
    wanted = [r["model_uuid"] for r in change_records.requests_in(records)]
    if wanted:
        held = rows_by_uuid(session, DvkModel, wanted)
        change_records.store_incoming(
            session, records, held, sender["unit_code"], change_records.side_of
        )
    _apply_hanging(session, records, report)
    sign_offs.apply(session, records)  # before removals: a withdrawal lets one through
    report.notes += removed_evidence.apply(session, records, actor=actor)
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
        # Which are held first: a commune's package is mostly new models, and the loading
        # statement with its eight relations cost more than the look-up, even finding none.
        chunk = uuids[start : start + 500]
        held = list(session.scalars(select(DvkModel.uuid).where(DvkModel.uuid.in_(chunk))))
        if held:
            stmt = select(DvkModel).where(DvkModel.uuid.in_(held))
            known.update((row.uuid, row) for row in session.scalars(stmt.options(*options)))
    return known


def rows_by_uuid(session: Session, cls: Any, uuids: Any) -> dict[str, Any]:
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
    models = rows_by_uuid(
        session,
        DvkModel,
        [r["model_uuid"] for r in reports_in] + [e["model_uuid"] for e in evidence_in],
    )
    reports = rows_by_uuid(
        session,
        ProgressReport,
        [r["uuid"] for r in reports_in] + [e.get("progress_report_uuid") for e in evidence_in],
    )
    for r in reports_in:
        model = models.get(r["model_uuid"])
        if model is None:
            report.notes.append(_t("Báo cáo tiến độ của mô hình không có trong gói: bỏ qua."))
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
    held = rows_by_uuid(session, Evidence, [e["uuid"] for e in evidence_in])
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
        model = by_uuid(session, DvkModel, t["uuid"])
        if model is not None and model.status == Status.REGISTERED.value:
            session.delete(model)
        if session.get(Tombstone, t["uuid"]) is None:
            session.add(Tombstone(uuid=t["uuid"], entity=str(t.get("entity", ""))[:40]))
