"""Listing and searching models: filters, diacritic-free search, Vietnamese order, pages of rows."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from dvk_desktop.domain.text import fold
from dvk_desktop.storage.models import (
    DvkModel,
    ModelIndicator,
    Organisation,
    Person,
    Unit,
)

SORTABLE = ("code", "name", "field", "model_type", "owner", "village", "year", "status", "updated")


@dataclass
class ModelFilter:
    """What the model list shows; every field left empty means "any"."""

    search: str = ""
    year: int | None = None
    field: str | None = None
    model_type: str | None = None
    status: str | None = None
    statuses: list[str] = dataclasses.field(default_factory=list)
    novelty: str | None = None
    owner_uuid: str | None = None
    village_uuid: str | None = None
    source_unit_code: str | None = None


@dataclass(frozen=True)
class ModelRow:
    """One line of the model list, as plain values."""

    uuid: str
    code: str
    name: str
    field: str
    model_type: str
    owner: str
    village: str
    year: int
    status: str
    novelty: str
    source_unit_code: str
    indicator_target: float | None
    indicator_actual: float | None

    @property
    def progress_percent(self) -> int | None:
        """Actual over target across the model's indicators, as a whole percent."""
        if not self.indicator_target:
            return None
        return round(100 * (self.indicator_actual or 0) / self.indicator_target)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(stmt: Select[Any], flt: ModelFilter, owner: Any, village: Any) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if flt.search.strip():
        # Every word must appear somewhere (name, code, place, owner…), in any order.
        for word in fold(flt.search).split():
            conditions.append(DvkModel.search_text.like(_like_pattern(word), escape="\\"))
    if flt.year is not None:
        conditions.append(DvkModel.year == flt.year)
    if flt.field:
        conditions.append(DvkModel.field == flt.field)
    if flt.model_type:
        conditions.append(DvkModel.model_type == flt.model_type)
    if flt.status:
        conditions.append(DvkModel.status == flt.status)
    if flt.statuses:
        conditions.append(DvkModel.status.in_(flt.statuses))
    if flt.novelty:
        conditions.append(DvkModel.novelty == flt.novelty)
    if flt.owner_uuid:
        conditions.append(owner.uuid == flt.owner_uuid)
    if flt.village_uuid:
        conditions.append(village.uuid == flt.village_uuid)
    if flt.source_unit_code:
        conditions.append(DvkModel.source_unit_code == flt.source_unit_code)
    return stmt.where(and_(*conditions)) if conditions else stmt


def _base(flt: ModelFilter) -> tuple[Select[Any], Any, Any, Any]:
    owner = aliased(Organisation)
    holder = aliased(Person)
    village = aliased(Unit)
    stmt = (
        select(DvkModel.id)
        .select_from(DvkModel)
        .outerjoin(owner, DvkModel.owner_org_id == owner.id)
        .outerjoin(holder, DvkModel.holder_person_id == holder.id)
        .outerjoin(village, DvkModel.village_id == village.id)
    )
    return _filtered(stmt, flt, owner, village), owner, holder, village


def count_models(session: Session, flt: ModelFilter) -> int:
    """How many models match the filter."""
    stmt, *_ = _base(flt)
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def list_models(
    session: Session,
    flt: ModelFilter,
    *,
    offset: int = 0,
    limit: int = 200,
    order: str = "name",
    descending: bool = False,
) -> list[ModelRow]:
    """One page of matching models, sorted in Vietnamese order (the database sorts, not Python)."""
    _, owner, holder, village = _base(flt)
    targets = (
        select(
            ModelIndicator.model_id.label("mid"),
            func.sum(ModelIndicator.target).label("target"),
            func.sum(ModelIndicator.actual).label("actual"),
        )
        .group_by(ModelIndicator.model_id)
        .subquery()
    )
    owner_name = func.coalesce(owner.name, holder.full_name, "")
    owner_sort = func.coalesce(owner.name_sort, holder.name_sort, b"")
    stmt = (
        select(
            DvkModel.uuid,
            DvkModel.code,
            DvkModel.name,
            DvkModel.field,
            DvkModel.model_type,
            owner_name,
            func.coalesce(village.name, ""),
            DvkModel.year,
            DvkModel.status,
            DvkModel.novelty,
            DvkModel.source_unit_code,
            targets.c.target,
            targets.c.actual,
        )
        .select_from(DvkModel)
        .outerjoin(owner, DvkModel.owner_org_id == owner.id)
        .outerjoin(holder, DvkModel.holder_person_id == holder.id)
        .outerjoin(village, DvkModel.village_id == village.id)
        .outerjoin(targets, targets.c.mid == DvkModel.id)
    )
    stmt = _filtered(stmt, flt, owner, village)
    keys = {
        "code": DvkModel.code,
        "name": DvkModel.name_sort,
        "field": DvkModel.field,
        "model_type": DvkModel.model_type,
        "owner": owner_sort,
        "village": village.name_sort,
        "year": DvkModel.year,
        "status": DvkModel.status,
        "updated": DvkModel.updated_at,
    }
    key = keys.get(order, DvkModel.name_sort)
    stmt = stmt.order_by(key.desc() if descending else key.asc(), DvkModel.id)
    stmt = stmt.offset(offset).limit(limit)
    rows = []
    for r in session.execute(stmt):
        # SUM keeps the Quantity type, so the sums come back as Decimals already scaled.
        target = None if r[11] is None else float(r[11])
        actual = None if r[12] is None else float(r[12])
        rows.append(ModelRow(*r[:11], target, actual))  # type: ignore[call-arg]
    return rows


def counts_by_field_and_type(session: Session, flt: ModelFilter) -> dict[tuple[str, str], int]:
    """Counts of matching models by (field, type), for the summary above the list."""
    ids, *_ = _base(flt)
    stmt = (
        select(DvkModel.field, DvkModel.model_type, func.count())
        .where(DvkModel.id.in_(ids))
        .group_by(DvkModel.field, DvkModel.model_type)
    )
    return {(f, t): int(n) for f, t, n in session.execute(stmt)}


def search_text_for(*parts: str | None) -> str:
    """The folded text the search box matches against."""
    return " ".join(fold(p) for p in parts if p)


__all__ = [
    "ModelFilter",
    "ModelRow",
    "count_models",
    "counts_by_field_and_type",
    "list_models",
    "search_text_for",
]
