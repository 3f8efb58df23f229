"""The workspace's own signing key: creation, enrolment files, rotation; enrolling other units."""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dvk_desktop.domain.place_names import short_name
from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.errors import SignatureError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.packaging import keys
from dvk_desktop.services import audit, trust
from dvk_desktop.storage.atomic import atomic_write_text
from dvk_desktop.storage.models import Setting, Workspace
from dvk_desktop.storage.workspace import WorkspaceHandle

KEY_FILE = "signing-key.json"
NEW_KEY_FILE = "signing-key.new.json"
ROTATION_SETTING = "pending_key_rotation"


def key_file(handle: WorkspaceHandle) -> Path:
    """The encrypted key file of this workspace."""
    return handle.paths.keys / KEY_FILE


def public_info(handle: WorkspaceHandle) -> keys.PublicKeyInfo | None:
    """The workspace's public key, or None before a key was created."""
    path = key_file(handle)
    return keys.load_public(path) if path.is_file() else None


def create_key(handle: WorkspaceHandle, passphrase: str) -> keys.PublicKeyInfo:
    """Generate the workspace key, wrapped under ``passphrase`` (refused if one exists)."""
    if len(passphrase) < 8:
        raise ValidationError(
            _t("Mật khẩu khóa cần ít nhất 8 ký tự."),
            hint=_t("Chọn một câu dễ nhớ, ví dụ “Dân vận khéo 2026 xã Thăng Bình”."),
        )
    ws = handle.info()
    handle.paths.keys.mkdir(parents=True, exist_ok=True)
    return keys.create_key_file(key_file(handle), unit_code=ws.unit_code, passphrase=passphrase)


def export_enrolment(handle: WorkspaceHandle, passphrase: str, out: Path) -> keys.Enrolment:
    """Write the enrolment file the upper level (or a child) needs to trust this workspace."""
    ws = handle.info()
    unlocked = keys.unlock(key_file(handle), passphrase)
    role = "commune" if WorkspaceRole(ws.role) is WorkspaceRole.COMMUNE else "upper"
    target = out / f"dang-ky-khoa-{ws.unit_code}.json" if out.is_dir() else out
    return keys.write_enrolment(target, unlocked, unit_name=ws.unit_name, role=role)


@dataclass(frozen=True)
class EnrolmentFiles:
    """The enrolment file for the upper level's software and the sheet to print and sign."""

    enrolment: keys.Enrolment
    file: Path
    sheet: Path


def export_enrolment_with_sheet(
    handle: WorkspaceHandle, passphrase: str, folder: Path
) -> EnrolmentFiles:
    """Write ``dang-ky-khoa-<code>.json`` and its printed sheet ``.pdf`` into ``folder``.

    The upper level imports the file; the sheet, signed and stamped by the unit's head, is what
    its staff compare with the fingerprint read over the phone before trusting the key.
    """
    # Imported here: ReportLab loads only when a sheet is printed, not with every key operation.
    from dvk_desktop.reports.pdf.enrolment_sheet import render_enrolment_sheet
    from dvk_desktop.services.workspace_setup import get_settings

    ws = handle.info()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"dang-ky-khoa-{ws.unit_code}.json"
    enrolment = export_enrolment(handle, passphrase, target)
    info = public_info(handle)
    assert info is not None  # export_enrolment just unlocked it
    settings = get_settings(handle)
    sheet = target.with_suffix(".pdf")
    render_enrolment_sheet(
        sheet,
        unit_code=ws.unit_code,
        unit_name=ws.unit_name,
        fingerprint=enrolment.fingerprint,
        public_key_text=info.minisign_public_key(),
        qr_payload=f"dvk-key:{ws.unit_code}:{enrolment.fingerprint.replace(' ', '')}",
        created=enrolment.created,
        role=(
            "Ký quyết định, gói dữ liệu gửi các đơn vị cấp dưới"
            if WorkspaceRole(ws.role) is WorkspaceRole.UPPER
            else "Ký gói dữ liệu gửi cấp trên"
        ),
        parent_unit_name=ws.parent_unit_name or "",
        signer_title=settings.get("signer_title", ""),
        signer_name=settings.get("signer_name", ""),
        place=settings.get("place_name") or short_name(ws.unit_name),
    )
    return EnrolmentFiles(enrolment, target, sheet)


def enrol_unit(
    handle: WorkspaceHandle,
    enrolment_file: Path,
    *,
    relation: str,
    confirmed_fingerprint: str,
) -> keys.Enrolment:
    """Trust another unit's key after the fingerprint read over the phone was confirmed.

    ``relation`` is "child" (a commune enrolling with its upper level) or "parent" (the upper
    level's key pinned by a commune).
    """
    enrolment = keys.read_enrolment(enrolment_file)
    typed = "".join(ch for ch in confirmed_fingerprint if ch.isdigit())
    if typed != enrolment.fingerprint.replace(" ", ""):
        raise SignatureError(
            _t("Dãy số nhận dạng (vân tay) không khớp với khóa trong tệp đăng ký."),
            hint=_t(
                "Hãy gọi điện cho đơn vị gửi, đọc lại từng nhóm số; không ghi nhận khóa "
                "khi chưa khớp.",
            ),
        )
    ws = handle.info()
    if enrolment.unit_code == ws.unit_code:
        raise ValidationError(_t("Đây là tệp đăng ký khóa của chính đơn vị này."))
    if relation == trust.PARENT and enrolment.role != "upper":
        raise ValidationError(
            _t(
                "Tệp đăng ký là của {unit_name} (cấp xã), không phải của cấp trên.",
                unit_name=enrolment.unit_name,
            ),
        )
    with handle.sessions() as session, session.begin():
        trust.enrol(
            session, unit_code=enrolment.unit_code, unit_name=enrolment.unit_name,
            relation=relation,
            public_key=base64.b64encode(enrolment.ed25519_public_key).decode("ascii"),
            key_id=enrolment.key_id.hex(), age_recipient=enrolment.age_recipient,
            fingerprint=enrolment.fingerprint,
        )  # fmt: skip
        if relation == trust.PARENT:
            # The hierarchy is data: the pinned parent is where this workspace reports.
            row = session.scalars(select(Workspace)).one()
            before = {"parent": row.parent_unit_code}
            row.parent_unit_code, row.parent_unit_name = enrolment.unit_code, enrolment.unit_name
            audit.record(
                session,
                action="update",
                entity="workspace",
                entity_uuid=row.uuid,
                before=before,
                after={"parent": enrolment.unit_code},
            )
    return enrolment


def start_rotation(
    handle: WorkspaceHandle, old_passphrase: str, new_passphrase: str, *, reason: str = ""
) -> keys.PublicKeyInfo:
    """Create a successor key; the next package (signed by the old key) announces it."""
    old = keys.unlock(key_file(handle), old_passphrase)
    new_path = handle.paths.keys / NEW_KEY_FILE
    if new_path.exists():
        raise ValidationError(
            _t("Đang có một khóa mới chờ thông báo cho cấp trên."),
            hint=_t("Hãy xuất một gói dữ liệu để hoàn tất việc đổi khóa."),
        )
    if len(new_passphrase) < 8:
        raise ValidationError(_t("Mật khẩu khóa mới cần ít nhất 8 ký tự."))
    new_info = keys.create_key_file(
        new_path, unit_code=old.info.unit_code, passphrase=new_passphrase
    )
    statement = keys.make_rotation_statement(old, new_info, reason=reason)
    with handle.sessions() as session, session.begin():
        session.merge(Setting(key=ROTATION_SETTING, value=json.dumps(statement)))
    return new_info


def pending_rotation(handle: WorkspaceHandle) -> dict[str, Any] | None:
    """The rotation statement waiting to travel in the next package, if any."""
    with handle.sessions() as session:
        row = session.get(Setting, ROTATION_SETTING)
    return json.loads(row.value) if row and row.value else None


def finish_rotation(handle: WorkspaceHandle) -> None:
    """After a package carried the statement: the new key becomes the workspace key."""
    new_path = handle.paths.keys / NEW_KEY_FILE
    if not new_path.is_file():
        return
    retired = handle.paths.keys / "retired"
    retired.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    shutil.copy2(key_file(handle), retired / f"signing-key-{stamp}.json")
    new_path.replace(key_file(handle))
    with handle.sessions() as session, session.begin():
        row = session.get(Setting, ROTATION_SETTING)
        if row is not None:
            row.value = ""
    atomic_write_text(
        retired / "README.txt", "Các khóa cũ đã được thay; giữ lại để đọc các gói cũ được mã hóa.\n"
    )
