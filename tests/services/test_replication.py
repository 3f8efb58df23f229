"""Replication across communes, seen at the commune, its upper level and the level above that."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from dvk_desktop.domain import units
from dvk_desktop.domain.vocab import Novelty, OrgType, Status
from dvk_desktop.errors import ValidationError
from dvk_desktop.packaging import keys
from dvk_desktop.services import directory, exchange, models, replication, workspace_keys
from dvk_desktop.services.workspace_setup import DistrictSpec, init_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input
from tests.packaging.exchange import members

PROVINCE = "48"
DISTRICT = DistrictSpec("490", "Huyện Hòa Vang")
SECRET = "Dân vận khéo 2026 ba cấp"


@dataclass
class Levels:
    root: Path
    a: str
    b: str

    def open(self, name: str) -> WorkspaceHandle:
        return open_workspace(self.root / name)

    @property
    def usb(self) -> Path:
        return self.root / "usb"


def _build(root: Path) -> Levels:
    """Two communes reporting to a district that reports to the province (three tiers)."""
    a, b = sorted(u.code for u in units.communes(PROVINCE))[:2]
    levels = Levels(root, a, b)
    levels.usb.mkdir(parents=True)
    handles = {
        "tinh": init_workspace(root / "tinh", unit_code=PROVINCE),
        "huyen": init_workspace(root / "huyen", unit_code=PROVINCE, district=DISTRICT),
        a: init_workspace(root / a, unit_code=a, district=DISTRICT),
        b: init_workspace(root / b, unit_code=b, district=DISTRICT),
    }
    for handle in handles.values():
        workspace_keys.create_key(handle, SECRET)
        workspace_keys.export_enrolment(handle, SECRET, levels.usb)

    def enrol(name: str, unit: str, relation: str) -> None:
        path = levels.usb / f"dang-ky-khoa-{unit}.json"
        workspace_keys.enrol_unit(
            handles[name], path, relation=relation,
            confirmed_fingerprint=keys.read_enrolment(path).fingerprint,
        )  # fmt: skip

    for code in (a, b):
        enrol(code, f"H{DISTRICT.code}", "parent")
        enrol("huyen", code, "child")
        with handles[code].sessions() as session, session.begin():
            directory.add_village(session, "Thôn 1")
            directory.add_organisation(session, "Đoàn Thanh niên", OrgType.YOUTH_UNION)
    enrol("huyen", PROVINCE, "parent")
    enrol("tinh", f"H{DISTRICT.code}", "child")
    for handle in handles.values():
        handle.close()
    return levels


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Levels:
    return _build(tmp_path_factory.mktemp("levels") / "l")


@pytest.fixture
def levels(template: Levels, tmp_path: Path) -> Levels:
    shutil.copytree(template.root, tmp_path / "l")
    return Levels(tmp_path / "l", template.a, template.b)


def _send(levels: Levels, name: str, **kw: object) -> Path:
    with levels.open(name) as handle:
        return exchange.export_package(
            handle, levels.usb, passphrase=SECRET, encrypt=False, **kw
        ).path  # type: ignore[arg-type]


def test_replication_in_another_commune_is_shown_at_three_levels(levels: Levels) -> None:
    with levels.open(levels.a) as a:
        origin = models.create_model(a, complete_input(a, name="Hũ gạo tình thương"))
        origin_code = models.get_model(a, origin)["code"]
    with levels.open(levels.b) as b:
        replica = models.create_model(
            b, complete_input(b, name="Hũ gạo tình thương thôn 1", novelty=Novelty.REPLICATED)
        )
        models.change_status(b, replica, Status.IMPLEMENTING)
        # B knows A's model from its printed form: commune code and model code, no UUID.
        linked = replication.link(b, replica, origin_unit_code=levels.a, origin_code=origin_code)
        assert linked.uuid is None and replication.origins_of(b, replica) == [linked]
    with levels.open("huyen") as district:
        for code in (levels.a, levels.b):
            assert exchange.import_package(district, _send(levels, code)).status == "imported"
        where = replication.replicated_at(district, origin)
        assert [(w.unit_code, w.code, w.year, w.status, w.held) for w in where] == [
            (levels.b, "MH-2026-001", 2026, Status.IMPLEMENTING.value, True)
        ]
        assert where[0].unit_name == units.commune(levels.b).name
        assert where[0].status_label == "Đang thực hiện"
        # The district found the origin it holds: the link now carries A's UUID.
        assert replication.origins_of(district, replica)[0].uuid == origin
    # 1. The commune that made the original learns it from its upper level's package.
    down = _send(levels, "huyen", kind="decisions", recipient_code=levels.a)
    with levels.open(levels.a) as a:
        assert replication.replicated_at(a, origin) == []
        exchange.import_package(a, down)
        seen = replication.replicated_at(a, origin)
        assert [(w.unit_code, w.name, w.year, w.status, w.held) for w in seen] == [
            (levels.b, "Hũ gạo tình thương thôn 1", 2026, Status.IMPLEMENTING.value, False)
        ]
    # 2. The province, from the district's aggregate.
    aggregate = _send(levels, "huyen", kind="aggregate")
    with levels.open("tinh") as province:
        assert exchange.import_package(province, aggregate).created == 2
        seen = replication.replicated_at(province, origin)
        assert [(w.unit_code, w.code, w.held) for w in seen] == [(levels.b, "MH-2026-001", True)]
    # A later status at B reaches every level with B's next package.
    with levels.open(levels.b) as b:
        models.change_status(b, replica, Status.PROPOSED)
    with levels.open("huyen") as district:
        exchange.import_package(district, _send(levels, levels.b))
        assert replication.replicated_at(district, origin)[0].status == Status.PROPOSED.value


def test_a_commune_cannot_speak_for_another_communes_links(levels: Levels) -> None:
    with levels.open(levels.b) as b:
        replica = models.create_model(b, complete_input(b, name="Hũ gạo tình thương"))
        with pytest.raises(ValidationError, match="mã mô hình gốc"):
            replication.link(b, replica, origin_unit_code=levels.a)
        with pytest.raises(ValidationError, match="chính nó"):
            replication.link(b, replica, origin_uuid=replica)
        replication.link(b, replica, origin_unit_code=levels.a, origin_code="MH-2026-009")
    path = _send(levels, levels.b)
    with levels.open("huyen") as district:
        assert exchange.import_package(district, path).status == "imported"
    records = json.loads(members(path)["data/records.json"])
    assert replication.record_problems(records, levels.b, "child") == []
    # A package that speaks for a model it does not carry, or for another unit, is refused.
    records[replication.UP_KEY][0]["replica_uuid"] = "0b6f0c2e-8a57-4b5e-9d7e-2f1d3c4b5a69"
    assert replication.record_problems(records, levels.b, "child") == [
        "Liên kết nhân rộng thứ 1: không phải mô hình của đơn vị gửi gói"
    ]
    # A wrong type or format is the record specs' to name (tests/packaging/test_field_walk.py
    # walks every field of a link); here only what a link may say.
    records[replication.UP_KEY][0]["origin_code"] = ""
    assert (
        "thiếu mã đơn vị hoặc mã mô hình gốc"
        in replication.record_problems(records, levels.b, "child")[0]
    )
