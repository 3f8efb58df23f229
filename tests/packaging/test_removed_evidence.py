"""Evidence the commune takes off its dossier is taken off above; a locked dossier keeps its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind, Status
from dvk_desktop.services import evidence, exchange, models, review
from dvk_desktop.services.decisions import DecisionInput, record_decision
from dvk_desktop.services.exchange.import_ import PackageRefusedError
from dvk_desktop.storage.models import AuditEntry
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from tests.packaging.exchange import (
    COMMUNE,
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
    forge,
    state_of,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    ex = build_exchange(tmp_path_factory.mktemp("removed") / "ex")
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
    return ex


@pytest.fixture
def ex(template: Exchange, tmp_path: Path) -> Exchange:
    return copy_exchange(template, tmp_path / "ex")


def model_uuids(ex: Exchange) -> list[str]:
    with ex.upper() as upper, upper.sessions() as session:
        return sorted(m.uuid for m in list_models(session, ModelFilter()))


def held(handle: Any, uuid: str) -> list[str]:
    return [e.original_name for e in evidence.list_evidence(handle, uuid)]


def send_down(ex: Exchange) -> None:
    with ex.upper() as upper:
        package = exchange.export_package(
            upper, ex.usb, passphrase=UPPER_PASS, kind="decisions", recipient_code=COMMUNE,
            encrypt=False,
        ).path  # fmt: skip
    with ex.commune() as commune:
        exchange.import_package(commune, package)


def test_a_photo_taken_off_a_returned_dossier_is_taken_off_above(ex: Exchange) -> None:
    uuid = model_uuids(ex)[0]
    with ex.upper() as upper:
        models.change_status(upper, uuid, Status.IMPLEMENTING, note="Bổ sung minh chứng")
        assert len(held(upper, uuid)) == 1
    send_down(ex)
    with ex.commune() as commune:
        [photo] = evidence.list_evidence(commune, uuid)
        evidence.remove_evidence(commune, photo.uuid)
    package = export_plain(ex)
    with ex.upper() as upper:
        result = exchange.import_package(upper, package)
        assert held(upper, uuid) == []
        assert any("đã gỡ theo" in n for n in result.notes), result.notes
        with upper.sessions() as s:
            actions = s.scalars(
                select(AuditEntry.action).where(AuditEntry.entity_uuid == photo.uuid)
            ).all()
        assert "remove" in actions
        # The other models' evidence is untouched, and the same package again changes nothing.
        assert all(len(held(upper, u)) == 1 for u in model_uuids(ex)[1:])
        assert exchange.import_package(upper, package).status == "already"


def test_a_removal_on_a_recognised_dossier_is_set_aside(ex: Exchange) -> None:
    uuid = model_uuids(ex)[1]
    with ex.upper() as upper:
        review.set_review(upper, uuid, ReviewState.ACCEPTED, actor="Nguyễn Văn Bình")
        record_decision(
            upper,
            DecisionInput(
                DecisionKind.RECOGNITION, "15/QĐ-BTGDVTU", dt.date(2026, 11, 20),
                "Ban Tuyên giáo và Dân vận Thành ủy", [uuid],
            ),
            today=dt.date(2026, 11, 30),
        )  # fmt: skip
    with ex.commune() as commune:
        [photo] = evidence.list_evidence(commune, uuid)

    def removing(records: dict[str, Any]) -> dict[str, Any]:
        # What an older or buggy commune program could send: the removal, not a request.
        records["evidence"] = [e for e in records["evidence"] if e["uuid"] != photo.uuid]
        records["removed_evidence"] = [
            {"uuid": photo.uuid, "model_uuid": uuid, "removed_at": "2026-11-25T08:00:00+00:00"}
        ]
        return records

    valid = export_plain(ex)
    forged = forge(
        valid, ex.root / "forged.dvkpkg", ex.commune_key(), records=removing,
        drop={f"data/evidence/{photo.sha256}"},
    )  # fmt: skip
    valid.unlink()
    with ex.upper() as upper:
        result = exchange.import_package(upper, forged)
        assert held(upper, uuid) == [photo.original_name]
        assert any("đang khóa" in n for n in result.notes), result.notes


@pytest.mark.parametrize("wrong", ["another_model", "kept_and_removed"])
def test_a_removal_that_does_not_add_up_is_refused(ex: Exchange, wrong: str) -> None:
    first, second = model_uuids(ex)[:2]
    with ex.commune() as commune:
        [photo] = evidence.list_evidence(commune, first)

    def removing(records: dict[str, Any]) -> dict[str, Any]:
        if wrong == "another_model":  # names one model's photo as another's
            records["evidence"] = [e for e in records["evidence"] if e["uuid"] != photo.uuid]
        model = second if wrong == "another_model" else first
        records["removed_evidence"] = [
            {"uuid": photo.uuid, "model_uuid": model, "removed_at": "2026-11-25T08:00:00+00:00"}
        ]
        return records

    valid = export_plain(ex)
    forged = forge(
        valid, ex.root / "forged.dvkpkg", ex.commune_key(), records=removing,
        drop={f"data/evidence/{photo.sha256}"} if wrong == "another_model" else None,
    )  # fmt: skip
    valid.unlink()
    before = state_of(ex.upper_dir)
    with ex.upper() as upper:
        with pytest.raises(PackageRefusedError) as caught:
            exchange.import_package(upper, forged)
        expected = "mô hình khác" if wrong == "another_model" else "vừa được ghi là đã gỡ"
        assert any(expected in p for p in caught.value.check.problems), caught.value.check.problems
        assert held(upper, first) == [photo.original_name]
        assert exchange.verify_package(upper, forged).problems  # verify says the same
    assert state_of(ex.upper_dir) == before
