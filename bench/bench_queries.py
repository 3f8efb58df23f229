"""Model list queries over 100,000 models vs the bare SQLite scan they are built on.

Run: python bench/bench_queries.py [N]   (creates /tmp/dvk-bench-N once, then reuses it)
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import build
from dvk_desktop.storage.queries.models import ModelFilter, count_models, list_models


def timed(fn, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    root = Path(f"/tmp/dvk-bench-{n}")
    handle = build(root, n)
    raw = sqlite3.connect(root / "dvk.sqlite3")
    rows = []
    with handle.sessions() as s:
        for label, flt in [
            ("no filter, first page", ModelFilter()),
            ("search 'thap sang'", ModelFilter(search="thap sang")),
            ("search 't' (1st keystroke)", ModelFilter(search="t")),
            ("search 'th'", ModelFilter(search="th")),
            ("search 'duong' (11% of rows)", ModelFilter(search="duong")),
            ("field + type filter", ModelFilter(field="kinh_te", model_type="ca_nhan")),
        ]:
            page = timed(lambda flt=flt: list_models(s, flt, limit=200))
            count = timed(lambda flt=flt: count_models(s, flt))
            rows.append((label, page, count))
        scroll = timed(lambda: list_models(s, ModelFilter(), offset=n // 2, limit=200))
    like = timed(
        lambda: raw.execute(
            "SELECT id, name FROM dvk_model WHERE search_text LIKE '%thap sang%' LIMIT 200"
        ).fetchall()
    )
    cnt = timed(
        lambda: raw.execute(
            "SELECT count(*) FROM dvk_model WHERE search_text LIKE '%thap sang%'"
        ).fetchall()
    )
    print(f"{n:,} models")
    print(f"{'query':32} {'page (ms)':>10} {'count (ms)':>11}")
    for label, page, count in rows:
        print(f"{label:32} {page:10.1f} {count:11.1f}")
    print(f"{'scroll to the middle page':32} {scroll:10.1f}")
    print(f"{'baseline: bare LIKE page':32} {like:10.1f} {cnt:11.1f}")


if __name__ == "__main__":
    main()
