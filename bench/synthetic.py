"""Synthetic workspaces for benchmarks: N models inserted in bulk (fast), realistic names."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from sqlalchemy import insert, select

from dvk_desktop.domain.text import fold, sort_key
from dvk_desktop.domain.vocab import Field, ModelType, Status
from dvk_desktop.services.demo import MODELS, VILLAGES
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import DvkModel, ModelIndicator, Organisation, Unit, utcnow
from dvk_desktop.storage.queries.models import search_text_for
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace


def build(root: Path, n_models: int, *, seed: int = 1) -> WorkspaceHandle:
    """Create (or reuse) a commune workspace at ``root`` holding ``n_models`` models."""
    if (root / "dvk.sqlite3").exists():
        return open_workspace(root)
    rng = random.Random(seed)
    handle = init_workspace(root, unit_code="20791")
    from dvk_desktop.domain.vocab import OrgType
    from dvk_desktop.services import directory

    with handle.sessions() as session, session.begin():
        villages = [directory.add_village(session, v) for v in VILLAGES]
        orgs = [
            directory.add_organisation(session, f"Chi hội thôn số {i}", OrgType.WOMEN_UNION)
            for i in range(40)
        ]
        village_ids = [v.id for v in villages]
        org_rows = [(o.id, o.name) for o in orgs]
        village_names = {v.id: v.name for v in villages}
    statuses = [s.value for s in Status]
    now = utcnow()
    batch: list[dict[str, object]] = []
    indicators: list[dict[str, object]] = []
    with handle.engine.begin() as conn:
        for i in range(n_models):
            base = MODELS[i % len(MODELS)][0]
            name = f"{base} {VILLAGES[i % len(VILLAGES)].lower()} lần {i // len(MODELS) + 1}"
            org_id, org_name = org_rows[i % len(org_rows)]
            village_id = village_ids[i % len(village_ids)]
            code = f"MH-{2020 + i % 7}-{i:06d}"
            batch.append({
                "id": i + 1, "uuid": f"00000000-0000-4000-8000-{i:012d}", "version": 1,
                "source_unit_code": "20791", "code": code, "name": name,
                "name_folded": fold(name), "name_sort": sort_key(name),
                "search_text": search_text_for(code, name, org_name, village_names[village_id]),
                "model_type": rng.choice(list(ModelType)).value,
                "field": rng.choice(list(Field)).value, "sub_topics": "", "novelty": "moi",
                "replicated_from_text": "", "year": 2020 + i % 7,
                "status": rng.choice(statuses), "owner_org_id": org_id,
                "village_id": village_id, "place": VILLAGES[i % len(VILLAGES)],
                "start_date": dt.date(2026, 1, 1), "end_date": dt.date(2026, 12, 1),
                "evaluation_date": dt.date(2026, 10, 15), "reason": "", "goals": "Mục tiêu",
                "content": "Nội dung", "target_group": "", "forces": "", "other_resources": "",
                "schedule": "", "outputs": "", "sustainability": "", "note": "",
                "budget_state": 0, "budget_social": 1_000_000, "budget_people": 0,
                "budget_other": 0, "labour_days": 10, "created_at": now, "updated_at": now,
            })  # fmt: skip
            indicators.append({
                "model_id": i + 1, "position": 0, "code": "HO_HUONG_LOI", "name": "Hộ hưởng lợi",
                "unit": "hộ", "target": rng.randint(10, 500),
                "actual": rng.randint(0, 500),
            })  # fmt: skip
            if len(batch) == 5000:
                conn.execute(insert(DvkModel.__table__), batch)
                conn.execute(insert(ModelIndicator.__table__), indicators)
                batch, indicators = [], []
        if batch:
            conn.execute(insert(DvkModel.__table__), batch)
            conn.execute(insert(ModelIndicator.__table__), indicators)
    with handle.sessions() as session:
        assert session.scalar(select(Unit.id).limit(1)) is not None
        assert session.scalar(select(Organisation.id).limit(1)) is not None
    return handle


if __name__ == "__main__":
    build(Path(sys.argv[1]), int(sys.argv[2])).close()
