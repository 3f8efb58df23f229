"""Each :class:`~schema.Spec` compiled once into a closure that says only whether a value passes.

``schema.check_value`` walks a spec per value and builds the message of each problem; a package
that passes (nearly every one) needs no message, so the snapshot check first asks the compiled
closure and walks the slow way only for a record that fails, for the very same messages. Each
closure is the exact truth value of ``check_value`` / ``check_object`` for its spec (tested in
tests/packaging/test_schema_fast.py against the slow walk).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

Check = Callable[[Any], bool]
# By the spec's identity: specs are module constants, and a Spec holding a dict is unhashable.
_compiled: dict[int, tuple[Any, Check]] = {}


def _decimal_ok(value: str) -> bool:
    try:
        number = Decimal(value) if len(value) <= 30 else Decimal("NaN")
    except InvalidOperation:
        return False
    return number.is_finite() and number >= 0


def _date_ok(value: str, pattern: Any, parse: Callable[[str], Any]) -> bool:
    if len(value) > 40 or pattern.fullmatch(value) is None:
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _shape_check(spec: Any) -> Check:
    """Type and format of a non-None value (``_type_ok`` and ``_format_ok``)."""
    from dvk_desktop.services.exchange.records import schema

    kind, max_len = spec.type, spec.max_len
    if kind == "int":
        lo, hi = spec.lo, spec.hi
        return lambda v: type(v) is not bool and isinstance(v, int) and lo <= v <= hi
    if kind == "bool":
        return lambda v: isinstance(v, bool)
    if kind in ("list", "map", "object"):
        cls = list if kind == "list" else dict
        if kind != "object" and max_len:
            return lambda v: isinstance(v, cls) and len(v) <= max_len
        return lambda v: isinstance(v, cls)
    limit = max_len or 10**18
    if kind == "uuid":
        uuid = schema.UUID_RE.fullmatch
        return lambda v: isinstance(v, str) and len(v) <= limit and uuid(v) is not None
    if kind == "sha256":
        sha = schema.SHA_RE.fullmatch
        return lambda v: isinstance(v, str) and len(v) <= limit and sha(v) is not None
    if kind == "enum":
        choices = spec.choices
        return lambda v: isinstance(v, str) and len(v) <= limit and v in choices
    if kind == "str":
        if spec.pattern is None:
            return lambda v: isinstance(v, str) and len(v) <= limit
        match = spec.pattern.fullmatch
        return lambda v: isinstance(v, str) and len(v) <= limit and match(v) is not None
    if kind in ("date", "moment"):
        pattern = schema.DATE_RE if kind == "date" else schema.MOMENT_RE
        parse = dt.date.fromisoformat if kind == "date" else dt.datetime.fromisoformat
        return lambda v: isinstance(v, str) and len(v) <= limit and _date_ok(v, pattern, parse)
    if kind == "decimal":
        return lambda v: isinstance(v, str) and len(v) <= limit and _decimal_ok(v)
    return lambda v: isinstance(v, str)  # an unknown type: a string of any format


def value_check(spec: Any) -> Check:
    """Whether ``check_value(…, spec, value)`` would find nothing wrong with a value."""
    held = _compiled.get(id(spec))
    if held is not None and held[0] is spec:
        return held[1]
    shape, nullable = _shape_check(spec), spec.nullable
    inner: Check | None = None
    if spec.type == "list" and spec.item is not None:
        item = value_check(spec.item)
        inner = lambda v: all([item(x) for x in v])  # noqa: E731
    elif spec.type == "map":
        each = value_check(spec.item) if spec.item is not None else None
        if each is None:
            inner = lambda v: all([len(k) <= 60 for k in v])  # noqa: E731
        else:
            inner = lambda v: all([len(k) <= 60 and each(x) for k, x in v.items()])  # noqa: E731
    elif spec.type == "object" and spec.fields:
        inner = object_check(spec.fields)

    def check(value: Any) -> bool:
        if value is None:
            return bool(nullable)
        return shape(value) and (inner is None or inner(value))

    _compiled[id(spec)] = (spec, check)
    return check


def object_check(specs: Mapping[str, Any]) -> Check:
    """Whether ``check_object(…, item, specs)`` would find nothing wrong with an object."""
    held = _compiled.get(id(specs))
    if held is not None and held[0] is specs:
        return held[1]
    fields = [(name, spec.required, value_check(spec)) for name, spec in specs.items()]

    def check(item: Mapping[str, Any]) -> bool:
        for name, required, ok in fields:
            if name in item:
                if not ok(item[name]):
                    return False
            elif required:
                return False
        return True

    _compiled[id(specs)] = (specs, check)
    return check
