"""BagIt 1.0 (RFC 8493) bags: a streaming writer and a strict validator over a SafeZip.

Layout: the zip's root IS the bag (``bagit.txt``, ``bag-info.txt``, ``manifest-sha256.txt``,
``tagmanifest-sha256.txt``, extra tag files such as ``dvk-header.json``, payload under
``data/``). There is no top-level folder, so no folder name has to be checked or agreed on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from dvk_desktop.errors import PackageError
from dvk_desktop.messages import _t
from dvk_desktop.packaging.safezip import CHUNK_SIZE, SafeZip, WrittenMember, check_member_name
from dvk_desktop.progress import CancelToken, ProgressReporter

BAGIT_TXT = "bagit.txt"
BAG_INFO_TXT = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
PAYLOAD_DIR = "data/"
BAGIT_TXT_CONTENT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MAX_TAG_FILE_BYTES = 16 * 1024 * 1024
WRITER_LABELS = frozenset({"Payload-Oxum", "Bagging-Date"})

_MANIFEST_LINE = re.compile(r"([0-9a-f]{64})  (.+)")
_PERCENT = re.compile(r"%(25|0[Dd]|0[Aa])")
_LABEL = re.compile(r"[^\s:][^:\r\n]*[^\s:]|[^\s:]")
_MANIFEST_NAME = re.compile(r"(tag)?manifest-[^/]*\.txt")
_HINT = _t("Gói đã bị hỏng hoặc bị sửa đổi sau khi tạo; yêu cầu bên gửi xuất lại gói.")


class BagSink(Protocol):
    """Where a bag is written: a :class:`~dvk_desktop.packaging.safezip.ZipWriter` or a folder."""

    def add_file(self, name: str, source: Path, *, compress: bool | None = None) -> WrittenMember:
        """Copy a file in, returning its size and SHA-256 computed during the copy."""

    def add_bytes(self, name: str, data: bytes, *, compress: bool | None = None) -> WrittenMember:
        """Write bytes in, returning their size and SHA-256."""


class DirectorySink:
    """A :class:`BagSink` writing into a folder on disk (tests, unzipped exports)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _target(self, name: str) -> Path:
        problems = check_member_name(name)
        if problems:
            raise ValueError(f"unsafe member name {name!r}: {problems}")
        target = self.root.joinpath(*name.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def add_file(self, name: str, source: Path, *, compress: bool | None = None) -> WrittenMember:
        """Copy ``source`` to ``root/name`` in chunks, hashing it on the way."""
        digest = hashlib.sha256()
        size = 0
        with open(source, "rb") as src, open(self._target(name), "xb") as dst:
            while chunk := src.read(CHUNK_SIZE):
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
        return WrittenMember(name, size, digest.hexdigest())

    def add_bytes(self, name: str, data: bytes, *, compress: bool | None = None) -> WrittenMember:
        """Write ``data`` to ``root/name``."""
        with open(self._target(name), "xb") as dst:
            dst.write(data)
        return WrittenMember(name, len(data), hashlib.sha256(data).hexdigest())


def encode_manifest_path(path: str) -> str:
    """Percent-encode ``%``, CR and LF in a manifest path, as RFC 8493 section 2.1.3 requires."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_manifest_path(text: str) -> str | None:
    """Decode a manifest path; ``None`` if a ``%`` is not one of ``%25``, ``%0D``, ``%0A``."""
    if _PERCENT.sub("", text).count("%"):
        return None
    table = {"25": "%", "0D": "\r", "0A": "\n"}
    return _PERCENT.sub(lambda m: table[m.group(1).upper()], text)


@dataclass(frozen=True)
class BagSummary:
    """What a finished bag contains: payload checksums by path and the Payload-Oxum."""

    payload: dict[str, str]
    payload_oxum: str


class BagWriter:
    """Writes a bag into a sink; payload files are hashed while they are copied.

    Call :meth:`add_payload_file` / :meth:`add_payload_bytes` and :meth:`add_tag_file`, then
    :meth:`finish`, which writes the four BagIt tag files.
    """

    def __init__(self, sink: BagSink, *, info: Sequence[tuple[str, str]] = ()) -> None:
        for label, value in info:
            _check_info(label, value)
        self._sink = sink
        self._info = list(info)
        self._payload: dict[str, WrittenMember] = {}
        self._tags: dict[str, WrittenMember] = {}
        self._finished = False

    def add_payload_file(self, path: str, source: Path) -> WrittenMember:
        """Copy ``source`` into the bag as ``data/<path>``."""
        return self._add_payload(path, lambda name: self._sink.add_file(name, source))

    def add_payload_bytes(self, path: str, data: bytes) -> WrittenMember:
        """Write ``data`` into the bag as ``data/<path>``."""
        return self._add_payload(path, lambda name: self._sink.add_bytes(name, data))

    def _add_payload(self, path: str, write: Callable[[str], WrittenMember]) -> WrittenMember:
        self._check_open()
        name = PAYLOAD_DIR + path
        if name in self._payload:
            raise ValueError(f"duplicate payload path {path!r}")
        written = write(name)
        self._payload[name] = written
        return written

    def add_tag_file(self, name: str, data: bytes) -> WrittenMember:
        """Add a tag file such as ``dvk-header.json`` (outside ``data/``, in the tag manifest)."""
        self._check_open()
        if (
            name.startswith(PAYLOAD_DIR)
            or name in (BAGIT_TXT, BAG_INFO_TXT)
            or _MANIFEST_NAME.fullmatch(name)
            or name in self._tags
        ):
            raise ValueError(f"reserved or duplicate tag file name {name!r}")
        written = self._sink.add_bytes(name, data)
        self._tags[name] = written
        return written

    def finish(self, *, bagging_date: date | None = None) -> BagSummary:
        """Write bagit.txt, bag-info.txt and both manifests; return the payload summary."""
        self._check_open()
        self._finished = True
        octets = sum(m.size for m in self._payload.values())
        oxum = f"{octets}.{len(self._payload)}"
        labels = [
            *self._info,
            ("Payload-Oxum", oxum),
            ("Bagging-Date", (bagging_date or date.today()).isoformat()),
        ]
        bag_info = "".join(f"{label}: {value}\n" for label, value in labels).encode("utf-8")
        tags = dict(self._tags)
        for name, data in (
            (BAGIT_TXT, BAGIT_TXT_CONTENT),
            (BAG_INFO_TXT, bag_info),
            (MANIFEST, _manifest(self._payload.values())),
        ):
            tags[name] = self._sink.add_bytes(name, data)
        self._sink.add_bytes(TAG_MANIFEST, _manifest(tags.values()))
        return BagSummary({n: m.sha256 for n, m in self._payload.items()}, oxum)

    def _check_open(self) -> None:
        if self._finished:
            raise RuntimeError("bag already finished")


def _manifest(members: Iterable[WrittenMember]) -> bytes:
    items = sorted(members, key=lambda m: m.name)
    lines = (f"{m.sha256}  {encode_manifest_path(m.name)}\n" for m in items)
    return "".join(lines).encode("utf-8")


def _check_info(label: str, value: str) -> None:
    if not _LABEL.fullmatch(label) or label in WRITER_LABELS:
        raise ValueError(f"invalid or reserved bag-info label {label!r}")
    if "\n" in value or "\r" in value:
        raise ValueError(f"bag-info value for {label!r} must be one line")


# ---------------------------------------------------------------- validation


@dataclass
class BagReport:
    """The outcome of validating a bag: every problem found, in Vietnamese."""

    problems: list[str] = field(default_factory=list)
    info: list[tuple[str, str]] = field(default_factory=list)
    payload: dict[str, str] = field(default_factory=dict)
    """Manifest checksums (path -> SHA-256 hex) of payload files that verified."""

    @property
    def ok(self) -> bool:
        """Whether no problem was found."""
        return not self.problems

    def raise_for_problems(self) -> None:
        """Raise a :class:`PackageError` listing every problem, if there is any."""
        if self.problems:
            count = len(self.problems)
            raise PackageError(
                _t(
                    "Gói dữ liệu không toàn vẹn ({count} lỗi): {first}{more}",
                    count=count,
                    first=self.problems[0],
                    more=" …" if count > 1 else "",
                ),
                hint=_HINT,
                details=list(self.problems),
            )


def validate_bag(
    archive: SafeZip,
    *,
    cancel: CancelToken | None = None,
    reporter: ProgressReporter | None = None,
    hasher: Callable[[str], tuple[str, int]] | None = None,
) -> BagReport:
    """Check a bag stored at the root of a zip, strictly, collecting every problem.

    Checks bagit.txt exactly, bag-info.txt syntax and Payload-Oxum, both SHA-256 manifests
    line by line, that the files listed are exactly the files present, and every checksum
    and size (streamed). Other manifest algorithms are refused.
    """
    report = BagReport()
    names = set(archive.names)
    for required in (BAGIT_TXT, BAG_INFO_TXT, MANIFEST, TAG_MANIFEST):
        if required not in names:
            report.problems.append(_t("thiếu tệp bắt buộc {required}", required=required))
    for name in sorted(names):
        if _MANIFEST_NAME.fullmatch(name) and name not in (MANIFEST, TAG_MANIFEST):
            report.problems.append(_t("tệp {name}: chỉ chấp nhận bảng kiểm SHA-256", name=name))
    if BAGIT_TXT in names:
        data = _read_tag(archive, BAGIT_TXT, report)
        if data is not None and data != BAGIT_TXT_CONTENT:
            report.problems.append(
                _t("tệp bagit.txt không đúng (cần BagIt-Version 1.0 và mã hóa UTF-8)")
            )
    declared_oxum = _parse_bag_info(archive, report) if BAG_INFO_TXT in names else None

    payload_present = {n for n in names if n.startswith(PAYLOAD_DIR)}
    tag_present = names - payload_present - {TAG_MANIFEST}
    payload_listed = _parse_manifest(archive, MANIFEST, report, payload=True)
    tag_listed = _parse_manifest(archive, TAG_MANIFEST, report, payload=False)
    if tag_listed is not None:
        for required in (BAGIT_TXT, BAG_INFO_TXT, MANIFEST):
            if required not in tag_listed:
                report.problems.append(
                    _t(
                        "{TAG_MANIFEST} không liệt kê {required}",
                        TAG_MANIFEST=TAG_MANIFEST,
                        required=required,
                    )
                )
    to_check: list[tuple[str, str]] = []
    for listed, present, manifest in (
        (payload_listed, payload_present, MANIFEST),
        (tag_listed, tag_present, TAG_MANIFEST),
    ):
        if listed is None:
            continue
        for name in sorted(listed.keys() - present):
            report.problems.append(
                _t(
                    "thiếu tệp “{name}” có trong {manifest}",
                    name=name,
                    manifest=manifest,
                )
            )
        for name in sorted(present - listed.keys()):
            report.problems.append(
                _t(
                    "có tệp thừa “{name}” không được liệt kê trong {manifest}",
                    name=name,
                    manifest=manifest,
                )
            )
        to_check.extend((name, listed[name]) for name in sorted(listed.keys() & present))

    actual_sizes = _check_hashes(archive, to_check, report, cancel, reporter, hasher)
    if payload_listed is not None:
        report.payload = {
            n: h for n, h in payload_listed.items() if n in actual_sizes and n in payload_present
        }
    if declared_oxum is not None:
        octets = sum(actual_sizes.get(n, archive.size(n)) for n in payload_present)
        actual_oxum = f"{octets}.{len(payload_present)}"
        if declared_oxum != actual_oxum:
            report.problems.append(
                _t(
                    "Payload-Oxum khai báo {declared_oxum} nhưng dữ liệu thực tế là "
                    "{actual_oxum} (byte.số tệp)",
                    declared_oxum=declared_oxum,
                    actual_oxum=actual_oxum,
                )
            )
    return report


def _check_hashes(
    archive: SafeZip,
    to_check: list[tuple[str, str]],
    report: BagReport,
    cancel: CancelToken | None,
    reporter: ProgressReporter | None,
    hasher: Callable[[str], tuple[str, int]] | None = None,
) -> dict[str, int]:
    """Stream every listed file; return the actual sizes of those whose checksum matched.

    ``hasher`` replaces the plain read: an importer uses it to copy each file to staging while
    hashing it, so every byte is read once.
    """
    total = sum(archive.size(name) for name, _ in to_check)
    done = 0
    sizes: dict[str, int] = {}
    for name, expected in to_check:
        if cancel is not None:
            cancel.check()
        try:
            actual, size = (
                hasher(name) if hasher is not None else archive.sha256(name, cancel=cancel)
            )
        except PackageError as exc:
            report.problems.append(exc.message)
            continue
        done += size
        if reporter is not None:
            reporter.report(done, total, name)
        if actual != expected:
            report.problems.append(
                _t("tệp “{name}” có mã băm SHA-256 không khớp bảng kiểm", name=name)
            )
        else:
            sizes[name] = size
    return sizes


def _read_tag(archive: SafeZip, name: str, report: BagReport) -> bytes | None:
    try:
        return archive.read_member(name, MAX_TAG_FILE_BYTES)
    except PackageError as exc:
        report.problems.append(exc.message)
        return None


def _decode_tag(archive: SafeZip, name: str, report: BagReport) -> list[str] | None:
    """Return the lines of a UTF-8 tag file (LF endings, final newline), or record why not."""
    data = _read_tag(archive, name, report)
    if data is None:
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        report.problems.append(_t("tệp {name} bắt đầu bằng dấu BOM", name=name))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        report.problems.append(_t("tệp {name} không phải UTF-8 hợp lệ", name=name))
        return None
    if "\r" in text:
        report.problems.append(
            _t(
                "tệp {name} dùng ký tự xuống dòng CR (chỉ chấp nhận LF)",
                name=name,
            )
        )
        return None
    if text and not text.endswith("\n"):
        report.problems.append(_t("tệp {name} thiếu ký tự xuống dòng ở cuối", name=name))
        return None
    return text.split("\n")[:-1] if text else []


def _parse_bag_info(archive: SafeZip, report: BagReport) -> str | None:
    """Parse bag-info.txt into ``report.info``; return the declared Payload-Oxum."""
    lines = _decode_tag(archive, BAG_INFO_TXT, report)
    if lines is None:
        return None
    info: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        if line[:1] in (" ", "\t") and info:
            # RFC 8493 allows folding a long value onto indented continuation lines.
            label, value = info[-1]
            info[-1] = (label, f"{value} {line.strip()}")
            continue
        label, sep, value = line.partition(": ")
        if not sep or not _LABEL.fullmatch(label):
            report.problems.append(
                _t("tệp bag-info.txt sai cú pháp ở dòng {number}", number=number)
            )
            continue
        info.append((label, value))
    report.info = info
    oxums = [value for label, value in info if label == "Payload-Oxum"]
    if len(oxums) != 1 or not re.fullmatch(r"[0-9]{1,20}\.[0-9]{1,12}", oxums[0]):
        report.problems.append(_t("tệp bag-info.txt thiếu hoặc sai trường Payload-Oxum"))
        return None
    return oxums[0]


def _parse_manifest(
    archive: SafeZip, name: str, report: BagReport, *, payload: bool
) -> dict[str, str] | None:
    """Parse a manifest strictly into ``{path: sha256}``; record each bad line as a problem."""
    if name not in archive.names:
        return None
    lines = _decode_tag(archive, name, report)
    if lines is None:
        return None
    entries: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        match = _MANIFEST_LINE.fullmatch(line)
        path = decode_manifest_path(match.group(2)) if match else None
        if match is None or path is None:
            report.problems.append(
                _t(
                    "tệp {name} sai cú pháp ở dòng {number} (cần “<64 chữ số hex thường>  "
                    "<đường dẫn>”)",
                    name=name,
                    number=number,
                )
            )
            continue
        problems = check_member_name(path)
        if problems:
            report.problems.append(
                _t(
                    "tệp {name} dòng {number}: {problems}",
                    name=name,
                    number=number,
                    problems=problems[0],
                )
            )
            continue
        if payload != path.startswith(PAYLOAD_DIR):
            where = "nằm ngoài thư mục data/" if payload else "nằm trong thư mục data/"
            report.problems.append(
                _t(
                    "tệp {name} dòng {number}: “{path}” {where}",
                    name=name,
                    number=number,
                    path=path,
                    where=where,
                )
            )
            continue
        if not payload and _MANIFEST_NAME.fullmatch(path) and path != MANIFEST:
            report.problems.append(
                _t(
                    "tệp {name} dòng {number}: không được liệt kê “{path}”",
                    name=name,
                    number=number,
                    path=path,
                )
            )
            continue
        if path in entries:
            report.problems.append(_t("tệp {name} liệt kê “{path}” hai lần", name=name, path=path))
            continue
        entries[path] = match.group(1)
    return entries
