"""Reading untrusted zip files safely, and writing package zips atomically and in streams."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO

from dvk_desktop.errors import PackageError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken
from dvk_desktop.storage.atomic import AtomicFile

CHUNK_SIZE = 1024 * 1024

# Every failure the zipfile module and the decompressor are known to raise on crafted input.
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    RuntimeError,
    NotImplementedError,
    EOFError,
    OSError,
    zlib.error,
    UnicodeDecodeError,
    struct.error,
    ValueError,
)

_RESERVED_WINDOWS = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{p}{d}" for p in ("COM", "LPT") for d in "0123456789¹²³"]
)
_FORBIDDEN_CHARS = frozenset('\\:*?"<>|')
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_MAGIC = b"PK\x03\x04"
_FLAG_ENCRYPTED = 0x1
_FLAG_STRONG_ENCRYPTION = 0x40
_FLAG_UTF8 = 0x800
_S_IFMT = 0o170000
_S_IFREG = 0o100000
_S_IFDIR = 0o040000
_HINT = _t("Gói có thể bị hỏng hoặc bị làm giả; không dùng gói này và yêu cầu bên gửi xuất lại.")

# Media that is already compressed: deflating it again only costs time.
STORED_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".pdf", ".zip", ".gz", ".bz2", ".xz"}
    | {".7z", ".age", ".mp3", ".mp4", ".m4a", ".mov", ".docx", ".xlsx", ".pptx", ".odt"}
)


@dataclass(frozen=True)
class ZipLimits:
    """Caps applied to an untrusted zip before anything in it is read."""

    max_entries: int = 20_000
    max_total_size: int = 4 * 1024**3
    max_entry_size: int = 1024**3
    max_ratio: int = 100
    ratio_min_size: int = 1024 * 1024
    """Entries smaller than this skip the ratio check (tiny text files compress very well)."""
    max_name_bytes: int = 512
    max_segment_bytes: int = 255


# One C scan a name instead of a Python loop over its characters (every member is checked).
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FORBIDDEN_RE = re.compile("[" + re.escape("".join(sorted(_FORBIDDEN_CHARS - {"\\"}))) + "]")


def _package_error(message: str, details: list[str] | None = None) -> PackageError:
    return PackageError(message, hint=_HINT, details=details)


def check_member_name(name: str, *, limits: ZipLimits | None = None) -> list[str]:
    """Return every reason (Vietnamese) why ``name`` is unsafe as a file path; empty if safe.

    The rules make a name safe to create on Windows, macOS and Linux alike: relative, with
    ``/`` separators only, NFC-normalised, no reserved device names or trailing dots/spaces.
    """
    limits = limits or ZipLimits()
    problems: list[str] = []
    shown = name.encode("unicode_escape").decode("ascii")[:200]
    if not name:
        return ["tên mục rỗng"]
    if "\x00" in name:
        problems.append(_t("tên “{shown}” chứa ký tự NUL", shown=shown))
    if _CONTROL_RE.search(name):
        problems.append(_t("tên “{shown}” chứa ký tự điều khiển", shown=shown))
    if "\\" in name:
        problems.append(_t("tên “{shown}” chứa dấu gạch chéo ngược “\\”", shown=shown))
    if name.startswith("/"):
        problems.append(_t("tên “{shown}” là đường dẫn tuyệt đối", shown=shown))
    if len(name) >= 2 and name[1] == ":" and name[0].isascii() and name[0].isalpha():
        problems.append(_t("tên “{shown}” có ký tự ổ đĩa Windows", shown=shown))
    if _FORBIDDEN_RE.search(name):
        problems.append(
            _t(
                'tên “{shown}” chứa ký tự không được phép trên Windows (:*?"<>|)',
                shown=shown,
            )
        )
    if not unicodedata.is_normalized("NFC", name):
        problems.append(_t("tên “{shown}” chưa chuẩn hóa Unicode NFC", shown=shown))
    if len(name.encode("utf-8", "surrogatepass")) > limits.max_name_bytes:
        problems.append(_t("tên “{shown}” quá dài", shown=shown))
    for segment in name.split("/"):
        if segment == "":
            problems.append(_t("tên “{shown}” có đoạn đường dẫn rỗng", shown=shown))
        elif segment in (".", ".."):
            problems.append(
                _t(
                    "tên “{shown}” chứa “{segment}” (thoát ra ngoài thư mục)",
                    shown=shown,
                    segment=segment,
                )
            )
        else:
            problems.extend(_segment_problems(segment, shown, limits))
    return list(dict.fromkeys(problems))  # de-duplicate, keep order


def _segment_problems(segment: str, shown: str, limits: ZipLimits) -> list[str]:
    problems = []
    if segment[-1] in ". ":
        problems.append(
            _t(
                "tên “{shown}” có phần kết thúc bằng dấu chấm hoặc dấu cách",
                shown=shown,
            )
        )
    stem = segment.split(".")[0].rstrip(" ").upper()
    if stem in _RESERVED_WINDOWS:
        problems.append(
            _t(
                "tên “{shown}” dùng tên thiết bị dành riêng của Windows ({stem})",
                shown=shown,
                stem=stem,
            )
        )
    if len(segment.encode("utf-8", "surrogatepass")) > limits.max_segment_bytes:
        problems.append(_t("tên “{shown}” có phần quá dài", shown=shown))
    return problems


def _collision_key(name: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


@dataclass(frozen=True)
class _Entry:
    info: zipfile.ZipInfo
    name: str


class SafeZip:
    """An untrusted zip whose names and sizes were checked; members are read as streams.

    Create with :func:`open_safe_zip`. Directory entries are allowed (if empty) but not listed.
    """

    def __init__(self, zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> None:
        self._zf = zf
        self._entries = entries

    @property
    def names(self) -> tuple[str, ...]:
        """The file (non-directory) entry names, in archive order."""
        return tuple(self._entries)

    def size(self, name: str) -> int:
        """The declared uncompressed size of a member."""
        return self._info(name).file_size

    def crc(self, name: str) -> int:
        """The declared CRC-32 of a member."""
        return self._info(name).CRC

    def _info(self, name: str) -> zipfile.ZipInfo:
        try:
            return self._entries[name]
        except KeyError:
            raise _package_error(f"Gói dữ liệu không có tệp “{name}”.") from None

    def open_member(self, name: str) -> MemberReader:
        """Open a member for streaming; the reader refuses data beyond the declared size."""
        info = self._info(name)
        try:
            stream = self._zf.open(info, "r")
        except ZIP_ERRORS as exc:
            raise _package_error(f"Không đọc được tệp “{name}” trong gói: {exc}.") from None
        return MemberReader(stream, name, info.file_size)

    def read_member(self, name: str, max_bytes: int) -> bytes:
        """Read a whole member, refusing it if its declared size exceeds ``max_bytes``."""
        size = self.size(name)
        if size > max_bytes:
            raise _package_error(
                f"Tệp “{name}” trong gói quá lớn ({size} byte, tối đa {max_bytes} byte)."
            )
        with self.open_member(name) as reader:
            return reader.read()

    def sha256(self, name: str, *, cancel: CancelToken | None = None) -> tuple[str, int]:
        """Stream a member and return its SHA-256 (lowercase hex) and actual size."""
        digest = hashlib.sha256()
        with self.open_member(name) as reader:
            for chunk in reader.chunks():
                if cancel is not None:
                    cancel.check()
                digest.update(chunk)
            return digest.hexdigest(), reader.bytes_read

    def without(self, names: set[str]) -> SafeZip:
        """A view of the same archive that hides ``names`` (e.g. a signature beside a bag)."""
        return SafeZip(self._zf, {n: i for n, i in self._entries.items() if n not in names})

    def close(self) -> None:
        """Close the underlying file."""
        self._zf.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class MemberReader:
    """A stream over one zip member that enforces its declared size exactly."""

    def __init__(self, stream: IO[bytes], name: str, declared_size: int) -> None:
        self._stream = stream
        self.name = name
        self.declared_size = declared_size
        self.bytes_read = 0

    def read(self, size: int = -1) -> bytes:
        """Read up to ``size`` bytes (all remaining if negative); ``b""`` at the end."""
        if size < 0:
            return b"".join(self.chunks())
        if size == 0:
            return b""
        # Ask for one byte more than declared, so an over-long member is noticed.
        want = min(size, self.declared_size - self.bytes_read + 1)
        try:
            data = self._stream.read(want)
        except ZIP_ERRORS as exc:
            raise _package_error(f"Tệp “{self.name}” trong gói bị hỏng: {exc}.") from None
        self.bytes_read += len(data)
        if self.bytes_read > self.declared_size:
            raise _package_error(f"Tệp “{self.name}” trong gói dài hơn kích thước đã khai báo.")
        if not data and self.bytes_read != self.declared_size:
            raise _package_error(
                f"Tệp “{self.name}” trong gói ngắn hơn kích thước đã khai báo "
                f"({self.bytes_read}/{self.declared_size} byte)."
            )
        return data

    def chunks(self, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """Yield the member's bytes in chunks until its end."""
        while chunk := self.read(chunk_size):
            yield chunk

    def close(self) -> None:
        """Close the stream."""
        self._stream.close()

    def __enter__(self) -> MemberReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_safe_zip(path: Path, limits: ZipLimits | None = None) -> SafeZip:
    """Open an untrusted zip after checking every entry's name, type, flags and sizes.

    Raises:
        PackageError: The file is not a readable zip, or any entry breaks a rule; ``details``
            lists every problem found.
    """
    limits = limits or ZipLimits()
    try:
        zf = zipfile.ZipFile(path, "r")
    except ZIP_ERRORS as exc:
        raise _package_error(
            _t(
                "Tệp “{name}” không phải tệp nén zip hợp lệ hoặc đã bị cắt cụt.",
                name=Path(path).name,
            )
        ) from exc  # the library's English reason stays in the log, not in the message
    try:
        entries = _check_entries(zf, Path(path), limits)
    except BaseException:
        zf.close()
        raise
    return SafeZip(zf, entries)


def _check_entries(
    zf: zipfile.ZipFile, path: Path, limits: ZipLimits
) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _package_error(f"Gói có quá nhiều mục ({len(infos)}, tối đa {limits.max_entries}).")
    problems: list[str] = []
    files: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        problems.extend(_entry_problems(info, limits))
        name = info.orig_filename
        is_dir = name.endswith("/")
        key = _collision_key(name.rstrip("/"))
        if key in seen:
            other = seen[key]
            if other == name:
                problems.append(_t("tên “{name}” xuất hiện hai lần", name=name))
            else:
                problems.append(
                    _t(
                        "tên “{name}” trùng với “{other}” (khác chữ hoa/thường)",
                        name=name,
                        other=other,
                    )
                )
        seen[key] = name
        if not is_dir:
            files[name] = info
            total += info.file_size
    # A file whose name is also a folder of another file cannot exist on any disk.
    folders: set[str] = set()
    for name in files:
        prefixes = name.split("/")
        for i in range(1, len(prefixes)):
            folders.add(_collision_key("/".join(prefixes[:i])))
    for name in files:
        if _collision_key(name) in folders:
            problems.append(_t("“{name}” vừa là tệp vừa là thư mục", name=name))
    if total > limits.max_total_size:
        problems.append(
            _t(
                "tổng kích thước khai báo {total} byte vượt giới hạn {max_total_size} byte",
                total=total,
                max_total_size=limits.max_total_size,
            )
        )
    if not problems:
        problems.extend(_layout_problems(zf, path, infos))
    if problems:
        raise _package_error(
            f"Gói dữ liệu không an toàn hoặc bị hỏng: {problems[0]}"
            + (f" (và {len(problems) - 1} lỗi khác)." if len(problems) > 1 else "."),
            details=problems,
        )
    return files


def _entry_problems(info: zipfile.ZipInfo, limits: ZipLimits) -> list[str]:
    name = info.orig_filename
    is_dir = name.endswith("/")
    problems = check_member_name(name[:-1] if is_dir else name, limits=limits)
    if name != info.filename:
        problems.append(
            _t(
                "tên “{filename}” bị cắt bởi ký tự NUL hoặc đổi dấu phân cách",
                filename=info.filename,
            )
        )
    if not name.isascii() and not info.flag_bits & _FLAG_UTF8:
        problems.append(_t("tên “{name}” không được đánh dấu mã hóa UTF-8", name=name))
    if info.flag_bits & (_FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION):
        problems.append(
            _t(
                "tệp “{name}” được mã hóa bằng mật khẩu zip (không hỗ trợ)",
                name=name,
            )
        )
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        problems.append(
            _t(
                "tệp “{name}” dùng kiểu nén không hỗ trợ ({compress_type})",
                name=name,
                compress_type=info.compress_type,
            )
        )
    mode = info.external_attr >> 16
    kind = mode & _S_IFMT
    if kind and kind not in (_S_IFREG, _S_IFDIR):
        problems.append(
            _t(
                "“{name}” là liên kết tượng trưng (symlink) hoặc tệp đặc biệt",
                name=name,
            )
        )
    elif kind == _S_IFDIR and not is_dir:
        problems.append(
            _t(
                "“{name}” được đánh dấu là thư mục nhưng tên không kết thúc bằng “/”",
                name=name,
            )
        )
    # An empty deflate stream is 2 bytes; anything bigger in a folder entry is hidden data.
    if is_dir and (info.file_size or info.compress_size > 2):
        problems.append(_t("thư mục “{name}” lại chứa dữ liệu", name=name))
    if info.file_size > limits.max_entry_size:
        problems.append(
            _t(
                "tệp “{name}” quá lớn ({file_size} byte, tối đa {max_entry_size})",
                name=name,
                file_size=info.file_size,
                max_entry_size=limits.max_entry_size,
            )
        )
    if info.file_size >= limits.ratio_min_size and info.file_size > limits.max_ratio * max(
        info.compress_size, 1
    ):
        problems.append(
            _t(
                "tệp “{name}” có tỉ lệ nén bất thường (nghi “bom zip”): {compress_size} "
                "byte nén thành {file_size} byte",
                name=name,
                compress_size=info.compress_size,
                file_size=info.file_size,
            )
        )
    return problems


def _layout_problems(zf: zipfile.ZipFile, path: Path, infos: list[zipfile.ZipInfo]) -> list[str]:
    """Check that local headers sit where the directory says and that entries do not overlap.

    Python 3.11.7 lacks the overlap check of CVE-2024-0450, which stops "overlapping entry"
    zip bombs; this is our own version of it.
    """
    central_start = getattr(zf, "start_dir", None)
    problems: list[str] = []
    ordered = sorted(infos, key=lambda i: i.header_offset)
    if ordered and ordered[0].header_offset != 0:
        problems.append(_t("có dữ liệu lạ nằm trước nội dung tệp nén"))
    try:
        with open(path, "rb") as raw:
            for index, info in enumerate(ordered):
                raw.seek(info.header_offset)
                header = raw.read(_LOCAL_HEADER.size)
                if len(header) != _LOCAL_HEADER.size or header[:4] != _LOCAL_MAGIC:
                    problems.append(
                        _t(
                            "mục “{orig_filename}” không có tiêu đề hợp lệ",
                            orig_filename=info.orig_filename,
                        )
                    )
                    continue
                fields = _LOCAL_HEADER.unpack(header)
                name_len, extra_len = fields[9], fields[10]
                end = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len
                end += info.compress_size
                limit = (
                    ordered[index + 1].header_offset if index + 1 < len(ordered) else central_start
                )
                if limit is not None and end > limit:
                    problems.append(
                        _t(
                            "mục “{orig_filename}” chồng lên mục khác (nghi “bom zip”)",
                            orig_filename=info.orig_filename,
                        )
                    )
    except OSError as exc:
        problems.append(_t("không đọc được tệp nén ({strerror})", strerror=exc.strerror))
    return problems


# ---------------------------------------------------------------- writing


@dataclass(frozen=True)
class WrittenMember:
    """What was written for one member: its name, size and SHA-256 (lowercase hex)."""

    name: str
    size: int
    sha256: str


def wants_compression(name: str) -> bool:
    """Whether a member should be deflated (text) rather than stored (compressed media)."""
    return Path(name).suffix.lower() not in STORED_SUFFIXES


class ZipWriter:
    """Writes a zip to a temporary file beside ``path``; it appears only on :meth:`commit`.

    Members are copied from files in chunks while their SHA-256 is computed, so large
    evidence files are never loaded whole and never read twice. Leaving the ``with`` block
    without committing (an error or a cancel) deletes the temporary file.
    """

    # A fixed timestamp makes the same content give the same bytes (reproducible packages).
    DATE_TIME = (1980, 1, 1, 0, 0, 0)

    def __init__(
        self, path: Path | None, *, cancel: CancelToken | None = None, stream: Any = None
    ) -> None:
        """Write to a temporary file beside ``path``, or straight into ``stream`` (no path).

        A stream (an encrypting writer) need not be seekable: members then carry data
        descriptors, which every zip reader understands.
        """
        self.path = Path(path) if path is not None else None
        self._cancel = cancel
        self._out = AtomicFile(self.path, suffix=".partial") if self.path is not None else None
        target = self._out.file if self._out is not None else stream
        self._zf = zipfile.ZipFile(target, "w", allowZip64=True)
        self._names: set[str] = set()
        self.members: list[WrittenMember] = []

    def _zipinfo(self, name: str, size: int, compress: bool | None) -> zipfile.ZipInfo:
        problems = check_member_name(name)
        if problems:
            raise ValueError(f"unsafe member name {name!r}: {problems}")
        key = _collision_key(name)
        if key in self._names:
            raise ValueError(f"duplicate member name {name!r}")
        self._names.add(key)
        info = zipfile.ZipInfo(name, date_time=self.DATE_TIME)
        info.create_system = 3  # Unix, so the mode bits below are meaningful everywhere
        info.external_attr = (_S_IFREG | 0o644) << 16
        deflate = wants_compression(name) if compress is None else compress
        info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
        info.file_size = size
        return info

    def add_file(self, name: str, source: Path, *, compress: bool | None = None) -> WrittenMember:
        """Copy a file into the zip in chunks, hashing it on the way.

        Args:
            name: The member name (checked with :func:`check_member_name`).
            source: The file to copy.
            compress: Force deflate (True) or store (False); by default decided by suffix.
        """
        with open(source, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            return self._copy(name, stream, size, compress)

    def add_bytes(self, name: str, data: bytes, *, compress: bool | None = None) -> WrittenMember:
        """Write a member from bytes in memory (small tag files, headers)."""
        info = self._zipinfo(name, len(data), compress)
        with self._zf.open(info, "w") as member:
            member.write(data)
        written = WrittenMember(name, len(data), hashlib.sha256(data).hexdigest())
        self.members.append(written)
        return written

    def _copy(self, name: str, stream: BinaryIO, size: int, compress: bool | None) -> WrittenMember:
        info = self._zipinfo(name, size, compress)
        digest = hashlib.sha256()
        copied = 0
        with self._zf.open(info, "w", force_zip64=size > 2**31) as member:
            while chunk := stream.read(CHUNK_SIZE):
                if self._cancel is not None:
                    self._cancel.check()
                digest.update(chunk)
                member.write(chunk)
                copied += len(chunk)
        if copied != size:
            raise PackageError(
                _t("Tệp “{name}” đã thay đổi trong khi đang đóng gói.", name=name),
                hint=_t("Đóng các chương trình đang sửa tệp này rồi xuất gói lại."),
            )
        written = WrittenMember(name, copied, digest.hexdigest())
        self.members.append(written)
        return written

    def commit(self) -> Path | None:
        """Finish the zip, fsync it and rename it to its final path; return that path.

        Writing into a stream, this only finishes the zip (the stream's owner commits).
        """
        if self._cancel is not None:
            self._cancel.check()
        self._zf.close()
        return self._out.commit() if self._out is not None else None

    def abort(self) -> None:
        """Discard the temporary file; the final path is left untouched."""
        # Closing may fail half-way through a member; the temporary file is deleted next anyway.
        with contextlib.suppress(OSError, ValueError):
            self._zf.close()
        if self._out is not None:
            self._out.discard()

    def __enter__(self) -> ZipWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.abort()
