"""The same workspace on a PostgreSQL server: migrations, round trips, search, order, audit."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dvk_desktop.domain.text import sort_key
from dvk_desktop.domain.vocab import OrgType, Status
from dvk_desktop.services import directory, models
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.engine import current_revision, head_revision
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input

pytestmark = pytest.mark.postgres
URL = os.environ.get("DVK_TEST_POSTGRES_URL", "")


@pytest.fixture
def pg_workspace(tmp_path: Path) -> Iterator[WorkspaceHandle]:
    """A workspace whose database is a fresh PostgreSQL database (dropped afterwards)."""
    if not URL:
        pytest.fail("DVK_TEST_POSTGRES_URL is not set: run the tests through scripts/run-tests.sh")
    name = f"dvk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = URL.replace("/postgres?", f"/{name}?")
    handle = init_workspace(tmp_path / "ws", unit_code="00070", database_url=url)
    with handle.sessions() as session, session.begin():
        directory.add_village(session, "Thôn 3")
        directory.add_organisation(session, "Đoàn Thanh niên phường", OrgType.YOUTH_UNION)
    yield handle
    handle.close()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_postgres_workspace_is_migrated_and_reopens_from_its_folder(
    pg_workspace: WorkspaceHandle,
) -> None:
    assert pg_workspace.engine.dialect.name == "postgresql"
    assert current_revision(pg_workspace.engine) == head_revision()
    again = open_workspace(pg_workspace.paths.root)
    try:
        assert again.info().unit_code == "00070"
    finally:
        again.close()


def test_postgres_round_trip_search_order_and_lifecycle(pg_workspace: WorkspaceHandle) -> None:
    names = ["Đường hoa thôn 3", "Dân vận số thôn 3", "Ánh sáng đường quê", "An toàn giao thông"]
    uuids = [models.create_model(pg_workspace, complete_input(pg_workspace, name=n)) for n in names]
    assert models.get_input(pg_workspace, uuids[0]).name == names[0]
    with pg_workspace.sessions() as session:
        listed = [r.name for r in list_models(session, ModelFilter())]
        assert listed == sorted(names, key=sort_key)
        found = [r.name for r in list_models(session, ModelFilter(search="duong"))]
        assert sorted(found) == sorted(["Đường hoa thôn 3", "Ánh sáng đường quê"])
    models.change_status(pg_workspace, uuids[0], Status.IMPLEMENTING)
    assert models.get_model(pg_workspace, uuids[0])["status"] == "dang_thuc_hien"


def test_postgres_audit_log_is_append_only(pg_workspace: WorkspaceHandle) -> None:
    with pytest.raises(Exception, match="append-only"), pg_workspace.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'x'"))
