"""Choosing the shared office's evidence folder: every PC then reads and stores the same files.

This PC's files are copied there first (content-addressed: a file another PC already put there
is the same bytes and is skipped), each checked against its hash; only then does the database
name the folder, in one transaction, so a cancelled or failed copy changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dvk_desktop.domain.office import Action
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services import access, audit
from dvk_desktop.storage import shared_evidence
from dvk_desktop.storage.evidence_store import EvidenceStore
from dvk_desktop.storage.models import Setting
from dvk_desktop.storage.workspace import WorkspaceHandle, check_writable


@dataclass(frozen=True)
class SharingResult:
    """What choosing the folder did."""

    folder: Path
    copied: int  # files of this PC the folder did not have yet
    already: int  # files another PC had put there (or a second run)


def current_folder(handle: WorkspaceHandle) -> Path:
    """The folder this workspace's evidence files are in now."""
    return handle.evidence.root


def is_shared(handle: WorkspaceHandle) -> bool:
    """Whether the office's database names a shared evidence folder."""
    return shared_evidence.configured(handle.engine) is not None


def set_shared_folder(
    handle: WorkspaceHandle,
    folder: Path,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> SharingResult:
    """Make ``folder`` the office's evidence folder, with this PC's files copied into it."""
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    if handle.engine.dialect.name != "postgresql":
        raise ValidationError(
            _t(
                "Thư mục minh chứng dùng chung chỉ dùng khi dữ liệu ở máy chủ chung của cơ "
                "quan; dữ liệu ở tệp trên máy này thì minh chứng nằm trong thư mục dữ liệu."
            )
        )
    access.require(handle, Action.SETTINGS)
    shared_evidence.check_reachable(folder)  # made by the office's share, never here
    check_writable(folder)
    target = EvidenceStore(folder)
    source = handle.evidence
    hashes = [] if source.root == folder else list(source.iter_hashes())
    copied = already = 0
    for n, sha in enumerate(hashes, 1):
        cancel.check()
        reporter.report(n - 1, len(hashes), _t("Chép minh chứng vào thư mục dùng chung"))
        if target.has(sha) and target.verify(sha):
            already += 1
            continue
        with source.open(sha) as stream:
            target.add_stream(stream, expected_sha256=sha, cancel=cancel)
        copied += 1
    reporter.report(len(hashes), len(hashes), _t("Xong"))
    with handle.sessions() as session, session.begin():
        row = session.get(Setting, shared_evidence.SETTING)
        before = row.value if row else ""
        if row is None:
            session.add(Setting(key=shared_evidence.SETTING, value=str(folder)))
        else:
            row.value = str(folder)
        audit.record(
            session, action="update", entity="setting", entity_uuid=shared_evidence.SETTING,
            before={"folder": before}, after={"folder": str(folder), "copied": copied},
        )  # fmt: skip
    handle.evidence = target
    return SharingResult(folder, copied, already)
