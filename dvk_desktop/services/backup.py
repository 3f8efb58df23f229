"""Backing up a whole workspace (database, evidence, keys) to one verified file; restoring."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from dvk_desktop import __version__
from dvk_desktop.config import WorkspacePaths
from dvk_desktop.errors import DvkError, StorageError
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.engine import check_integrity, copy_database_file, current_revision
from dvk_desktop.storage.evidence_store import CHUNK
from dvk_desktop.storage.models import Evidence, EvidenceDerivative, Setting
from dvk_desktop.storage.workspace import WorkspaceHandle

SUFFIX = ".dvkbak"
MANIFEST = "dvk-backup.json"
FORMAT = 1
_SAFE_NAME = re.compile(
    r"^(dvk\.sqlite3|evidence/[0-9a-f]{2}/[0-9a-f]{64}|keys/[A-Za-z0-9._-]{1,100})$"
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


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def backup_workspace(
    handle: WorkspaceHandle,
    destination: Path,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write a backup of the workspace to ``destination`` (a folder or a ``.dvkbak`` file).

    The database is copied through SQLite's backup API (consistent even while in use), every
    file is listed with its SHA-256 in a manifest, the archive is written under a temporary
    name, fsynced, renamed, then read back and verified before this returns.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    if handle.engine.dialect.name != "sqlite":
        raise StorageError(
            "Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: hãy sao lưu bằng công cụ của máy chủ "
            "(pg_dump) cùng thư mục minh chứng.",
        )
    ws = handle.info()
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = destination
    if destination.is_dir() or not destination.suffix:
        target = destination / f"dvk-{ws.unit_code}-{stamp}{SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    with handle.sessions() as session:
        active = set(session.scalars(select(Evidence.sha256).where(Evidence.removed_at.is_(None))))
        removed = set(session.scalars(select(Evidence.sha256)))
    # Removed evidence is archived until a backup holds it; after that its file may be gone.
    hashes = sorted(active | {h for h in removed - active if handle.evidence.has(h)})
    key_files = sorted(p for p in handle.paths.keys.glob("*") if p.is_file())
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with tempfile.TemporaryDirectory(prefix="dvk-backup-") as scratch:
            db_copy = Path(scratch) / "dvk.sqlite3"
            copy_database_file(handle.paths.database, db_copy)
            entries: list[tuple[str, Path]] = [("dvk.sqlite3", db_copy)]
            entries += [(f"evidence/{h[:2]}/{h}", handle.evidence.path_for(h)) for h in hashes]
            entries += [(f"keys/{p.name}", p) for p in key_files]
            manifest: dict[str, Any] = {
                "format": FORMAT,
                "app_version": __version__,
                "unit_code": ws.unit_code,
                "unit_name": ws.unit_name,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "schema_version": current_revision(handle.engine),
                "files": {},
            }
            missing = [name for name, path in entries if not path.is_file()]
            if missing:
                raise StorageError(
                    f"Thiếu {len(missing)} tệp minh chứng trong kho; bản sao lưu sẽ không đầy đủ.",
                    hint="Hãy chạy dvk db check để xem tệp nào bị thiếu.",
                    details=missing[:20],
                )
            with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
                for done, (name, path) in enumerate(entries):
                    cancel.check()
                    reporter.report(done, len(entries), name)
                    manifest["files"][name] = {
                        "sha256": _sha256_file(path),
                        "size": path.stat().st_size,
                    }
                    # Photos and PDFs are already compressed; store them to keep backup fast.
                    method = (
                        zipfile.ZIP_DEFLATED if name.endswith(".sqlite3") else (zipfile.ZIP_STORED)
                    )
                    zf.write(path, name, compress_type=method)
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    reporter.report(len(entries), len(entries), "Đang kiểm tra bản sao lưu")
    verify_backup(target, cancel=cancel)
    _record_last_backup(handle, target)
    return target


def _record_last_backup(handle: WorkspaceHandle, target: Path) -> None:
    with handle.sessions() as session, session.begin():
        for key, value in (
            ("last_backup_at", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            ("last_backup_path", str(target)),
        ):
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
        f"Tệp “{path.name}” không phải bản sao lưu hợp lệ của DVK Desktop ({why}).",
        hint="Hãy chọn một bản sao lưu khác; dữ liệu hiện tại không bị thay đổi.",
    )


def verify_backup(path: Path, *, cancel: CancelToken | None = None) -> BackupInfo:
    """Read a backup back and check every file against its manifest; return what it holds."""
    cancel = cancel or CancelToken()
    if not path.is_file():
        raise StorageError(f"Không tìm thấy tệp sao lưu “{path}”.")
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
    )


def restore_workspace(
    backup: Path,
    root: Path,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> Path | None:
    """Replace the workspace at ``root`` with the content of ``backup``.

    Everything is verified and unpacked beside ``root`` first; only then is the current
    workspace moved aside (kept as ``<root>.truoc-khoi-phuc-<time>``, returned) and the
    restored one renamed into place. Any failure before the swap leaves ``root`` untouched.
    The caller must have closed the workspace.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    info = verify_backup(backup, cancel=cancel)
    root = root.resolve()
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.restore-", dir=root.parent))
    try:
        with zipfile.ZipFile(backup) as zf:
            names = [n for n in zf.namelist() if n != MANIFEST]
            for done, name in enumerate(names):
                cancel.check()
                reporter.report(done, len(names), name)
                out = staging.joinpath(*name.split("/"))
                out.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(name) as src, open(out, "wb") as dst:
                    shutil.copyfileobj(src, dst, CHUNK)
                    dst.flush()
                    os.fsync(dst.fileno())
        check_integrity(WorkspacePaths(staging).database)
        cancel.check()
        # Keep the logs and earlier automatic backups of the current workspace.
        for keep in ("logs", "backups"):
            if (root / keep).is_dir():
                shutil.copytree(root / keep, staging / keep, dirs_exist_ok=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    aside: Path | None = None
    if root.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = root.with_name(f"{root.name}.truoc-khoi-phuc-{stamp}")
        os.replace(root, aside)
    os.replace(staging, root)
    fsync_dir(root.parent)
    reporter.report(info.files, info.files, "Đã khôi phục")
    return aside


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; return what was deleted."""
    backups = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = backups[keep:] if keep > 0 else []
    for old in removed:
        with contextlib.suppress(OSError):
            old.unlink()
    return removed


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
