"""Possible duplicates across communes: found on import or on request, never blocking anything."""

from __future__ import annotations

import functools
import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dvk_desktop.domain import units
from dvk_desktop.domain.similarity import DuplicateKind
from dvk_desktop.domain.text import clean, sort_key
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.services import audit
from dvk_desktop.services.duplicate_rows import Row
from dvk_desktop.services.duplicate_scan import NewFlag, find
from dvk_desktop.storage.models import (
    DuplicateFlag,
    DvkModel,
    Unit,
    utcnow,
)
from dvk_desktop.storage.workspace import WorkspaceHandle

# The names of the held models come back with every package: their sort keys are kept.
_sort_key = functools.lru_cache(maxsize=1 << 17)(sort_key)
# Import notes name this many pairs, then count the rest (the model list shows them all).
_NOTES_SHOWN = 10


@dataclass(frozen=True)
class ModelRef:
    """One side of a flag, as lists show it."""

    uuid: str
    code: str
    name: str
    unit_code: str
    unit_name: str
    year: int
    status: str


@dataclass(frozen=True)
class FlagView:
    """A possible duplicate pair, with why it was raised."""

    id: int
    kind: DuplicateKind
    score: int
    detail: str
    model: ModelRef
    other: ModelRef
    dismissed: bool
    dismissed_by: str
    dismissed_note: str

    @property
    def reason(self) -> str:
        """One Vietnamese line saying why the pair was flagged."""
        if self.kind is DuplicateKind.EVIDENCE:
            return f"Cùng tệp minh chứng “{self.detail}”"
        if self.kind is DuplicateKind.REREGISTERED:
            return (
                f"Đăng ký lại năm {self.other.year} (tên giống {self.score}%) "
                "mà không ghi là duy trì"
            )
        return f"Tên gần giống ({self.score}%)"

    def partner(self, uuid: str) -> ModelRef:
        """The other side of the pair, seen from model ``uuid``."""
        return self.other if self.model.uuid == uuid else self.model


def find_flags(session: Session, model_ids: set[int] | None = None) -> list[NewFlag]:
    """Add the flags that ``model_ids`` (all models when None) raise; return the new ones.

    Flags already stored, dismissed ones included, are left as they are: a pair the reviewer
    called "không trùng" stays quiet however often it is found again.
    """
    return find(session, model_ids)[0]


def flag_imported(
    session: Session, uuids: Iterable[str], tick: Callable[[int, int], None] | None = None
) -> list[str]:
    """Flag what an imported package's models raise; the import's notes about it (Vietnamese).

    Called by the import inside its transaction, after the records are applied, with the
    uuids of the package's models; ``tick`` as for :func:`duplicate_scan.find`.
    """
    uuids = set(uuids)
    if not uuids:
        return []
    ids: set[int] = set()
    listed = sorted(uuids)
    for start in range(0, len(listed), 500):
        ids.update(
            session.scalars(
                select(DvkModel.id).where(DvkModel.uuid.in_(listed[start : start + 500]))
            )
        )
    count = 0
    first: list[tuple[int, NewFlag]] = []

    def keep(new: list[NewFlag], by_id: dict[int, Row]) -> None:
        # A huge package's flags come a chunk at a time: only those the notes may name stay.
        nonlocal count, first
        first = _first([*first, *((count + n, f) for n, f in enumerate(new))], by_id)
        count += len(new)

    _none, by_id = find(session, ids, tick, sink=keep)
    if not count:
        return []
    views = _new_views(session, first, by_id)
    notes = [
        f"Có thể trùng: {v.model.code} “{v.model.name}” ({v.model.unit_name}) và "
        f"{v.other.code} “{v.other.name}” ({v.other.unit_name}): {v.reason}."
        for v in views
    ]
    if count > _NOTES_SHOWN:
        notes.append(
            f"… và {count - _NOTES_SHOWN} cặp có thể trùng khác (xem cột “Trùng?” "
            "trong danh sách mô hình)."
        )
    return notes


def _first(new: list[tuple[int, NewFlag]], by_id: dict[int, Row]) -> list[tuple[int, NewFlag]]:
    """The first :data:`_NOTES_SHOWN` of ``(position, flag)`` in :func:`_views`' order.

    New flags are open and were inserted in position order, so the position stands for the
    id in the tie-break; each name's sort key is made once.
    """
    if not new:
        return []

    def key(model_id: int) -> bytes:
        return _sort_key(by_id[model_id].name)

    # Only flags scoring at least the tenth-best score can be shown: the names of the others
    # are never compared.
    cutoff = heapq.nlargest(_NOTES_SHOWN, (f.score for _n, f in new))[-1]
    return heapq.nsmallest(
        _NOTES_SHOWN,
        ((n, f) for n, f in new if f.score >= cutoff),
        key=lambda p: (-p[1].score, key(p[1].model_id), p[0]),
    )


def _new_views(
    session: Session, first: list[tuple[int, NewFlag]], by_id: dict[int, Row]
) -> list[FlagView]:
    """The flags :func:`_first` chose as the notes show them, from rows in hand."""
    names = _unit_names(
        session, {by_id[m].unit for _, f in first for m in (f.model_id, f.other_model_id)}
    )

    def ref(model_id: int) -> ModelRef:
        r = by_id[model_id]
        return ModelRef(r.uuid, r.code, r.name, r.unit, names.get(r.unit, ""), r.year, r.status)

    return [
        FlagView(
            0, DuplicateKind(f.kind), f.score, f.detail, ref(f.model_id), ref(f.other_model_id),
            False, "", "",
        )
        for _, f in first
    ]  # fmt: skip


def _unit_names(session: Session, codes: Iterable[str]) -> dict[str, str]:
    codes = set(codes)
    stmt = select(Unit.code, Unit.name).where(Unit.code.in_(codes))
    names = {code: name for code, name in session.execute(stmt)}
    for code in codes - set(names):
        try:
            names[code] = units.find(code).name
        except NotFoundError:
            names[code] = code
    return names


def _views(session: Session, flags: Iterable[DuplicateFlag]) -> list[FlagView]:
    flags = list(flags)
    ids = {f.model_id for f in flags} | {f.other_model_id for f in flags}
    models: dict[int, DvkModel] = {}
    listed = sorted(ids)
    for start in range(0, len(listed), 500):
        for m in session.scalars(
            select(DvkModel).where(DvkModel.id.in_(listed[start : start + 500]))
        ):
            models[m.id] = m
    names = _unit_names(session, {m.source_unit_code for m in models.values()})

    def ref(model_id: int) -> ModelRef:
        m = models[model_id]
        return ModelRef(
            m.uuid, m.code, m.name, m.source_unit_code, names.get(m.source_unit_code, ""),
            m.year, m.status,
        )  # fmt: skip

    views = [
        FlagView(
            f.id, DuplicateKind(f.kind), f.score, f.detail, ref(f.model_id), ref(f.other_model_id),
            f.dismissed_at is not None, f.dismissed_by, f.dismissed_note,
        )
        for f in flags
    ]  # fmt: skip
    views.sort(key=lambda v: (v.dismissed, -v.score, sort_key(v.model.name), v.id))
    return views


def scan(handle: WorkspaceHandle, *, commune: str | None = None) -> int:
    """Look for duplicates among all models (or one commune's against all); new flags found."""
    with handle.sessions() as session, session.begin():
        ids = None
        if commune:
            ids = set(
                session.scalars(select(DvkModel.id).where(DvkModel.source_unit_code == commune))
            )
        return len(find_flags(session, ids))


def list_flags(
    handle: WorkspaceHandle,
    *,
    commune: str | None = None,
    model_uuid: str | None = None,
    include_dismissed: bool = False,
) -> list[FlagView]:
    """Stored flags (open ones first, by score), of one commune or one model if asked."""
    with handle.readers() as session:
        stmt = select(DuplicateFlag)
        if not include_dismissed:
            stmt = stmt.where(DuplicateFlag.dismissed_at.is_(None))
        if model_uuid is not None or commune is not None:
            wanted = select(DvkModel.id)
            if model_uuid is not None:
                wanted = wanted.where(DvkModel.uuid == model_uuid)
            if commune is not None:
                wanted = wanted.where(DvkModel.source_unit_code == commune)
            stmt = stmt.where(
                or_(DuplicateFlag.model_id.in_(wanted), DuplicateFlag.other_model_id.in_(wanted))
            )
        return _views(session, session.scalars(stmt))


def open_counts(handle: WorkspaceHandle) -> dict[str, int]:
    """Open (not dismissed) flags per model UUID: the badge of the model list."""
    with handle.readers() as session:
        rows = session.execute(
            select(DuplicateFlag.model_id, DuplicateFlag.other_model_id).where(
                DuplicateFlag.dismissed_at.is_(None)
            )
        ).all()
        if not rows:
            return {}
        uuid_of = {i: u for i, u in session.execute(select(DvkModel.id, DvkModel.uuid))}
    counts: dict[str, int] = defaultdict(int)
    for a, b in rows:
        counts[uuid_of[a]] += 1
        counts[uuid_of[b]] += 1
    return dict(counts)


def dismiss(
    handle: WorkspaceHandle, flag_id: int, *, note: str = "", actor: str | None = None
) -> FlagView:
    """Mark a flag "không trùng": it stays stored (history) and is no longer shown as open."""
    with handle.sessions() as session, session.begin():
        flag = session.get(DuplicateFlag, flag_id)
        if flag is None:
            raise NotFoundError(f"Không có cảnh báo trùng số {flag_id}.")
        if flag.dismissed_at is not None:
            raise ValidationError("Cảnh báo này đã được đánh dấu “không trùng”.")
        flag.dismissed_at = utcnow()
        flag.dismissed_by = actor or audit.current_actor()
        flag.dismissed_note = clean(note)[:2000]
        session.flush()
        view = _views(session, [flag])[0]
        audit.record(
            session, action="update", entity="duplicate_flag", entity_uuid=view.model.uuid,
            before={"flag": flag_id, "kind": flag.kind, "other": view.other.uuid},
            after={"dismissed": True, "note": flag.dismissed_note}, actor=flag.dismissed_by,
        )  # fmt: skip
        return view
