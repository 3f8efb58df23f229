"""Old and new text side by side as HTML, the words taken out and put in marked."""

from __future__ import annotations

import html
import re
from difflib import SequenceMatcher

from dvk_desktop.domain.ownership import FieldChange

OLD_CELL, NEW_CELL = "#fbe9eb", "#e8f3ee"  # the sides: pale red (as reviewed), pale green
GONE = "background:#f1aeb5;text-decoration:line-through;"
ADDED = "background:#a3cfbb;font-weight:bold;"
# Words, spaces and each punctuation mark apart: "Bình;" is the word "Bình" and a semicolon.
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")
MAX_TOKENS = 5000  # longer texts (never in a registration) are shown whole, not word by word


def _text(tokens: list[str]) -> str:
    return html.escape("".join(tokens)).replace("\n", "<br>")


def mark_words(old: str, new: str) -> tuple[str, str]:
    """``old`` and ``new`` as HTML: words only in old struck through, words only in new bold."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    if not a or not b or len(a) + len(b) > MAX_TOKENS:
        return _text(a), _text(b)  # all new or all gone: the cell's colour says it already
    left: list[str] = []
    right: list[str] = []
    for tag, i1, i2, j1, j2 in _runs(a, SequenceMatcher(None, a, b, autojunk=False)):
        if tag == "equal":
            left.append(_text(a[i1:i2]))
            right.append(_text(b[j1:j2]))
            continue
        if i2 > i1:
            left.append(f"<span style='{GONE}'>{_text(a[i1:i2])}</span>")
        if j2 > j1:
            right.append(f"<span style='{ADDED}'>{_text(b[j1:j2])}</span>")
    return "".join(left), "".join(right)


def _runs(a: list[str], matcher: SequenceMatcher[str]) -> list[tuple[str, int, int, int, int]]:
    """The matcher's steps, a change spanning the spaces between its words ("270 bóng đèn")."""
    ops = matcher.get_opcodes()
    out: list[tuple[str, int, int, int, int]] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" and 0 < n < len(ops) - 1 and not "".join(a[i1:i2]).strip():
            tag = "replace"  # only a space between two changes: part of the change
        if tag != "equal" and out and out[-1][0] != "equal":
            _tag, start_a, _end_a, start_b, _end_b = out[-1]
            out[-1] = ("replace", start_a, i2, start_b, j2)
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def compare_html(lines: list[tuple[str, FieldChange]], heads: tuple[str, str, str]) -> str:
    """A three-column table (what, old, new) of ``(label, change)`` rows, words marked."""
    e = html.escape
    rows = [
        "<tr>" + "".join(f"<th align='left' bgcolor='#e9ecef'>{e(h)}</th>" for h in heads) + "</tr>"
    ]
    for label, line in lines:
        old, new = mark_words(line.old, line.new)
        rows.append(
            f"<tr><td width='18%'><b>{e(label)}</b></td>"
            f"<td width='41%' bgcolor='{OLD_CELL}'>{old or '—'}</td>"
            f"<td width='41%' bgcolor='{NEW_CELL}'>{new or '—'}</td></tr>"
        )
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='6' "
        "style='border-collapse:collapse;border-color:#ced4da'>" + "".join(rows) + "</table>"
    )
