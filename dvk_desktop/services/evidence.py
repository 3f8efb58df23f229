"""Attaching evidence files to models: size limit, duplicate detection, store first then record."""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import codes, ownership
from dvk_desktop.domain.text import clean, format_number
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t, per_interface
from dvk_desktop.progress import CancelToken
from dvk_desktop.services import audit, locks
from dvk_desktop.services.directory import by_uuid
from dvk_desktop.services.models import check_owner_edits, get_row
from dvk_desktop.storage.evidence_store import sha256_file
from dvk_desktop.storage.models import (
    DvkModel,
    Evidence,
    ProgressReport,
    Setting,
    Workspace,
    utcnow,
)
from dvk_desktop.storage.workspace import WorkspaceHandle

DEFAULT_MAX_MB = 50


@dataclass(frozen=True)
class EvidenceItem:
    """A piece of evidence as shown in lists."""

    uuid: str
    sha256: str
    size: int
    media_type: str
    original_name: str
    caption: str
    taken_on: dt.date | None
    progress_report_uuid: str | None
    removed: bool


def _max_bytes(handle: WorkspaceHandle) -> int:
    with handle.sessions() as session:
        row = session.get(Setting, "evidence_max_mb")
    try:
        return int(row.value if row else DEFAULT_MAX_MB) * 1024 * 1024
    except ValueError:
        return DEFAULT_MAX_MB * 1024 * 1024


def media_type_of(path: Path) -> str:
    """Guess the media type from the file name (evidence is photos, PDFs, office documents)."""
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def check_source(handle: WorkspaceHandle, source: Path) -> None:
    """Refuse a file that is missing, empty or over the workspace's size limit."""
    if not source.is_file():
        raise NotFoundError(_t("Không tìm thấy tệp “{source}”.", source=source))
    size = source.stat().st_size
    limit = _max_bytes(handle)
    if size > limit:
        raise ValidationError(
            _t(
                "Tệp “{name}” nặng {round} MB, vượt giới hạn {value} MB cho mỗi tệp minh chứng.",
                name=source.name,
                round=format_number(round(size / 1048576, 1)),
                value=format_number(limit // 1048576),
            ),
            hint=_t(
                "Hãy thu nhỏ ảnh hoặc chia nhỏ tài liệu, hoặc tăng giới hạn trong Cài đặt.",
            ),
        )
    if size == 0:
        raise ValidationError(_t("Tệp “{name}” rỗng (0 byte).", name=source.name))


def check_owner(session: Session, model: DvkModel) -> None:
    """Refuse to change the evidence of a model another unit registered (the commune owns it)."""
    check_owner_edits(session.scalars(select(Workspace)).one(), model)


def _model_of(session: Session, row: Evidence) -> DvkModel:
    model = session.get(DvkModel, row.model_id)
    assert model is not None  # a foreign key: evidence always belongs to a model
    return model


def check_removable(session: Session, model: DvkModel) -> None:
    """Refuse to take evidence off a locked dossier: it is what was signed or decided on.

    Adding stays allowed (later work is recorded as progress and evidence, and a change
    request shows what was added since the lock); removing silently would change the dossier
    the head signed or the upper level judged.
    """
    check_owner(session, model)
    lock = locks.lock_of(session, model)
    qualified = codes.qualified(model.source_unit_code, model.code)
    if lock.level == "xa":
        raise ValidationError(
            _t(
                "Mô hình {qualified} đã được {signer} ký duyệt (phiên bản {version}): hồ sơ đang "
                "khóa nên không gỡ minh chứng được.",
                qualified=qualified,
                signer=lock.signed_by,
                version=lock.signed_version,
            ),
            hint=_t("Rút ký duyệt rồi gỡ minh chứng, sau đó ký duyệt lại."),
        )
    if Status(model.status) is Status.STOPPED:  # its dossier is kept as it was, for the record
        raise ValidationError(
            _t(
                "Mô hình {qualified} đã dừng / loại bỏ: hồ sơ chỉ còn để xem nên không gỡ minh "
                "chứng được.",
                qualified=qualified,
            )
        )
    upper = ownership.upper_lock(Status(model.status), locks.review_of(session, model))
    if lock.level == "cap_tren" and upper is None:  # proposed, not judged yet: ask it back
        raise ValidationError(lock.reason)
    if lock.level == "cap_tren":
        raise ValidationError(
            _t(
                "Mô hình {qualified} đang bị cấp trên khóa nên không gỡ minh chứng trực tiếp "
                "được: việc gỡ minh chứng phải gửi cấp trên thành yêu cầu thay đổi.",
                qualified=qualified,
            ),
            hint=per_interface(
                cli=_t(
                    "Hãy gửi yêu cầu thay đổi: dvk changes request {code} --remove-evidence "
                    'MÃ_BĂM --why "lý do".',
                    code=model.code,
                ),
                gui=_t(
                    "Hãy sửa trong cửa sổ mô hình rồi bấm “Gửi yêu cầu thay đổi…” và chọn minh "
                    "chứng xin bỏ; cấp trên chấp nhận thì minh chứng mới được gỡ.",
                ),
            ),
        )


def new_row(
    model_id: int,
    source: Path,
    sha256: str,
    size: int,
    *,
    caption: str = "",
    taken_on: dt.date | None = None,
    report_id: int | None = None,
    shows_people: bool = False,
) -> Evidence:
    """The record of a file just stored (the caller adds it to its session)."""
    return Evidence(
        model_id=model_id,
        progress_report_id=report_id,
        sha256=sha256,
        size=size,
        media_type=media_type_of(source),
        original_name=clean(source.name)[:255],
        caption=clean(caption)[:1000],
        taken_on=taken_on,
        shows_people=shows_people,
    )


def add_evidence(
    handle: WorkspaceHandle,
    model_uuid: str,
    source: Path,
    *,
    caption: str = "",
    taken_on: dt.date | None = None,
    progress_report_uuid: str | None = None,
    shows_people: bool = False,
    cancel: CancelToken | None = None,
) -> str:
    """Copy ``source`` into the evidence store and record it; return the evidence uuid.

    The file is stored (atomically) before the record is committed, so a record never points
    at a missing file; a crash in between leaves only an unreferenced file in the store.
    """
    check_source(handle, source)
    sha, _ = sha256_file(source)
    with handle.sessions() as session:
        model = get_row(session, model_uuid)
        check_owner(session, model)
        dup = session.scalars(
            select(Evidence).where(Evidence.model_id == model.id, Evidence.sha256 == sha)
        ).first()
        if dup is not None and dup.removed_at is None:
            raise ValidationError(
                _t(
                    "Tệp “{name}” đã có trong minh chứng của mô hình này (“{original_name}”).",
                    name=source.name,
                    original_name=dup.original_name,
                ),
                hint=_t("Không cần thêm lại cùng một tệp."),
            )
    stored_sha, stored_size = handle.evidence.add_file(source, cancel=cancel)
    with handle.sessions() as session, session.begin():
        model = get_row(session, model_uuid)
        report = by_uuid(session, ProgressReport, progress_report_uuid, "báo cáo tiến độ")
        existing = session.scalars(
            select(Evidence).where(Evidence.model_id == model.id, Evidence.sha256 == stored_sha)
        ).first()
        if existing is not None:  # re-adding a removed file brings it back
            existing.removed_at = None
            existing.caption = clean(caption)[:1000] or existing.caption
            row = existing
        else:
            row = new_row(
                model.id, source, stored_sha, stored_size, caption=caption, taken_on=taken_on,
                report_id=report.id if report else None, shows_people=shows_people,
            )  # fmt: skip
            session.add(row)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="evidence",
            entity_uuid=row.uuid,
            after={"model": model.uuid, "sha256": stored_sha, "name": row.original_name},
        )
        return row.uuid


def list_evidence(
    handle: WorkspaceHandle, model_uuid: str, *, include_removed: bool = False
) -> list[EvidenceItem]:
    """Evidence of a model, newest first."""
    with handle.sessions() as session:
        model = get_row(session, model_uuid)
        stmt = (
            select(Evidence, ProgressReport.uuid)
            .outerjoin(ProgressReport, Evidence.progress_report_id == ProgressReport.id)
            .where(Evidence.model_id == model.id)
        )
        if not include_removed:
            stmt = stmt.where(Evidence.removed_at.is_(None))
        stmt = stmt.order_by(Evidence.added_at.desc(), Evidence.id.desc())
        return [
            EvidenceItem(
                e.uuid,
                e.sha256,
                e.size,
                e.media_type,
                e.original_name,
                e.caption,
                e.taken_on,
                report_uuid,
                e.removed_at is not None,
            )
            for e, report_uuid in session.execute(stmt)
        ]


def update_evidence(
    handle: WorkspaceHandle, uuid: str, *, caption: str, taken_on: dt.date | None
) -> None:
    """Change an evidence's caption and date."""
    with handle.sessions() as session, session.begin():
        row = by_uuid(session, Evidence, uuid, "minh chứng")
        assert row is not None
        check_owner(session, _model_of(session, row))
        before = {"caption": row.caption, "taken_on": row.taken_on}
        row.caption = clean(caption)[:1000]
        row.taken_on = taken_on
        audit.record(
            session,
            action="update",
            entity="evidence",
            entity_uuid=uuid,
            before=before,
            after={"caption": row.caption, "taken_on": taken_on},
        )


def remove_evidence(handle: WorkspaceHandle, uuid: str) -> None:
    """Mark evidence removed; its file stays in the store until the next backup has it."""
    with handle.sessions() as session, session.begin():
        row = by_uuid(session, Evidence, uuid, "minh chứng")
        assert row is not None
        if row.removed_at is not None:
            return  # already removed: nothing to refuse or record
        check_removable(session, _model_of(session, row))
        row.removed_at = utcnow()
        audit.record(
            session,
            action="remove",
            entity="evidence",
            entity_uuid=uuid,
            before={"removed": False},
            after={"removed": True},
        )


def evidence_path(handle: WorkspaceHandle, sha256: str) -> Path:
    """Where a stored evidence file is, for opening with the system viewer."""
    path = handle.evidence.path_for(sha256)
    if not path.is_file():
        raise NotFoundError(
            _t("Không tìm thấy tệp minh chứng trong kho; hãy khôi phục từ bản sao lưu.")
        )
    return path
