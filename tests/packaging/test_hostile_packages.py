"""Hostile packages: each is refused with a clear message and changes nothing, byte for byte."""

from __future__ import annotations

import base64
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dvk_desktop.errors import PackageError
from dvk_desktop.packaging import agecrypt, keys
from dvk_desktop.services import exchange
from dvk_desktop.services.exchange.format import HEADER, SIGNATURE
from tests.packaging.exchange import (
    UPPER_PASS,
    Exchange,
    entry,
    export_plain,
    forge,
    members,
    rezip,
    state_of,
)


def refused(ex: Exchange, package: Path, expected: str) -> PackageError:
    """Import ``package`` at the upper level; assert refusal, message and an untouched state."""
    before = state_of(ex.upper_dir)
    with ex.upper() as upper, pytest.raises(PackageError) as info:
        exchange.import_package(upper, package, passphrase=UPPER_PASS)
    assert state_of(ex.upper_dir) == before
    text = " ".join([info.value.message, *info.value.details])
    assert expected in text, text
    reports = list((ex.upper_dir / "quarantine").rglob("bao-cao-kiem-tra.txt"))
    assert reports, "a refused package is kept in quarantine with a report"
    assert expected in reports[-1].read_text(encoding="utf-8")
    return info.value


def _records(edit: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], Any]:
    def apply(records: dict[str, Any]) -> dict[str, Any]:
        edit(records)
        return records

    return apply


# ------------------------------------------------------------ tampering without the key


def test_tampered_record(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        return [
            (
                i,
                d.replace(b"Camera", b"Kamera") if i.filename.endswith("records.json") else d,
            )
            for i, d in items
        ]

    refused(
        ex, rezip(valid, tmp_path / "p.dvkpkg", edit), "records.json” có mã băm SHA-256 không khớp"
    )


def test_tampered_evidence(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        out, done = [], False
        for info, data in items:
            if info.filename.startswith("data/evidence/") and not done:
                data, done = data[:-1] + b"\x00", True
            out.append((info, data))
        return out

    refused(ex, rezip(valid, tmp_path / "p.dvkpkg", edit), "mã băm SHA-256 không khớp")


def test_missing_evidence_file(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        first = next(i for i, _ in items if i.filename.startswith("data/evidence/"))
        return [(i, d) for i, d in items if i is not first]

    refused(ex, rezip(valid, tmp_path / "p.dvkpkg", edit), "thiếu tệp “data/evidence/")


def test_extra_file(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        return [*items, (entry("data/virus.exe"), b"MZ")]

    refused(ex, rezip(valid, tmp_path / "p.dvkpkg", edit), "có tệp thừa “data/virus.exe”")


def test_missing_signature(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        return [(i, d) for i, d in items if i.filename != SIGNATURE]

    refused(ex, rezip(valid, tmp_path / "p.dvkpkg", edit), f"gói thiếu tệp {SIGNATURE}")


def test_garbage_signature(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        return [(i, b"not a signature\n" if i.filename == SIGNATURE else d) for i, d in items]

    refused(ex, rezip(valid, tmp_path / "p.dvkpkg", edit), "chữ ký sai")


def test_tampered_manifests_without_the_key(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    # The attacker recomputes every checksum after editing a record, but cannot sign.
    key = keys.KeyPair.generate()
    fake = keys.UnlockedKey(
        keys.PublicKeyInfo(
            "00070", keys.datetime.now(), key.public_key, key.key_id, key.age_recipient
        ),
        key,
    )
    forged = forge(
        valid,
        tmp_path / "p.dvkpkg",
        fake,
        records=_records(lambda r: r["models"][0].update(name="Mô hình giả mạo")),
    )
    refused(ex, forged, "chữ ký sai")


def test_tampered_header_sequence(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        return [
            (i, d.replace(b'"sequence": 1', b'"sequence": 9') if i.filename == HEADER else d)
            for i, d in items
        ]

    refused(ex, rezip(valid, tmp_path / "p.dvkpkg", edit), "dvk-header.json” có mã băm")


def test_wrong_signer_with_its_own_key(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    key = keys.KeyPair.generate()
    stranger = keys.UnlockedKey(
        keys.PublicKeyInfo(
            "00070", keys.datetime.now(), key.public_key, key.key_id, key.age_recipient
        ),
        key,
    )

    def header(h: dict[str, Any]) -> None:
        h["public_key"] = base64.b64encode(key.public_key).decode()
        h["key_id"] = key.key_id.hex()

    refused(
        ex, forge(valid, tmp_path / "p.dvkpkg", stranger, header=header), "khóa chưa được ghi nhận"
    )


def test_revoked_key(ex: Exchange, valid: Path) -> None:
    from dvk_desktop.services import trust

    with ex.upper() as upper, upper.sessions() as session, session.begin():
        trust.revoke(session, "00070", reason="Máy tính xã bị mất")
    refused(ex, valid, "đã bị thu hồi")


def test_unknown_sender(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def header(h: dict[str, Any]) -> None:
        h["sender"] = {"unit_code": "00073", "unit_name": "Phường khác"}

    forged = forge(valid, tmp_path / "p.dvkpkg", ex.commune_key(), header=header)
    refused(ex, forged, "khóa chưa được ghi nhận cho đơn vị cấp dưới mã 00073")


def test_package_for_another_recipient(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    def header(h: dict[str, Any]) -> None:
        h["recipient"] = {"unit_code": "79", "unit_name": "Thành phố Hồ Chí Minh"}

    forged = forge(valid, tmp_path / "p.dvkpkg", ex.commune_key(), header=header)
    refused(ex, forged, "gói gửi cho đơn vị mã 79, không phải đơn vị này")


def test_replayed_old_sequence(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    newer = export_plain(ex, tmp_path)
    with ex.upper() as upper:
        assert exchange.import_package(upper, newer, passphrase=UPPER_PASS).status == "imported"
    refused(ex, valid, "cũ hơn gói số 2")


def test_duplicate_import_changes_nothing(ex: Exchange, valid: Path) -> None:
    with ex.upper() as upper:
        assert exchange.import_package(upper, valid, passphrase=UPPER_PASS).status == "imported"
    before = state_of(ex.upper_dir)
    with ex.upper() as upper:
        result = exchange.import_package(upper, valid, passphrase=UPPER_PASS)
    assert result.status == "already"
    assert state_of(ex.upper_dir) == before


# ------------------------------------------------------------ hostile zip structure


def _add(name: str, data: bytes = b"x", **kw: Any) -> Callable[..., Any]:
    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        return [*items, (entry(name, **kw), data)]

    return edit


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_add("../../etc/cron.d/x"), "thoát ra ngoài thư mục"),
        (_add("data/../../x"), "thoát ra ngoài thư mục"),
        (_add("/etc/passwd"), "đường dẫn tuyệt đối"),
        (_add("C:/Windows/x.txt"), "ổ đĩa Windows"),
        (_add("data\\evidence\\x"), "gạch chéo ngược"),
        (_add("data/link", b"/etc/passwd", mode=0o120777), "liên kết tượng trưng"),
        (_add("data/CON.txt"), "tên thiết bị dành riêng của Windows"),
        (_add("data/aux"), "tên thiết bị dành riêng của Windows"),
        (_add("data/bad."), "kết thúc bằng dấu chấm"),
        (_add("data/Ho\u0300a.txt"), "chưa chuẩn hóa Unicode NFC"),
        (_add("DATA/RECORDS.JSON"), "khác chữ hoa/thường"),
        (_add("data/records.json"), "xuất hiện hai lần"),
        (_add("data/a\x01b"), "ký tự điều khiển"),
        (_add("data/" + "dài" * 200), "quá dài"),
    ],
    ids=[
        "zip-slip",
        "zip-slip-inner",
        "absolute",
        "drive",
        "backslash",
        "symlink",
        "con",
        "aux",
        "trailing-dot",
        "nfd",
        "case",
        "duplicate",
        "control",
        "long-name",
    ],
)
def test_hostile_entry_names(
    ex: Exchange, valid: Path, tmp_path: Path, edit: Callable[..., Any], expected: str
) -> None:
    refused(ex, rezip(valid, tmp_path / "p.dvkpkg", edit), expected)


def test_zip_bomb(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    refused(
        ex,
        rezip(valid, tmp_path / "p.dvkpkg", _add("data/bomb.txt", b"\0" * 50_000_000)),
        "nghi “bom zip”",
    )


def test_huge_declared_size(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    package = rezip(valid, tmp_path / "p.dvkpkg", _add("data/big.bin", b"small"))
    raw = bytearray(package.read_bytes())
    # Patch the central directory's uncompressed size of the last entry to 3 GiB.
    with zipfile.ZipFile(package) as zf:
        info = zf.infolist()[-1]
    cd = raw.rfind(b"PK\x01\x02" + raw[raw.rfind(b"PK\x01\x02") + 4 : raw.rfind(b"PK\x01\x02") + 6])
    size_at = cd + 24
    assert int.from_bytes(raw[size_at : size_at + 4], "little") == info.file_size
    raw[size_at : size_at + 4] = (3 * 1024**3).to_bytes(4, "little")
    package.write_bytes(bytes(raw))
    refused(ex, package, "quá lớn")


def test_truncated_zip(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.dvkpkg"
    cut.write_bytes(valid.read_bytes()[: valid.stat().st_size // 2])
    refused(ex, cut, "không phải tệp nén zip hợp lệ hoặc đã bị cắt cụt")


def test_not_a_zip(ex: Exchange, tmp_path: Path) -> None:
    fake = tmp_path / "anh.dvkpkg"
    fake.write_bytes(b"\xff\xd8\xff\xe0 this is a photo, not a package" * 10)
    refused(ex, fake, "không phải tệp nén zip hợp lệ")


def test_empty_file(ex: Exchange, tmp_path: Path) -> None:
    empty = tmp_path / "rong.dvkpkg"
    empty.write_bytes(b"")
    refused(ex, empty, "không phải tệp nén zip hợp lệ")


def test_junk_before_the_archive(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.dvkpkg"
    junk.write_bytes(b"#!/bin/sh\nrm -rf /\n" + valid.read_bytes())
    refused(ex, junk, "dữ liệu lạ nằm trước nội dung tệp nén")


# ------------------------------------------------------------ a signing insider's bad content


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"format": "dvk-records", "version": 1, "models": [\xff]}', "không phải UTF-8 hợp lệ"),
        (b'{"format": "dvk-records", "version": 1,', "sai cú pháp JSON"),
        (b'{"format": "dvk-records", "format": "x", "version": 1}', "trùng"),
        (b'{"format": "dvk-records", "version": NaN}', "NaN"),
        (b"[" * 200 + b"]" * 200, "lồng nhau quá sâu"),
        (b'\xef\xbb\xbf{"format": "dvk-records", "version": 1}', "BOM"),
        (b'{"format": "dvk-records", "version": 1, "x": "\\ud800"}', "nửa cặp thay thế"),
    ],
    ids=["invalid-utf8", "malformed", "duplicate-keys", "nan", "deep", "bom", "lone-surrogate"],
)
def test_malformed_records_json(
    ex: Exchange, valid: Path, tmp_path: Path, data: bytes, expected: str
) -> None:
    forged = forge(valid, tmp_path / "p.dvkpkg", ex.commune_key(), records_bytes=data)
    refused(ex, forged, expected)


def _first_model(change: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    return lambda r: r["models"][0].update(change)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda r: r.update(version=99), "định dạng hoặc phiên bản bản ghi không được hỗ trợ"),
        (
            _first_model({"source_unit_code": "00073"}),
            "thuộc đơn vị “00073”, không phải đơn vị gửi",
        ),
        (_first_model({"name": "x" * 5000}), "vượt giới hạn 300"),
        (_first_model({"field": "the_thao"}), "giá trị “the_thao” của trường “field” không hợp lệ"),
        (_first_model({"budget_state": -5}), "phải là số nguyên không âm"),
        (_first_model({"start_date": "2026-02-30"}), "ngày “2026-02-30”"),
        (
            _first_model({"owner_org_uuid": "12345678-1234-4234-8234-123456789012"}),
            "không có trong gói",
        ),
        (_first_model({"uuid": "not-a-uuid"}), "mã định danh “uuid” không hợp lệ"),
        (lambda r: r["evidence"][0].update(sha256="../../etc/passwd"), "mã băm tệp không hợp lệ"),
        (lambda r: r["people"][0].update(cccd="001082012345"), "không được phép: cccd"),
        (lambda r: r["models"].append(dict(r["models"][0])), "mã định danh bị trùng"),
        (lambda r: r.update(sender={"unit_code": "00073"}), "đơn vị gửi trong bản ghi không khớp"),
    ],
    ids=[
        "schema-version",
        "other-commune",
        "over-long",
        "bad-enum",
        "negative-money",
        "bad-date",
        "dangling-ref",
        "bad-uuid",
        "evidence-path",
        "id-card",
        "duplicate-model",
        "sender-mismatch",
    ],
)
def test_bad_records_from_an_enrolled_sender(
    ex: Exchange, valid: Path, tmp_path: Path, edit: Callable[[dict[str, Any]], None], expected: str
) -> None:
    forged = forge(valid, tmp_path / "p.dvkpkg", ex.commune_key(), records=_records(edit))
    refused(ex, forged, expected)


def test_wrong_header_version(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    forged = forge(
        valid, tmp_path / "p.dvkpkg", ex.commune_key(), header=lambda h: h.update(version=99)
    )
    refused(ex, forged, "phiên bản định dạng gói 99")


def test_evidence_not_belonging_to_any_record(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    import hashlib

    body = b"\xff\xd8\xff extra"
    forged = forge(
        valid,
        tmp_path / "p.dvkpkg",
        ex.commune_key(),
        extra_payload={f"evidence/{hashlib.sha256(body).hexdigest()}": body},
    )
    refused(ex, forged, "không thuộc bản ghi nào")


def test_formula_like_text_is_kept_as_plain_text(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    formula = "=cmd|' /C calc'!A0"
    forged = forge(
        valid,
        tmp_path / "p.dvkpkg",
        ex.commune_key(),
        records=_records(_first_model({"name": formula, "note": "@SUM(1+1)"})),
    )
    with ex.upper() as upper:
        assert exchange.import_package(upper, forged, passphrase=UPPER_PASS).status == "imported"
        from dvk_desktop.services import models

        uuid = json.loads(members(forged)["data/records.json"])["models"][0]["uuid"]
        snap = models.get_model(upper, uuid)
    assert (snap["name"], snap["note"]) == (formula, "@SUM(1+1)")


# ------------------------------------------------------------ encrypted packages


def test_encrypted_for_another_unit(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    other = keys.KeyPair.generate()
    sealed = tmp_path / "p.dvkpkg.age"
    agecrypt.encrypt_file(valid, sealed, [other.age_recipient])
    refused(ex, sealed, "không được mã hóa cho đơn vị này")


def test_truncated_encrypted_package(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    with ex.upper() as upper, upper.sessions() as session:
        from dvk_desktop.services import trust

        recipient = trust.list_keys(session)[0]  # the commune's, for the shape only
        assert recipient
    from dvk_desktop.services import workspace_keys

    with ex.upper() as upper:
        own = workspace_keys.public_info(upper)
    assert own is not None
    sealed = tmp_path / "p.dvkpkg.age"
    agecrypt.encrypt_file(valid, sealed, [own.age_recipient])
    sealed.write_bytes(sealed.read_bytes()[:-200])
    refused(ex, sealed, "bị hỏng hoặc bị cắt cụt")
