"""Compile ui/*.ui into dvk_desktop/gui/forms/ and refresh the English translation (.ts, .qm).

Usage:
    python ui/compile.py                 # regenerate the committed forms
    python ui/compile.py --out DIR       # write the forms elsewhere (the drift test uses this)
    python ui/compile.py --translations  # update resources/translations/dvk_en.ts, qt_vi.ts, .qm

Translations: Vietnamese is the source language. pyside6-lupdate collects tr() strings from
the GUI code and the .ui files; the enum labels and indicator catalogue (Vietnamese data in the
core) are added under the "Vocab" and "Catalogue" contexts; English texts come from
resources/translations/en_strings.json (source text -> English), so the .ts can be regenerated
at any time without losing work; pyside6-lrelease then writes dvk_en.qm, loaded at startup.

Qt's own texts (file dialog, OK/Cancel, the text-field menu…) are English, and Qt ships no
Vietnamese translation: qt_vi.ts is built from resources/translations/qt_vi_strings.json
("Context::English source" -> Vietnamese) for the contexts in QT_CONTEXTS, and checked against
the source texts of a translation Qt does ship (so a string Qt adds shows up as untranslated).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "dvk_desktop" / "gui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
HEADER = (
    "# Generated from ui/{name} by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.\n"
)
VERSION_MARKER = "Created by: Qt User Interface Compiler version"


def _tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (the 'gui' extra).")
    return found


def compile_forms(out_dir: Path = FORMS_DIR) -> list[Path]:
    """Run pyside6-uic on every .ui file; return the generated files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    init.write_text(
        '"""Python forms generated from ui/*.ui by ui/compile.py: do not edit."""\n',
        encoding="utf-8",
    )
    written = [init]
    uic = _tool("pyside6-uic")
    for source in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{source.stem}.py"
        result = subprocess.run(
            [uic, "-g", "python", str(source)],
            check=True,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        code = prune_imports(result.stdout.replace("\r\n", "\n"))
        target.write_text(HEADER.format(name=source.name) + code, encoding="utf-8", newline="\n")
        written.append(target)
    return written


_IMPORT = re.compile(r"^from (PySide6\.\w+) import (?:\(([^)]*)\)|([^\n]+))\n", re.MULTILINE)


def prune_imports(code: str) -> str:
    """Keep only the Qt names the form uses.

    uic imports some forty classes per form; PySide6 initialises each class the first time it
    is imported, which cost about 75 ms before the main window could paint.
    """
    body = "\n".join(
        line for line in _IMPORT.sub("", code).splitlines() if not line.startswith("#")
    )
    used = set(re.findall(r"\b\w+\b", body))

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in (match.group(2) or match.group(3)).split(",")]
        kept = [n for n in names if n and n in used]
        return f"from {match.group(1)} import {', '.join(kept)}\n" if kept else ""

    return _IMPORT.sub(keep, code)


def normalised(text: str) -> str:
    """Generated code without the line naming the uic version (it varies between installs)."""
    return "\n".join(line for line in text.splitlines() if VERSION_MARKER not in line)


def _vocab_messages() -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT))
    from dvk_desktop.domain.indicators import DEFAULT_CATALOGUE
    from dvk_desktop.domain.lifecycle import TRANSITIONS
    from dvk_desktop.domain.vocab import _LABELS

    vocab = sorted({label for labels in _LABELS.values() for label in labels.values()})
    catalogue = sorted(
        {d.name for d in DEFAULT_CATALOGUE}
        | {d.unit for d in DEFAULT_CATALOGUE}
        | {d.group for d in DEFAULT_CATALOGUE}
    )
    from dvk_desktop.domain.readiness import edit_lock_reason
    from dvk_desktop.domain.vocab import Status

    verbs = sorted({t.verb for t in TRANSITIONS})
    locks = sorted({r for s in Status if (r := edit_lock_reason(s))})
    return {"Vocab": vocab, "Catalogue": catalogue, "Lifecycle": verbs, "Readiness": locks}


# Qt's contexts whose texts a user of DVK Desktop meets.
QT_CONTEXTS = (
    "QPlatformTheme", "QDialogButtonBox", "QMessageBox", "QLineEdit", "QWidgetTextControl",
    "QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider", "QWizard", "QInputDialog",
    "QProgressDialog", "QAbstractSpinBox", "QScrollBar", "QUnicodeControlCharacterMenu",
    "QComboBox", "QTabBar", "QGnomeTheme", "CloseButton",
)  # fmt: skip


def qm_messages(path: Path) -> list[tuple[str, str]]:
    """(context, source text) of every message of a compiled Qt translation (.qm).

    The format is Qt's (qtbase/src/corelib/kernel/qtranslator.cpp): a magic number, then
    tagged sections; the messages section holds tagged fields, ended by tag 1.
    """
    data = path.read_bytes()
    found: list[tuple[str, str]] = []
    pos = 16
    while pos + 5 <= len(data):
        tag, length = data[pos], int.from_bytes(data[pos + 1 : pos + 5], "big")
        pos += 5
        if tag == 0x69:  # messages
            cur, end, fields = pos, pos + length, {}
            while cur < end:
                field = data[cur]
                cur += 1
                if field == 1:  # end of one message
                    if "src" in fields:
                        found.append((fields.get("ctx", ""), fields["src"]))
                    fields = {}
                elif field in (3, 6, 7, 8):  # translation, source, context, comment
                    size = int.from_bytes(data[cur : cur + 4], "big")
                    cur += 4
                    if size != 0xFFFFFFFF:
                        if field != 3:
                            name = {6: "src", 7: "ctx", 8: "cmt"}[field]
                            fields[name] = data[cur : cur + size].decode("utf-8", "replace")
                        cur += size
                elif field == 5:  # obsolete hash
                    cur += 4
        pos += length
    return found


def _qt_reference() -> set[tuple[str, str]]:
    """The source texts of QT_CONTEXTS, read from a translation Qt ships (German, else any)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in [folder / "qtbase_de.qm", *sorted(folder.glob("qtbase_*.qm"))]:
        if path.is_file():
            return {m for m in qm_messages(path) if m[0] in QT_CONTEXTS}
    return set()


def update_qt_translation() -> list[str]:
    """Write qt_vi.ts from qt_vi_strings.json, compile qt_vi.qm; return what is untranslated."""
    strings: dict[str, str] = json.loads(
        (TRANSLATIONS / "qt_vi_strings.json").read_text(encoding="utf-8")
    )
    wanted = {tuple(key.split("::", 1)) for key in strings} | _qt_reference()
    root = ET.Element("TS", version="2.1", language="vi", sourcelanguage="en")
    missing: list[str] = []
    for cname in sorted({c for c, _ in wanted}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = cname
        for _, source in sorted(m for m in wanted if m[0] == cname):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            vietnamese = strings.get(f"{cname}::{source}")
            if vietnamese is None:
                missing.append(f"{cname}: {source}")
                translation.set("type", "unfinished")
            translation.text = vietnamese or ""
    tree = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    ts_path = TRANSLATIONS / "qt_vi.ts"
    with open(ts_path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_path), "-qm", str(TRANSLATIONS / "qt_vi.qm")],
        check=True,
        capture_output=True,
    )
    for line in missing:
        print("untranslated:", line)
    print(f"{ts_path.relative_to(ROOT)}: {len(missing)} untranslated")
    return missing


def update_translations() -> int:
    """Refresh dvk_en.ts from the sources, fill it from en_strings.json, compile dvk_en.qm."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts_path = TRANSLATIONS / "dvk_en.ts"
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "dvk_desktop" / "gui").rglob("*.py")
        if "forms" not in p.parts
    ) + sorted(str(p.relative_to(ROOT)) for p in UI_DIR.glob("*.ui"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-source-language", "vi",
            "-target-language", "en",
            "-no-obsolete",
            "-locations", "none",
            "-ts", str(ts_path),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )  # fmt: skip
    strings: dict[str, str | list[str]] = json.loads(
        (TRANSLATIONS / "en_strings.json").read_text(encoding="utf-8")
    )
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for name, texts in _vocab_messages().items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.findtext("source") for m in context.findall("message")}
        for text in texts:
            if text not in present:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = text
                ET.SubElement(message, "translation").text = ""
    missing: list[str] = []
    for context in root.findall("context"):
        cname = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            english = strings.get(f"{cname}::{source}", strings.get(source))
            for child in list(translation):
                translation.remove(child)
            numerus = message.get("numerus") == "yes"
            if english is None or numerus != isinstance(english, list):
                missing.append(f"{cname}: {source}")
                translation.set("type", "unfinished")
                translation.text = ""
                continue
            translation.attrib.pop("type", None)
            if numerus:
                # English has two plural forms: singular and plural.
                translation.text = None
                for form in english:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = english
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_path), "-qm", str(TRANSLATIONS / "dvk_en.qm")],
        check=True,
        capture_output=True,
    )
    for line in missing:
        print("untranslated:", line)
    print(f"{ts_path.relative_to(ROOT)}: {len(missing)} untranslated")
    qt_missing = update_qt_translation()
    return 1 if missing or qt_missing else 0


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FORMS_DIR)
    parser.add_argument("--translations", action="store_true")
    args = parser.parse_args()
    if args.translations:
        return update_translations()
    for path in compile_forms(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
