"""A full disk says so, with how much is needed, and loses nothing (never "Lỗi không mong đợi")."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dvk_desktop.domain.vocab import ImportOutcome
from dvk_desktop.services import evidence, models
from dvk_desktop.services.backup import backup_workspace
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.faults import DiskFullError
from dvk_desktop.storage.models import DvkModel, Evidence
from dvk_desktop.storage.workspace import open_workspace
from tests.factories import complete_input
from tests.faults.conftest import cli, fill

SmallDisk = Callable[[str], Path]


def _seed(root: Path) -> str:
    from dvk_desktop.domain.vocab import OrgType
    from dvk_desktop.services import directory

    handle = init_workspace(root, unit_code="00070")
    with handle.sessions() as session, session.begin():
        directory.add_village(session, "Thôn 3")
        directory.add_organisation(session, "Đoàn Thanh niên", OrgType.YOUTH_UNION)
    uuid = models.create_model(handle, complete_input(handle))
    handle.close()
    return uuid


def _state(root: Path) -> tuple[int, int, list[str]]:
    with open_workspace(root) as handle, handle.readers() as session:
        n_models = session.scalar(select(func.count()).select_from(DvkModel)) or 0
        n_evidence = session.scalar(select(func.count()).select_from(Evidence)) or 0
    stored = sorted(p.name for p in (root / "evidence").rglob("*") if p.is_file())
    return n_models, n_evidence, stored


def test_attaching_a_photo_to_a_full_disk_says_how_much_is_needed(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    root = small_disk("24m") / "ws"
    uuid = _seed(root)
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + os.urandom(6 * 1024 * 1024))
    before = _state(root)
    fill(root, leave=1024 * 1024)
    with open_workspace(root) as handle, pytest.raises(DiskFullError) as info:
        evidence.add_evidence(handle, uuid, photo, caption="Lễ ra quân")
    message = info.value.user_text()
    assert "đã đầy" in message and "cần thêm khoảng" in message and "MB" in message
    assert "Không có gì bị mất" in message
    assert "Errno" not in message
    assert _state(root) == before
    assert not [p for p in (root / "evidence").iterdir() if p.name.startswith(".incoming")]


def test_a_database_write_on_a_completely_full_disk_is_not_called_corruption(
    small_disk: SmallDisk,
) -> None:
    root = small_disk("24m") / "ws"
    _seed(root)
    fill(root, leave=0)
    listed = cli("models", "list", "-w", str(root), "--json")
    assert listed.returncode == 0, listed.stderr  # reading still works on a full disk
    added = cli("models", "add", "-w", str(root), "--name", "Nguyễn Văn Riêng Tư làm đường",
                "--year", "2026")  # fmt: skip
    assert added.returncode == 2, added.stderr
    assert "đã đầy" in added.stderr and "Không có gì bị mất" in added.stderr
    assert "bị hỏng" not in added.stderr and "Lỗi không mong đợi" not in added.stderr
    # SQL parameters (a person's name here) never reach the log.
    log = (root / "logs" / "dvk.log").read_text(encoding="utf-8")
    assert "Riêng Tư" not in log
    (root / "ballast.bin").unlink()
    assert _state(root)[0] == 1


def test_a_backup_to_a_full_stick_is_refused_before_anything_is_written(
    small_disk: SmallDisk, demo_template: Path, tmp_path: Path
) -> None:
    root = tmp_path / "demo"
    shutil.copytree(demo_template, root)
    stick = small_disk("2m")
    with open_workspace(root) as handle, pytest.raises(DiskFullError) as info:
        backup_workspace(handle, stick)
    assert "cần thêm khoảng" in info.value.message
    assert list(stick.iterdir()) == []


def test_a_backup_that_fills_the_stick_midway_leaves_no_partial_file(
    small_disk: SmallDisk, demo_template: Path, tmp_path: Path
) -> None:
    root = tmp_path / "demo"
    shutil.copytree(demo_template, root)
    stick = small_disk("3m")
    with open_workspace(root) as handle:
        need = sum(p.stat().st_size for p in (root / "evidence").rglob("*") if p.is_file())
        fill(stick, leave=max(need // 2, 1))  # the up-front check cannot see this coming:
        (stick / "ballast.bin").unlink()  # free space appears, then is taken while writing
        hog = stick / "other-program.bin"
        with pytest.raises(DiskFullError) as info, open(hog, "wb") as other:
            other.write(b"\0" * (shutil.disk_usage(stick).free - need // 2))
            other.flush()
            backup_workspace(handle, stick)
    assert "Không có gì bị mất" in info.value.message
    assert sorted(p.name for p in stick.iterdir()) == ["other-program.bin"]


def test_the_evidence_store_keeps_files_byte_identical_after_a_full_disk(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    root = small_disk("24m") / "ws"
    uuid = _seed(root)
    good = tmp_path / "bien-ban.pdf"
    good.write_bytes(b"%PDF-1.4 " + os.urandom(100_000))
    with open_workspace(root) as handle:
        evidence.add_evidence(handle, uuid, good, caption="Biên bản")
    sha = hashlib.sha256(good.read_bytes()).hexdigest()
    fill(root, leave=0)
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    with open_workspace(root) as handle, pytest.raises(DiskFullError):
        evidence.add_evidence(handle, uuid, big, caption="Phim")
    stored = root / "evidence" / sha[:2] / sha
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha


def test_importing_onto_a_full_disk_says_the_disk_is_full_not_internal_error(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    from dvk_desktop.services.exchange import batch
    from tests.packaging.exchange import UPPER_PASS, build_exchange, export_plain

    ex = build_exchange(tmp_path / "ex")
    package = export_plain(ex, tmp_path)
    root = small_disk("64m") / "tinh"
    shutil.copytree(ex.upper_dir, root)
    before = _state(root)
    fill(root, leave=50_000)  # the package's photos cannot be staged
    with open_workspace(root) as handle:
        summary = batch.import_files(handle, [package], passphrase=UPPER_PASS)
    (result,) = summary.results
    assert result.outcome == ImportOutcome.REFUSED
    assert "đã đầy" in result.reason and "Không có gì bị mất" in result.reason
    assert "cần thêm khoảng" in result.reason
    assert "lỗi nội bộ" not in result.reason and "Errno" not in result.reason, result.reason
    assert ".staging" not in result.reason  # the disk is named by the workspace the user knows
    (root / "ballast.bin").unlink()
    assert _state(root) == before
