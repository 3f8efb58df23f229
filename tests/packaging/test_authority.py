"""The authority table and field specs: every row broken by a validly signed package is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dvk_desktop.domain import authority
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import PackageError
from dvk_desktop.services import exchange
from dvk_desktop.services.exchange.records import schema
from tests.packaging.exchange import (
    UPPER_PASS,
    Exchange,
    members,
    state_of,
)
from tests.packaging.hostile import signed

OTHER_UUID = "12345678-1234-4234-8234-123456789012"


def _records(valid: Path) -> dict[str, Any]:
    records: dict[str, Any] = json.loads(members(valid)["data/records.json"])
    return records


def refused_alike(ex: Exchange, package: Path, expected: str) -> None:
    """verify says so, import refuses with the same rule, DB and store stay byte-identical."""
    before = state_of(ex.upper_dir)
    with ex.upper() as upper:
        check = exchange.verify_package(upper, package, passphrase=UPPER_PASS)
        assert not check.ok and any(expected in p for p in check.problems), check.problems
        with pytest.raises(PackageError) as info:
            exchange.import_package(upper, package, passphrase=UPPER_PASS)
    assert state_of(ex.upper_dir) == before
    text = " ".join([info.value.message, *info.value.details])
    assert expected in text, text
    reports = list((ex.upper_dir / "quarantine").rglob("bao-cao-kiem-tra.txt"))
    assert reports and expected in reports[-1].read_text(encoding="utf-8")


# ------------------------------------------------------------ rows of the authority table


def _status(value: str) -> Any:
    return lambda r: r["models"][0].update(status=value)


def _request(**changes: Any) -> Any:
    """A records edit adding one change request about the package's first model."""

    def edit(r: dict[str, Any]) -> None:
        request = {
            "uuid": OTHER_UUID, "model_uuid": r["models"][0]["uuid"], "base_version": 1,
            "base": {"evidence": []}, "proposed": {"status": "dung", "evidence": []},
            "reason": "Hết kinh phí", "created_at": "2026-11-30T08:00:00", "state": "cho_xem_xet",
        }  # fmt: skip
        request.update(changes)
        r["change_requests"] = [{k: v for k, v in request.items() if v is not None}]

    return edit


CASES = {
    "change-request-missing-field": (
        _request(reason=None),
        "Yêu cầu thay đổi thứ 1: thiếu trường “reason”",
    ),
    "change-request-other-model": (
        _request(model_uuid=OTHER_UUID),
        "mô hình của yêu cầu không có trong gói",
    ),
    "change-request-bad-status": (
        _request(proposed={"status": "bien_mat"}),
        "giá trị “bien_mat” của trường “proposed.status” (trạng thái mô hình) không hợp lệ",
    ),
    "upper-status-new-model": (_status("khen_thuong"), "do cấp trên quyết định"),
    "recognised-new-model": (_status("cong_nhan"), "do cấp trên quyết định"),
    "parent-only-section": (lambda r: r.update(reviews=[]), "chỉ cấp trên mới được gửi"),
    "unknown-section": (lambda r: r.update(awards=[]), "không được mang phần “awards”"),
    "score-from-commune": (
        lambda r: r["models"][0].update(score="99", grade="xuat_sac"),
        "điểm và xếp loại chỉ cấp trên mới được gửi",
    ),
    "unknown-field": (lambda r: r["villages"][0].update(secret=1), "không được phép: secret"),
    "two-orgs-same-name": (
        lambda r: r["organisations"].append({**r["organisations"][0], "uuid": OTHER_UUID}),
        "cùng tên",
    ),
    "two-models-same-code": (
        lambda r: r["models"][1].update(code=r["models"][0]["code"]),
        "cùng mã",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_commune_package_says_only_what_a_commune_may(
    ex: Exchange, valid: Path, tmp_path: Path, case: str
) -> None:
    edit, expected = CASES[case]
    records = _records(valid)
    edit(records)
    refused_alike(ex, signed(valid, tmp_path / "p.dvkpkg", ex.commune_key(), records), expected)


def test_a_model_uuid_of_another_commune_is_refused_not_crashed(
    ex: Exchange, valid: Path, tmp_path: Path
) -> None:
    with ex.upper() as upper:
        assert exchange.import_package(upper, valid, passphrase=UPPER_PASS).status == "imported"
    # The same commune key, now claiming the models are another commune's: refused before.
    records = _records(valid)
    for m in records["models"]:
        m["source_unit_code"] = "00073"
    records["sender"]["unit_code"] = "00073"
    package = signed(valid, tmp_path / "p.dvkpkg", ex.commune_key(), records)
    refused_alike(ex, package, "không khớp với đơn vị đã ký gói")


def test_an_aggregate_from_a_commune_is_refused(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    child = _records(valid)
    child["sender"]["unit_code"] = "00073"
    for m in child["models"]:
        m["source_unit_code"] = "00073"
    aggregate = {"format": "dvk-aggregate", "version": 1, "sender": _records(valid)["sender"],
                 "children": [child]}  # fmt: skip
    package = Path(signed(valid, tmp_path / "a.dvkpkg", ex.commune_key(), aggregate))
    # The kind is signed too: rebuild the header as an aggregate.
    from tests.packaging.exchange import forge

    package = forge(
        valid, tmp_path / "b.dvkpkg", ex.commune_key(),
        records=lambda _r: aggregate, header=lambda h: h.update(kind="aggregate"),
    )  # fmt: skip
    refused_alike(ex, package, "chỉ cấp trên của các xã (huyện) mới được gửi gói tổng hợp")


def test_the_table_is_complete_and_consistent() -> None:
    kinds = {(g.kind, g.sender) for g in authority.AUTHORITY}
    assert kinds == {
        ("records", authority.SenderRole.CHILD),
        ("aggregate", authority.SenderRole.CHILD),
        ("decisions", authority.SenderRole.PARENT),
    }
    for grant in authority.AUTHORITY:
        for section, fields in grant.sections.items():
            assert fields <= set(schema.SECTIONS[section]), (grant.kind, section)
    assert authority.COMMUNE_STATUSES.isdisjoint(authority.BACKING)
    assert Status.AWARDED in authority.BACKING and Status.PROPOSED in authority.COMMUNE_STATUSES


# Every field import reads, wrong in type and in format: tests/packaging/test_field_walk.py.
