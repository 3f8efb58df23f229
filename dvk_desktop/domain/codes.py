"""Model codes qualified by their unit: codes restart at MH-2026-001 in every commune."""

from __future__ import annotations

import re

# "20791/MH-2026-001": the commune's official code, a slash, the commune's own model code.
# District codes of the three-tier flow look like "H123"; both are short and have no slash.
_QUALIFIED = re.compile(r"^\s*([0-9A-Za-z]{1,10})\s*/\s*(\S.*?)\s*$")


def qualified(unit_code: str, code: str) -> str:
    """The code as shown and typed at an upper level: ``20791/MH-2026-001``."""
    return f"{unit_code}/{code}"


def split(ref: str) -> tuple[str | None, str]:
    """Split a typed reference into (unit code or None, model code)."""
    match = _QUALIFIED.match(ref)
    if match is None:
        return None, ref.strip()
    return match[1], match[2]
