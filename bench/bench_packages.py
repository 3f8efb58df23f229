"""Export and import of a synthetic package against the floor of the same bytes, measured together.

Floor for export: ``sha256sum`` of every evidence file + ``zip -0`` of them (what any packager
must at least do). Floor for import: ``unzip`` + ``sha256sum`` of the extracted files, and the
same with every extracted file fsynced (the import fsyncs what it stores, so that a power cut
cannot lose an accepted file).
Peak memory of export and import is measured in child processes, for two package sizes, to
show it stays flat as the package grows (streaming, never the whole package in memory).

Run: python bench/bench_packages.py [MODELS] [FILES] [KB_PER_FILE]
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path("/tmp/dvk-bench-packages")
PASS = "mật khẩu đo hiệu năng"


def _jpeg_like(size: int, seed: int) -> bytes:
    """Incompressible bytes with a JPEG signature: real photos do not deflate either."""
    rng = random.Random(seed)
    return b"\xff\xd8\xff\xe0" + rng.randbytes(size - 4)


def build(root: Path, n_models: int, n_files: int, kb: int) -> None:
    """A commune with models and evidence, and an upper level that trusts it."""
    from bench.synthetic import build as build_models
    from dvk_desktop.services import workspace_keys
    from dvk_desktop.services.workspace_setup import init_workspace
    from dvk_desktop.storage.evidence_store import EvidenceStore
    from dvk_desktop.storage.models import Evidence, utcnow

    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    commune = build_models(root / "xa", n_models)
    store = EvidenceStore(commune.paths.evidence)
    rows = []
    for i in range(n_files):
        sha, size = store.add_stream(__import__("io").BytesIO(_jpeg_like(kb * 1024, i)))
        rows.append(
            {
                "uuid": f"10000000-0000-4000-8000-{i:012d}",
                "model_id": i % n_models + 1,
                "sha256": sha,
                "size": size,
                "media_type": "image/jpeg",
                "original_name": f"anh-{i}.jpg",
                "caption": "",
                "shows_people": False,
                "added_at": utcnow(),
            }
        )
    with commune.engine.begin() as conn:
        conn.execute(Evidence.__table__.insert(), rows)
    upper = init_workspace(root / "tinh", unit_code="48")
    c = workspace_keys.create_key(commune, PASS)
    u = workspace_keys.create_key(upper, PASS)
    workspace_keys.export_enrolment(commune, PASS, root)
    workspace_keys.export_enrolment(upper, PASS, root)
    workspace_keys.enrol_unit(
        upper,
        root / "dang-ky-khoa-20791.json",
        relation="child",
        confirmed_fingerprint=c.fingerprint,
    )
    workspace_keys.enrol_unit(
        commune,
        root / "dang-ky-khoa-48.json",
        relation="parent",
        confirmed_fingerprint=u.fingerprint,
    )
    commune.close()
    upper.close()


CHILD = """
import json, resource, sys, time
from pathlib import Path
from dvk_desktop.services import exchange
from dvk_desktop.storage.workspace import open_workspace
root, what = Path(sys.argv[1]), sys.argv[2]
start = time.perf_counter()
if what == "export":
    with open_workspace(root / "xa") as h:
        r = exchange.export_package(h, root / "out", passphrase=sys.argv[3], encrypt=False)
        out = {"path": str(r.path), "size": r.size}
else:
    with open_workspace(root / "tinh") as h:
        r = exchange.import_package(h, Path(sys.argv[4]), passphrase=sys.argv[3])
        out = {"status": r.status, "created": r.created}
out["seconds"] = time.perf_counter() - start
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def run_child(root: Path, what: str, package: str = "") -> dict[str, float]:
    repo = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(root), what, PASS, package],
        capture_output=True,
        text=True,
        check=True,
        cwd=repo,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def floor_export(root: Path) -> float:
    files = sorted(p for p in (root / "xa" / "evidence").rglob("*") if p.is_file())
    listing = root / "files.txt"
    listing.write_text("\n".join(str(p) for p in files) + "\n")
    start = time.perf_counter()
    subprocess.run(["sh", "-c", f"xargs -a {listing} sha256sum > /dev/null"], check=True)
    subprocess.run(["sh", "-c", f"zip -q -0 {root}/floor.zip -@ < {listing}"], check=True)
    took = time.perf_counter() - start
    (root / "floor.zip").unlink()
    return took


def floor_import(root: Path, package: Path) -> tuple[float, float]:
    """unzip + sha256sum; and the same with every extracted file fsynced (``sync FILE…``).

    The import must not lose a file it has accepted (power cut), so it fsyncs what it stores;
    the second floor does the same amount of durable writing.
    """
    target = root / "unzipped"
    start = time.perf_counter()
    subprocess.run(["unzip", "-q", "-o", str(package), "-d", str(target)], check=True)
    subprocess.run(
        ["sh", "-c", f"find {target} -type f -print0 | xargs -0 sha256sum >/dev/null"], check=True
    )
    plain = time.perf_counter() - start
    subprocess.run(["sh", "-c", f"find {target} -type f -print0 | xargs -0 sync"], check=True)
    durable = time.perf_counter() - start
    shutil.rmtree(target)
    return plain, durable


def measure(n_models: int, n_files: int, kb: int) -> dict[str, float]:
    root = ROOT / f"{n_models}-{n_files}-{kb}"
    build(root, n_models, n_files, kb)
    (root / "out").mkdir()
    exp = run_child(root, "export")
    exp_floor = floor_export(root)
    imp = run_child(root, "import", str(exp["path"]))
    imp_floor, imp_floor_sync = floor_import(root, Path(str(exp["path"])))
    return {
        "files": n_files,
        "mb": exp["size"] / 1048576,
        "export": exp["seconds"],
        "export_floor": exp_floor,
        "import": imp["seconds"],
        "import_floor": imp_floor,
        "import_floor_sync": imp_floor_sync,
        "export_peak": exp["peak_mb"],
        "import_peak": imp["peak_mb"],
    }


def main() -> None:
    n_models = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    n_files = int(sys.argv[2]) if len(sys.argv) > 2 else 2500
    kb = int(sys.argv[3]) if len(sys.argv) > 3 else 250
    for tool in ("zip", "unzip", "sha256sum"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed for the floor measurement (apt-get install {tool})")
    rows = [measure(n_models, n_files // 5, kb), measure(n_models, n_files, kb)]
    print(
        f"{'files':>6} {'MB':>7} {'export s':>9} {'floor s':>8} {'ratio':>6} "
        f"{'import s':>9} {'floor s':>8} {'ratio':>6} {'+fsync s':>9} {'ratio':>6} "
        f"{'exp MB':>7} {'imp MB':>7}"
    )
    for r in rows:
        print(
            f"{r['files']:6.0f} {r['mb']:7.0f} {r['export']:9.2f} {r['export_floor']:8.2f} "
            f"{r['export'] / r['export_floor']:6.2f} {r['import']:9.2f} {r['import_floor']:8.2f} "
            f"{r['import'] / r['import_floor']:6.2f} {r['import_floor_sync']:9.2f} "
            f"{r['import'] / r['import_floor_sync']:6.2f} {r['export_peak']:7.0f} "
            f"{r['import_peak']:7.0f}"
        )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    assert resource
    main()
