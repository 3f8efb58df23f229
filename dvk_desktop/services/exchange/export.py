"""Exporting a signed (and, with personal data, encrypted) package to a folder or file."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dvk_desktop import __version__
from dvk_desktop.errors import PackageError, ValidationError
from dvk_desktop.messages import _t, per_interface
from dvk_desktop.packaging.bag import TAG_MANIFEST, BagWriter
from dvk_desktop.packaging.safezip import WrittenMember, ZipWriter
from dvk_desktop.packaging.strictjson import dumps_canonical
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services import evidence_derivatives, ledger, trust, workspace_keys
from dvk_desktop.services.exchange.content import REATTACH_HINT, describe_evidence
from dvk_desktop.services.exchange.destination import Destination
from dvk_desktop.services.exchange.format import (
    COMPRESSED_MAGIC,
    HEADER,
    HEADER_FORMAT,
    HEADER_VERSION,
    KINDS,
    RECORDS,
    SIGNATURE,
    SUFFIX,
    counts_of,
    trusted_comment,
)
from dvk_desktop.services.exchange.opening import unlock
from dvk_desktop.services.exchange.records.collect import (
    aggregate_records,
    all_evidence,
    collect_records,
    has_personal_data,
)
from dvk_desktop.services.exchange.records.decisions import decision_records
from dvk_desktop.storage.engine import current_revision
from dvk_desktop.storage.faults import ensure_space
from dvk_desktop.storage.models import PackageLedger, TrustedKey
from dvk_desktop.storage.recovery import (
    clear_pending_export,
    note_pending_export,
    remember_destination,
)
from dvk_desktop.storage.workspace import WorkspaceHandle


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
                compress = not fh.read(8).startswith(COMPRESSED_MAGIC)
        return self.writer.add_file(name, source, compress=compress)

    def add_bytes(self, name: str, data: bytes, *, compress: bool | None = None) -> WrittenMember:
        if name == TAG_MANIFEST:
            self.tag_manifest = data
        return self.writer.add_bytes(name, data, compress=compress)


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
            raise ValidationError(_t("Hãy chọn xã nhận gói quyết định."))
        with handle.sessions() as session:
            recipient_key = trust.active_key(session, recipient_code, trust.CHILD)
        recipient_name = recipient_key.unit_name if recipient_key else recipient_code
    else:
        recipient_key = _parent_key(handle)
        recipient_code = recipient_key.unit_code if recipient_key else ws.parent_unit_code
        recipient_name = recipient_key.unit_name if recipient_key else (ws.parent_unit_name or "")
    if not recipient_code:
        raise ValidationError(
            _t("Vùng làm việc chưa có cấp trên để gửi gói."),
            hint=per_interface(
                cli=_t("Hãy ghi nhận khóa của cấp trên (dvk trust enrol --parent)."),
                gui=_t(
                    "Hãy ghim khóa của cấp trên (nút “Ghim khóa của cấp trên…” trên trang Gói "
                    "dữ liệu)."
                ),
            ),
        )
    unlocked = unlock(handle, passphrase)  # wrong passphrase: PassphraseError, nothing changed
    with handle.sessions() as session:
        if kind == "decisions":
            records = decision_records(session, ws, recipient_code)
            # Evidence named by a package but never received is awaited: not acknowledged,
            # and asked for, so the commune sends it with its next package.
            awaited = [h for h in records["acknowledged_evidence"] if not handle.evidence.has(h)]
            if awaited:
                records["acknowledged_evidence"] = sorted(
                    set(records["acknowledged_evidence"]) - set(awaited)
                )
                records["awaited_evidence"] = sorted(awaited)
        elif kind == "aggregate":
            records = aggregate_records(session, ws)
        else:
            records = collect_records(session)
        acked = ledger.acknowledged(session, recipient_code)
    if kind == "records":  # photos reduced for sending when the setting asks (originals kept)
        evidence_derivatives.reduce_photos_in_records(
            handle, records, acked, reporter=reporter, cancel=cancel
        )
    personal = has_personal_data(records) or (
        kind == "aggregate" and any(has_personal_data(c) for c in records.get("children", []))
    )
    encrypted = personal if encrypt is None else encrypt
    if encrypted and (recipient_key is None or not recipient_key.age_recipient):
        raise ValidationError(
            _t("Gói có dữ liệu cá nhân nên cần mã hóa, nhưng chưa có khóa nhận của đơn vị nhận."),
            hint=_t(
                "Hãy ghi nhận khóa của đơn vị nhận trước, hoặc xuất với --no-encrypt nếu "
                "được phép gửi không mã hóa."
            ),
        )
    hashes = sorted(all_evidence(records))
    to_send = [h for h in hashes if h not in acked]
    not_sent = [h for h in hashes if h in acked]
    for h in to_send:
        if not handle.evidence.has(h):
            raise PackageError(
                _t(
                    "Thiếu tệp minh chứng {file} trong kho nên không xuất được gói.",
                    file=describe_evidence(records, h),
                ),
                hint=REATTACH_HINT,
            )
    counts = counts_of(records, len(to_send))
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
    ensure_space(final.parent, sum(handle.evidence.path_for(h).stat().st_size for h in to_send))
    recipients = [recipient_key.age_recipient] if encrypted and recipient_key else None
    remember_destination(handle.paths.root, final.parent)  # swept on the next open if killed
    with Destination(final, recipients=recipients, cancel=cancel) as dest:
        try:
            with ZipWriter(None, cancel=cancel, stream=dest.stream) as writer:
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
                    reporter.report(done, len(to_send) + 1, _t("Đóng gói minh chứng"))
                    written = bag.add_payload_file(f"evidence/{h}", handle.evidence.path_for(h))
                    if written.sha256 != h:  # hashed while copied: a damaged store file
                        raise PackageError(
                            _t(
                                "Tệp minh chứng {file} trong kho đã bị hỏng hoặc bị sửa (nội "
                                "dung không còn khớp mã băm) nên không xuất được gói.",
                                file=describe_evidence(records, h),
                            ),
                            hint=REATTACH_HINT,
                        )
                bag.add_tag_file(HEADER, dumps_canonical(header, pretty=True))
                bag.finish(bagging_date=created.date())
                comment = trusted_comment(header)
                signature = unlocked.sign_minisign(sink.tag_manifest, comment)
                writer.add_bytes(SIGNATURE, signature.encode())
                package_sha = hashlib.sha256(sink.tag_manifest).hexdigest()
                writer.commit()
            reporter.report(len(to_send), len(to_send) + 1, _t("Ghi gói ra đích"))
            dest.flush()
        except (OSError, PackageError) as exc:  # a full or pulled-out stick says so
            raise dest.error(exc) from exc
        # The entry and a note that its file is not in place yet, then the rename: a kill
        # between them is undone by the next open (storage.recovery.finish_pending_exports).
        with handle.sessions() as session, session.begin():
            ledger.record(
                session, direction="out", sender=ws.unit_code, recipient=recipient_code,
                sequence=sequence, package_sha256=package_sha, previous_sha256=previous,
                kind=kind, file_name=final.name, created_at=created.replace(tzinfo=None),
                counts=counts,
            )  # fmt: skip
            session.flush()
            entry = session.scalars(
                select(PackageLedger.id).where(
                    PackageLedger.direction == "out",
                    PackageLedger.recipient_unit_code == recipient_code,
                    PackageLedger.sequence == sequence,
                )
            ).one()
            note_pending_export(session, entry, final)
        try:
            dest.publish()
        except BaseException:
            with handle.sessions() as session, session.begin():
                clear_pending_export(session, entry, drop_entry=not final.is_file())
            raise
    with handle.sessions() as session, session.begin():
        clear_pending_export(session, entry)
        # The bytes as written to the destination, for the upper level's list of communes.
        session.get_one(PackageLedger, entry).size = final.stat().st_size
    if "rotation" in header:
        workspace_keys.finish_rotation(handle)
    reporter.report(1, 1, _t("Xong"))
    return ExportResult(
        final, final.stat().st_size, sequence, recipient_code, encrypted,
        unlocked.info.fingerprint, package_sha, counts,
    )  # fmt: skip
