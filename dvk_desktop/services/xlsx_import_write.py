"""Writing a checked import plan: new names through the directory, models in bulk inserts.

The models, their indicators, coordinators and audit entries are inserted with one
multi-row INSERT each (instead of two ORM flushes and a dozen look-ups per model); the audit
entry holds the same snapshot :func:`services.models.snapshot` gives for a model registered
by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dvk_desktop.domain.model import NARRATIVE_FIELDS
from dvk_desktop.domain.text import fold, sort_key
from dvk_desktop.domain.vocab import Status
from dvk_desktop.services import audit, directory
from dvk_desktop.services.xlsx_import_plan import Lookups, Plan, PlannedModel, Ref
from dvk_desktop.storage.models import (
    AuditEntry,
    DvkModel,
    IndicatorCatalogue,
    ModelCoordinator,
    ModelIndicator,
    Organisation,
    Person,
    Unit,
    new_uuid,
    utcnow,
)
from dvk_desktop.storage.queries.models import search_text_for

_BUDGETS = ("budget_state", "budget_social", "budget_people", "budget_other", "labour_days")
_CHUNK = 2_000  # rows per INSERT statement: well under SQLite's 32,766 bound parameters


def _create_names(session: Session, plan: Plan) -> dict[str, int]:
    """Create the organisations, villages and people the plan needs; their ids by plan key."""
    ids: dict[str, int] = {}
    for key, (name, org_type) in plan.new_organisations.items():
        ids[key] = directory.add_organisation(session, name, org_type).id
    for key, name in plan.new_villages.items():
        ids[key] = directory.add_village(session, name).id
    for key, p in plan.new_people.items():
        ids[key] = directory.add_person(
            session, p.name, birth_year=p.birth_year, gender=p.gender, position=p.position
        ).id
    return ids


def _names(session: Session, table: Any, name_column: Any, ids: set[int]) -> dict[int, Any]:
    out: dict[int, Any] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), _CHUNK):
        chunk = id_list[start : start + _CHUNK]
        for row in session.execute(
            select(table.id, table.uuid, name_column).where(table.id.in_(chunk))
        ):
            out[row[0]] = (row[1], row[2])
    return out


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(table), rows[start : start + _CHUNK])


def write_plan(session: Session, plan: Plan, lookups: Lookups, *, actor: str | None) -> list[str]:
    """Write every planned model in the caller's transaction; return their codes."""
    new_ids = _create_names(session, plan)

    def ref_id(ref: Ref | None) -> int | None:
        if ref is None:
            return None
        return ref.id if ref.id is not None else new_ids[ref.new]

    models = plan.models
    org_ids = {ref_id(r) for m in models for r in (m.owner, *m.coordinators) if r is not None}
    person_ids = {ref_id(r) for m in models for r in (m.holder, m.lead) if r is not None}
    village_ids = {ref_id(m.village) for m in models if m.village is not None}
    orgs = _names(session, Organisation, Organisation.name, {i for i in org_ids if i})
    people = _names(session, Person, Person.full_name, {i for i in person_ids if i})
    villages = _names(session, Unit, Unit.name, {i for i in village_ids if i})
    continues = _names(
        session, DvkModel, DvkModel.name, {m.continues_id for m in models if m.continues_id}
    )
    catalogue = {
        row.code: (row.name, row.unit) for row in session.scalars(select(IndicatorCatalogue))
    }
    now = utcnow()
    model_rows: list[dict[str, Any]] = []
    snapshots: list[dict[str, Any]] = []
    for m in models:
        row, snap = _model_row(m, lookups, ref_id, orgs, people, villages, continues, now)
        snap["indicators"] = [_indicator(i, ind, catalogue) for i, ind in enumerate(m.indicators)]
        model_rows.append(row)
        snapshots.append(snap)
    _insert(session, DvkModel, model_rows)
    # Ids come back by the uuids just made (portable: no RETURNING order to rely on).
    uuids = [row["uuid"] for row in model_rows]
    by_uuid: dict[str, int] = {}
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        for uuid, model_id in session.execute(
            select(DvkModel.uuid, DvkModel.id).where(DvkModel.uuid.in_(chunk))
        ):
            by_uuid[uuid] = model_id
    indicator_rows: list[dict[str, Any]] = []
    coordinator_rows: list[dict[str, Any]] = []
    audit_rows: list[dict[str, Any]] = []
    who = actor or audit.current_actor()
    for m, row, snap in zip(models, model_rows, snapshots, strict=True):
        model_id = by_uuid[row["uuid"]]
        for position, ind in enumerate(snap["indicators"]):
            indicator_rows.append(
                {
                    "model_id": model_id,
                    "position": position,
                    **{k: ind[k] for k in ("code", "name", "unit", "target", "actual")},
                }
            )
        for ref in m.coordinators:
            coordinator_rows.append({"model_id": model_id, "organisation_id": ref_id(ref)})
        audit_rows.append(
            {
                "at": now,
                "actor": who,
                "action": "import",
                "entity": "model",
                "entity_uuid": row["uuid"],
                "before_json": "",
                "after_json": audit.to_json(snap),
            }
        )
    _insert(session, ModelIndicator, indicator_rows)
    _insert(session, ModelCoordinator, coordinator_rows)
    _insert(session, AuditEntry, audit_rows)
    return [m.code for m in models]


def _indicator(position: int, ind: Any, catalogue: dict[str, tuple[str, str]]) -> dict[str, Any]:
    code = ind.code.strip().upper() or f"KHAC_{position + 1}"
    name, unit = ind.name.strip(), ind.unit.strip()
    if code in catalogue:
        name, unit = name or catalogue[code][0], unit or catalogue[code][1]
    return {
        "code": code,
        "name": name,
        "unit": unit,
        "target": ind.target,
        "actual": ind.actual,
        "by_village": {},
    }


def _model_row(
    m: PlannedModel,
    lookups: Lookups,
    ref_id: Any,
    orgs: dict[int, Any],
    people: dict[int, Any],
    villages: dict[int, Any],
    continues: dict[int, Any],
    now: dt.datetime,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The dvk_model row of a planned model, and its audit snapshot."""
    data = m.parsed.data
    owner_id, holder_id, lead_id = ref_id(m.owner), ref_id(m.holder), ref_id(m.lead)
    village_id = ref_id(m.village)
    owner = orgs.get(owner_id, (None, "")) if owner_id else (None, "")
    holder = people.get(holder_id, (None, "")) if holder_id else (None, "")
    lead = people.get(lead_id, (None, "")) if lead_id else (None, "")
    village = villages.get(village_id, (None, "")) if village_id else (None, "")
    coordinators = [orgs[ref_id(r)] for r in m.coordinators]
    uuid = new_uuid()
    common: dict[str, Any] = {
        "name": data.name,
        "model_type": data.model_type.value,
        "field": data.field.value,
        "novelty": data.novelty.value,
        "replicated_from_text": data.replicated_from_text,
        "year": data.year,
        "place": data.place,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "evaluation_date": data.evaluation_date,
        **{k: getattr(data, k) for k in NARRATIVE_FIELDS},
        **{k: getattr(data, k) for k in _BUDGETS},
    }
    row = {
        **common,
        "uuid": uuid,
        "version": 1,
        "source_unit_code": lookups.unit_code,
        "code": m.code,
        "name_folded": fold(data.name),
        "name_sort": sort_key(data.name),
        "search_text": search_text_for(
            m.code, data.name, data.place, owner[1], holder[1], village[1]
        ),
        "sub_topics": ",".join(t.value for t in data.sub_topics),
        "continues_id": m.continues_id,
        "replicated_from_id": None,
        "status": Status.REGISTERED.value,
        "owner_org_id": owner_id,
        "holder_person_id": holder_id,
        "lead_person_id": lead_id,
        "village_id": village_id,
        "created_at": now,
        "updated_at": now,
    }
    snap = {
        **common,
        "uuid": uuid,
        "code": m.code,
        "version": 1,
        "source_unit_code": lookups.unit_code,
        "sub_topics": [t.value for t in data.sub_topics],
        "continues_uuid": continues[m.continues_id][0] if m.continues_id else None,
        "replicated_from_uuid": None,
        "status": Status.REGISTERED.value,
        "owner_org_uuid": owner[0],
        "owner_name": owner[1],
        "holder_person_uuid": holder[0],
        "holder_name": holder[1],
        "lead_person_uuid": lead[0],
        "lead_name": lead[1],
        "coordinating_org_uuids": [c[0] for c in coordinators],
        "coordinating_names": [c[1] for c in coordinators],
        "village_uuid": village[0],
        "village_name": village[1],
        "score": None,
        "grade": None,
        "updated_at": now,
    }
    return row, snap
