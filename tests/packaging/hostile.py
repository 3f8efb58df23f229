"""A hostile-package generator: mutate a valid package's records, re-sign with a real key."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dvk_desktop.packaging import keys
from tests.packaging.exchange import forge

Path_ = tuple[Any, ...]


def paths(value: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every path to a value inside nested dicts and lists (the root excluded)."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, item in items:
        yield (*prefix, key)
        yield from paths(item, (*prefix, key))


def mutated(records: dict[str, Any], path: Path_, action: str, value: Any) -> dict[str, Any]:
    """A copy of ``records`` with the value at ``path`` replaced, deleted or given a sibling."""
    out = copy.deepcopy(records)
    *head, last = path
    parent: Any = out
    for key in head:
        parent = parent[key]
    if action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent, dict):
        parent[f"x_{last}"] = value
    elif action == "add":
        parent.append(value)
    else:
        parent[last] = value
    return out


def signed(valid: Path, out: Path, key: keys.UnlockedKey, records: dict[str, Any]) -> Path:
    """The package ``valid`` with these records, validly signed with ``key``."""
    return forge(valid, out, key, records=lambda _old: records)
