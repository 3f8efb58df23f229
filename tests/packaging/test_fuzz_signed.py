"""Property: a validly signed package with mutated records imports, or is refused cleanly.

Refused means a :class:`DvkError` (exit status 2 in the CLI) with the database and evidence
store byte-identical; never another exception (exit 1). Quick by default; set
DVK_FUZZ_EXAMPLES (e.g. 10000) for the long run.
"""

from __future__ import annotations

import json
import os
import shutil
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvk_desktop.errors import DvkError
from dvk_desktop.services import exchange
from tests.packaging.exchange import (
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
    members,
    state_of,
)
from tests.packaging.hostile import mutated, paths, signed

EXAMPLES = int(os.environ.get("DVK_FUZZ_EXAMPLES", "25"))

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=12),
    st.sampled_from(
        ["", "2026-02-30", "2026-1", "x" * 400, "00073", "khen_thuong", "cong_nhan",
         "12345678-1234-4234-8234-123456789012", "0" * 64, "NaN", "-1", "1e999"]
    ),
    st.lists(st.one_of(st.integers(), st.text(max_size=5)), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("fuzz")
    template = build_exchange(root / "template")
    valid = export_plain(template, root)
    records = json.loads(members(valid)["data/records.json"])
    return {
        "root": root, "template": template, "valid": valid, "records": records,
        "paths": sorted(paths(records), key=repr), "ex": None, "n": 0,
        "imported": 0, "refused": 0,
    }  # fmt: skip


def _fresh(world: dict[str, Any]) -> Exchange:
    if world["ex"] is None:  # only an import changes the upper level: copy again after one
        world["n"] += 1
        target = world["root"] / f"run{world['n']}"
        world["ex"] = copy_exchange(world["template"], target)
    ex: Exchange = world["ex"]
    return ex


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=EXAMPLES <= 25,
)
@given(data=st.data())
def test_signed_mutations_import_or_are_refused_cleanly(
    world: dict[str, Any], data: st.DataObject
) -> None:
    path = data.draw(st.sampled_from(world["paths"]))
    action = data.draw(st.sampled_from(["replace", "replace", "delete", "add"]))
    records = mutated(world["records"], path, action, data.draw(values))
    ex = _fresh(world)
    package = signed(world["valid"], world["root"] / "p.dvkpkg", ex.commune_key(), records)
    before = state_of(ex.upper_dir)
    with ex.upper() as upper:
        try:
            exchange.import_package(upper, package, passphrase=UPPER_PASS, quarantine=False)
        except DvkError:
            world["refused"] += 1
            assert state_of(ex.upper_dir) == before, (path, action)
        else:
            world["imported"] += 1
            world["ex"] = None
            shutil.rmtree(ex.root)
