"""Listing and searching models: filters, diacritic-free search, Vietnamese order, pages of rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, func, select, table, text
from sqlalchemy.orm import Session, aliased

from dvk_desktop.domain.text import fold
from dvk_desktop.storage.models import (
    DvkModel,
    ModelIndicator,
    Organisation,
    Person,
    Unit,
)

# Plain values, in a module without SQLAlchemy: the window's first page holds them before the
# ORM is loaded (queries.fast_list.first_page).
from dvk_desktop.storage.queries.rows import ModelFilter, ModelRow

SORTABLE = (
    "code", "commune", "name", "field", "model_type", "owner", "village", "year", "status",
    "updated",
)  # fmt: skip


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_FTS = table("dvk_model_fts", column("rowid"))


def _search_conditions(search: str, dialect: str) -> list[ColumnElement[bool]]:
    """Every word must appear somewhere in the folded text (name, code, place, owner…)."""
    words = fold(search).split()
    long_words = [w for w in words if len(w) >= 3] if dialect == "sqlite" else []
    conditions: list[ColumnElement[bool]] = []
    if long_words:
        # One trigram MATCH (migration 0003) finds the rows holding every 3+ character word
        # as a substring, without scanning the table; quotes make each word a literal phrase.
        query = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        hits = select(_FTS.c.rowid).where(text("dvk_model_fts MATCH :fts_query"))
        conditions.append(DvkModel.id.in_(hits.params(fts_query=query)))
    for word in words:
        if word not in long_words:
            conditions.append(DvkModel.search_text.like(_like_pattern(word), escape="\\"))
    return conditions


def _filtered(
    stmt: Select[Any], flt: ModelFilter, owner: Any, village: Any, dialect: str = "sqlite"
) -> Select[Any]:
    conditions = _search_conditions(flt.search, dialect) if flt.search.strip() else []
    if flt.year is not None:
        conditions.append(DvkModel.year == flt.year)
    if flt.years is not None:
        conditions.append(DvkModel.year.between(*flt.years))
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


# Built once: making aliases costs about a millisecond each, and the list asks for a page on
# every keystroke of the search box.
_OWNER = aliased(Organisation, name="owner_org")
_HOLDER = aliased(Person, name="holder")
_VILLAGE = aliased(Unit, name="village")
_COMMUNE = aliased(Unit, name="commune")


def _base(
    flt: ModelFilter, order: str = "", dialect: str = "sqlite"
) -> tuple[Select[Any], Any, Any, Any]:
    owner, holder, village = _OWNER, _HOLDER, _VILLAGE
    stmt = select(DvkModel.id).select_from(DvkModel)
    # Join only what a filter or the sort needs: extra LEFT JOINs make SQLite give up the
    # index on the sort key and sort the whole table for every page.
    if flt.owner_uuid or order == "owner":
        stmt = stmt.outerjoin(owner, DvkModel.owner_org_id == owner.id)
    if order == "owner":
        stmt = stmt.outerjoin(holder, DvkModel.holder_person_id == holder.id)
    if flt.village_uuid or order == "village":
        stmt = stmt.outerjoin(village, DvkModel.village_id == village.id)
    if order == "commune":
        stmt = stmt.outerjoin(_COMMUNE, _COMMUNE.code == DvkModel.source_unit_code)
    return _filtered(stmt, flt, owner, village, dialect), owner, holder, village


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def distinct_years(session: Session) -> list[int]:
    """The years that have at least one model, newest first (for the year filter)."""
    stmt = select(DvkModel.year).distinct().order_by(DvkModel.year.desc())
    return [int(year) for year in session.scalars(stmt) if year is not None]


def count_models(session: Session, flt: ModelFilter) -> int:
    """How many models match the filter."""
    stmt, *_ = _base(flt, dialect=_dialect(session))
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def _ordered_ids(session: Session, flt: ModelFilter, order: str, descending: bool) -> Select[Any]:
    """The ids of the matching models, sorted by ``order`` (an index serves most keys)."""
    ids_stmt, owner, holder, village = _base(flt, order, _dialect(session))
    keys = {
        "code": DvkModel.code,
        "commune": func.coalesce(_COMMUNE.name_sort, b""),
        "name": DvkModel.name_sort,
        "field": DvkModel.field,
        "model_type": DvkModel.model_type,
        "owner": func.coalesce(owner.name_sort, holder.name_sort, b""),
        "village": village.name_sort,
        "year": DvkModel.year,
        "status": DvkModel.status,
        "updated": DvkModel.updated_at,
    }
    key = keys.get(order, DvkModel.name_sort)
    return ids_stmt.order_by(key.desc() if descending else key.asc(), DvkModel.id)


def list_models(
    session: Session,
    flt: ModelFilter,
    *,
    offset: int = 0,
    limit: int = 200,
    order: str = "name",
    descending: bool = False,
) -> list[ModelRow]:
    """One page of matching models, sorted in Vietnamese order (the database sorts, not Python).

    Two steps keep a page fast over 100,000 models: first the ids of the page (an index on the
    sort key serves the ORDER BY … LIMIT), then names, owners and indicator sums of those ids.
    """
    ids_stmt = _ordered_ids(session, flt, order, descending)
    page_ids = list(session.scalars(ids_stmt.offset(offset).limit(limit)))
    if not page_ids:
        return []
    sums = {
        mid: (target, actual)
        for mid, target, actual in session.execute(
            select(
                ModelIndicator.model_id,
                func.sum(ModelIndicator.target),
                func.sum(ModelIndicator.actual),
            )
            .where(ModelIndicator.model_id.in_(page_ids))
            .group_by(ModelIndicator.model_id)
        )
    }
    o, h, v = _OWNER, _HOLDER, _VILLAGE
    details = session.execute(
        select(
            DvkModel.id,
            DvkModel.uuid,
            DvkModel.code,
            DvkModel.name,
            DvkModel.field,
            DvkModel.model_type,
            func.coalesce(o.name, h.full_name, ""),
            func.coalesce(v.name, ""),
            DvkModel.year,
            DvkModel.status,
            DvkModel.novelty,
            DvkModel.source_unit_code,
        )
        .outerjoin(o, DvkModel.owner_org_id == o.id)
        .outerjoin(h, DvkModel.holder_person_id == h.id)
        .outerjoin(v, DvkModel.village_id == v.id)
        .where(DvkModel.id.in_(page_ids))
    )
    by_id = {r[0]: r[1:] for r in details}
    rows = []
    for mid in page_ids:
        # SUM keeps the Quantity type, so the sums come back as Decimals already scaled.
        target, actual = sums.get(mid, (None, None))
        uuid, code, name, field, mtype, owner, village, year, status, novelty, unit = by_id[mid]
        rows.append(
            ModelRow(
                uuid,
                code,
                name,
                field,
                mtype,
                owner,
                village,
                year,
                status,
                novelty,
                unit,
                None if target is None else float(target),
                None if actual is None else float(actual),
            )
        )
    return rows


def matching_uuids(session: Session, flt: ModelFilter, *, order: str = "name") -> list[str]:
    """The uuids of every model the filter matches, in the list's order (for batch printing)."""
    ids = list(session.scalars(_ordered_ids(session, flt, order, False)))
    uuids: dict[int, str] = {}
    for start in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
        chunk = ids[start : start + 500]
        rows = session.execute(select(DvkModel.id, DvkModel.uuid).where(DvkModel.id.in_(chunk)))
        uuids.update({mid: uuid for mid, uuid in rows})
    return [uuids[i] for i in ids]


def counts_by_field_and_type(session: Session, flt: ModelFilter) -> dict[tuple[str, str], int]:
    """Counts of matching models by (field, type), for the summary above the list."""
    ids, *_ = _base(flt, dialect=_dialect(session))
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
    "matching_uuids",
    "search_text_for",
]
