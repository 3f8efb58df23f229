"""Every field import reads, of every kind of package: a wrong type and a wrong format are refused
by verify and by import alike, the database and the evidence store untouched (issue 13).

The cases are built from the specs (``records.schema``) and the authority table, so a field
added to a spec later is walked without editing this file, and one no package may carry fails
the meta-test.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dvk_desktop.domain import authority
from dvk_desktop.domain.authority import SenderRole
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind, SubTopic
from dvk_desktop.errors import PackageError
from dvk_desktop.packaging import keys
from dvk_desktop.services import evaluations, exchange, review, workspace_keys
from dvk_desktop.services.decisions import DecisionInput, record_decision
from dvk_desktop.services.exchange.records import schema
from dvk_desktop.storage.workspace import open_workspace
from tests.packaging.exchange import (
    COMMUNE,
    COMMUNE_PASS,
    UPPER_PASS,
    build_exchange,
    export_plain,
    forge,
    members,
    state_of,
)

pytestmark = pytest.mark.sqlite_only

KEY = "*"  # a path step: the (first) value of a map
Step = str | int
Path_ = tuple[Step, ...]
INTERNAL = "chương trình chưa kiểm tra được"  # import's words for an unforeseen crash
U = [f"0000000{n}-1234-4234-8234-123456789012" for n in range(1, 9)]
MOMENT = "2026-11-01T08:00:00+00:00"
IDENTITY = {"format": "không phải tiêu đề gói DVK", "version": "phiên bản định dạng gói"}


# ------------------------------------------------------------ the cases, from the specs


def spec_paths(specs: Mapping[str, schema.Spec], prefix: Path_ = ()) -> Iterator[Any]:
    """Every field of ``specs`` and every field nested in it, with its spec."""
    for name, spec in specs.items():
        yield from _nested((*prefix, name), spec)


def _nested(path: Path_, spec: schema.Spec) -> Iterator[tuple[Path_, schema.Spec]]:
    yield path, spec
    if spec.type == "list" and spec.item is not None:
        yield from _nested((*path, 0), spec.item)
    elif spec.type == "map" and spec.item is not None:
        yield from _nested((*path, KEY), spec.item)
    elif spec.type == "object":
        yield from spec_paths(spec.fields, path)


def wrong_type(spec: schema.Spec) -> Any:
    """A JSON value of another type than the spec's."""
    return {"list": "x", "object": "x", "map": ["x"], "int": "1", "bool": "có"}.get(
        spec.type, ["x"]
    )


def wrong_format(spec: schema.Spec) -> Any:
    """A value of the right type and a wrong format, length or range (None: no such value)."""
    if spec.type == "str" and spec.pattern is not None:
        return "Z"
    return {
        "uuid": "not-a-uuid", "sha256": "../../etc/passwd", "date": "2026-1",
        "moment": "2026-01", "enum": "khong_co", "decimal": "-1", "int": -(10**18),
        "str": "x" * (spec.max_len + 1) if spec.max_len else None,
    }.get(spec.type)  # fmt: skip


def _hows(spec: schema.Spec) -> list[str]:
    return ["type", "format"] if wrong_format(spec) is not None else ["type"]


def _side_field(path: Path_) -> bool:
    """A model field inside a change request's side (base or proposed), not the side itself."""
    return len(path) > 1 and path[0] in ("base", "proposed")


def _cases() -> list[tuple[str, str, Path_, str]]:
    """(package, section, path, how): section "" is records.json's top, "header" the header."""
    cases = []
    for kind, role in (("records", SenderRole.CHILD), ("decisions", SenderRole.PARENT)):
        grant = authority.grant_for(kind, role)
        assert grant is not None
        every = {s: frozenset(schema.SECTIONS[s]) for s in schema.EVERY_SNAPSHOT}
        for section, allowed in {**grant.sections, **every}.items():
            specs = {k: s for k, s in schema.SECTIONS[section].items() if k in allowed}
            for path, spec in spec_paths(specs):
                if kind == "decisions" and section == "change_requests" and _side_field(path):
                    continue  # the same specs as going up, where they are walked
                cases += [(kind, section, path, how) for how in _hows(spec)]
    tops = {"records": ("format", "version", "sender", "upper_versions"),
            "aggregate": ("children",), "decisions": tuple(authority.DOWN_LISTS)}  # fmt: skip
    for kind, names in tops.items():
        for path, spec in spec_paths({k: schema.TOP[k] for k in names}):
            cases += [(kind, "", path, how) for how in _hows(spec)]
    for path, spec in spec_paths(schema.HEADER):
        cases += [("records", "header", path, how) for how in _hows(spec)]
    return cases


def _spec_at(section: str, path: Path_) -> schema.Spec:
    specs = {"header": schema.HEADER, "": schema.TOP}.get(section) or schema.SECTIONS[section]
    return dict(spec_paths(specs))[path]


def _id(case: tuple[str, str, Path_, str]) -> str:
    kind, section, path, how = case
    return f"{kind}-{section or 'top'}-{'.'.join(map(str, path))}-{how}"


# Sorted: pytest-xdist's workers must collect the same cases in the same order, and some of
# the names come from sets (whose order changes from one process to the next).
CASES = sorted(_cases(), key=_id)


# ------------------------------------------------------------ putting a wrong value in place


def put(root: Any, path: Path_, value: Any) -> str:
    """Set ``value`` at ``path`` (making what is missing); the field's name as messages say it."""
    node, name = root, ""
    for n, step in enumerate(path):
        last = n == len(path) - 1
        fresh: Any = [] if not last and isinstance(path[n + 1], int) else {}
        if step == KEY:
            if not node:
                node["X"] = fresh
            key = next(iter(node))
            name += f".{key[:40]}"
            step = key
        elif isinstance(step, int):
            if not node:
                node.append(fresh)
            name += "[1]"
        else:
            name = f"{name}.{step}" if name else step
            if not last and not isinstance(node.get(step), (dict, list)):
                node[step] = fresh
        if last:
            node[step] = value
        else:
            node = node[step]
    return name


# ------------------------------------------------------------ the base packages, built once


@dataclass
class Target:
    """A workspace that receives one base package, and the package's parts."""

    folder: Path
    pristine: Path
    passphrase: str
    package: Path
    records: dict[str, Any]
    key: keys.UnlockedKey


def _enrich_up(r: dict[str, Any]) -> dict[str, Any]:
    """One record in every section a commune's package may carry, nested values included."""
    m0, m1 = r["models"][0], r["models"][1]
    village, org = r["villages"][0]["uuid"], r["organisations"][0]["uuid"]
    m0["indicators"][0]["by_village"] = {village: {"target": "10", "actual": "5"}}
    m0["sub_topics"], m0["coordinating_org_uuids"] = [SubTopic.NEW_RURAL.value], [org]
    r["progress_reports"] = [
        {"uuid": U[0], "model_uuid": m0["uuid"], "report_date": "2026-06-01",
         "period_label": "Quý 2", "done": "Lắp 100 bóng", "lessons": "",
         "values": {"HO_HUONG_LOI": "50"}},
    ]  # fmt: skip
    next(e for e in r["evidence"] if e["model_uuid"] == m0["uuid"])["progress_report_uuid"] = U[0]
    r["evaluations"] = [
        {"uuid": U[1], "model_uuid": m0["uuid"], "evaluated_on": "2026-10-01",
         "evaluator": "Hội đồng thi đua phường", "scores": {"sang_tao": "15"}, "total": "80",
         "grade": "tot", "comment": ""},
    ]  # fmt: skip
    r["decisions"] = [
        {"uuid": U[2], "kind": DecisionKind.RECOGNITION.value, "number": "1/QĐ-UBND",
         "signed_on": "2026-09-01", "issuer": "UBND phường Hoàn Kiếm",
         "issuer_unit_code": COMMUNE, "award_form": None, "summary": "",
         "model_uuids": [m0["uuid"]]},
    ]  # fmt: skip
    r["tombstones"] = [{"uuid": U[3], "entity": "person", "deleted_at": MOMENT}]
    r["removed_evidence"] = [{"uuid": U[4], "model_uuid": m0["uuid"], "removed_at": MOMENT}]
    r["sign_offs"] = [
        {"uuid": U[5], "model_uuid": m1["uuid"], "version": 1, "signer": "Nguyễn Văn An",
         "position": "Chủ tịch UBND phường", "at": MOMENT, "withdrawn_at": None},
    ]  # fmt: skip
    r["replications"] = [
        {"replica_uuid": m1["uuid"], "replica_unit_code": COMMUNE, "replica_code": m1["code"],
         "replica_name": m1["name"], "replica_year": 2026, "replica_status": m1["status"],
         "origin_uuid": U[6], "origin_unit_code": "00073", "origin_code": "MH-2025-009",
         "origin_name": "Camera an ninh phường Hàng Trống"},
    ]  # fmt: skip
    r["change_requests"] = [_request(m0["uuid"], "cho_xem_xet")]
    return r


def _request(model: str, state: str) -> dict[str, Any]:
    """A change request about ``model`` (with a verdict when it comes down)."""
    side = {"evidence": [{"sha256": "b" * 64, "name": "anh.jpg", "caption": ""}]}
    verdict = {"decided_at": MOMENT, "decided_by": "Lê Văn Minh", "decision_comment": "Đồng ý",
               "applied_version": None} if state != "cho_xem_xet" else {}  # fmt: skip
    return {
        "uuid": U[7], "model_uuid": model, "origin_unit_code": COMMUNE, "base_version": 1,
        "base": side, "proposed": {**side, "status": "dung"}, "reason": "Hết kinh phí",
        "created_at": "2026-11-30T08:00:00", "created_by": "Nguyễn Thị Mai", "state": state,
        **verdict,
    }  # fmt: skip


def _enrich_down(r: dict[str, Any]) -> dict[str, Any]:
    """The parent's package with one record in each of its sections and lists."""
    m = r["models"][0]
    r["replicated_elsewhere"] = [
        {"replica_uuid": U[6], "replica_unit_code": "00073", "replica_code": "MH-2026-004",
         "replica_name": "Chiếu sáng ngõ", "replica_year": 2026, "replica_status": "dang_thuc_hien",
         "origin_uuid": m["uuid"], "origin_unit_code": COMMUNE, "origin_code": m["code"],
         "origin_name": m["name"]},
    ]  # fmt: skip
    r["change_requests"] = [_request(m["uuid"], "tu_choi")]
    sha = r.get("acknowledged_evidence") or ["a" * 64]
    r["acknowledged_evidence"], r["awaited_evidence"] = sha, r.get("awaited_evidence") or sha
    return r


def _decide(upper_dir: Path, usb: Path, models: list[str]) -> Path:
    """At the upper level: review, score, recognise the commune's models; send it back."""
    with open_workspace(upper_dir) as upper:
        review.set_review(upper, models[0], ReviewState.NEEDS_INFO, comment="Bổ sung", actor="An")
        review.set_review(upper, models[1], ReviewState.ACCEPTED, actor="An")
        points = {"sang_tao": 18, "hieu_qua": 31, "huy_dong": 18, "ben_vung": 12, "ho_so": 9}
        evaluations.score_model(
            upper, models[1], "Trần Thị Hoa", points, evaluated_on=dt.date(2026, 11, 5),
            position="Chủ tịch Hội đồng", comment="Đề nghị công nhận",
        )  # fmt: skip
        record_decision(
            upper,
            DecisionInput(
                DecisionKind.RECOGNITION,
                "15/QĐ-BTGDVTU",
                dt.date(2026, 11, 20),
                "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội",
                [models[1]],
            ),
            today=dt.date(2026, 11, 30),
        )
        return exchange.export_package(
            upper, usb, passphrase=UPPER_PASS, kind="decisions", recipient_code=COMMUNE,
            encrypt=False,
        ).path  # fmt: skip


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Target]:
    """The commune's records package for its upper level, and the parent's decisions package."""
    root = tmp_path_factory.mktemp("walk")
    ex = build_exchange(root / "ex")
    plain = export_plain(ex, root)
    commune_key = ex.commune_key()
    up = _enrich_up(json.loads(members(plain)["data/records.json"]))
    records_pkg = forge(plain, root / "records.dvkpkg", commune_key, records=lambda _r: up)
    shutil.copytree(ex.upper_dir, root / "upper")  # before it receives anything
    with open_workspace(ex.upper_dir) as upper:
        exchange.import_package(upper, records_pkg, passphrase=UPPER_PASS)
    back = _decide(ex.upper_dir, ex.usb, [m["uuid"] for m in up["models"]])
    upper_key = keys.unlock(ex.upper_dir / "keys" / workspace_keys.KEY_FILE, UPPER_PASS)
    down = _enrich_down(json.loads(members(back)["data/records.json"]))
    decisions_pkg = forge(back, root / "decisions.dvkpkg", upper_key, records=lambda _r: down)
    shutil.copytree(root / "upper", root / "upper-pristine")
    shutil.copytree(ex.commune_dir, root / "commune-pristine")
    return {
        "records": Target(
            root / "upper", root / "upper-pristine", UPPER_PASS, records_pkg, up, commune_key
        ),
        "decisions": Target(
            ex.commune_dir,
            root / "commune-pristine",
            COMMUNE_PASS,
            decisions_pkg,
            down,
            upper_key,
        ),
    }


def _outcome(target: Target, package: Path) -> tuple[list[str], PackageError | None, bool]:
    """verify's problems, import's refusal, and whether the workspace stayed byte-identical.

    The workspace is shared by the module's cases: one a bug let through is put back.
    """
    before = state_of(target.folder)
    refusal = None
    with open_workspace(target.folder) as handle:
        problems = exchange.verify_package(handle, package, passphrase=target.passphrase).problems
        try:
            exchange.import_package(handle, package, passphrase=target.passphrase)
        except PackageError as exc:
            refusal = exc
    same = state_of(target.folder) == before
    if not same:
        shutil.rmtree(target.folder)
        shutil.copytree(target.pristine, target.folder)
    return problems, refusal, same


# ------------------------------------------------------------ the tests


@pytest.mark.parametrize("kind", ["records", "decisions"])
def test_the_base_packages_are_valid(targets: dict[str, Target], tmp_path: Path, kind: str) -> None:
    target = targets[kind]
    for section in ("evidence", "decisions") if kind == "records" else ("reviews", "rubrics"):
        assert target.records[section], section
    with open_workspace(target.folder) as handle:
        check = exchange.verify_package(handle, target.package, passphrase=target.passphrase)
    assert check.ok, check.problems
    shutil.copytree(target.pristine, tmp_path / "ws")  # and import takes it whole
    with open_workspace(tmp_path / "ws") as handle:
        result = exchange.import_package(handle, target.package, passphrase=target.passphrase)
    assert result.status == "imported"


@pytest.mark.parametrize(("kind", "section", "path", "how"), CASES, ids=map(_id, CASES))
def test_every_field_wrong_is_refused_by_verify_and_import(
    targets: dict[str, Target], tmp_path: Path, kind: str, section: str, path: Path_, how: str
) -> None:
    spec = _spec_at(section, path)
    value = wrong_type(spec) if how == "type" else wrong_format(spec)
    target = targets["decisions" if kind == "decisions" else "records"]
    records = copy.deepcopy(target.records)
    head: dict[str, Any] = {}
    if section == "header":
        name = ""

        def edit(h: dict[str, Any]) -> None:
            nonlocal name
            name = put(h, path, value)
            head.update(h)

        package = forge(target.package, tmp_path / "p.dvkpkg", target.key, header=edit)
    else:
        if kind == "aggregate":
            records = {"format": "dvk-aggregate", "version": 1, "sender": records["sender"],
                       "children": [records]}  # fmt: skip
        name = put(records if section == "" else records[section][0], path, value)
        kind_header = (lambda h: h.update(kind="aggregate")) if kind == "aggregate" else None
        package = forge(
            target.package, tmp_path / "p.dvkpkg", target.key,
            records=lambda _r: records, header=kind_header,
        )  # fmt: skip
    problems, refusal, same = _outcome(target, package)
    # The header's identity is checked first, in words of its own.
    expected = IDENTITY.get(name) if section == "header" else None
    expected = expected or f"“{name}”"
    assert any(expected in p for p in problems), problems
    assert refusal is not None, "import accepted it"
    said = " ".join([refusal.message, *refusal.details])
    assert INTERNAL not in said and expected in said, said
    assert same, "the database or the evidence store changed"


def test_every_field_of_every_spec_is_walked() -> None:
    walked = {(section, path) for kind, section, path, how in CASES if how == "type"}
    every = {("header", p) for p, _s in spec_paths(schema.HEADER)}
    every |= {("", p) for p, _s in spec_paths(schema.TOP)}
    every |= {(s, p) for s, specs in schema.SECTIONS.items() for p, _ in spec_paths(specs)}
    assert every - walked == set()
    formats = {(s, p) for _k, s, p, how in CASES if how == "format"}
    assert {(s, p) for s, p in every if wrong_format(_spec_at(s, p)) is not None} <= formats
    # Every key the table lets a package carry has a spec: a section's or a top field's.
    for grant in authority.AUTHORITY:
        assert grant.top <= set(schema.SECTIONS) | set(schema.TOP), grant.kind
    # The nested fields the table allows are the nested specs (none escapes the specs).
    model = schema.SECTIONS["models"]
    assert model["indicators"].item is not None
    assert set(model["indicators"].item.fields) == authority.INDICATOR_FIELDS
    assert set(schema.TOP["sender"].fields) == authority.SENDER_FIELDS
