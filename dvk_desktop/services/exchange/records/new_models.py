"""A child's new model as the rows and snapshot the model service would write, without the ORM.

:func:`build` follows ``services.models._apply_fields`` and ``_apply_indicators`` step by step
(the same lookups in the same order, so the same error comes first) and
:func:`services.models.snapshot` key by key; ``tests/packaging/test_import_rows.py`` checks
both against the model service. Building plain values instead of instrumented objects is
what lets an import write 10,000 models in a few statements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dvk_desktop.domain.model import ModelInput
from dvk_desktop.domain.text import clean, fold, sort_key
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.storage.models import (
    DvkModel,
    IndicatorCatalogue,
    Organisation,
    Person,
    Unit,
)
from dvk_desktop.storage.queries.models import search_text_for

Resolve = Callable[[type[Any], str | None, str], Any]

# What a missing reference is called in the error (made once: a message is an object, and an
# import built seven per model for errors that almost never come; rendered when shown).
_OWNER = _t("đơn vị chủ trì")
_HOLDER = _t("cá nhân thực hiện")
_LEAD = _t("người phụ trách")
_VILLAGE = _t("thôn/tổ dân phố")
_CONTINUES = _t("mô hình năm trước")
_ORIGIN = _t("mô hình gốc")
_COORDINATOR = _t("đơn vị phối hợp")

# Registration fields copied as they are (services.models._apply_fields).
_PLAIN = (
    "place", "start_date", "end_date", "evaluation_date", "reason", "goals", "content",
    "target_group", "forces", "other_resources", "schedule", "outputs", "sustainability",
    "note", "budget_state", "budget_social", "budget_people", "budget_other", "labour_days",
)  # fmt: skip


@dataclass
class Indicator:
    """One indicator row and its shares by village."""

    values: dict[str, Any]
    villages: list[tuple[Unit, Any, Any]] = field(default_factory=list)


@dataclass
class NewModel:
    """The rows of one new model; ``id`` is filled when it is inserted."""

    uuid: str
    values: dict[str, Any]
    coordinators: list[Organisation]
    indicators: list[Indicator]
    snapshot: dict[str, Any]
    id: int | None = None


def build(
    m: dict[str, Any],
    data: ModelInput,
    *,
    sender: str,
    now: dt.datetime,
    resolve: Resolve,
    catalogue: Mapping[str, IndicatorCatalogue],
) -> NewModel:
    """The rows of a model new to this workspace, from its checked record and domain input."""
    code = clean(m["code"])
    owner = resolve(Organisation, data.owner_org_uuid, _OWNER)
    holder = resolve(Person, data.holder_person_uuid, _HOLDER)
    lead = resolve(Person, data.lead_person_uuid, _LEAD)
    village = resolve(Unit, data.village_uuid, _VILLAGE)
    continues = resolve(DvkModel, data.continues_uuid, _CONTINUES)
    replicated = resolve(DvkModel, data.replicated_from_uuid, _ORIGIN)
    sub_topics = ",".join(t.value for t in data.sub_topics)
    values: dict[str, Any] = {
        "uuid": m["uuid"], "version": m["version"], "source_unit_code": sender, "code": code,
        "name": data.name, "name_folded": fold(data.name), "name_sort": sort_key(data.name),
        "model_type": data.model_type.value, "field": data.field.value,
        "sub_topics": sub_topics, "novelty": data.novelty.value,
        "continues_id": continues.id if continues else None,
        "replicated_from_id": replicated.id if replicated else None,
        "replicated_from_text": data.replicated_from_text, "year": data.year,
        "status": m["status"], "owner_org_id": owner.id if owner else None,
        "holder_person_id": holder.id if holder else None,
        "lead_person_id": lead.id if lead else None,
        "village_id": village.id if village else None,
        **{key: getattr(data, key) for key in _PLAIN},
        "score": None, "grade": None, "created_at": now, "updated_at": now,
    }  # fmt: skip
    coordinators = [
        resolve(Organisation, u, _COORDINATOR) for u in dict.fromkeys(data.coordinating_org_uuids)
    ]
    indicators = _indicators(data, resolve, catalogue)
    values["search_text"] = search_text_for(
        code,
        data.name,
        data.place,
        owner.name if owner else "",
        holder.full_name if holder else "",
        village.name if village else "",
    )
    snap = {
        "uuid": m["uuid"], "code": code, "version": m["version"], "source_unit_code": sender,
        "name": data.name, "model_type": values["model_type"], "field": values["field"],
        "sub_topics": [t for t in sub_topics.split(",") if t], "novelty": values["novelty"],
        "continues_uuid": continues.uuid if continues else None,
        "replicated_from_uuid": replicated.uuid if replicated else None,
        "replicated_from_text": data.replicated_from_text, "year": data.year,
        "status": m["status"],
        "owner_org_uuid": owner.uuid if owner else None,
        "owner_name": owner.name if owner else "",
        "holder_person_uuid": holder.uuid if holder else None,
        "holder_name": holder.full_name if holder else "",
        "lead_person_uuid": lead.uuid if lead else None,
        "lead_name": lead.full_name if lead else "",
        "coordinating_org_uuids": [o.uuid for o in coordinators],
        "coordinating_names": [o.name for o in coordinators],
        "village_uuid": village.uuid if village else None,
        "village_name": village.name if village else "",
        **{key: values[key] for key in _PLAIN},
        "score": None, "grade": None,
        "indicators": [
            {
                "code": i.values["code"], "name": i.values["name"], "unit": i.values["unit"],
                "target": i.values["target"], "actual": i.values["actual"],
                "by_village": {
                    v.uuid: {"village": v.name, "target": t, "actual": a}
                    for v, t, a in i.villages
                },
            }
            for i in indicators
        ],
        "updated_at": now,
    }  # fmt: skip
    return NewModel(m["uuid"], values, coordinators, indicators, snap)


def _indicators(
    data: ModelInput, resolve: Resolve, catalogue: Mapping[str, IndicatorCatalogue]
) -> list[Indicator]:
    """``services.models._apply_indicators`` for a new model."""
    out = []
    for position, ind in enumerate(data.indicators):
        code = clean(ind.code).upper() or f"KHAC_{position + 1}"
        name, unit = clean(ind.name), clean(ind.unit)
        known = catalogue.get(code)
        if known is not None:
            name, unit = name or known.name, unit or known.unit
        if not name or not unit:
            raise ValidationError(
                _t("Chỉ tiêu thứ {n} cần có tên và đơn vị tính.", n=position + 1),
                field="indicators",
            )
        row = Indicator(
            {"position": position, "code": code, "name": name, "unit": unit,
             "target": ind.target, "actual": ind.actual}
        )  # fmt: skip
        for village_uuid, (target, actual) in ind.by_village.items():
            village = resolve(Unit, village_uuid, _VILLAGE)
            assert village is not None
            row.villages.append((village, target, actual))
        out.append(row)
    return out
