"""Duplicates across communes: similar names, one photo on many models, re-registrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from dvk_desktop.domain.similarity import DuplicateKind
from dvk_desktop.domain.vocab import Novelty
from dvk_desktop.errors import Cancelled, ValidationError
from dvk_desktop.progress import CancelToken
from dvk_desktop.services import duplicate_rows, duplicates, exchange, models
from dvk_desktop.services.evidence import add_evidence
from dvk_desktop.services.exchange import batch
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input
from tests.upper import (
    ALIKE_AT_B,
    COMMUNE_PASS,
    NAMES,
    Office,
    build_office,
    copy_office,
    packages,
)


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("office") / "o", 2)


@pytest.fixture
def office(office_template: Office, tmp_path: Path) -> Office:
    return copy_office(office_template, tmp_path / "o")


def _resend(office: Office, code: str) -> Path:
    with office.commune(code) as commune:
        sent = exchange.export_package(commune, office.usb, passphrase=COMMUNE_PASS, encrypt=False)
    return sent.path


def test_the_same_names_from_two_communes_are_flagged_on_import(office: Office) -> None:
    first, second = packages(office)
    with office.province() as province:
        assert exchange.import_package(province, first).notes == []  # nothing to compare yet
        result = exchange.import_package(province, second)
        assert result.status == "imported" and result.created == len(NAMES)  # never blocks
        notes = [n for n in result.notes if n.startswith("Có thể trùng")]
        assert len(notes) == len(NAMES)
        assert "Tên gần giống (100%)" in notes[0]
        flags = duplicates.list_flags(province)
        assert {f.kind for f in flags} == {DuplicateKind.NAME}
        assert all(f.model.unit_code != f.other.unit_code for f in flags)
        assert {f.model.name for f in flags} == {f"{n} thôn 1" for n in NAMES}
        counts = duplicates.open_counts(province)
        assert len(counts) == 2 * len(NAMES) and set(counts.values()) == {1}
        assert len(duplicates.list_flags(province, commune=office.codes[0])) == len(NAMES)


def test_one_photo_on_models_of_two_communes_and_two_models_is_flagged(
    office: Office, tmp_path: Path
) -> None:
    photo = tmp_path / "anh-chung.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"reused photo" * 500)
    for n, code in enumerate(office.codes):
        with office.commune(code) as commune:
            for name in ("Hũ gạo tình thương", "Dòng họ khuyến học")[: 2 - n]:
                uuid = models.create_model(commune, complete_input(commune, name=name))
                add_evidence(commune, uuid, photo, caption="Ảnh", taken_on=dt.date(2026, 5, 1))
    with office.province() as province:
        for code in office.codes:
            exchange.import_package(province, _resend(office, code))
        shared = [f for f in duplicates.list_flags(province) if f.kind is DuplicateKind.EVIDENCE]
    assert len(shared) == 3  # three models hold it: every pair of them
    assert {f.detail for f in shared} == {"anh-chung.jpg"}
    assert "Cùng tệp minh chứng" in shared[0].reason
    assert sum(f.model.unit_code == f.other.unit_code for f in shared) == 1


def test_a_model_registered_again_a_year_later_is_flagged_unless_maintained(
    office: Office,
) -> None:
    code = office.codes[0]
    with office.commune(code) as commune:
        new = lambda name, year, **kw: models.create_model(  # noqa: E731
            commune, complete_input(commune, name=name, year=year, **kw)
        )
        new("Ngôi nhà xanh vì môi trường", 2025)
        new("Ngôi nhà xanh - Vì môi trường", 2026)  # registered again as if new
        earlier = new("Dòng họ khuyến học", 2025)
        new("Dòng họ khuyến học", 2026, novelty=Novelty.MAINTAINED,
            continues_uuid=earlier)  # fmt: skip
    with office.province() as province:
        exchange.import_package(province, _resend(office, code))
        flags = [f for f in duplicates.list_flags(province) if f.model.unit_code == code]
    again = [f for f in flags if f.kind is DuplicateKind.REREGISTERED]
    assert [{f.model.name, f.other.name} for f in again] == [
        {"Ngôi nhà xanh vì môi trường", "Ngôi nhà xanh - Vì môi trường"}
    ]
    assert "không ghi là duy trì" in again[0].reason
    linked = [f for f in flags if "Dòng họ" in f.model.name + f.other.name]
    assert linked == []


def test_not_a_duplicate_stays_quiet_after_rescans_and_new_packages(office: Office) -> None:
    with office.province() as province:
        for path in packages(office):
            exchange.import_package(province, path)
        flags = duplicates.list_flags(province)
        dismissed = duplicates.dismiss(province, flags[0].id, note="Hai xã, hai mô hình riêng")
        assert dismissed.dismissed and dismissed.dismissed_note == "Hai xã, hai mô hình riêng"
        with pytest.raises(ValidationError, match="đã được đánh dấu"):
            duplicates.dismiss(province, flags[0].id)
        assert duplicates.scan(province) == 0
        exchange.import_package(province, _resend(office, office.codes[1]))
        still = duplicates.list_flags(province)
        assert flags[0].id not in {f.id for f in still} and len(still) == len(flags) - 1
        everything = duplicates.list_flags(province, include_dismissed=True)
        assert everything[-1].id == flags[0].id and everything[-1].dismissed


def test_a_new_model_is_flagged_with_its_five_closest_at_home_and_elsewhere(
    office: Office,
) -> None:
    """A reviewer reads the few nearest names, not every commune that used the same words."""
    from dvk_desktop.domain.similarity import score

    ours = "Hũ gạo tình thương giúp hộ nghèo"
    a, b = office.codes
    # One name in seven places and years (a commune refuses the same name twice in a year).
    cameras = [f"Tủ sách cộng đồng thôn {n}" for n in range(1, 8)]
    with office.commune(b) as commune:
        for name in ALIKE_AT_B:
            models.create_model(commune, complete_input(commune, name=name))
        for year, name in enumerate(cameras, 2020):
            models.create_model(commune, complete_input(commune, name=name, year=year))
    with office.commune(a) as commune:
        models.create_model(commune, complete_input(commune, name=ours))
    with office.province() as province:
        exchange.import_package(province, _resend(office, b))
        exchange.import_package(province, _resend(office, a))
        flags = duplicates.list_flags(province)
    mine = [f for f in flags if ours in (f.model.name, f.other.name) and a in
            (f.model.unit_code, f.other.unit_code)]  # fmt: skip
    partners = sorted(f.partner(f.model.uuid if f.model.unit_code == a else f.other.uuid).name
                      for f in mine)  # fmt: skip
    assert partners == sorted(ALIKE_AT_B[:5])  # 100, 96, 94, 89, 89; not the 87 and the 85
    # At its own commune too, each model names its five closest alike (earliest on a tie), so
    # every one of the seven is flagged, and no list is longer than five.
    same = [f for f in flags if f.model.unit_code == f.other.unit_code == b]
    at_b = {frozenset((f.model.name, f.other.name)) for f in same if "Hũ gạo" in f.model.name}
    expected = set()
    for x in ALIKE_AT_B:
        others = [y for y in ALIKE_AT_B if y != x and score(x, y) >= 85]
        closest = sorted(others, key=lambda y: (-score(x, y), ALIKE_AT_B.index(y)))[:5]
        expected |= {frozenset((x, y)) for y in closest}
    assert at_b == expected
    assert {n for pair in at_b for n in pair} == set(ALIKE_AT_B)
    # Seven equal names: each names the five earliest others, so the last two never meet.
    camera_pairs = {
        frozenset((f.model.name, f.other.name)) for f in same if "Tủ sách" in f.model.name
    }
    assert len(camera_pairs) == 21 - 1 and frozenset(cameras[5:]) not in camera_pairs


# The duplicate scan keeps the held models between imports (a SQLite connection's temporary
# table beside them): the same flags as reading them all anew, whatever changed meanwhile.
_KEPT = pytest.mark.sqlite_only("the kept rows are a SQLite connection's temporary table")
Step = Callable[[WorkspaceHandle], Any]


def _stored(handle: WorkspaceHandle) -> list[tuple[Any, ...]]:
    """Every flag as stored, by id, with the uuids of its models (ids alone could agree)."""
    with handle.sessions() as session:
        return [
            tuple(row)
            for row in session.execute(
                text(
                    "SELECT f.id, f.kind, a.uuid, b.uuid, f.score, f.detail FROM duplicate_flag f"
                    " JOIN dvk_model a ON a.id = f.model_id"
                    " JOIN dvk_model b ON b.id = f.other_model_id ORDER BY f.id"
                )
            )
        ]


def _run(office: Office, steps: list[Step], *, one_handle: bool) -> tuple[list[Any], list[Any]]:
    """The steps' results and the flags after them: on one open workspace, or each on its own.

    Opened anew, a workspace has no kept rows: every scan reads them all, as before.
    """
    results = []
    if one_handle:
        with office.province() as handle:
            results = [step(handle) for step in steps]
            return results, _stored(handle)
    for step in steps:
        with office.province() as handle:
            results.append(step(handle))
    with office.province() as handle:
        return results, _stored(handle)


def _both(office_template: Office, tmp_path: Path, steps: list[Step]) -> None:
    kept = _run(copy_office(office_template, tmp_path / "kept"), steps, one_handle=True)
    anew = _run(copy_office(office_template, tmp_path / "anew"), steps, one_handle=False)
    assert kept[1], "the packages' alike names raise flags"
    assert kept == anew


def _import(n: int) -> Step:
    def step(handle: WorkspaceHandle) -> Any:
        result = exchange.import_package(handle, packages_of(handle)[n])
        return result.status, result.created, result.notes

    return step


def packages_of(handle: WorkspaceHandle) -> list[Path]:
    return packages(Office(handle.paths.root.parent))


def _sql(statement: str) -> Step:
    """A change made beside the imports (another window, another program)."""

    def step(handle: WorkspaceHandle) -> None:
        with open_workspace(handle.paths.root) as other, other.sessions() as s, s.begin():
            s.execute(text(statement))

    return step


def _sql_here(statement: str) -> Step:
    """A change made through the importing workspace itself, between two imports."""

    def step(handle: WorkspaceHandle) -> None:
        with handle.sessions() as session, session.begin():
            session.execute(text(statement))

    return step


def _scan_all(handle: WorkspaceHandle) -> int:
    """The reviewer's "look for duplicates again" over every model."""
    with handle.sessions() as session, session.begin():
        return len(duplicates.find_flags(session))


@_KEPT
def test_a_batch_raises_the_same_flags_and_notes_as_each_package_imported_alone(
    office_template: Office, tmp_path: Path
) -> None:
    def whole_batch(handle: WorkspaceHandle) -> Any:
        summary = batch.import_files(handle, packages_of(handle))
        return [(r.outcome, r.created, r.notes) for r in summary.results]

    kept = _run(copy_office(office_template, tmp_path / "kept"), [whole_batch], one_handle=True)
    alone = _run(
        copy_office(office_template, tmp_path / "anew"),
        [_import(0), _import(1)],
        one_handle=False,
    )
    assert kept[1] == alone[1] and len(kept[1]) > 0
    assert [list(notes) for _o, _c, notes in kept[0][0]] == [notes for _s, _c, notes in alone[0]]


@_KEPT
def test_models_changed_or_deleted_between_imports_are_scanned_as_they_now_are(
    office_template: Office, tmp_path: Path
) -> None:
    first = "(SELECT min(id) FROM dvk_model)"
    _both(
        office_template,
        tmp_path,
        [
            _import(0),
            # Renamed elsewhere: no longer alike; moved to another year: re-registered.
            _sql(f"UPDATE dvk_model SET name = 'Hũ gạo tình thương' WHERE id = {first}"),
            _sql_here(f"UPDATE dvk_model SET year = year - 1 WHERE id = {first} + 1"),
            _sql(f"DELETE FROM duplicate_flag WHERE model_id = {first} + 2"
                 f" OR other_model_id = {first} + 2"),
            _sql(f"DELETE FROM model_indicator WHERE model_id = {first} + 2"),
            _sql(f"DELETE FROM model_review WHERE model_id = {first} + 2"),
            _sql(f"DELETE FROM status_change WHERE model_id = {first} + 2"),
            _sql(f"DELETE FROM evidence WHERE model_id = {first} + 2"),
            _sql(f"DELETE FROM dvk_model WHERE id = {first} + 2"),
            _import(1),
        ],
    )  # fmt: skip


@_KEPT
def test_a_scan_rolled_back_with_its_import_is_not_kept(
    office_template: Office, tmp_path: Path
) -> None:
    def cancelled_while_comparing(handle: WorkspaceHandle) -> str:
        token = CancelToken()

        class Clerk:
            def report(self, done: int, total: int, message: str = "") -> None:
                if message == "Tìm mô hình có thể trùng":
                    token.cancel()

        try:
            exchange.import_package(handle, packages_of(handle)[1], reporter=Clerk(), cancel=token)
        except Cancelled:
            return "cancelled"
        return "imported"

    _both(
        office_template,
        tmp_path,
        [_import(0), cancelled_while_comparing, _scan_all, _import(1), _scan_all],
    )


def _trace(handle: WorkspaceHandle, statements: list[str]) -> None:
    """Every SQL statement the workspace's connections send from now on, into ``statements``."""
    event.listen(
        handle.engine,
        "checkout",
        lambda dbapi, _record, _proxy: dbapi.set_trace_callback(statements.append),
    )


@_KEPT
def test_the_next_import_reads_only_the_models_that_changed(office: Office) -> None:
    statements: list[str] = []
    with office.province() as province:
        _trace(province, statements)
        files = packages(office)
        exchange.import_package(province, files[0])
        whole = [s for s in statements if s.endswith("FROM dvk_model ORDER BY id")]
        assert len(whole) == 1  # the first scan reads every model
        statements.clear()
        result = exchange.import_package(province, files[1])
    assert any(n.startswith("Có thể trùng") for n in result.notes)
    assert not [s for s in statements if s.endswith("FROM dvk_model ORDER BY id")]
    # Only this workspace wrote: what changed is known from its own log, no held row is
    # compared with the copy (that comparison grew with every package of a batch).
    assert not [s for s in statements if "LEFT JOIN temp.dvk_scan_held" in s]


@_KEPT
def test_a_change_from_another_program_between_imports_is_compared_row_by_row(
    office: Office,
) -> None:
    statements: list[str] = []
    with office.province() as province:
        _trace(province, statements)
        first, second = packages(office)
        exchange.import_package(province, first)
        _sql("UPDATE dvk_model SET name = 'Hũ gạo tình thương' WHERE id = 1")(province)
        statements.clear()
        exchange.import_package(province, second)
    assert [s for s in statements if "LEFT JOIN temp.dvk_scan_held" in s]


@_KEPT
def test_a_province_too_large_to_keep_reads_its_models_anew_each_time(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(duplicate_rows, "KEEP_AT_MOST", len(NAMES) - 1)  # not one package
    statements: list[str] = []
    with office.province() as province:
        _trace(province, statements)
        first, second = packages(office)
        exchange.import_package(province, first)
        statements.clear()
        result = exchange.import_package(province, second)
        assert len([s for s in statements if s.endswith("FROM dvk_model ORDER BY id")]) == 1
        assert len(duplicates.list_flags(province)) == len(NAMES)
    assert any(n.startswith("Có thể trùng") for n in result.notes)
