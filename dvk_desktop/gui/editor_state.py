"""The registration form's state as JSON-able texts, to and from ModelInput; its undo step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QUndoCommand

from dvk_desktop.domain.indicators import BY_CODE
from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS, IndicatorInput, ModelInput
from dvk_desktop.domain.text import (
    format_date,
    format_number,
    parse_date,
    parse_money,
    parse_number,
)
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, SubTopic
from dvk_desktop.errors import ValidationError

DATE_FIELDS = {
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "evaluation_date": "Ngày đánh giá kết quả",
}


def _num(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)


def input_to_state(data: ModelInput) -> dict[str, Any]:
    """The texts a form shows for ``data`` (dates dd/mm/yyyy, numbers 4.494)."""
    state: dict[str, Any] = {key: getattr(data, key) for key in TEXT_FIELDS}
    state.update(
        year=data.year,
        model_type=data.model_type.value,
        field=data.field.value,
        novelty=data.novelty.value,
        sub_topics=[t.value for t in data.sub_topics],
        continues_uuid=data.continues_uuid,
        replicated_from_uuid=data.replicated_from_uuid,
        replicated_from_text=data.replicated_from_text,
        owner_org_uuid=data.owner_org_uuid,
        holder_person_uuid=data.holder_person_uuid,
        lead_person_uuid=data.lead_person_uuid,
        coordinating_org_uuids=list(data.coordinating_org_uuids),
        village_uuid=data.village_uuid,
        labour_days=data.labour_days,
        indicators=[
            {
                "code": i.code,
                "name": i.name,
                "unit": i.unit,
                "target": _num(i.target),
                "actual": _num(i.actual),
                "by_village": {u: [_num(t), _num(a)] for u, (t, a) in i.by_village.items()},
            }
            for i in data.indicators
        ],
    )
    for key in DATE_FIELDS:
        state[key] = format_date(getattr(data, key))
    for key in BUDGET_SOURCES:
        value = getattr(data, key)
        state[key] = format_number(value) if value else ""
    return state


def state_to_input(state: dict[str, Any]) -> tuple[ModelInput, list[str]]:
    """Build the core's input from form texts; return it with the texts that do not parse."""
    problems: list[str] = []

    def attempt(fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            problems.append(exc.message)
            return None

    data = ModelInput(
        model_type=ModelType(state["model_type"]),
        field=Field(state["field"]),
        novelty=Novelty(state["novelty"]),
        sub_topics=[SubTopic(t) for t in state.get("sub_topics", [])],
        year=int(state["year"]),
        continues_uuid=state.get("continues_uuid"),
        replicated_from_uuid=state.get("replicated_from_uuid"),
        replicated_from_text=state.get("replicated_from_text", ""),
        owner_org_uuid=state.get("owner_org_uuid"),
        holder_person_uuid=state.get("holder_person_uuid"),
        lead_person_uuid=state.get("lead_person_uuid"),
        coordinating_org_uuids=list(state.get("coordinating_org_uuids", [])),
        village_uuid=state.get("village_uuid"),
        labour_days=int(state.get("labour_days") or 0),
    )
    for key in TEXT_FIELDS:
        setattr(data, key, state.get(key, ""))
    for key, label in DATE_FIELDS.items():
        text = (state.get(key) or "").strip()
        value: dt.date | None = attempt(parse_date, text, label=label) if text else None
        setattr(data, key, value)
    for key, label in BUDGET_SOURCES.items():
        text = (state.get(key) or "").strip()
        setattr(data, key, (attempt(parse_money, text, label=label) or 0) if text else 0)
    for row in state.get("indicators", []):
        code = row["code"]
        label = row.get("name") or (BY_CODE[code].name if code in BY_CODE else code)

        def number(text: str, what: str, label: str = label) -> Decimal | None:
            text = (text or "").strip()
            return attempt(parse_number, text, label=f"{what} của “{label}”") if text else None

        data.indicators.append(
            IndicatorInput(
                row["code"],
                row.get("name", ""),
                row.get("unit", ""),
                number(row.get("target", ""), "Mục tiêu"),
                number(row.get("actual", ""), "Thực hiện"),
                {
                    uuid: (number(pair[0], "Mục tiêu theo thôn"), number(pair[1], "Thực hiện"))
                    for uuid, pair in row.get("by_village", {}).items()
                },
            )
        )
    return data, problems


# Fields typed letter by letter: consecutive changes of one of them merge into one undo step.
_TEXT_KEYS = {
    "name", "place", "reason", "goals", "content", "target_group", "forces", "other_resources",
    "schedule", "outputs", "sustainability", "note", "replicated_from_text", "start_date",
    "end_date", "evaluation_date", "budget_state", "budget_social", "budget_people",
    "budget_other", "indicators",
}  # fmt: skip


class StateCommand(QUndoCommand):
    """One change of the form: the whole state before and after (small, and always right)."""

    def __init__(self, editor: Any, old: dict, new: dict, key: str) -> None:
        super().__init__(key)
        self.editor = editor
        self.old = old
        self.new = new
        self.key = key
        self._first = True

    def id(self) -> int:
        """Commands of the same kind may merge."""
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        """Typing in one field is one undo step, not one per letter."""
        if isinstance(other, StateCommand) and other.key == self.key and self.key in _TEXT_KEYS:
            self.new = other.new
            return True
        return False

    def redo(self) -> None:
        """Apply the new state (the first time it is already on screen)."""
        if self._first:
            self._first = False
            return
        self.editor.apply_state(self.new)

    def undo(self) -> None:
        """Put the old state back."""
        self.editor.apply_state(self.old)
