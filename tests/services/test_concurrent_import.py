"""Two importers at once over overlapping batches end as if they had run one after the other."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from dvk_desktop.services import workspace_keys
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import DvkModel, PackageLedger, Unit
from dvk_desktop.storage.workspace import open_workspace
from tests.upper import PROVINCE, Office, build_office, copy_office, packages

URL = os.environ.get("DVK_TEST_POSTGRES_URL", "")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("office") / "o", 4)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def office(request: pytest.FixtureRequest, template: Office, tmp_path: Path) -> Iterator[Office]:
    """The office with its province on SQLite, or on a fresh PostgreSQL database."""
    office = copy_office(template, tmp_path / "o")
    if request.param == "sqlite":
        yield office
        return
    if not URL:
        pytest.fail("DVK_TEST_POSTGRES_URL is not set: run the tests through wt-test")
    name = f"dvk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    keep = office.province_dir / "keys"
    moved = tmp_path / "keys"
    keep.rename(moved)
    for leftover in sorted(office.province_dir.rglob("*"), reverse=True):
        leftover.unlink() if leftover.is_file() else leftover.rmdir()
    office.province_dir.rmdir()
    url = URL.replace("/postgres?", f"/{name}?")
    with init_workspace(office.province_dir, unit_code=PROVINCE, database_url=url) as handle:
        (office.province_dir / "keys").rmdir() if (office.province_dir / "keys").is_dir() else None
        moved.rename(office.province_dir / "keys")
        for code in office.codes:
            workspace_keys.enrol_unit(
                handle, office.enrolment(code), relation="child",
                confirmed_fingerprint=office.fingerprint(code),
            )  # fmt: skip
    yield office
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def _start(ws: Path, files: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dvk_desktop.cli.main", "import", "-w", str(ws), *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "DVK_AUTO_BACKUP": "0"},
    )


def _state(office: Office) -> tuple[int, list[str], int, list[tuple[str, int]]]:
    with open_workspace(office.province_dir, reading=True) as handle, handle.readers() as s:
        return (
            s.scalar(select(func.count()).select_from(DvkModel)) or 0,
            sorted(s.scalars(select(Unit.code).where(Unit.code.in_(office.codes)))),
            s.scalar(select(func.count()).select_from(PackageLedger)) or 0,
            sorted(s.execute(select(PackageLedger.sender_unit_code, PackageLedger.sequence)).all()),
        )  # type: ignore[return-value]


@pytest.mark.parametrize("order", ["same", "split", "staggered"])
def test_two_importers_over_overlapping_batches_give_the_serial_result(
    office: Office, order: str
) -> None:
    files = packages(office)
    assert len(files) == 4
    first, second = files[:3], files[1:]
    if order == "split":
        second = list(reversed(second))
    a = _start(office.province_dir, first)
    if order == "staggered":
        time.sleep(1.0)
    b = _start(office.province_dir, second)
    outs = [p.communicate(timeout=300) for p in (a, b)]
    for proc, (out, err) in zip((a, b), outs, strict=True):
        assert proc.returncode == 0, out + err
        assert "Lỗi không mong đợi" not in err and "bị từ chối" not in out + err
    models, units, entries, ledger = _state(office)
    # Serially: four packages of four models each, every commune's unit row once.
    assert (models, entries) == (16, 4)
    assert ledger == sorted((code, 1) for code in office.codes)
    assert units == sorted(office.codes)  # each commune's unit row taken once
