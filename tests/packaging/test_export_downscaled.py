"""Exporting with photo downscaling on: the upper level gets reduced copies, originals stay."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from dvk_desktop.domain.vocab import DecisionKind
from dvk_desktop.services import decisions, exchange
from dvk_desktop.services.evidence import add_evidence, list_evidence
from dvk_desktop.services.workspace_setup import set_settings
from dvk_desktop.storage.models import DvkModel, Evidence, EvidenceDerivative
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.packaging.exchange import (
    COMMUNE,
    COMMUNE_PASS,
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
    members,
)
from tests.services.test_evidence_derivatives import make_photo

PHOTO, SMALL, PDF = "le-khanh-thanh.jpg", "nho.jpg", "bien-ban.pdf"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    """The usual exchange, plus a large sideways photo, a small photo and a PDF on one model."""
    ex = build_exchange(tmp_path_factory.mktemp("downscale") / "ex")
    files = ex.root / "files"
    files.mkdir()
    make_photo(files / PHOTO, (4000, 3000), orientation=6, gps=True)
    make_photo(files / SMALL, (800, 600))
    (files / PDF).write_bytes(b"%PDF-1.4\n" + b"1 0 obj << >> endobj\n" * 3000 + b"%%EOF\n")
    with ex.commune() as commune:
        with commune.sessions() as session:
            model = session.scalars(select(DvkModel.uuid).order_by(DvkModel.id)).first()
        assert model is not None
        for name in (PHOTO, SMALL, PDF):
            add_evidence(commune, model, files / name, caption=name)
    return ex


@pytest.fixture
def ex(template: Exchange, tmp_path: Path) -> Exchange:
    return copy_exchange(template, tmp_path / "ex")


def _downscale(ex: Exchange, on: bool) -> None:
    with ex.commune() as commune:
        set_settings(commune, {"downscale_photos": "1" if on else "0"})


def _commune_evidence(handle: WorkspaceHandle) -> dict[str, tuple[str, str, int, str]]:
    """Every evidence of the commune by file name: (uuid, sha256, size, media type)."""
    with handle.sessions() as session:
        uuids = [r.uuid for r in list_models(session, ModelFilter())]
    return {
        e.original_name: (e.uuid, e.sha256, e.size, e.media_type)
        for uuid in uuids
        for e in list_evidence(handle, uuid)
    }


def _records(package: Path) -> dict[str, Any]:
    parts = members(package)
    return {
        "records": json.loads(parts["data/records.json"]),
        "evidence": {
            n.removeprefix("data/evidence/"): body
            for n, body in parts.items()
            if n.startswith("data/evidence/")
        },
    }


def _derivatives(handle: WorkspaceHandle) -> list[tuple[str, str, dt.datetime]]:
    with handle.sessions() as session:
        return [
            (r.original_sha256, r.sha256, r.created_at)
            for r in session.scalars(select(EvidenceDerivative).order_by(EvidenceDerivative.sha256))
        ]


def test_the_package_carries_a_reduced_photo_that_the_upper_level_imports(ex: Exchange) -> None:
    _downscale(ex, True)
    with ex.commune() as commune:
        before = _commune_evidence(commune)
        photo_bytes = commune.evidence.path_for(before[PHOTO][1]).read_bytes()
    package = export_plain(ex)
    content = _records(package)

    uuid, original_sha, original_size, _ = before[PHOTO]
    entry = next(e for e in content["records"]["evidence"] if e["uuid"] == uuid)
    assert (entry["original_sha256"], entry["original_size"]) == (original_sha, original_size)
    assert entry["media_type"] == "image/jpeg" and entry["sha256"] != original_sha
    sent = content["evidence"][entry["sha256"]]
    assert len(sent) == entry["size"] < original_size
    with Image.open(io.BytesIO(sent)) as img:
        assert (img.format, img.size) == ("JPEG", (1200, 1600))
        assert len(img.getexif()) == 0  # no GPS position leaves the commune
    assert original_sha not in content["evidence"]
    # Small photos, documents and files that are not readable photos travel unchanged.
    for name, (_uuid, sha, size, _type) in before.items():
        if name != PHOTO:
            assert len(content["evidence"][sha]) == size
    # The commune keeps its original and its records as they were.
    with ex.commune() as commune:
        assert _commune_evidence(commune) == before
        assert commune.evidence.path_for(original_sha).read_bytes() == photo_bytes

    with ex.upper() as upper:
        result = exchange.import_package(upper, package, passphrase=UPPER_PASS)
        assert result.status == "imported" and not result.notes
        with upper.sessions() as session:
            row = session.scalars(select(Evidence).where(Evidence.uuid == uuid)).one()
            assert (row.sha256, row.size, row.media_type) == (
                entry["sha256"],
                entry["size"],
                "image/jpeg",
            )
            assert row.original_name == PHOTO and row.caption == PHOTO
        assert upper.evidence.verify(entry["sha256"])
        assert not upper.evidence.has(original_sha)


def test_with_the_setting_off_the_originals_are_sent(ex: Exchange) -> None:
    _downscale(ex, False)
    with ex.commune() as commune:
        before = _commune_evidence(commune)
    content = _records(export_plain(ex))
    assert {e["sha256"] for e in content["records"]["evidence"]} == {
        sha for _uuid, sha, _size, _type in before.values()
    }
    assert all("original_sha256" not in e for e in content["records"]["evidence"])
    assert len(content["evidence"][before[PHOTO][1]]) == before[PHOTO][2]
    with ex.commune() as commune:
        assert _derivatives(commune) == []


def test_a_second_export_reuses_the_copy_and_skips_what_the_upper_level_holds(
    ex: Exchange,
) -> None:
    _downscale(ex, True)
    first = export_plain(ex)
    with ex.commune() as commune:
        made = _derivatives(commune)
    derived = _records(first)["records"]["evidence"]
    reduced = next(e for e in derived if "original_sha256" in e)
    again = export_plain(ex)  # not yet acknowledged: sent again, but not made again
    assert reduced["sha256"] in _records(again)["evidence"]
    with ex.commune() as commune:
        assert _derivatives(commune) == made

    with ex.upper() as upper:
        exchange.import_package(upper, again, passphrase=UPPER_PASS)
        with upper.sessions() as session:
            uuids = list(session.scalars(select(DvkModel.uuid)))
        decisions.record_decision(
            upper,
            decisions.DecisionInput(
                DecisionKind.RECOGNITION, "3/QĐ", dt.date(2026, 10, 20), "Thành ủy", uuids[:1]
            ),
        )
        back = exchange.export_package(
            upper, ex.usb, passphrase=UPPER_PASS, kind="decisions", recipient_code=COMMUNE
        )
    with ex.commune() as commune:
        exchange.import_package(commune, back.path, passphrase=COMMUNE_PASS)
        third = exchange.export_package(commune, ex.usb, passphrase=COMMUNE_PASS, encrypt=False)
        assert _derivatives(commune) == made
    assert third.counts["evidence_files"] == 0
    content = _records(third.path)
    assert content["evidence"] == {}
    assert reduced in content["records"]["evidence"]  # still named, as the reduced copy
    with ex.upper() as upper:
        assert exchange.import_package(upper, third.path, passphrase=UPPER_PASS).status == (
            "imported"
        )


def test_the_original_replaces_the_reduced_copy_when_reduction_is_turned_off(
    ex: Exchange,
) -> None:
    _downscale(ex, True)
    with ex.commune() as commune:
        uuid, original_sha, original_size, media_type = _commune_evidence(commune)[PHOTO]
    reduced = export_plain(ex)
    _downscale(ex, False)
    full = export_plain(ex)
    assert original_sha in _records(full)["evidence"]  # the upper level never held it
    with ex.upper() as upper:
        for package in (reduced, full):
            assert exchange.import_package(upper, package, passphrase=UPPER_PASS).status == (
                "imported"
            )
        with upper.sessions() as session:
            row = session.scalars(select(Evidence).where(Evidence.uuid == uuid)).one()
            assert (row.sha256, row.size, row.media_type) == (
                original_sha,
                original_size,
                media_type,
            )
            assert row.original_name == PHOTO
        assert upper.evidence.verify(original_sha)
