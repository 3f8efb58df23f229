"""Minisign-format detached signatures (prehashed Ed25519), compatible with the minisign CLI."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dvk_desktop.errors import SignatureError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken

KEY_ID_BYTES = 8
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
ALG_PREHASHED = b"ED"
ALG_LEGACY = b"Ed"
MAX_COMMENT_CHARS = 1024
MAX_TRUSTED_COMMENT_CHARS = 8192
MAX_LEGACY_BYTES = 64 * 1024 * 1024
"""Legacy signatures cover the raw file, which must be read whole; cap what we will load."""

_CHUNK = 1024 * 1024
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "
_SIG_HINT = _t("Gói hoặc chữ ký có thể đã bị sửa đổi; không dùng gói này và liên hệ bên gửi.")


@dataclass(frozen=True)
class MinisignSignature:
    """The parts of a minisign signature file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    untrusted_comment: str
    trusted_comment: str
    global_signature: bytes


def key_id_hex(key_id: bytes) -> str:
    """Return the key id as minisign prints it (little-endian 64-bit number, upper-case hex)."""
    return key_id[::-1].hex().upper()


def format_public_key(key_id: bytes, public_key: bytes, comment: str = "") -> str:
    """Return the text of a minisign ``.pub`` file for an Ed25519 public key.

    Args:
        key_id: The 8-byte key id.
        public_key: The 32-byte raw Ed25519 public key.
        comment: The untrusted comment; defaults to minisign's own wording.
    """
    _check_lengths(key_id, public_key)
    comment = comment or f"minisign public key {key_id_hex(key_id)}"
    _check_comment(comment, MAX_COMMENT_CHARS)
    blob = base64.b64encode(ALG_LEGACY + key_id + public_key).decode("ascii")
    return f"{_UNTRUSTED}{comment}\n{blob}\n"


def parse_public_key(text: str) -> tuple[bytes, bytes]:
    """Parse a minisign public key, either a whole ``.pub`` file or its base64 line alone.

    Returns:
        ``(key_id, public_key)``.

    Raises:
        SignatureError: The text is not exactly one minisign Ed25519 public key.
    """
    lines = [line.rstrip("\r") for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) == 2 and lines[0].startswith(_UNTRUSTED):
        blob_line = lines[1]
    elif len(lines) == 1:
        blob_line = lines[0]
    else:
        raise SignatureError(
            _t(
                "Khóa công khai minisign sai định dạng: cần một dòng chú thích "
                "“untrusted comment:” và một dòng base64.",
            ),
            hint=_t("Hãy sao chép lại nguyên văn tệp khóa công khai (.pub)."),
        )
    blob = _b64decode(blob_line, "Khóa công khai minisign")
    if len(blob) != 2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES or blob[:2] != ALG_LEGACY:
        raise SignatureError(
            _t(
                "Khóa công khai minisign sai định dạng: độ dài hoặc thuật toán không "
                "đúng (chỉ chấp nhận Ed25519).",
            ),
            hint=_t("Hãy sao chép lại nguyên văn tệp khóa công khai (.pub)."),
        )
    return blob[2 : 2 + KEY_ID_BYTES], blob[2 + KEY_ID_BYTES :]


def prehash(data: bytes | Path, *, cancel: CancelToken | None = None) -> bytes:
    """Return the BLAKE2b-512 digest of bytes or of a file read in chunks."""
    digest = hashlib.blake2b(digest_size=64)
    if isinstance(data, bytes):
        digest.update(data)
        return digest.digest()
    with open(data, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            if cancel is not None:
                cancel.check()
            digest.update(chunk)
    return digest.digest()


def sign(
    data: bytes | Path,
    *,
    private_key: Ed25519PrivateKey,
    key_id: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from minisign secret key",
    cancel: CancelToken | None = None,
) -> str:
    """Sign bytes or a file, returning the text of a minisign ``.minisig`` file.

    Only the prehashed ``ED`` algorithm is written: the file is hashed with BLAKE2b-512 in
    chunks, so files of any size are signed without loading them into memory.

    Args:
        data: The bytes, or the path of the file, to sign.
        private_key: The Ed25519 signing key.
        key_id: The signer's 8-byte key id, written into the signature as a lookup hint.
        trusted_comment: Text covered by the global signature (one line).
        untrusted_comment: Text not covered by any signature (one line).
        cancel: Checked between chunks while hashing.

    Raises:
        ValueError: A comment holds a newline or is too long, or ``key_id`` has the wrong size.
    """
    if len(key_id) != KEY_ID_BYTES:
        raise ValueError("key_id must be 8 bytes")
    _check_comment(untrusted_comment, MAX_COMMENT_CHARS)
    _check_comment(trusted_comment, MAX_TRUSTED_COMMENT_CHARS)
    signature = private_key.sign(prehash(data, cancel=cancel))
    global_signature = private_key.sign(signature + trusted_comment.encode("utf-8"))
    blob = base64.b64encode(ALG_PREHASHED + key_id + signature).decode("ascii")
    global_blob = base64.b64encode(global_signature).decode("ascii")
    return f"{_UNTRUSTED}{untrusted_comment}\n{blob}\n{_TRUSTED}{trusted_comment}\n{global_blob}\n"


def parse_signature(signature_text: str) -> MinisignSignature:
    """Parse the four lines of a minisign signature file without verifying anything.

    Raises:
        SignatureError: The text is not a well-formed minisign signature.
    """
    lines = [line.rstrip("\r") for line in signature_text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise SignatureError(
            _t(
                "Tệp chữ ký sai định dạng: cần đúng 4 dòng theo định dạng minisign (chú "
                "thích, chữ ký, chú thích tin cậy, chữ ký toàn cục).",
            ),
            hint=_SIG_HINT,
        )
    blob = _b64decode(lines[1], "Chữ ký")
    if len(blob) != 2 + KEY_ID_BYTES + SIGNATURE_BYTES or blob[:2] not in (
        ALG_PREHASHED,
        ALG_LEGACY,
    ):
        raise SignatureError(
            _t("Tệp chữ ký sai định dạng: độ dài chữ ký hoặc thuật toán không đúng."),
            hint=_SIG_HINT,
        )
    global_signature = _b64decode(lines[3], "Chữ ký toàn cục")
    if len(global_signature) != SIGNATURE_BYTES:
        raise SignatureError(
            _t("Tệp chữ ký sai định dạng: chữ ký toàn cục không đủ 64 byte."), hint=_SIG_HINT
        )
    return MinisignSignature(
        algorithm=blob[:2],
        key_id=blob[2 : 2 + KEY_ID_BYTES],
        signature=blob[2 + KEY_ID_BYTES :],
        untrusted_comment=lines[0][len(_UNTRUSTED) :],
        trusted_comment=lines[2][len(_TRUSTED) :],
        global_signature=global_signature,
    )


def verify(
    data: bytes | Path,
    signature_text: str,
    public_key: bytes,
    key_id: bytes | None = None,
    *,
    cancel: CancelToken | None = None,
) -> str:
    """Verify a minisign signature over bytes or a file and return its trusted comment.

    Prehashed (``ED``) and legacy (``Ed``) signatures are both accepted; legacy ones must load
    the whole file, which is capped at :data:`MAX_LEGACY_BYTES`.

    Args:
        data: The signed bytes, or the path of the signed file.
        signature_text: The text of the ``.minisig`` file.
        public_key: The expected signer's 32-byte Ed25519 public key (the real identity).
        key_id: The expected key id, or ``None`` to skip that check (it is only a hint).
        cancel: Checked between chunks while hashing.

    Raises:
        SignatureError: The signature is malformed, from another key, or does not verify.
    """
    parsed = parse_signature(signature_text)
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise ValueError("public_key must be 32 bytes")
    if key_id is not None and parsed.key_id != key_id:
        raise SignatureError(
            _t(
                "Chữ ký được tạo bằng khóa khác (mã khóa {key_id_hex}, cần {key_id_hex2}).",
                key_id_hex=key_id_hex(parsed.key_id),
                key_id_hex2=key_id_hex(key_id),
            ),
            hint=_t(
                "Gói này không do đơn vị đã đăng ký ký; kiểm tra lại bên gửi hoặc khóa "
                "đã đăng ký của họ.",
            ),
        )
    verifier = Ed25519PublicKey.from_public_bytes(public_key)
    if parsed.algorithm == ALG_PREHASHED:
        message = prehash(data, cancel=cancel)
    else:
        message = _read_whole(data)
    try:
        verifier.verify(parsed.signature, message)
    except InvalidSignature:
        raise SignatureError(
            _t("Chữ ký không hợp lệ: nội dung tệp không khớp với chữ ký của khóa này."),
            hint=_SIG_HINT,
        ) from None
    try:
        verifier.verify(
            parsed.global_signature, parsed.signature + parsed.trusted_comment.encode("utf-8")
        )
    except InvalidSignature:
        raise SignatureError(
            _t("Chữ ký toàn cục không hợp lệ: phần chú thích tin cậy đã bị sửa đổi."),
            hint=_SIG_HINT,
        ) from None
    return parsed.trusted_comment


def _read_whole(data: bytes | Path) -> bytes:
    if isinstance(data, bytes):
        return data
    if data.stat().st_size > MAX_LEGACY_BYTES:
        raise SignatureError(
            _t("Tệp quá lớn để kiểm tra chữ ký kiểu cũ (không băm trước)."),
            hint=_t("Yêu cầu bên gửi ký lại bằng minisign phiên bản mới (chữ ký ED)."),
        )
    return data.read_bytes()


def _b64decode(line: str, what: str) -> bytes:
    try:
        return base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(
            _t("{what} sai định dạng: dòng base64 không hợp lệ.", what=what), hint=_SIG_HINT
        ) from None


def _check_lengths(key_id: bytes, public_key: bytes) -> None:
    if len(key_id) != KEY_ID_BYTES or len(public_key) != PUBLIC_KEY_BYTES:
        raise ValueError("key_id must be 8 bytes and public_key 32 bytes")


def _check_comment(comment: str, limit: int) -> None:
    if "\n" in comment or "\r" in comment or len(comment) > limit:
        raise ValueError(f"comment must be one line of at most {limit} characters")
