"""The workspace key pair: Ed25519 signing key and age identity, wrapped under a passphrase."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from dvk_desktop.errors import (
    DvkError,
    PackageError,
    PassphraseError,
    SignatureError,
    StorageError,
    ValidationError,
)
from dvk_desktop.logs import register_secret
from dvk_desktop.messages import _t
from dvk_desktop.packaging import minisign
from dvk_desktop.packaging.edwards import is_strong_public_key
from dvk_desktop.packaging.strictjson import dumps_canonical, loads_strict
from dvk_desktop.storage.atomic import atomic_write_bytes

# 2**17 (128 MiB, r=8): today's usual floor for interactive unlocking; measured in
# tests/faults/test_privacy.py and docs/PERFORMANCE.md to stay under a second.
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# Caps applied when loading, so a crafted file cannot make unlocking take minutes or gigabytes.
MIN_SCRYPT_N = 2**10
MAX_SCRYPT_N = 2**20
MAX_SCRYPT_R = 16
MAX_SCRYPT_P = 4
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_ENROLMENT_BYTES = 64 * 1024

KEY_FILE_FORMAT = "dvk-desktop-key"
ENVELOPE_FORMAT = "dvk-wrapped-secret"
ENROLMENT_FORMAT = "dvk-desktop-enrolment"
ROTATION_FORMAT = "dvk-desktop-key-rotation"
FORMAT_VERSION = 1

# Domain separation: a signature made for one kind of statement never verifies as another.
_ENROLMENT_CONTEXT = b"dvk-desktop enrolment v1\n"
_ROTATION_CONTEXT = b"dvk-desktop key rotation v1\n"
_UNIT_CODE_RE = re.compile(r"^[0-9A-Za-z_-]{1,32}$")
_KEY_HINT = _t("Khôi phục tệp khóa từ bản sao lưu, hoặc tạo khóa mới và đăng ký lại với cấp trên.")


# ---------------------------------------------------------------- key material


@dataclass(frozen=True)
class KeyPair:
    """A freshly generated or unlocked Ed25519 signing key, minisign key id and age identity."""

    signing_key: Ed25519PrivateKey
    key_id: bytes
    age_identity: str

    @classmethod
    def generate(cls) -> KeyPair:
        """Create a new key pair with a random 8-byte minisign key id."""
        identity = pyrage.x25519.Identity.generate()
        return cls(Ed25519PrivateKey.generate(), os.urandom(minisign.KEY_ID_BYTES), str(identity))

    @property
    def public_key(self) -> bytes:
        """The raw 32-byte Ed25519 public key."""
        return _raw_public(self.signing_key)

    @property
    def age_recipient(self) -> str:
        """The public ``age1…`` recipient matching the age identity."""
        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    def seed(self) -> bytes:
        """Return the 32-byte Ed25519 private seed (secret)."""
        return self.signing_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )


@dataclass(frozen=True)
class PublicKeyInfo:
    """The public half of a workspace key, as stored in the key file."""

    unit_code: str
    created: datetime
    ed25519_public_key: bytes
    key_id: bytes
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        """The digit fingerprint to read over the phone (see :func:`fingerprint`)."""
        return fingerprint(self.ed25519_public_key)

    def minisign_public_key(self) -> str:
        """Return the key as a minisign ``.pub`` file text."""
        return minisign.format_public_key(self.key_id, self.ed25519_public_key)


@dataclass(frozen=True)
class UnlockedKey:
    """A key file opened with its passphrase: the public info plus the secret keys."""

    info: PublicKeyInfo
    pair: KeyPair

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        """The Ed25519 private key."""
        return self.pair.signing_key

    @property
    def age_identity(self) -> str:
        """The secret ``AGE-SECRET-KEY-1…`` identity string."""
        return self.pair.age_identity

    def sign_minisign(self, data: bytes | Path, trusted_comment: str) -> str:
        """Return a minisign signature (``.minisig`` text) over bytes or a file."""
        return minisign.sign(
            data,
            private_key=self.signing_key,
            key_id=self.info.key_id,
            trusted_comment=trusted_comment,
        )


def fingerprint(public_key: bytes) -> str:
    """Return 6 groups of 5 digits from SHA-256 of the key, e.g. ``"01234 56789 …"``.

    Digits are easier than hex or English words to read over the phone in Vietnamese. The
    digest (256 bits) is reduced modulo 10**30 (about 100 bits); the bias is negligible.
    """
    number = int.from_bytes(hashlib.sha256(public_key).digest(), "big") % 10**30
    digits = f"{number:030d}"
    return " ".join(digits[i : i + 5] for i in range(0, 30, 5))


def check_public_key(public_key: bytes) -> None:
    """Refuse an Ed25519 public key that is malformed, non-canonical, or of small/mixed order.

    ``cryptography`` accepts weak keys such as the identity point, for which forged
    signatures are trivial; this must be checked when a key is enrolled.

    Raises:
        SignatureError: The key is unusable.
    """
    if len(public_key) != minisign.PUBLIC_KEY_BYTES:
        raise SignatureError(
            _t(
                "Khóa công khai không hợp lệ: cần 32 byte, nhận được {count} byte.",
                count=len(public_key),
            ),
            hint=_t("Yêu cầu đơn vị gửi lại tệp đăng ký khóa."),
        )
    if not is_strong_public_key(public_key):
        raise SignatureError(
            _t(
                "Khóa công khai không hợp lệ hoặc là khóa yếu (điểm bậc nhỏ); không thể tin cậy.",
            ),
            hint=_t(
                "Không đăng ký khóa này; yêu cầu đơn vị tạo khóa mới và gửi lại tệp đăng ký.",
            ),
        )


# ---------------------------------------------------------------- passphrase wrapping


def normalise_passphrase(passphrase: str) -> bytes:
    """Return the NFC-normalised UTF-8 passphrase (Vietnamese input methods differ in form)."""
    # Every passphrase passes here: from now on no log line or crash report may show it.
    register_secret(passphrase)
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(normalise_passphrase(passphrase))


def _wrap_dict(
    secret: bytes, passphrase: str, *, n: int, r: int, p: int, context: bytes
) -> dict[str, Any]:
    if not passphrase:
        raise ValidationError(_t("Mật khẩu không được để trống."), field="passphrase")
    _check_scrypt_params(n, r, p)
    salt = os.urandom(16)
    nonce = os.urandom(12)
    header = {
        "format": ENVELOPE_FORMAT,
        "version": FORMAT_VERSION,
        "kdf": {"name": "scrypt", "n": n, "r": r, "p": p, "salt": _b64(salt)},
        "cipher": "chacha20-poly1305",
    }
    key = _derive(passphrase, salt, n, r, p)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, secret, _aad(header, context))
    return {**header, "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}


def _aad(header: dict[str, Any], context: bytes) -> bytes:
    # The KDF parameters are authenticated, so lowering them in the file breaks decryption.
    return dumps_canonical(header) + b"\x00" + context


def wrap_private(
    secret: bytes,
    passphrase: str,
    *,
    n: int = DEFAULT_SCRYPT_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
    context: bytes = b"",
) -> bytes:
    """Encrypt a secret under a passphrase: scrypt + ChaCha20-Poly1305, as a JSON envelope.

    Args:
        secret: The bytes to protect (e.g. a 32-byte seed).
        passphrase: Normalised to NFC before use.
        n: The scrypt cost (a power of two); keep the default outside tests.
        r: The scrypt block size.
        p: The scrypt parallelism.
        context: Extra bytes bound into the associated data (must match on unwrap).

    Raises:
        ValidationError: The passphrase is empty or the parameters are out of range.
    """
    return dumps_canonical(_wrap_dict(secret, passphrase, n=n, r=r, p=p, context=context))


def unwrap_private(envelope: bytes, passphrase: str, *, context: bytes = b"") -> bytes:
    """Decrypt an envelope made by :func:`wrap_private`.

    Raises:
        PassphraseError: The passphrase is wrong (or the envelope was altered).
        StorageError: The envelope is malformed or its parameters are out of range.
    """
    try:
        obj = loads_strict(envelope, max_bytes=MAX_KEY_FILE_BYTES, source="Khóa được bảo vệ")
    except PackageError as exc:
        raise StorageError(exc.message, hint=_KEY_HINT) from None
    try:
        return _unwrap_dict(obj, passphrase, context)
    except PackageError as exc:
        raise StorageError(exc.message, hint=_KEY_HINT) from None


def _unwrap_dict(obj: Any, passphrase: str, context: bytes) -> bytes:
    fields = _Fields(obj, "Phần khóa bí mật")
    fields.expect_keys({"format", "version", "kdf", "cipher", "nonce", "ciphertext"})
    fields.constant("format", ENVELOPE_FORMAT)
    fields.constant("version", FORMAT_VERSION)
    fields.constant("cipher", "chacha20-poly1305")
    kdf = _Fields(fields.get("kdf", dict), "Tham số scrypt")
    kdf.expect_keys({"name", "n", "r", "p", "salt"})
    kdf.constant("name", "scrypt")
    n, r, p = kdf.get("n", int), kdf.get("r", int), kdf.get("p", int)
    try:
        _check_scrypt_params(n, r, p)
    except ValidationError as exc:
        raise fields.error(exc.message) from None
    salt = kdf.b64("salt", 16)
    nonce = fields.b64("nonce", 12)
    ciphertext = fields.b64("ciphertext")
    header = {k: obj[k] for k in ("format", "version", "kdf", "cipher")}
    key = _derive(passphrase, salt, n, r, p)
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, _aad(header, context))
    except InvalidTag:
        raise PassphraseError(
            _t("Mật khẩu không đúng (hoặc tệp khóa đã bị sửa đổi)."),
            hint=_t("Kiểm tra bộ gõ tiếng Việt, phím Caps Lock và nhập lại mật khẩu."),
        ) from None


def _check_scrypt_params(n: int, r: int, p: int) -> None:
    power_of_two = n > 1 and n & (n - 1) == 0
    if not (power_of_two and MIN_SCRYPT_N <= n <= MAX_SCRYPT_N):
        raise ValidationError(_t("Tham số scrypt n={n} nằm ngoài giới hạn cho phép.", n=n))
    if not (1 <= r <= MAX_SCRYPT_R and 1 <= p <= MAX_SCRYPT_P):
        raise ValidationError(
            _t(
                "Tham số scrypt r={r}, p={p} nằm ngoài giới hạn cho phép.",
                r=r,
                p=p,
            )
        )


# ---------------------------------------------------------------- key file


def _public_fields(info: PublicKeyInfo) -> dict[str, Any]:
    return {
        "format": KEY_FILE_FORMAT,
        "version": FORMAT_VERSION,
        "created": _format_time(info.created),
        "unit_code": info.unit_code,
        "ed25519_public_key": _b64(info.ed25519_public_key),
        "minisign_key_id": info.key_id.hex(),
        "age_recipient": info.age_recipient,
    }


def _secrets_plaintext(pair: KeyPair) -> bytes:
    return dumps_canonical({"ed25519_seed": _b64(pair.seed()), "age_identity": pair.age_identity})


def _key_file_bytes(info: PublicKeyInfo, pair: KeyPair, passphrase: str, n: int) -> bytes:
    public = _public_fields(info)
    # The public fields are bound into the AEAD, so editing the unit code breaks unlocking.
    secrets = _wrap_dict(
        _secrets_plaintext(pair),
        passphrase,
        n=n,
        r=SCRYPT_R,
        p=SCRYPT_P,
        context=dumps_canonical(public),
    )
    return dumps_canonical({**public, "secrets": secrets}, pretty=True)


def create_key_file(
    path: Path,
    *,
    unit_code: str,
    passphrase: str,
    scrypt_n: int = DEFAULT_SCRYPT_N,
    now: datetime | None = None,
) -> PublicKeyInfo:
    """Generate a new key pair and write it, wrapped under ``passphrase``, to a new file.

    Raises:
        ValidationError: Bad unit code or empty passphrase.
        StorageError: The file already exists (keys are never overwritten silently).
    """
    _check_unit_code(unit_code)
    if path.exists():
        raise StorageError(
            _t(
                "Tệp khóa {path} đã tồn tại; không ghi đè để tránh mất khóa đang dùng.",
                path=path,
            ),
            hint=_t("Dùng chức năng đổi khóa nếu muốn thay khóa, hoặc chọn tên tệp khác."),
        )
    pair = KeyPair.generate()
    info = PublicKeyInfo(
        unit_code=unit_code,
        created=(now or datetime.now(UTC)).replace(microsecond=0),
        ed25519_public_key=pair.public_key,
        key_id=pair.key_id,
        age_recipient=pair.age_recipient,
    )
    atomic_write_bytes(path, _key_file_bytes(info, pair, passphrase, scrypt_n))
    return info


def change_passphrase(
    path: Path, old_passphrase: str, new_passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N
) -> None:
    """Re-wrap the key file's secrets under a new passphrase (atomically).

    Raises:
        PassphraseError: ``old_passphrase`` is wrong.
    """
    unlocked = unlock(path, old_passphrase)
    atomic_write_bytes(
        path, _key_file_bytes(unlocked.info, unlocked.pair, new_passphrase, scrypt_n)
    )


def _read_key_file(path: Path) -> tuple[PublicKeyInfo, dict[str, Any], dict[str, Any]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageError(
            _t(
                "Không đọc được tệp khóa {path}: {strerror}.",
                path=path,
                strerror=exc.strerror,
            ),
            hint=_KEY_HINT,
        ) from None
    try:
        obj = loads_strict(data, max_bytes=MAX_KEY_FILE_BYTES, source=f"Tệp khóa {path.name}")
        fields = _Fields(obj, f"Tệp khóa {path.name}")
        fields.expect_keys(
            {
                "format",
                "version",
                "created",
                "unit_code",
                "ed25519_public_key",
                "minisign_key_id",
                "age_recipient",
                "secrets",
            }
        )
        fields.constant("format", KEY_FILE_FORMAT)
        fields.constant("version", FORMAT_VERSION)
        info = PublicKeyInfo(
            unit_code=fields.unit_code("unit_code"),
            created=fields.timestamp("created"),
            ed25519_public_key=fields.b64("ed25519_public_key", 32),
            key_id=fields.hex("minisign_key_id", minisign.KEY_ID_BYTES),
            age_recipient=fields.age_recipient("age_recipient"),
        )
        secrets = fields.get("secrets", dict)
    except PackageError as exc:
        raise StorageError(exc.message, hint=_KEY_HINT) from None
    public = {k: v for k, v in obj.items() if k != "secrets"}
    return info, public, secrets


def load_public(path: Path) -> PublicKeyInfo:
    """Read the public part of a key file without the passphrase.

    Raises:
        StorageError: The file is missing, unreadable or malformed.
    """
    return _read_key_file(path)[0]


def unlock(path: Path, passphrase: str) -> UnlockedKey:
    """Open a key file with its passphrase.

    Raises:
        PassphraseError: The passphrase is wrong.
        StorageError: The file is malformed, or its secret keys do not match its public keys.
    """
    info, public, secrets = _read_key_file(path)
    try:
        plaintext = _unwrap_dict(secrets, passphrase, dumps_canonical(public))
        inner = _Fields(
            loads_strict(plaintext, max_bytes=MAX_KEY_FILE_BYTES, source="Khóa bí mật"),
            "Khóa bí mật",
        )
        inner.expect_keys({"ed25519_seed", "age_identity"})
        seed = inner.b64("ed25519_seed", 32)
        identity = inner.get("age_identity", str)
        pair = KeyPair(Ed25519PrivateKey.from_private_bytes(seed), info.key_id, identity)
        recipient = pair.age_recipient
    except PassphraseError:
        raise
    except (DvkError, pyrage.IdentityError, ValueError) as exc:
        message = exc.message if isinstance(exc, DvkError) else "Khóa bí mật bị hỏng."
        raise StorageError(message, hint=_KEY_HINT) from None
    if pair.public_key != info.ed25519_public_key or recipient != info.age_recipient:
        raise StorageError(
            _t(
                "Tệp khóa {name} bị hỏng: khóa bí mật không khớp với khóa công khai.",
                name=path.name,
            ),
            hint=_KEY_HINT,
        )
    _strengthen(path, info, pair, passphrase, secrets)
    return UnlockedKey(info, pair)


def _strengthen(
    path: Path, info: PublicKeyInfo, pair: KeyPair, passphrase: str, secrets: dict[str, Any]
) -> None:
    """Re-wrap a key file made at a lower scrypt cost (older versions used 2**15), once."""
    kdf = secrets.get("kdf")
    n = kdf.get("n") if isinstance(kdf, dict) else None
    if not isinstance(n, int) or n >= DEFAULT_SCRYPT_N or n <= MIN_SCRYPT_N:
        return  # current, or a test key made cheap on purpose
    try:
        atomic_write_bytes(path, _key_file_bytes(info, pair, passphrase, DEFAULT_SCRYPT_N))
    except OSError:
        return  # a read-only workspace keeps its old file; unlocking still worked


# ---------------------------------------------------------------- enrolment


@dataclass(frozen=True)
class Enrolment:
    """A unit's request to have its public key registered by the level above."""

    unit_code: str
    unit_name: str
    role: str
    ed25519_public_key: bytes
    key_id: bytes
    age_recipient: str
    fingerprint: str
    created: date


def make_enrolment(
    key: UnlockedKey, *, unit_name: str, role: str, created: date | None = None
) -> dict[str, Any]:
    """Build a self-signed enrolment document for ``key`` (unit code taken from the key).

    Args:
        key: The unlocked workspace key; it signs the document so corruption is detected.
        unit_name: The unit's display name (normalised to NFC).
        role: The unit's role, e.g. ``"commune"`` (free text, one line).
        created: The enrolment date; today by default.

    Raises:
        ValidationError: An empty or multi-line name or role.
    """
    unit_name = _one_line(unit_name, "unit_name", "Tên đơn vị")
    role = _one_line(role, "role", "Vai trò")
    body: dict[str, Any] = {
        "format": ENROLMENT_FORMAT,
        "version": FORMAT_VERSION,
        "unit_code": key.info.unit_code,
        "unit_name": unit_name,
        "role": role,
        "ed25519_public_key": _b64(key.info.ed25519_public_key),
        "minisign_key_id": key.info.key_id.hex(),
        "age_recipient": key.info.age_recipient,
        "fingerprint": key.info.fingerprint,
        "created": (created or datetime.now(UTC).date()).isoformat(),
    }
    signature = key.signing_key.sign(_ENROLMENT_CONTEXT + dumps_canonical(body))
    return {**body, "self_signature": _b64(signature)}


def write_enrolment(
    path: Path, key: UnlockedKey, *, unit_name: str, role: str, created: date | None = None
) -> Enrolment:
    """Write an enrolment file atomically and return what it contains."""
    document = make_enrolment(key, unit_name=unit_name, role=role, created=created)
    data = dumps_canonical(document, pretty=True)
    atomic_write_bytes(path, data)
    return parse_enrolment(data)


def read_enrolment(path: Path) -> Enrolment:
    """Read and fully check an enrolment file (format, key strength, fingerprint, signature).

    Raises:
        PackageError: The file is unreadable or malformed.
        SignatureError: The key is weak or the self-signature does not verify.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PackageError(
            _t(
                "Không đọc được tệp đăng ký khóa {path}: {strerror}.",
                path=path,
                strerror=exc.strerror,
            )
        ) from None
    return parse_enrolment(data, source=f"Tệp đăng ký khóa {path.name}")


def parse_enrolment(data: bytes, *, source: str = "Tệp đăng ký khóa") -> Enrolment:
    """Check enrolment bytes as :func:`read_enrolment` does."""
    obj = loads_strict(data, max_bytes=MAX_ENROLMENT_BYTES, source=source)
    fields = _Fields(obj, source)
    fields.expect_keys(
        {
            "format",
            "version",
            "unit_code",
            "unit_name",
            "role",
            "ed25519_public_key",
            "minisign_key_id",
            "age_recipient",
            "fingerprint",
            "created",
            "self_signature",
        }
    )
    fields.constant("format", ENROLMENT_FORMAT)
    fields.constant("version", FORMAT_VERSION)
    public_key = fields.b64("ed25519_public_key", 32)
    check_public_key(public_key)
    enrolment = Enrolment(
        unit_code=fields.unit_code("unit_code"),
        unit_name=fields.text("unit_name"),
        role=fields.text("role"),
        ed25519_public_key=public_key,
        key_id=fields.hex("minisign_key_id", minisign.KEY_ID_BYTES),
        age_recipient=fields.age_recipient("age_recipient"),
        fingerprint=fields.get("fingerprint", str),
        created=fields.date("created"),
    )
    if enrolment.fingerprint != fingerprint(public_key):
        raise fields.error("dãy số nhận dạng (fingerprint) không khớp với khóa công khai")
    signature = fields.b64("self_signature", 64)
    body = {k: v for k, v in obj.items() if k != "self_signature"}
    _verify_or_raise(
        public_key,
        signature,
        _ENROLMENT_CONTEXT + dumps_canonical(body),
        f"{source} bị hỏng hoặc bị sửa đổi: chữ ký của khóa không khớp với nội dung.",
    )
    return enrolment


# ---------------------------------------------------------------- rotation


@dataclass(frozen=True)
class RotationStatement:
    """A verified statement, signed by a unit's old key, that its new key replaces it."""

    unit_code: str
    old_ed25519_public_key: bytes
    new_ed25519_public_key: bytes
    new_key_id: bytes
    new_age_recipient: str
    new_fingerprint: str
    created: datetime
    reason: str


def make_rotation_statement(
    old: UnlockedKey, new_public: PublicKeyInfo, *, reason: str = "", now: datetime | None = None
) -> dict[str, Any]:
    """Build a statement, signed by the old key, that ``new_public`` replaces it.

    Raises:
        ValidationError: The keys belong to different units, are the same, or the reason is
            multi-line.
    """
    if new_public.unit_code != old.info.unit_code:
        raise ValidationError(
            _t("Khóa mới thuộc đơn vị khác với khóa cũ; không thể lập văn bản đổi khóa."),
            field="unit_code",
        )
    if new_public.ed25519_public_key == old.info.ed25519_public_key:
        raise ValidationError(_t("Khóa mới trùng với khóa cũ."), field="new_key")
    reason = unicodedata.normalize("NFC", reason)
    if "\n" in reason or "\r" in reason or len(reason) > 500:
        raise ValidationError(
            _t("Lý do đổi khóa phải là một dòng, tối đa 500 ký tự."), field="reason"
        )
    body: dict[str, Any] = {
        "format": ROTATION_FORMAT,
        "version": FORMAT_VERSION,
        "unit_code": old.info.unit_code,
        "old_ed25519_public_key": _b64(old.info.ed25519_public_key),
        "old_minisign_key_id": old.info.key_id.hex(),
        "new_ed25519_public_key": _b64(new_public.ed25519_public_key),
        "new_minisign_key_id": new_public.key_id.hex(),
        "new_age_recipient": new_public.age_recipient,
        "new_fingerprint": new_public.fingerprint,
        "created": _format_time((now or datetime.now(UTC)).replace(microsecond=0)),
        "reason": reason,
    }
    signature = old.signing_key.sign(_ROTATION_CONTEXT + dumps_canonical(body))
    return {**body, "signature": _b64(signature)}


def verify_rotation_statement(statement: Any, old_public_key: bytes) -> RotationStatement:
    """Check a rotation statement against the old key the verifier already trusts.

    Args:
        statement: The parsed JSON object (use :func:`loads_strict` on the file first).
        old_public_key: The registered (trusted) current key of the unit.

    Raises:
        PackageError: The statement is malformed.
        SignatureError: It names another old key, the new key is weak, or the signature fails.
    """
    source = "Văn bản đổi khóa"
    fields = _Fields(statement, source)
    fields.expect_keys(
        {
            "format",
            "version",
            "unit_code",
            "old_ed25519_public_key",
            "old_minisign_key_id",
            "new_ed25519_public_key",
            "new_minisign_key_id",
            "new_age_recipient",
            "new_fingerprint",
            "created",
            "reason",
            "signature",
        }
    )
    fields.constant("format", ROTATION_FORMAT)
    fields.constant("version", FORMAT_VERSION)
    old_key = fields.b64("old_ed25519_public_key", 32)
    if old_key != old_public_key:
        raise SignatureError(
            _t("Văn bản đổi khóa không được ký bằng khóa đã đăng ký của đơn vị."),
            hint=_t("Liên hệ trực tiếp đơn vị để xác nhận việc đổi khóa."),
        )
    fields.hex("old_minisign_key_id", minisign.KEY_ID_BYTES)
    new_key = fields.b64("new_ed25519_public_key", 32)
    check_public_key(new_key)
    result = RotationStatement(
        unit_code=fields.unit_code("unit_code"),
        old_ed25519_public_key=old_key,
        new_ed25519_public_key=new_key,
        new_key_id=fields.hex("new_minisign_key_id", minisign.KEY_ID_BYTES),
        new_age_recipient=fields.age_recipient("new_age_recipient"),
        new_fingerprint=fields.get("new_fingerprint", str),
        created=fields.timestamp("created"),
        reason=fields.get("reason", str),
    )
    if result.new_fingerprint != fingerprint(new_key):
        raise fields.error("dãy số nhận dạng của khóa mới không khớp với khóa")
    body = {k: v for k, v in statement.items() if k != "signature"}
    _verify_or_raise(
        old_key,
        fields.b64("signature", 64),
        _ROTATION_CONTEXT + dumps_canonical(body),
        "Chữ ký trên văn bản đổi khóa không hợp lệ: văn bản đã bị sửa đổi hoặc giả mạo.",
    )
    return result


# ---------------------------------------------------------------- helpers


def _raw_public(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def _verify_or_raise(public_key: bytes, signature: bytes, message: bytes, text: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except InvalidSignature:
        raise SignatureError(
            text, hint=_t("Không dùng tệp này; yêu cầu đơn vị gửi lại bản gốc.")
        ) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_unit_code(unit_code: str) -> None:
    if not _UNIT_CODE_RE.match(unit_code):
        raise ValidationError(
            _t(
                "Mã đơn vị “{unit_code}” không hợp lệ: chỉ gồm chữ số, chữ cái Latinh, "
                "“-” hoặc “_”.",
                unit_code=unit_code,
            ),
            field="unit_code",
        )


def _one_line(value: str, field: str, label: str) -> str:
    value = unicodedata.normalize("NFC", value).strip()
    if not value or "\n" in value or "\r" in value or len(value) > 200:
        raise ValidationError(
            _t(
                "{label} phải là một dòng, không trống, tối đa 200 ký tự.",
                label=label,
            ),
            field=field,
        )
    return value


class _Fields:
    """Typed access to the fields of an untrusted JSON object, failing with PackageError."""

    def __init__(self, obj: Any, source: str) -> None:
        if not isinstance(obj, dict):
            raise PackageError(_t("{source} không hợp lệ: cần một đối tượng JSON.", source=source))
        self.obj: dict[str, Any] = obj
        self.source = source

    def error(self, problem: str) -> PackageError:
        return PackageError(
            _t(
                "{source} không hợp lệ: {problem}.",
                source=self.source,
                problem=problem,
            ),
            hint=_t("Tệp có thể bị hỏng hoặc bị sửa đổi; hãy yêu cầu gửi lại bản gốc."),
        )

    def expect_keys(self, keys: set[str]) -> None:
        missing = sorted(keys - self.obj.keys())
        extra = sorted(self.obj.keys() - keys)
        if missing:
            raise self.error(f"thiếu trường {', '.join(missing)}")
        if extra:
            raise self.error(f"có trường không được phép {', '.join(extra)}")

    def get(self, name: str, kind: type[Any]) -> Any:
        value = self.obj[name]
        # bool is an int subclass in Python; a JSON true is never a valid number here.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(f"trường {name} sai kiểu dữ liệu")
        return value

    def constant(self, name: str, expected: object) -> None:
        if self.obj[name] != expected or type(self.obj[name]) is not type(expected):
            raise self.error(
                f"trường {name} là {self.obj[name]!r}, cần {expected!r} "
                "(có thể do phiên bản phần mềm khác)"
            )

    def b64(self, name: str, length: int | None = None) -> bytes:
        try:
            data = base64.b64decode(self.get(name, str), validate=True)
        except (binascii.Error, ValueError):
            raise self.error(f"trường {name} không phải base64 hợp lệ") from None
        if length is not None and len(data) != length:
            raise self.error(f"trường {name} cần {length} byte, có {len(data)} byte")
        return data

    def hex(self, name: str, length: int) -> bytes:
        text = self.get(name, str)
        if not re.fullmatch(r"[0-9a-f]+", text) or len(text) != 2 * length:
            raise self.error(f"trường {name} cần {2 * length} chữ số hex viết thường")
        return bytes.fromhex(text)

    def text(self, name: str) -> str:
        value = self.get(name, str)
        if not value or value != unicodedata.normalize("NFC", value) or "\n" in value:
            raise self.error(f"trường {name} trống, nhiều dòng hoặc chưa chuẩn hóa NFC")
        return str(value)

    def unit_code(self, name: str) -> str:
        value = self.get(name, str)
        if not _UNIT_CODE_RE.match(value):
            raise self.error(f"mã đơn vị “{value}” không hợp lệ")
        return str(value)

    def timestamp(self, name: str) -> datetime:
        value = self.get(name, str)
        try:
            return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            raise self.error(
                f"trường {name} không phải thời điểm dạng YYYY-MM-DDTHH:MM:SSZ"
            ) from None

    def date(self, name: str) -> date:
        value = self.get(name, str)
        try:
            if len(value) != 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(f"trường {name} không phải ngày dạng YYYY-MM-DD") from None

    def age_recipient(self, name: str) -> str:
        value = self.get(name, str)
        try:
            parsed = str(pyrage.x25519.Recipient.from_str(value))
        except pyrage.RecipientError:
            raise self.error(f"trường {name} không phải người nhận age (age1…) hợp lệ") from None
        if parsed != value:
            raise self.error(f"trường {name} không ở dạng chuẩn")
        return str(value)
