"""Content-addressed store of evidence files, named by SHA-256 and written atomically."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dvk_desktop.errors import StorageError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken
from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.faults import DiskFullError
from dvk_desktop.storage.scratch import locked_temp, sweep_temporaries

CHUNK = 1024 * 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
INCOMING = ".incoming."


class EvidenceStore:
    """Files at ``root/ab/abcdef…`` named by their SHA-256; identical files are stored once."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """Where the file with this hash lives (whether or not it exists)."""
        if not _HEX64.match(sha256):
            raise StorageError(
                _t(
                    "Mã băm tệp minh chứng không hợp lệ: “{sha256}”.",
                    sha256=sha256[:80],
                )
            )
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        """Whether the store holds this file."""
        return self.path_for(sha256).is_file()

    def add_file(self, source: Path, cancel: CancelToken | None = None) -> tuple[str, int]:
        """Copy a file into the store; return (sha256, size). Safe against crashes and cancel."""
        with open(source, "rb") as fh:
            return self.add_stream(fh, cancel=cancel)

    def add_stream(
        self,
        stream: BinaryIO,
        *,
        expected_sha256: str | None = None,
        max_bytes: int | None = None,
        cancel: CancelToken | None = None,
    ) -> tuple[str, int]:
        """Store the bytes of ``stream``; verify the hash if one is expected.

        The bytes go to a temporary file in the store, are fsynced, and only then renamed to
        their hash, so a half-written file never carries a valid name.
        """
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            out_file, tmp = locked_temp(self.root, prefix=INCOMING, suffix=".tmp")
        except OSError as exc:
            raise _write_error(exc, self.root, 0) from exc
        digest = hashlib.sha256()
        size = 0
        try:
            with out_file as out:
                while chunk := stream.read(CHUNK):
                    if cancel is not None:
                        cancel.check()
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise StorageError(_t("Tệp minh chứng lớn hơn kích thước cho phép."))
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
                sha = digest.hexdigest()
                if expected_sha256 is not None and sha != expected_sha256:
                    raise StorageError(
                        _t("Nội dung tệp minh chứng không khớp với mã băm đã khai báo."),
                        details=[f"expected {expected_sha256}", f"got {sha}"],
                    )
                final = self.path_for(sha)
                if final.is_file():
                    tmp.unlink()
                    return sha, size
                final.parent.mkdir(parents=True, exist_ok=True)
                if os.name == "nt":  # Windows renames only closed files
                    out.close()
                # Renamed while still locked, so the sweep never takes it for a leftover.
                os.replace(tmp, final)
            fsync_dir(final.parent)
            return sha, size
        except BaseException as exc:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise _write_error(exc, self.root, size + _remaining(stream)) from exc
            raise

    def open(self, sha256: str) -> BinaryIO:
        """Open a stored file for reading."""
        path = self.path_for(sha256)
        if not path.is_file():
            raise StorageError(
                _t(
                    "Không tìm thấy tệp minh chứng {sha256}… trong kho.",
                    sha256=sha256[:12],
                ),
                hint=_t("Tệp có thể đã bị xóa ngoài chương trình; hãy khôi phục từ bản sao lưu."),
            )
        return open(path, "rb")

    def verify(self, sha256: str) -> bool:
        """Recompute a stored file's hash; False if it is missing or damaged."""
        path = self.path_for(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def iter_hashes(self) -> Iterator[str]:
        """Every hash held in the store."""
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for item in sorted(sub.iterdir()):
                    if _HEX64.match(item.name):
                        yield item.name

    def sweep(self) -> list[Path]:
        """Delete half-written files left by a process that was killed while storing."""
        return sweep_temporaries(self.root, prefix=INCOMING)

    def unreferenced(self, referenced: Iterable[str], *, older_than: float = 0) -> list[str]:
        """Stored files no record names (left by a killed import); skip the newest ones.

        ``older_than`` seconds spare files another process may have just stored and not yet
        recorded (it writes the file first, then commits the row).
        """
        keep = set(referenced)
        limit = time.time() - older_than
        found = []
        for sha in self.iter_hashes():
            if sha in keep:
                continue
            with contextlib.suppress(OSError):
                if older_than <= 0 or self.path_for(sha).stat().st_mtime < limit:
                    found.append(sha)
        return found

    def remove(self, sha256: str) -> None:
        """Delete a stored file (callers make sure no record still points at it)."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()


def _remaining(stream: BinaryIO) -> int:
    """Bytes still unread in ``stream`` (0 when it cannot tell)."""
    try:
        here = stream.tell()
        size = os.fstat(stream.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        return 0
    return max(0, size - here)


def _write_error(exc: OSError, folder: Path, needed: int) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(folder, needed)
    return exc


def sha256_file(path: Path) -> tuple[str, int]:
    """Hash a file in chunks; return (hex digest, size)."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
