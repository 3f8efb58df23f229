"""A commune and its upper level with keys exchanged, and tools to forge hostile packages."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from dvk_desktop.domain.model import IndicatorInput
from dvk_desktop.domain.vocab import Gender, ModelType, OrgType, Status
from dvk_desktop.packaging import keys
from dvk_desktop.packaging.bag import BagWriter
from dvk_desktop.packaging.safezip import ZipWriter
from dvk_desktop.packaging.strictjson import dumps_canonical
from dvk_desktop.services import directory, exchange, models, workspace_keys
from dvk_desktop.services.evidence import add_evidence
from dvk_desktop.services.exchange.export import _CapturingSink
from dvk_desktop.services.exchange.format import HEADER, SIGNATURE, trusted_comment
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input

COMMUNE_PASS = "mật khẩu xã Hoàn Kiếm 2026"
UPPER_PASS = "mật khẩu thành phố 2026"
COMMUNE, UPPER = "00070", "01"


@dataclass
class Exchange:
    """Folders of a commune and an upper-level workspace that trust each other."""

    root: Path

    @property
    def commune_dir(self) -> Path:
        return self.root / "xa"

    @property
    def upper_dir(self) -> Path:
        return self.root / "tinh"

    @property
    def usb(self) -> Path:
        return self.root / "usb"

    def commune(self) -> WorkspaceHandle:
        return open_workspace(self.commune_dir)

    def upper(self) -> WorkspaceHandle:
        return open_workspace(self.upper_dir)

    def commune_key(self) -> keys.UnlockedKey:
        return keys.unlock(self.commune_dir / "keys" / workspace_keys.KEY_FILE, COMMUNE_PASS)


def build_exchange(root: Path) -> Exchange:
    """Create both workspaces, three models with evidence, keys, and mutual enrolment."""
    ex = Exchange(root)
    ex.usb.mkdir(parents=True)
    commune = init_workspace(ex.commune_dir, unit_code=COMMUNE)
    with commune.sessions() as session, session.begin():
        directory.add_village(session, "Tổ dân phố 5")
        directory.add_organisation(session, "Đoàn Thanh niên phường Hoàn Kiếm", OrgType.YOUTH_UNION)
        directory.add_person(
            session,
            "Nguyễn Thị Mai",
            birth_year=1982,
            gender=Gender.FEMALE,
            position="Chi hội trưởng",
            consent=True,
        )
    names = [
        "Thắp sáng đường phố tổ dân phố 5",
        "Camera an ninh tổ dân phố 5",
        "Phân loại rác tại nguồn tổ dân phố 5",
    ]
    for n, name in enumerate(names):
        data = complete_input(commune, name=name)
        if n == 2:
            data.model_type = ModelType.INDIVIDUAL
            data.holder_person_uuid = directory.people(commune)[0].uuid
        data.indicators = [IndicatorInput("HO_HUONG_LOI", "", "", Decimal(100 + n))]
        uuid = models.create_model(commune, data)
        models.change_status(commune, uuid, Status.IMPLEMENTING)
        models.change_status(commune, uuid, Status.PROPOSED)
        photo = root / f"anh-{n}.jpg"
        photo.write_bytes(b"\xff\xd8\xff" + hashlib.sha256(name.encode()).digest() * 200)
        add_evidence(commune, uuid, photo, caption=f"Ảnh {n}", taken_on=dt.date(2026, 5, 1))
    upper = init_workspace(ex.upper_dir, unit_code=UPPER)
    c_info = workspace_keys.create_key(commune, COMMUNE_PASS)
    u_info = workspace_keys.create_key(upper, UPPER_PASS)
    workspace_keys.export_enrolment(commune, COMMUNE_PASS, ex.usb)
    workspace_keys.export_enrolment(upper, UPPER_PASS, ex.usb)
    workspace_keys.enrol_unit(
        upper,
        ex.usb / f"dang-ky-khoa-{COMMUNE}.json",
        relation="child",
        confirmed_fingerprint=c_info.fingerprint,
    )
    workspace_keys.enrol_unit(
        commune,
        ex.usb / f"dang-ky-khoa-{UPPER}.json",
        relation="parent",
        confirmed_fingerprint=u_info.fingerprint,
    )
    commune.close()
    upper.close()
    return ex


def copy_exchange(template: Exchange, root: Path) -> Exchange:
    """A private copy of a prepared exchange."""
    shutil.copytree(template.root, root)
    return Exchange(root)


def state_of(folder: Path) -> dict[str, str]:
    """Hashes of the database file and every evidence file: must not change on refusal."""
    result = {"db": hashlib.sha256((folder / "dvk.sqlite3").read_bytes()).hexdigest()}
    for path in sorted((folder / "evidence").rglob("*")):
        if path.is_file():
            result[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def export_plain(ex: Exchange, folder: Path | None = None) -> Path:
    """A valid, unencrypted records package from the commune."""
    with ex.commune() as commune:
        result = exchange.export_package(
            commune, folder or ex.usb, passphrase=COMMUNE_PASS, encrypt=False
        )
    return result.path


def members(path: Path) -> dict[str, bytes]:
    """Every member of a zip, by name."""
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def forge(
    valid: Path,
    out: Path,
    key: keys.UnlockedKey,
    *,
    records: Callable[[dict[str, Any]], Any] | None = None,
    records_bytes: bytes | None = None,
    header: Callable[[dict[str, Any]], None] | None = None,
    extra_payload: dict[str, bytes] | None = None,
    drop: set[str] | None = None,
) -> Path:
    """Rebuild a package with changed content and sign it properly with ``key``.

    This is what a malicious or buggy but enrolled sender could produce: the signature is
    right, so only the checks after it can catch the problem.
    """
    parts = members(valid)
    head = json.loads(parts[HEADER])
    comment = trusted_comment(head)
    if header is not None:
        header(head)
        # A header broken where the comment reads it is still signed (as the old one).
        with contextlib.suppress(KeyError, TypeError):
            comment = trusted_comment(head)
    data = parts["data/records.json"]
    if records is not None:
        data = dumps_canonical(records(json.loads(data)))
    if records_bytes is not None:
        data = records_bytes
    info = [
        tuple(line.split(": ", 1))
        for line in parts["bag-info.txt"].decode().splitlines()
        if not line.startswith(("Payload-Oxum", "Bagging-Date"))
    ]
    with ZipWriter(out) as writer:
        sink = _CapturingSink(writer)
        bag = BagWriter(sink, info=info)  # type: ignore[arg-type]
        bag.add_payload_bytes("records.json", data)
        for name, body in parts.items():
            if name.startswith("data/evidence/") and name not in (drop or set()):
                bag.add_payload_bytes(name.removeprefix("data/"), body)
        for name, body in (extra_payload or {}).items():
            bag.add_payload_bytes(name, body)
        bag.add_tag_file(HEADER, dumps_canonical(head, pretty=True))
        bag.finish()
        signature = key.sign_minisign(sink.tag_manifest, comment)
        writer.add_bytes(SIGNATURE, signature.encode())
        writer.commit()
    return out


def rezip(
    valid: Path,
    out: Path,
    edit: Callable[[list[tuple[zipfile.ZipInfo, bytes]]], list[tuple[zipfile.ZipInfo, bytes]]],
) -> Path:
    """Rewrite a package's zip structure (names, flags, extra members) without re-signing."""
    with zipfile.ZipFile(valid) as zf:
        items = [(info, zf.read(info)) for info in zf.infolist()]
    items = edit(items)
    with zipfile.ZipFile(out, "w") as zf:
        for info, data in items:
            zf.writestr(info, data)
    return out


def entry(name: str, *, mode: int = 0o100644, flag_utf8: bool = True) -> zipfile.ZipInfo:
    """A zip entry with a chosen name and Unix mode."""
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    if flag_utf8:
        info.flag_bits |= 0x800
    return info
