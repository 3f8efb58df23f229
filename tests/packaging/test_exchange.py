"""Round trips between levels, and packages checked by tools no one here wrote."""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile
from pathlib import Path

import bagit
import pytest

from dvk_desktop.domain.vocab import DecisionKind, OrgType, Status
from dvk_desktop.errors import PassphraseError, ValidationError
from dvk_desktop.packaging import keys
from dvk_desktop.services import decisions, directory, exchange, models, trust, workspace_keys
from dvk_desktop.services.workspace_setup import DistrictSpec, init_workspace
from dvk_desktop.storage.queries.models import ModelFilter, count_models, list_models
from tests.factories import complete_input
from tests.packaging.exchange import (
    COMMUNE_PASS,
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
    state_of,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    return build_exchange(tmp_path_factory.mktemp("exchange") / "ex")


@pytest.fixture
def ex(template: Exchange, tmp_path: Path) -> Exchange:
    return copy_exchange(template, tmp_path / "ex")


def test_commune_to_upper_and_decisions_back(ex: Exchange) -> None:
    with ex.commune() as commune:
        sent = exchange.export_package(commune, ex.usb, passphrase=COMMUNE_PASS)
    assert sent.encrypted, "a package with personal data is encrypted by default"
    assert sent.path.name.endswith(".dvkpkg.age")
    with ex.upper() as upper:
        result = exchange.import_package(upper, sent.path, passphrase=UPPER_PASS)
        assert (result.status, result.created) == ("imported", 3)
        with upper.sessions() as session:
            proposed = [
                r.uuid for r in list_models(session, ModelFilter(status="de_nghi_cong_nhan"))
            ]
            assert count_models(session, ModelFilter(search="camera an ninh")) == 1
        assert len(proposed) == 3
        decisions.record_decision(
            upper,
            decisions.DecisionInput(
                DecisionKind.RECOGNITION,
                "12/QĐ-BTGDVTU",
                dt.date(2026, 10, 20),
                "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội",
                proposed[:2],
            ),
        )
        back = exchange.export_package(
            upper, ex.usb, passphrase=UPPER_PASS, kind="decisions", recipient_code="00070"
        )
    with ex.commune() as commune:
        applied = exchange.import_package(commune, back.path, passphrase=COMMUNE_PASS)
        assert applied.status == "imported"
        statuses = sorted(models.get_model(commune, u)["status"] for u in proposed)
        assert statuses == ["cong_nhan", "cong_nhan", "de_nghi_cong_nhan"]
        # The upper level acknowledged the evidence: the next package sends none again.
        again = exchange.export_package(commune, ex.usb, passphrase=COMMUNE_PASS)
    assert again.counts["evidence_files"] == 0


def test_upper_level_keeps_its_own_decision_over_a_stale_commune_package(ex: Exchange) -> None:
    first = export_plain(ex)
    with ex.upper() as upper:
        exchange.import_package(upper, first, passphrase=UPPER_PASS)
        with upper.sessions() as session:
            uuid = list_models(session, ModelFilter())[0].uuid
        decisions.record_decision(
            upper,
            decisions.DecisionInput(
                DecisionKind.RECOGNITION, "1/QĐ", dt.date(2026, 10, 1), "Thành ủy", [uuid]
            ),
        )
    stale = export_plain(ex)  # the commune has not heard of the decision yet
    with ex.upper() as upper:
        result = exchange.import_package(upper, stale, passphrase=UPPER_PASS)
        assert models.get_model(upper, uuid)["status"] == "cong_nhan"
    assert any("giữ trạng thái" in n for n in result.notes)


def test_a_new_model_travels_alone_with_its_evidence(ex: Exchange, tmp_path: Path) -> None:
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex), passphrase=UPPER_PASS)
        back = exchange.export_package(
            upper, ex.usb, passphrase=UPPER_PASS, kind="decisions", recipient_code="00070"
        )
    with ex.commune() as commune:
        exchange.import_package(commune, back.path, passphrase=COMMUNE_PASS)
        uuid = models.create_model(commune, complete_input(commune, name="Đường hoa tổ dân phố 5"))
        photo = tmp_path / "hoa.jpg"
        photo.write_bytes(b"\xff\xd8\xff new photo")
        from dvk_desktop.services.evidence import add_evidence

        add_evidence(commune, uuid, photo)
        delta = exchange.export_package(commune, ex.usb, passphrase=COMMUNE_PASS, encrypt=False)
    assert delta.counts["evidence_files"] == 1
    with ex.upper() as upper:
        result = exchange.import_package(upper, delta.path, passphrase=UPPER_PASS)
        assert (result.created, result.unchanged) == (1, 3)
        assert models.get_model(upper, uuid)["name"] == "Đường hoa tổ dân phố 5"


def test_the_bagit_validator_accepts_an_unzipped_package(ex: Exchange, tmp_path: Path) -> None:
    package = export_plain(ex)
    folder = tmp_path / "bag"
    with zipfile.ZipFile(package) as zf:
        zf.extractall(folder)  # our own package, so extracting is safe here
    bag = bagit.Bag(str(folder))
    bag.validate()
    assert bag.info["DVK-Sender-Code"] == "00070"
    assert bag.info["Source-Organization"] == "Phường Hoàn Kiếm"


def test_minisign_verifies_the_package_signature(ex: Exchange, tmp_path: Path) -> None:
    package = export_plain(ex)
    with zipfile.ZipFile(package) as zf:
        zf.extract("tagmanifest-sha256.txt", tmp_path)
        zf.extract("tagmanifest-sha256.txt.minisig", tmp_path)
    with ex.commune() as commune:
        info = workspace_keys.public_info(commune)
    assert info is not None
    pub = tmp_path / "xa.pub"
    pub.write_text(info.minisign_public_key())
    result = subprocess.run(
        ["minisign", "-V", "-p", str(pub), "-m", str(tmp_path / "tagmanifest-sha256.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "sender=00070 recipient=01 sequence=1" in result.stdout


def test_the_age_cli_decrypts_a_package_with_the_recipient_key(
    ex: Exchange, tmp_path: Path
) -> None:
    with ex.commune() as commune:
        sent = exchange.export_package(commune, ex.usb, passphrase=COMMUNE_PASS, encrypt=True)
    unlocked = keys.unlock(ex.upper_dir / "keys" / workspace_keys.KEY_FILE, UPPER_PASS)
    identity = tmp_path / "identity.txt"
    identity.write_text(unlocked.age_identity + "\n")
    out = tmp_path / "plain.zip"
    subprocess.run(["age", "-d", "-i", str(identity), "-o", str(out), str(sent.path)], check=True)
    with zipfile.ZipFile(out) as zf:
        assert "data/records.json" in zf.namelist()


def test_wrong_passphrase_changes_nothing(ex: Exchange) -> None:
    before_commune, before_upper = state_of(ex.commune_dir), state_of(ex.upper_dir)
    with ex.commune() as commune, pytest.raises(PassphraseError, match="Mật khẩu không đúng"):
        exchange.export_package(commune, ex.usb, passphrase="sai mật khẩu")
    assert list(ex.usb.glob("*.dvkpkg*")) == []
    with ex.commune() as commune:
        sent = exchange.export_package(commune, ex.usb, passphrase=COMMUNE_PASS)
    with ex.upper() as upper, pytest.raises(PassphraseError):
        exchange.import_package(upper, sent.path, passphrase="sai")
    assert state_of(ex.upper_dir) == before_upper
    assert not (ex.upper_dir / "quarantine").exists()
    assert before_commune["db"]


def test_verify_writes_nothing(ex: Exchange) -> None:
    package = export_plain(ex)
    before = state_of(ex.upper_dir)
    with ex.upper() as upper:
        check = exchange.verify_package(upper, package)
    assert check.ok, check.problems
    assert check.counts["models"] == 3
    assert state_of(ex.upper_dir) == before


def test_key_rotation_is_announced_by_the_old_key(ex: Exchange) -> None:
    with ex.commune() as commune:
        new = workspace_keys.start_rotation(commune, COMMUNE_PASS, "mật khẩu mới 2027 dài")
        exchange.export_package(commune, ex.usb, passphrase=COMMUNE_PASS, encrypt=False)
        assert workspace_keys.public_info(commune).fingerprint == new.fingerprint  # type: ignore[union-attr]
    first = sorted(ex.usb.glob("*.dvkpkg"))[-1]
    with ex.upper() as upper:
        exchange.import_package(upper, first, passphrase=UPPER_PASS)
        with upper.sessions() as session:
            active = trust.active_key(session, "00070", trust.CHILD)
            assert active is not None and active.fingerprint == new.fingerprint
    with ex.commune() as commune:  # the next package is signed by the new key and accepted
        second = exchange.export_package(
            commune, ex.usb, passphrase="mật khẩu mới 2027 dài", encrypt=False
        )
    with ex.upper() as upper:
        assert (
            exchange.import_package(upper, second.path, passphrase=UPPER_PASS).status == "imported"
        )


def test_exporting_personal_data_needs_the_recipients_key(tmp_path: Path) -> None:
    handle = init_workspace(tmp_path / "ws", unit_code="00070")
    with handle.sessions() as session, session.begin():
        directory.add_person(session, "Trần Văn Long")
        directory.add_organisation(session, "Hội Nông dân", OrgType.FARMERS_UNION)
    workspace_keys.create_key(handle, COMMUNE_PASS)
    with pytest.raises(ValidationError, match="cần mã hóa"):
        exchange.export_package(handle, tmp_path, passphrase=COMMUNE_PASS)
    handle.close()


def test_district_aggregate_reaches_the_province(tmp_path: Path) -> None:
    # The three-tier flow of before July 2025: commune -> district -> province, one format.
    ex = build_exchange(tmp_path / "ex")
    district = init_workspace(
        tmp_path / "huyen", unit_code="01", district=DistrictSpec("271", "Huyện Ba Vì")
    )
    province = init_workspace(tmp_path / "tinh", unit_code="01")
    assert (district.info().unit_code, district.info().parent_unit_code) == ("H271", "01")
    district_pass, province_pass = "mật khẩu huyện 2026", "mật khẩu tỉnh 2026"
    workspace_keys.create_key(district, district_pass)
    workspace_keys.create_key(province, province_pass)
    usb = tmp_path / "usb"
    usb.mkdir()
    for handle, secret in ((district, district_pass), (province, province_pass)):
        workspace_keys.export_enrolment(handle, secret, usb)
    with ex.commune() as commune:
        workspace_keys.export_enrolment(commune, COMMUNE_PASS, usb)
        with commune.sessions() as session, session.begin():  # the commune now reports to H271
            trust.revoke(session, "01", relation=trust.PARENT)

    def enrol(handle, unit: str, relation: str) -> None:  # type: ignore[no-untyped-def]
        enrolment = keys.read_enrolment(usb / f"dang-ky-khoa-{unit}.json")
        workspace_keys.enrol_unit(
            handle,
            usb / f"dang-ky-khoa-{unit}.json",
            relation=relation,
            confirmed_fingerprint=enrolment.fingerprint,
        )

    with ex.commune() as commune:
        enrol(commune, "H271", trust.PARENT)
    enrol(district, "00070", trust.CHILD)
    enrol(district, "01", trust.PARENT)
    enrol(province, "H271", trust.CHILD)

    with ex.commune() as commune:
        sent = exchange.export_package(commune, usb, passphrase=COMMUNE_PASS)
    assert sent.recipient == "H271"
    assert exchange.import_package(district, sent.path, passphrase=district_pass).created == 3
    aggregate = exchange.export_package(district, usb, passphrase=district_pass, kind="aggregate")
    assert aggregate.recipient == "01" and aggregate.encrypted
    result = exchange.import_package(province, aggregate.path, passphrase=province_pass)
    assert (result.status, result.created) == ("imported", 3)
    with province.sessions() as session:
        rows = list_models(session, ModelFilter(source_unit_code="00070"))
    assert len(rows) == 3
    district.close()
    province.close()


def test_status_names_match_the_lifecycle() -> None:
    assert Status.RECOGNISED.value == "cong_nhan"
