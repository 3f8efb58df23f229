"""age encryption of packages (X25519 recipients only), via pyrage, streaming and staged."""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyrage

from dvk_desktop.errors import DvkError, PackageError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken
from dvk_desktop.storage.atomic import AtomicFile

AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_RECIPIENTS = 20
MAX_GREASE_STANZAS = 4
"""rage (and so pyrage) adds a random "*-grease" stanza to every file; tolerate a few."""
MAX_HEADER_BYTES = 16 * 1024
_BODY_COLUMNS = 64
_B64_32_BYTES = re.compile(rb"[A-Za-z0-9+/]{43}")
_ARG = re.compile(rb"[\x21-\x7e]+")
_HINT = _t("Yêu cầu bên gửi mã hóa lại gói cho đúng khóa của đơn vị này và gửi lại.")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgeHeader:
    """What the header of an age file declares."""

    x25519_stanzas: int
    grease_stanzas: int
    header_bytes: int


def is_age_file(path: Path) -> bool:
    """Whether the file starts with the binary age v1 header line."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(AGE_MAGIC)) == AGE_MAGIC
    except OSError:
        return False


def _header_error(problem: str) -> PackageError:
    return PackageError(_t("Tệp mã hóa age không hợp lệ: {problem}.", problem=problem), hint=_HINT)


def inspect_header(path: Path) -> AgeHeader:
    """Check an age file's header before any decryption work is done.

    Accepts only the binary v1 format with 1 to :data:`MAX_RECIPIENTS` X25519 stanzas (plus a
    few grease stanzas) and a header under :data:`MAX_HEADER_BYTES`; passphrase (scrypt),
    SSH and plugin stanzas are refused.

    Raises:
        PackageError: The header breaks any of these rules.
    """
    try:
        with open(path, "rb") as stream:
            head = stream.read(MAX_HEADER_BYTES)
    except OSError as exc:
        raise PackageError(
            _t(
                "Không đọc được tệp {name}: {strerror}.",
                name=path.name,
                strerror=exc.strerror,
            )
        ) from None
    if head.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        raise _header_error("dạng văn bản (ASCII armor) không được hỗ trợ")
    if not head.startswith(AGE_MAGIC):
        raise _header_error("không bắt đầu bằng “age-encryption.org/v1”")
    end = head.find(b"\n--- ")
    if end < 0 or head.find(b"\n", end + 1) < 0:
        raise _header_error(f"phần đầu quá dài (hơn {MAX_HEADER_BYTES} byte) hoặc bị cắt cụt")
    mac_line_end = head.index(b"\n", end + 1)
    mac = head[end + 5 : mac_line_end]
    if not _B64_32_BYTES.fullmatch(mac):
        raise _header_error("mã xác thực phần đầu sai định dạng")
    lines = head[len(AGE_MAGIC) : end].split(b"\n")
    x25519, grease = _check_stanzas(lines)
    return AgeHeader(x25519, grease, mac_line_end + 1)


def _check_stanzas(lines: list[bytes]) -> tuple[int, int]:
    x25519 = grease = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.startswith(b"-> "):
            raise _header_error("dòng người nhận sai định dạng")
        args = line[3:].split(b" ")
        if not all(_ARG.fullmatch(arg) for arg in args):
            raise _header_error("dòng người nhận sai định dạng")
        kind = args[0]
        body, index = _stanza_body(lines, index + 1)
        if kind == b"X25519":
            if len(args) != 2 or not _B64_32_BYTES.fullmatch(args[1]) or len(body) != 32:
                raise _header_error("khối người nhận X25519 sai định dạng")
            x25519 += 1
        elif kind.endswith(b"-grease"):
            grease += 1
        elif kind == b"scrypt":
            raise _header_error("gói được khóa bằng mật khẩu; chỉ chấp nhận khóa của đơn vị")
        else:
            shown = kind.decode("ascii", "replace")[:40]
            raise _header_error(f"loại người nhận “{shown}” không được hỗ trợ (chỉ X25519)")
    if x25519 == 0:
        raise _header_error("không có người nhận X25519 nào")
    if x25519 > MAX_RECIPIENTS or grease > MAX_GREASE_STANZAS:
        raise _header_error(f"quá nhiều người nhận (tối đa {MAX_RECIPIENTS})")
    return x25519, grease


def _stanza_body(lines: list[bytes], index: int) -> tuple[bytes, int]:
    """Decode a stanza body: full 64-column lines, ended by a shorter (maybe empty) line."""
    parts = []
    while True:
        if index >= len(lines):
            raise _header_error("khối người nhận bị cắt cụt")
        line = lines[index]
        index += 1
        parts.append(line)
        if len(line) < _BODY_COLUMNS:
            break
        if len(line) > _BODY_COLUMNS:
            raise _header_error("khối người nhận có dòng quá dài")
    encoded = b"".join(parts)
    try:
        # age uses unpadded standard base64.
        body = base64.b64decode(encoded + b"=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise _header_error("khối người nhận không phải base64 hợp lệ") from None
    return body, index


def parse_recipients(recipients: list[str]) -> list[pyrage.x25519.Recipient]:
    """Parse ``age1…`` X25519 recipients, refusing none, too many, or malformed ones.

    Raises:
        ValidationError: A recipient string is not a valid X25519 age recipient.
    """
    unique = list(dict.fromkeys(recipients))
    if not 1 <= len(unique) <= MAX_RECIPIENTS:
        raise ValidationError(
            _t(
                "Cần từ 1 đến {MAX_RECIPIENTS} người nhận để mã hóa gói (đang có {count}).",
                MAX_RECIPIENTS=MAX_RECIPIENTS,
                count=len(unique),
            ),
            field="recipients",
        )
    parsed = []
    for text in unique:
        try:
            parsed.append(pyrage.x25519.Recipient.from_str(text))
        except pyrage.RecipientError:
            raise ValidationError(
                _t(
                    "Khóa nhận “{text}” không phải khóa age hợp lệ (dạng age1…).",
                    text=text[:80],
                ),
                hint=_t("Kiểm tra lại tệp đăng ký khóa của đơn vị nhận."),
                field="recipients",
            ) from None
    return parsed


class _GuardedWriter:
    """A write-only stream that checks for cancellation and an output size cap."""

    def __init__(self, out: BinaryIO, cancel: CancelToken | None, limit: int | None) -> None:
        self._out = out
        self._cancel = cancel
        self._limit = limit
        self.written = 0
        # pyrage may wrap an exception raised here in its own; keep ours to re-raise it.
        self.failure: DvkError | None = None

    def write(self, data: bytes) -> int:
        try:
            if self._cancel is not None:
                self._cancel.check()
            self.written += len(data)
            if self._limit is not None and self.written > self._limit:
                raise PackageError(
                    _t(
                        "Dữ liệu giải mã vượt quá giới hạn {_limit} byte.",
                        _limit=self._limit,
                    ),
                    hint=_HINT,
                )
        except DvkError as exc:
            self.failure = exc
            raise
        return self._out.write(data)

    def flush(self) -> None:
        self._out.flush()


def encrypt_file(
    src: Path, dst: Path, recipients: list[str], *, cancel: CancelToken | None = None
) -> None:
    """Encrypt ``src`` to ``dst`` for the X25519 ``recipients``, streaming; atomic on ``dst``.

    Raises:
        ValidationError: A recipient is invalid.
        Cancelled: ``cancel`` was set; ``dst`` is not created.
    """
    parsed = parse_recipients(recipients)
    with open(src, "rb") as reader, AtomicFile(dst, suffix=".partial") as out:
        writer = _GuardedWriter(out.file, cancel, None)
        try:
            pyrage.encrypt_io(reader, writer, parsed)
        except Exception as exc:  # pyrage maps Rust errors to several exception types
            if writer.failure is not None:
                raise writer.failure from None
            raise PackageError(_t("Không mã hóa được gói: {exc}.", exc=exc)) from None
        out.commit()


class EncryptingWriter:
    """A write-only stream whose bytes are age-encrypted on their way into ``out``.

    The encryption runs in a thread that reads what is written here through a pipe, so the
    plaintext never exists as a file (an export killed half-way leaves no readable package).
    Call :meth:`close` to finish; :meth:`abort` after a failure.
    """

    def __init__(
        self, out: BinaryIO, recipients: list[str], cancel: CancelToken | None = None
    ) -> None:
        import os
        import threading

        parsed = parse_recipients(recipients)
        read_fd, write_fd = os.pipe()
        self._reader = os.fdopen(read_fd, "rb", buffering=1024 * 1024)
        self._writer = os.fdopen(write_fd, "wb", buffering=1024 * 1024)
        self._sink = _GuardedWriter(out, cancel, None)
        self._error: BaseException | None = None
        self.written = 0

        def run() -> None:
            try:
                pyrage.encrypt_io(self._reader, self._sink, parsed)
            except BaseException as exc:
                self._error = exc
            finally:
                self._reader.close()

        self._thread = threading.Thread(target=run, name="age-encrypt", daemon=True)
        self._thread.start()

    def write(self, data: bytes) -> int:
        """Pass ``data`` to the encryptor."""
        try:
            self._writer.write(data)
        except (BrokenPipeError, ValueError):
            self._thread.join()
            raise self._failure() from None
        self.written += len(data)
        return len(data)

    def flush(self) -> None:
        """Nothing to do: bytes reach the encryptor as they are written."""

    def tell(self) -> int:
        """Bytes written so far (zipfile asks)."""
        return self.written

    def close(self) -> None:
        """End the plaintext; wait until every encrypted byte is in ``out``."""
        with contextlib.suppress(BrokenPipeError):
            self._writer.close()
        self._thread.join()
        if self._error is not None:
            raise self._failure()

    def abort(self) -> None:
        """Stop after a failure (the caller discards ``out``)."""
        with contextlib.suppress(OSError, ValueError):
            self._writer.close()
        self._thread.join()

    def _failure(self) -> BaseException:
        if self._sink.failure is not None:
            return self._sink.failure
        if isinstance(self._error, OSError):
            return self._error  # a full or vanished destination: the caller names it
        cause = getattr(self._error, "__cause__", None) or getattr(self._error, "__context__", None)
        if isinstance(cause, OSError):
            return cause
        return PackageError(_t("Không mã hóa được gói: {_error}.", _error=self._error))


def decrypt_file(
    src: Path,
    staging_dir: Path,
    identity: str,
    *,
    output_name: str = "package.zip",
    max_output_bytes: int | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Check the header, then decrypt ``src`` into ``staging_dir/output_name``.

    The plaintext appears under its final name only after the whole file decrypted and
    authenticated; on any failure the partial plaintext is deleted (a truncated file would
    otherwise leave unauthenticated data behind).

    Args:
        src: The ``.age`` file.
        staging_dir: An existing private folder for the plaintext.
        identity: The secret ``AGE-SECRET-KEY-1…`` identity.
        output_name: The plaintext file name (a single path segment; must not exist).
        max_output_bytes: Refuse plaintext larger than this.
        cancel: Checked as data is written.

    Returns:
        The path of the decrypted file.

    Raises:
        PackageError: Bad header, not encrypted for this identity, corrupt or truncated.
        Cancelled: ``cancel`` was set; nothing is left behind.
    """
    if "/" in output_name or "\\" in output_name or output_name in ("", ".", ".."):
        raise ValueError(f"output_name must be a plain file name: {output_name!r}")
    target = staging_dir / output_name
    if target.exists():
        raise ValueError(f"{target} already exists")
    try:
        key = pyrage.x25519.Identity.from_str(identity)
    except pyrage.IdentityError:
        raise ValueError("identity is not an X25519 age identity") from None
    inspect_header(src)
    with open(src, "rb") as reader, AtomicFile(target, suffix=".partial") as out:
        writer = _GuardedWriter(out.file, cancel, max_output_bytes)
        try:
            pyrage.decrypt_io(reader, writer, [key])
        except Exception as exc:  # pyrage maps Rust errors to several exception types
            if writer.failure is not None:
                raise writer.failure from None
            raise _decrypt_error(str(exc)) from None
        return out.commit()


def _decrypt_error(detail: str) -> PackageError:
    if "no matching keys" in detail.lower():
        return PackageError(
            _t("Gói không được mã hóa cho đơn vị này: khóa của đơn vị không mở được gói."),
            hint=_t(
                "Kiểm tra gói có đúng gửi cho đơn vị này không, hoặc bên gửi đã dùng "
                "khóa đăng ký mới nhất của đơn vị.",
            ),
        )
    log.info("age decryption failed: %s", detail)  # English, for the log only
    return PackageError(
        _t("Gói mã hóa bị hỏng hoặc bị cắt cụt; không có dữ liệu nào được dùng."),
        hint=_t("Tải hoặc sao chép lại gói từ bên gửi rồi nhập lại."),
    )
