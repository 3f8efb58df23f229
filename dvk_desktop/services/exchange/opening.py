"""Opening a package file: size limits, decryption into staging, the safe zip reader."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from dvk_desktop.errors import PackageError, PassphraseError, ValidationError
from dvk_desktop.messages import _t, per_interface
from dvk_desktop.packaging import agecrypt, keys
from dvk_desktop.packaging.safezip import SafeZip, ZipLimits, open_safe_zip
from dvk_desktop.progress import CancelToken
from dvk_desktop.services import workspace_keys
from dvk_desktop.services.exchange.format import MAX_PACKAGE_BYTES
from dvk_desktop.services.exchange.staging import staging
from dvk_desktop.storage.workspace import WorkspaceHandle

# What export names a package: dvk-<sender>-gui-<recipient>-<sequence>.dvkpkg[.age].
_NAME = re.compile(r"^dvk-(?P<sender>[0-9A-Za-z]{1,20})-gui-(?P<recipient>[0-9A-Za-z]{1,20})-\d+")


def unlock(handle: WorkspaceHandle, passphrase: str) -> keys.UnlockedKey:
    """This workspace's signing key, unlocked (wrong passphrase: PassphraseError)."""
    path = workspace_keys.key_file(handle)
    if not path.is_file():
        raise ValidationError(
            _t("Vùng làm việc chưa có khóa ký."),
            hint=per_interface(
                cli=_t("Hãy tạo khóa trước (dvk keys create)."),
                gui=_t("Hãy tạo khóa trước (nút “Tạo khóa ký…” trên trang gói dữ liệu)."),
            ),
        )
    return keys.unlock(path, passphrase)


def needs_passphrase(path: Path, passphrase: str | None) -> None:
    """Raise if ``path`` is an encrypted package and no passphrase was given to open it."""
    if passphrase is None and path.is_file() and agecrypt.is_age_file(path):
        raise PassphraseError(
            _t("Gói được mã hóa: cần mật khẩu khóa của đơn vị để mở."),
            hint=_t("Nhập mật khẩu khóa ký của vùng làm việc này."),
        )


@contextlib.contextmanager
def opened(
    handle: WorkspaceHandle, path: Path, passphrase: str | None, cancel: CancelToken
) -> Iterator[SafeZip]:
    """Open a package (decrypting an age file into private staging first)."""
    if not path.is_file():
        raise PackageError(_t("Không tìm thấy tệp gói “{path}”.", path=path))
    if path.stat().st_size > MAX_PACKAGE_BYTES:
        raise PackageError(_t("Tệp gói quá lớn để là gói dữ liệu DVK."))
    with staging(handle) as scratch:
        zip_path = path
        if agecrypt.is_age_file(path):
            if passphrase is None:
                raise PackageError(
                    _t("Gói được mã hóa: cần mật khẩu khóa của đơn vị để mở."),
                    hint=_t("Nhập mật khẩu khóa ký của vùng làm việc này."),
                )
            unlocked = unlock(handle, passphrase)
            try:
                zip_path = agecrypt.decrypt_file(
                    path,
                    scratch,
                    unlocked.age_identity,
                    max_output_bytes=MAX_PACKAGE_BYTES,
                    cancel=cancel,
                )
            except PackageError as exc:
                raise _for_whom(handle, path, exc) from None
        archive = open_safe_zip(zip_path, ZipLimits())
        try:
            yield archive
        finally:
            archive.close()


def _for_whom(handle: WorkspaceHandle, path: Path, exc: PackageError) -> PackageError:
    """Name the unit a package was encrypted for, read from its file name (age hides it)."""
    match = _NAME.match(path.name)
    own = handle.info().unit_code
    if match is None or "không được mã hóa cho đơn vị này" not in exc.message:
        return exc
    recipient = match["recipient"]
    if recipient == own:
        return exc
    return PackageError(
        _t(
            "Gói không được mã hóa cho đơn vị này: theo tên tệp, gói do đơn vị mã {sender} "
            "gửi cho đơn vị mã {recipient}, không phải đơn vị này ({own}).",
            sender=match["sender"],
            recipient=recipient,
            own=own,
        ),
        hint=_t(
            "Hãy chuyển gói cho đơn vị mã {recipient}, hoặc đề nghị bên gửi xuất lại gói cho "
            "đúng đơn vị này.",
            recipient=recipient,
        ),
    )
