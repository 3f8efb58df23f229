"""The core must never import Qt: checked by import-linter and by a real import in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_the_whole_core_loads_no_qt() -> None:
    code = (
        "import importlib, pathlib, sys\n"
        "import dvk_desktop\n"
        "root = pathlib.Path(dvk_desktop.__file__).parent\n"
        "for path in sorted(root.rglob('*.py')):\n"
        "    parts = ('dvk_desktop',) + path.relative_to(root).with_suffix('').parts\n"
        "    if parts[1:2] == ('gui',) or 'migrations' in parts or parts[-1] == '__main__':\n"
        "        continue\n"
        "    importlib.import_module('.'.join(p for p in parts if p != '__init__'))\n"
        "from dvk_desktop.cli.main import build_parser\n"
        "build_parser()\n"
        "qt = ('PySide6', 'shiboken6', 'dvk_desktop.gui')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(qt))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout
