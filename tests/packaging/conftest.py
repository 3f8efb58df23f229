"""Fixtures shared by the package tests: one commune package per module, copied per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.exchange import Exchange, build_exchange, copy_exchange, export_plain


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Exchange, Path]:
    """A commune and its upper level with keys enrolled, and the commune's first package."""
    ex = build_exchange(tmp_path_factory.mktemp("exchange") / "ex")
    return ex, export_plain(ex, ex.root)


@pytest.fixture
def ex(template: tuple[Exchange, Path], tmp_path: Path) -> Exchange:
    """This test's own copy of the template (its databases and stores may be changed)."""
    return copy_exchange(template[0], tmp_path / "ex")


@pytest.fixture
def valid(ex: Exchange) -> Path:
    """The commune's validly signed package in this test's copy."""
    return next(ex.root.glob("*.dvkpkg"))
