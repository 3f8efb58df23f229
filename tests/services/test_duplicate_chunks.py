"""A package of many models is compared a chunk at a time: the same flags and notes as at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from dvk_desktop.services import duplicate_scan, duplicates, exchange, models
from tests.factories import complete_input
from tests.upper import ALIKE_AT_B, COMMUNE_PASS, Office, build_office, copy_office

# Alike names (tests.upper), and two more alike only to each other.
ALIKE = [*ALIKE_AT_B, "Camera an ninh tự quản", "Camera an ninh tự quản khu dân cư"]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Office, list[Path]]:
    """Two communes registering alike names, each package exported once."""
    office = build_office(tmp_path_factory.mktemp("office") / "o", 2)
    sent = []
    for code, names in zip(office.codes, (ALIKE, ALIKE[::-1]), strict=True):
        with office.commune(code) as commune:
            for name in names:
                models.create_model(commune, complete_input(commune, name=name))
            sent.append(
                exchange.export_package(
                    commune, office.usb, passphrase=COMMUNE_PASS, encrypt=False
                ).path
            )
    return office, sent


def _imported(office: Office, sent: list[Path]) -> tuple[set[tuple[object, ...]], list[str]]:
    with office.province() as province:
        notes: list[str] = []
        for package in sent:
            notes = exchange.import_package(province, package).notes
        flags = {
            (f.kind, frozenset((f.model.uuid, f.other.uuid)), f.score, f.detail)
            for f in duplicates.list_flags(province)
        }
    return flags, notes


def test_a_package_larger_than_a_chunk_raises_the_flags_and_notes_of_one_comparison(
    prepared: tuple[Office, list[Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, sent = prepared
    at_once = _imported(copy_office(office, tmp_path / "once"), sent)
    # Four models at a time: each chunk's flags are stored before the next is compared, and
    # a pair found again from its other side (a later chunk) is not stored twice.
    monkeypatch.setattr(duplicate_scan, "SCAN_CHUNK", 4)
    chunked = _imported(copy_office(office, tmp_path / "chunks"), sent)
    assert len(at_once[0]) > 10 and chunked[0] == at_once[0]
    # The same ten named (ties in the list's order, which is the order stored) and the rest
    # counted in the same words.
    assert len(chunked[1]) == len(at_once[1]) == 11 and chunked[1][-1] == at_once[1][-1]
    assert len(set(chunked[1][:10]) & set(at_once[1][:10])) >= 5


def _scan_everything(office: Office) -> set[tuple[object, ...]]:
    """The reviewer's "look for duplicates again" over every model; the flags then held."""
    with office.province() as province:
        with province.sessions() as session, session.begin():
            duplicates.find_flags(session)
        return {
            (f.kind, frozenset((f.model.uuid, f.other.uuid)), f.score, f.detail)
            for f in duplicates.list_flags(province)
        }


def test_the_reviewers_scan_of_everything_in_chunks_stores_each_pair_once(
    prepared: tuple[Office, list[Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, sent = prepared
    at_once, chunked = copy_office(office, tmp_path / "a"), copy_office(office, tmp_path / "b")
    for copy in (at_once, chunked):
        _imported(copy, sent)
    expected = _scan_everything(at_once)
    monkeypatch.setattr(duplicate_scan, "SCAN_CHUNK", 3)
    assert _scan_everything(chunked) == expected
    with chunked.province() as province, province.sessions() as session:
        pairs = session.execute(
            text("SELECT kind, model_id, other_model_id FROM duplicate_flag")
        ).all()
    assert len(pairs) == len(set(pairs)) == len(expected)  # none stored twice
