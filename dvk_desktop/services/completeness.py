"""Completeness at the upper level: evidence a commune's models reference but this level lacks."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from dvk_desktop.storage.models import DvkModel, Evidence, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class MissingEvidence:
    """One evidence record whose file never reached this workspace (ask the commune again)."""

    unit_code: str
    model_code: str
    model_name: str
    original_name: str
    sha256: str
    size: int


def missing_evidence(handle: WorkspaceHandle, commune: str | None = None) -> list[MissingEvidence]:
    """Live evidence of the children's models whose file the store does not hold, by commune."""
    with handle.readers() as session:
        own = session.scalars(select(Workspace.unit_code)).one()
        stmt = (
            select(
                DvkModel.source_unit_code, DvkModel.code, DvkModel.name,
                Evidence.original_name, Evidence.sha256, Evidence.size,
            )
            .join(DvkModel, Evidence.model_id == DvkModel.id)
            .where(Evidence.removed_at.is_(None), DvkModel.source_unit_code != own)
            .order_by(DvkModel.source_unit_code, DvkModel.code, Evidence.id)
        )  # fmt: skip
        if commune is not None:
            stmt = stmt.where(DvkModel.source_unit_code == commune)
        rows = list(session.execute(stmt))
    held: dict[str, bool] = {}
    out = []
    for unit, code, name, original, sha, size in rows:
        if sha not in held:
            held[sha] = handle.evidence.has(sha)
        if not held[sha]:
            out.append(MissingEvidence(unit, code, name, original, sha, size))
    return out
