"""The commune head's sign-off reaches the upper level with the proposal it vouches for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dvk_desktop.domain.vocab import Status
from dvk_desktop.services import editor_locks, exchange, locks, models
from dvk_desktop.services.exchange.import_ import PackageRefusedError
from dvk_desktop.storage.models import ModelSignOff
from tests.factories import complete_input
from tests.packaging.exchange import (
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
    forge,
    state_of,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    return build_exchange(tmp_path_factory.mktemp("signoffs") / "ex")


@pytest.fixture
def ex(template: Exchange, tmp_path: Path) -> Exchange:
    return copy_exchange(template, tmp_path / "ex")


def signed_model(ex: Exchange, *, withdraw: bool = False) -> str:
    with ex.commune() as commune:
        uuid = models.create_model(commune, complete_input(commune, name="Sân chơi thiếu nhi"))
        models.change_status(commune, uuid, Status.IMPLEMENTING)
        editor_locks.sign_off(commune, uuid, signer="Trần Văn Hùng", position="Chủ tịch UBND")
        if withdraw:
            editor_locks.withdraw_sign_off(commune, uuid, actor="Trần Văn Hùng")
        else:
            models.change_status(commune, uuid, Status.PROPOSED)
    return uuid


def test_the_upper_level_sees_who_signed_off_the_proposal(ex: Exchange) -> None:
    uuid = signed_model(ex)
    package = export_plain(ex)
    with ex.upper() as upper:
        assert locks.sign_off_of(upper, uuid) is None  # not yet received
        exchange.import_package(upper, package)
        shown = locks.sign_off_of(upper, uuid)
        assert shown is not None and shown.current
        assert (shown.signer, shown.position) == ("Trần Văn Hùng", "Chủ tịch UBND")
        # The same package again adds nothing: the sign-off is kept by its UUID.
        assert exchange.import_package(upper, package).status == "already"
        with upper.sessions() as s:
            assert len(s.scalars(select(ModelSignOff)).all()) == 1


def test_a_withdrawn_sign_off_arrives_withdrawn(ex: Exchange) -> None:
    uuid = signed_model(ex, withdraw=True)
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        assert locks.sign_off_of(upper, uuid) is None
        with upper.sessions() as s:
            [row] = s.scalars(select(ModelSignOff)).all()
            assert row.withdrawn_at is not None  # history, as the commune keeps it


def test_a_sign_off_moved_onto_another_model_is_refused(ex: Exchange) -> None:
    uuid = signed_model(ex)
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
    with ex.commune() as commune:
        other = next(m for m in exchange_models(commune) if m != uuid)

    def moving(records: dict[str, Any]) -> dict[str, Any]:
        for s in records["sign_offs"]:
            s["model_uuid"] = other  # the head signed one dossier, not this one
        return records

    valid = export_plain(ex)
    forged = forge(valid, ex.root / "forged.dvkpkg", ex.commune_key(), records=moving)
    valid.unlink()
    before = state_of(ex.upper_dir)
    with ex.upper() as upper:
        with pytest.raises(PackageRefusedError) as caught:
            exchange.import_package(upper, forged)
        assert any("mô hình khác" in p for p in caught.value.check.problems)
        assert locks.sign_off_of(upper, other) is None
    assert state_of(ex.upper_dir) == before


def exchange_models(handle: Any) -> list[str]:
    from dvk_desktop.storage.queries.models import ModelFilter, list_models

    with handle.sessions() as session:
        return [r.uuid for r in list_models(session, ModelFilter())]
