"""What the next open does after a crash: finish a half-done restore, sweep temporary leftovers."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from dvk_desktop.storage.atomic import atomic_write_text, fsync_dir
from dvk_desktop.storage.scratch import sweep_scratch, sweep_temporaries

log = logging.getLogger(__name__)

STAGING = ".staging"
RESTORE_PREFIX = "khoi-phuc-"


def restore_journal(root: Path) -> Path:
    """Where a restore into ``root`` notes the folders it is swapping (beside ``root``)."""
    return root.parent / f".{root.name}.khoi-phuc.json"


def restore_staging_base(root: Path) -> Path:
    """The prefix of a restore's unpacking folder: beside ``root``, on the same disk."""
    return root.parent / f".{root.name}.{RESTORE_PREFIX}"


@dataclass(frozen=True)
class RestorePlan:
    """A verified restore about to swap ``staging`` into ``root`` (the old one to ``aside``)."""

    root: Path
    staging: Path
    aside: Path | None


def begin_swap(plan: RestorePlan) -> None:
    """Write the journal durably: from here on, an interrupted restore is finished on open."""
    record = {"root": str(plan.root), "staging": str(plan.staging), "aside": str(plan.aside or "")}
    atomic_write_text(restore_journal(plan.root), json.dumps(record, ensure_ascii=False))


def swap(plan: RestorePlan) -> None:
    """Move the old workspace aside and the restored one in; safe to repeat after a crash."""
    root, staging, aside = plan.root, plan.staging, plan.aside
    if staging.is_dir():
        if root.exists():
            if aside is None or aside.exists():
                raise FileExistsError(f"cannot move {root} aside")
            os.replace(root, aside)
        os.replace(staging, root)
    fsync_dir(root.parent)
    with contextlib.suppress(FileNotFoundError):
        restore_journal(root).unlink()
    fsync_dir(root.parent)


def resume_restore(root: Path) -> bool:
    """Finish a restore into ``root`` that was interrupted mid-swap; True if there was one.

    The journal is written only after the backup was unpacked, checked and flushed, so the
    restored copy is complete: finishing is what the user confirmed. A journal whose restored
    copy is gone (already swapped) is just removed.
    """
    journal = restore_journal(root)
    if not journal.is_file():
        return False
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
        aside = record["aside"]
        plan = RestorePlan(
            Path(record["root"]), Path(record["staging"]), Path(aside) if aside else None
        )
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("unreadable restore journal %s: left for inspection", journal)
        return False
    log.info("finishing an interrupted restore into %s", plan.root)
    swap(plan)
    return True


def has_pending_restore(root: Path) -> bool:
    """Whether ``root`` is mid-restore (it may be missing until the next open finishes it)."""
    return restore_journal(root).is_file()


def sweep_workspace(root: Path, *, evidence: Path | None = None) -> list[Path]:
    """Delete what killed operations left in a workspace; return the paths removed.

    Package staging (plaintext zips and decrypted packages), half-stored evidence, hidden
    temporaries of atomic writes and backups, and unpacked copies of an abandoned restore.
    Only leftovers whose writer is gone are touched (see storage.scratch).
    """
    removed = sweep_scratch(root / STAGING)
    with contextlib.suppress(OSError):
        if (root / STAGING).is_dir() and not any((root / STAGING).iterdir()):
            (root / STAGING).rmdir()
    for folder in (root, root / "backups", root / "keys", root / "outbox", root / "reports"):
        removed += sweep_temporaries(folder)
    if evidence is not None:
        removed += sweep_temporaries(evidence, prefix=".incoming.")
    if not has_pending_restore(root):
        removed += sweep_scratch(root.parent, f".{root.name}.{RESTORE_PREFIX}")
    for folder in remembered_destinations(root):  # a stick a killed export or backup wrote to
        if folder.is_dir():
            removed += sweep_destination(folder)
    if removed:
        log.info("removed %d leftovers of interrupted operations", len(removed))
    return removed


# ---------------------------------------------------------------- destinations

# The hidden folder a read-only workspace's backup copies its database into, beside the backup.
DESTINATION_STAGING = ".dvk-backup-staging"
# The folders outside the workspace that exports and backups wrote to (newest last).
DESTINATIONS_NOTE = ".noi-da-ghi.json"
MAX_DESTINATIONS = 20


def sweep_destination(folder: Path) -> list[Path]:
    """Delete what killed exports and backups left in ``folder`` (a stick); return it."""
    removed = sweep_temporaries(folder, prefix=".dvk-")
    staging = folder / DESTINATION_STAGING
    removed += sweep_scratch(staging)
    with contextlib.suppress(OSError):
        if staging.is_dir() and not any(staging.iterdir()):
            staging.rmdir()
    return removed


def remembered_destinations(root: Path) -> list[Path]:
    """The folders outside the workspace that were written to, for the next open to sweep."""
    try:
        folders = json.loads((root / DESTINATIONS_NOTE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(f) for f in folders if isinstance(f, str)] if isinstance(folders, list) else []


def remember_destination(root: Path, folder: Path) -> None:
    """Before writing into ``folder``: if the writer is killed, the next open sweeps it.

    A backup may hold the whole database, an unencrypted package the records: their hidden
    temporaries must not wait on the stick for the next write to that same folder.
    """
    try:
        folder = folder.resolve()
        if folder == (root / "backups").resolve():
            return  # swept with the workspace anyway
        known = remembered_destinations(root)
        if folder in known:
            return
        kept = [str(f) for f in [*known, folder][-MAX_DESTINATIONS:]]
        atomic_write_text(root / DESTINATIONS_NOTE, json.dumps(kept, ensure_ascii=False))
    except OSError:
        pass  # a write-protected workspace: the folder's own next write still sweeps it


# ---------------------------------------------------------------- exports in flight

PENDING_EXPORT = "export_pending:"


def note_pending_export(session: Session, ledger_id: int, path: Path) -> None:
    """In the ledger entry's transaction: its file is not yet under its final name."""
    session.execute(
        text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
        {"k": f"{PENDING_EXPORT}{ledger_id}", "v": str(path)},
    )


def clear_pending_export(session: Session, ledger_id: int, *, drop_entry: bool = False) -> None:
    """The file is in place (or, ``drop_entry``, never will be: the entry goes too)."""
    session.execute(
        text("DELETE FROM setting WHERE key = :k"), {"k": f"{PENDING_EXPORT}{ledger_id}"}
    )
    if drop_entry:
        session.execute(text("DELETE FROM package_ledger WHERE id = :i"), {"i": ledger_id})


def finish_pending_exports(engine: Engine) -> int:
    """Make the ledger match the destination after an export was killed; return entries fixed.

    An entry whose file reached its final name stays; one whose file never did is removed
    (its sequence number stays used: numbers are never reused). While the destination
    folder is absent (the stick is not plugged in) nothing is decided.
    """
    with engine.connect().execution_options(dvk_read_only=True) as conn:
        if not inspect(conn).has_table("setting"):
            return 0
        rows = conn.execute(
            text("SELECT key, value FROM setting WHERE key LIKE :p"), {"p": f"{PENDING_EXPORT}%"}
        ).all()
    fixed = 0
    for key, value in rows:
        path = Path(value)
        if not path.parent.is_dir():
            continue
        with Session(engine) as session, session.begin():
            clear_pending_export(
                session, int(key.removeprefix(PENDING_EXPORT)), drop_entry=not path.is_file()
            )
        fixed += 1
    if fixed:
        log.info("reconciled %d interrupted exports with their destination", fixed)
    return fixed
