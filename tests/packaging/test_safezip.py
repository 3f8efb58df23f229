from __future__ import annotations

import io
import os
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from dvk_desktop.errors import Cancelled, PackageError
from dvk_desktop.packaging.safezip import (
    ZipLimits,
    ZipWriter,
    check_member_name,
    open_safe_zip,
)
from dvk_desktop.progress import CancelToken


def build_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]], **kwargs: int) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile only warns about duplicate names
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, **kwargs) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return buffer.getvalue()


def patch_central(data: bytes, name: bytes, offset: int, fmt: str, value: int) -> bytes:
    """Overwrite one field of the central directory header of ``name``."""
    out = bytearray(data)
    position = out.find(b"PK\x01\x02")
    while position >= 0:
        name_len = struct.unpack_from("<H", out, position + 28)[0]
        if bytes(out[position + 46 : position + 46 + name_len]) == name:
            struct.pack_into(fmt, out, position + offset, value)
            return bytes(out)
        position = out.find(b"PK\x01\x02", position + 4)
    raise AssertionError(f"{name!r} not found")


def refuse(tmp_path: Path, data: bytes, limits: ZipLimits | None = None) -> PackageError:
    path = tmp_path / "goi.zip"
    path.write_bytes(data)
    with pytest.raises(PackageError) as caught:
        open_safe_zip(path, limits)
    return caught.value


def test_reads_a_well_formed_zip(tmp_path: Path) -> None:
    path = tmp_path / "ok.zip"
    path.write_bytes(build_zip([("data/Hà Nội.txt", "xin chào".encode()), ("bagit.txt", b"x")]))
    with open_safe_zip(path) as archive:
        assert archive.names == ("data/Hà Nội.txt", "bagit.txt")
        assert archive.read_member("data/Hà Nội.txt", 100) == "xin chào".encode()
        with archive.open_member("bagit.txt") as reader:
            assert reader.read() == b"x"
        digest, size = archive.sha256("bagit.txt")
        assert size == 1
        assert digest == "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"


def test_empty_directory_entries_are_allowed_but_not_listed(tmp_path: Path) -> None:
    path = tmp_path / "ok.zip"
    path.write_bytes(build_zip([("data/", b""), ("data/a.txt", b"a")]))
    with open_safe_zip(path) as archive:
        assert archive.names == ("data/a.txt",)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../x.txt", "thoát ra ngoài thư mục"),
        ("data/../../x.txt", "thoát ra ngoài thư mục"),
        ("/etc/passwd", "đường dẫn tuyệt đối"),
        ("C:/Windows/x.txt", "ổ đĩa Windows"),
        ("C:\\x.txt", "gạch chéo ngược"),
        ("data\\x.txt", "gạch chéo ngược"),
        ("data//x.txt", "đoạn đường dẫn rỗng"),
        ("data/./x.txt", "thoát ra ngoài thư mục"),
        ("data/a\x01b.txt", "ký tự điều khiển"),
        ("data/CON.txt", "tên thiết bị dành riêng của Windows (CON)"),
        ("data/aux.tar.gz", "(AUX)"),
        ("lpt9/x.txt", "(LPT9)"),
        ("data/com1", "(COM1)"),
        ("data/x.", "kết thúc bằng dấu chấm hoặc dấu cách"),
        ("data/x ", "kết thúc bằng dấu chấm hoặc dấu cách"),
        ("data/a:b.txt", "không được phép trên Windows"),
        ("data/a?.txt", "không được phép trên Windows"),
        ("data/Ha\u0300 Noi.txt", "chưa chuẩn hóa Unicode NFC"),
        ("data/" + "a" * 300, "có phần quá dài"),
    ],
)
def test_refuses_unsafe_entry_names(tmp_path: Path, name: str, words: str) -> None:
    error = refuse(tmp_path, build_zip([(name, b"x")]))
    assert "Gói dữ liệu không an toàn" in error.message
    assert words in error.message


def test_refuses_name_with_nul_byte(tmp_path: Path) -> None:
    data = build_zip([("aXb.txt", b"x")]).replace(b"aXb.txt", b"a\x00b.txt")
    error = refuse(tmp_path, data)
    assert "NUL" in error.message


def test_refuses_non_ascii_name_without_utf8_flag(tmp_path: Path) -> None:
    data = patch_central(build_zip([("é.txt", b"x")]), "é.txt".encode(), 8, "<H", 0)
    error = refuse(tmp_path, data)
    assert "không được đánh dấu mã hóa UTF-8" in " ".join(error.details)


def test_refuses_duplicate_names(tmp_path: Path) -> None:
    error = refuse(tmp_path, build_zip([("a.txt", b"1"), ("a.txt", b"2")]))
    assert "xuất hiện hai lần" in error.message


@pytest.mark.parametrize(("first", "second"), [("a.txt", "A.TXT"), ("Straße", "STRASSE")])
def test_refuses_names_that_collide_ignoring_case(tmp_path: Path, first: str, second: str) -> None:
    error = refuse(tmp_path, build_zip([(first, b"1"), (second, b"2")]))
    assert "khác chữ hoa/thường" in error.message


def test_refuses_file_that_is_also_a_folder(tmp_path: Path) -> None:
    error = refuse(tmp_path, build_zip([("data/a", b"1"), ("data/a/b", b"2")]))
    assert "vừa là tệp vừa là thư mục" in error.message


def test_refuses_symlink_entry(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("data/link")
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    error = refuse(tmp_path, build_zip([(info, b"/etc/passwd")]))
    assert "liên kết tượng trưng" in error.message


def test_refuses_directory_with_data(tmp_path: Path) -> None:
    error = refuse(tmp_path, build_zip([("data/", b"hidden")]))
    assert "thư mục “data/” lại chứa dữ liệu" in error.message


def test_refuses_encrypted_entry(tmp_path: Path) -> None:
    data = patch_central(build_zip([("a.txt", b"x")]), b"a.txt", 8, "<H", 0x1)
    error = refuse(tmp_path, data)
    assert "mã hóa bằng mật khẩu zip" in error.message


def test_refuses_unsupported_compression(tmp_path: Path) -> None:
    error = refuse(tmp_path, _bzip2_zip())
    assert "kiểu nén không hỗ trợ" in error.message


def _bzip2_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_BZIP2) as zf:
        zf.writestr("a.txt", b"x" * 100)
    return buffer.getvalue()


def test_refuses_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    error = refuse(tmp_path, build_zip([("data/zeros.txt", bytes(5 * 1024 * 1024))]))
    assert "tỉ lệ nén bất thường" in error.message


def test_refuses_huge_declared_size(tmp_path: Path) -> None:
    data = patch_central(build_zip([("a.txt", b"x")]), b"a.txt", 24, "<I", 3 * 1024**3)
    error = refuse(tmp_path, data, ZipLimits(max_ratio=10**12))
    assert "quá lớn" in error.message


def test_refuses_total_declared_size_over_limit(tmp_path: Path) -> None:
    data = build_zip([("a.txt", b"a" * 600), ("b.txt", b"b" * 600)])
    error = refuse(tmp_path, data, ZipLimits(max_total_size=1000))
    assert "tổng kích thước khai báo" in error.message


def test_refuses_too_many_entries(tmp_path: Path) -> None:
    data = build_zip([(f"{i}.txt", b"x") for i in range(5)])
    error = refuse(tmp_path, data, ZipLimits(max_entries=4))
    assert "quá nhiều mục (5, tối đa 4)" in error.message


def test_refuses_overlapping_entries(tmp_path: Path) -> None:
    data = build_zip([("a.txt", b"a" * 100), ("b.txt", b"b" * 100)])
    data = patch_central(data, b"b.txt", 42, "<I", 0)  # b points at a's local header
    error = refuse(tmp_path, data)
    assert "chồng lên mục khác" in error.message


def test_refuses_data_prepended_to_the_archive(tmp_path: Path) -> None:
    error = refuse(tmp_path, b"MZ" + b"\x00" * 100 + build_zip([("a.txt", b"a")]))
    assert "dữ liệu lạ nằm trước" in error.message


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_refuses_truncated_zip(tmp_path: Path, cut: float) -> None:
    data = build_zip([("a.txt", os.urandom(2000)), ("b.txt", os.urandom(2000))])
    error = refuse(tmp_path, data[: int(len(data) * cut)])
    assert "không phải tệp nén zip hợp lệ hoặc đã bị cắt cụt" in error.message


def test_refuses_non_zip_file(tmp_path: Path) -> None:
    error = refuse(tmp_path, b"just text")
    assert "không phải tệp nén zip hợp lệ" in error.message


def test_lists_every_problem_in_details(tmp_path: Path) -> None:
    error = refuse(tmp_path, build_zip([("../a", b"1"), ("CON", b"2"), ("b.", b"3")]))
    assert len(error.details) == 3
    assert "và 2 lỗi khác" in error.message


def test_member_shorter_than_declared_is_refused_when_read(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", b"a" * 100)
    data = patch_central(buffer.getvalue(), b"a.txt", 24, "<I", 150)
    path = tmp_path / "z.zip"
    path.write_bytes(data)
    with open_safe_zip(path) as archive, pytest.raises(PackageError) as caught:
        archive.read_member("a.txt", 1000)
    assert "“a.txt” trong gói" in caught.value.message


def test_corrupted_member_data_is_refused_when_read(tmp_path: Path) -> None:
    data = bytearray(build_zip([("a.txt", os.urandom(3000))], compresslevel=1))
    data[100] ^= 0xFF  # inside the compressed data of a.txt
    path = tmp_path / "z.zip"
    path.write_bytes(bytes(data))
    with open_safe_zip(path) as archive, pytest.raises(PackageError) as caught:
        archive.read_member("a.txt", 10_000)
    assert "bị hỏng" in caught.value.message


def test_read_member_refuses_member_over_caller_limit(tmp_path: Path) -> None:
    path = tmp_path / "z.zip"
    path.write_bytes(build_zip([("a.json", b"x" * 200)]))
    with open_safe_zip(path) as archive, pytest.raises(PackageError, match="quá lớn"):
        archive.read_member("a.json", 100)
    with open_safe_zip(path) as archive, pytest.raises(PackageError, match="không có tệp"):
        archive.read_member("missing.json", 100)


def test_check_member_name_accepts_vietnamese_nfc_names() -> None:
    assert check_member_name("data/evidence/Ảnh hội nghị 2025.jpg") == []
    assert check_member_name("data/con-cho.txt") == []  # "con" is only reserved as a whole stem


# ---------------------------------------------------------------- writer


def test_writer_streams_files_and_commits_atomically(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(3 * 1024 * 1024))
    target = tmp_path / "out" / "goi.zip"
    target.parent.mkdir()
    with ZipWriter(target) as writer:
        member = writer.add_file("data/photo.jpg", photo)
        writer.add_bytes("data/notes.txt", "ghi chú".encode())
        assert not target.exists()
        writer.commit()
    assert sorted(p.name for p in target.parent.iterdir()) == ["goi.zip"]
    assert member.size == photo.stat().st_size
    with zipfile.ZipFile(target) as zf:
        assert zf.getinfo("data/photo.jpg").compress_type == zipfile.ZIP_STORED
        assert zf.getinfo("data/notes.txt").compress_type == zipfile.ZIP_DEFLATED
    with open_safe_zip(target) as archive:
        assert archive.sha256("data/photo.jpg") == (member.sha256, member.size)


def test_writer_output_is_reproducible(tmp_path: Path) -> None:
    outputs = []
    for index in range(2):
        target = tmp_path / f"{index}.zip"
        with ZipWriter(target) as writer:
            writer.add_bytes("a.txt", b"same")
            writer.commit()
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_writer_deletes_temporary_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "goi.zip"
    with pytest.raises(FileNotFoundError), ZipWriter(target) as writer:
        writer.add_bytes("a.txt", b"a")
        writer.add_file("b.txt", tmp_path / "missing")
    assert list(tmp_path.iterdir()) == []


def test_writer_deletes_temporary_file_on_cancel(tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(2 * 1024 * 1024))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled), ZipWriter(tmp_path / "goi.zip", cancel=token) as writer:
        writer.add_file("data/big.bin", source)
    assert [p.name for p in tmp_path.iterdir()] == ["big.bin"]


def test_writer_refuses_unsafe_or_duplicate_names(tmp_path: Path) -> None:
    with ZipWriter(tmp_path / "goi.zip") as writer:
        with pytest.raises(ValueError):
            writer.add_bytes("../x", b"")
        writer.add_bytes("a.txt", b"")
        with pytest.raises(ValueError):
            writer.add_bytes("A.txt", b"")
