"""Verifying a package completely without writing anything: every check import relies on."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.errors import Cancelled, DvkError, PassphraseError, SignatureError
from dvk_desktop.messages import _t
from dvk_desktop.packaging import minisign
from dvk_desktop.packaging.bag import TAG_MANIFEST, validate_bag
from dvk_desktop.packaging.safezip import SafeZip
from dvk_desktop.packaging.strictjson import loads_strict
from dvk_desktop.progress import CancelToken, ProgressReporter
from dvk_desktop.services import ledger, trust
from dvk_desktop.services.exchange import records_file
from dvk_desktop.services.exchange.content import (
    clock_warnings,
    misnamed_evidence,
    rezipped_folder,
)
from dvk_desktop.services.exchange.format import (
    HEADER,
    MAX_HEADER_BYTES,
    RECORDS,
    SHA256_RE,
    SIGNATURE,
    header_problems,
    sha256_hex,
    trusted_comment,
)
from dvk_desktop.services.exchange.opening import needs_passphrase, opened
from dvk_desktop.services.exchange.records.authorise import (
    aggregate_top_problems,
    authorise_aggregate,
    authorise_package,
)
from dvk_desktop.services.exchange.records_file import Tally
from dvk_desktop.services.exchange.staging import stage_member
from dvk_desktop.services.unit_conversion import own_codes
from dvk_desktop.storage.models import Evidence
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass
class PackageCheck:
    """Everything learnt by checking a package; ``problems`` empty means it may be imported."""

    path: Path
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    header: dict[str, Any] = field(default_factory=dict)
    sender_name: str = ""
    package_sha256: str = ""
    signed_by_revoked_key: bool = False  # refused for that alone, an administrator may accept it
    already_imported: bool = False
    missing_evidence: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    records_sha256: str = ""  # an aggregate's records.json as verified: import reads it again

    @property
    def ok(self) -> bool:
        """Whether the package passed every check."""
        return not self.problems


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
        with opened(handle, path, passphrase, cancel) as archive:
            verify_open(handle, archive, check, reporter, cancel)
    except (Cancelled, PassphraseError):
        raise
    except DvkError as exc:
        check.problems.append(exc.message)
        check.problems.extend(d for d in exc.details if d != exc.message)
    return check


def verify_open(
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
            check.problems.append(_t("gói thiếu tệp {name}", name=required))
    if check.problems:
        folder = rezipped_folder(names)
        if folder is not None:  # the usual slip: the unzipped folder zipped up again
            check.problems.insert(
                0,
                _t(
                    "gói đã bị giải nén rồi nén lại cả thư mục “{folder}” bên trong; hãy dùng "
                    "tệp gói gốc do bên gửi xuất ra (không giải nén, không nén lại)",
                    folder=folder,
                ),
            )
        return None
    header = loads_strict(
        archive.read_member(HEADER, MAX_HEADER_BYTES),
        max_bytes=MAX_HEADER_BYTES,
        source=_t("Tệp dvk-header.json"),
    )
    problems = header_problems(header)
    if problems:
        check.problems.extend(problems)
        return None
    check.header = header
    sender = header["sender"]["unit_code"]
    kind = header["kind"]
    tag_manifest = archive.read_member(TAG_MANIFEST, MAX_HEADER_BYTES)
    check.package_sha256 = sha256_hex(tag_manifest)
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
            who = _t("cấp trên") if relation == trust.PARENT else _t("đơn vị cấp dưới")
            check.problems.append(
                _t(
                    "gói được ký bằng khóa chưa được ghi nhận cho {who} mã {sender}",
                    who=who,
                    sender=sender,
                )
            )
        elif record.revoked_at is not None and not (
            accepted := trust.revoked_accepted(session, check.package_sha256)
        ):
            check.signed_by_revoked_key = True
            check.problems.append(
                _t(
                    "khóa ký của đơn vị {sender} đã bị thu hồi ngày {date}: mọi gói ký bằng khóa "
                    "này đều bị từ chối, dù gói ghi ngày nào (mã gói {sha}; quản trị viên có thể "
                    "chấp nhận riêng đúng gói này, kèm lý do)",
                    sender=sender,
                    date=f"{record.revoked_at:%d/%m/%Y}",
                    sha=check.package_sha256,
                )
            )
        elif record.revoked_at is None and (
            record.replaced_by_id is not None or active is None or active.id != record.id
        ):
            check.problems.append(
                _t("gói được ký bằng khóa cũ (đã được thay) của đơn vị {sender}", sender=sender)
            )
        else:
            check.sender_name = record.unit_name
            if record.revoked_at is not None and accepted:
                check.warnings.append(
                    _t(
                        "gói ký bằng khóa đã thu hồi của đơn vị {sender}, được quản trị viên chấp "
                        "nhận riêng (xem nhật ký thay đổi)",
                        sender=sender,
                    )
                )
            try:
                comment = minisign.verify(
                    tag_manifest,
                    archive.read_member(SIGNATURE, 64 * 1024).decode("utf-8", "strict"),
                    header_pk,
                    bytes.fromhex(record.key_id),
                )
                if comment != trusted_comment(header):
                    check.problems.append(_t("chú thích được ký không khớp với tiêu đề gói"))
            except (SignatureError, UnicodeDecodeError, ValueError) as exc:
                check.problems.append(
                    _t(
                        "{problem} (chữ ký sai)",
                        problem=getattr(exc, "message", _t("chữ ký không hợp lệ")),
                    )
                )
        # A district's workspace that became its province's still takes what the district's
        # communes addressed to it (services.unit_conversion), numbered as the district's.
        recipient = header["recipient"]["unit_code"]
        if recipient not in own_codes(session, ws):
            recipient = ws.unit_code
            check.problems.append(
                _t(
                    "gói gửi cho đơn vị mã {recipient}, không phải đơn vị này ({unit})",
                    recipient=header["recipient"]["unit_code"],
                    unit=ws.unit_code,
                )
            )
        # The sender's last package first, this one's hash second: on a shared server another
        # PC may commit this very package between the two reads (no snapshot across them), and
        # read in the other order it looked older than itself instead of already imported.
        last = ledger.last_imported(session, sender, recipient)
        seen = ledger.find_by_hash(session, check.package_sha256, "in")
        if seen is not None:
            check.already_imported = True
        elif last is not None and header["sequence"] <= last.sequence:
            check.problems.append(
                _t(
                    "gói số {sequence} cũ hơn gói số {last} đã nhập từ đơn vị "
                    "này (có thể là gói cũ bị gửi lại)",
                    sequence=header["sequence"],
                    last=last.sequence,
                )
            )
        elif last is not None and header["previous_sha256"] != last.package_sha256:
            check.warnings.append(
                _t(
                    "giữa gói số {last} và gói số {sequence} có gói chưa nhận "
                    "được; dữ liệu trong gói này là bản đầy đủ nên vẫn nhập được",
                    last=last.sequence,
                    sequence=header["sequence"],
                )
            )
        check.warnings.extend(clock_warnings(header, last))
        local_hashes = {h for h in session.scalars(select(Evidence.sha256))}
    # --- is the bag complete and unaltered?
    hasher = None
    if stage is not None:

        def hasher(name: str) -> tuple[str, int]:
            sha = name.removeprefix("data/evidence/")
            if (
                sha == name
                or check.already_imported
                or (SHA256_RE.fullmatch(sha) is not None and handle.evidence.has(sha))
            ):
                # Nothing to store (a record file, a package seen before, evidence already held
                # from an earlier package): hashing proves the bag, a written copy would be
                # thrown away (and fsyncing then deleting it costs more than reading it).
                return archive.sha256(name, cancel=cancel)
            # Copy evidence to staging while hashing: every byte is read once on import.
            with archive.open_member(name) as reader:
                return stage_member(reader, stage / sha, cancel)

    bag = validate_bag(
        archive.without({SIGNATURE}), cancel=cancel, reporter=reporter, hasher=hasher
    )
    check.problems.extend(bag.problems)
    check.problems.extend(misnamed_evidence(bag.payload))
    present = {
        n.removeprefix("data/evidence/") for n in archive.names if n.startswith("data/evidence/")
    }
    tally = Tally()
    records: dict[str, Any] | None
    if kind == "aggregate":
        # Child by child: an aggregate of every commune below is never held whole (issue 15).
        check.records_sha256 = bag.payload.get(records_file.MEMBER, "")
        with records_file.children(archive, check.records_sha256, cancel) as stream:
            size = archive.size(records_file.MEMBER)

            def read(child: Any) -> None:  # minutes for a hundred communes: shown, and stoppable
                cancel.check()
                tally.add(child)
                if reporter is not None:
                    reporter.report(stream.bytes_read, size, _t("Kiểm tra dữ liệu các xã"))

            found, shaped = authorise_aggregate(
                handle, header, stream.items(), check.problems, read
            )
        top = aggregate_top_problems(stream.rest, stream.streamed, sender)
        # The top's problems first, as when the file was read whole; the children follow.
        check.problems[len(check.problems) - len(found) :] = [*top, *found]
        records = stream.rest if shaped and not top else None
    else:
        # Types, formats and the authority table: after this, every field import reads is sound.
        records, parts = authorise_package(
            handle, header, records_file.read_whole(archive), check.problems
        )
        for part in parts:
            tally.add(part)
    if records is not None:
        extra = present - tally.wanted
        if extra:
            check.problems.append(
                _t("gói có {count} tệp minh chứng không thuộc bản ghi nào", count=len(extra))
            )
        check.missing_evidence = sorted(tally.wanted - present - local_hashes)
        check.counts = {**tally.counts, "evidence_files": len(present)}
    return records
