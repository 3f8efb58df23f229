"""The program checks itself: migrations, a model, its form, a package exported and imported."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from dvk_desktop import __version__
from dvk_desktop.domain.model import IndicatorInput, ModelInput
from dvk_desktop.domain.vocab import OrgType, Status
from dvk_desktop.errors import DvkError
from dvk_desktop.messages import _t
from dvk_desktop.services import directory, exchange, models, reporting, workspace_keys
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.workspace import WorkspaceHandle

COMMUNE, UPPER = "20791", "48"  # Xã Thăng Bình and its city, Đà Nẵng
# Throw-away keys in a throw-away folder: the passphrase protects nothing real.
_PASSPHRASE = "tự kiểm tra DVK Desktop"


class SelfTestError(DvkError):
    """A step of the self-test did not give the expected result."""


@dataclass
class SelfTestResult:
    """The steps that ran, each with its duration in seconds."""

    steps: list[tuple[str, float]] = field(default_factory=list)
    folder: Path | None = None

    @property
    def seconds(self) -> float:
        """Total time of all steps."""
        return sum(t for _, t in self.steps)

    def summary(self) -> str:
        """The one line printed at the end."""
        names = ", ".join(name for name, _ in self.steps)
        return (
            f"DVK Desktop {__version__}: tự kiểm tra đạt / self-test passed "
            f"({len(self.steps)} bước / steps: {names}) trong / in {self.seconds:.1f} s"
        )


@contextmanager
def _step(result: SelfTestResult, name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    result.steps.append((name, time.perf_counter() - started))


def _expect(ok: bool, what: str) -> None:
    if not ok:
        raise SelfTestError(
            _t("Tự kiểm tra không đạt: {what}.", what=what), hint=_t("Hãy cài đặt lại DVK Desktop.")
        )


def _registration(handle: WorkspaceHandle) -> ModelInput:
    org = directory.organisations(handle)[0]
    village = directory.villages(handle)[0]
    return ModelInput(
        name="Tự kiểm tra: thắp sáng đường quê thôn Bình Sa",
        year=dt.date.today().year,
        owner_org_uuid=org.uuid,
        village_uuid=village.uuid,
        place="Thôn Bình Sa, xã Thăng Bình",
        start_date=dt.date(dt.date.today().year, 1, 15),
        end_date=dt.date(dt.date.today().year, 12, 15),
        evaluation_date=dt.date(dt.date.today().year, 10, 15),
        goals="Lắp 270 bóng đèn trên 10.700 m đường thôn",
        content="Vận động Nhân dân đóng góp tiền và ngày công",
        indicators=[IndicatorInput("DEN_CHIEU_SANG", "", "", Decimal(270))],
    )


def run_self_test(
    folder: Path | None = None, *, extra: Callable[[SelfTestResult, Path], None] | None = None
) -> SelfTestResult:
    """Run every step in ``folder`` (default: a temporary folder, removed afterwards).

    ``extra(result, upper_workspace)`` runs last, before the folder goes (the GUI's checks of
    its window on the workspace that received the package). Raises SelfTestError (or the
    error of the failing step) when something is wrong.
    """
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="dvk-self-test-") as tmp:
            return run_self_test(Path(tmp), extra=extra)
    result = SelfTestResult(folder=folder)
    usb = folder / "usb"
    usb.mkdir(parents=True, exist_ok=True)
    with _step(result, "migrations"):
        commune = init_workspace(folder / "xa", unit_code=COMMUNE)
        upper = init_workspace(folder / "thanh-pho", unit_code=UPPER)
    try:
        with _step(result, "model"):
            with commune.sessions() as session, session.begin():
                directory.add_village(session, "Bình Sa")
                directory.add_organisation(session, "Đoàn Thanh niên xã", OrgType.YOUTH_UNION)
            uuid = models.create_model(commune, _registration(commune))
            models.change_status(commune, uuid, Status.IMPLEMENTING)
        with _step(result, "form"):
            pdf = folder / "phieu-dang-ky.pdf"
            reporting.print_registration_forms(commune, [uuid], pdf)
            _expect(pdf.read_bytes()[:5] == b"%PDF-", "phiếu đăng ký không phải tệp PDF")
        with _step(result, "keys"):
            c_info = workspace_keys.create_key(commune, _PASSPHRASE)
            u_info = workspace_keys.create_key(upper, _PASSPHRASE)
            workspace_keys.export_enrolment(commune, _PASSPHRASE, usb)
            workspace_keys.export_enrolment(upper, _PASSPHRASE, usb)
            workspace_keys.enrol_unit(
                upper,
                usb / f"dang-ky-khoa-{COMMUNE}.json",
                relation="child",
                confirmed_fingerprint=c_info.fingerprint,
            )
            workspace_keys.enrol_unit(
                commune,
                usb / f"dang-ky-khoa-{UPPER}.json",
                relation="parent",
                confirmed_fingerprint=u_info.fingerprint,
            )
        with _step(result, "export"):
            exported = exchange.export_package(commune, usb, passphrase=_PASSPHRASE, encrypt=True)
        with _step(result, "verify"):
            check = exchange.verify_package(upper, exported.path, passphrase=_PASSPHRASE)
            _expect(check.ok, "gói vừa xuất không qua được kiểm tra: " + "; ".join(check.problems))
        with _step(result, "import"):
            imported = exchange.import_package(upper, exported.path, passphrase=_PASSPHRASE)
            _expect(
                imported.status == "imported" and imported.created >= 1,
                f"nhập gói cho kết quả “{imported.status}”",
            )
    finally:
        commune.close()
        upper.close()
    if extra is not None:
        extra(result, folder / "thanh-pho")
    return result
