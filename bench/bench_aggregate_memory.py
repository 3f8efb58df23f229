"""Peak memory of importing a district's aggregate package as it grows from 10 to 100 communes.

Issue 15: "stream records.json so a 100,000-model aggregate imports in flat memory". A
district (H271, Hà Nội) sends its province an aggregate of N communes' snapshots, 1,000
models each; the province imports it in a child process whose peak resident memory
(``VmHWM``) is reported beside the package's size. Flat means the peak does not grow
with N. ``--code DIR`` imports with the code of another checkout (the baseline), through
the same child script, so both sides are measured alike.

Packages are generated once into /tmp/dvk-bench-batch/agg-* and reused: one commune's real
export (bench.batch_data) is copied under each commune code with its uuids renumbered, and
the aggregate is signed with the district's key. Run:
python -m bench.bench_aggregate_memory [--children 10 50 100] [--models 1000] [--code DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.batch_data import PASS, PROVINCE, build
from dvk_desktop.domain import units
from dvk_desktop.packaging import keys
from dvk_desktop.services import exchange, workspace_keys
from dvk_desktop.services.workspace_setup import DistrictSpec, init_workspace
from dvk_desktop.storage.head import SCHEMA_HEAD
from tests.packaging.exchange import forge

REPO = Path(__file__).resolve().parent.parent
ROOT = Path("/tmp/dvk-bench-batch")
UUID = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")

CHILD = """
import json, sys, time
from pathlib import Path
from dvk_desktop.services import exchange
from dvk_desktop.storage.workspace import open_workspace
root, package = Path(sys.argv[1]), Path(sys.argv[2])
with open_workspace(root) as h:
    wall = time.perf_counter()
    r = exchange.import_package(h, package)
    assert r.status == "imported", r.status
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forking parent.
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1]
    out = {"seconds": time.perf_counter() - wall, "created": r.created,
           "peak_mb": int(hwm) / 1024}
print(json.dumps(out))
"""


def _renumbered(value: Any, k: int, old: str, new: dict[str, str]) -> Any:
    """One commune's records as another commune's: its code, name and every uuid changed."""
    if isinstance(value, dict):
        return {  # the villages' shares of an indicator are keyed by village uuid
            _renumbered(key, k, old, new): _renumbered(item, k, old, new)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_renumbered(item, k, old, new) for item in value]
    if isinstance(value, str):
        if value == old:
            return new["unit_code"]
        match = UUID.fullmatch(value)
        if match is not None:
            return f"{k:08x}{match.group(1)}"
    return value


def _aggregate(n_children: int, n_models: int) -> tuple[Path, Path]:
    """The province workspace (trusting the district) and the district's aggregate package."""
    root = ROOT / f"agg-{n_children}x{n_models}"
    package, province = root / "tong-hop.dvkpkg", root / "tinh"
    if package.exists() and province.exists():
        return province, package
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    [source] = build(ROOT / f"agg-src-{n_models}", 1, n_models, 0, 1, stamp=SCHEMA_HEAD).packages
    district = init_workspace(
        root / "huyen", unit_code=PROVINCE, district=DistrictSpec("271", "Huyện Ba Vì")
    )
    workspace_keys.create_key(district, PASS)
    workspace_keys.export_enrolment(district, PASS, root)
    tinh = init_workspace(province, unit_code=PROVINCE)
    workspace_keys.create_key(tinh, PASS)
    code = district.info().unit_code
    enrolment = root / f"dang-ky-khoa-{code}.json"
    info = json.loads(enrolment.read_text())
    workspace_keys.enrol_unit(
        tinh, enrolment, relation="child", confirmed_fingerprint=info["fingerprint"]
    )
    # The district's own aggregate, empty, gives the header and the top the format wants.
    template = exchange.export_package(
        district, root / "rong", passphrase=PASS, kind="aggregate", encrypt=False
    ).path
    key = keys.unlock(workspace_keys.key_file(district), PASS)
    district.close()
    tinh.close()
    communes = units.communes(PROVINCE)[:n_children]

    with zipfile.ZipFile(source) as zf:
        snapshot = json.loads(zf.read("data/records.json"))
    old = snapshot["sender"]["unit_code"]

    def records(top: dict[str, Any]) -> dict[str, Any]:
        top["children"] = [
            _renumbered(snapshot, k + 1, old, {"unit_code": c.code})
            | {"sender": {"level": "xa", "unit_code": c.code, "unit_name": c.name}}
            for k, c in enumerate(communes)
        ]
        return top

    def header(head: dict[str, Any]) -> None:
        head["counts"] = {**head["counts"], "models": n_children * n_models}

    forge(template, package, key, records=records, header=header)
    return province, package


def _import(code: Path, province: Path, package: Path) -> dict[str, float]:
    run = province.parent / "tinh-run"
    if run.exists():
        shutil.rmtree(run)
    shutil.copytree(province, run)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(run), str(package)],
        capture_output=True,
        text=True,
        check=False,
        cwd=code,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin", "HOME": str(province.parent)},
    )
    shutil.rmtree(run)
    if out.returncode != 0:
        sys.exit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, nargs="+", default=[10, 50, 100])
    parser.add_argument("--models", type=int, default=1000)
    parser.add_argument("--code", type=Path, default=REPO, help="checkout whose import runs")
    args = parser.parse_args()
    print(f"code: {args.code}")
    print(f"{'communes':>9} {'models':>8} {'MB':>6} {'import s':>9} {'peak MB':>8}")
    for n in args.children:
        province, package = _aggregate(n, args.models)
        result = _import(args.code, province, package)
        assert result["created"] == n * args.models, result
        size = package.stat().st_size / 1048576
        print(
            f"{n:>9} {n * args.models:>8} {size:>6.1f} {result['seconds']:>9.1f} "
            f"{result['peak_mb']:>8.0f}"
        )


if __name__ == "__main__":
    main()
