"""A province office and some of its communes, with keys made and packages ready on a "USB"."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from dvk_desktop.domain import units
from dvk_desktop.domain.model import IndicatorInput
from dvk_desktop.domain.vocab import OrgType, Status
from dvk_desktop.services import directory, exchange, models, workspace_keys
from dvk_desktop.services.evidence import add_evidence
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.factories import complete_input

PROVINCE = "48"  # Thành phố Đà Nẵng
UPPER_PASS = "Thành phố Đà Nẵng 2026 tổng hợp"
COMMUNE_PASS = "Dân vận khéo 2026 xã phường"
# Names of one commune's package, and how close each is to commune A's "Hũ gạo tình thương
# giúp hộ nghèo" (similarity.score): 100, 96, 94, 89, 89, 87, 85 — all over the threshold.
ALIKE_AT_B = [
    "Hũ gạo tình thương giúp hộ nghèo",
    "Hũ gạo tình thương giúp đỡ hộ nghèo",
    "Hũ gạo tình thương giúp hộ cận nghèo",
    "Hũ gạo yêu thương giúp hộ nghèo",
    "Hũ gạo tình nghĩa giúp hộ nghèo",
    "Hũ gạo tình thương giúp người nghèo",
    "Hũ gạo tình thương hỗ trợ hộ nghèo",
]

NAMES = (
    "Thắp sáng đường quê",
    "Camera an ninh tự quản",
    "Phân loại rác tại nguồn",
    "Tuyến đường cờ và hoa",
)


@dataclass
class Office:
    """Folders of a province workspace and of its communes; enrolment files and packages."""

    root: Path
    codes: list[str] = field(default_factory=list)

    @property
    def province_dir(self) -> Path:
        return self.root / "tinh"

    def commune_dir(self, code: str) -> Path:
        return self.root / f"xa-{code}"

    @property
    def usb(self) -> Path:
        return self.root / "usb"

    @property
    def keys_dir(self) -> Path:
        return self.root / "usb" / "khoa"

    def enrolment(self, code: str) -> Path:
        return self.keys_dir / f"dang-ky-khoa-{code}.json"

    def province(self) -> WorkspaceHandle:
        return open_workspace(self.province_dir)

    def commune(self, code: str) -> WorkspaceHandle:
        return open_workspace(self.commune_dir(code))

    def fingerprint(self, code: str) -> str:
        with open_workspace(self.commune_dir(code)) as handle:
            info = workspace_keys.public_info(handle)
        assert info is not None
        return info.fingerprint


def commune_codes(n: int) -> list[str]:
    """The first ``n`` communes of the province, in code order (the same in every run)."""
    return sorted(u.code for u in units.communes(PROVINCE))[:n]


def build_office(root: Path, n: int = 3, *, enrolled: int | None = None) -> Office:
    """A province and ``n`` communes; the first ``enrolled`` (all by default) are enrolled.

    Each commune registers len(NAMES) models proposed for recognition (the first with a
    photo), pins the province's key and exports one package into ``usb``.
    """
    office = Office(root, commune_codes(n))
    office.keys_dir.mkdir(parents=True)
    province = init_workspace(office.province_dir, unit_code=PROVINCE)
    workspace_keys.create_key(province, UPPER_PASS)
    upper_file = workspace_keys.export_enrolment(province, UPPER_PASS, office.keys_dir)
    for index, code in enumerate(office.codes):
        commune = init_workspace(office.commune_dir(code), unit_code=code)
        with commune.sessions() as session, session.begin():
            directory.add_village(session, "Thôn 1")
            directory.add_organisation(session, "Đoàn Thanh niên", OrgType.YOUTH_UNION)
        for m, name in enumerate(NAMES):
            data = complete_input(commune, name=f"{name} thôn 1", place="Thôn 1")
            data.indicators = [IndicatorInput("HO_HUONG_LOI", "", "", Decimal(50 + m))]
            uuid = models.create_model(commune, data)
            models.change_status(commune, uuid, Status.IMPLEMENTING)
            models.change_status(commune, uuid, Status.PROPOSED)
            if m == 0:
                photo = root / f"anh-{code}.jpg"
                photo.write_bytes(b"\xff\xd8\xff" + hashlib.sha256(code.encode()).digest() * 99)
                add_evidence(commune, uuid, photo, caption="Ảnh", taken_on=dt.date(2026, 5, 1))
        info = workspace_keys.create_key(commune, COMMUNE_PASS)
        workspace_keys.export_enrolment(commune, COMMUNE_PASS, office.keys_dir)
        workspace_keys.enrol_unit(
            commune,
            office.keys_dir / f"dang-ky-khoa-{PROVINCE}.json",
            relation="parent",
            confirmed_fingerprint=upper_file.fingerprint,
        )
        if enrolled is None or index < enrolled:
            workspace_keys.enrol_unit(
                province,
                office.enrolment(code),
                relation="child",
                confirmed_fingerprint=info.fingerprint,
            )
        exchange.export_package(commune, office.usb, passphrase=COMMUNE_PASS, encrypt=False)
        commune.close()
    province.close()
    return office


def copy_office(template: Office, root: Path) -> Office:
    """A private copy of a prepared office."""
    shutil.copytree(template.root, root)
    return Office(root, list(template.codes))


def packages(office: Office) -> list[Path]:
    """The package files on the USB stick, by name."""
    return sorted(p for p in office.usb.iterdir() if p.name.endswith((".dvkpkg", ".age")))
