"""A shared office keeps its evidence in one shared folder: every PC sees the same files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dvk_desktop.cli.main import main
from dvk_desktop.domain.vocab import OrgType
from dvk_desktop.errors import StorageError, ValidationError
from dvk_desktop.messages import render
from dvk_desktop.progress import Cancelled, CancelToken
from dvk_desktop.services import directory, evidence, evidence_sharing, models
from dvk_desktop.services.shared_database import connect_folder
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input

pytestmark = pytest.mark.postgres


def office_pc(root: Path, url: str) -> WorkspaceHandle:
    """The first PC of the office, with what a registration names (a village, a body)."""
    handle = init_workspace(root, unit_code="00070", database_url=url)
    with handle.sessions() as session, session.begin():
        directory.add_village(session, "Thôn 3")
        directory.add_organisation(session, "Đoàn Thanh niên phường", OrgType.YOUTH_UNION)
    return handle


def photo(tmp_path: Path, name: str, body: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(body)
    return path


def test_a_photo_stored_on_one_pc_opens_on_the_other(pg_url: str, tmp_path: Path) -> None:
    first = office_pc(tmp_path / "may-1", pg_url)
    uuid = models.create_model(first, complete_input(first, name="Thắp sáng đường quê"))
    before = evidence.add_evidence(first, uuid, photo(tmp_path, "ra-mat.jpg", b"anh ra mat"))
    share = tmp_path / "o-chia-se" / "minh-chung"
    share.mkdir(parents=True)
    result = evidence_sharing.set_shared_folder(first, share)
    assert (result.copied, result.already) == (1, 0)  # this PC's file went to the share
    # Stored after the choice: straight into the share.
    after = evidence.add_evidence(first, uuid, photo(tmp_path, "nghiem-thu.jpg", b"nghiem thu"))
    first.close()
    connect_folder(tmp_path / "may-2", pg_url)
    with open_workspace(tmp_path / "may-2") as second:
        assert evidence_sharing.is_shared(second)
        for ev in evidence.list_evidence(second, uuid):
            path = evidence.evidence_path(second, ev.sha256)
            assert path.is_relative_to(share)
        names = {e.uuid: e.original_name for e in evidence.list_evidence(second, uuid)}
        assert names == {before: "ra-mat.jpg", after: "nghiem-thu.jpg"}
    private = tmp_path / "may-2" / "evidence"
    assert not private.exists() or not any(private.rglob("*"))  # no private copy on PC 2


def test_an_unreachable_share_is_said_plainly_and_nothing_is_written(
    pg_url: str, tmp_path: Path
) -> None:
    first = init_workspace(tmp_path / "may-1", unit_code="00070", database_url=pg_url)
    share = tmp_path / "o-chia-se"
    share.mkdir()
    evidence_sharing.set_shared_folder(first, share)
    first.close()
    share.rename(tmp_path / "o-chia-se-da-go")  # the network drive is gone
    with pytest.raises(StorageError, match="không mở được thư mục minh chứng dùng chung") as err:
        open_workspace(tmp_path / "may-1")
    assert "dvk " not in render(err.value.hint, gui=True)  # the GUI names its screen
    assert not share.exists()  # never made again on this PC, where no one else would see it
    assert main(["db", "evidence-folder", "-w", str(tmp_path / "may-1")]) == 2


def test_choosing_a_share_is_refused_cleanly(pg_url: str, tmp_path: Path) -> None:
    on_file = init_workspace(tmp_path / "mot-may", unit_code="00070")
    with pytest.raises(ValidationError, match="chỉ dùng khi dữ liệu ở máy chủ chung"):
        evidence_sharing.set_shared_folder(on_file, tmp_path)
    on_file.close()
    first = office_pc(tmp_path / "may-1", pg_url)
    uuid = models.create_model(first, complete_input(first))
    for n in range(3):
        evidence.add_evidence(first, uuid, photo(tmp_path, f"anh-{n}.jpg", b"anh %d" % n))
    with pytest.raises(StorageError, match="không có thư mục này"):
        evidence_sharing.set_shared_folder(first, tmp_path / "chua-co")
    assert not (tmp_path / "chua-co").exists()
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        evidence_sharing.set_shared_folder(first, tmp_path, cancel=cancel)
    assert not evidence_sharing.is_shared(first)  # a cancelled copy names no folder
    assert evidence_sharing.current_folder(first) == tmp_path / "may-1" / "evidence"
    first.close()


def test_the_cli_sets_and_shows_the_folder(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init_workspace(tmp_path / "may-1", unit_code="00070", database_url=pg_url).close()
    share = tmp_path / "chia-se"
    share.mkdir()
    ws = ["-w", str(tmp_path / "may-1")]
    assert main(["db", "evidence-folder", *ws]) == 0
    assert "riêng của máy này" in capsys.readouterr().out
    assert main(["db", "evidence-folder", str(share), *ws]) == 0
    assert "thư mục dùng chung" in capsys.readouterr().out
    assert main(["db", "evidence-folder", *ws]) == 0
    assert f"dùng chung: {share}" in capsys.readouterr().out


def test_a_half_written_photo_left_on_the_share_is_swept_once_abandoned(
    pg_url: str, tmp_path: Path
) -> None:
    import os
    import time

    first = init_workspace(tmp_path / "may-1", unit_code="00070", database_url=pg_url)
    share = tmp_path / "chia-se"
    share.mkdir()
    evidence_sharing.set_shared_folder(first, share)
    first.close()
    old = share / ".incoming.abc123.tmp"  # a PC killed while storing, yesterday
    old.write_bytes(b"nua anh")
    day_ago = time.time() - 86_400
    os.utime(old, (day_ago, day_ago))
    fresh = share / ".incoming.def456.tmp"  # maybe another PC storing right now
    fresh.write_bytes(b"dang chep")
    open_workspace(tmp_path / "may-1").close()
    assert not old.exists() and fresh.exists()
