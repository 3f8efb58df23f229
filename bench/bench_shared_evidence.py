"""Where a shared office keeps evidence: files in a shared folder, or bytea rows in PostgreSQL.

The same photos (incompressible, as JPEG is) are written and read back
1. through the evidence store into a folder (the baseline: what a shared folder holds; a file
   share adds the network to it, as the server connection does to the database),
2. as bytea rows of a table on the PostgreSQL server, one transaction per file as an import
   stores them.
Reported: MB/s both ways, the ratio to the folder, and how much the database grows (what every
database backup then carries, and what each PC's query cache competes with).

Run: python -m bench.bench_shared_evidence [--files 200] [--kb 300] [--url postgresql+psycopg://…]
(the URL defaults to $DVK_BENCH_POSTGRES_URL, then $DVK_TEST_POSTGRES_URL; fsync should be on
for a fair comparison: the store fsyncs every file).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from dvk_desktop.storage.evidence_store import EvidenceStore


def photos(n: int, kb: int) -> list[bytes]:
    return [os.urandom(kb * 1024) for _ in range(n)]


def folder_run(data: list[bytes]) -> tuple[float, float]:
    root = Path(tempfile.mkdtemp(prefix="dvk-bench-share-"))
    try:
        store = EvidenceStore(root / "minh-chung")
        start = time.perf_counter()
        hashes = [store.add_stream(io.BytesIO(b))[0] for b in data]
        wrote = time.perf_counter() - start
        start = time.perf_counter()
        for sha in hashes:
            with store.open(sha) as fh:
                assert hashlib.sha256(fh.read()).hexdigest() == sha
        return wrote, time.perf_counter() - start
    finally:
        shutil.rmtree(root, ignore_errors=True)


def bytea_run(url: str, data: list[bytes]) -> tuple[float, float, int]:
    name = f"dvk_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(url.replace("/postgres?", f"/{name}?"))
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE blob (sha256 text PRIMARY KEY, data bytea NOT NULL)"))
        start = time.perf_counter()
        hashes = []
        for b in data:
            sha = hashlib.sha256(b).hexdigest()
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO blob VALUES (:s, :d)"), {"s": sha, "d": b})
            hashes.append(sha)
        wrote = time.perf_counter() - start
        start = time.perf_counter()
        with engine.connect() as conn:
            for sha in hashes:
                got = conn.execute(text("SELECT data FROM blob WHERE sha256 = :s"), {"s": sha})
                assert hashlib.sha256(got.scalar_one()).hexdigest() == sha
        read = time.perf_counter() - start
        with engine.connect() as conn:
            size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        return wrote, read, int(size)
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--kb", type=int, default=300)
    default = os.environ.get("DVK_BENCH_POSTGRES_URL") or os.environ.get("DVK_TEST_POSTGRES_URL")
    parser.add_argument("--url", default=default)
    args = parser.parse_args()
    if not args.url:
        sys.exit("give --url or set DVK_BENCH_POSTGRES_URL")
    data = photos(args.files, args.kb)
    mb = len(data) * args.kb / 1024
    f_write, f_read = folder_run(data)
    b_write, b_read, size = bytea_run(args.url, data)
    print(f"{args.files} photos of {args.kb} KB ({mb:.1f} MB)")
    print(f"  folder (baseline): write {mb / f_write:7.1f} MB/s, read {mb / f_read:7.1f} MB/s")
    print(
        f"  PostgreSQL bytea:  write {mb / b_write:7.1f} MB/s ({f_write / b_write:.2f}x), "
        f"read {mb / b_read:7.1f} MB/s ({f_read / b_read:.2f}x); database {size / 2**20:.1f} MB"
    )


if __name__ == "__main__":
    main()
