"""Every interface string marked for translation reaches the English catalogue."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.widgets.feedback import feedback_html

ROOT = Path(__file__).resolve().parents[2]


def _marked_strings() -> list[tuple[str, int, str]]:
    """Literal texts of tr("…") and translate("context", "…") calls in the interface code."""
    found = []
    for path in sorted((ROOT / "dvk_desktop" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((str(path.relative_to(ROOT)), node.lineno, arg.value))
    return found


def test_every_marked_string_is_in_the_english_catalogue():
    # pyside6-lupdate does not look inside f-strings: a tr() there stayed Vietnamese in English.
    ts = ET.parse(ROOT / "resources" / "translations" / "dvk_en.ts").getroot()
    sources = {m.findtext("source") for m in ts.iter("message")}
    marked = _marked_strings()
    assert len(marked) > 1000
    assert [m for m in marked if m[2] not in sources] == []


def test_the_review_summary_reads_in_english(english, demo):
    from dvk_desktop.services.feedback import model_feedback

    html = feedback_html(model_feedback(demo, "MH-2026-001"))
    assert "Chưa có" not in html and "Thẩm định" not in html
    assert tr("Chưa có phiếu chấm điểm.") in html and "No " in html


def test_the_programs_own_remark_is_translated_and_a_clerks_is_not(english):
    from dvk_desktop.gui.i18n import marked
    from dvk_desktop.services.audit import actor_text
    from dvk_desktop.services.review_log import RECEIVED_NOTE, note_text

    stored = str(RECEIVED_NOTE)  # what the database holds after an import
    assert marked(note_text(stored)) == "Recognition proposal received in a data package."
    assert marked(note_text("Đạt")) == "Đạt"  # a clerk's word, though the catalogue has it
    assert marked(actor_text("gói 20195#1")) == "package 20195#1"
    assert marked(actor_text("Trần Văn Tư")) == "Trần Văn Tư"
