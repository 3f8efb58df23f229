"""Shared fixtures without Qt: fresh workspaces in temporary folders, on SQLite and PostgreSQL.

A test that asks for ``workspace``, ``backend`` or ``new_workspace`` under tests/storage,
tests/services, tests/packaging or tests/reports runs twice: on SQLite (``[sqlite]``) and on a
fresh PostgreSQL database of the server named by DVK_TEST_POSTGRES_URL (``[postgres]``, marked
``postgres``), dropped after the test. A module or test that is meaningful on SQLite only is
marked ``pytest.mark.sqlite_only("why")``; DVK_TEST_BACKENDS=sqlite runs the SQLite half only.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dvk_desktop.domain.vocab import OrgType
from dvk_desktop.services import directory
from dvk_desktop.services.demo import create_demo_workspace
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace

COMMUNE = "00070"  # Phường Hoàn Kiếm, Hà Nội
PG_URL = os.environ.get("DVK_TEST_POSTGRES_URL", "")
# The test folders whose workspaces run on both databases (the GUI and CLI run on SQLite).
BOTH_DATABASES = ("storage", "services", "packaging", "reports")
BACKENDS = ("sqlite", "postgres")


def pytest_configure(config: pytest.Config) -> None:
    """Register the SQLite-only marker; keep test passwords out of the user's password file."""
    if "DVK_PGPASSFILE" not in os.environ:
        import tempfile

        folder = tempfile.mkdtemp(prefix="dvk-pgpass-")
        os.environ["DVK_PGPASSFILE"] = str(Path(folder) / "pgpass.conf")
    config.addinivalue_line(
        "markers", "sqlite_only(reason): runs on SQLite only (say why: file locks, WAL, …)"
    )


def _backends_for(definition: Any) -> list[str]:
    folder = Path(str(definition.path)).parent.name
    if folder not in BOTH_DATABASES or definition.get_closest_marker("sqlite_only"):
        return ["sqlite"]
    wanted = os.environ.get("DVK_TEST_BACKENDS", ",".join(BACKENDS)).split(",")
    return [b for b in BACKENDS if b in wanted] or ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every workspace test of the storage/services/packaging/reports folders on both."""
    if "backend" in metafunc.fixturenames:
        chosen = _backends_for(metafunc.definition)
        metafunc.parametrize(
            "backend",
            [
                pytest.param(b, marks=[pytest.mark.postgres] if b == "postgres" else [])
                for b in chosen
            ],
            indirect=True,
            ids=chosen,
        )


_TEMPLATE: list[str] = []  # the session's migrated, empty template database (made once)


def _admin() -> Any:
    from sqlalchemy import create_engine

    if not PG_URL:
        pytest.fail("DVK_TEST_POSTGRES_URL is not set: run the tests through scripts/run-tests.sh")
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def _pg_template() -> str:
    """A database at the newest schema, copied for each test (migrating costs seconds each)."""
    if _TEMPLATE:
        return _TEMPLATE[0]
    from sqlalchemy import text

    from dvk_desktop.storage.engine import make_engine, migrate

    name = f"dvk_tmpl_{uuid.uuid4().hex[:12]}"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    engine = make_engine(PG_URL.replace("/postgres?", f"/{name}?"))
    migrate(engine)
    engine.dispose()  # a template database must have no open connection to be copied
    _TEMPLATE.append(name)
    return name


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Drop the template database of this run."""
    if _TEMPLATE:
        from sqlalchemy import text

        admin = _admin()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE[0]}" WITH (FORCE)'))
        admin.dispose()


def fresh_pg_database(*, migrated: bool = True) -> tuple[str, Callable[[], None]]:
    """A new PostgreSQL database (``migrated``: at the newest schema, else empty).

    Returns its URL and the function that drops it.
    """
    from sqlalchemy import text

    template = f' TEMPLATE "{_pg_template()}"' if migrated else ""
    name = f"dvk_test_{uuid.uuid4().hex[:12]}"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{template}'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return PG_URL.replace("/postgres?", f"/{name}?"), drop


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database, dropped after the test."""
    url, drop = fresh_pg_database(migrated=False)
    yield url
    drop()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgres": the database the workspaces of this test are on."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def new_workspace(backend: str, tmp_path: Path) -> Iterator[Callable[..., WorkspaceHandle]]:
    """``new_workspace(root, unit_code=…, …)``: ``init_workspace`` on this test's database.

    On PostgreSQL each call gets its own fresh database, dropped after the test.
    """
    drops: list[Callable[[], None]] = []
    handles: list[WorkspaceHandle] = []

    def make(root: Path, **kwargs: Any) -> WorkspaceHandle:
        if backend == "postgres":
            url, drop = fresh_pg_database()
            drops.append(drop)
            kwargs["database_url"] = url
        handle = init_workspace(root, **kwargs)
        handles.append(handle)
        return handle

    yield make
    for handle in handles:
        handle.close()
    for drop in drops:
        drop()


@pytest.fixture
def workspace(
    tmp_path: Path, new_workspace: Callable[..., WorkspaceHandle]
) -> Iterator[WorkspaceHandle]:
    """An empty commune workspace with one village and two organisations."""
    handle = new_workspace(tmp_path / "ws", unit_code=COMMUNE)
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
