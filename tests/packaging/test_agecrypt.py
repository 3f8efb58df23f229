from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest

from dvk_desktop.errors import Cancelled, PackageError, ValidationError
from dvk_desktop.packaging import agecrypt
from dvk_desktop.progress import CancelToken

# The real CLI must be there (scripts/run-tests.sh installs it): a missing tool fails loudly.
needs_cli = pytest.mark.usefixtures("age_cli")


@pytest.fixture
def age_cli() -> str:
    path = shutil.which("age")
    assert path, "the age CLI is not installed: run scripts/run-tests.sh"
    return path


@pytest.fixture
def identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "goi.zip"
    path.write_bytes(os.urandom(300_000))
    return path


@pytest.fixture
def staging(tmp_path: Path) -> Path:
    path = tmp_path / "staging"
    path.mkdir()
    return path


def encrypt(plain: Path, identity: pyrage.x25519.Identity, tmp_path: Path) -> Path:
    out = tmp_path / "goi.zip.age"
    agecrypt.encrypt_file(plain, out, [str(identity.to_public())])
    return out


def test_round_trip(
    tmp_path: Path, plain: Path, staging: Path, identity: pyrage.x25519.Identity
) -> None:
    encrypted = encrypt(plain, identity, tmp_path)
    assert agecrypt.is_age_file(encrypted)
    assert not agecrypt.is_age_file(plain)
    header = agecrypt.inspect_header(encrypted)
    assert header.x25519_stanzas == 1
    out = agecrypt.decrypt_file(encrypted, staging, str(identity))
    assert out == staging / "package.zip"
    assert out.read_bytes() == plain.read_bytes()
    assert [p.name for p in staging.iterdir()] == ["package.zip"]


def test_encrypts_for_several_recipients(tmp_path: Path, plain: Path, staging: Path) -> None:
    ids = [pyrage.x25519.Identity.generate() for _ in range(3)]
    out = tmp_path / "x.age"
    agecrypt.encrypt_file(plain, out, [str(i.to_public()) for i in ids])
    assert agecrypt.inspect_header(out).x25519_stanzas == 3
    result = agecrypt.decrypt_file(out, staging, str(ids[2]))
    assert result.read_bytes() == plain.read_bytes()


@needs_cli
def test_age_cli_decrypts_our_file(
    tmp_path: Path, plain: Path, identity: pyrage.x25519.Identity
) -> None:
    encrypted = encrypt(plain, identity, tmp_path)
    key_file = tmp_path / "identity.txt"
    key_file.write_text(str(identity) + "\n")
    out = tmp_path / "from-cli.zip"
    subprocess.run(
        ["age", "-d", "-i", str(key_file), "-o", str(out), str(encrypted)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == plain.read_bytes()


@needs_cli
def test_we_decrypt_a_file_made_by_the_age_cli(
    tmp_path: Path, plain: Path, staging: Path, identity: pyrage.x25519.Identity
) -> None:
    encrypted = tmp_path / "cli.age"
    subprocess.run(
        ["age", "-e", "-r", str(identity.to_public()), "-o", str(encrypted), str(plain)],
        check=True,
        capture_output=True,
    )
    out = agecrypt.decrypt_file(encrypted, staging, str(identity), output_name="cli.zip")
    assert out.read_bytes() == plain.read_bytes()


def test_decrypt_with_another_key_says_package_is_not_for_this_unit(
    tmp_path: Path, plain: Path, staging: Path, identity: pyrage.x25519.Identity
) -> None:
    encrypted = encrypt(plain, identity, tmp_path)
    other = pyrage.x25519.Identity.generate()
    with pytest.raises(PackageError) as caught:
        agecrypt.decrypt_file(encrypted, staging, str(other))
    assert "không được mã hóa cho đơn vị này" in caught.value.message
    assert list(staging.iterdir()) == []


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_truncated_file_leaves_no_plaintext_behind(
    tmp_path: Path,
    plain: Path,
    staging: Path,
    identity: pyrage.x25519.Identity,
    keep: float,
) -> None:
    encrypted = encrypt(plain, identity, tmp_path)
    data = encrypted.read_bytes()
    encrypted.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(PackageError) as caught:
        agecrypt.decrypt_file(encrypted, staging, str(identity))
    assert "bị hỏng hoặc bị cắt cụt" in caught.value.message
    assert list(staging.iterdir()) == []


def test_output_over_the_cap_is_refused_and_deleted(
    tmp_path: Path, plain: Path, staging: Path, identity: pyrage.x25519.Identity
) -> None:
    encrypted = encrypt(plain, identity, tmp_path)
    with pytest.raises(PackageError, match="vượt quá giới hạn 1000 byte"):
        agecrypt.decrypt_file(encrypted, staging, str(identity), max_output_bytes=1000)
    assert list(staging.iterdir()) == []


def test_cancelled_decrypt_leaves_nothing(
    tmp_path: Path, plain: Path, staging: Path, identity: pyrage.x25519.Identity
) -> None:
    encrypted = encrypt(plain, identity, tmp_path)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        agecrypt.decrypt_file(encrypted, staging, str(identity), cancel=token)
    assert list(staging.iterdir()) == []


def test_cancelled_encrypt_creates_no_output(
    tmp_path: Path, plain: Path, identity: pyrage.x25519.Identity
) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        agecrypt.encrypt_file(plain, tmp_path / "x.age", [str(identity.to_public())], cancel=token)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goi.zip"]


def test_refuses_passphrase_encrypted_file(tmp_path: Path, staging: Path) -> None:
    path = tmp_path / "p.age"
    path.write_bytes(pyrage.passphrase.encrypt(b"secret", "mật khẩu"))
    with pytest.raises(PackageError, match="khóa bằng mật khẩu"):
        agecrypt.decrypt_file(path, staging, str(pyrage.x25519.Identity.generate()))


def test_refuses_armored_file(tmp_path: Path, identity: pyrage.x25519.Identity) -> None:
    path = tmp_path / "a.age"
    path.write_bytes(pyrage.encrypt(b"x", [identity.to_public()], armored=True))
    with pytest.raises(PackageError, match="ASCII armor"):
        agecrypt.inspect_header(path)


def test_refuses_too_many_recipients(tmp_path: Path) -> None:
    recipients = [pyrage.x25519.Identity.generate().to_public() for _ in range(21)]
    path = tmp_path / "many.age"
    path.write_bytes(pyrage.encrypt(b"x", recipients))
    with pytest.raises(PackageError, match="quá nhiều người nhận"):
        agecrypt.inspect_header(path)


def test_refuses_unknown_stanza_type(tmp_path: Path, identity: pyrage.x25519.Identity) -> None:
    data = pyrage.encrypt(b"x", [identity.to_public()]).replace(b"-> X25519 ", b"-> ssh-ed25519 ")
    path = tmp_path / "ssh.age"
    path.write_bytes(data)
    with pytest.raises(PackageError, match="không được hỗ trợ"):
        agecrypt.inspect_header(path)


def test_refuses_oversized_or_unterminated_header(tmp_path: Path) -> None:
    path = tmp_path / "big.age"
    path.write_bytes(agecrypt.AGE_MAGIC + (b"-> X25519 " + b"A" * 60 + b"\n") * 1000)
    with pytest.raises(PackageError, match="phần đầu quá dài"):
        agecrypt.inspect_header(path)


def test_refuses_non_age_file(plain: Path, staging: Path, identity: pyrage.x25519.Identity) -> None:
    with pytest.raises(PackageError, match=r"không bắt đầu bằng “age-encryption\.org/v1”"):
        agecrypt.decrypt_file(plain, staging, str(identity))


def test_encrypt_refuses_invalid_or_missing_recipients(tmp_path: Path, plain: Path) -> None:
    with pytest.raises(ValidationError, match="không phải khóa age hợp lệ"):
        agecrypt.encrypt_file(plain, tmp_path / "x.age", ["age1khongphaikhoa"])
    with pytest.raises(ValidationError, match="Cần từ 1 đến 20 người nhận"):
        agecrypt.encrypt_file(plain, tmp_path / "x.age", [])
    assert not (tmp_path / "x.age").exists()
