"""The bundled Liberation Serif family (Times New Roman metrics), registered once with ReportLab."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dvk_desktop.resources import resource_path

SERIF = "DVKSerif"
SERIF_BOLD = "DVKSerif-Bold"
SERIF_ITALIC = "DVKSerif-Italic"
SERIF_BOLD_ITALIC = "DVKSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the serif family (idempotent, thread-safe) and return the regular font name.

    TrueType fonts are always embedded (as subsets) by ReportLab, so every PDF carries the glyphs
    it uses and prints the same on any machine.
    """
    global _registered
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
            for bold, italic, name in (
                (0, 0, SERIF),
                (1, 0, SERIF_BOLD),
                (0, 1, SERIF_ITALIC),
                (1, 1, SERIF_BOLD_ITALIC),
            ):
                addMapping(SERIF, bold, italic, name)
            _registered = True
    return SERIF


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` set in a registered font."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))
