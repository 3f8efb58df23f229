"""``dvk review``, ``dvk rubric`` and ``dvk evaluate``: the upper level's year, by command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update

from dvk_desktop.cli.main import main
from dvk_desktop.domain.vocab import Status
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import DvkModel
from tests.reports.bulk import insert_models

FIRST = "10000000-0000-4000-8000-000001000000"  # model 0 (cá nhân) of commune 00070
SECOND = "10000000-0000-4000-8000-000001000001"  # model 1 (tập thể) of commune 00073


@pytest.fixture
def ws(tmp_path: Path) -> str:
    """A province holding four proposed models of two communes."""
    handle = init_workspace(tmp_path / "tinh", unit_code="01")
    insert_models(handle, 4, units=["00070", "00073"])
    with handle.engine.begin() as conn:
        conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
    handle.close()
    return str(tmp_path / "tinh")


def dvk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_review_set_list_and_show(ws: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = dvk(capsys, "review", "set", FIRST, "-w", ws, "--state", "bo_sung")
    assert code == 2
    assert err.startswith("Lỗi: Hãy ghi nhận xét cho trạng thái “Cần bổ sung thông tin”")
    code, out, _ = dvk(
        capsys, "review", "set", FIRST, "-w", ws, "--state", "can bo sung",
        "--comment", "Thiếu ảnh", "--by", "Nguyễn Văn Bình",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("Đã ghi thẩm định: Cần bổ sung thông tin (Nguyễn Văn Bình, ")
    assert "được trả lại để bổ sung" in out
    code, out, _ = dvk(capsys, "review", "set", SECOND, "-w", ws, "--state", "chap_nhan")
    assert code == 0
    code, out, _ = dvk(capsys, "review", "list", "-w", ws)
    assert "00073/MH-2026-000001 Đủ điều kiện đánh giá" in out
    assert "Tổng cộng 3 mô hình." in out  # the returned one is no longer under review
    code, out, _ = dvk(capsys, "review", "list", "-w", ws, "--all", "--json")
    states = {r["model_uuid"]: r["state_label"] for r in json.loads(out)}
    assert states[FIRST] == "Cần bổ sung thông tin"
    code, out, _ = dvk(capsys, "review", "show", FIRST, "-w", ws)
    assert "(Đang thực hiện)" in out
    assert "Cần bổ sung thông tin: “Thiếu ảnh” (Nguyễn Văn Bình," in out
    code, _, err = dvk(capsys, "review", "set", SECOND, "-w", ws, "--state", "duyet")
    assert (code, err.split(".")[0]) == (2, "Lỗi: Trạng thái thẩm định “duyet” không hợp lệ")


def test_rubric_edit_import_export_and_members_scoring(
    ws: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = dvk(capsys, "rubric", "show", "-w", ws)
    assert "phiên bản 1, áp dụng cho mọi mô hình" in out
    assert "Hiệu quả (kinh tế - xã hội" in out
    code, out, _ = dvk(
        capsys, "rubric", "edit", "-w", ws, "--set", "hieu_qua=30", "--add",
        "so_hoa:5:Ứng dụng chuyển đổi số", "--note", "Thêm tiêu chí số hóa",
    )  # fmt: skip
    assert code == 0 and "phiên bản 2" in out and "Ứng dụng chuyển đổi số [so_hoa]" in out
    code, _, err = dvk(capsys, "rubric", "edit", "-w", ws, "--good", "95")
    assert code == 2 and "tăng dần" in err
    exported = tmp_path / "tieu-chi.json"
    assert dvk(capsys, "rubric", "export-json", str(exported), "-w", ws)[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["criteria"] = [c for c in document["criteria"] if c["code"] not in ("so_hoa", "ho_so")]
    document["criteria"][0]["max_points"] = 25
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = dvk(
        capsys, "rubric", "import-json", str(exported), "-w", ws, "--type", "ca_nhan"
    )
    assert code == 0 and "phiên bản 1, áp dụng cho mô hình cá nhân" in out
    assert "Tổng: 90 điểm." in out
    code, out, _ = dvk(capsys, "rubric", "history", "-w", ws)
    assert out.splitlines()[0].startswith("Phiên bản 2")
    # Scoring by two members; the first model is cá nhân, so its own rubric applies.
    dvk(capsys, "review", "set", FIRST, "-w", ws, "--state", "du_dieu_kien")
    scores = ["--score", "sang_tao=20", "--score", "hieu_qua=30", "--score", "huy_dong=18",
              "--score", "ben_vung=12"]  # fmt: skip
    code, out, _ = dvk(capsys, "evaluate", FIRST, "-w", ws, "--member", "Trần Thị Hoa", *scores)
    assert (code, out.splitlines()[0]) == (0, "Phiếu của Trần Thị Hoa: 80 điểm, xếp loại Tốt.")
    code, out, _ = dvk(
        capsys, "evaluate", FIRST, "-w", ws, "--member", "Lê Văn Minh", "--date", "05/11/2026",
        *scores[:-2], "--score", "ben_vung=7,5", "--comment", "Cần duy trì",
    )  # fmt: skip
    assert "điểm trung bình 77,75/90 của 2 thành viên, xếp loại Tốt" in out
    code, out, _ = dvk(capsys, "evaluate", FIRST, "-w", ws, "--json")
    assert json.loads(out)["average"] == "77.75"
    code, _, err = dvk(capsys, "evaluate", SECOND, "-w", ws, "--member", "Hoa", *scores)
    assert code == 2 and "hãy thẩm định trước khi chấm điểm" in err
    code, out, _ = dvk(capsys, "evaluate", FIRST, "-w", ws, "--member", "lê văn minh", "--remove")
    assert out.startswith("Đã bỏ phiếu chấm của lê văn minh.")
    assert "điểm trung bình 80/90 của 1 thành viên" in out


def test_evaluation_sheet_pdf_prints_every_member(
    ws: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reports.tools import pdftotext

    dvk(capsys, "review", "set", SECOND, "-w", ws, "--state", "du_dieu_kien")
    scores = ["--score", "sang_tao=18", "--score", "hieu_qua=31", "--score", "huy_dong=18",
              "--score", "ben_vung=12", "--score", "ho_so=9"]  # fmt: skip
    for name, extra in (("Trần Thị Hoa", "Hiệu quả rõ"), ("Lê Văn Minh", "Hồ sơ còn thiếu")):
        assert dvk(capsys, "evaluate", SECOND, "-w", ws, "--member", name, "--date",
                   "05/11/2026", "--comment", extra, *scores)[0] == 0  # fmt: skip
    rescore = [*scores[:-2], "--score", "ho_so=6,5"]
    dvk(capsys, "evaluate", SECOND, "-w", ws, "--member", "Lê Văn Minh", "--date",
        "06/11/2026", "--comment", "Hồ sơ còn thiếu", *rescore)  # fmt: skip
    out = tmp_path / "cham.pdf"
    code, _, err = dvk(capsys, "print", "evaluation", SECOND, "-w", ws, "--out", str(out))
    assert code == 0, err
    text = pdftotext(out, layout=True)
    assert "TV 1: Trần Thị Hoa; TV 2: Lê Văn Minh" in text
    assert "Điểm trung bình: 86,75" in text  # (88 + 85,5) / 2
    assert "Xếp loại: Tốt" in text
    assert "Hiệu quả rõ" in text and "Hồ sơ còn thiếu" in text
    assert "Ngày chấm: 05/11/2026, 06/11/2026" in text
