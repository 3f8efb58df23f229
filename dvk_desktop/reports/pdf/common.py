"""Pieces shared by the PDF documents: grid tables and dotted blanks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from dvk_desktop.reports.pdf.fonts import SERIF
from dvk_desktop.reports.pdf.layout import Styles, para_text

DOTS = "…………………………………"


def or_dots(text: str) -> str:
    """The text, or a dotted line to fill in by hand when it is empty."""
    return text if text.strip() else DOTS


# A table's title with less than this left below it starts the next page: room for the title,
# a two-line header and a row or two, so a title never ends a page above nothing of its own.
TITLE_ROOM = 30 * mm


def table_title(styles: Styles, title: str, note: str = "") -> list[Flowable]:
    """A table's bold title (and a plain note after it), on the next page when this one is full."""
    text = f"<b>{para_text(title)}</b>" + (f" {para_text(note)}" if note else "")
    return [CondPageBreak(TITLE_ROOM), styles.markup(text, styles.body)]


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: Styles,
    *,
    align: Sequence[str] | None = None,
    bold_rows: Sequence[int] = (),
    total_rows: Sequence[int] = (),
) -> Table:
    """A bordered table with a bold header row repeated on every page.

    Cells may be text (escaped and wrapped) or flowables; ``align`` gives each column's
    alignment ("L", "C" or "R"); ``bold_rows`` are indexes into ``rows`` printed in bold.
    ``total_rows`` (indexes into ``rows``) are bold too and never start a page: a total
    alone under the repeated header reads as a table of its own, so the row before it
    and every row after it go over with it.
    """
    bold_rows = [*bold_rows, *total_rows]
    align = align or ["L"] * len(header)
    by_align = {"L": styles.cell, "C": styles.cell_centre, "R": styles.cell_right}
    data: list[list[Any]] = [[Paragraph(para_text(h), styles.cell_bold) for h in header]]
    for i, row in enumerate(rows):
        out_row: list[Any] = []
        for j, value in enumerate(row):
            if isinstance(value, Flowable):
                out_row.append(value)
                continue
            text = para_text("" if value is None else str(value))
            if i in bold_rows:
                text = f"<b>{text}</b>"
            out_row.append(Paragraph(text, by_align[align[j]]))
        data.append(out_row)
    table = Table(data, colWidths=list(widths), repeatRows=1)
    # Data row i is table row i + 1 (after the header): no page break from the row before a
    # total to the end of the table. ReportLab splits higher up instead, header repeated.
    keep = [("NOSPLIT", (0, min(total_rows)), (-1, -1))] if total_rows else []
    table.setStyle(
        TableStyle(
            [
                *keep,
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ]
        )
    )
    return table
