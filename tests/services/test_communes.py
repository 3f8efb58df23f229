"""The province follows its communes: keys, packages, models, gaps, deadlines; batch import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from dvk_desktop.domain.period import parse_period
from dvk_desktop.domain.vocab import ImportOutcome, KeyState, PeriodState, Status
from dvk_desktop.errors import SignatureError, ValidationError
from dvk_desktop.services import communes, exchange, workspace_keys
from dvk_desktop.services.exchange import batch
from dvk_desktop.services.workspace_setup import init_workspace
from tests.upper import COMMUNE_PASS, NAMES, Office, build_office, copy_office, packages


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("office") / "o", 3, enrolled=2)


@pytest.fixture
def office(office_template: Office, tmp_path: Path) -> Office:
    return copy_office(office_template, tmp_path / "o")


def test_every_commune_of_the_province_is_listed_with_its_key_state(office: Office) -> None:
    with office.province() as province:
        data = communes.overview(province, parse_period("2026-H2"), today=dt.date(2026, 11, 1))
    assert len(data.rows) == 94  # Đà Nẵng has 94 communes and wards in the official list
    by_code = {r.code: r for r in data.rows}
    first, _second, third = (by_code[c] for c in office.codes)
    assert first.key_state is KeyState.ACTIVE and first.fingerprint
    assert third.key_state is KeyState.NONE and third.fingerprint == ""
    assert first.packages == 0 and first.models == 0
    assert data.count(PeriodState.WAITING) == 94


def test_batch_import_goes_on_after_a_bad_file_and_says_why(office: Office) -> None:
    files = packages(office)
    assert len(files) == 3
    bad = office.usb / "hong.dvkpkg"
    bad.write_bytes(b"PK\x03\x04 not a package")
    with office.province() as province:
        summary = batch.import_files(province, [office.usb])
        assert [r.outcome for r in summary.results].count(ImportOutcome.IMPORTED) == 2
        refused = [r for r in summary.results if r.outcome is ImportOutcome.REFUSED]
        assert {r.path.name for r in refused} == {bad.name, files[2].name}
        unknown = next(r for r in refused if r.path == files[2])
        assert "chưa được ghi nhận" in unknown.reason and unknown.sender_code == office.codes[2]
        assert unknown.report is not None and unknown.report.is_file()
        assert summary.models_created == 2 * len(NAMES)
        again = batch.import_files(province, files[:1])
        assert again.results[0].outcome is ImportOutcome.ALREADY
        data = communes.overview(province, parse_period("2026-H2"), today=dt.date(2026, 11, 1))
    row = next(r for r in data.rows if r.code == office.codes[0])
    assert row.models == len(NAMES) and row.by_status == {Status.PROPOSED.value: len(NAMES)}
    assert row.last_package is not None and row.last_package.sequence == 1
    assert row.last_package.size == files[0].stat().st_size
    assert row.period_state is PeriodState.SENT and row.missing_evidence == 0


def test_cancel_stops_between_files_and_lists_the_rest(office: Office) -> None:
    from dvk_desktop.progress import CancelToken

    token = CancelToken()
    with office.province() as province:
        summary = batch.import_files(
            province, packages(office), cancel=token, on_result=lambda _r: token.cancel()
        )
    outcomes = [r.outcome for r in summary.results]
    assert summary.cancelled and outcomes == [
        ImportOutcome.IMPORTED, ImportOutcome.SKIPPED, ImportOutcome.SKIPPED,
    ]  # fmt: skip


class _CancelWhenWriting:
    """A clerk who presses Cancel once the first package is writing its models."""

    def __init__(self, token: object) -> None:
        self.token, self.heard = token, []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.heard.append(message)
        if message == "Ghi các mô hình":
            self.token.cancel()  # type: ignore[attr-defined]


def test_cancel_while_a_package_writes_its_models_leaves_it_not_imported(office: Office) -> None:
    from sqlalchemy import func, select

    from dvk_desktop.progress import CancelToken
    from dvk_desktop.storage.models import DvkModel, PackageLedger
    from dvk_desktop.storage.recovery import STAGING

    token = CancelToken()
    clerk = _CancelWhenWriting(token)
    with office.province() as province:
        summary = batch.import_files(province, packages(office)[:2], cancel=token, reporter=clerk)
        assert summary.cancelled
        assert [r.outcome for r in summary.results] == [ImportOutcome.SKIPPED] * 2
        with province.sessions() as session:  # the first file's transaction rolled back
            assert session.scalar(select(func.count()).select_from(DvkModel)) == 0
            assert session.scalar(select(func.count()).select_from(PackageLedger)) == 0
        staging = province.paths.root / STAGING
        assert not staging.exists() or not any(staging.iterdir())  # no staged photo is left
        # The progress said the file, then its steps; the same files import afterwards.
        assert clerk.heard[:3] == [packages(office)[0].name, "Kiểm tra gói", "Kiểm tra gói"]
        assert "Ghi các mô hình" in clerk.heard
        again = batch.import_files(province, packages(office)[:2])
    assert [r.outcome for r in again.results] == [ImportOutcome.IMPORTED] * 2
    assert again.models_created == 2 * len(NAMES)


def test_deadline_marks_communes_overdue_and_late(office: Office) -> None:
    made = dt.date.today()  # the package below is dated by today's clock
    period = parse_period(f"{made.year}-H{1 if made.month <= 6 else 2}")
    with office.province() as province:
        communes.set_deadline(province, period.code, made + dt.timedelta(days=10))
        batch.import_files(province, packages(office)[:1])
        before = communes.overview(province, period, today=made + dt.timedelta(days=5))
        after = communes.overview(province, period, today=made + dt.timedelta(days=11))
        communes.set_deadline(province, period.code, made - dt.timedelta(days=1))
        late = communes.overview(province, period, today=made)
        with pytest.raises(ValidationError, match="trước ngày bắt đầu"):
            communes.set_deadline(province, period.code, period.start - dt.timedelta(days=1))
        assert [d.period for d in communes.deadlines(province)] == [period.code]
    assert before.deadline == made + dt.timedelta(days=10)
    assert before.count(PeriodState.OVERDUE) == 0 and before.count(PeriodState.SENT) == 1
    assert after.count(PeriodState.OVERDUE) == 93 and after.count(PeriodState.SENT) == 1
    assert late.count(PeriodState.LATE) == 1


def test_packages_that_never_arrived_are_shown_as_gaps(office: Office, tmp_path: Path) -> None:
    code = office.codes[0]
    with office.commune(code) as commune:  # package 2 is lost on the way; 3 arrives
        exchange.export_package(commune, tmp_path, passphrase=COMMUNE_PASS, encrypt=False)
        third = exchange.export_package(commune, tmp_path, passphrase=COMMUNE_PASS, encrypt=False)
    with office.province() as province:
        batch.import_files(province, [third.path])
        row = communes.find(province, code)
    assert row.sequence_gaps == (1, 2)
    assert row.missing_evidence == 0
    with office.province() as province:  # the older package 1 can no longer be applied
        late = batch.import_files(province, packages(office)[:1]).results[0]
        assert late.outcome is ImportOutcome.REFUSED and "cũ hơn" in late.reason
        assert communes.find(province, code).sequence_gaps == (1, 2)


def test_enrolment_needs_the_digits_and_refuses_another_provinces_commune(
    office: Office, tmp_path: Path
) -> None:
    code = office.codes[2]
    with office.province() as province:
        with pytest.raises(SignatureError, match="không khớp"):
            communes.enrol(province, office.enrolment(code), "12345 67890")
        communes.enrol(province, office.enrolment(code), office.fingerprint(code))
        assert communes.find(province, code).key_state is KeyState.ACTIVE
        with pytest.raises(ValidationError, match="chính đơn vị này"):
            communes.read_enrolment(province, office.enrolment("48"))
        with pytest.raises(ValidationError, match="thuộc Thành phố Hà Nội, không thuộc"):
            communes.read_enrolment(province, _stranger(tmp_path))
        communes.revoke(province, code, "Máy tính của xã bị mất")
        assert communes.find(province, code).key_state is KeyState.REVOKED
        history = communes.key_history(province, code)
    assert len(history) == 1 and history[0].revoked_at is not None


def _stranger(tmp_path: Path) -> Path:
    """The enrolment file of a commune of another province (Phường Hoàn Kiếm, Hà Nội)."""
    with init_workspace(tmp_path / "ha-noi", unit_code="00070") as other:
        workspace_keys.create_key(other, COMMUNE_PASS)
        workspace_keys.export_enrolment(other, COMMUNE_PASS, tmp_path)
    return tmp_path / "dang-ky-khoa-00070.json"


def test_the_commune_list_workbook_has_a_row_per_commune_and_totals(
    office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "don-vi.xlsx"
    with office.province() as province:
        batch.import_files(province, packages(office))
        communes.export_xlsx(province, out, parse_period("2026-H2"))
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "DANH SÁCH ĐƠN VỊ CẤP DƯỚI GỬI GÓI DỮ LIỆU"
    assert len(rows) == 4 + 94 + 1
    assert rows[-1][2] == "Tổng cộng" and rows[-1][10] == 2 * len(NAMES)
