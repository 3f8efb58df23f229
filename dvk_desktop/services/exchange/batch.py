"""Importing many packages at once (a USB stick of communes' files): one result per file."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dvk_desktop.domain.office import Action
from dvk_desktop.domain.text import fold
from dvk_desktop.domain.vocab import ImportOutcome
from dvk_desktop.errors import Cancelled, DvkError, PassphraseError
from dvk_desktop.messages import _t
from dvk_desktop.packaging import agecrypt, keys
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services import access, workspace_keys
from dvk_desktop.services.exchange.format import SUFFIX
from dvk_desktop.services.exchange.import_ import (
    PHASE_UNITS,
    PackageRefusedError,
    import_package,
)
from dvk_desktop.storage.faults import DiskFullError, as_user_error
from dvk_desktop.storage.workspace import WorkspaceHandle

SUFFIXES = (SUFFIX, SUFFIX + ".age")
# What a file chooser shows: both the plain and the encrypted packages.
FILE_PATTERNS = tuple(f"*{s}" for s in SUFFIXES)
MAX_FILES = 5000  # a folder holding more is not a USB stick of packages
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileResult:
    """What became of one file of the batch."""

    path: Path
    outcome: ImportOutcome
    sender_code: str = ""
    sender_name: str = ""
    sequence: int | None = None
    kind: str = ""  # the package's kind: "decisions" counts decisions, not models
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    reason: str = ""  # why it was refused, in Vietnamese
    # The package's hash when its only fault is a revoked signing key (it may be accepted).
    revoked_package: str = ""
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    report: Path | None = None  # the quarantine report of a refused file


@dataclass
class BatchSummary:
    """The results of a batch, in the order the files were taken."""

    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    def count(self, outcome: ImportOutcome) -> int:
        """How many files ended with ``outcome``."""
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def models_created(self) -> int:
        """New models over the whole batch."""
        return sum(r.created for r in self.results)

    @property
    def models_updated(self) -> int:
        """Updated models over the whole batch."""
        return sum(r.updated for r in self.results)


def is_package(path: Path) -> bool:
    """Whether a file name is a DVK package (plain or encrypted)."""
    return path.name.lower().endswith(SUFFIXES)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders (one level of sub-folders too) into their package files, sorted by name.

    Files named explicitly are kept even without the suffix: the import then says what they
    are. The same file named twice is taken once.
    """
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            inside = [p for p in sorted(path.rglob("*")) if p.is_file() and is_package(p)]
            # rglob also walks deep trees; packages sit at the top or one folder down.
            inside = [p for p in inside if len(p.relative_to(path).parts) <= 2]
            found.update(dict.fromkeys(inside))
        else:
            found[path] = None
        if len(found) > MAX_FILES:
            break
    return sorted(found, key=lambda p: (fold(p.parent.name), fold(p.name)))[:MAX_FILES]


def needs_passphrase(paths: Iterable[Path]) -> bool:
    """Whether any of the files is encrypted (the workspace key's passphrase opens them)."""
    return any(p.is_file() and agecrypt.is_age_file(p) for p in paths)


def check_passphrase(handle: WorkspaceHandle, passphrase: str) -> None:
    """Raise PassphraseError before the batch starts if the passphrase does not open the key."""
    keys.unlock(workspace_keys.key_file(handle), passphrase)


def _size_of(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


PER_FILE = PHASE_UNITS
"""Progress units of one file: the batch reports ``files * PER_FILE`` in all, file by file."""


class _WithinFile:
    """The batch's progress while one file imports: within its share, its step in words."""

    def __init__(self, outer: ProgressReporter, index: int, files: int) -> None:
        self.outer, self.index, self.files = outer, index, files

    def report(self, done: int, total: int, message: str = "") -> None:
        # A huge aggregate spends minutes writing its models and comparing its names: the
        # bar moves inside the file's share, and the line says which step of which file.
        if total <= 0 or not message:
            return
        share = PER_FILE * min(done, total) // total  # import_package's one bar, forward only
        # The step alone: the file's number is beside it ("Tệp 3/10"), a name would crowd out
        # the bar on a small screen.
        self.outer.report(self.index * PER_FILE + share, self.files * PER_FILE, message)


def _one(
    handle: WorkspaceHandle,
    path: Path,
    passphrase: str | None,
    reporter: ProgressReporter,
    cancel: CancelToken,
) -> FileResult:
    try:
        # Cancelled half-way, a file's transaction rolls back: it is left as not imported.
        result = import_package(
            handle, path, passphrase=passphrase, reporter=reporter, cancel=cancel
        )
    except Cancelled:
        return FileResult(path, ImportOutcome.SKIPPED)
    except PackageRefusedError as exc:
        header = exc.check.header
        sender = header.get("sender", {}) if isinstance(header, dict) else {}
        return FileResult(
            path,
            ImportOutcome.REFUSED,
            sender_code=str(sender.get("unit_code", "")),
            sender_name=exc.check.sender_name or str(sender.get("unit_name", "")),
            sequence=header.get("sequence") if isinstance(header, dict) else None,
            reason=exc.check.problems[0] if exc.check.problems else exc.message,
            problems=tuple(exc.check.problems),
            report=exc.report,
            revoked_package=(
                exc.check.package_sha256
                if exc.check.signed_by_revoked_key and len(exc.check.problems) == 1
                else ""
            ),
        )
    except (PassphraseError, DvkError) as exc:
        # A wrong passphrase or an unreadable file refuses this file only: the others go on.
        return FileResult(path, ImportOutcome.REFUSED, reason=exc.message, problems=(exc.message,))
    except Exception as exc:
        log.exception("unexpected error importing %s", path)
        # A full disk, a busy database or a pulled stick is said as such (and that nothing
        # was lost), never as an internal error the user can do nothing about.
        known = as_user_error(exc, root=handle.paths.root)
        if isinstance(known, DiskFullError):
            # What an import needs is about the package's size: its evidence is stored whole.
            known = DiskFullError(handle.paths.root, _size_of(path))
        if known is not None:
            return FileResult(
                path, ImportOutcome.REFUSED, reason=known.message, problems=(known.message,)
            )
        reason = _t("lỗi nội bộ khi nhập tệp này (đã ghi vào nhật ký); các tệp khác vẫn được nhập")
        return FileResult(path, ImportOutcome.REFUSED, reason=reason, problems=(reason,))
    header = result.check.header
    sender = header.get("sender", {})
    return FileResult(
        path,
        ImportOutcome.IMPORTED if result.status == "imported" else ImportOutcome.ALREADY,
        sender_code=str(sender.get("unit_code", "")),
        sender_name=result.check.sender_name or str(sender.get("unit_name", "")),
        sequence=header.get("sequence"),
        kind=str(header.get("kind", "")),
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
        notes=tuple(result.notes),
    )


def import_files(
    handle: WorkspaceHandle,
    paths: Iterable[Path],
    *,
    passphrase: str | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> BatchSummary:
    """Verify and import every package file; one bad file never stops the batch.

    Each file is all or nothing on its own (a refused one is quarantined with its report).
    ``cancel`` stops the batch: the file being imported is rolled back and left, with the rest,
    as not imported (a huge aggregate takes minutes). ``on_result`` hears of each file as it
    ends (from the worker thread).
    """
    access.require(handle, Action.IMPORT)  # refused before any file, not once per file
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    files = collect_files(paths)
    summary = BatchSummary()
    started = dt.datetime.now()
    for done, path in enumerate(files):
        if cancel.cancelled:
            summary.cancelled = True
            break
        reporter.report(done * PER_FILE, len(files) * PER_FILE, path.name)
        within = _WithinFile(reporter, done, len(files))
        result = _one(handle, path, passphrase, within, cancel)
        summary.results.append(result)
        if on_result is not None:
            on_result(result)
        if result.outcome is ImportOutcome.SKIPPED:
            summary.cancelled = True
            break
    if summary.cancelled:
        for path in files[len(summary.results) :]:
            summary.results.append(FileResult(path, ImportOutcome.SKIPPED))
    summary.seconds = (dt.datetime.now() - started).total_seconds()
    reporter.report(len(files) * PER_FILE, len(files) * PER_FILE, _t("Xong"))
    return summary
