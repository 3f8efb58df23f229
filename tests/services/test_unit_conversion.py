"""A district's workspace of the three-tier flow becomes its province's, losing nothing."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dvk_desktop.cli.main import main
from dvk_desktop.domain import units
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import OrgType, Status
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.packaging import keys
from dvk_desktop.services import (
    communes,
    directory,
    exchange,
    models,
    review,
    unit_history,
    workspace_keys,
)
from dvk_desktop.services.unit_conversion import convert_to_province, former_units
from dvk_desktop.services.workspace_setup import DistrictSpec, init_workspace
from dvk_desktop.storage.models import AuditEntry, DvkModel, ModelReview, ModelUnitHistory
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input

pytestmark = pytest.mark.sqlite_only

PROVINCE = "48"
DISTRICT = DistrictSpec("490", "Huyện Hòa Vang")
SECRET = "Dân vận khéo 2026 ba cấp"


@dataclass
class Office:
    root: Path
    a: str
    b: str

    def open(self, name: str) -> WorkspaceHandle:
        return open_workspace(self.root / name)

    @property
    def usb(self) -> Path:
        return self.root / "usb"

    def send(self, name: str) -> Path:
        with self.open(name) as handle:
            return exchange.export_package(handle, self.usb, passphrase=SECRET, encrypt=False).path  # type: ignore[return-value]


def _build(root: Path) -> Office:
    """Two communes reporting to the district of Hòa Vang, which has received both."""
    a, b = sorted(u.code for u in units.communes(PROVINCE))[:2]
    office = Office(root, a, b)
    office.usb.mkdir(parents=True)
    handles = {
        "huyen": init_workspace(root / "huyen", unit_code=PROVINCE, district=DISTRICT),
        a: init_workspace(root / a, unit_code=a, district=DISTRICT),
        b: init_workspace(root / b, unit_code=b, district=DISTRICT),
    }
    for handle in handles.values():
        workspace_keys.create_key(handle, SECRET)
        workspace_keys.export_enrolment(handle, SECRET, office.usb)
    for code in (a, b):
        for name, unit, relation in (
            (code, f"H{DISTRICT.code}", "parent"),
            ("huyen", code, "child"),
        ):
            path = office.usb / f"dang-ky-khoa-{unit}.json"
            workspace_keys.enrol_unit(
                handles[name], path, relation=relation,
                confirmed_fingerprint=keys.read_enrolment(path).fingerprint,
            )  # fmt: skip
        with handles[code].sessions() as session, session.begin():
            directory.add_village(session, "Thôn 1")
            directory.add_organisation(session, "Đoàn Thanh niên", OrgType.YOUTH_UNION)
        uuid = models.create_model(
            handles[code], complete_input(handles[code], name="Hũ gạo tình thương thôn 1")
        )
        models.change_status(handles[code], uuid, Status.IMPLEMENTING)
        models.change_status(handles[code], uuid, Status.PROPOSED)
    for handle in handles.values():
        handle.close()
    for code in (a, b):
        with office.open("huyen") as district:
            assert exchange.import_package(district, office.send(code)).status == "imported"
    return office


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return _build(tmp_path_factory.mktemp("conversion") / "o")


@pytest.fixture
def office(template: Office, tmp_path: Path) -> Office:
    shutil.copytree(template.root, tmp_path / "o")
    return Office(tmp_path / "o", template.a, template.b)


def _uuids(handle: WorkspaceHandle) -> list[str]:
    with handle.readers() as session:
        return list(session.scalars(select(DvkModel.uuid).order_by(DvkModel.id)))


def _counts(handle: WorkspaceHandle) -> tuple[int, int]:
    with handle.readers() as session:
        return (
            int(session.scalar(select(func.count()).select_from(DvkModel)) or 0),
            int(session.scalar(select(func.count()).select_from(ModelReview)) or 0),
        )


def test_a_districts_workspace_becomes_its_provinces_keeping_every_record(office: Office) -> None:
    with office.open("huyen") as handle:
        reviewed = _uuids(handle)[0]
        review.set_review(handle, reviewed, ReviewState.ACCEPTED, comment="Đủ hồ sơ")
        before = _counts(handle)
        done = convert_to_province(handle)
        ws = handle.info()
        assert (ws.unit_code, ws.unit_level, ws.parent_unit_code) == (PROVINCE, "tinh", None)
        assert ws.unit_name == units.province(PROVINCE).name
        assert (done.district_code, done.models, done.communes) == ("H490", 2, 2)
        assert done.backup is not None and done.backup.is_file()
        assert _counts(handle) == before  # nothing received or decided is dropped
        # The district's verdict is still the district's: that is who gave it.
        assert review.review_history(handle, reviewed)[0].comment == "Đủ hồ sơ"
        with handle.readers() as session:
            assert set(session.scalars(select(ModelReview.origin_unit_code))) == {"H490"}
            kept = {
                (h.old_unit_code, h.old_district_code, h.old_district_name, h.new_unit_code)
                for h in session.scalars(select(ModelUnitHistory))
            }
            assert kept == {(code, "H490", "Huyện Hòa Vang", code) for code in (office.a, office.b)}
            assert [u.code for u in former_units(session)] == ["H490"]
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "convert")).one()
            assert '"H490"' in entry.before_json and f'"{PROVINCE}"' in entry.after_json
        where = unit_history.registered_under(handle, reviewed)
        assert (
            where == f"{units.commune(office.a).name}, Huyện Hòa Vang (đơn vị trước ngày 01/7/2025)"
        )
        # The communes page lists the communes, not the abolished district.
        children = communes.child_units(handle)
        assert {office.a, office.b} <= set(children) and "H490" not in children
        assert children[office.a] == units.commune(office.a).name


def test_a_commune_that_no_longer_exists_is_followed_to_todays_by_the_official_table(
    office: Office,
) -> None:
    with office.open("huyen") as handle:
        # Registered in 2024 under Xã Hòa Bắc (20293), merged on 01/7/2025 into Phường Hải Vân.
        with handle.sessions() as session, session.begin():
            model = session.scalars(select(DvkModel).order_by(DvkModel.id)).first()
            assert model is not None
            model.source_unit_code, uuid = "20293", model.uuid
        convert_to_province(handle)
        with handle.readers() as session:
            history = session.scalars(
                select(ModelUnitHistory).where(ModelUnitHistory.model_id == model.id)
            ).one()
        assert (history.old_unit_name, history.new_unit_code) == ("Xã Hòa Bắc", "20195")
        where = unit_history.registered_under(handle, uuid)
        assert where == "Xã Hòa Bắc, Huyện Hòa Vang (đơn vị trước ngày 01/7/2025)"


def test_a_package_the_communes_still_address_to_the_district_is_taken(office: Office) -> None:
    older = office.send(office.a)
    newer = office.send(office.a)
    with office.open("huyen") as handle:
        convert_to_province(handle, backup=False)
        result = exchange.import_package(handle, newer)
        assert result.status == "imported"
        # Numbered as the district's: the older package is still seen as older.
        with pytest.raises(DvkError, match="cũ hơn gói số"):
            exchange.import_package(handle, older)


def test_only_a_districts_workspace_converts_and_a_refusal_changes_nothing(
    office: Office,
) -> None:
    with office.open(office.a) as commune:
        before = commune.info().unit_code
        with pytest.raises(ValidationError, match="Chỉ vùng làm việc của một huyện"):
            convert_to_province(commune)
        assert commune.info().unit_code == before
    with office.open("huyen") as handle:
        convert_to_province(handle, backup=False)
        with pytest.raises(ValidationError, match="Chỉ vùng làm việc của một huyện"):
            convert_to_province(handle)  # a second time: it is the province's already
        with handle.readers() as session:
            assert len(former_units(session)) == 1


def test_the_command_asks_first_and_says_what_to_do_next(
    office: Office, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(office.root / "huyen")
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 (a non-interactive run)
    assert main(["convert-to-province", "-w", folder]) != 0
    assert "--yes" in capsys.readouterr().err
    with office.open("huyen") as handle:
        assert handle.info().unit_code == "H490"
    assert main(["convert-to-province", "-w", folder, "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"nay là của {units.province(PROVINCE).name} (mã {PROVINCE})" in out
    assert "Giữ nguyên hồ sơ của 2 xã" in out
    assert main(["info", "-w", folder]) == 0
    assert f"(mã {PROVINCE})" in capsys.readouterr().out
    with office.open("huyen") as handle:
        first = _uuids(handle)[0]
    assert main(["models", "show", "-w", folder, first]) == 0
    assert "Đăng ký tại: " in capsys.readouterr().out
