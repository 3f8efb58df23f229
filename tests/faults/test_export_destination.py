"""A USB stick pulled out mid-export: the ledger matches the stick and the message says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from dvk_desktop.services import exchange
from dvk_desktop.storage.faults import MediaRemovedError
from dvk_desktop.storage.models import PackageLedger, Setting
from dvk_desktop.storage.recovery import PENDING_EXPORT, note_pending_export
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.packaging.exchange import COMMUNE_PASS, Exchange, build_exchange, copy_exchange


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    return build_exchange(tmp_path_factory.mktemp("exchange") / "ex")


class PullsTheStick:
    """A progress reporter that pulls the stick out once packing has started."""

    def __init__(self, stick: Path, staging: Path) -> None:
        self.stick = stick
        self.staging = staging
        self.plaintext_seen: list[str] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        # While packing, nothing readable may exist on the computer's disk either.
        self.plaintext_seen += [p.name for p in self.staging.rglob("*.dvkpkg") if p.is_file()]
        if message == "Đóng gói minh chứng" and self.stick.exists():
            shutil.rmtree(self.stick)


def _sent(handle: WorkspaceHandle) -> list[str]:
    with handle.readers() as session:
        return list(session.scalars(select(PackageLedger.file_name).where(
            PackageLedger.direction == "out")))  # fmt: skip


@pytest.mark.parametrize("encrypt", [True, False])
def test_a_stick_pulled_out_mid_export_is_named_and_leaves_no_ledger_entry(
    template: Exchange, tmp_path: Path, encrypt: bool
) -> None:
    ex = copy_exchange(template, tmp_path / "ex")
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    with ex.commune() as commune:
        puller = PullsTheStick(stick, commune.paths.root / ".staging")
        with pytest.raises(MediaRemovedError) as info:
            exchange.export_package(commune, stick, passphrase=COMMUNE_PASS, encrypt=encrypt,
                                    reporter=puller)  # fmt: skip
        assert "USB đã bị rút ra" in info.value.message
        assert _sent(commune) == []  # was "sent" in 2 of 9 runs while the file was gone
        assert puller.plaintext_seen == []
        # Plugged in again, the next export works and takes the next number.
        stick.mkdir()
        result = exchange.export_package(commune, stick, passphrase=COMMUNE_PASS,
                                         encrypt=encrypt)  # fmt: skip
        assert _sent(commune) == [result.path.name]
        assert sorted(p.name for p in stick.iterdir()) == [result.path.name]


def test_an_entry_whose_file_never_reached_the_stick_is_dropped_on_next_open(
    template: Exchange, tmp_path: Path
) -> None:
    ex = copy_exchange(template, tmp_path / "ex")
    with ex.commune() as commune:
        result = exchange.export_package(commune, ex.usb, passphrase=COMMUNE_PASS)
        kept, lost = result.path, ex.usb / "dvk-00070-gui-01-00099.dvkpkg.age"
        with commune.sessions() as session, session.begin():
            entry = session.scalars(select(PackageLedger)).one()
            # As if killed after the entry was committed and before the rename...
            session.add(PackageLedger(
                direction="out", sender_unit_code="00070", recipient_unit_code="01",
                sequence=99, package_sha256="0" * 64, file_name=lost.name,
            ))  # fmt: skip
            session.flush()
            ghost = session.scalars(
                select(PackageLedger.id).where(PackageLedger.sequence == 99)
            ).one()
            note_pending_export(session, ghost, lost)
            # ... and one killed after its rename, before the note was cleared.
            note_pending_export(session, entry.id, kept)
    with open_workspace(ex.commune_dir) as again:
        assert _sent(again) == [kept.name]
        with again.readers() as session:
            notes = session.scalars(
                select(Setting.key).where(Setting.key.like(f"{PENDING_EXPORT}%"))
            )
            assert list(notes) == []


def test_an_interrupted_export_decides_nothing_while_the_stick_is_away(
    template: Exchange, tmp_path: Path
) -> None:
    ex = copy_exchange(template, tmp_path / "ex")
    away = tmp_path / "not-plugged-in" / "dvk-00070-gui-01-00005.dvkpkg.age"
    with ex.commune() as commune, commune.sessions() as session, session.begin():
        session.add(PackageLedger(direction="out", sender_unit_code="00070",
                                  recipient_unit_code="01", sequence=5, package_sha256="1" * 64,
                                  file_name=away.name))  # fmt: skip
        session.flush()
        note_pending_export(session, session.scalars(select(PackageLedger.id)).one(), away)
    with open_workspace(ex.commune_dir) as again:
        assert _sent(again) == [away.name]  # kept until the stick is back to be looked at
