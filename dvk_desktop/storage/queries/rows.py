"""The model list's filter and rows as plain values (no SQLAlchemy: read before the ORM loads)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass
class ModelFilter:
    """What the model list shows; every field left empty means "any"."""

    search: str = ""
    year: int | None = None
    # A phase (giai đoạn) such as 2021–2025: first and last year, both included.
    years: tuple[int, int] | None = None
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
