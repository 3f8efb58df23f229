"""Backing up a whole workspace (database, evidence, keys) to one verified file; restoring."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from dvk_desktop import __version__
from dvk_desktop.errors import DvkError, StorageError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services.evidence_owners import owners
from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.engine import check_integrity, copy_database_file, current_revision
from dvk_desktop.storage.evidence_store import CHUNK
from dvk_desktop.storage.faults import as_user_error, ensure_space
from dvk_desktop.storage.models import Evidence, EvidenceDerivative, Setting
from dvk_desktop.storage.recovery import (
    DESTINATION_STAGING,
    STAGING,
    remember_destination,
    sweep_destination,
)
from dvk_desktop.storage.scratch import locked_temp, scratch_dir
from dvk_desktop.storage.workspace import WorkspaceHandle

SUFFIX = ".dvkbak"
MANIFEST = "dvk-backup.json"
FORMAT = 1
# Automatic backups: once a day (GUI and CLI alike), the newest ``backup_keep`` kept.
DAILY = dt.timedelta(days=1)
DEFAULT_KEEP = 10
_SAFE_NAME = re.compile(
    r"^(dvk\.sqlite3|evidence/[0-9a-f]{2}/[0-9a-f]{64}|keys/[A-Za-z0-9._-]{1,100}"
    r"|reports/(?:[^/\\\x00]{1,200}/){0,3}[^/\\\x00]{1,200})$"
)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, read from its manifest."""

    path: Path
    unit_code: str
    unit_name: str
    created_at: str
    schema_version: str
    files: int
    total_bytes: int
    missing_evidence: tuple[str, ...] = ()  # evidence the store lacked, named with its model
    damaged_evidence: tuple[str, ...] = ()  # store files that no longer match their hash


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _report_files(root: Path) -> list[tuple[str, Path]]:
    """Printed forms and reports kept in ``root/reports`` (a restore brings them back)."""
    folder = root / "reports"
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not any(part.startswith(".") for part in rel.split("/")):
            found.append((f"reports/{rel}", path))
    return [(name, path) for name, path in found if _SAFE_NAME.match(name)]


def backup_workspace(
    handle: WorkspaceHandle,
    destination: Path,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write a backup of the workspace to ``destination`` (a folder or a ``.dvkbak`` file).

    The database is copied through SQLite's backup API (consistent even while in use) and
    checked whole; every file is listed with its SHA-256 in a manifest; the archive is
    written under a locked temporary name (swept if this process dies), fsynced, renamed,
    then read back and verified before this returns. Not enough space is said before
    anything is written; a stick pulled out mid-write is named as such.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    if handle.engine.dialect.name != "sqlite":
        raise StorageError(
            _t(
                "Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: hãy sao lưu bằng công cụ của "
                "máy chủ (pg_dump) cùng thư mục minh chứng “{folder}”.",
                folder=str(handle.evidence.root),
            ),
        )
    ws = handle.info()
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = destination
    if destination.is_dir() or not destination.suffix:
        target = destination / f"dvk-{ws.unit_code}-{stamp}{SUFFIX}"
        n = 1
        while target.exists():  # two backups in one second must not replace each other
            n += 1
            target = destination / f"dvk-{ws.unit_code}-{stamp}-{n}{SUFFIX}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sweep_destination(target.parent)  # what a killed backup or export left here
        remember_destination(handle.paths.root, target.parent)  # swept on next open if killed
        return _write_backup(handle, ws, target, reporter, cancel)
    except OSError as exc:
        raise as_user_error(exc, root=handle.paths.root, destination=target.parent) or exc from exc


def _write_backup(
    handle: WorkspaceHandle, ws: Any, target: Path, reporter: ProgressReporter, cancel: CancelToken
) -> Path:
    with handle.readers() as session:
        active = set(session.scalars(select(Evidence.sha256).where(Evidence.removed_at.is_(None))))
        removed = set(session.scalars(select(Evidence.sha256)))
    # Removed evidence is archived until a backup holds it; after that its file may be gone.
    hashes = sorted(active | {h for h in removed - active if handle.evidence.has(h)})
    key_files = sorted(p for p in handle.paths.keys.glob("*") if p.is_file())
    files: list[tuple[str, Path]] = [
        (f"evidence/{h[:2]}/{h}", handle.evidence.path_for(h)) for h in hashes
    ]
    files += [(f"keys/{p.name}", p) for p in key_files if not p.name.startswith(".")]
    files += _report_files(handle.paths.root)
    # A file the store lacks (evidence awaited from a sender, or lost) never stops a backup:
    # the manifest names it, and the backup holds everything else.
    missing = [h for h in hashes if not handle.evidence.path_for(h).is_file()]
    files = [(name, path) for name, path in files if path.is_file()]
    with handle.readers() as session:
        missing_named = owners(session, missing) if missing else {}
    db_size = handle.paths.database.stat().st_size
    archive = db_size + sum(p.stat().st_size for _, p in files)
    scratch_base = handle.paths.root / STAGING
    if handle.read_only:
        # A locked stick: the database is copied beside the backup instead, and the stick's
        # own free space (often none left) does not matter.
        scratch_base = target.parent / DESTINATION_STAGING
        ensure_space(target.parent, archive + db_size)
    else:
        ensure_space(target.parent, archive)
        ensure_space(handle.paths.root, db_size)  # the consistent copy is made in the workspace
    out, tmp = locked_temp(target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with scratch_dir(scratch_base, "backup-") as scratch:
            db_copy = scratch / "dvk.sqlite3"
            copy_database_file(handle.paths.database, db_copy, read_only=handle.read_only)
            check_integrity(db_copy)  # never back up a damaged database as if it were good
            entries = [("dvk.sqlite3", db_copy), *files]
            manifest: dict[str, Any] = {
                "format": FORMAT,
                "app_version": __version__,
                "unit_code": ws.unit_code,
                "unit_name": ws.unit_name,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "schema_version": current_revision(handle.engine),
                "files": {},
                "missing_evidence": [{"sha256": h, "evidence": missing_named[h]} for h in missing],
                "damaged_evidence": [],
            }
            with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
                for done, (name, path) in enumerate(entries):
                    cancel.check()
                    reporter.report(done, len(entries) + 1, name)
                    digest = _sha256_file(path)
                    manifest["files"][name] = {"sha256": digest, "size": path.stat().st_size}
                    if name.startswith("evidence/") and not name.endswith(digest):
                        manifest["damaged_evidence"].append(name.rsplit("/", 1)[-1])
                    # Photos and PDFs are already compressed; store them to keep backup fast.
                    method = (
                        zipfile.ZIP_DEFLATED if name.endswith(".sqlite3") else zipfile.ZIP_STORED
                    )
                    zf.write(path, name, compress_type=method)
                if manifest["damaged_evidence"]:
                    with handle.readers() as session:
                        named = owners(session, manifest["damaged_evidence"])
                    manifest["damaged_evidence"] = [
                        {"sha256": h, "evidence": named[h]} for h in manifest["damaged_evidence"]
                    ]
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        out.flush()
        os.fsync(out.fileno())
        if os.name == "nt":
            out.close()
        os.replace(tmp, target)  # while still locked: a sweeper never mistakes it for a leftover
        out.close()
        fsync_dir(target.parent)
    except BaseException:
        out.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    finally:
        if handle.read_only:  # nothing of the staged copy stays on the user's stick
            with contextlib.suppress(OSError):
                scratch_base.rmdir()
    reporter.report(len(entries), len(entries) + 1, _t("Đang kiểm tra bản sao lưu"))
    verify_backup(target, cancel=cancel)
    if not handle.read_only:
        _record_last_backup(handle, target)
    return target


def _record_last_backup(handle: WorkspaceHandle, target: Path) -> None:
    with handle.sessions() as session, session.begin():
        record_backup_state(
            session, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), str(target)
        )


def record_backup_state(session: Any, when: str, path: str) -> None:
    """Set the "last backup" the Backup page and the status bar show."""
    for key, value in (("last_backup_at", when), ("last_backup_path", path)):
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


def _read_manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        raw = zf.read(MANIFEST)
        manifest: dict[str, Any] = json.loads(raw.decode("utf-8"))
    except (KeyError, ValueError, UnicodeDecodeError) as exc:
        raise _bad_backup(path, "không có hoặc hỏng bảng kê nội dung") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad_backup(path, "định dạng không được hỗ trợ")
    files = manifest.get("files")
    if not isinstance(files, dict) or "dvk.sqlite3" not in files:
        raise _bad_backup(path, "bảng kê không có cơ sở dữ liệu")
    return manifest


def _bad_backup(path: Path, why: str) -> StorageError:
    return StorageError(
        _t(
            "Tệp “{name}” không phải bản sao lưu hợp lệ của DVK Desktop ({why}).",
            name=path.name,
            why=why,
        ),
        hint=_t("Hãy chọn một bản sao lưu khác; dữ liệu hiện tại không bị thay đổi."),
    )


def verify_backup(path: Path, *, cancel: CancelToken | None = None) -> BackupInfo:
    """Read a backup back and check every file against its manifest; return what it holds."""
    cancel = cancel or CancelToken()
    if not path.is_file():
        raise StorageError(_t("Không tìm thấy tệp sao lưu “{path}”.", path=path))
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _read_manifest(zf, path)
            files: dict[str, dict[str, Any]] = manifest["files"]
            names = [i.filename for i in zf.infolist() if i.filename != MANIFEST]
            if sorted(names) != sorted(files) or len(set(names)) != len(names):
                raise _bad_backup(path, "danh sách tệp không khớp bảng kê")
            total = 0
            for name, meta in files.items():
                cancel.check()
                if not _SAFE_NAME.match(name):
                    raise _bad_backup(path, f"tên tệp không an toàn “{name[:60]}”")
                digest = hashlib.sha256()
                size = 0
                with zf.open(name) as fh:
                    while chunk := fh.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        if size > int(meta.get("size", 0)):
                            raise _bad_backup(path, f"tệp “{name}” lớn hơn khai báo")
                if digest.hexdigest() != meta.get("sha256") or size != meta.get("size"):
                    raise _bad_backup(path, f"tệp “{name}” bị hỏng hoặc bị sửa")
                total += size
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
        if isinstance(exc, DvkError):
            raise
        raise _bad_backup(path, "tệp nén bị hỏng hoặc không đầy đủ") from exc
    return BackupInfo(
        path,
        str(manifest.get("unit_code", "")),
        str(manifest.get("unit_name", "")),
        str(manifest.get("created_at", "")),
        str(manifest.get("schema_version", "")),
        len(files),
        total,
        tuple(
            str(m.get("evidence", m.get("sha256", "")))
            for m in manifest.get("missing_evidence", [])
            if isinstance(m, dict)
        ),
        tuple(
            str(m.get("evidence", m.get("sha256", "")))
            for m in manifest.get("damaged_evidence", [])
            if isinstance(m, dict)
        ),
    )


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; return what was deleted."""
    backups = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = backups[keep:] if keep > 0 else []
    for old in removed:
        with contextlib.suppress(OSError):
            old.unlink()
    return removed


def backup_if_due(
    handle: WorkspaceHandle,
    *,
    keep: int | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> Path | None:
    """The daily automatic backup into the workspace's ``backups`` folder, rotated.

    The GUI runs it once a day and on exit, the CLI after each command that changed data,
    so "restore from the latest backup" always has something to point at. Returns the new
    backup, or None when the last one is less than a day old (or the workspace is read-only).
    """
    if handle.read_only or handle.engine.dialect.name != "sqlite":
        return None
    with handle.readers() as session:
        row = session.get(Setting, "last_backup_at")
        keep_row = session.get(Setting, "backup_keep")
    last = _parse_time(row.value if row else "")
    if last is not None and dt.datetime.now(dt.UTC) - last < DAILY:
        return None
    if keep is None:
        try:
            keep = max(1, int(keep_row.value)) if keep_row else DEFAULT_KEEP
        except ValueError:
            keep = DEFAULT_KEEP
    folder = handle.paths.backups
    target = backup_workspace(handle, folder, reporter=reporter, cancel=cancel)
    rotate_backups(folder, keep)
    purge_removed_evidence(handle)
    return target


def _parse_time(raw: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def purge_removed_evidence(handle: WorkspaceHandle) -> int:
    """After a verified backup, delete files of removed evidence no active record uses.

    Reduced copies made for sending (evidence_derivative) count as referenced while their
    original is in use; those of purged originals go with them. Backups do not hold them:
    they are regenerable, and an export makes a missing one again from its original.
    """
    with handle.sessions() as session, session.begin():
        removed = set(
            session.scalars(select(Evidence.sha256).where(Evidence.removed_at.is_not(None)))
        )
        active = set(session.scalars(select(Evidence.sha256).where(Evidence.removed_at.is_(None))))
        derived = session.execute(
            select(EvidenceDerivative.original_sha256, EvidenceDerivative.sha256)
        ).all()
        keep = active | {copy for original, copy in derived if original in active}
        purge = removed - keep
        orphans = {copy for original, copy in derived if original in purge} - keep
        session.execute(
            delete(EvidenceDerivative).where(EvidenceDerivative.original_sha256.in_(purge))
        )
    # Files go after the rows are committed: a crash in between leaves files nobody names.
    for sha in purge | orphans:
        handle.evidence.remove(sha)
    return len(purge)


def restore_workspace(
    backup: Path,
    root: Path,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> Path | None:
    """Replace the workspace at ``root`` with a backup (see :mod:`services.restore`)."""
    from dvk_desktop.services.restore import restore_workspace as restore

    return restore(backup, root, reporter=reporter, cancel=cancel)
