"""``dvk evidence`` on a locked model: the removal is refused, explained, and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from dvk_desktop.cli.main import main
from dvk_desktop.domain.vocab import Status
from dvk_desktop.services import evidence, models
from dvk_desktop.storage.models import DvkModel
from tests.factories import complete_input


def dvk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_removing_evidence_of_a_recognised_model_prints_why_and_exits_2(
    workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    code_of = str(models.get_model(workspace, uuid)["code"])
    (tmp_path / "anh.jpg").write_bytes(b"anh hien truong")
    ws = str(workspace.paths.root)
    code, out, _ = dvk(capsys, "evidence", "add", "-w", ws, code_of, str(tmp_path / "anh.jpg"))
    assert code == 0 and "anh.jpg" in out
    [item] = evidence.list_evidence(workspace, uuid)
    models.change_status(workspace, uuid, Status.IMPLEMENTING)
    models.change_status(workspace, uuid, Status.PROPOSED)
    with workspace.sessions() as session, session.begin():  # what the decisions import writes
        session.execute(
            update(DvkModel).where(DvkModel.uuid == uuid).values(status=Status.RECOGNISED.value)
        )
    code, out, err = dvk(capsys, "evidence", "remove", "-w", ws, code_of, item.sha256[:12])
    assert code == 2 and out == ""
    assert "cấp trên khóa" in err and "yêu cầu thay đổi" in err
    assert f"dvk changes request {code_of} --remove-evidence" in err
    code, out, _ = dvk(capsys, "evidence", "list", "-w", ws, code_of, "--all")
    assert code == 0 and "anh.jpg" in out and "đã gỡ" not in out
    assert [e.uuid for e in evidence.list_evidence(workspace, uuid)] == [item.uuid]


def test_removing_evidence_of_an_open_model_works(
    workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    code_of = str(models.get_model(workspace, uuid)["code"])
    (tmp_path / "anh.jpg").write_bytes(b"anh hien truong")
    evidence.add_evidence(workspace, uuid, tmp_path / "anh.jpg")
    sha = evidence.list_evidence(workspace, uuid)[0].sha256
    ws = str(workspace.paths.root)
    code, out, _ = dvk(capsys, "evidence", "remove", "-w", ws, code_of, sha[:8])
    assert code == 0 and "Đã gỡ" in out
    assert evidence.list_evidence(workspace, uuid) == []
    code, _, err = dvk(capsys, "evidence", "remove", "-w", ws, code_of, "ffff")
    assert code == 2 and "Không tìm thấy" in err
