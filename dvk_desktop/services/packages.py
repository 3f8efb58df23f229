"""Signed packages between levels: export, verify (no writes) and import (all or nothing)."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dvk_desktop import __version__
from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.errors import (
    Cancelled,
    DvkError,
    PackageError,
    PassphraseError,
    SignatureError,
    ValidationError,
)
from dvk_desktop.packaging import agecrypt, keys, minisign
from dvk_desktop.packaging.bag import TAG_MANIFEST, BagWriter, validate_bag
from dvk_desktop.packaging.safezip import (
    SafeZip,
    WrittenMember,
    ZipLimits,
    ZipWriter,
    open_safe_zip,
)
from dvk_desktop.packaging.strictjson import dumps_canonical, loads_strict
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services import (
    evidence_derivatives,
    ledger,
    package_records,
    trust,
    workspace_keys,
)
from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.engine import current_revision
from dvk_desktop.storage.models import DvkModel, Evidence, TrustedKey, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle

HEADER = "dvk-header.json"
RECORDS = "records.json"
SIGNATURE = TAG_MANIFEST + ".minisig"
SUFFIX = ".dvkpkg"
HEADER_FORMAT = "dvk-package"
HEADER_VERSION = 1
MAX_HEADER_BYTES = 1024 * 1024
MAX_RECORDS_BYTES = 512 * 1024 * 1024
MAX_PACKAGE_BYTES = 8 * 1024**3
KINDS = ("records", "decisions", "aggregate")
# JPEG, PNG, GIF, WebP/RIFF, PDF, ZIP-based office files, gzip, MP4/HEIC boxes.
_COMPRESSED_MAGIC = (
    b"\xff\xd8\xff",
    b"\x89PNG",
    b"GIF8",
    b"RIFF",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x1cftyp",
    b"\x00\x00\x00\x20ftyp",
)


@dataclass
class ExportResult:
    """What an export produced, for the final screen and the CLI."""

    path: Path
    size: int
    sequence: int
    recipient: str
    encrypted: bool
    fingerprint: str
    package_sha256: str
    counts: dict[str, int]


@dataclass
class PackageCheck:
    """Everything learnt by checking a package; ``problems`` empty means it may be imported."""

    path: Path
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    header: dict[str, Any] = field(default_factory=dict)
    sender_name: str = ""
    package_sha256: str = ""
    already_imported: bool = False
    missing_evidence: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the package passed every check."""
        return not self.problems


@dataclass
class ImportResult:
    """What an import did."""

    check: PackageCheck
    status: str  # "imported" | "already" | "refused"
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)
    quarantine_report: Path | None = None


def _unlock(handle: WorkspaceHandle, passphrase: str) -> keys.UnlockedKey:
    path = workspace_keys.key_file(handle)
    if not path.is_file():
        raise ValidationError(
            "Vùng làm việc chưa có khóa ký.",
            hint="Hãy tạo khóa trước (dvk keys create, hoặc Cài đặt → Khóa ký).",
        )
    return keys.unlock(path, passphrase)


# ---------------------------------------------------------------- export


class _CapturingSink:
    """Passes members to the zip writer and keeps the tag manifest bytes, which get signed."""

    def __init__(self, writer: ZipWriter) -> None:
        self.writer = writer
        self.tag_manifest: bytes = b""

    def add_file(self, name: str, source: Path, *, compress: bool | None = None) -> WrittenMember:
        if compress is None and name.startswith("data/evidence/"):
            # Evidence is named by hash, so its suffix cannot tell; deflating a JPEG or PDF
            # again costs time and saves nothing, so sniff the first bytes instead.
            with open(source, "rb") as fh:
                compress = not fh.read(8).startswith(_COMPRESSED_MAGIC)
        return self.writer.add_file(name, source, compress=compress)

    def add_bytes(self, name: str, data: bytes, *, compress: bool | None = None) -> WrittenMember:
        if name == TAG_MANIFEST:
            self.tag_manifest = data
        return self.writer.add_bytes(name, data, compress=compress)


@contextlib.contextmanager
def _staging(handle: WorkspaceHandle) -> Iterator[Path]:
    """A private scratch folder inside the workspace (same disk: renames stay atomic)."""
    base = handle.paths.root / ".staging"
    base.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="pkg-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _parent_key(handle: WorkspaceHandle) -> TrustedKey | None:
    with handle.sessions() as session:
        return session.scalars(
            select(TrustedKey).where(
                TrustedKey.relation == trust.PARENT,
                TrustedKey.revoked_at.is_(None),
                TrustedKey.replaced_by_id.is_(None),
            )
        ).first()


def export_package(
    handle: WorkspaceHandle,
    destination: Path,
    *,
    passphrase: str,
    encrypt: bool | None = None,
    recipient_code: str | None = None,
    kind: str = "records",
    rotation: dict[str, Any] | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Export this workspace's records (or, for an upper level, decisions) as a signed package.

    ``destination`` is a folder (a USB stick) or a file name. Encryption to the recipient's age
    key is the default when the package carries personal data; ``encrypt`` overrides it.
    Decision packages go to one child (``recipient_code``); record packages to the parent.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    if kind not in KINDS:
        raise ValueError(kind)
    ws = handle.info()
    recipient_key: TrustedKey | None
    if kind == "decisions":
        if not recipient_code:
            raise ValidationError("Hãy chọn xã nhận gói quyết định.")
        with handle.sessions() as session:
            recipient_key = trust.active_key(session, recipient_code, trust.CHILD)
        recipient_name = recipient_key.unit_name if recipient_key else recipient_code
    else:
        recipient_key = _parent_key(handle)
        recipient_code = recipient_key.unit_code if recipient_key else ws.parent_unit_code
        recipient_name = recipient_key.unit_name if recipient_key else (ws.parent_unit_name or "")
    if not recipient_code:
        raise ValidationError(
            "Vùng làm việc chưa có cấp trên để gửi gói.",
            hint="Hãy ghi nhận khóa của cấp trên (dvk trust enrol --parent).",
        )
    unlocked = _unlock(handle, passphrase)  # wrong passphrase: PassphraseError, nothing changed
    with handle.sessions() as session:
        if kind == "decisions":
            records = _decision_records(session, ws, recipient_code)
        elif kind == "aggregate":
            records = _aggregate_records(session, ws)
        else:
            records = package_records.collect_records(session)
        acked = ledger.acknowledged(session, recipient_code)
    if kind == "records":  # photos reduced for sending when the setting asks (originals kept)
        evidence_derivatives.reduce_photos_in_records(
            handle, records, acked, reporter=reporter, cancel=cancel
        )
    personal = package_records.has_personal_data(records) or (
        kind == "aggregate"
        and any(package_records.has_personal_data(c) for c in records.get("children", []))
    )
    encrypted = personal if encrypt is None else encrypt
    if encrypted and (recipient_key is None or not recipient_key.age_recipient):
        raise ValidationError(
            "Gói có dữ liệu cá nhân nên cần mã hóa, nhưng chưa có khóa nhận của đơn vị nhận.",
            hint="Hãy ghi nhận khóa của đơn vị nhận trước, hoặc xuất với --no-encrypt nếu "
            "được phép gửi không mã hóa.",
        )
    hashes = sorted(_all_evidence(records))
    to_send = [h for h in hashes if h not in acked]
    not_sent = [h for h in hashes if h in acked]
    for h in to_send:
        if not handle.evidence.has(h):
            raise PackageError(
                f"Thiếu tệp minh chứng {h[:12]}… trong kho nên không xuất được gói.",
                hint="Hãy chạy dvk db check, khôi phục tệp từ bản sao lưu rồi xuất lại.",
            )
    counts = _counts(records, len(to_send))
    sequence, previous = ledger.reserve_sequence(handle, recipient_code)
    created = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    header = {
        "format": HEADER_FORMAT,
        "version": HEADER_VERSION,
        "kind": kind,
        "sender": {"unit_code": ws.unit_code, "unit_name": ws.unit_name},
        "recipient": {"unit_code": recipient_code, "unit_name": recipient_name},
        "key_id": unlocked.info.key_id.hex(),
        "public_key": base64.b64encode(unlocked.info.ed25519_public_key).decode("ascii"),
        "sequence": sequence,
        "previous_sha256": previous,
        "created": created.isoformat(),
        "period": {"year": created.year},
        "counts": counts,
        "evidence_not_included": not_sent,
        "schema_version": current_revision(handle.engine),
        "app_version": __version__,
    }
    rotation = rotation or workspace_keys.pending_rotation(handle)
    if rotation is not None:
        header["rotation"] = rotation
    name = f"dvk-{ws.unit_code}-gui-{recipient_code}-{sequence:05d}{SUFFIX}"
    final = destination / name if destination.is_dir() else destination
    if encrypted and not final.name.endswith(".age"):
        final = final.with_name(final.name + ".age")
    with _staging(handle) as scratch:
        plain = scratch / name
        with ZipWriter(plain, cancel=cancel) as writer:
            sink = _CapturingSink(writer)
            info = [
                ("Source-Organization", ws.unit_name),
                ("Organization-Address", f"Mã đơn vị {ws.unit_code}"),
                ("External-Identifier", f"{ws.unit_code}-{recipient_code}-{sequence}"),
                ("DVK-Sender-Code", ws.unit_code),
                ("DVK-Recipient-Code", recipient_code),
                ("DVK-Sequence", str(sequence)),
                ("DVK-Kind", kind),
                ("DVK-Created", created.isoformat()),
                ("DVK-Schema-Version", str(header["schema_version"])),
                ("DVK-App-Version", __version__),
                ("DVK-Counts", ", ".join(f"{k}={v}" for k, v in counts.items())),
                ("Bag-Software-Agent", f"DVK Desktop {__version__}"),
            ]
            bag = BagWriter(sink, info=info)
            bag.add_payload_bytes(RECORDS, dumps_canonical(records))
            for done, h in enumerate(to_send):
                cancel.check()
                reporter.report(done, len(to_send) + 1, "Đóng gói minh chứng")
                bag.add_payload_file(f"evidence/{h}", handle.evidence.path_for(h))
            bag.add_tag_file(HEADER, dumps_canonical(header, pretty=True))
            bag.finish(bagging_date=created.date())
            comment = _trusted_comment(header)
            writer.add_bytes(SIGNATURE, unlocked.sign_minisign(sink.tag_manifest, comment).encode())
            package_sha = hashlib.sha256(sink.tag_manifest).hexdigest()
            writer.commit()
        reporter.report(len(to_send), len(to_send) + 1, "Ghi gói ra đích")
        final.parent.mkdir(parents=True, exist_ok=True)
        if encrypted:
            assert recipient_key is not None
            agecrypt.encrypt_file(plain, final, [recipient_key.age_recipient], cancel=cancel)
        else:
            _copy_atomic(plain, final, cancel)
    with handle.sessions() as session, session.begin():
        ledger.record(
            session, direction="out", sender=ws.unit_code, recipient=recipient_code,
            sequence=sequence, package_sha256=package_sha, previous_sha256=previous, kind=kind,
            file_name=final.name, created_at=created.replace(tzinfo=None), counts=counts,
        )  # fmt: skip
    if "rotation" in header:
        workspace_keys.finish_rotation(handle)
    reporter.report(1, 1, "Xong")
    return ExportResult(
        final, final.stat().st_size, sequence, recipient_code, encrypted,
        unlocked.info.fingerprint, package_sha, counts,
    )  # fmt: skip


def _copy_atomic(src: Path, dst: Path, cancel: CancelToken) -> None:
    from dvk_desktop.storage.atomic import atomic_writer

    with open(src, "rb") as reader, atomic_writer(dst) as out:
        while chunk := reader.read(1024 * 1024):
            cancel.check()
            out.write(chunk)


def _trusted_comment(header: dict[str, Any]) -> str:
    return (
        f"dvk-package kind={header['kind']} sender={header['sender']['unit_code']} "
        f"recipient={header['recipient']['unit_code']} sequence={header['sequence']}"
    )


def _all_evidence(records: dict[str, Any]) -> set[str]:
    hashes = package_records.evidence_hashes(records)
    for child in records.get("children", []):
        hashes |= package_records.evidence_hashes(child)
    return hashes


def _counts(records: dict[str, Any], evidence_files: int) -> dict[str, int]:
    parts = [records, *records.get("children", [])]
    return {
        "models": sum(len(p.get("models", [])) for p in parts),
        "progress_reports": sum(len(p.get("progress_reports", [])) for p in parts),
        "evidence": sum(len(p.get("evidence", [])) for p in parts),
        "evidence_files": evidence_files,
        "decisions": sum(len(p.get("decisions", [])) for p in parts),
        "people": sum(len(p.get("people", [])) for p in parts),
    }


def _decision_records(session: Any, ws: Workspace, child: str) -> dict[str, Any]:
    """Review results for one child: its models' statuses, scores and decisions, plus acks."""
    models = list(session.scalars(select(DvkModel).where(DvkModel.source_unit_code == child)))
    if not models:
        raise ValidationError(f"Chưa có mô hình nào của đơn vị mã {child} để gửi quyết định.")
    ids = {m.id for m in models}
    full = package_records.collect_records(session, unit_code=child, include_people=False)
    held = {
        e.sha256
        for e in session.scalars(select(Evidence).where(Evidence.model_id.in_(ids)))
        if e.removed_at is None
    }
    return {
        "format": package_records.FORMAT,
        "version": package_records.VERSION,
        "sender": {"unit_code": ws.unit_code, "unit_name": ws.unit_name, "level": ws.unit_level},
        "models": [package_records.upper_model_record(m) for m in models],
        "decisions": full["decisions"],
        "acknowledged_evidence": sorted(held),
    }


def _aggregate_records(session: Any, ws: Workspace) -> dict[str, Any]:
    """An upper level's holdings for its own parent: one snapshot per child unit."""
    children = sorted(set(session.scalars(select(DvkModel.source_unit_code))))
    return {
        "format": "dvk-aggregate",
        "version": 1,
        "sender": {"unit_code": ws.unit_code, "unit_name": ws.unit_name, "level": ws.unit_level},
        "children": [package_records.collect_records(session, unit_code=code) for code in children],
    }


# ---------------------------------------------------------------- verify


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@contextlib.contextmanager
def _opened(
    handle: WorkspaceHandle, path: Path, passphrase: str | None, cancel: CancelToken
) -> Iterator[SafeZip]:
    """Open a package (decrypting an age file into private staging first)."""
    if not path.is_file():
        raise PackageError(f"Không tìm thấy tệp gói “{path}”.")
    if path.stat().st_size > MAX_PACKAGE_BYTES:
        raise PackageError("Tệp gói quá lớn để là gói dữ liệu DVK.")
    with _staging(handle) as scratch:
        zip_path = path
        if agecrypt.is_age_file(path):
            if passphrase is None:
                raise PackageError(
                    "Gói được mã hóa: cần mật khẩu khóa của đơn vị để mở.",
                    hint="Nhập mật khẩu khóa ký của vùng làm việc này.",
                )
            unlocked = _unlock(handle, passphrase)
            zip_path = agecrypt.decrypt_file(
                path,
                scratch,
                unlocked.age_identity,
                max_output_bytes=MAX_PACKAGE_BYTES,
                cancel=cancel,
            )
        archive = open_safe_zip(zip_path, ZipLimits())
        try:
            yield archive
        finally:
            archive.close()


def _header_problems(header: Any) -> list[str]:
    problems = []
    if not isinstance(header, dict) or header.get("format") != HEADER_FORMAT:
        return ["tệp dvk-header.json không phải tiêu đề gói DVK"]
    if header.get("version") != HEADER_VERSION:
        problems.append(f"phiên bản định dạng gói {header.get('version')!r} không được hỗ trợ")
    if header.get("kind") not in KINDS:
        problems.append("loại gói không hợp lệ")
    for part in ("sender", "recipient"):
        value = header.get(part)
        if not isinstance(value, dict) or not isinstance(value.get("unit_code"), str):
            problems.append(f"tiêu đề thiếu đơn vị {'gửi' if part == 'sender' else 'nhận'}")
    seq = header.get("sequence")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        problems.append("số thứ tự gói không hợp lệ")
    for key in ("public_key", "key_id", "previous_sha256", "created"):
        if not isinstance(header.get(key), str):
            problems.append(f"tiêu đề thiếu trường {key}")
    skipped = header.get("evidence_not_included", [])
    if not isinstance(skipped, list) or not all(isinstance(h, str) for h in skipped):
        problems.append("danh sách minh chứng không gửi kèm không hợp lệ")
    return problems


def verify_package(
    handle: WorkspaceHandle,
    path: Path,
    *,
    passphrase: str | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> PackageCheck:
    """Check a package completely without writing anything to the workspace."""
    cancel = cancel or CancelToken()
    check = PackageCheck(path)
    needs_passphrase(path, passphrase)
    try:
        with _opened(handle, path, passphrase, cancel) as archive:
            _verify_open(handle, archive, check, reporter, cancel)
    except (Cancelled, PassphraseError):
        raise
    except DvkError as exc:
        check.problems.append(exc.message)
        check.problems.extend(d for d in exc.details if d != exc.message)
    return check


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _stage_member(reader: Any, target: Path, cancel: CancelToken) -> tuple[str, int]:
    """Write a member to ``target`` and return its SHA-256 and size (fsynced later, together)."""
    digest = hashlib.sha256()
    size = 0
    with open(target, "wb") as out:
        for chunk in reader.chunks():
            cancel.check()
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _verify_open(
    handle: WorkspaceHandle,
    archive: SafeZip,
    check: PackageCheck,
    reporter: ProgressReporter | None,
    cancel: CancelToken,
    stage: Path | None = None,
) -> dict[str, Any] | None:
    """Every check of the brief, collecting all problems; returns the records if readable."""
    ws = handle.info()
    names = set(archive.names)
    for required in (HEADER, TAG_MANIFEST, SIGNATURE, f"data/{RECORDS}"):
        if required not in names:
            check.problems.append(f"gói thiếu tệp {required}")
    if check.problems:
        return None
    header = loads_strict(
        archive.read_member(HEADER, MAX_HEADER_BYTES),
        max_bytes=MAX_HEADER_BYTES,
        source="Tệp dvk-header.json",
    )
    problems = _header_problems(header)
    if problems:
        check.problems.extend(problems)
        return None
    check.header = header
    sender = header["sender"]["unit_code"]
    kind = header["kind"]
    tag_manifest = archive.read_member(TAG_MANIFEST, MAX_HEADER_BYTES)
    check.package_sha256 = _sha(tag_manifest)
    # --- who signed it, and do we trust that key for that unit?
    role = WorkspaceRole(ws.role)
    relation = trust.PARENT if kind == "decisions" else trust.CHILD
    if kind == "decisions" and role is not WorkspaceRole.COMMUNE and ws.parent_unit_code is None:
        relation = trust.PARENT
    with handle.sessions() as session:
        try:
            header_pk = base64.b64decode(header["public_key"], validate=True)
        except ValueError:
            header_pk = b""
        record = (
            trust.find_key(session, base64.b64encode(header_pk).decode()) if header_pk else None
        )
        active = trust.active_key(session, sender, relation)
        if record is None or record.unit_code != sender or record.relation != relation:
            who = "cấp trên" if relation == trust.PARENT else "đơn vị cấp dưới"
            check.problems.append(f"gói được ký bằng khóa chưa được ghi nhận cho {who} mã {sender}")
        elif record.revoked_at is not None:
            check.problems.append(
                f"khóa ký của đơn vị {sender} đã bị thu hồi ngày "
                f"{record.revoked_at:%d/%m/%Y}: mọi gói ký bằng khóa này đều bị từ chối"
            )
        elif record.replaced_by_id is not None or active is None or active.id != record.id:
            check.problems.append(f"gói được ký bằng khóa cũ (đã được thay) của đơn vị {sender}")
        else:
            check.sender_name = record.unit_name
            try:
                comment = minisign.verify(
                    tag_manifest,
                    archive.read_member(SIGNATURE, 64 * 1024).decode("utf-8", "strict"),
                    header_pk,
                    bytes.fromhex(record.key_id),
                )
                if comment != _trusted_comment(header):
                    check.problems.append("chú thích được ký không khớp với tiêu đề gói")
            except (SignatureError, UnicodeDecodeError, ValueError) as exc:
                check.problems.append(
                    getattr(exc, "message", "chữ ký không hợp lệ") + " (chữ ký sai)"
                )
        if header["recipient"]["unit_code"] != ws.unit_code:
            check.problems.append(
                f"gói gửi cho đơn vị mã {header['recipient']['unit_code']}, không phải đơn vị "
                f"này ({ws.unit_code})"
            )
        seen = ledger.find_by_hash(session, check.package_sha256, "in")
        last = ledger.last_imported(session, sender, ws.unit_code)
        if seen is not None:
            check.already_imported = True
        elif last is not None and header["sequence"] <= last.sequence:
            check.problems.append(
                f"gói số {header['sequence']} cũ hơn gói số {last.sequence} đã nhập từ đơn vị "
                "này (có thể là gói cũ bị gửi lại)"
            )
        elif last is not None and header["previous_sha256"] != last.package_sha256:
            check.warnings.append(
                f"giữa gói số {last.sequence} và gói số {header['sequence']} có gói chưa nhận "
                "được; dữ liệu trong gói này là bản đầy đủ nên vẫn nhập được"
            )
        local_hashes = {h for h in session.scalars(select(Evidence.sha256))}
    # --- is the bag complete and unaltered?
    hasher = None
    if stage is not None:

        def hasher(name: str) -> tuple[str, int]:
            sha = name.removeprefix("data/evidence/")
            if (
                sha == name
                or check.already_imported
                or (_SHA256.fullmatch(sha) is not None and handle.evidence.has(sha))
            ):
                # Nothing to store (a record file, a package seen before, evidence already held
                # from an earlier package): hashing proves the bag, a written copy would be
                # thrown away (and fsyncing then deleting it costs more than reading it).
                return archive.sha256(name, cancel=cancel)
            # Copy evidence to staging while hashing: every byte is read once on import.
            with archive.open_member(name) as reader:
                return _stage_member(reader, stage / sha, cancel)

    bag = validate_bag(
        archive.without({SIGNATURE}), cancel=cancel, reporter=reporter, hasher=hasher
    )
    check.problems.extend(bag.problems)
    records = loads_strict(
        archive.read_member(f"data/{RECORDS}", MAX_RECORDS_BYTES),
        max_bytes=MAX_RECORDS_BYTES,
        source="Tệp records.json",
    )
    parts = (
        records.get("children", [])
        if kind == "aggregate" and isinstance(records, dict)
        else [records]
    )
    if kind == "aggregate" and (
        not isinstance(records, dict) or records.get("format") != "dvk-aggregate"
    ):
        check.problems.append("bản ghi tổng hợp không đúng định dạng")
        parts = []
    for part in parts:
        unit = part.get("sender", {}).get("unit_code") if isinstance(part, dict) else None
        mode = "decisions" if kind == "decisions" else "child"
        expected = sender if kind != "aggregate" else unit
        result = package_records.check_records(part, sender_unit_code=str(expected), mode=mode)
        check.problems.extend(result.problems)
    if not check.problems or isinstance(records, dict):
        present = {
            n.removeprefix("data/evidence/")
            for n in archive.names
            if n.startswith("data/evidence/")
        }
        wanted = set()
        for part in parts:
            if isinstance(part, dict):
                wanted |= {e.get("sha256") for e in part.get("evidence", []) if isinstance(e, dict)}
        extra = present - wanted
        if extra:
            check.problems.append(f"gói có {len(extra)} tệp minh chứng không thuộc bản ghi nào")
        check.missing_evidence = sorted(
            h for h in wanted - present - local_hashes if isinstance(h, str)
        )
        check.counts = _counts(records if isinstance(records, dict) else {}, len(present))
    return records if isinstance(records, dict) else None


# ---------------------------------------------------------------- import


def import_package(
    handle: WorkspaceHandle,
    path: Path,
    *,
    passphrase: str | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    quarantine: bool = True,
) -> ImportResult:
    """Verify everything, then apply the whole package in one transaction (or nothing).

    A refused package is copied to the quarantine folder with a report in Vietnamese; the
    database and evidence store are unchanged. Importing the same package again changes
    nothing and says so.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    check = PackageCheck(path)
    needs_passphrase(path, passphrase)
    try:
        with _opened(handle, path, passphrase, cancel) as archive, _staging(handle) as stage:
            records = _verify_open(handle, archive, check, reporter, cancel, stage)
            if check.already_imported and not check.problems:
                return ImportResult(check, "already", notes=["Gói này đã được nhập trước đây."])
            if check.problems or records is None:
                raise PackageError(check.problems[0] if check.problems else "không đọc được")
            return _apply(handle, archive, check, records, reporter, cancel, stage)
    except (Cancelled, PassphraseError):
        raise  # the user's own doing: nothing to quarantine
    except PackageError as exc:
        if exc.message not in check.problems:
            check.problems.insert(0, exc.message)
        check.problems.extend(d for d in exc.details if d not in check.problems)
        report = (
            ledger.quarantine(handle.paths, path, check.problems, "Gói bị từ chối")
            if (quarantine and path.is_file())
            else None
        )
        more = f" (và {len(check.problems) - 1} vấn đề khác)" if len(check.problems) > 1 else ""
        raise PackageError(
            f"Gói “{path.name}” bị từ chối: {check.problems[0]}{more}",
            hint=f"Không có gì bị thay đổi. Báo cáo chi tiết: {report}"
            if report
            else "Không có gì bị thay đổi.",
            details=check.problems[1:],
        ) from None


def needs_passphrase(path: Path, passphrase: str | None) -> None:
    """Raise if ``path`` is an encrypted package and no passphrase was given to open it."""
    if passphrase is None and path.is_file() and agecrypt.is_age_file(path):
        raise PassphraseError(
            "Gói được mã hóa: cần mật khẩu khóa của đơn vị để mở.",
            hint="Nhập mật khẩu khóa ký của vùng làm việc này.",
        )


def _apply(
    handle: WorkspaceHandle,
    archive: SafeZip,
    check: PackageCheck,
    records: dict[str, Any],
    reporter: ProgressReporter,
    cancel: CancelToken,
    stage: Path,
) -> ImportResult:
    header = check.header
    kind, sender = header["kind"], header["sender"]["unit_code"]
    evidence = [n for n in archive.names if n.startswith("data/evidence/")]
    # Evidence first: content-addressed files are invisible until a record points at them,
    # so a crash after this step leaves the database exactly as before.
    moves: list[tuple[Path, Path]] = []
    for name in evidence:
        sha = name.removeprefix("data/evidence/")
        staged = stage / sha
        if not handle.evidence.has(sha):
            if not staged.exists():  # held when checked, gone since (a purge ran meanwhile)
                raise PackageError(
                    f"Tệp minh chứng {sha[:12]}… vừa bị xóa khỏi kho trong lúc nhập gói.",
                    hint="Hãy nhập lại gói này.",
                )
            moves.append((staged, handle.evidence.path_for(sha)))
    # Every file reaches the disk before any is renamed into the store, and every rename
    # before the database commit. One fsync after all the writes costs a tenth of one after
    # each: the first flushes the journal for all of them.
    for done, (staged, _final) in enumerate(moves):
        cancel.check()
        reporter.report(done, 2 * len(moves) + 1, "Lưu minh chứng")
        _fsync_file(staged)
    folders: set[Path] = set()
    for done, (staged, final) in enumerate(moves, len(moves)):
        reporter.report(done, 2 * len(moves) + 1, "Lưu minh chứng")
        if not final.parent.is_dir():
            final.parent.mkdir(parents=True)
            folders.add(final.parent.parent)  # the new folder's own entry must last too
        os.replace(staged, final)
        folders.add(final.parent)
    for folder in sorted(folders):
        fsync_dir(folder)
    cancel.check()
    actor = f"gói {sender}#{header['sequence']}"
    result = ImportResult(check, "imported")
    with handle.sessions() as session, session.begin():
        if kind == "decisions":
            applied = package_records.apply_decision_records(session, records, actor=actor)
            acks = records.get("acknowledged_evidence", [])
            if isinstance(acks, list):
                ledger.add_acks(session, sender, {h for h in acks if isinstance(h, str)})
        else:
            parts = records["children"] if kind == "aggregate" else [records]
            applied = package_records.ApplyReport()
            for part in parts:
                one = package_records.apply_child_records(session, part, actor=actor)
                applied.created += one.created
                applied.updated += one.updated
                applied.unchanged += one.unchanged
                applied.notes += one.notes
                applied.kept_upper_status += one.kept_upper_status
        if "rotation" in header:
            _apply_rotation(session, header, sender)
        ledger.record(
            session, direction="in", sender=sender, recipient=header["recipient"]["unit_code"],
            sequence=header["sequence"], package_sha256=check.package_sha256,
            previous_sha256=header["previous_sha256"], kind=kind,
            file_name=check.path.name, counts=check.counts,
            created_at=dt.datetime.fromisoformat(header["created"]).replace(tzinfo=None),
        )  # fmt: skip
    result.created, result.updated, result.unchanged = (
        applied.created,
        applied.updated,
        applied.unchanged,
    )
    result.notes = (
        applied.notes
        + [
            f"{code}: giữ trạng thái do cấp trên đã quyết định."
            for code in applied.kept_upper_status
        ]
        + check.warnings
    )
    if check.missing_evidence:
        result.notes.append(
            f"Còn thiếu {len(check.missing_evidence)} tệp minh chứng (bên gửi cho rằng đơn vị "
            "này đã có): hãy đề nghị gửi lại."
        )
    reporter.report(1, 1, "Xong")
    return result


def _apply_rotation(session: Any, header: dict[str, Any], sender: str) -> None:
    """A package signed by the current key may announce its successor (checked here)."""
    statement = header["rotation"]
    old = trust.active_key(session, sender, trust.CHILD) or trust.active_key(
        session, sender, trust.PARENT
    )
    if old is None:
        return
    new = keys.verify_rotation_statement(statement, base64.b64decode(old.public_key))
    if new.unit_code != sender:
        raise SignatureError("Văn bản đổi khóa thuộc đơn vị khác với đơn vị gửi gói.")
    trust.rotate(
        session, old, public_key=base64.b64encode(new.new_ed25519_public_key).decode(),
        key_id=new.new_key_id.hex(), age_recipient=new.new_age_recipient,
        fingerprint=new.new_fingerprint,
    )  # fmt: skip
