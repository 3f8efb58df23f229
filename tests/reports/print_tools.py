"""Measuring printed pages as a reviewer does: text lines and sizes from pdftotext -bbox, scans."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFilter

from tests.reports.tools import Word, render_png, words

# A word box from poppler for Liberation Serif is 0.893 em high (measured on known sizes).
EM_PER_BOX = 1 / 0.893


@dataclass(frozen=True)
class Line:
    """Words on one text line of a page (same page, same top within half a point)."""

    page: int
    y0: float
    y1: float
    x0: float
    x1: float
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        """The line's words joined by spaces, left to right."""
        return " ".join(w.text for w in sorted(self.words, key=lambda w: w.x0))

    @property
    def size(self) -> float:
        """The font size in points, from the height of the line's word boxes."""
        return max(w.y1 - w.y0 for w in self.words) * EM_PER_BOX


def lines(pdf: Path, *, x_min: float = 0, x_max: float = 10_000) -> list[Line]:
    """Text lines of the PDF (optionally of one column), in reading order."""
    placed, _ = words(pdf)
    out: list[Line] = []
    for w in sorted(placed, key=lambda w: (w.page, round(w.y0, 1), w.x0)):
        if not x_min <= w.x0 < x_max:
            continue
        last = out[-1] if out else None
        if last and last.page == w.page and abs(last.y0 - w.y0) < 0.6 and w.x0 - last.x1 < 40:
            out[-1] = Line(
                w.page,
                min(last.y0, w.y0),
                max(last.y1, w.y1),
                last.x0,
                max(last.x1, w.x1),
                (*last.words, w),
            )
        else:
            out.append(Line(w.page, w.y0, w.y1, w.x0, w.x1, (w,)))
    return out


def first_line(found: list[Line], starts: str) -> Line:
    """The first line whose text starts with ``starts``."""
    return next(line for line in found if line.text.startswith(starts))


def scanned(pdf: Path, page: int, tmp: Path, *, dpi: int = 100) -> Path:
    """The page as a 100 dpi office scan: grey, the optics' blur, 1° skew, JPEG at quality 70."""
    [png] = render_png(pdf, tmp / f"scan-{page}", dpi=dpi, first=page, last=page)
    image = Image.open(png).convert("L")
    image = image.filter(ImageFilter.GaussianBlur(1.0))
    image = image.rotate(1.0, resample=Image.Resampling.BILINEAR, fillcolor=255, expand=True)
    out = tmp / f"scan-{page}.jpg"
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=70)
    out.write_bytes(buf.getvalue())
    return out
