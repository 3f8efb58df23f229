"""QR codes on printed forms: the model's uuid, version and SHA-256 of its registration content."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import segno
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from dvk_desktop.domain.text import nfc
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

PAYLOAD_PREFIX = "DVK-MH2"  # upper case with ":" so the code is in QR's alphanumeric mode
LEGACY_PREFIX = "DVK-MH1"  # "DVK-MH1|uuid|version|sha256" on papers printed before
MASK = 4
QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)
# 0.9 mm modules: 3.5 pixels each in a 100 dpi scan, where 0.5 mm (2 pixels) no longer
# survives a scanner's blur.
MODULE = 0.9 * mm
# Keys that change without a new version of the registration (lifecycle, scoring, timestamps);
# leaving them out keeps a signed paper matching its record until the registration is edited.
VOLATILE_KEYS = frozenset({"status", "score", "grade", "updated_at"})


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value != 0 else "0"
    raise TypeError(f"not serialisable in canonical JSON: {type(value).__name__}")


def _normalise(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, Mapping):
        return {nfc(str(k)): _normalise(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_normalise(v) for v in value]
    return value


def canonical_json(snapshot: Mapping[str, Any]) -> bytes:
    """The registration content as canonical JSON: NFC text, sorted keys, no spaces, UTF-8.

    Volatile keys (status, score, grade, updated_at) are left out.
    """
    content = {k: v for k, v in snapshot.items() if k not in VOLATILE_KEYS}
    text = json.dumps(
        _normalise(content),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=_default,
    )
    return text.encode("utf-8")


def content_hash(snapshot: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of :func:`canonical_json` of a model snapshot."""
    return hashlib.sha256(canonical_json(snapshot)).hexdigest()


@dataclass(frozen=True)
class FormStamp:
    """What the QR code of a printed form carries."""

    uuid: str
    version: int
    sha256: str

    @property
    def payload(self) -> str:
        """The QR text: ``DVK-MH2:<UUID>:<version>:<SHA256>`` (upper case: alphanumeric mode).

        Alphanumeric mode packs 5.5 bits a character instead of 8, so the same content fits a
        smaller symbol (version 5 instead of 7) whose modules can be larger.
        """
        return f"{PAYLOAD_PREFIX}:{self.uuid.upper()}:{self.version}:{self.sha256.upper()}"

    @property
    def short(self) -> str:
        """The first 16 hex digits of the hash, printed under the code for reading by eye."""
        return self.sha256[:16]

    def typed_code(self, code: str) -> str:
        """The code a person types when the QR cannot be scanned: ``MH-2026-012/1/C0C2 D422…``."""
        digits = self.short.upper()
        return f"{code}/{self.version}/{' '.join(digits[i : i + 4] for i in range(0, 16, 4))}"


def stamp_for(snapshot: Mapping[str, Any]) -> FormStamp:
    """The stamp of a model snapshot (as returned by ``services.models.get_model``)."""
    return FormStamp(str(snapshot["uuid"]), int(snapshot["version"]), content_hash(snapshot))


_HEX = frozenset("0123456789abcdef")


def parse_payload(text: str) -> FormStamp:
    """Read a scanned QR text back into a stamp; raise ValidationError if it is not ours."""
    raw = text.strip()
    if raw.upper().startswith(PAYLOAD_PREFIX + ":"):
        parts = raw.split(":")
    elif raw.startswith(LEGACY_PREFIX + "|"):
        parts = raw.split("|")
    else:
        raise ValidationError(_t("Mã QR không phải của phiếu đăng ký DVK Desktop."))
    if len(parts) != 4:
        raise ValidationError(_t("Mã QR bị hỏng hoặc không đầy đủ."))
    _, uuid, version, digest = (p.strip().lower() for p in parts)
    if not version.isdigit() or len(digest) != 64 or not set(digest) <= _HEX:
        raise ValidationError(_t("Mã QR bị hỏng hoặc không đầy đủ."))
    return FormStamp(uuid, int(version), digest)


@dataclass(frozen=True)
class TypedCode:
    """The check code typed from a paper: model code, version, first 16 hex digits of the hash."""

    code: str
    version: int
    short: str


def parse_typed_code(text: str) -> TypedCode:
    """Read ``MH-2026-012/1/C0C2 D422 C885 B4F2`` (spaces, case and "·" do not matter)."""
    parts = [p.strip() for p in text.replace("·", "/").split("/")]
    if len(parts) != 3 or not parts[0]:
        raise ValidationError(
            _t("Mã kiểm tra “{strip}” không đúng dạng.", strip=text.strip()),
            hint=_t(
                "Gõ đúng dòng “Mã kiểm tra” in dưới mã QR, ví dụ MH-2026-012/1/C0C2 D422 "
                "C885 B4F2.",
            ),
        )
    code, version, digits = parts
    digits = "".join(digits.split()).lower()
    if not version.isdigit() or len(digits) != 16 or not set(digits) <= _HEX:
        raise ValidationError(
            _t("Mã kiểm tra “{strip}” không đúng dạng.", strip=text.strip()),
            hint=_t(
                "Sau mã mô hình là số phiên bản và 16 chữ số, chữ cái A–F của mã kiểm tra.",
            ),
        )
    return TypedCode(code.upper(), int(version), digits)


class QRFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector squares (crisp at any print resolution, no image needed).

    The flowable includes the standard quiet zone of four light modules on every side: give
    either its whole ``size`` or the ``module`` size (the flowable is then as large as needed).
    """

    def __init__(
        self,
        payload: str,
        size: float | None = None,
        *,
        module: float | None = None,
        error: str = "m",
    ) -> None:
        super().__init__()
        self.payload = payload
        # A fixed mask pattern: choosing the "best" of eight costs ~20 ms per code (most of a
        # batch's time) and any mask scans reliably at this size.
        self._matrix = segno.make(payload, error=error, micro=False, mask=MASK).matrix
        modules = len(self._matrix) + 2 * QUIET_ZONE
        self.size = size if size is not None else modules * (module or MODULE)
        self.module = self.size / modules
        self.width = self.height = self.size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The code is a fixed square."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw the dark modules as one filled path (one rectangle per run of a row)."""
        step = self.module
        canv = self.canv
        canv.setFillColorRGB(0, 0, 0)
        path = canv.beginPath()
        for r, row in enumerate(self._matrix):
            y = self.size - (r + QUIET_ZONE + 1) * step
            c, width = 0, len(row)
            while c < width:
                if row[c]:
                    start = c
                    while c < width and row[c]:
                        c += 1
                    path.rect((start + QUIET_ZONE) * step, y, (c - start) * step, step)
                else:
                    c += 1
        canv.drawPath(path, stroke=0, fill=1)
