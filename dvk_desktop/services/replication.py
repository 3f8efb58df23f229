"""Replication across communes: which model a model replicates, by identities that travel."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from dvk_desktop.domain import units
from dvk_desktop.domain.text import clean, sort_key
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import audit
from dvk_desktop.services.models import get_row
from dvk_desktop.storage.models import DvkModel, ModelReplication, Unit, Workspace, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Record keys: a unit's own links travel up with its models; the upper level sends each
# origin's unit back where its models were replicated.
UP_KEY, DOWN_KEY = "replications", "replicated_elsewhere"


@dataclass(frozen=True)
class Replica:
    """Where a model was replicated: the replicating model as this workspace knows it."""

    uuid: str
    unit_code: str
    unit_name: str
    code: str
    name: str
    year: int
    status: str  # a Status value ("" if unknown)
    held: bool  # the replica itself is in this workspace

    @property
    def status_label(self) -> str:
        """The status in Vietnamese ("" if unknown)."""
        return Status(self.status).label if self.status in Status._value2member_map_ else ""


@dataclass(frozen=True)
class Origin:
    """The model a model replicates."""

    uuid: str | None
    unit_code: str
    code: str
    name: str


def _unit_name(session: Session, code: str) -> str:
    name = session.scalar(select(Unit.name).where(Unit.code == code))
    if name:
        return name
    try:
        return units.find(code).name
    except NotFoundError:
        return code


def link(
    handle: WorkspaceHandle,
    replica_uuid: str,
    *,
    origin_uuid: str | None = None,
    origin_unit_code: str = "",
    origin_code: str = "",
    origin_name: str = "",
    actor: str | None = None,
) -> Origin:
    """Record that this workspace's model ``replica_uuid`` replicates another model.

    The origin is a model held here (by ``origin_uuid``, or its unit and code), or one of
    another commune named by unit code and model code as printed on its registration form.
    """
    with handle.sessions() as session, session.begin():
        ws = session.scalars(select(Workspace)).one()
        replica = get_row(session, replica_uuid)
        if replica.source_unit_code != ws.unit_code:
            raise ValidationError("Chỉ đơn vị đăng ký mô hình mới ghi được mô hình gốc của nó.")
        unit, code = clean(origin_unit_code), clean(origin_code).upper()
        held = None
        if origin_uuid:
            held = session.scalars(select(DvkModel).where(DvkModel.uuid == origin_uuid)).first()
        elif unit and code:
            held = session.scalars(
                select(DvkModel).where(DvkModel.source_unit_code == unit, DvkModel.code == code)
            ).first()
        if held is not None:
            unit, code, origin_name = held.source_unit_code, held.code, held.name
            origin_uuid = held.uuid
        if not unit or not code:
            raise ValidationError(
                "Cần mã đơn vị và mã mô hình gốc (như in trên phiếu đăng ký, ví dụ MH-2026-001).",
                field="origin",
            )
        if origin_uuid is not None and not _UUID.match(origin_uuid):
            raise ValidationError("Mã định danh mô hình gốc không hợp lệ.", field="origin")
        if held is not None and held.id == replica.id:
            raise ValidationError("Một mô hình không thể nhân rộng từ chính nó.", field="origin")
        row = session.scalars(
            select(ModelReplication).where(
                ModelReplication.replica_uuid == replica.uuid,
                ModelReplication.origin_unit_code == unit,
                ModelReplication.origin_code == code,
            )
        ).first()
        if row is None:
            row = ModelReplication(
                replica_uuid=replica.uuid, origin_unit_code=unit, origin_code=code,
                received_from="",
            )  # fmt: skip
            session.add(row)
        _fill_replica(row, replica)
        row.origin_uuid = origin_uuid
        row.origin_name = clean(origin_name)[:300]
        if held is not None and replica.replicated_from_id is None:
            replica.replicated_from_id = held.id
        audit.record(
            session, action="update", entity="model_replication", entity_uuid=replica.uuid,
            after={"origin_uuid": origin_uuid, "origin_unit_code": unit, "origin_code": code},
            actor=actor,
        )  # fmt: skip
        return Origin(origin_uuid, unit, code, row.origin_name)


def unlink(
    handle: WorkspaceHandle, replica_uuid: str, origin_unit_code: str, origin_code: str
) -> None:
    """Forget that a model replicates the given origin."""
    with handle.sessions() as session, session.begin():
        session.execute(
            delete(ModelReplication).where(
                ModelReplication.replica_uuid == replica_uuid,
                ModelReplication.origin_unit_code == origin_unit_code,
                ModelReplication.origin_code == origin_code,
                ModelReplication.received_from == "",
            )
        )
        audit.record(
            session, action="delete", entity="model_replication", entity_uuid=replica_uuid,
            before={"origin_unit_code": origin_unit_code, "origin_code": origin_code},
        )  # fmt: skip


def _fill_replica(row: ModelReplication, replica: DvkModel) -> None:
    row.replica_unit_code = replica.source_unit_code
    row.replica_code = replica.code
    row.replica_name = replica.name
    row.replica_year = replica.year
    row.replica_status = replica.status
    row.updated_at = utcnow()


def origins_of(handle: WorkspaceHandle, replica_uuid: str) -> list[Origin]:
    """The models ``replica_uuid`` replicates."""
    with handle.readers() as session:
        replica_uuid = get_row(session, replica_uuid).uuid
        rows = session.scalars(
            select(ModelReplication).where(ModelReplication.replica_uuid == replica_uuid)
        )
        return [
            Origin(r.origin_uuid, r.origin_unit_code, r.origin_code, r.origin_name) for r in rows
        ]


def replicated_at(handle: WorkspaceHandle, origin_uuid: str) -> list[Replica]:
    """Where the model ``origin_uuid`` was replicated (commune, year, status), newest first."""
    with handle.readers() as session:
        try:
            origin: DvkModel | None = get_row(session, origin_uuid)
        except NotFoundError:  # not held here: links name it by UUID all the same
            origin = None
        if origin is not None:
            origin_uuid = origin.uuid
        match = ModelReplication.origin_uuid == origin_uuid
        if origin is not None:
            match = or_(
                match,
                and_(
                    ModelReplication.origin_unit_code == origin.source_unit_code,
                    ModelReplication.origin_code == origin.code,
                ),
            )
        links = list(session.scalars(select(ModelReplication).where(match)))
        held = {
            m.uuid: m
            for m in session.scalars(
                select(DvkModel).where(DvkModel.uuid.in_({r.replica_uuid for r in links}))
            )
        }
        seen: dict[str, Replica] = {}
        for r in links:
            m = held.get(r.replica_uuid)
            code = m.source_unit_code if m else r.replica_unit_code
            seen[r.replica_uuid] = Replica(
                r.replica_uuid, code, _unit_name(session, code), m.code if m else r.replica_code,
                m.name if m else r.replica_name, m.year if m else r.replica_year,
                m.status if m else r.replica_status, m is not None,
            )  # fmt: skip
    return sorted(seen.values(), key=lambda x: (-x.year, sort_key(x.unit_name), x.code))


def _record(row: ModelReplication) -> dict[str, Any]:
    return {
        "replica_uuid": row.replica_uuid, "replica_unit_code": row.replica_unit_code,
        "replica_code": row.replica_code, "replica_name": row.replica_name,
        "replica_year": row.replica_year, "replica_status": row.replica_status,
        "origin_uuid": row.origin_uuid, "origin_unit_code": row.origin_unit_code,
        "origin_code": row.origin_code, "origin_name": row.origin_name,
    }  # fmt: skip


def section(key: str, links: list[dict[str, Any]]) -> dict[str, Any]:
    """The records section of links, left out when empty (packages without links stay as before)."""
    return {key: links} if links else {}


def package_links(session: Session, models: Iterable[DvkModel]) -> list[dict[str, Any]]:
    """The links of these models (a unit's own, going up), with each replica as it is now."""
    by_uuid = {m.uuid: m for m in models}
    out = []
    listed = sorted(by_uuid)
    for start in range(0, len(listed), 500):
        stmt = select(ModelReplication).where(
            ModelReplication.replica_uuid.in_(listed[start : start + 500])
        )
        for row in session.scalars(stmt.order_by(ModelReplication.id)):
            record = _record(row)
            m = by_uuid[row.replica_uuid]
            record.update(
                replica_unit_code=m.source_unit_code, replica_code=m.code, replica_name=m.name,
                replica_year=m.year, replica_status=m.status,
            )  # fmt: skip
            out.append(record)
    return out


def links_to(session: Session, origin_unit_code: str) -> list[dict[str, Any]]:
    """Every link to a model of ``origin_unit_code`` (going down to that unit)."""
    stmt = select(ModelReplication).where(ModelReplication.origin_unit_code == origin_unit_code)
    rows = list(session.scalars(stmt.order_by(ModelReplication.id)))
    held = {
        m.uuid: m
        for m in session.scalars(
            select(DvkModel).where(DvkModel.uuid.in_({r.replica_uuid for r in rows}))
        )
    }
    out = []
    for row in rows:
        record = _record(row)
        m = held.get(row.replica_uuid)
        if m is not None:  # the replica's status as this level holds it now
            record.update(replica_status=m.status, replica_name=m.name, replica_year=m.year)
        out.append(record)
    return out


def record_problems(records: Any, sender: str, mode: str) -> list[str]:
    """What the links of a package may not say; the check before anything is written.

    The type and format of every field are the record specs' (exchange.records.schema);
    here: going up, a unit may only speak for its own models' links, and a link names the
    model it replicates. Coming down, only links to the recipient's models arrive (checked
    on apply, which knows the recipient).
    """
    if not isinstance(records, dict):
        return []
    key = DOWN_KEY if mode == "decisions" else UP_KEY
    items = records.get(key, [])
    if not isinstance(items, list):
        return []  # the spec names it
    own = {m.get("uuid") for m in records.get("models", []) if isinstance(m, dict)}
    problems: list[str] = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            continue  # the spec names it
        where = _t("Liên kết nhân rộng thứ {n}", n=n)
        if not item.get("origin_unit_code") or not item.get("origin_code"):
            problems.append(_t("{where}: thiếu mã đơn vị hoặc mã mô hình gốc", where=where))
        if mode != "decisions" and (
            item.get("replica_uuid") not in own or item.get("replica_unit_code") != sender
        ):
            problems.append(_t("{where}: không phải mô hình của đơn vị gửi gói", where=where))
        if len(problems) > 50:
            break
    return problems


def apply_from_package(session: Session, records: dict[str, Any], *, kind: str) -> None:
    """Store the links a package carries (checked already), replacing what it supersedes."""
    ws = session.scalars(select(Workspace)).one()
    if kind == "decisions":
        parent = records["sender"]["unit_code"]
        items = [i for i in records.get(DOWN_KEY, []) if i["origin_unit_code"] == ws.unit_code]
        session.execute(
            delete(ModelReplication).where(
                ModelReplication.received_from == parent,
                ModelReplication.origin_unit_code == ws.unit_code,
            )
        )
        _insert(session, items, parent)
        return
    parts = records.get("children", []) if kind == "aggregate" else [records]
    apply_part_links(
        session, [links_of(part, [m["uuid"] for m in part.get("models", [])]) for part in parts]
    )


@dataclass
class PartLinks:
    """What one snapshot says of replication: its sender, its models, the links it carries."""

    sender: str
    model_uuids: list[str]
    items: list[dict[str, Any]]


def links_of(part: dict[str, Any], model_uuids: list[str]) -> PartLinks:
    """The replication links of one checked snapshot, kept while the next ones are applied."""
    return PartLinks(part["sender"]["unit_code"], model_uuids, part.get(UP_KEY, []))


def apply_part_links(session: Session, parts: list[PartLinks]) -> None:
    """Store the snapshots' links once all were applied (an origin may come in a later one)."""
    for part in parts:
        uuids = sorted(set(part.model_uuids))
        for start in range(0, len(uuids), 500):
            session.execute(
                delete(ModelReplication).where(
                    ModelReplication.replica_uuid.in_(uuids[start : start + 500]),
                    ModelReplication.received_from != "",
                )
            )
        _insert(session, part.items, part.sender)


def _insert(session: Session, items: list[dict[str, Any]], sender: str) -> None:
    session.flush()
    now = utcnow()
    known: dict[tuple[str, str], str] = {}
    for item in items:
        origin_uuid = item.get("origin_uuid")
        if origin_uuid is None:  # the upper level may hold the origin the commune only named
            key = (item["origin_unit_code"], item["origin_code"])
            if key not in known:
                known[key] = (
                    session.scalar(
                        select(DvkModel.uuid).where(
                            DvkModel.source_unit_code == key[0], DvkModel.code == key[1]
                        )
                    )
                    or ""
                )
            origin_uuid = known[key] or None
        exists = session.scalar(
            select(ModelReplication.id).where(
                ModelReplication.replica_uuid == item["replica_uuid"],
                ModelReplication.origin_unit_code == item["origin_unit_code"],
                ModelReplication.origin_code == item["origin_code"],
            )
        )
        if exists is not None:  # this workspace's own link (it made the replica) stays
            continue
        session.add(
            ModelReplication(
                **{k: v for k, v in item.items() if k in _FIELDS},
                origin_uuid=origin_uuid, received_from=sender, updated_at=now,
            )
        )  # fmt: skip
        session.flush()


_FIELDS = (
    "replica_uuid", "replica_unit_code", "replica_code", "replica_name", "replica_year",
    "replica_status", "origin_unit_code", "origin_code", "origin_name",
)  # fmt: skip
