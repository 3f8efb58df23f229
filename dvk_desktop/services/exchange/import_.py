"""Importing a verified package: evidence into the store, records in one transaction, or nothing."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvk_desktop.domain.office import Action
from dvk_desktop.errors import (
    Cancelled,
    DvkError,
    PackageError,
    PassphraseError,
    SignatureError,
)
from dvk_desktop.messages import _t
from dvk_desktop.packaging import keys
from dvk_desktop.packaging.safezip import SafeZip
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services import access, audit, duplicates, ledger, replication, trust
from dvk_desktop.services.evidence_owners import awaited_notes
from dvk_desktop.services.exchange import records_file
from dvk_desktop.services.exchange.content import parse_created
from dvk_desktop.services.exchange.import_turn import (
    MEANWHILE,
    import_turn,
    imported_meanwhile,
    take_turn,
)
from dvk_desktop.services.exchange.opening import needs_passphrase, opened
from dvk_desktop.services.exchange.records.apply import ApplyReport, apply_child_records
from dvk_desktop.services.exchange.records.decisions import apply_decision_records
from dvk_desktop.services.exchange.staging import fsync_all, staging
from dvk_desktop.services.exchange.verify import PackageCheck, verify_open
from dvk_desktop.services.integrity import (
    collect_after_interrupted_import,
    collect_unreferenced,
)
from dvk_desktop.storage import store_marks
from dvk_desktop.storage.faults import as_user_error
from dvk_desktop.storage.workspace import WorkspaceHandle

log = logging.getLogger(__name__)


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
    access.require(handle, Action.IMPORT)
    reporter = _Phases(reporter or NullReporter())
    cancel = cancel or CancelToken()
    check = PackageCheck(path)
    needs_passphrase(path, passphrase)
    try:
        with opened(handle, path, passphrase, cancel) as archive, staging(handle) as stage:
            records = verify_open(handle, archive, check, reporter, cancel, stage)
            if check.already_imported and not check.problems:
                return ImportResult(check, "already", notes=[_t("Gói này đã được nhập trước đây.")])
            if check.problems or records is None:
                raise PackageError(check.problems[0] if check.problems else _t("không đọc được"))
            imported = _apply(handle, archive, check, records, reporter, cancel, stage)
        # What an earlier, killed import stored but never recorded goes now (h5, issue 15).
        collect_after_interrupted_import(handle)
        return imported
    except (Cancelled, PassphraseError):
        raise  # the user's own doing: nothing to quarantine
    except (DvkError, OSError) as exc:
        if not isinstance(exc, PackageError):
            raise  # the workspace's trouble (disk full, store locked), not the package's
        refusal = exc
    except Exception as exc:
        # A busy or full database (SQLite's own errors are no OSError) is the workspace's
        # trouble: said as such, and the sound package is not quarantined.
        workspace_trouble = as_user_error(exc, root=handle.paths.root)
        if workspace_trouble is not None:
            raise workspace_trouble from exc
        # What no check foresaw is still the package's doing: refused and quarantined like
        # any other refusal, the traceback in the log for the developers.
        log.exception("unexpected error importing %s", path)
        refusal = PackageError(
            _t(
                "gói có dữ liệu mà chương trình chưa kiểm tra được nên không nhập được (lỗi nội "
                "bộ đã được ghi vào nhật ký)"
            )
        )
    raise _refused(handle, path, check, refusal, quarantine)


def _refused(
    handle: WorkspaceHandle, path: Path, check: PackageCheck, exc: PackageError, quarantine: bool
) -> PackageRefusedError:
    """Quarantine a refused package with its report; the error that says what happened."""
    if exc.message not in check.problems:
        check.problems.insert(0, exc.message)
    check.problems.extend(d for d in exc.details if d not in check.problems)
    report = (
        ledger.quarantine(handle.paths, path, check.problems, _t("Gói bị từ chối"))
        if (quarantine and path.is_file())
        else None
    )
    refused = (
        _t(
            "Gói “{name}” bị từ chối: {problem} (và {count} vấn đề khác)",
            name=path.name,
            problem=check.problems[0],
            count=len(check.problems) - 1,
        )
        if len(check.problems) > 1
        else _t("Gói “{name}” bị từ chối: {problem}", name=path.name, problem=check.problems[0])
    )
    return PackageRefusedError(
        refused,
        hint=_t("Không có gì bị thay đổi. Báo cáo chi tiết: {report}", report=report)
        if report
        else _t("Không có gì bị thay đổi."),
        details=check.problems[1:],
        check=check,
        report=report,
    )


class PackageRefusedError(PackageError):
    """A package import refused: nothing changed; ``report`` is its quarantine report."""

    def __init__(
        self,
        message: str,
        *,
        hint: str = "",
        details: list[str] | None = None,
        check: PackageCheck,
        report: Path | None,
    ) -> None:
        super().__init__(message, hint=hint, details=details)
        self.check = check
        self.report = report


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
    # Staged evidence reaches the disk now, but the store only once every record applied
    # (below): whatever fails before that leaves the store as it was, and staging is deleted.
    moves: list[tuple[Path, Path]] = []
    for name in evidence:
        sha = name.removeprefix("data/evidence/")
        staged = stage / sha
        if not handle.evidence.has(sha):
            if not staged.exists():  # held when checked, gone since (a purge ran meanwhile)
                raise PackageError(
                    _t(
                        "Tệp minh chứng {sha}… vừa bị xóa khỏi kho trong lúc nhập gói.",
                        sha=sha[:12],
                    ),
                    hint=_t("Hãy nhập lại gói này."),
                )
            moves.append((staged, handle.evidence.path_for(sha)))
    # Every file reaches the disk before any is renamed into the store, and every rename
    # before the database commit. One fsync after all the writes costs a tenth of one after
    # each: the first flushes the journal for all of them.
    fsync_all(
        [staged for staged, _final in moves], cancel,
        done=lambda done: reporter.report(done, 2 * len(moves) + 1, _t("Lưu minh chứng")),
    )  # fmt: skip
    cancel.check()
    actor = audit.package_actor(sender, header["sequence"])
    result = ImportResult(check, "imported")
    mark = store_marks.storing(handle.paths.root) if moves else contextlib.nullcontext()
    try:
        # Another process may be importing the same packages (two clerks, one USB stick's
        # copy): take turns, then look again at what it has imported meanwhile (issue 11).
        # The mark outlasts the commit: a crash between the store's renames and the commit
        # leaves it for the next import to collect what was stored.
        with mark, import_turn(handle, reporter), handle.sessions() as session, session.begin():
            take_turn(session, reporter)
            if imported_meanwhile(session, check, header["recipient"]["unit_code"]):
                return ImportResult(check, "already", notes=[MEANWHILE])
            if kind == "decisions":
                applied = apply_decision_records(session, records, actor=actor)
                # Lists of hashes, checked by verify (schema.TOP) like every other field.
                ledger.add_acks(session, sender, set(records.get("acknowledged_evidence", [])))
                asked = set(records.get("awaited_evidence", []))
                ledger.drop_acks(session, sender, asked)
                applied.notes += awaited_notes(session, asked)
                replication.apply_from_package(session, records, kind=kind)
            else:
                applied = _apply_parts(session, archive, check, records, actor, reporter, cancel)
            if "rotation" in header:
                _apply_rotation(session, header, sender)
            ledger.record(
                session, direction="in", sender=sender, recipient=header["recipient"]["unit_code"],
                sequence=header["sequence"], package_sha256=check.package_sha256,
                previous_sha256=header["previous_sha256"], kind=kind,
                file_name=check.path.name, counts=check.counts, size=check.path.stat().st_size,
                created_at=parse_created(header) or dt.datetime.now(dt.UTC).replace(tzinfo=None),
            )  # fmt: skip
            # Last, just before the commit: a failed commit leaves only unreferenced files
            # (collected below), a crash the same (collected by the next import or db check).
            session.flush()
            cancel.check()
            _store(moves, reporter)
    except BaseException:
        if moves:
            with contextlib.suppress(Exception):
                collect_unreferenced(handle)
        raise
    result.created, result.updated, result.unchanged = (
        applied.created,
        applied.updated,
        applied.unchanged,
    )
    result.notes = (
        applied.notes
        + [
            _t("{code}: giữ trạng thái do cấp trên đã quyết định.", code=code)
            for code in applied.kept_upper_status
        ]
        + check.warnings
    )
    result.notes = list(dict.fromkeys(result.notes))  # a warning heard twice is said once
    if check.missing_evidence:
        result.notes.append(
            _t(
                "Còn thiếu {count} tệp minh chứng (bên gửi cho rằng đơn vị "
                "này đã có): hãy đề nghị gửi lại.",
                count=len(check.missing_evidence),
            )
        )
    reporter.report(1, 1, _t("Xong"))
    return result


def _apply_parts(
    session: Any,
    archive: SafeZip,
    check: PackageCheck,
    records: dict[str, Any],
    actor: str,
    reporter: ProgressReporter,
    cancel: CancelToken,
) -> ApplyReport:
    """Apply a child's snapshot, or an aggregate's children as they are read again."""
    applied = ApplyReport()
    total = check.counts.get("models", 0)
    links: list[replication.PartLinks] = []
    uuids: set[str] = set()
    with contextlib.ExitStack() as stack:
        if check.header["kind"] == "aggregate":
            stream = stack.enter_context(
                records_file.children(archive, check.records_sha256, cancel)
            )
            parts: Iterable[dict[str, Any]] = stream.items()
        else:
            parts = [records]
        for part in parts:
            so_far = applied.created + applied.updated + applied.unchanged
            writing = _step(_t("Ghi các mô hình"), so_far, total, reporter, cancel)
            one = apply_child_records(session, part, actor=actor, tick=writing)
            applied.created += one.created
            applied.updated += one.updated
            applied.unchanged += one.unchanged
            applied.notes += one.notes
            applied.kept_upper_status += one.kept_upper_status
            part_uuids = [m["uuid"] for m in part.get("models", [])]
            uuids.update(part_uuids)
            links.append(replication.links_of(part, part_uuids))
    scanning = _step(_t("Tìm mô hình có thể trùng"), 0, 0, reporter, cancel)
    # Never blocks; minutes for a huge aggregate (its names against each other).
    applied.notes += duplicates.flag_imported(session, uuids, scanning)
    replication.apply_part_links(session, links)
    return applied


# Each step's share of one bar (of PHASE_UNITS) for the whole import, in the order they run:
# checking the bag (its files hashed), fsyncing the evidence, writing the models, comparing
# their names; the renames into the store, after, only finish it. Keyed by the step's words.
PHASE_UNITS = 1000
_SHARES = {
    "Kiểm tra dữ liệu các xã": (300, 400),  # an aggregate's children, as they are read
    "Lưu minh chứng": (400, 500),
    "Ghi các mô hình": (500, 750),
    "Tìm mô hình có thể trùng": (750, 1000),
    "Xong": (1000, 1000),
}
_CHECKING = (0, 300)


class _Phases:
    """One bar that only moves forward over the import's steps, each inside its share."""

    def __init__(self, outer: ProgressReporter) -> None:
        self.outer, self.at = outer, 0

    def report(self, done: int, total: int, message: str = "") -> None:
        start, end = _SHARES.get(str(message), _CHECKING)
        label = message if str(message) in _SHARES else _t("Kiểm tra gói")  # not a file's name
        part = min(done, total) / total if total > 0 else 1
        self.at = max(self.at, start + round((end - start) * part))
        self.outer.report(self.at, PHASE_UNITS, label)


def _step(
    label: str, before: int, total: int, reporter: ProgressReporter, cancel: CancelToken
) -> Callable[..., None]:
    """A tick for a long step inside the import's transaction: progress, and Cancel honoured.

    Cancelled there, the transaction rolls back and the staged evidence goes: nothing changed.
    """

    def tick(done: int, of: int | None = None) -> None:
        cancel.check()
        reporter.report(before + done, total if of is None else of, label)

    return tick


def _store(moves: list[tuple[Path, Path]], reporter: ProgressReporter) -> None:
    """Rename fsynced staged evidence into the store and make the renames durable."""
    folders: set[Path] = set()
    for done, (staged, final) in enumerate(moves, len(moves)):
        reporter.report(done, 2 * len(moves) + 1, _t("Lưu minh chứng"))
        if not final.parent.is_dir():
            final.parent.mkdir(parents=True)
            folders.add(final.parent.parent)  # the new folder's own entry must last too
        os.replace(staged, final)
        folders.add(final.parent)
    fsync_all(sorted(folders), CancelToken(), folders=True)  # too late to cancel: renamed


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
        raise SignatureError(_t("Văn bản đổi khóa thuộc đơn vị khác với đơn vị gửi gói."))
    trust.rotate(
        session, old, public_key=base64.b64encode(new.new_ed25519_public_key).decode(),
        key_id=new.new_key_id.hex(), age_recipient=new.new_age_recipient,
        fingerprint=new.new_fingerprint,
    )  # fmt: skip
