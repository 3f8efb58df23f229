"""Moving to a new computer: the whole workspace in one verified file, restored elsewhere.

The file (``.dvkmove``) is a zip holding a verified backup (services/backup.py: database,
evidence, keys still encrypted with their passphrase), the printed reports, sent packages and
refused packages with their reports, and the per-user preferences. A manifest lists every
member with its SHA-256. Restoring checks every hash (the manifest's and the backup's) before
it touches the target folder, builds the new workspace beside it, and only then swaps it in;
the previous content is kept beside it.
"""

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvk_desktop import __version__
from dvk_desktop.errors import DvkError, StorageError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services import backup
from dvk_desktop.storage.atomic import fsync_dir
from dvk_desktop.storage.engine import make_engine, sqlite_url
from dvk_desktop.storage.evidence_store import CHUNK
from dvk_desktop.storage.faults import as_user_error, ensure_space
from dvk_desktop.storage.recovery import (
    RestorePlan,
    begin_swap,
    remember_destination,
    restore_staging_base,
    resume_restore,
    swap,
    sweep_destination,
    sweep_workspace,
)
from dvk_desktop.storage.scratch import locked_temp, scratch_dir
from dvk_desktop.storage.workspace import WorkspaceHandle

SUFFIX = ".dvkmove"
MANIFEST = "dvk-move.json"
BACKUP_MEMBER = "workspace" + backup.SUFFIX
PREFERENCES_MEMBER = "preferences.json"
FORMAT = 1
# Workspace folders that travel beside the backup (which holds the printed reports itself);
# logs, caches and automatic backups do not.
FOLDERS = ("outbox", "quarantine")
_SAFE_EXTRA = re.compile(r"^(?:reports|outbox|quarantine)/(?:[^/\\:*?\"<>|\x00-\x1f]{1,200}/){0,4}"
                         r"[^/\\:*?\"<>|\x00-\x1f]{1,200}$")  # fmt: skip


@dataclass(frozen=True)
class TransferInfo:
    """What a transfer file holds."""

    path: Path
    unit_code: str
    unit_name: str
    created_at: str
    app_version: str
    files: int
    total_bytes: int
    preferences: dict[str, str] = field(default_factory=dict)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _extras(root: Path) -> list[tuple[str, Path]]:
    found = []
    for folder in FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            name = path.relative_to(root).as_posix()
            plain = path.is_file() and not path.is_symlink() and not path.name.startswith(".")
            if plain and _SAFE_EXTRA.match(name):
                found.append((name, path))
    return found


def export_transfer(
    handle: WorkspaceHandle,
    destination: Path,
    *,
    preferences: dict[str, str] | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write the whole workspace to one ``.dvkmove`` file in ``destination`` (or that file).

    ``preferences`` are the per-user settings to carry (interface language, font size…). The
    file is written under a locked temporary name, fsynced, renamed, then read back and
    verified; a full disk or a pulled-out stick is said as such.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    ws = handle.info()
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = destination
    if destination.is_dir() or not destination.suffix:
        target = destination / f"dvk-chuyen-may-{ws.unit_code}-{stamp}{SUFFIX}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sweep_destination(target.parent)  # what a killed move, backup or export left here
        remember_destination(handle.paths.root, target.parent)  # swept on next open if killed
        with tempfile.TemporaryDirectory(prefix="dvk-move-") as scratch:
            reporter.report(0, 1, _t("Đang sao lưu vùng làm việc"))
            # A real automatic backup (kept and rotated like the others) unless the workspace
            # cannot be written (a locked stick): the move file carries it either way.
            folder = Path(scratch) if handle.read_only else handle.paths.backups
            inner = backup.backup_workspace(handle, folder, reporter=reporter, cancel=cancel)
            prefs = Path(scratch) / PREFERENCES_MEMBER
            prefs.write_text(json.dumps(preferences or {}, ensure_ascii=False), encoding="utf-8")
            entries = [(BACKUP_MEMBER, inner), (PREFERENCES_MEMBER, prefs)]
            entries += _extras(handle.paths.root)
            ensure_space(target.parent, sum(p.stat().st_size for _, p in entries))
            _write(target, ws, entries, reporter, cancel)
    except OSError as exc:
        raise as_user_error(exc, root=handle.paths.root, destination=target.parent) or exc from exc
    reporter.report(1, 1, _t("Đang kiểm tra tệp chuyển máy"))
    verify_transfer(target, cancel=cancel)
    return target


def _write(
    target: Path,
    ws: Any,
    entries: list[tuple[str, Path]],
    reporter: ProgressReporter,
    cancel: CancelToken,
) -> None:
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "app_version": __version__,
        "unit_code": ws.unit_code,
        "unit_name": ws.unit_name,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": {},
    }
    out, tmp = locked_temp(target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
            for done, (name, path) in enumerate(entries):
                cancel.check()
                reporter.report(done, len(entries), name)
                manifest["files"][name] = {"sha256": _sha256(path), "size": path.stat().st_size}
                zf.write(path, name, compress_type=zipfile.ZIP_STORED)  # compressed already
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        out.flush()
        os.fsync(out.fileno())
        if os.name == "nt":
            out.close()
        os.replace(tmp, target)  # while still locked: a sweeper never takes it for a leftover
        out.close()
        fsync_dir(target.parent)
    except BaseException:
        out.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _bad(path: Path, why: str) -> StorageError:
    return StorageError(
        _t(
            "Tệp “{name}” không phải tệp chuyển máy hợp lệ của DVK Desktop ({why}).",
            name=path.name,
            why=why,
        ),
        hint=_t(
            "Hãy chép lại tệp từ máy cũ (hoặc xuất lại); dữ liệu trên máy này không bị thay đổi.",
        ),
    )


def _manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        manifest: Any = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (KeyError, ValueError, UnicodeDecodeError) as exc:
        raise _bad(path, "không có hoặc hỏng bảng kê nội dung") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad(path, "định dạng không được hỗ trợ")
    files = manifest.get("files")
    if not isinstance(files, dict) or BACKUP_MEMBER not in files:
        raise _bad(path, "bảng kê không có bản sao lưu vùng làm việc")
    return manifest


def _check_member(zf: zipfile.ZipFile, path: Path, name: str, meta: Any, out: Path | None) -> int:
    """Hash a member (copying it to ``out`` if given); raise unless it matches the manifest."""
    if name not in (BACKUP_MEMBER, PREFERENCES_MEMBER) and not _SAFE_EXTRA.match(name):
        raise _bad(path, f"tên tệp không an toàn “{name[:60]}”")
    if not isinstance(meta, dict):
        raise _bad(path, f"bảng kê hỏng ở “{name[:60]}”")
    digest, size = hashlib.sha256(), 0
    with zf.open(name) as src, open(out, "wb") if out else contextlib.nullcontext() as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if size > int(meta.get("size", 0)):
                raise _bad(path, f"tệp “{name}” lớn hơn khai báo")
            if dst is not None:
                dst.write(chunk)
        if dst is not None:
            dst.flush()
            os.fsync(dst.fileno())
    if digest.hexdigest() != meta.get("sha256") or size != meta.get("size"):
        raise _bad(path, f"tệp “{name}” bị hỏng hoặc bị sửa")
    return size


def verify_transfer(path: Path, *, cancel: CancelToken | None = None) -> TransferInfo:
    """Check every member of a transfer file, and the backup inside it; return what it holds."""
    cancel = cancel or CancelToken()
    if not path.is_file():
        raise StorageError(_t("Không tìm thấy tệp chuyển máy “{path}”.", path=path))
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix="dvk-move-") as tmp:
            manifest = _manifest(zf, path)
            files: dict[str, Any] = manifest["files"]
            names = [i.filename for i in zf.infolist() if i.filename != MANIFEST]
            if sorted(names) != sorted(files) or len(set(names)) != len(names):
                raise _bad(path, "danh sách tệp không khớp bảng kê")
            total = 0
            for name, meta in files.items():
                cancel.check()
                keep = Path(tmp) / name if name in (BACKUP_MEMBER, PREFERENCES_MEMBER) else None
                total += _check_member(zf, path, name, meta, keep)
            backup.verify_backup(Path(tmp) / BACKUP_MEMBER, cancel=cancel)
            preferences = _read_preferences(Path(tmp) / PREFERENCES_MEMBER, path)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
        if isinstance(exc, DvkError):
            raise
        raise _bad(path, "tệp nén bị hỏng hoặc không đầy đủ") from exc
    return TransferInfo(
        path,
        str(manifest.get("unit_code", "")),
        str(manifest.get("unit_name", "")),
        str(manifest.get("created_at", "")),
        str(manifest.get("app_version", "")),
        len(files),
        total,
        preferences,
    )


def _read_preferences(file: Path, path: Path) -> dict[str, str]:
    if not file.is_file():
        return {}
    try:
        value = json.loads(file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(path, "cài đặt hỏng") from exc
    if not isinstance(value, dict):
        raise _bad(path, "cài đặt hỏng")
    return {str(k): str(v) for k, v in value.items()}


def restore_transfer(
    path: Path,
    root: Path,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> tuple[TransferInfo, Path | None]:
    """Put the workspace of transfer file ``path`` at ``root``; return its info and the old one.

    Every hash is checked first (verify_transfer); the new workspace is then built beside
    ``root`` (its hashes checked again while unpacking, by services.backup's restore), and
    only at the end is the current content of ``root`` moved aside
    (``<root>.truoc-chuyen-may-<time>``, returned) and the new one swapped in, under the
    same kill-proof journal as a restore. Any failure before that leaves ``root`` untouched.
    The caller must have closed a workspace open at ``root``.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    info = verify_transfer(path, cancel=cancel)
    root = root.resolve()
    try:
        root.parent.mkdir(parents=True, exist_ok=True)
        resume_restore(root)
        if root.is_dir():
            sweep_workspace(root)
        ensure_space(root.parent, 2 * info.total_bytes)  # the backup, and what it unpacks to
        base = restore_staging_base(root)
        with scratch_dir(base.parent, base.name) as scratch:
            staging = _unpack(path, scratch, root, reporter, cancel)
            aside = None
            if root.exists():
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                aside = root.with_name(f"{root.name}.truoc-chuyen-may-{stamp}")
            plan = RestorePlan(root, staging, aside)
            begin_swap(plan)  # from here on, an interrupted move is finished on the next open
            swap(plan)
    except OSError as exc:
        raise as_user_error(exc, root=root.parent, destination=root.parent) or exc from exc
    reporter.report(info.files, info.files, _t("Đã khôi phục trên máy mới"))
    return info, aside


def _unpack(
    path: Path, scratch: Path, root: Path, reporter: ProgressReporter, cancel: CancelToken
) -> Path:
    """Build the new workspace in ``scratch``/workspace, every file checked; return it."""
    staging = scratch / "workspace"
    with zipfile.ZipFile(path) as zf:
        files: dict[str, Any] = _manifest(zf, path)["files"]
        inner = scratch / BACKUP_MEMBER
        _check_member(zf, path, BACKUP_MEMBER, files[BACKUP_MEMBER], inner)
        backup.restore_workspace(inner, staging, reporter=reporter, cancel=cancel)
        extras = [n for n in files if n not in (BACKUP_MEMBER, PREFERENCES_MEMBER)]
        for done, name in enumerate(extras):
            cancel.check()
            reporter.report(done, len(extras), name)
            out = staging.joinpath(*name.split("/"))
            out.parent.mkdir(parents=True, exist_ok=True)
            _check_member(zf, path, name, files[name], out)
    # The backup it came in stays with it, as its latest backup (named where it will be).
    kept = staging / "backups" / f"chuyen-may-{path.stem}{backup.SUFFIX}"
    kept.parent.mkdir(parents=True, exist_ok=True)
    os.replace(inner, kept)
    _record_backup(staging, root / "backups" / kept.name, backup.verify_backup(kept).created_at)
    # This computer's logs and automatic backups of the folder being replaced stay.
    for keep in ("logs", "backups"):
        if (root / keep).is_dir():
            shutil.copytree(root / keep, staging / keep, dirs_exist_ok=True)
    for folder in sorted({p.parent for p in staging.rglob("*")}, reverse=True):
        fsync_dir(folder)  # the journal may only be written once every entry is durable
    cancel.check()
    return staging


def _record_backup(staging: Path, final: Path, created_at: str) -> None:
    from sqlalchemy.orm import Session

    engine = make_engine(sqlite_url(staging / "dvk.sqlite3"))
    try:
        with Session(engine) as session, session.begin():
            backup.record_backup_state(session, created_at, str(final))
    finally:
        engine.dispose()
