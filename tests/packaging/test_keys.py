from __future__ import annotations

import json
import os
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dvk_desktop.errors import (
    PackageError,
    PassphraseError,
    SignatureError,
    StorageError,
    ValidationError,
)
from dvk_desktop.packaging import edwards, keys, minisign
from dvk_desktop.packaging.strictjson import loads_strict

FAST_N = keys.MIN_SCRYPT_N  # tests only; production keeps DEFAULT_SCRYPT_N
PASS = "Mật khẩu rất dài 2025"


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "workspace.key"
    keys.create_key_file(path, unit_code="00070", passphrase=PASS, scrypt_n=FAST_N)
    return path


@pytest.fixture
def unlocked(key_file: Path) -> keys.UnlockedKey:
    return keys.unlock(key_file, PASS)


def _compress(point: tuple[int, int, int, int]) -> bytes:
    x, y, z, _ = point
    p = 2**255 - 19
    zi = pow(z, p - 2, p)
    x, y = x * zi % p, y * zi % p
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


# ---------------------------------------------------------------- wrapping


def test_wrap_and_unwrap_round_trip() -> None:
    envelope = keys.wrap_private(b"s" * 32, "mật khẩu", n=FAST_N)
    assert keys.unwrap_private(envelope, "mật khẩu") == b"s" * 32
    assert json.loads(envelope)["kdf"]["n"] == FAST_N


def test_default_scrypt_cost_is_two_to_the_seventeen() -> None:
    assert keys.DEFAULT_SCRYPT_N == 2**17


def test_unwrap_accepts_passphrase_typed_in_decomposed_form() -> None:
    envelope = keys.wrap_private(b"seed", unicodedata.normalize("NFC", "Hà Nội"), n=FAST_N)
    assert keys.unwrap_private(envelope, unicodedata.normalize("NFD", "Hà Nội")) == b"seed"


def test_unwrap_with_wrong_passphrase_raises_passphrase_error() -> None:
    envelope = keys.wrap_private(b"seed", "đúng", n=FAST_N)
    with pytest.raises(PassphraseError, match="Mật khẩu không đúng"):
        keys.unwrap_private(envelope, "sai")


def test_lowering_kdf_cost_in_the_envelope_breaks_decryption() -> None:
    envelope = json.loads(keys.wrap_private(b"seed", "pw", n=2 * FAST_N))
    envelope["kdf"]["n"] = FAST_N
    with pytest.raises(PassphraseError):
        keys.unwrap_private(json.dumps(envelope).encode(), "pw")


@pytest.mark.parametrize(("n", "r", "p"), [(2**30, 8, 1), (2**15, 1024, 1), (3000, 8, 1)])
def test_unwrap_refuses_absurd_kdf_parameters(n: int, r: int, p: int) -> None:
    envelope = json.loads(keys.wrap_private(b"seed", "pw", n=FAST_N))
    envelope["kdf"].update(n=n, r=r, p=p)
    with pytest.raises(StorageError, match="nằm ngoài giới hạn"):
        keys.unwrap_private(json.dumps(envelope).encode(), "pw")


def test_wrap_refuses_empty_passphrase() -> None:
    with pytest.raises(ValidationError, match="không được để trống"):
        keys.wrap_private(b"seed", "", n=FAST_N)


# ---------------------------------------------------------------- key file


def test_create_key_file_then_unlock_gives_matching_keys(key_file: Path) -> None:
    info = keys.load_public(key_file)
    assert info.unit_code == "00070"
    assert len(info.key_id) == 8
    assert info.age_recipient.startswith("age1")
    unlocked = keys.unlock(key_file, PASS)
    assert unlocked.info == info
    assert unlocked.pair.public_key == info.ed25519_public_key
    identity = pyrage.x25519.Identity.from_str(unlocked.age_identity)
    assert str(identity.to_public()) == info.age_recipient


def test_key_file_keeps_secrets_out_of_plain_sight(
    key_file: Path, unlocked: keys.UnlockedKey
) -> None:
    text = key_file.read_text()
    assert unlocked.age_identity not in text
    assert "AGE-SECRET-KEY" not in text
    seed = unlocked.pair.seed()
    import base64

    assert base64.b64encode(seed).decode() not in text
    assert not list(key_file.parent.glob(".*tmp"))  # no temporary file left


def test_unlock_with_wrong_passphrase_says_so(key_file: Path) -> None:
    with pytest.raises(PassphraseError) as caught:
        keys.unlock(key_file, "sai mật khẩu")
    assert "Mật khẩu không đúng" in caught.value.message
    assert "bộ gõ tiếng Việt" in caught.value.hint


def test_create_key_file_refuses_to_overwrite(key_file: Path) -> None:
    with pytest.raises(StorageError, match="đã tồn tại"):
        keys.create_key_file(key_file, unit_code="00070", passphrase=PASS, scrypt_n=FAST_N)


def test_create_key_file_refuses_bad_unit_code(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Mã đơn vị"):
        keys.create_key_file(tmp_path / "k", unit_code="../x", passphrase=PASS, scrypt_n=FAST_N)


def test_load_public_refuses_corrupt_key_file(key_file: Path) -> None:
    key_file.write_bytes(key_file.read_bytes()[:-20])
    with pytest.raises(StorageError, match=r"^Tệp khóa workspace\.key không hợp lệ"):
        keys.load_public(key_file)
    key_file.write_bytes(b"\x00\x01garbage")
    with pytest.raises(StorageError, match="NUL"):
        keys.load_public(key_file)


def test_load_public_refuses_missing_field(key_file: Path) -> None:
    obj = json.loads(key_file.read_text())
    del obj["age_recipient"]
    key_file.write_text(json.dumps(obj))
    with pytest.raises(StorageError, match="thiếu trường age_recipient"):
        keys.load_public(key_file)


def test_editing_the_unit_code_in_the_key_file_prevents_unlocking(key_file: Path) -> None:
    obj = json.loads(key_file.read_text())
    obj["unit_code"] = "00071"
    key_file.write_text(json.dumps(obj))
    with pytest.raises(PassphraseError):
        keys.unlock(key_file, PASS)


def test_change_passphrase(key_file: Path) -> None:
    before = keys.load_public(key_file)
    keys.change_passphrase(key_file, PASS, "mật khẩu mới", scrypt_n=FAST_N)
    assert keys.unlock(key_file, "mật khẩu mới").info == before
    with pytest.raises(PassphraseError):
        keys.unlock(key_file, PASS)


def test_unlocked_key_signs_minisign_signatures(unlocked: keys.UnlockedKey) -> None:
    sig = unlocked.sign_minisign(b"data", "seq:1")
    info = unlocked.info
    assert minisign.verify(b"data", sig, info.ed25519_public_key, info.key_id) == "seq:1"
    assert minisign.parse_public_key(info.minisign_public_key()) == (
        info.key_id,
        info.ed25519_public_key,
    )


# ---------------------------------------------------------------- fingerprint and key checks


def test_fingerprint_is_six_groups_of_five_digits_and_stable() -> None:
    fp = keys.fingerprint(b"\x01" * 32)
    groups = fp.split(" ")
    assert len(groups) == 6
    assert all(len(g) == 5 and g.isdigit() for g in groups)
    assert fp == keys.fingerprint(b"\x01" * 32)
    assert fp != keys.fingerprint(b"\x02" * 32)


def test_check_public_key_accepts_real_keys() -> None:
    for _ in range(10):
        public = (
            Ed25519PrivateKey.generate()
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
        keys.check_public_key(public)


SMALL_ORDER = [
    bytes(32),  # all zero: a point of order 4
    b"\x01" + bytes(31),  # the identity point
    b"\xec" + b"\xff" * 30 + b"\x7f",  # (0, -1), order 2
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),  # order 8
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),  # order 8
]


@pytest.mark.parametrize("public", SMALL_ORDER)
def test_check_public_key_refuses_small_order_points(public: bytes) -> None:
    with pytest.raises(SignatureError, match="khóa yếu"):
        keys.check_public_key(public)


def test_check_public_key_refuses_non_canonical_and_off_curve_encodings() -> None:
    non_canonical = b"\xed" + b"\xff" * 30 + b"\x7f"  # y = p
    with pytest.raises(SignatureError):
        keys.check_public_key(non_canonical)
    negative_zero = b"\x01" + bytes(30) + b"\x80"  # identity with the sign bit set
    with pytest.raises(SignatureError):
        keys.check_public_key(negative_zero)
    with pytest.raises(SignatureError, match="cần 32 byte"):
        keys.check_public_key(b"\x01" * 31)


def test_check_public_key_refuses_mixed_order_point() -> None:
    public = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    point = edwards.decompress(public)
    torsion = edwards.decompress(SMALL_ORDER[3])
    assert point is not None and torsion is not None
    mixed = _compress(edwards._add(point, torsion))
    with pytest.raises(SignatureError):
        keys.check_public_key(mixed)


# ---------------------------------------------------------------- enrolment


def test_enrolment_round_trip(tmp_path: Path, unlocked: keys.UnlockedKey) -> None:
    path = tmp_path / "dang-ky.json"
    written = keys.write_enrolment(
        path, unlocked, unit_name="Phường Hoàn Kiếm", role="commune", created=date(2025, 11, 1)
    )
    read = keys.read_enrolment(path)
    assert read == written
    assert read.unit_code == "00070"
    assert read.unit_name == "Phường Hoàn Kiếm"
    assert read.ed25519_public_key == unlocked.info.ed25519_public_key
    assert read.fingerprint == unlocked.info.fingerprint
    assert read.created == date(2025, 11, 1)


def _write_edited(path: Path, document: dict[str, object]) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False))


def test_read_enrolment_detects_edited_content(tmp_path: Path, unlocked: keys.UnlockedKey) -> None:
    document = keys.make_enrolment(unlocked, unit_name="Xã A", role="commune")
    document["unit_name"] = "Xã B"
    _write_edited(tmp_path / "e.json", document)
    with pytest.raises(SignatureError, match="bị hỏng hoặc bị sửa đổi"):
        keys.read_enrolment(tmp_path / "e.json")


def test_read_enrolment_detects_wrong_fingerprint(
    tmp_path: Path, unlocked: keys.UnlockedKey
) -> None:
    document = keys.make_enrolment(unlocked, unit_name="Xã A", role="commune")
    document["fingerprint"] = "00000 00000 00000 00000 00000 00000"
    _write_edited(tmp_path / "e.json", document)
    with pytest.raises(PackageError, match="fingerprint"):
        keys.read_enrolment(tmp_path / "e.json")


def test_read_enrolment_refuses_weak_key(tmp_path: Path, unlocked: keys.UnlockedKey) -> None:
    import base64

    document = keys.make_enrolment(unlocked, unit_name="Xã A", role="commune")
    document["ed25519_public_key"] = base64.b64encode(b"\x01" + bytes(31)).decode()
    _write_edited(tmp_path / "e.json", document)
    with pytest.raises(SignatureError, match="khóa yếu"):
        keys.read_enrolment(tmp_path / "e.json")


def test_read_enrolment_refuses_unknown_version_and_extra_fields(
    tmp_path: Path, unlocked: keys.UnlockedKey
) -> None:
    document = keys.make_enrolment(unlocked, unit_name="Xã A", role="commune")
    _write_edited(tmp_path / "e.json", {**document, "version": 2})
    with pytest.raises(PackageError, match="phiên bản"):
        keys.read_enrolment(tmp_path / "e.json")
    _write_edited(tmp_path / "e.json", {**document, "admin": True})
    with pytest.raises(PackageError, match="không được phép admin"):
        keys.read_enrolment(tmp_path / "e.json")


def test_make_enrolment_refuses_multiline_name(unlocked: keys.UnlockedKey) -> None:
    with pytest.raises(ValidationError, match="Tên đơn vị"):
        keys.make_enrolment(unlocked, unit_name="a\nb", role="commune")


# ---------------------------------------------------------------- rotation


def _new_public(tmp_path: Path) -> keys.PublicKeyInfo:
    return keys.create_key_file(
        tmp_path / "new.key", unit_code="00070", passphrase=PASS, scrypt_n=FAST_N
    )


def test_rotation_statement_verifies_with_the_old_key(
    tmp_path: Path, unlocked: keys.UnlockedKey
) -> None:
    new = _new_public(tmp_path)
    statement = keys.make_rotation_statement(
        unlocked, new, reason="Máy tính bị hỏng", now=datetime(2025, 11, 2, tzinfo=UTC)
    )
    data = json.dumps(statement).encode()
    result = keys.verify_rotation_statement(
        loads_strict(data, max_bytes=10_000), unlocked.info.ed25519_public_key
    )
    assert result.new_ed25519_public_key == new.ed25519_public_key
    assert result.new_age_recipient == new.age_recipient
    assert result.reason == "Máy tính bị hỏng"


def test_rotation_statement_refuses_tampered_new_key(
    tmp_path: Path, unlocked: keys.UnlockedKey
) -> None:
    new = _new_public(tmp_path)
    statement = keys.make_rotation_statement(unlocked, new)
    attacker = keys.KeyPair.generate()
    import base64

    statement["new_ed25519_public_key"] = base64.b64encode(attacker.public_key).decode()
    statement["new_fingerprint"] = keys.fingerprint(attacker.public_key)
    with pytest.raises(SignatureError, match="văn bản đã bị sửa đổi hoặc giả mạo"):
        keys.verify_rotation_statement(statement, unlocked.info.ed25519_public_key)


def test_rotation_statement_refuses_other_old_key(
    tmp_path: Path, unlocked: keys.UnlockedKey
) -> None:
    statement = keys.make_rotation_statement(unlocked, _new_public(tmp_path))
    with pytest.raises(SignatureError, match="không được ký bằng khóa đã đăng ký"):
        keys.verify_rotation_statement(statement, os.urandom(32))


def test_rotation_refuses_key_of_another_unit(tmp_path: Path, unlocked: keys.UnlockedKey) -> None:
    other = keys.create_key_file(
        tmp_path / "o.key", unit_code="00071", passphrase=PASS, scrypt_n=FAST_N
    )
    with pytest.raises(ValidationError, match="đơn vị khác"):
        keys.make_rotation_statement(unlocked, other)
