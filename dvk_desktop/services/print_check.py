"""Does a printed registration form still match the record? From its QR code or typed check code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.reports.pdf.qr import (
    LEGACY_PREFIX,
    PAYLOAD_PREFIX,
    FormStamp,
    TypedCode,
    parse_payload,
    parse_typed_code,
    stamp_for,
)
from dvk_desktop.reports.qr_scan import IMAGE_HINT, read_qr_codes
from dvk_desktop.services.models import snapshot
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class PrintCheck:
    """The verdict on one paper: whether it matches, and a sentence saying why."""

    matches: bool
    message: str
    code: str = ""
    name: str = ""
    paper_version: int | None = None
    current_version: int | None = None


def _verdict(row: DvkModel, version: int, matches_digest: bool) -> PrintCheck:
    current = stamp_for(snapshot(row))
    who = f"{row.code} “{row.name}”"
    if matches_digest and version == current.version:
        return PrintCheck(
            True,
            _t(
                "Bản in KHỚP với dữ liệu hiện tại: mô hình {who}, phiên bản {version}.",
                who=who,
                version=current.version,
            ),
            row.code,
            row.name,
            version,
            current.version,
        )
    if version < current.version:
        why = (
            f"bản in là phiên bản {version}, dữ liệu hiện tại là phiên bản {current.version} "
            "(bản đăng ký đã được sửa sau khi in). Hãy in lại phiếu để ký."
        )
    else:
        why = (
            f"cùng phiên bản {version} nhưng nội dung khác với dữ liệu (bản in có thể đã bị "
            "sửa, hoặc không phải in từ dữ liệu này)."
        )
    return PrintCheck(
        False,
        _t("Bản in KHÔNG khớp với mô hình {who}: {why}", who=who, why=why),
        row.code,
        row.name,
        version,
        current.version,
    )


def _check_stamp(handle: WorkspaceHandle, stamp: FormStamp) -> PrintCheck:
    with handle.sessions() as session:
        row = session.scalars(select(DvkModel).where(DvkModel.uuid == stamp.uuid)).first()
        if row is None:
            return PrintCheck(
                False,
                _t(
                    "Không có mô hình của bản in này trong vùng làm việc (mã định danh {uuid}).",
                    uuid=stamp.uuid,
                ),
                paper_version=stamp.version,
            )
        current = stamp_for(snapshot(row))
        return _verdict(row, stamp.version, current.sha256 == stamp.sha256)


def _check_typed(handle: WorkspaceHandle, typed: TypedCode) -> PrintCheck:
    with handle.sessions() as session:
        rows = session.scalars(select(DvkModel).where(DvkModel.code == typed.code)).all()
        if not rows:
            raise NotFoundError(
                _t(
                    "Không có mô hình nào mang mã {code} trong vùng làm việc.",
                    code=typed.code,
                ),
                hint=_t("Kiểm tra lại mã mô hình in trên phiếu (dòng “Mã kiểm tra”)."),
            )
        # At an upper level several communes may use the same code: the digits tell them apart.
        for row in rows:
            if stamp_for(snapshot(row)).short == typed.short:
                return _verdict(row, typed.version, True)
        if len(rows) == 1:
            return _verdict(rows[0], typed.version, False)
        return PrintCheck(
            False,
            _t(
                "Bản in KHÔNG khớp với mô hình nào mang mã {code} ({count} mô hình của "
                "các xã khác nhau có mã này).",
                code=typed.code,
                count=len(rows),
            ),
            typed.code,
            paper_version=typed.version,
        )


def check_text(handle: WorkspaceHandle, text: str) -> PrintCheck:
    """Check a paper from the QR text a phone read, or from the check code typed by hand."""
    raw = text.strip()
    if not raw:
        raise ValidationError(
            _t("Chưa nhập mã kiểm tra."), hint=_t("Gõ dòng “Mã kiểm tra” in dưới mã QR của phiếu.")
        )
    if raw.upper().startswith((PAYLOAD_PREFIX, LEGACY_PREFIX)):
        return _check_stamp(handle, parse_payload(raw))
    return _check_typed(handle, parse_typed_code(raw))


def check_image(handle: WorkspaceHandle, image: Path) -> list[PrintCheck]:
    """Check every registration form whose QR code is readable in a scanned image."""
    texts = read_qr_codes(image)
    ours = [t for t in texts if t.upper().startswith((PAYLOAD_PREFIX, LEGACY_PREFIX))]
    if not ours:
        what = "mã QR của phiếu đăng ký" if texts else "mã QR nào"
        raise ValidationError(
            _t(
                "Không đọc được {what} trong ảnh “{name}”.",
                what=what,
                name=image.name,
            ),
            hint=IMAGE_HINT,
        )
    return [_check_stamp(handle, parse_payload(t)) for t in ours]


def check(handle: WorkspaceHandle, source: str) -> list[PrintCheck]:
    """Check from an image file when ``source`` names one, else from the typed or QR text."""
    path = Path(source.strip()).expanduser()
    looks_like_file = path.suffix.lower() in {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"}
    if path.is_file() or looks_like_file or path.suffix.lower() == ".pdf":
        return check_image(handle, path)
    return [check_text(handle, source)]
