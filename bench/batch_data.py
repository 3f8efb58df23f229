"""Generated commune packages for the batch-import benchmark (built once, reused between runs)."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from dvk_desktop.domain import units
from dvk_desktop.domain.text import fold, sort_key
from dvk_desktop.domain.vocab import Field, ModelType, OrgType, Status
from dvk_desktop.services import directory, exchange, workspace_keys
from dvk_desktop.services.demo import MODELS, VILLAGES
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.evidence_store import EvidenceStore
from dvk_desktop.storage.models import (
    DvkModel,
    Evidence,
    IndicatorVillageValue,
    ModelCoordinator,
    ModelIndicator,
    utcnow,
)
from dvk_desktop.storage.queries.models import search_text_for

PASS = "mật khẩu đo hiệu năng"
PROVINCE = "01"  # Hà Nội: 126 communes, enough for a hundred packages
# Statuses a commune's package carries (what the commune itself may set).
STATUSES = [Status.REGISTERED, Status.IMPLEMENTING, Status.INTERIM_REVIEWED, Status.PROPOSED]


@dataclass(frozen=True)
class Batch:
    """Where the generated packages and the upper level that trusts their senders live."""

    root: Path
    packages: list[Path]

    @property
    def upper(self) -> Path:
        return self.root / "tinh"


def _jpeg_like(size: int, rng: random.Random) -> bytes:
    """Incompressible bytes with a JPEG signature: real photos do not deflate either."""
    return b"\xff\xd8\xff\xe0" + rng.randbytes(size - 4)


def _fill(root: Path, code: str, n_models: int, n_files: int, kb: int, seed: int) -> Path:
    """A commune workspace with ``n_models`` realistic models and ``n_files`` photos."""
    rng = random.Random(seed)
    handle = init_workspace(root, unit_code=code)
    with handle.sessions() as session, session.begin():
        villages = [directory.add_village(session, v) for v in VILLAGES[:6]]
        orgs = [
            directory.add_organisation(session, f"Chi hội Phụ nữ {v.name}", OrgType.WOMEN_UNION)
            for v in villages
        ] + [
            directory.add_organisation(session, f"Chi đoàn {v.name}", OrgType.YOUTH_UNION)
            for v in villages
        ]
        v_ids = [(v.id, v.name) for v in villages]
        o_ids = [(o.id, o.name) for o in orgs]
    now = utcnow()
    models, indicators, coordinators = [], [], []
    for i in range(n_models):
        base = MODELS[i % len(MODELS)][0]
        village_id, village = v_ids[i % len(v_ids)]
        org_id, org = o_ids[i % len(o_ids)]
        name = f"{base} {village.lower()} lần {i // len(MODELS) + 1}"
        mcode = f"MH-2026-{i + 1:03d}"
        models.append({
            "id": i + 1, "uuid": f"{seed:08x}-0000-4000-8000-{i:012d}", "version": 1,
            "source_unit_code": code, "code": mcode, "name": name, "name_folded": fold(name),
            "name_sort": sort_key(name), "search_text": search_text_for(mcode, name, "", org,
                                                                        "", village),
            "model_type": ModelType.COLLECTIVE.value, "field": rng.choice(list(Field)).value,
            "sub_topics": "moi_truong", "novelty": "moi", "replicated_from_text": "",
            "year": 2026, "status": STATUSES[i % len(STATUSES)].value, "owner_org_id": org_id,
            "village_id": village_id, "place": f"{village}, {code}",
            "start_date": dt.date(2026, 2, 1), "end_date": dt.date(2026, 11, 30),
            "evaluation_date": dt.date(2026, 10, 15),
            "reason": f"Tại {village} còn nhiều khó khăn cần sự chung tay của Nhân dân.",
            "goals": "Đạt các chỉ tiêu đã đăng ký; được Nhân dân đồng tình, hưởng ứng.",
            "content": "Tuyên truyền, vận động tại các cuộc họp thôn; phân công đảng viên "
            "phụ trách từng nhóm hộ; huy động nguồn lực xã hội hóa; sơ kết 6 tháng.",
            "target_group": "Hộ gia đình trên địa bàn.", "forces": "Chủ trì: chi hội.",
            "other_resources": "", "schedule": "Quý I ra mắt; tháng 10 đánh giá.",
            "outputs": "Biên bản nghiệm thu, danh sách hộ tham gia, ảnh.",
            "sustainability": "Có quy chế hoạt động, có thể nhân rộng.", "note": "",
            "budget_state": 5_000_000, "budget_social": rng.randint(0, 50) * 1_000_000,
            "budget_people": 3_000_000, "budget_other": 0, "labour_days": rng.randint(20, 400),
            "created_at": now, "updated_at": now,
        })  # fmt: skip
        for position, (icode, iname, iunit) in enumerate(
            [("HO_HUONG_LOI", "Hộ hưởng lợi", "hộ"), ("NGAY_CONG", "Ngày công", "ngày công")]
        ):
            indicators.append({
                "id": 2 * i + position + 1, "model_id": i + 1, "position": position,
                "code": icode, "name": iname, "unit": iunit, "target": rng.randint(10, 500),
                "actual": rng.randint(0, 500),
            })  # fmt: skip
        coordinators.append({"model_id": i + 1, "organisation_id": o_ids[(i + 1) % len(o_ids)][0],
                             "role": "Phối hợp tuyên truyền"})  # fmt: skip
    shares = [
        {"indicator_id": 2 * i + 1, "village_id": v_ids[i % len(v_ids)][0], "target": 10,
         "actual": 5}
        for i in range(0, n_models, 4)
    ]  # fmt: skip
    store = EvidenceStore(handle.paths.evidence)
    evidence = []
    for k in range(n_files):
        sha, size = store.add_stream(io.BytesIO(_jpeg_like(kb * 1024, rng)))
        evidence.append({
            "uuid": f"{seed:08x}-1111-4000-8000-{k:012d}", "model_id": k % n_models + 1,
            "sha256": sha, "size": size, "media_type": "image/jpeg",
            "original_name": f"ảnh hoạt động {k + 1}.jpg", "caption": "Ảnh hoạt động",
            "taken_on": dt.date(2026, 5, 1), "shows_people": False, "added_at": now,
        })  # fmt: skip
    with handle.engine.begin() as conn:
        for table, rows in (
            (DvkModel, models), (ModelIndicator, indicators), (ModelCoordinator, coordinators),
            (IndicatorVillageValue, shares), (Evidence, evidence),
        ):  # fmt: skip
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table.__table__), rows[start : start + 5000])
    with handle.sessions() as session:
        assert session.scalar(select(DvkModel.id).limit(1)) is not None
    workspace_keys.create_key(handle, PASS)
    workspace_keys.export_enrolment(handle, PASS, root.parent)
    out = root.parent / "packages"
    out.mkdir(exist_ok=True)
    result = exchange.export_package(handle, out, passphrase=PASS, encrypt=False)
    handle.close()
    shutil.rmtree(root)  # only the package is needed
    return result.path


def build(
    root: Path, n_packages: int, n_models: int, n_files: int, kb: int, *, stamp: str = ""
) -> Batch:
    """Build (or reuse) ``n_packages`` commune packages and an upper level enrolling them all."""
    params = {"n": n_packages, "models": n_models, "files": n_files, "kb": kb, "stamp": stamp}
    marker = root / "params.json"
    if marker.exists() and json.loads(marker.read_text()) == params:
        packages = sorted((root / "packages").glob("*.dvkpkg"))
        return Batch(root, packages)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    communes = units.communes(PROVINCE)[:n_packages]
    if len(communes) < n_packages:
        raise SystemExit(f"only {len(communes)} communes in province {PROVINCE}")
    upper = init_workspace(root / "tinh", unit_code=PROVINCE)
    workspace_keys.create_key(upper, PASS)
    packages = []
    for n, unit in enumerate(communes):
        packages.append(_fill(root / unit.code, unit.code, n_models, n_files, kb, n + 1))
        enrolment = root / f"dang-ky-khoa-{unit.code}.json"
        info = json.loads(enrolment.read_text())
        workspace_keys.enrol_unit(
            upper, enrolment, relation="child", confirmed_fingerprint=info["fingerprint"]
        )
    upper.close()
    marker.write_text(json.dumps(params))
    return Batch(root, sorted(packages))
