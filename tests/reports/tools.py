"""Helpers that run the real poppler and LibreOffice tools on generated files."""

from __future__ import annotations

import csv
import html
import os
import re
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path


def pdftotext(pdf: Path, *, layout: bool = False, skip_top: int = 0) -> str:
    """The text of a PDF, as NFC (``skip_top`` points cut off the top of each page)."""
    crop = ["-x", "0", "-y", str(skip_top), "-W", "2000", "-H", "2000"] if skip_top else []
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), *crop, str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
    return unicodedata.normalize("NFC", out)


def squash(text: str) -> str:
    """Text without any whitespace (line breaks differ between layout and extraction)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    """Fonts of a PDF as reported by pdffonts: name, type, emb, sub, uni."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: read the yes/no flags from the right.
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_count(pdf: Path) -> int:
    """Number of pages (pdfinfo)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))  # type: ignore[union-attr]


def page_size(pdf: Path) -> tuple[float, float]:
    """Width and height of page 1 in points."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", out.stdout)
    assert m
    return float(m[1]), float(m[2])


@dataclass(frozen=True)
class Word:
    """A word placed on a page (points, origin top-left)."""

    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def words(pdf: Path) -> tuple[list[Word], tuple[float, float]]:
    """Every word with its box (pdftotext -bbox) and the page size."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True)
    text = out.stdout.decode("utf-8")
    result: list[Word] = []
    size = (0.0, 0.0)
    for page_no, page in enumerate(re.findall(r"<page (.*?)</page>", text, re.S), 1):
        m = re.match(r'width="([\d.]+)" height="([\d.]+)"', page)
        assert m
        size = (float(m[1]), float(m[2]))
        for x0, y0, x1, y1, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            result.append(
                Word(page_no, html.unescape(w), float(x0), float(y0), float(x1), float(y1))
            )
    return result, size


def render_png(
    pdf: Path, prefix: Path, *, dpi: int = 60, first: int = 1, last: int = 1
) -> list[Path]:
    """Render pages with pdftoppm; return the PNG paths."""
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-f",
            str(first),
            "-l",
            str(last),
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    return sorted(prefix.parent.glob(prefix.name + "*.png"))


def libreoffice_csv(xlsx: Path, out_dir: Path) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as LibreOffice (headless) reads it, converted to CSV."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    # Token 12 = -1: one CSV per sheet, named <file>-<sheet>.csv; UTF-8, formulas as results.
    filt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            filt,
            "--outdir",
            str(out_dir),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=600,
        env={**os.environ, "HOME": str(profile)},
    )
    sheets = {}
    for path in out_dir.glob(f"{xlsx.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            sheets[path.stem[len(xlsx.stem) + 1 :]] = list(csv.reader(fh))
    return sheets


def libreoffice_pdf(xlsx: Path, out_dir: Path) -> Path:
    """The workbook printed to PDF by LibreOffice (headless), every sheet as it would print."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=600,
        env={**os.environ, "HOME": str(profile)},
    )
    return out_dir / f"{xlsx.stem}.pdf"
