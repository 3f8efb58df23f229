"""The compiled schema checks refuse exactly what the message-wording walk refuses."""

from __future__ import annotations

import random
from typing import Any

import pytest

from dvk_desktop.services.exchange.records import schema
from dvk_desktop.services.exchange.records.schema_fast import object_check

pytestmark = pytest.mark.sqlite_only

_UUID = "0123abcd-0000-4000-8000-00000000abcd"
_POOL: list[Any] = [
    None, "", "x", "x" * 61, "x" * 301, "x" * 8001, _UUID, _UUID.upper(), "a" * 64, "g" * 64,
    "2025-02-28", "2025-02-30", "2025-02-28T10:00:00", "2025-02-28T10:00:00+07:00",
    "2025-13-01T10:00:00Z", "1.5", "-1", "NaN", "1e400", "1" * 31, "khá", "proposed", "draft",
    0, 1, -1, 1899, 2000, 10**16, 2**41, True, False, 1.5, [], [_UUID], [_UUID, "bad"],
    ["a" * 64], [{}], {}, {"k": "1"}, {"k" * 61: "1"}, {"k": None}, {"k": -1},
    {"code": "c", "name": "n", "unit": "u", "target": "1"}, {"year": 2025},
]  # fmt: skip


def _value(rng: random.Random, spec: schema.Spec) -> Any:
    """A value for a field: often a nested value of its own shape, else anything from the pool."""
    if spec.type == "object" and spec.fields and rng.random() < 0.5:
        return _item(rng, spec.fields)
    if spec.type == "list" and spec.item is not None and rng.random() < 0.4:
        return [_value(rng, spec.item) for _ in range(rng.randint(0, 3))]
    if spec.type == "map" and rng.random() < 0.4:
        item = spec.item or schema.Spec("str")
        return {rng.choice(["a", "b", "k" * 61]): _value(rng, item) for _ in range(2)}
    if spec.type == "enum" and rng.random() < 0.5:
        return rng.choice(sorted(spec.choices))
    return rng.choice(_POOL)


def _item(rng: random.Random, specs: Any) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for name, spec in specs.items():
        if rng.random() < 0.9:  # now and then a field is missing
            item[name] = _value(rng, spec)
    return item


@pytest.mark.parametrize("section", sorted(schema.SECTIONS))
def test_compiled_check_agrees_with_the_walk(section: str) -> None:
    rng = random.Random(section)
    specs = schema.SECTIONS[section]
    fast = object_check(specs)
    passed = 0
    for _ in range(400):
        item = _item(rng, specs)
        slow = schema.check_object(schema.Problems(), "x", item, specs)
        assert fast(item) is slow, item
        passed += slow
    # Records that pass, mended one field at a time from failing ones, agree too.
    valid = {name: _good(spec) for name, spec in specs.items()}
    assert fast(valid) is schema.check_object(schema.Problems(), "x", valid, specs)
    for name in specs:
        for bad in _POOL:
            item = {**valid, name: bad}
            slow = schema.check_object(schema.Problems(), "x", item, specs)
            assert fast(item) is slow, (name, bad)


def _good(spec: schema.Spec) -> Any:
    good = {
        "uuid": _UUID, "sha256": "a" * 64, "date": "2025-02-28", "moment": "2025-02-28T10:00:00",
        "decimal": "1.5", "int": max(spec.lo, 1), "bool": True, "list": [], "map": {},
        "object": {n: _good(s) for n, s in spec.fields.items()},
        "enum": min(spec.choices) if spec.choices else "", "str": "x",
    }  # fmt: skip
    return good[spec.type]


def test_a_failing_snapshot_is_worded_as_before() -> None:
    records = {"format": "f", "version": 1, "models": [{"uuid": "bad"}, {}]}
    problems = schema.Problems()
    assert not schema.check_snapshot(problems, records, ["models"])
    assert any("thứ 1" in p and "“bad”" in p for p in problems), problems
    assert any("thứ 2" in p for p in problems)
