"""A district's aggregate, read commune by commune, is checked and refused as a whole one was."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dvk_desktop.errors import PackageError
from dvk_desktop.packaging import keys
from dvk_desktop.packaging.safezip import open_safe_zip
from dvk_desktop.services import exchange, models, workspace_keys
from dvk_desktop.services.exchange import records_file
from dvk_desktop.storage.models import DvkModel
from tests.factories import complete_input
from tests.packaging.exchange import forge, members, state_of
from tests.services.test_replication import SECRET, Levels, _build, _send


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> tuple[Levels, Path]:
    """Two communes' models at their district, and the district's aggregate for the province."""
    levels = _build(tmp_path_factory.mktemp("levels") / "l")
    for code, name in ((levels.a, "Hũ gạo tình thương"), (levels.b, "Camera an ninh tự quản")):
        with levels.open(code) as commune:
            models.create_model(commune, complete_input(commune, name=name))
    with levels.open("huyen") as district:
        for code in (levels.a, levels.b):
            assert exchange.import_package(district, _send(levels, code)).status == "imported"
    return levels, _send(levels, "huyen", kind="aggregate")


@pytest.fixture
def levels(sent: tuple[Levels, Path], tmp_path: Path) -> tuple[Levels, Path]:
    template, aggregate = sent
    shutil.copytree(template.root, tmp_path / "l")
    return Levels(tmp_path / "l", template.a, template.b), aggregate


def _district_key(levels: Levels) -> keys.UnlockedKey:
    with levels.open("huyen") as district:
        return keys.unlock(workspace_keys.key_file(district), SECRET)


def _records(aggregate: Path) -> dict[str, Any]:
    records: dict[str, Any] = json.loads(members(aggregate)["data/records.json"])
    return records


def _refused(levels: Levels, package: Path, expected: str) -> list[str]:
    """verify and import both refuse, naming ``expected``; the province is left as it was."""
    before = state_of(levels.root / "tinh")
    with levels.open("tinh") as province:
        check = exchange.verify_package(province, package)
        assert any(expected in p for p in check.problems), check.problems
        with pytest.raises(PackageError) as info:
            exchange.import_package(province, package)
    assert state_of(levels.root / "tinh") == before
    assert expected in " ".join([info.value.message, *info.value.details])
    return check.problems


def test_a_sound_aggregate_is_imported_commune_by_commune(levels: tuple[Levels, Path]) -> None:
    tiers, aggregate = levels
    with tiers.open("tinh") as province:
        check = exchange.verify_package(province, aggregate)
        assert check.ok, check.problems
        assert check.counts["models"] == 2  # counted child by child, as the header says
        result = exchange.import_package(province, aggregate)
        assert (result.status, result.created) == ("imported", 2)
        with province.sessions() as session:
            codes = set(session.scalars(select(DvkModel.source_unit_code)))
    assert codes == {tiers.a, tiers.b}


def test_the_tops_problems_come_first_then_each_communes_by_name(
    levels: tuple[Levels, Path], tmp_path: Path
) -> None:
    tiers, aggregate = levels
    records = _records(aggregate)
    records["format"] = "dvk-khac"
    second = next(c for c in records["children"] if c["sender"]["unit_code"] == tiers.b)
    second["models"][0]["year"] = "hai nghìn"
    package = forge(
        aggregate, tmp_path / "p.dvkpkg", _district_key(tiers), records=lambda _r: records
    )
    problems = _refused(tiers, package, "bản ghi tổng hợp không đúng định dạng")
    assert "bản ghi tổng hợp không đúng định dạng" in problems[0]
    assert any("của đơn vị thứ 2" in p and "“year”" in p for p in problems[1:]), problems


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda text: text[:-1] + ',"children":[]}', "có khóa trùng lặp “children”"),
        (lambda text: text + " {}", "có dữ liệu thừa sau đối tượng JSON"),
        (lambda text: text[: len(text) // 2], "Tệp records.json không hợp lệ"),
    ],
    ids=["children-twice", "text-after", "cut-in-half"],
)
def test_an_aggregate_that_is_not_one_strict_json_object_is_refused(
    levels: tuple[Levels, Path], tmp_path: Path, edit: Any, expected: str
) -> None:
    tiers, aggregate = levels
    text = members(aggregate)["data/records.json"].decode()
    package = forge(
        aggregate, tmp_path / "p.dvkpkg", _district_key(tiers), records_bytes=edit(text).encode()
    )
    _refused(tiers, package, expected)


def test_records_read_again_for_the_import_must_be_the_ones_verify_checked(
    levels: tuple[Levels, Path],
) -> None:
    # Import reads the children a second time to apply them; a file rewritten in between (a
    # package on a stick, changed while it was being imported) is refused, not applied.
    _tiers, aggregate = levels
    with open_safe_zip(aggregate) as archive:
        with (
            records_file.children(archive, "0" * 64) as stream,
            pytest.raises(PackageError, match="đã thay đổi trong lúc đọc"),
        ):
            for _child in stream.items():
                pass
        with records_file.children(archive, _sha(aggregate)) as stream:
            assert len(list(stream.items())) == 2


def _sha(package: Path) -> str:
    import hashlib

    return hashlib.sha256(members(package)["data/records.json"]).hexdigest()


def test_a_commune_cannot_appear_twice_in_one_aggregate(
    levels: tuple[Levels, Path], tmp_path: Path
) -> None:
    tiers, aggregate = levels
    records = _records(aggregate)
    records["children"].append(copy.deepcopy(records["children"][0]))
    package = forge(
        aggregate, tmp_path / "p.dvkpkg", _district_key(tiers), records=lambda _r: records
    )
    _refused(tiers, package, "đơn vị có hai bản dữ liệu trong cùng gói tổng hợp")


def test_one_model_cannot_belong_to_two_communes_of_one_aggregate(
    levels: tuple[Levels, Path], tmp_path: Path
) -> None:
    tiers, aggregate = levels
    records = _records(aggregate)
    first, second = records["children"]
    second["models"][0]["uuid"] = first["models"][0]["uuid"]
    key = _district_key(tiers)
    package = forge(aggregate, tmp_path / "p.dvkpkg", key, records=lambda _r: records)
    _refused(tiers, package, "cũng có trong dữ liệu của đơn vị")
