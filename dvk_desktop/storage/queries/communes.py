"""Per-commune figures for an upper level: packages received, models by status, evidence held."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvk_desktop.storage.models import (
    Decision,
    DecisionModel,
    DvkModel,
    Evaluation,
    Evidence,
    ModelReview,
    PackageLedger,
    StatusChange,
    TrustedKey,
    Unit,
    Workspace,
)

# Status changes applied from a commune's own package carry this actor prefix (see the
# importer): they are the commune's news to us, not ours to send back.
IMPORT_ACTOR_PREFIX = "gói "


@dataclass(frozen=True)
class ReceivedPackage:
    """A package imported from a child unit, as the ledger remembers it."""

    sequence: int
    kind: str
    file_name: str
    created_at: dt.datetime  # the sender's clock (UTC)
    recorded_at: dt.datetime  # when it was imported here (UTC)
    size: int | None
    models: int


def received_packages(session: Session, own_code: str) -> dict[str, list[ReceivedPackage]]:
    """Every package imported from each sender, in sequence order."""
    stmt = (
        select(PackageLedger)
        .where(PackageLedger.direction == "in", PackageLedger.recipient_unit_code == own_code)
        .order_by(PackageLedger.sender_unit_code, PackageLedger.sequence)
    )
    out: dict[str, list[ReceivedPackage]] = defaultdict(list)
    for p in session.scalars(stmt):
        counts = json.loads(p.counts_json or "{}")
        out[p.sender_unit_code].append(
            ReceivedPackage(
                p.sequence,
                p.kind,
                p.file_name,
                p.created_at,
                p.recorded_at,
                p.size,
                int(counts.get("models", 0)),
            )
        )
    return dict(out)


def last_sent(session: Session, own_code: str, kind: str) -> dict[str, dt.datetime]:
    """When a package of ``kind`` was last sent to each recipient."""
    stmt = (
        select(PackageLedger.recipient_unit_code, func.max(PackageLedger.recorded_at))
        .where(
            PackageLedger.direction == "out",
            PackageLedger.sender_unit_code == own_code,
            PackageLedger.kind == kind,
        )
        .group_by(PackageLedger.recipient_unit_code)
    )
    return {code: when for code, when in session.execute(stmt)}


def status_counts(session: Session, exclude: str) -> dict[str, dict[str, int]]:
    """Models held by source unit and status (the upper level's own models left out)."""
    stmt = (
        select(DvkModel.source_unit_code, DvkModel.status, func.count())
        .where(DvkModel.source_unit_code != exclude)
        .group_by(DvkModel.source_unit_code, DvkModel.status)
    )
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for code, status, n in session.execute(stmt):
        out[code][status] = int(n)
    return dict(out)


def evidence_by_unit(session: Session, exclude: str) -> dict[str, set[str]]:
    """The content hashes of the live evidence records of each unit's models."""
    stmt = (
        select(DvkModel.source_unit_code, Evidence.sha256)
        .join(DvkModel, Evidence.model_id == DvkModel.id)
        .where(Evidence.removed_at.is_(None), DvkModel.source_unit_code != exclude)
        .distinct()
    )
    out: dict[str, set[str]] = defaultdict(set)
    for code, sha in session.execute(stmt):
        out[code].add(sha)
    return dict(out)


def child_keys(session: Session) -> dict[str, list[TrustedKey]]:
    """Every child key record (active, rotated, revoked) by unit, oldest first."""
    stmt = select(TrustedKey).where(TrustedKey.relation == "child").order_by(TrustedKey.id)
    out: dict[str, list[TrustedKey]] = defaultdict(list)
    for key in session.scalars(stmt):
        out[key.unit_code].append(key)
    return dict(out)


def known_children(
    session: Session, own_code: str, former: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Child units this workspace has heard of (models, keys, units below it): code -> name.

    ``former`` are units this workspace spoke for before (a district that became its
    province): they are not its children, their communes are.
    """
    own = session.scalars(select(Unit).where(Unit.code == own_code)).first()
    found: dict[str, str] = {}
    parents = [u.id for u in session.scalars(select(Unit).where(Unit.code.in_(former)))] + (
        [own.id] if own is not None else []
    )
    if parents:
        stmt = select(Unit.code, Unit.name).where(
            Unit.parent_id.in_(parents), Unit.level != "thon", Unit.code.not_in(former)
        )
        found.update((code, name) for code, name in session.execute(stmt))
    for code in session.scalars(
        select(DvkModel.source_unit_code)
        .where(DvkModel.source_unit_code != own_code, DvkModel.source_unit_code.not_in(former))
        .distinct()
    ):
        found.setdefault(code, code)
    for code, name in session.execute(
        select(TrustedKey.unit_code, TrustedKey.unit_name).where(TrustedKey.relation == "child")
    ):
        if found.get(code, code) == code:
            found[code] = name or code
    return found


def unit_names(session: Session) -> dict[str, str]:
    """The names of every unit the workspace knows, by code (communes, villages…)."""
    return {code: name for code, name in session.execute(select(Unit.code, Unit.name))}


def units_with_news(session: Session, since: dict[str, dt.datetime]) -> dict[str, int]:
    """Per unit, how many of its models changed here (status, decision, review, score) since then.

    ``since[unit]`` is when the unit was last sent a decisions package; a unit absent from
    ``since`` was never sent anything: every change made here counts. Changes that arrived in
    the unit's own packages (and the review receipts they leave) do not count.
    """
    news: dict[str, set[int]] = defaultdict(set)
    changes = (
        select(DvkModel.source_unit_code, DvkModel.id, func.max(StatusChange.at))
        .join(StatusChange, StatusChange.model_id == DvkModel.id)
        .where(~StatusChange.actor.startswith(IMPORT_ACTOR_PREFIX))
        .group_by(DvkModel.source_unit_code, DvkModel.id)
    )
    decided = (
        select(DvkModel.source_unit_code, DvkModel.id, func.max(Decision.created_at))
        .join(DecisionModel, DecisionModel.model_id == DvkModel.id)
        .join(Decision, Decision.id == DecisionModel.decision_id)
        .group_by(DvkModel.source_unit_code, DvkModel.id)
    )
    own = session.scalars(select(Workspace.unit_code)).one()
    reviewed = (  # verdicts given here (not the receipts an import records)
        select(DvkModel.source_unit_code, DvkModel.id, func.max(ModelReview.at))
        .join(ModelReview, ModelReview.model_id == DvkModel.id)
        .where(
            ModelReview.origin_unit_code == own,
            ~ModelReview.actor.startswith(IMPORT_ACTOR_PREFIX),
        )
        .group_by(DvkModel.source_unit_code, DvkModel.id)
    )
    scored = (
        select(DvkModel.source_unit_code, DvkModel.id, func.max(Evaluation.updated_at))
        .join(Evaluation, Evaluation.model_id == DvkModel.id)
        .where(Evaluation.origin_unit_code == own)
        .group_by(DvkModel.source_unit_code, DvkModel.id)
    )
    for stmt in (changes, decided, reviewed, scored):
        for code, model_id, when in session.execute(stmt):
            last = since.get(code)
            if when is not None and (last is None or when > last):
                news[code].add(model_id)
    return {code: len(ids) for code, ids in news.items()}


__all__ = [
    "ReceivedPackage",
    "child_keys",
    "evidence_by_unit",
    "known_children",
    "last_sent",
    "received_packages",
    "status_counts",
    "unit_names",
    "units_with_news",
]
