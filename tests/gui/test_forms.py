"""Designer forms compile, and the committed generated forms match their .ui sources."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget, QWizard

ROOT = Path(__file__).resolve().parents[2]


def _compile_module():
    spec = importlib.util.spec_from_file_location("ui_compile", ROOT / "ui" / "compile.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ui_compile"] = module
    spec.loader.exec_module(module)
    return module


def test_committed_forms_are_up_to_date(tmp_path):
    compiler = _compile_module()
    fresh = compiler.compile_forms(tmp_path)
    committed = ROOT / "dvk_desktop" / "gui" / "forms"
    names = sorted(p.name for p in fresh)
    assert names == sorted(p.name for p in committed.glob("*.py"))
    for path in fresh:
        assert compiler.normalised(path.read_text(encoding="utf-8")) == compiler.normalised(
            (committed / path.name).read_text(encoding="utf-8")
        ), f"{path.name} is stale: run python ui/compile.py"


def test_every_form_sets_up(qtbot):
    compiler = _compile_module()
    del compiler
    bases = {"QMainWindow": QMainWindow, "QDialog": QDialog, "QWizard": QWizard}
    for path in sorted((ROOT / "dvk_desktop" / "gui" / "forms").glob("ui_*.py")):
        module = importlib.import_module(f"dvk_desktop.gui.forms.{path.stem}")
        form_class = next(v for k, v in vars(module).items() if k.startswith("Ui_"))
        source = (ROOT / "ui" / f"{path.stem[3:]}.ui").read_text(encoding="utf-8")
        base = next(
            (
                cls
                for name, cls in bases.items()
                if f'class="{name}"' in source.split("<widget", 2)[1][:40]
            ),
            QWidget,
        )
        widget = base()
        qtbot.addWidget(widget)
        form = form_class()
        form.setupUi(widget)


def test_designer_object_names_are_snake_case():
    import re
    import xml.etree.ElementTree as ET

    pattern = re.compile(r"^[a-z][a-z0-9_]*$")
    for path in sorted((ROOT / "ui").glob("*.ui")):
        root = ET.parse(path).getroot()
        top = root.find("widget")
        for element in root.iter():
            name = element.get("name")
            if (
                element is top
                or name is None
                or element.tag not in ("widget", "layout", "action", "spacer")
            ):
                continue
            assert pattern.match(name), f"{path.name}: {name}"
