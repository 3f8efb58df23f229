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

PAYLOAD_PREFIX = "DVK-MH1"
MASK = 4
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
        """The QR text: ``DVK-MH1|<uuid>|<version>|<sha256>``."""
        return f"{PAYLOAD_PREFIX}|{self.uuid}|{self.version}|{self.sha256}"

    @property
    def short(self) -> str:
        """The first 16 hex digits of the hash, printed under the code for reading by eye."""
        return self.sha256[:16]


def stamp_for(snapshot: Mapping[str, Any]) -> FormStamp:
    """The stamp of a model snapshot (as returned by ``services.models.get_model``)."""
    return FormStamp(str(snapshot["uuid"]), int(snapshot["version"]), content_hash(snapshot))


def parse_payload(text: str) -> FormStamp:
    """Read a scanned QR text back into a stamp; raise ValidationError if it is not ours."""
    parts = text.strip().split("|")
    if len(parts) != 4 or parts[0] != PAYLOAD_PREFIX:
        raise ValidationError("Mã QR không phải của phiếu đăng ký DVK Desktop.")
    _, uuid, version, digest = parts
    if not version.isdigit() or len(digest) != 64:
        raise ValidationError("Mã QR bị hỏng hoặc không đầy đủ.")
    return FormStamp(uuid, int(version), digest)


class QRFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector squares (crisp at any print resolution, no image needed)."""

    def __init__(self, payload: str, size: float = 26 * mm, *, error: str = "m") -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        # A fixed mask pattern: choosing the "best" of eight costs ~20 ms per code (most of a
        # batch's time) and any mask scans reliably at this size.
        self._matrix = segno.make(payload, error=error, micro=False, mask=MASK).matrix
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The code is a fixed square."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw the dark modules as one filled path (one rectangle per run of a row)."""
        modules = len(self._matrix) + 4  # with a 2-module quiet zone
        step = self.size / modules
        canv = self.canv
        canv.setFillColorRGB(0, 0, 0)
        path = canv.beginPath()
        for r, row in enumerate(self._matrix):
            y = self.size - (r + 3) * step
            c, width = 0, len(row)
            while c < width:
                if row[c]:
                    start = c
                    while c < width and row[c]:
                        c += 1
                    path.rect((start + 2) * step, y, (c - start) * step, step)
                else:
                    c += 1
        canv.drawPath(path, stroke=0, fill=1)
