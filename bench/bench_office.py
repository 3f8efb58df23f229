"""A shared office: commune packages imported into SQLite and into PostgreSQL, one and two at once.

The same generated packages (bench/batch_data.py: 100 models and 50 photos each) go
1. into a one-PC upper level on SQLite, one after another (the baseline),
2. into an upper level on a PostgreSQL server, one after another,
3. into a fresh PostgreSQL upper level by two importers at once, each given every package in
   its own order (the first from the front, the second from the back), as two clerks who
   both took the same USB stick would: the result must equal the serial one.
Reported as models/s and as the ratio to the serial SQLite run, measured in the same run.

Run: python -m bench.bench_office [--packages 20] [--kb 200] [--url postgresql+psycopg://…]
(the URL defaults to $DVK_TEST_POSTGRES_URL; each run creates and drops its own databases).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.batch_data import PROVINCE, Batch, build
from dvk_desktop.storage.head import SCHEMA_HEAD

ROOT = Path("/tmp/dvk-bench-batch")
REPO = Path(__file__).resolve().parent.parent

# One importer: every package in the order given; a package another importer took first is
# "already imported" (not an error), so both importers of step 3 exit 0.
CHILD = """
import json, sys, time
from pathlib import Path
from dvk_desktop.services import exchange
from dvk_desktop.storage.workspace import open_workspace
root, packages = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
with open_workspace(root) as h:
    wall = time.perf_counter()
    created = already = 0
    for p in packages:
        r = exchange.import_package(h, p)
        assert r.status in ("imported", "already"), r.status
        created += r.created
        already += r.status == "already"
    print(json.dumps({"seconds": time.perf_counter() - wall, "created": created,
                      "already": already}))
"""

COUNT = "SELECT count(*) FROM dvk_model"


def _server_db(url: str, name: str) -> str:
    """A fresh database ``name`` on the server of ``url``; its URL."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop(url: str, name: str) -> None:
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _pg_upper(batch: Batch, folder: Path, url: str) -> Path:
    """An upper level on the server that trusts the same communes as the SQLite one."""
    from dvk_desktop.services import workspace_keys
    from dvk_desktop.services.workspace_setup import init_workspace

    if folder.exists():
        shutil.rmtree(folder)
    handle = init_workspace(folder, unit_code=PROVINCE, database_url=url)
    for enrolment in sorted(batch.root.glob("dang-ky-khoa-*.json")):
        info = json.loads(enrolment.read_text(encoding="utf-8"))
        workspace_keys.enrol_unit(
            handle, enrolment, relation="child", confirmed_fingerprint=info["fingerprint"]
        )
    handle.close()
    return folder


def _start(workspace: Path, packages: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workspace), *map(str, packages)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def _finish(proc: subprocess.Popen[str]) -> dict[str, float]:
    out, _ = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"an importer failed (exit {proc.returncode})")
    return json.loads(out.strip().splitlines()[-1])


def _count(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        n = int(conn.execute(text(COUNT)).scalar_one())
    engine.dispose()
    return n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=int, default=20)
    parser.add_argument("--kb", type=int, default=200)
    parser.add_argument("--url", default=os.environ.get("DVK_TEST_POSTGRES_URL", ""))
    args = parser.parse_args()
    if not args.url:
        raise SystemExit("give --url or set DVK_TEST_POSTGRES_URL (a PostgreSQL server)")
    batch = build(
        ROOT / f"batch-{args.packages}-{args.kb}", args.packages, 100, 50, args.kb,
        stamp=SCHEMA_HEAD,
    )  # fmt: skip
    packages = batch.packages
    models = 100 * len(packages)
    mb = sum(p.stat().st_size for p in packages) / 1048576
    print(f"{len(packages)} packages, " + f"{models:,}".replace(",", ".") + f" models, {mb:.0f} MB")
    rows: list[tuple[str, float]] = []

    sqlite_ws = batch.root / "office-sqlite"
    if sqlite_ws.exists():
        shutil.rmtree(sqlite_ws)
    shutil.copytree(batch.upper, sqlite_ws)
    serial = _finish(_start(sqlite_ws, packages))
    assert serial["created"] == models, serial
    rows.append(("SQLite, one importer", serial["seconds"]))

    names = ("dvk_bench_office_serial", "dvk_bench_office_two")
    try:
        url = _server_db(args.url, names[0])
        pg_ws = _pg_upper(batch, batch.root / "office-pg", url)
        pg = _finish(_start(pg_ws, packages))
        assert pg["created"] == models and _count(url) == models, pg
        rows.append(("PostgreSQL, one importer", pg["seconds"]))

        url = _server_db(args.url, names[1])
        pg_ws = _pg_upper(batch, batch.root / "office-pg2", url)
        wall = time.perf_counter()
        first, second = _start(pg_ws, packages), _start(pg_ws, packages[::-1])
        a, b = _finish(first), _finish(second)
        took = time.perf_counter() - wall
        assert a["created"] + b["created"] == models == _count(url), (a, b)
        assert a["already"] + b["already"] == len(packages), (a, b)
        rows.append(("PostgreSQL, two importers at once", took))
    finally:
        for name in names:
            _drop(args.url, name)

    base = rows[0][1]
    print(f"{'':<36}{'seconds':>9}{'models/s':>10}{'vs SQLite':>11}")
    for label, secs in rows:
        print(f"{label:<36}{secs:>9.2f}{models / secs:>10.0f}{secs / base:>10.2f}×")
    print("Two importers at once: every package imported once, the same models as one importer.")


if __name__ == "__main__":
    main()
