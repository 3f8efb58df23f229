"""Finding possible duplicates: alike names and shared evidence files, stored as flags."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Table, insert, or_, select
from sqlalchemy.orm import Session

from dvk_desktop.domain import similarity
from dvk_desktop.domain.similarity import DuplicateKind
from dvk_desktop.domain.vocab import Novelty
from dvk_desktop.services.duplicate_rows import Held, Row, held_rows
from dvk_desktop.storage.models import (
    DuplicateFlag,
    Evidence,
    ModelReplication,
    utcnow,
)

_FLAGS: Table = DuplicateFlag.__table__  # type: ignore[assignment]  # a Core insert, not the ORM's

# Alike names: per new model, only this many, the closest, at its own unit and as many at other
# units (so a re-registration at home is never crowded out by other communes' generic names).
# Registrations share a vocabulary ("… tại thôn …, lần 2"): at a province one generic name
# matched ~160 models, a list no reviewer reads, and every import slowed with what was held
# (issue 9). A model with any alike name is still flagged; shared evidence files all are.
CLOSEST = 5


def _linked(session: Session, held: Held) -> set[frozenset[int]]:
    """Pairs the communes said belong together (maintained or replicated): never flagged."""
    rows = held.ordered
    pairs = set(held.linked())
    links = select(
        ModelReplication.replica_uuid, ModelReplication.origin_uuid,
        ModelReplication.origin_unit_code, ModelReplication.origin_code,
    )  # fmt: skip
    found = session.execute(links).all()
    if not found:
        return pairs  # most imports: the look-ups below cost more than the rest of the scan
    by_uuid = {r.uuid: r.id for r in rows}
    by_code = {(r.unit, r.code): r.id for r in rows}
    for replica_uuid, origin_uuid, origin_unit, origin_code in found:
        replica = by_uuid.get(replica_uuid)
        origin = by_uuid.get(origin_uuid or "") or by_code.get((origin_unit, origin_code))
        if replica is not None and origin is not None:
            pairs.add(frozenset((replica, origin)))
    return pairs


def _name_kind(a: Row, b: Row) -> DuplicateKind:
    """A similar name at the same unit in a later year, not marked maintained: re-registered."""
    if a.unit == b.unit and a.year != b.year:
        later = a if a.year > b.year else b
        if later.novelty != Novelty.MAINTAINED.value or later.continues_id is None:
            return DuplicateKind.REREGISTERED
    return DuplicateKind.NAME


@dataclass(frozen=True)
class NewFlag:
    """A flag stored by :func:`find`, in the order it was inserted (so by id)."""

    kind: str
    model_id: int
    other_model_id: int
    score: int
    detail: str


# Models compared, and their flags stored, at a time: a 100,000-model aggregate raised a
# million flags, held at once they took 450 MB (issue 15: an aggregate imports in flat memory).
SCAN_CHUNK = 5_000
Sink = Callable[[list[NewFlag], dict[int, Row]], None]


def find(
    session: Session,
    model_ids: set[int] | None,
    tick: Callable[[int, int], None] | None = None,
    *,
    sink: Sink | None = None,
) -> tuple[list[NewFlag], dict[int, Row]]:
    """Add the flags that ``model_ids`` (all models when None) raise: the new ones and the rows.

    Flags already stored, dismissed ones included, are left as they are: a pair the reviewer
    called "không trùng" stays quiet however often it is found again. The model rows read
    come back too (the import's notes name the models). ``tick(done, total)`` hears how many
    of the scanned models are compared so far (it may raise to stop, as a Cancel does).
    The models are compared :data:`SCAN_CHUNK` at a time and each chunk's new flags stored
    before the next; ``sink``, when given, is handed them instead of the list returned
    (which then stays empty), so no more than a chunk's flags are ever held.
    """
    held = held_rows(session)
    rows, by_id = held.ordered, held.by_id
    if not rows:
        return [], {}
    # In id order, as the rows are (a package's few against a province's thousands).
    scanned = rows if model_ids is None else [by_id[i] for i in sorted(model_ids) if i in by_id]
    linked = _linked(session, held)
    found: dict[tuple[str, int, int], tuple[int, str]] = {}

    def add(kind: DuplicateKind, a: int, b: int, score: int, detail: str) -> None:
        if a == b or frozenset((a, b)) in linked:
            return
        lo, hi = sorted((a, b))
        found.setdefault((kind.value, lo, hi), (score, detail))

    # Every scanned model against everything held and the rest of its package, in one pass:
    # on each side (its own unit, other units), its CLOSEST alike names.
    wanted = {r.id for r in scanned}
    tail = rows[len(rows) - len(scanned) :]
    if len(tail) == len(scanned) and all(a is b for a, b in zip(tail, scanned, strict=True)):
        # The scanned rows are the last ones (a package of new models): the pool is the rows
        # as they are, whose names are keyed already.
        pool, index, at_unit = rows, held.index(), held.at_unit()
    else:
        pool = [r for r in rows if r.id not in wanted] + scanned
        index = similarity.Index()
        index.extend((r.name for r in pool), (r.unit for r in pool))
        at_unit = Counter(r.unit for r in pool)

    partners: dict[int, set[int]] = defaultdict(set)
    for pair in linked:
        for x in pair:
            partners[x] |= pair
    alone: set[int] = set()

    def side(i: int, j: int) -> int:
        a, b = scanned[i], pool[j]
        if a is b or b.id in partners.get(a.id, alone):
            return -1
        return 0 if a.unit == b.unit else 1

    def room(i: int) -> tuple[int, int]:
        home = at_unit[scanned[i].unit]
        return home - 1, len(pool) - home  # itself left out

    collected: list[NewFlag] = []
    evidence = DuplicateKind.EVIDENCE.value
    for first in range(0, len(scanned), SCAN_CHUNK):
        chunk = scanned[first : first + SCAN_CHUNK]
        found.clear()
        at = first

        def chunk_side(i: int, j: int, at: int = at) -> int:
            return side(at + i, j)

        def chunk_room(i: int, at: int = at) -> tuple[int, int]:
            return room(at + i)

        def chunk_home(i: int, at: int = at) -> str:
            return scanned[at + i].unit

        def chunk_tick(done: int, at: int = at) -> None:
            assert tick is not None
            tick(at + done, len(scanned))

        near = similarity.closest(
            [r.name for r in chunk], index, chunk_side, sides=2, room=chunk_room,
            count=CLOSEST, tick=None if tick is None else chunk_tick, home=chunk_home,
        )  # fmt: skip
        for a, sides in zip(chunk, near, strict=True):
            for picked in sides:
                for value, j in picked:
                    add(_name_kind(a, pool[j]), a.id, pool[j].id, value, "")
        del near
        _shared_evidence(session, [r.id for r in chunk], wanted, by_id, add)
        if not found:
            continue
        if model_ids is None and len(scanned) <= SCAN_CHUNK:
            existing = _existing(session, None)
        else:
            # Every pair found names one of these: a name pair its chunk's model, an evidence
            # pair its own two. Not every model a pair names: each of those brought all its
            # flags, more with every chunk (75,000 at the fourth of a 20,000-model package).
            shared = {x for kind, lo, hi in found if kind == evidence for x in (lo, hi)}
            existing = _existing(session, {r.id for r in chunk} | shared)
        new = [
            NewFlag(kind, lo, hi, score, detail)
            for (kind, lo, hi), (score, detail) in sorted(found.items())
            if (kind, lo, hi) not in existing
        ]
        _store(session, new, utcnow())
        if sink is None:
            collected += new
        else:
            sink(new, by_id)
    return collected, by_id


def _shared_evidence(
    session: Session,
    ids: list[int],
    wanted: set[int],
    by_id: dict[int, Row],
    add: Callable[[DuplicateKind, int, int, int, str], None],
) -> None:
    """Pairs holding the same evidence file (by hash) as one of ``ids``."""
    shas: set[str] = set()
    for start in range(0, len(ids), 500):
        shas.update(
            session.scalars(
                select(Evidence.sha256).where(
                    Evidence.model_id.in_(ids[start : start + 500]), Evidence.removed_at.is_(None)
                )
            )
        )
    holders: dict[str, list[tuple[int, str]]] = defaultdict(list)
    sha_list = sorted(shas)
    for start in range(0, len(sha_list), 500):
        stmt = select(Evidence.sha256, Evidence.model_id, Evidence.original_name).where(
            Evidence.sha256.in_(sha_list[start : start + 500]), Evidence.removed_at.is_(None)
        )
        for sha, model_id, original in session.execute(stmt):
            holders[sha].append((model_id, original))
    for _sha, holding in sorted(holders.items()):
        for i, (x, name) in enumerate(holding):
            for y, _ in holding[i + 1 :]:
                if (x in wanted or y in wanted) and x in by_id and y in by_id:
                    add(DuplicateKind.EVIDENCE, x, y, 100, name[:300])


_INSERT_FLAG = (
    "INSERT INTO duplicate_flag (kind, model_id, other_model_id, score, detail, found_at,"
    " dismissed_by, dismissed_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _store(session: Session, new: list[NewFlag], now: dt.datetime) -> None:
    """Insert the new flags (after ``session.flush()``: nothing of the session is pending)."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        # Plain parameters to the driver's statement: SQLAlchemy's handling of them was half
        # of storing a package's 500 flags. The time as SQLAlchemy stores it (its own type).
        found_at = _FLAGS.c.found_at.type.dialect_impl(bind.dialect).bind_processor(bind.dialect)
        at = found_at(now) if found_at is not None else now
        for start in range(0, len(new), 2000):
            session.connection().exec_driver_sql(
                _INSERT_FLAG,
                [
                    (f.kind, f.model_id, f.other_model_id, f.score, f.detail, at, "", "")
                    for f in new[start : start + 2000]
                ],
            )
        return
    # Multi-row statements: an import of 10,000 alike names raises five times as many flags,
    # and instrumented objects with a flush cost more than finding them. A few thousand rows
    # at a time: the parameters of all of them at once took 50 MB at 20,000 models.
    for start in range(0, len(new), 2000):
        session.execute(
            insert(_FLAGS),
            [
                {"kind": f.kind, "model_id": f.model_id, "other_model_id": f.other_model_id,
                 "score": f.score, "detail": f.detail, "found_at": now, "dismissed_by": "",
                 "dismissed_note": ""}
                for f in new[start : start + 2000]
            ],
        )  # fmt: skip


def _existing(session: Session, ids: set[int] | None) -> set[tuple[str, int, int]]:
    """The stored flags (every one when ``ids`` is None, else those naming one of ``ids``).

    Every pair found names a scanned model, so only the flags of those can be found again.
    """
    stmt = select(DuplicateFlag.kind, DuplicateFlag.model_id, DuplicateFlag.other_model_id)
    if ids is None:
        return {(kind, a, b) for kind, a, b in session.execute(stmt)}
    listed, out = sorted(ids), set[tuple[str, int, int]]()
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        where = or_(DuplicateFlag.model_id.in_(chunk), DuplicateFlag.other_model_id.in_(chunk))
        out.update((kind, a, b) for kind, a, b in session.execute(stmt.where(where)))
    return out
