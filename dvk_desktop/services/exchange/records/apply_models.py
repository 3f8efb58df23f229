"""Applying a child's model records in bulk: the model service's rules, a few statements in all.

Every reference is looked up in a few queries for the whole package. A new model is built as
plain rows by :mod:`new_models` (the model service's steps, without instrumented objects) and
new models, their indicators, coordinators, review receipts and audit entries are inserted
with one multi-row statement per table; a model already held goes through the session and
``services.models._apply`` as before. A 10,000-model package took 5 ms of CPU per model with
two flushes and a dozen one-row queries each (74% of an import); this is what removed them.
Rows are written every :data:`CHUNK` models, so memory does not grow with the package.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from dvk_desktop.domain import ownership
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import NotFoundError
from dvk_desktop.messages import _t
from dvk_desktop.services import audit, review_log
from dvk_desktop.services.exchange.records import new_models
from dvk_desktop.services.exchange.records.change_records import (
    forced_request,
    side_of,
    status_gate,
)
from dvk_desktop.services.exchange.records.collect import model_record
from dvk_desktop.services.exchange.records.model_inputs import checked_input
from dvk_desktop.services.models import _apply, snapshot
from dvk_desktop.services.review_log import RECEIVED_NOTE
from dvk_desktop.storage.models import (
    AuditEntry,
    DvkModel,
    IndicatorCatalogue,
    IndicatorVillageValue,
    ModelCoordinator,
    ModelIndicator,
    ModelReview,
    Organisation,
    Person,
    StatusChange,
    Unit,
    new_uuid,
    utcnow,
)

# Models built or changed before their rows, review receipts and audit entries are written.
# Holding a whole package's took 14 KB a model (10,000 models: 140 MB); 500 keeps the
# statements as few as before (SQLite's parameter limit already cut them at 500 rows).
CHUNK = 500


def _by_uuid(session: Session, cls: Any, uuids: set[str]) -> dict[str, Any]:
    wanted = sorted(u for u in uuids if u)
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), 500):  # SQLite limits the parameters of one statement
        stmt = select(cls).where(cls.uuid.in_(wanted[start : start + 500]))
        found.update((row.uuid, row) for row in session.scalars(stmt))
    return found


class ModelWriter:
    """Applies one package's model records; call :meth:`apply` per record, then :meth:`finish`."""

    def __init__(
        self,
        session: Session,
        records: list[dict[str, Any]],
        *,
        sender: str,
        actor: str,
        own_code: str,
        known: dict[str, DvkModel],
        reachable: Any,
        seen: dict[str, int] | None = None,
    ) -> None:
        self.session, self.sender, self.actor, self.own_code = session, sender, actor, own_code
        self.known, self.reachable = known, reachable
        self.seen = seen or {}  # the upper level's part version the sender had, by model
        self.now = utcnow()
        wanted: dict[type[Any], set[str]] = {Organisation: set(), Person: set(), Unit: set()}
        models: set[str] = set()
        for m in records:
            wanted[Organisation].add(m.get("owner_org_uuid") or "")
            wanted[Organisation].update(m.get("coordinating_org_uuids") or [])
            wanted[Person].update(
                (m.get("holder_person_uuid") or "", m.get("lead_person_uuid") or "")
            )
            wanted[Unit].add(m.get("village_uuid") or "")
            for ind in m.get("indicators") or []:
                wanted[Unit].update(ind.get("by_village") or {})
            models.update((m.get("continues_uuid") or "", m.get("replicated_from_uuid") or ""))
        self.rows: dict[type[Any], dict[str, Any]] = {
            cls: _by_uuid(session, cls, uuids) for cls, uuids in wanted.items()
        }
        self.rows[DvkModel] = _by_uuid(session, DvkModel, models)
        self.catalogue = {c.code: c for c in session.scalars(select(IndicatorCatalogue))}
        self.pending: list[new_models.NewModel] = []  # built, not inserted yet
        self.pending_uuids: set[str] = set()
        self.audits: list[dict[str, Any]] = []
        self.reviews: list[Any] = []  # models (with an id once inserted) received for review

    def _resolve(self, cls: type[Any], uuid: str | None, what: str) -> Any:
        """The lookup of ``services.directory.by_uuid``, from the rows read for the package."""
        if uuid is None:
            return None
        if cls is DvkModel and uuid in self.pending_uuids:
            # An earlier new model of this package: insert it, then refer to the stored row.
            self._insert_pending()
            self.rows[DvkModel].update(_by_uuid(self.session, DvkModel, {uuid}))
        row = self.rows[cls].get(uuid)
        if row is None:
            raise NotFoundError(_t("Không tìm thấy {what} với mã {uuid}.", what=what, uuid=uuid))
        return row

    def apply(self, m: dict[str, Any], report: Any) -> None:
        """One model record, with the rules of the record-by-record import it replaces."""
        row = self.known.get(m["uuid"])
        data = checked_input(m)
        if row is not None and row.source_unit_code != self.sender:
            raise ValueError("model belongs to another unit")  # checked before; defensive
        if row is not None:
            held = model_record(row)
            if held == {k: m.get(k) for k in held}:
                report.unchanged += 1
                return
        if row is not None and row.version > m["version"]:
            report.unchanged += 1
            report.notes.append(
                _t("{code}: bản trên máy mới hơn bản trong gói, giữ nguyên.", code=row.code)
            )
            return
        if row is None:
            self._add_new(m, data)
            report.created += 1
        else:
            self._update(row, m, data, report)
            report.updated += 1
        if len(self.audits) >= CHUNK:
            self._write()

    def _add_new(self, m: dict[str, Any], data: Any) -> None:
        row = new_models.build(
            m, data, sender=self.sender, now=self.now, resolve=self._resolve,
            catalogue=self.catalogue,
        )  # fmt: skip
        self.pending.append(row)
        self.pending_uuids.add(row.uuid)
        self.audits.append(
            {
                **audit.entry_values(
                    action="import",
                    entity="model",
                    entity_uuid=row.uuid,
                    actor=self.actor,
                    after=row.snapshot,
                ),
                "at": self.now,
            }
        )
        if Status(m["status"]) is Status.PROPOSED:
            self.reviews.append(row)

    def _update(self, row: DvkModel, m: dict[str, Any], data: Any, report: Any) -> None:
        before = snapshot(row)
        local, incoming = Status(row.status), Status(m["status"])
        review = review_log.latest_state(self.session, row.id, origin=self.own_code)
        held = model_record(row)
        changed = {k: v for k, v in m.items() if k in held and k != "status" and held[k] != v}
        forced: dict[str, Any] = {}
        if ownership.upper_lock(local, review) is not None and set(changed) - {"version"}:
            # The commune's part of a model the upper level has locked: shown, not applied.
            forced = {k: v for k, v in m.items() if k in held and k != "version"}
            forced["status"] = local.value
        else:
            _apply(self.session, row, data, resolve=self._resolve, catalogue=self.catalogue)
            row.code, row.version = clean(m["code"]), m["version"]
        gate = status_gate(
            local, incoming, review, seen=self.seen.get(row.uuid, 0), held=row.upper_version,
            reachable=self.reachable,
        )  # fmt: skip
        if gate == "request":
            forced = forced or {k: v for k, v in m.items() if k in held and k != "version"}
            forced["status"] = incoming.value
        if forced and forced_request(
            self.session, row, forced, side_of, sender=self.sender
        ):  # fmt: skip
            report.notes.append(
                _t(
                    "{code}: cấp trên đã khóa mô hình; thay đổi trong gói được ghi thành yêu "
                    "cầu thay đổi chờ xem xét.",
                    code=row.code,
                )
            )
        if local is not incoming and gate != "request":
            if gate == "apply":
                self.session.add(
                    StatusChange(
                        model_id=row.id,
                        from_status=local.value,
                        to_status=incoming.value,
                        actor=self.actor,
                        note="Theo gói dữ liệu của cấp dưới",
                    )
                )
                row.status = incoming.value
                if incoming is Status.PROPOSED:
                    self.reviews.append(row)
            else:
                report.kept_upper_status.append(row.code)
        self._audit(before, row)

    def _audit(self, before: dict[str, Any] | None, row: DvkModel) -> None:
        values = audit.entry_values(
            action="import", entity="model", entity_uuid=row.uuid, actor=self.actor,
            before=before, after=snapshot(row),
        )  # fmt: skip
        self.audits.append({**values, "at": self.now})

    def _insert_pending(self) -> None:
        """Insert the new models built so far, with their indicators and coordinators.

        Plain multi-row inserts, the ids read back by a unique key after: with RETURNING and
        the rows' order kept, SQLAlchemy sends SQLite one INSERT per row (a third of an
        import's statements).
        """
        if not self.pending:
            return
        self._insert(_table(DvkModel), [row.values for row in self.pending])
        ids = _ids(self.session, DvkModel.uuid, [row.uuid for row in self.pending])
        indicators: list[tuple[int, new_models.Indicator]] = []
        coordinators = []
        for row in self.pending:
            row.id = model_id = ids[row.uuid]
            coordinators += [
                {"model_id": model_id, "organisation_id": o.id, "role": ""}
                for o in row.coordinators
            ]
            indicators += [(model_id, i) for i in row.indicators]
        self._insert(_table(ModelCoordinator), coordinators)
        self._insert(
            _table(ModelIndicator), [{"model_id": mid, **i.values} for mid, i in indicators]
        )
        shared = [(mid, i) for mid, i in indicators if i.villages]
        indicator_ids = _indicator_ids(self.session, {mid for mid, _i in shared})
        shares = [
            {"indicator_id": indicator_ids[mid, i.values["code"]], "village_id": v.id,
             "target": t, "actual": a}
            for mid, i in shared
            for v, t, a in i.villages
        ]  # fmt: skip
        self._insert(_table(IndicatorVillageValue), shares)
        self.pending, self.pending_uuids = [], set()

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows and not _plain_insert(self.session, table, rows):
            self.session.execute(insert(table), rows)

    def finish(self) -> None:
        """Insert what is left, then the review receipts and the audit entries, in order."""
        self._write()

    def _write(self) -> None:
        """Write what is held: new models, updates, their review receipts and audit entries."""
        self._insert_pending()
        self.session.flush()  # the updated models and their status history
        self._insert(
            _table(ModelReview),
            [
                {"uuid": new_uuid(), "model_id": row.id, "state": ReviewState.RECEIVED.value,
                 "comment": RECEIVED_NOTE, "actor": self.actor[:150], "at": self.now,
                 "origin_unit_code": self.own_code}
                for row in self.reviews
            ],
        )  # fmt: skip
        self._insert(_table(AuditEntry), self.audits)
        self.reviews, self.audits = [], []


def _ids(session: Session, column: Any, keys: list[str]) -> dict[str, int]:
    """The ids of the rows just inserted, by their unique ``column`` (in chunks for SQLite)."""
    found: dict[str, int] = {}
    table = column.class_
    for start in range(0, len(keys), 500):
        stmt = select(column, table.id).where(column.in_(keys[start : start + 500]))
        found.update((key, row_id) for key, row_id in session.execute(stmt))
    return found


def _indicator_ids(session: Session, model_ids: set[int]) -> dict[tuple[int, str], int]:
    """Indicator ids by (model, code), unique per model, for the models given."""
    found: dict[tuple[int, str], int] = {}
    listed = sorted(model_ids)
    for start in range(0, len(listed), 500):
        stmt = select(ModelIndicator.model_id, ModelIndicator.code, ModelIndicator.id).where(
            ModelIndicator.model_id.in_(listed[start : start + 500])
        )
        found.update(((mid, code), iid) for mid, code, iid in session.execute(stmt))
    return found


def _table(cls: Any) -> Table:
    table: Table = cls.__table__
    return table


def _plain_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> bool:
    """Insert with the driver's executemany when every column but the id is given (SQLite).

    SQLAlchemy's handling of each row's parameters was a tenth of a package's CPU; the values
    are passed through each column type's own conversion, so the stored rows are the same. A
    table with a column left to its default goes the usual way (False).
    """
    bind = session.get_bind()
    dialect = bind.dialect
    if dialect.name != "sqlite":
        return False
    names = [c.name for c in table.columns if not (c.primary_key and c.autoincrement)]
    if any(set(row) != set(names) for row in rows) or len(names) == len(table.columns):
        return False
    convert = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in
               (table.columns[n] for n in names)]  # fmt: skip
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        table.name, ", ".join(f'"{n}"' for n in names), ", ".join("?" * len(names))
    )
    session.connection().exec_driver_sql(
        sql,
        [
            tuple(
                v if f is None else f(v) for f, v in zip(convert, map(row.get, names), strict=True)
            )
            for row in rows
        ],
    )
    return True
