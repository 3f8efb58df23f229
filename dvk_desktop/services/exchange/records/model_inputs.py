"""A received model record as domain input: built once for its check and again for its apply."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS, IndicatorInput, ModelInput
from dvk_desktop.domain.model import field_problems as model_field_problems
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, SubTopic
from dvk_desktop.messages import _t

# The domain input each model record was checked with, for the import that applies the same
# record next (:func:`checked_input`): built once instead of twice, a tenth of a package's
# checks. Each is taken once, only for that very record object, and only a package's first
# few thousand are kept (memory); the next package's check drops what was not taken.
_KEPT_INPUTS = 2000
_inputs: dict[int, tuple[dict[str, Any], ModelInput]] = {}


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


def forget_inputs() -> None:
    """Drop the kept inputs (the records were applied: none will be asked for again)."""
    _inputs.clear()


def checked_input(m: dict[str, Any]) -> ModelInput:
    """:func:`model_input_from_record` of ``m``, the one its check built when it is kept."""
    kept = _inputs.pop(id(m), None)
    if kept is not None and kept[0] is m:
        return kept[1]
    return model_input_from_record(m)


def check_model_fields(m: dict[str, Any]) -> list[str]:
    """Domain checks of a received model (lengths, dates, money) via the registration rules."""
    try:
        data = model_input_from_record(m)
    except (KeyError, ValueError, TypeError, InvalidOperation):
        return [_t("cấu trúc mô hình không hợp lệ")]
    if len(_inputs) < _KEPT_INPUTS:
        _inputs[id(m)] = (m, data)
    return model_field_problems(data, today=dt.date.today() + dt.timedelta(days=366))
