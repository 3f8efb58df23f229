"""Photos reduced for sending: an upright 1600-pixel JPEG without metadata, made once."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import func, select

from dvk_desktop.errors import Cancelled
from dvk_desktop.progress import CancelToken
from dvk_desktop.services import models
from dvk_desktop.services.backup import purge_removed_evidence
from dvk_desktop.services.evidence import add_evidence, list_evidence, remove_evidence
from dvk_desktop.services.evidence_derivatives import copy_for_sending, reduce_photos_in_records
from dvk_desktop.services.exchange.records import check, collect
from dvk_desktop.services.workspace_setup import set_settings
from dvk_desktop.storage.models import EvidenceDerivative
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.conftest import COMMUNE
from tests.factories import complete_input

ORIENTATION, MAKE, GPS_IFD = 0x0112, 0x010F, 0x8825


def make_photo(
    path: Path,
    size: tuple[int, int],
    *,
    orientation: int | None = None,
    gps: bool = False,
    fmt: str = "JPEG",
    mode: str = "RGB",
) -> Path:
    """A photo-like image (smooth noise) with a red block in its top-left corner as stored."""
    w, h = size
    channels = [
        Image.effect_noise((max(1, w // 40), max(1, h // 40)), 80).resize(size, Image.BICUBIC)
        for _ in range(3)
    ]
    img = Image.merge("RGB", channels)
    ImageDraw.Draw(img).rectangle((0, 0, w // 8, h // 8), fill=(230, 0, 0))
    if mode == "RGBA":
        img = img.convert("RGBA")
        ImageDraw.Draw(img).rectangle((w // 2, h // 2, w, h), fill=(0, 0, 0, 0))
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION] = orientation
    if gps:
        exif[MAKE] = "Máy ảnh thôn 3"
        ifd = exif.get_ifd(GPS_IFD)
        ifd[1], ifd[2] = "N", (21.0, 1.0, 42.0)
        ifd[3], ifd[4] = "E", (105.0, 51.0, 12.0)
    params: dict[str, Any] = {"exif": exif} if len(exif) or gps else {}
    if fmt == "JPEG":
        params["quality"] = 92
    img.save(path, fmt, **params)
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _rows(handle: WorkspaceHandle) -> int:
    with handle.sessions() as session:
        return session.scalar(select(func.count()).select_from(EvidenceDerivative)) or 0


def _downscale(handle: WorkspaceHandle, on: bool) -> None:
    set_settings(handle, {"downscale_photos": "1" if on else "0"})


@pytest.fixture
def model(workspace: WorkspaceHandle) -> str:
    return models.create_model(workspace, complete_input(workspace))


@pytest.fixture
def big(tmp_path: Path) -> Path:
    """A 4000×3000 phone photo taken sideways (EXIF orientation 6) with its GPS position."""
    return make_photo(tmp_path / "le-ra-quan.jpg", (4000, 3000), orientation=6, gps=True)


def _add(handle: WorkspaceHandle, model: str, path: Path) -> Any:
    uuid = add_evidence(handle, model, path, caption=path.stem)
    return next(e for e in list_evidence(handle, model) if e.uuid == uuid)


def test_a_large_photo_gets_an_upright_1600_pixel_jpeg_without_metadata(
    workspace: WorkspaceHandle, model: str, big: Path
) -> None:
    original = big.read_bytes()
    with Image.open(big) as check:  # the test photo really carries what must not travel
        assert check.getexif().get_ifd(GPS_IFD)
    item = _add(workspace, model, big)

    copy = copy_for_sending(workspace, item.sha256, item.media_type)

    assert copy is not None
    sha, size = copy
    data = workspace.evidence.path_for(sha).read_bytes()
    assert (_sha(data), len(data)) == (sha, size)
    assert size < len(original)
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "JPEG"
        assert img.size == (1200, 1600)  # turned upright: the phone was held sideways
        red, green, _ = img.convert("RGB").getpixel((1200 - 20, 20))
        assert red > 180 and green < 60  # the stored top-left corner is now top right
        assert len(img.getexif()) == 0 and "exif" not in img.info
        assert "icc_profile" not in img.info
    # The original stays, byte for byte, and the commune's record still names it.
    assert workspace.evidence.path_for(item.sha256).read_bytes() == original
    after = list_evidence(workspace, model)
    assert [(e.sha256, e.size, e.media_type) for e in after] == [
        (_sha(original), len(original), "image/jpeg")
    ]


def test_records_name_the_reduced_copy_and_the_original_it_stands_for(
    workspace: WorkspaceHandle, model: str, big: Path, tmp_path: Path
) -> None:
    _downscale(workspace, True)
    photo = _add(workspace, model, big)
    small = _add(workspace, model, make_photo(tmp_path / "nho.jpg", (800, 600)))
    pdf_path = tmp_path / "bien-ban.pdf"
    pdf_path.write_bytes(b"%PDF-1.4\n" + b"1 0 obj << >> endobj\n" * 5000 + b"%%EOF\n")
    pdf = _add(workspace, model, pdf_path)
    with workspace.sessions() as session:
        records = collect.collect_records(session)

    assert reduce_photos_in_records(workspace, records, set()) == 1

    by_uuid = {e["uuid"]: e for e in records["evidence"]}
    reduced = by_uuid[photo.uuid]
    copy = copy_for_sending(workspace, photo.sha256, "image/jpeg")
    assert copy is not None
    assert (reduced["sha256"], reduced["size"], reduced["media_type"]) == (*copy, "image/jpeg")
    assert (reduced["original_sha256"], reduced["original_size"]) == (photo.sha256, photo.size)
    for unchanged in (small, pdf):
        entry = by_uuid[unchanged.uuid]
        assert (entry["sha256"], entry["size"]) == (unchanged.sha256, unchanged.size)
        assert "original_sha256" not in entry
    # The upper level's validation accepts the reduced entry.
    assert check.check_records(records, sender_unit_code=COMMUNE).problems == []


def test_nothing_is_reduced_when_the_setting_is_off(
    workspace: WorkspaceHandle, model: str, big: Path
) -> None:
    photo = _add(workspace, model, big)
    for setting in (None, False):
        if setting is not None:
            _downscale(workspace, setting)
        with workspace.sessions() as session:
            records = collect.collect_records(session)
        before = [dict(e) for e in records["evidence"]]
        assert reduce_photos_in_records(workspace, records, set()) == 0
        assert records["evidence"] == before
        assert records["evidence"][0]["sha256"] == photo.sha256
    assert _rows(workspace) == 0


def test_the_reduced_copy_is_made_once_and_reused(
    workspace: WorkspaceHandle, model: str, big: Path
) -> None:
    _downscale(workspace, True)
    photo = _add(workspace, model, big)
    first = copy_for_sending(workspace, photo.sha256, photo.media_type)
    with workspace.sessions() as session:
        made_at = session.scalars(select(EvidenceDerivative.created_at)).one()
    for _ in range(2):
        with workspace.sessions() as session:
            records = collect.collect_records(session)
        reduce_photos_in_records(workspace, records, set())
        assert first is not None and records["evidence"][0]["sha256"] == first[0]
    with workspace.sessions() as session:
        assert session.scalars(select(EvidenceDerivative.created_at)).all() == [made_at]


def test_a_lost_reduced_copy_is_made_again_unless_the_recipient_has_it(
    workspace: WorkspaceHandle, model: str, big: Path
) -> None:
    photo = _add(workspace, model, big)
    copy = copy_for_sending(workspace, photo.sha256, photo.media_type)
    assert copy is not None
    workspace.evidence.remove(copy[0])  # e.g. the workspace came back from a backup

    # The recipient already holds it: nothing to send, so nothing is decoded again.
    assert copy_for_sending(workspace, photo.sha256, photo.media_type, acknowledged={copy[0]}) == (
        copy
    )
    assert not workspace.evidence.has(copy[0])
    again = copy_for_sending(workspace, photo.sha256, photo.media_type)
    assert again is not None and workspace.evidence.verify(again[0])
    assert _rows(workspace) == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("hong.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 400),
        ("cat-ngang.jpg", None),  # a real photo cut short half-way (interrupted copy)
        ("that-ra-la-gif.png", b"GIF89a" + b"\x00" * 60000),
    ],
)
def test_a_file_that_is_not_a_readable_photo_is_sent_unchanged(
    workspace: WorkspaceHandle, model: str, tmp_path: Path, name: str, content: bytes | None
) -> None:
    path = tmp_path / name
    if content is None:
        whole = make_photo(tmp_path / "full.jpg", (3000, 2000)).read_bytes()
        content = whole[: len(whole) // 2]
    path.write_bytes(content)
    item = _add(workspace, model, path)
    _downscale(workspace, True)
    with workspace.sessions() as session:
        records = collect.collect_records(session)

    assert reduce_photos_in_records(workspace, records, set()) == 0

    assert records["evidence"][0]["sha256"] == item.sha256 == _sha(content)
    assert sorted(workspace.evidence.iter_hashes()) == [item.sha256]
    # Remembered, so the next export does not try to decode it again.
    with workspace.sessions() as session:
        row = session.get(EvidenceDerivative, (item.sha256, 1600))
    assert row is not None and row.sha256 == item.sha256


def test_a_large_photo_not_smaller_once_reduced_is_sent_as_it_is(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    path = tmp_path / "ban-quet.png"
    scan = Image.new("1", (3000, 2000), 1)  # a black-and-white scan of ruled minutes: 5 KB
    for y in range(100, 1900, 60):
        ImageDraw.Draw(scan).line((100, y, 2900, y), fill=0, width=3)
    scan.save(path)
    item = _add(workspace, model, path)
    assert copy_for_sending(workspace, item.sha256, item.media_type) is None
    assert sorted(workspace.evidence.iter_hashes()) == [item.sha256]


def test_a_transparent_png_becomes_a_white_backed_jpeg(
    workspace: WorkspaceHandle, model: str, tmp_path: Path
) -> None:
    path = make_photo(tmp_path / "logo.png", (3200, 2400), fmt="PNG", mode="RGBA")
    item = _add(workspace, model, path)
    assert item.media_type == "image/png"
    copy = copy_for_sending(workspace, item.sha256, item.media_type)
    assert copy is not None
    with Image.open(workspace.evidence.path_for(copy[0])) as img:
        assert (img.format, img.size, img.mode) == ("JPEG", (1600, 1200), "RGB")
        assert min(img.getpixel((1500, 1100))) > 240  # transparent area: white, not black
    _downscale(workspace, True)
    with workspace.sessions() as session:
        records = collect.collect_records(session)
    assert reduce_photos_in_records(workspace, records, set()) == 1
    (entry,) = records["evidence"]
    assert (entry["original_name"], entry["media_type"]) == ("logo.jpg", "image/jpeg")


def test_reducing_reports_progress_and_stops_when_cancelled(
    workspace: WorkspaceHandle, model: str, big: Path, tmp_path: Path
) -> None:
    _downscale(workspace, True)
    _add(workspace, model, big)
    _add(workspace, model, make_photo(tmp_path / "hai.jpg", (2400, 1800)))
    seen: list[tuple[int, int, str]] = []

    class Recorder:
        def report(self, done: int, total: int, message: str = "") -> None:
            seen.append((done, total, message))

    with workspace.sessions() as session:
        records = collect.collect_records(session)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        reduce_photos_in_records(workspace, records, set(), cancel=cancel)
    assert _rows(workspace) == 0

    assert reduce_photos_in_records(workspace, records, set(), reporter=Recorder()) == 2
    assert seen == [(0, 2, "Thu nhỏ ảnh"), (1, 2, "Thu nhỏ ảnh"), (2, 2, "Thu nhỏ ảnh")]


def test_purging_removed_evidence_keeps_copies_of_photos_in_use(
    workspace: WorkspaceHandle, model: str, big: Path, tmp_path: Path
) -> None:
    kept = _add(workspace, model, big)
    gone = _add(workspace, model, make_photo(tmp_path / "bo.jpg", (2400, 1800)))
    kept_copy = copy_for_sending(workspace, kept.sha256, kept.media_type)
    gone_copy = copy_for_sending(workspace, gone.sha256, gone.media_type)
    assert kept_copy is not None and gone_copy is not None
    remove_evidence(workspace, gone.uuid)

    assert purge_removed_evidence(workspace) == 1

    assert workspace.evidence.verify(kept.sha256) and workspace.evidence.verify(kept_copy[0])
    assert not workspace.evidence.has(gone.sha256) and not workspace.evidence.has(gone_copy[0])
    with workspace.sessions() as session:
        assert session.scalars(select(EvidenceDerivative.original_sha256)).all() == [kept.sha256]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"original_sha256": "ABC"}, "mã băm ảnh gốc không hợp lệ"),
        ({"original_size": -1}, "kích thước ảnh gốc không hợp lệ"),
        ({"original_size": True}, "kích thước ảnh gốc không hợp lệ"),
        ({"original_size": "12"}, "kích thước ảnh gốc không hợp lệ"),
        ({"original_sha256": None}, "mã băm ảnh gốc không hợp lệ"),
    ],
)
def test_received_original_hash_and_size_are_checked(
    workspace: WorkspaceHandle, model: str, tmp_path: Path, change: dict[str, Any], problem: str
) -> None:
    _add(workspace, model, make_photo(tmp_path / "a.jpg", (400, 300)))
    with workspace.sessions() as session:
        records = collect.collect_records(session)
    entry = records["evidence"][0]
    entry.update(original_sha256="cd" * 32, original_size=5_000_000)
    assert check.check_records(records, sender_unit_code=COMMUNE).problems == []
    entry.update(change)
    problems = check.check_records(records, sender_unit_code=COMMUNE).problems
    assert problems == [f"Minh chứng thứ 1: {problem}"]
    del entry["original_size"]
    problems = check.check_records(records, sender_unit_code=COMMUNE).problems
    assert "Minh chứng thứ 1: thông tin ảnh gốc không đầy đủ" in problems
