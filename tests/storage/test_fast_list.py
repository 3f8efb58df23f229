"""The CLI's plain-sqlite3 listing gives exactly the rows of the ORM listing, for every filter."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from dvk_desktop.storage.queries.communes import unit_names
from dvk_desktop.storage.queries.fast_list import fast_listing, first_page
from dvk_desktop.storage.queries.models import (
    ModelFilter,
    count_models,
    counts_by_field_and_type,
    list_models,
)
from dvk_desktop.storage.workspace import WorkspaceHandle

CASES = [
    {},
    {"search": "thap sang"},
    {"search": "đường"},
    {"search": "t"},
    {"search": "th que"},
    {"search": "100%_"},
    {"field": "kinh_te"},
    {"model_type": "ca_nhan", "status": "dang_thuc_hien"},
    {"year": 2026, "novelty": "moi"},
    {"search": "khong co mo hinh nao nhu the nay"},
    {"source_unit_code": "20791"},
    {"source_unit_code": "99999", "year": 2026},
]
ORDERS = ["name", "code", "owner", "village", "year", "status", "updated", "field"]


def _orm(handle: WorkspaceHandle, flt: dict[str, object], **page: object) -> dict[str, object]:
    with handle.readers() as session:
        f = ModelFilter(**{k: v for k, v in flt.items()})  # type: ignore[arg-type]
        rows = list_models(session, f, **page)  # type: ignore[arg-type]
        units = {r.source_unit_code for r in rows}
        names = {c: n for c, n in unit_names(session).items() if c in units}
        return {"total": count_models(session, f),
                "models": [dataclasses.asdict(r) for r in rows],
                "own": handle.info().unit_code, "unit_names": names}  # fmt: skip


@pytest.mark.parametrize("flt", CASES)
def test_same_rows_as_the_orm_for_every_filter(
    demo: WorkspaceHandle, flt: dict[str, object]
) -> None:
    assert fast_listing(demo.paths.root, flt) == _orm(demo, flt, limit=1000)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("descending", [False, True])
def test_same_order_and_pages_as_the_orm(
    demo: WorkspaceHandle, order: str, descending: bool
) -> None:
    page = {"offset": 5, "limit": 7, "order": order, "descending": descending}
    assert fast_listing(demo.paths.root, {}, **page) == _orm(demo, {}, **page)  # type: ignore[arg-type]


def test_an_older_schema_takes_the_ordinary_path(demo: WorkspaceHandle) -> None:
    import sqlite3

    demo.close()
    con = sqlite3.connect(demo.paths.database)
    con.execute("UPDATE alembic_version SET version_num = '0003'")
    con.commit()
    con.close()
    assert fast_listing(demo.paths.root, {}) is None


def test_the_listing_command_loads_no_sqlalchemy(demo: WorkspaceHandle) -> None:
    repo = Path(__file__).resolve().parents[2]
    probe = ("import sys, runpy; sys.argv = ['dvk', 'models', 'list', '-w', sys.argv[1], "
             "'--search', 'thap sang', '--json']\n"
             "from dvk_desktop.cli.main import main\n"
             "code = main(sys.argv[1:])\n"
             "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy loaded'\n"
             "sys.exit(code)")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe, str(demo.paths.root)], cwd=repo,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"total": ' in done.stdout


def test_dvk_help_loads_no_sqlalchemy() -> None:
    repo = Path(__file__).resolve().parents[2]
    probe = ("import sys\nfrom dvk_desktop.cli.main import build_parser\nbuild_parser()\n"
             "heavy = [m for m in ('sqlalchemy', 'dvk_desktop.services', 'reportlab', 'openpyxl',"
             " 'alembic', 'vietnam_provinces') if m in sys.modules]\n"
             "assert not heavy, heavy")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe], cwd=repo, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_command_table_names_the_module_of_every_command() -> None:
    from dvk_desktop.cli.main import COMMAND_MODULES, COMMAND_OWNERS, build_parser

    found: dict[str, str] = {}
    for module in COMMAND_MODULES:
        parser = build_parser(module)
        sub = next(a for a in parser._actions if a.dest == "command")
        found.update(dict.fromkeys(sub.choices, module))  # type: ignore[union-attr]
    assert found == COMMAND_OWNERS


def test_the_windows_first_page_is_the_orms_with_the_role_and_settings(
    demo: WorkspaceHandle,
) -> None:
    from dvk_desktop.services.workspace_setup import get_settings

    page = first_page(demo.paths.root, limit=10)
    assert page is not None
    orm = _orm(demo, {}, limit=10)
    assert {k: page[k] for k in orm} == orm
    assert (page["role"], page["unit_name"]) == (demo.info().role, demo.info().unit_name)
    assert page["settings"] == get_settings(demo)
    with demo.readers() as session:
        assert page["counts"] == counts_by_field_and_type(session, ModelFilter())


def test_no_first_page_before_a_sign_in(demo: WorkspaceHandle) -> None:
    from dvk_desktop.domain.office import Role
    from dvk_desktop.services import access

    access.add_user(demo, "quan.tri", "Mật khẩu 2026", [Role.ADMIN])
    try:
        assert first_page(demo.paths.root, limit=10) is None  # nothing shown before sign-in
    finally:
        access.sign_out()
