from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from pathlib import Path

import bagit
import pytest

from dvk_desktop.errors import Cancelled, PackageError
from dvk_desktop.packaging.bag import (
    BagWriter,
    DirectorySink,
    decode_manifest_path,
    encode_manifest_path,
    validate_bag,
)
from dvk_desktop.packaging.safezip import ZipWriter, open_safe_zip
from dvk_desktop.progress import CancelToken

INFO = [("Source-Organization", "Phường Hoàn Kiếm"), ("External-Identifier", "goi-0001")]


def fill(writer: BagWriter, tmp_path: Path) -> None:
    photo = tmp_path / "src-photo.jpg"
    photo.write_bytes(os.urandom(200_000))
    writer.add_payload_file("evidence/3f2a.jpg", photo)
    writer.add_payload_bytes("records.json", '{"tên": "Mô hình dân vận khéo"}'.encode())
    writer.add_tag_file("dvk-header.json", b'{"format": "dvk"}')


def write_zip_bag(tmp_path: Path, *, percent_name: bool = False) -> Path:
    target = tmp_path / "goi.zip"
    with ZipWriter(target) as zw:
        bag = BagWriter(zw, info=INFO)
        fill(bag, tmp_path)
        if percent_name:
            # RFC 8493 encodes "%" as %25; bagit-python 1.9 does not decode it, so this name
            # stays out of the bags handed to the bagit oracle.
            bag.add_payload_bytes("50% xong.txt", b"percent")
        bag.finish(bagging_date=date(2025, 11, 22))
        zw.commit()
    return target


def read_entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_entries(path: Path, entries: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def problems_of(path: Path) -> list[str]:
    with open_safe_zip(path) as archive:
        return validate_bag(archive).problems


def mutate(tmp_path: Path, change: object) -> list[str]:
    path = write_zip_bag(tmp_path)
    entries = read_entries(path)
    change(entries)  # type: ignore[operator]
    write_entries(path, entries)
    return problems_of(path)


def test_bag_written_to_a_folder_is_accepted_by_the_bagit_library(tmp_path: Path) -> None:
    root = tmp_path / "bag"
    writer = BagWriter(DirectorySink(root), info=INFO)
    fill(writer, tmp_path)
    summary = writer.finish()
    bag = bagit.Bag(str(root))
    bag.validate()
    assert bag.info["Source-Organization"] == "Phường Hoàn Kiếm"
    assert bag.info["Payload-Oxum"] == summary.payload_oxum
    assert "dvk-header.json" in bag.tagfile_entries()


def test_zip_bag_passes_our_strict_validator(tmp_path: Path) -> None:
    path = write_zip_bag(tmp_path, percent_name=True)
    assert b"data/50%25 xong.txt" in read_entries(path)["manifest-sha256.txt"]
    with open_safe_zip(path) as archive:
        report = validate_bag(archive)
    assert report.ok, report.problems
    assert set(report.payload) == {
        "data/evidence/3f2a.jpg",
        "data/records.json",
        "data/50% xong.txt",
    }
    assert ("Source-Organization", "Phường Hoàn Kiếm") in report.info
    assert ("Bagging-Date", "2025-11-22") in report.info
    report.raise_for_problems()  # no exception


def test_zip_bag_unpacked_is_accepted_by_the_bagit_library(tmp_path: Path) -> None:
    path = write_zip_bag(tmp_path)
    root = tmp_path / "unpacked"
    with open_safe_zip(path) as archive:
        for name in archive.names:
            target = root.joinpath(*name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read_member(name, 10**7))
    bagit.Bag(str(root)).validate()


def test_manifest_path_percent_encoding_round_trips() -> None:
    name = "data/a%b\rc\nd"
    assert encode_manifest_path(name) == "data/a%25b%0Dc%0Ad"
    assert decode_manifest_path(encode_manifest_path(name)) == name
    assert decode_manifest_path("data/50%.txt") is None


def test_reports_tampered_payload_file(tmp_path: Path) -> None:
    problems = mutate(
        tmp_path, lambda e: e.update({"data/records.json": '{"tên": "giả"}'.encode()})
    )
    assert "tệp “data/records.json” có mã băm SHA-256 không khớp bảng kiểm" in problems


def test_reports_missing_and_extra_payload_files(tmp_path: Path) -> None:
    def change(entries: dict[str, bytes]) -> None:
        del entries["data/records.json"]
        entries["data/virus.exe"] = b"MZ"

    problems = mutate(tmp_path, change)
    assert any("thiếu tệp “data/records.json”" in p for p in problems)
    assert any("tệp thừa “data/virus.exe”" in p for p in problems)


def test_reports_unlisted_tag_file(tmp_path: Path) -> None:
    problems = mutate(tmp_path, lambda e: e.update({"notes.txt": b"x"}))
    assert any("tệp thừa “notes.txt”" in p and "tagmanifest" in p for p in problems)


def test_reports_wrong_payload_oxum(tmp_path: Path) -> None:
    def change(entries: dict[str, bytes]) -> None:
        info = entries["bag-info.txt"].decode()
        start = info.index("Payload-Oxum: ")
        line = info[start : info.index("\n", start)]
        entries["bag-info.txt"] = info.replace(line, "Payload-Oxum: 1.1").encode()

    problems = mutate(tmp_path, change)
    assert any("Payload-Oxum khai báo 1.1" in p for p in problems)
    assert any("bag-info.txt" in p and "không khớp" in p for p in problems)  # tag manifest too


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("{hash}  data/x.txt\n".replace("{hash}", "A" * 64), "sai cú pháp ở dòng"),
        ("{hash} data/x.txt\n".replace("{hash}", "a" * 64), "sai cú pháp ở dòng"),
        ("abc  data/x.txt\n", "sai cú pháp ở dòng"),
        ("{hash}  data/../../x.txt\n".replace("{hash}", "a" * 64), "thoát ra ngoài thư mục"),
        ("{hash}  ../bag2/data/x\n".replace("{hash}", "a" * 64), "thoát ra ngoài thư mục"),
        ("{hash}  bagit.txt\n".replace("{hash}", "a" * 64), "nằm ngoài thư mục data/"),
        ("{hash}  data/50%.txt\n".replace("{hash}", "a" * 64), "sai cú pháp ở dòng"),
        (
            "{hash}  data/records.json\n".replace("{hash}", "a" * 64),
            "liệt kê “data/records.json” hai lần",
        ),
    ],
)
def test_reports_malformed_manifest_lines(tmp_path: Path, line: str, words: str) -> None:
    def change(entries: dict[str, bytes]) -> None:
        entries["manifest-sha256.txt"] += line.encode()

    problems = mutate(tmp_path, change)
    assert any(words in p and "manifest-sha256.txt" in p for p in problems), problems


def test_reports_crlf_manifest(tmp_path: Path) -> None:
    def change(entries: dict[str, bytes]) -> None:
        entries["manifest-sha256.txt"] = entries["manifest-sha256.txt"].replace(b"\n", b"\r\n")

    problems = mutate(tmp_path, change)
    assert any("xuống dòng CR" in p for p in problems)


def test_refuses_other_checksum_algorithms_and_wrong_bagit_txt(tmp_path: Path) -> None:
    def change(entries: dict[str, bytes]) -> None:
        entries["manifest-md5.txt"] = b""
        entries["bagit.txt"] = b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n"

    problems = mutate(tmp_path, change)
    assert any("manifest-md5.txt: chỉ chấp nhận bảng kiểm SHA-256" in p for p in problems)
    assert any("bagit.txt không đúng" in p for p in problems)


def test_reports_missing_required_files_and_every_problem(tmp_path: Path) -> None:
    def change(entries: dict[str, bytes]) -> None:
        del entries["tagmanifest-sha256.txt"]
        del entries["bag-info.txt"]
        entries["data/records.json"] = b"changed"

    problems = mutate(tmp_path, change)
    assert "thiếu tệp bắt buộc bag-info.txt" in problems
    assert "thiếu tệp bắt buộc tagmanifest-sha256.txt" in problems
    assert any("data/records.json" in p for p in problems)


def test_raise_for_problems_lists_all_problems(tmp_path: Path) -> None:
    path = write_zip_bag(tmp_path)
    entries = read_entries(path)
    entries["data/records.json"] = b"x"
    entries["data/extra"] = b"y"
    write_entries(path, entries)
    with open_safe_zip(path) as archive:
        report = validate_bag(archive)
    with pytest.raises(PackageError) as caught:
        report.raise_for_problems()
    assert caught.value.message.startswith("Gói dữ liệu không toàn vẹn")
    assert caught.value.details == report.problems
    assert len(report.problems) >= 3  # hash, extra file, Payload-Oxum


def test_validation_reports_progress_and_honours_cancel(tmp_path: Path) -> None:
    path = write_zip_bag(tmp_path)
    seen: list[tuple[int, int]] = []

    class Reporter:
        def report(self, done: int, total: int, message: str = "") -> None:
            seen.append((done, total))

    with open_safe_zip(path) as archive:
        validate_bag(archive, reporter=Reporter())
    assert seen and seen[-1][0] == seen[-1][1]
    token = CancelToken()
    token.cancel()
    with open_safe_zip(path) as archive, pytest.raises(Cancelled):
        validate_bag(archive, cancel=token)


def test_writer_refuses_reserved_labels_and_tag_names(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        BagWriter(DirectorySink(tmp_path / "b"), info=[("Payload-Oxum", "1.1")])
    with pytest.raises(ValueError):
        BagWriter(DirectorySink(tmp_path / "b"), info=[("Label", "two\nlines")])
    writer = BagWriter(DirectorySink(tmp_path / "b"))
    for name in ("bagit.txt", "manifest-md5.txt", "data/x"):
        with pytest.raises(ValueError):
            writer.add_tag_file(name, b"")


def test_empty_bag_is_valid(tmp_path: Path) -> None:
    target = tmp_path / "empty.zip"
    with ZipWriter(target) as zw:
        BagWriter(zw).finish()
        zw.commit()
    assert problems_of(target) == []
    assert read_entries(target)["manifest-sha256.txt"] == b""
