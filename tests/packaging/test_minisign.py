from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dvk_desktop.errors import SignatureError
from dvk_desktop.packaging import minisign

# The real CLI must be there (scripts/run-tests.sh installs it): a missing tool fails loudly.
needs_cli = pytest.mark.usefixtures("minisign_cli")


@pytest.fixture
def minisign_cli() -> str:
    path = shutil.which("minisign")
    assert path, "the minisign CLI is not installed: run scripts/run-tests.sh"
    return path


@pytest.fixture
def key() -> tuple[Ed25519PrivateKey, bytes, bytes]:
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return private, os.urandom(8), public


def make_file(tmp_path: Path, size: int = 3 * 1024 * 1024 + 7) -> Path:
    path = tmp_path / "gói.zip"
    path.write_bytes(os.urandom(size))
    return path


def test_public_key_text_round_trips(key: tuple[Ed25519PrivateKey, bytes, bytes]) -> None:
    _, key_id, public = key
    text = minisign.format_public_key(key_id, public)
    assert text.startswith("untrusted comment: minisign public key ")
    assert minisign.parse_public_key(text) == (key_id, public)
    assert minisign.parse_public_key(text.splitlines()[1]) == (key_id, public)


@pytest.mark.parametrize(
    "text",
    ["", "untrusted comment: x\n", "untrusted comment: x\n!!!\n", "RWQ=\n", "a\nb\nc\n"],
)
def test_parse_public_key_refuses_malformed_text(text: str) -> None:
    with pytest.raises(SignatureError, match="Khóa công khai minisign sai định dạng"):
        minisign.parse_public_key(text)


def test_sign_and_verify_file_returns_trusted_comment(
    tmp_path: Path, key: tuple[Ed25519PrivateKey, bytes, bytes]
) -> None:
    private, key_id, public = key
    path = make_file(tmp_path)
    sig = minisign.sign(path, private_key=private, key_id=key_id, trusted_comment="đơn vị 00070")
    assert minisign.parse_signature(sig).algorithm == b"ED"
    assert minisign.verify(path, sig, public, key_id) == "đơn vị 00070"
    assert minisign.verify(path.read_bytes(), sig, public, None) == "đơn vị 00070"


def test_verify_refuses_tampered_file(
    tmp_path: Path, key: tuple[Ed25519PrivateKey, bytes, bytes]
) -> None:
    private, key_id, public = key
    sig = minisign.sign(b"noi dung", private_key=private, key_id=key_id, trusted_comment="t")
    with pytest.raises(SignatureError, match="nội dung tệp không khớp với chữ ký"):
        minisign.verify(b"noi dunG", sig, public, key_id)


def test_verify_refuses_tampered_trusted_comment(
    key: tuple[Ed25519PrivateKey, bytes, bytes],
) -> None:
    private, key_id, public = key
    sig = minisign.sign(b"x", private_key=private, key_id=key_id, trusted_comment="seq:1")
    forged = sig.replace("trusted comment: seq:1", "trusted comment: seq:9")
    with pytest.raises(SignatureError, match="Chữ ký toàn cục không hợp lệ"):
        minisign.verify(b"x", forged, public, key_id)


def test_verify_refuses_other_key_id_and_other_key(
    key: tuple[Ed25519PrivateKey, bytes, bytes],
) -> None:
    private, key_id, public = key
    sig = minisign.sign(b"x", private_key=private, key_id=key_id, trusted_comment="t")
    with pytest.raises(SignatureError, match="khóa khác"):
        minisign.verify(b"x", sig, public, b"\x00" * 8)
    other = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    with pytest.raises(SignatureError, match="không khớp với chữ ký"):
        minisign.verify(b"x", sig, other, None)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: s.replace("untrusted comment:", "comment:"),
        lambda s: "\n".join(s.splitlines()[:3]),
        lambda s: s.replace(s.splitlines()[1], s.splitlines()[1][:-8]),
        lambda s: s.replace(s.splitlines()[3], "@@@@"),
        lambda s: s + "extra\n",
    ],
)
def test_verify_refuses_malformed_signature_file(
    key: tuple[Ed25519PrivateKey, bytes, bytes], mangle: object
) -> None:
    private, key_id, public = key
    sig = minisign.sign(b"x", private_key=private, key_id=key_id, trusted_comment="t")
    with pytest.raises(SignatureError, match="sai định dạng"):
        minisign.verify(b"x", mangle(sig), public, key_id)  # type: ignore[operator]


def test_verify_accepts_legacy_non_prehashed_signature(
    key: tuple[Ed25519PrivateKey, bytes, bytes],
) -> None:
    import base64

    private, key_id, public = key
    signature = private.sign(b"legacy")
    global_sig = private.sign(signature + b"old")
    text = (
        "untrusted comment: x\n"
        + base64.b64encode(b"Ed" + key_id + signature).decode()
        + "\ntrusted comment: old\n"
        + base64.b64encode(global_sig).decode()
        + "\n"
    )
    assert minisign.verify(b"legacy", text, public, key_id) == "old"


def test_sign_refuses_multiline_comment(key: tuple[Ed25519PrivateKey, bytes, bytes]) -> None:
    private, key_id, _ = key
    with pytest.raises(ValueError):
        minisign.sign(b"x", private_key=private, key_id=key_id, trusted_comment="a\nb")


@needs_cli
def test_minisign_cli_verifies_our_signature(
    tmp_path: Path, key: tuple[Ed25519PrivateKey, bytes, bytes]
) -> None:
    private, key_id, public = key
    path = make_file(tmp_path)
    sig = minisign.sign(path, private_key=private, key_id=key_id, trusted_comment="seq:42")
    (tmp_path / "gói.zip.minisig").write_text(sig)
    blob = minisign.format_public_key(key_id, public).splitlines()[1]
    result = subprocess.run(
        ["minisign", "-Vm", str(path), "-P", blob], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "seq:42" in result.stdout
    path.write_bytes(path.read_bytes() + b"x")
    tampered = subprocess.run(
        ["minisign", "-Vm", str(path), "-P", blob], capture_output=True, check=False
    )
    assert tampered.returncode != 0


@needs_cli
def test_we_verify_a_signature_made_by_the_minisign_cli(tmp_path: Path) -> None:
    pub, sec = tmp_path / "k.pub", tmp_path / "k.key"
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(pub), "-s", str(sec)], check=True, capture_output=True
    )
    path = make_file(tmp_path, 100_000)
    subprocess.run(
        ["minisign", "-S", "-s", str(sec), "-m", str(path), "-t", "từ CLI"],
        check=True,
        capture_output=True,
    )
    key_id, public = minisign.parse_public_key(pub.read_text())
    sig = (tmp_path / "gói.zip.minisig").read_text()
    assert minisign.verify(path, sig, public, key_id) == "từ CLI"
    # minisign prints the key id as a hex number without leading zeros.
    shown = pub.read_text().splitlines()[0].split()[-1]
    assert shown.zfill(16) == minisign.key_id_hex(key_id)
