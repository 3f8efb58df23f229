"""Page layout of official documents: A4, NĐ 30/2020 margins, styles, page numbers from page 2."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from dvk_desktop.domain.vocab import DocStyle
from dvk_desktop.reports.pdf.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from dvk_desktop.storage.atomic import atomic_writer


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres (default 20/20/30/15: valid under NĐ 30 and HD 36)."""

    top: float = 20
    bottom: float = 20
    left: float = 30
    right: float = 15


@dataclass(frozen=True)
class DocInfo:
    """Metadata written into the PDF."""

    title: str
    subject: str = ""
    author: str = "DVK Desktop"
    keywords: str = ""


def para_text(text: str) -> str:
    """Escape user text for a ReportLab paragraph, keeping its line breaks."""
    return escape(text).replace("\n", "<br/>")


# NĐ 30/2020 and HD 36: at least 6 pt between paragraphs ("cách đoạn tối thiểu 6pt").
PARAGRAPH_SPACE = 6


class Styles:
    """The paragraph styles of official documents (sizes of NĐ 30 / HD 36)."""

    def __init__(
        self,
        body_size: float = 13,
        *,
        title_size: float | None = None,
        subtitle_size: float | None = None,
    ) -> None:
        register_fonts()
        lead = body_size * 1.25
        self.body_size = body_size
        # Signature captions and names: 14 pt under HD 36, 13 pt (of 13–14) under NĐ 30.
        self.signature_size = 14.0 if body_size >= 14 else 13.0
        self.body = ParagraphStyle(
            "body",
            fontName=SERIF,
            fontSize=body_size,
            leading=lead,
            alignment=TA_JUSTIFY,
            spaceBefore=0,
            spaceAfter=PARAGRAPH_SPACE,
            firstLineIndent=0,
        )
        self.indented = ParagraphStyle("indented", parent=self.body, firstLineIndent=10 * mm)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=0)
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=SERIF_BOLD,
            spaceBefore=PARAGRAPH_SPACE,
            alignment=TA_LEFT,
            keepWithNext=1,
        )
        title = title_size or body_size + 1
        self.title = ParagraphStyle(
            "title",
            parent=self.body,
            fontName=SERIF_BOLD,
            fontSize=title,
            leading=title * 1.25,
            alignment=TA_CENTER,
            spaceBefore=10,
            spaceAfter=0,
        )
        subtitle = subtitle_size or body_size
        self.subtitle = ParagraphStyle(
            "subtitle",
            parent=self.title,
            fontSize=subtitle,
            leading=subtitle * 1.25,
            spaceBefore=0,
        )
        self.centre = ParagraphStyle("centre", parent=self.body, alignment=TA_CENTER)
        self.centre_bold = ParagraphStyle("centre_bold", parent=self.centre, fontName=SERIF_BOLD)
        self.centre_italic = ParagraphStyle(
            "centre_italic", parent=self.centre, fontName=SERIF_ITALIC
        )
        self.cell = ParagraphStyle(
            "cell",
            parent=self.body,
            fontSize=body_size - 1,
            leading=(body_size - 1) * 1.2,
            alignment=TA_LEFT,
            spaceAfter=0,
        )
        self.cell_centre = ParagraphStyle("cell_centre", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=2)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell_centre, fontName=SERIF_BOLD)
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=11, leading=13, alignment=TA_LEFT, spaceAfter=0
        )
        self.small_italic = ParagraphStyle("small_italic", parent=self.small, fontName=SERIF_ITALIC)

    @classmethod
    def for_doc(cls, style: DocStyle) -> Styles:
        """The styles of a document in ``style``'s layout.

        HD 36 sets a Party document's type in 15–16 pt, its trích yếu in 14–15 pt and its body
        in 14–15 pt; NĐ 30 a State document's type in 13–14 pt and its body in 13–14 pt.
        """
        if style is DocStyle.PARTY:
            return cls(14, title_size=15, subtitle_size=14)
        return cls()

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain user text (escaped) in ``style`` (body by default)."""
        return Paragraph(para_text(text), style or self.body)

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of trusted ReportLab markup (``<b>``, ``<i>``…)."""
        return Paragraph(markup, style or self.body)


class SectionStart(Flowable):  # type: ignore[misc]
    """Marks the first page of a document inside a batch: page numbers restart after it."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take no space."""
        return 0, 0

    def draw(self) -> None:
        """Draw nothing."""


class OfficialDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 document with official margins and the page number centred in the top margin."""

    def __init__(
        self,
        target: Any,
        info: DocInfo,
        *,
        margins: Margins = Margins(),
        is_landscape: bool = False,
        page_number_size: float = 13,
    ) -> None:
        register_fonts()
        pagesize = landscape(A4) if is_landscape else A4
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=margins.left * mm,
            rightMargin=margins.right * mm,
            topMargin=margins.top * mm,
            bottomMargin=margins.bottom * mm,
            title=info.title,
            subject=info.subject,
            author=info.author,
            keywords=info.keywords,
            creator="DVK Desktop",
            producer="DVK Desktop (ReportLab)",
            lang="vi",
            # A canvas starts in Helvetica by default, which would put an unembedded base-14
            # font in the file; starting in our own font keeps every font of the PDF embedded.
            initialFontName=SERIF,
            initialFontSize=13,
        )
        self.section_start = 1
        self._number_size = page_number_size
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._page_end)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's hook name
        """Remember where each document of a batch starts."""
        if isinstance(flowable, SectionStart):
            self.section_start = self.page

    def _page_end(self, canv: Any, doc: Any) -> None:
        number = canv.getPageNumber() - self.section_start + 1
        if number < 2:  # NĐ 30: no number on the first page
            return
        canv.saveState()
        canv.setFont(SERIF, self._number_size)
        top = self.pagesize[1]
        canv.drawCentredString(
            self.leftMargin + self.width / 2,
            top - self.topMargin / 2 - self._number_size / 3,
            str(number),
        )
        canv.restoreState()


def content_width(margins: Margins = Margins(), *, is_landscape: bool = False) -> float:
    """Width in points between the left and right margins of an A4 page."""
    page = landscape(A4) if is_landscape else A4
    return float(page[0] - (margins.left + margins.right) * mm)


def build_pdf(
    out_path: Path,
    story: Sequence[Flowable],
    info: DocInfo,
    *,
    margins: Margins = Margins(),
    is_landscape: bool = False,
) -> int:
    """Lay out ``story`` and write the PDF atomically to ``out_path``; return the page count."""
    with atomic_writer(out_path) as fh:
        doc = OfficialDocTemplate(fh, info, margins=margins, is_landscape=is_landscape)
        doc.build(list(story))
        return int(doc.page)
