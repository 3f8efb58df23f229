"""Shared fixtures without Qt: fresh workspaces in temporary folders."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvk_desktop.domain.vocab import OrgType
from dvk_desktop.services import directory
from dvk_desktop.services.demo import create_demo_workspace
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace

COMMUNE = "00070"  # Phường Hoàn Kiếm, Hà Nội


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[WorkspaceHandle]:
    """An empty commune workspace with one village and two organisations."""
    handle = init_workspace(tmp_path / "ws", unit_code=COMMUNE)
    with handle.sessions() as session, session.begin():
        directory.add_village(session, "Thôn 3")
        directory.add_organisation(session, "Đoàn Thanh niên phường", OrgType.YOUTH_UNION)
        directory.add_organisation(session, "Chi bộ tổ dân phố 5", OrgType.PARTY_CELL)
    yield handle
    handle.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace built once per test session (copy it before changing it)."""
    root = tmp_path_factory.mktemp("demo") / "ws"
    create_demo_workspace(root, year=2026).close()
    return root


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[WorkspaceHandle]:
    """A private copy of the demo workspace."""
    root = tmp_path / "demo"
    shutil.copytree(demo_template, root)
    handle = open_workspace(root)
    yield handle
    handle.close()
