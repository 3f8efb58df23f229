"""For whom a child's snapshot speaks: every record it names must be new or already the unit's."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from dvk_desktop.domain.vocab import UnitLevel
from dvk_desktop.messages import _t
from dvk_desktop.services.exchange.records.schema import where_of
from dvk_desktop.storage.models import (
    DvkModel,
    Evidence,
    ModelSignOff,
    Organisation,
    Person,
    ProgressReport,
    Unit,
)


def _owners(session: Session, key: Any, columns: tuple[Any, ...], join: Any, on: Any,
            uuids: Iterable[Any]) -> dict[str, tuple[Any, ...]]:  # fmt: skip
    """``uuid → columns`` for the held rows among ``uuids`` (a few queries for any number)."""
    wanted = sorted({u for u in uuids if isinstance(u, str)})
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(wanted), 500):  # SQLite limits the parameters of one statement
        stmt = select(key, *columns).where(key.in_(wanted[start : start + 500]))
        if join is not None:
            stmt = stmt.outerjoin(join, on)
        found.update((row[0], tuple(row[1:])) for row in session.execute(stmt))
    return found


def owner_problems(session: Session, part: dict[str, Any], unit: str) -> list[str]:
    """Problems (Vietnamese) where the snapshot of ``unit`` names another unit's records.

    A record is upserted by its UUID, so a UUID the upper level already holds for another
    commune would let this one rewrite that commune's village, organisation, person, model,
    progress report or evidence (or delete its model by a tombstone).
    """
    problems: list[str] = []

    def refuse(where: str, what: str, owner: str | None) -> None:
        if len(problems) < 100:
            problems.append(
                _t(
                    "{where}: mã định danh của mô hình đã thuộc đơn vị {owner}, không phải đơn "
                    "vị gửi ({unit}); gói của một đơn vị chỉ được mang bản ghi của chính nó",
                    where=where,
                    owner=str(owner)[:20],
                    unit=unit[:20],
                )
                if what
                else _t(
                    "{where}: mã định danh đã thuộc đơn vị {owner}, không phải đơn "
                    "vị gửi ({unit}); gói của một đơn vị chỉ được mang bản ghi của chính nó",
                    where=where,
                    owner=str(owner)[:20],
                    unit=unit[:20],
                )
            )

    parent = aliased(Unit)
    villages = _owners(
        session, Unit.uuid, (Unit.level, parent.code), parent, parent.id == Unit.parent_id,
        [v["uuid"] for v in part.get("villages", [])],
    )  # fmt: skip
    for n, v in enumerate(part.get("villages", []), 1):
        level, owner = villages.get(v["uuid"], (UnitLevel.VILLAGE.value, unit))
        if level != UnitLevel.VILLAGE.value or owner != unit:
            refuse(where_of("villages", n, v), "", owner)
    for section, cls, key in (
        ("organisations", Organisation, "name"),
        ("people", Person, "full_name"),
    ):
        items = part.get(section, [])
        held = _owners(
            session, cls.uuid, (Unit.code,), Unit, Unit.id == cls.unit_id,
            [i["uuid"] for i in items],
        )  # fmt: skip
        for n, item in enumerate(items, 1):
            if item["uuid"] in held and held[item["uuid"]][0] != unit:
                refuse(where_of(section, n, {"name": item.get(key)}), "", held[item["uuid"]][0])
    named = [m["uuid"] for m in part.get("models", [])]
    named += [r["model_uuid"] for r in part.get("progress_reports", [])]
    named += [e["model_uuid"] for e in part.get("evidence", [])]
    named += [t["uuid"] for t in part.get("tombstones", [])]
    named += [r["model_uuid"] for r in part.get("removed_evidence", [])]
    named += [s["model_uuid"] for s in part.get("sign_offs", [])]
    models = {
        uuid: owner
        for uuid, (owner,) in _owners(
            session, DvkModel.uuid, (DvkModel.source_unit_code,), None, None, named
        ).items()
    }
    for n, m in enumerate(part.get("models", []), 1):
        if models.get(m["uuid"], unit) != unit:
            refuse(where_of("models", n, m), "của mô hình ", models[m["uuid"]])
    for n, t in enumerate(part.get("tombstones", []), 1):
        if models.get(t["uuid"], unit) != unit:
            refuse(where_of("tombstones", n), "của mô hình ", models[t["uuid"]])
    hangers: tuple[tuple[str, Any], ...] = (
        ("progress_reports", ProgressReport),
        ("evidence", Evidence),
        ("removed_evidence", Evidence),
        ("sign_offs", ModelSignOff),
    )
    for section, table in hangers:
        items = part.get(section, [])
        held = _owners(
            session, table.uuid, (DvkModel.uuid, DvkModel.source_unit_code), DvkModel,
            DvkModel.id == table.model_id, [i["uuid"] for i in items],
        )  # fmt: skip
        for n, item in enumerate(items, 1):
            if models.get(item["model_uuid"], unit) != unit:
                refuse(where_of(section, n), "của mô hình ", models[item["model_uuid"]])
            model_uuid, owner = held.get(item["uuid"], (item["model_uuid"], unit))
            if model_uuid != item["model_uuid"]:
                problems.append(
                    _t(
                        "{where}: mã định danh đã thuộc một mô hình khác (của đơn vị {owner})",
                        where=where_of(section, n),
                        owner=str(owner)[:20],
                    )
                )
    return problems


# The sections whose records an aggregate's communes could both claim by one UUID.
_CLAIMED = ("villages", "organisations", "people", "models", "progress_reports", "evidence")


class ClaimsInPackage:
    """An aggregate's communes, read one at a time: no record UUID in two of them.

    Only the database's owners are checked by :func:`owner_problems`; two communes of one
    aggregate naming one new UUID would have the second rewrite the first one's record.
    The UUIDs seen are kept (about 100 bytes each), not the records.
    """

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def problems(self, part: dict[str, Any], unit: str) -> list[str]:
        """Problems (Vietnamese) where ``unit``'s snapshot names a UUID an earlier one did."""
        problems: list[str] = []
        for section in _CLAIMED:
            for n, item in enumerate(part.get(section, []), 1):
                owner = self.owner.setdefault(item["uuid"], unit)
                if owner != unit and len(problems) < 100:
                    problems.append(
                        _t(
                            "{where}: mã định danh cũng có trong dữ liệu của đơn vị {owner} "
                            "trong cùng gói tổng hợp; mỗi bản ghi chỉ thuộc một đơn vị",
                            where=where_of(section, n, item, unit),
                            owner=owner[:20],
                        )
                    )
        return problems
