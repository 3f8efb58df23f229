"""Fixtures of the storage tests: an engine on a fresh, empty PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from dvk_desktop.storage.engine import make_engine


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    """An engine on a fresh PostgreSQL database with no tables (dropped afterwards)."""
    engine = make_engine(pg_url)
    yield engine
    engine.dispose()
