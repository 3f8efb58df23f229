"""Applying the authority table and the field specs to a parsed package, before anything is written.

:func:`authorise_package` is the one check ``verify`` runs on records.json (and ``import``,
which verifies first), so a package verify calls valid can be imported: its fields have the
types import reads (``schema``), it carries only what its sender may say (``domain.authority``),
it names only units and records its sender speaks for, and nothing in it collides with a
unique rule of the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import authority as auth
from dvk_desktop.domain import units
from dvk_desktop.domain.authority import Grant, SenderRole, StatusRule, Subjects
from dvk_desktop.domain.scoring import member_key
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import NotFoundError
from dvk_desktop.messages import _t
from dvk_desktop.services import trust
from dvk_desktop.services.exchange.records import change_records, schema
from dvk_desktop.services.exchange.records.check import check_records
from dvk_desktop.services.exchange.records.decision_checks import check_decision_records
from dvk_desktop.services.exchange.records.ownership import ClaimsInPackage, owner_problems
from dvk_desktop.storage.models import Decision, DvkModel, Organisation, RubricVersion, StatusChange
from dvk_desktop.storage.models import Unit as UnitRow
from dvk_desktop.storage.workspace import WorkspaceHandle

Problems = schema.Problems


def authorise_package(
    handle: WorkspaceHandle, header: dict[str, Any], records: Any, problems: list[str]
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Check one unit's records.json completely (the header is checked); add every problem.

    Returns the records and their snapshots when they may be read further, or ``(None, [])``
    when their shape is wrong: then nothing else may read them. An aggregate's records are
    checked child by child as they are read, by :func:`authorise_aggregate`.
    """
    found = Problems()
    ws = handle.info()
    kind, sender = header["kind"], header["sender"]["unit_code"]
    role = SenderRole.PARENT if kind == "decisions" else SenderRole.CHILD
    grant = auth.grant_for(kind, role)
    # The header's fields were checked before the signature (format.header_problems).
    if grant is None or grant.kind == "aggregate" or not _snapshot_shape(found, grant, records):
        problems.extend(found or [_t("Dữ liệu: loại gói không hợp lệ")])
        return None, []
    assert isinstance(records, dict)
    mode = "decisions" if kind == "decisions" else "child"
    found.extend(check_records(records, sender_unit_code=sender, mode=mode).problems)
    found.extend(change_records.problems_in(records, ""))
    if kind == "decisions":
        found.extend(
            check_decision_records(
                records, sender_unit_code=sender, parent_unit_code=ws.parent_unit_code
            )
        )
    if not found:  # the rules below read records whose references are known to be sound
        with handle.sessions() as session:
            if grant.subjects is Subjects.RECIPIENT:
                _recipient_rules(session, found, records, ws.unit_code, sender)
            else:
                _part_rules(session, found, grant, records, sender, sender)
    problems.extend(found)
    return records, [records]


def authorise_aggregate(
    handle: WorkspaceHandle,
    header: dict[str, Any],
    stream: Iterable[Any],
    problems: list[str],
    seen: Callable[[Any], None],
) -> tuple[Problems, bool]:
    """Check an aggregate's children one at a time as ``stream`` yields them.

    Every rule of a unit's snapshot applies to each child, with the aggregate's own: only
    communes below the sender that do not send for themselves, each once. The rules that
    read the database run for a child while nothing wrong has been found, as they do for a
    snapshot. ``seen`` is shown every child that was read (the counts, the evidence named).
    Returns the problems added, and whether every child had the shape the rules read (if
    not, nothing else may read them).
    """
    found = Problems()
    ws = handle.info()
    sender = header["sender"]["unit_code"]
    grant = auth.grant_for("aggregate", SenderRole.CHILD)
    assert grant is not None
    sending, claims = _Senders(ws, sender), ClaimsInPackage()
    shaped = True
    from_commune = _is_commune(sender)
    if from_commune:
        found.add(
            _t("Gói tổng hợp"),
            _t(
                "đơn vị gửi mã {sender} là cấp xã: chỉ cấp trên của các xã (huyện) mới được "
                "gửi gói tổng hợp",
                sender=sender,
            ),
        )
    with handle.sessions() as session:
        for n, child in enumerate(stream, 1):
            if n > MAX_CHILDREN:
                found.add(
                    _t("Dữ liệu"), _t("gói tổng hợp có quá {count} đơn vị", count=MAX_CHILDREN)
                )
                break
            seen(child)
            before = len(found)
            if not isinstance(child, dict):  # named as the whole-file check of TOP named it
                schema.check_value(found, _t("Dữ liệu"), f"children[{n}]", CHILD_SPEC, child)
                shaped = False
                continue
            if not schema.check_snapshot(found, child, grant.sections, _t("thứ {n}", n=n)):
                shaped = False
                continue
            unit = child["sender"]["unit_code"]
            where = _t("Dữ liệu của đơn vị {unit}", unit=unit[:20])
            _allowed(found, grant, where, child, auth.CHILD_TOP)
            _fields(found, grant, child, unit)
            if len(found) > before:
                shaped = False
                continue
            found.extend(check_records(child, sender_unit_code=unit, mode="child").problems)
            found.extend(change_records.problems_in(child, unit))
            if not from_commune:  # said once above, not again for every child
                sending.check(session, found, unit)
            found.extend(claims.problems(child, unit))
            if not found:
                _part_rules(session, found, grant, child, unit, sender)
    problems.extend(found)
    return found, shaped


CHILD_SPEC = schema.TOP["children"].item or schema.Spec("object")
MAX_CHILDREN = schema.TOP["children"].max_len  # counted as the children are read


def aggregate_top_problems(top: dict[str, Any], streamed: bool, sender: str) -> Problems:
    """What is wrong with an aggregate's own members (all but its children), read last."""
    found = Problems()
    grant = auth.grant_for("aggregate", SenderRole.CHILD)
    assert grant is not None
    members = {**top, "children": []} if streamed else top
    _allowed(found, grant, _t("Dữ liệu"), members, grant.top)
    fields = {k: schema.TOP[k] for k in ("format", "version", "sender", "children")}
    if not schema.check_object(found, _t("Dữ liệu"), members, fields):
        return found
    if top["format"] != "dvk-aggregate" or top["version"] != 1:
        found.add(_t("Dữ liệu"), _t("bản ghi tổng hợp không đúng định dạng"))
    if top["sender"]["unit_code"] != sender:
        found.add(_t("Dữ liệu"), _t("đơn vị gửi trong bản ghi không khớp với đơn vị đã ký gói"))
    return found


def _snapshot_shape(found: Problems, grant: Grant, records: Any) -> bool:
    """Types and formats of one unit's snapshot, and the sections and fields the table allows."""
    if not isinstance(records, dict):
        found.add(_t("Dữ liệu"), _t("không phải đối tượng JSON"))
        return False
    _allowed(found, grant, _t("Dữ liệu"), records, grant.top)
    if not schema.check_snapshot(found, records, grant.sections):
        return False
    _fields(found, grant, records, "")
    return not found


def _allowed(found: Problems, grant: Grant, where: str, item: dict[str, Any], keys: Any) -> None:
    for key in sorted(set(item) - set(keys)):
        rule = (
            _t("chỉ cấp trên mới được gửi phần này")
            if key in auth.PARENT_ONLY_SECTIONS
            else _t("phần này không có trong định dạng")
        )
        found.add(
            where,
            _t(
                "{label} không được mang phần “{key}” ({rule})",
                label=grant.label,
                key=str(key)[:40],
                rule=rule,
            ),
        )


def _fields(found: Problems, grant: Grant, part: dict[str, Any], unit: str) -> None:
    """Every record may carry only the fields the table grants its kind of package."""
    extra = set(part.get("sender", {})) - auth.SENDER_FIELDS
    if extra:
        found.add(
            _t("Dữ liệu"),
            _t("thông tin đơn vị gửi có trường lạ “{key}”", key=sorted(extra)[0][:40]),
        )
    for section, allowed in grant.sections.items():
        for n, item in enumerate(part.get(section, []), 1):
            where = schema.where_of(section, n, item, unit)
            for key in sorted(set(item) - allowed):
                rule = (
                    _t("điểm và xếp loại chỉ cấp trên mới được gửi")
                    if key in auth.UPPER_MODEL_FIELDS
                    else _t("{label} không mang trường này", label=grant.label)
                )
                found.add(
                    where, _t("trường không được phép: {key} ({rule})", key=key[:40], rule=rule)
                )
            for ind in item.get("indicators", []) if section == "models" else []:
                for key in sorted(set(ind) - auth.INDICATOR_FIELDS):
                    found.add(where, _t("chỉ tiêu có trường lạ “{key}”", key=key[:40]))


def _is_commune(code: str) -> bool:
    try:
        return code.isdigit() and len(code) == 5 and units.commune(code).code == code
    except NotFoundError:
        return False


def _province_of(code: str) -> str | None:
    if _is_commune(code):
        return units.commune(code).province_code
    return code if code.isdigit() and len(code) == 2 else None


class _Senders:
    """The aggregate's rule on whose data it may carry, one child at a time."""

    def __init__(self, ws: Any, sender: str) -> None:
        self.sender, self.own = sender, ws.unit_code
        self.province = _province_of(ws.unit_code) or _province_of(ws.parent_unit_code or "")
        self.units: set[str] = set()

    def check(self, session: Session, found: Problems, unit: str) -> None:
        """Only a commune below, once, that does not send its own packages here."""
        where = _t("Dữ liệu của đơn vị {unit}", unit=unit[:20])
        if unit in self.units:
            found.add(where, _t("đơn vị có hai bản dữ liệu trong cùng gói tổng hợp"))
        self.units.add(unit)
        if not _is_commune(unit) or unit in (self.sender, self.own):
            found.add(where, _t("gói tổng hợp chỉ được mang dữ liệu của các xã cấp dưới"))
        elif self.province is not None and units.commune(unit).province_code != self.province:
            found.add(
                where,
                _t(
                    "xã mã {unit} không thuộc tỉnh mã {province}",
                    unit=unit,
                    province=self.province,
                ),
            )
        elif trust.active_key(session, unit, trust.CHILD) is not None:
            found.add(
                where,
                _t(
                    "xã mã {unit} tự gửi gói cho đơn vị này (đã ghi nhận khóa riêng): gói "
                    "tổng hợp của đơn vị {sender} không được gửi thay",
                    unit=unit,
                    sender=self.sender,
                ),
            )


def _part_rules(
    session: Session, found: Problems, grant: Grant, part: dict[str, Any], unit: str, sender: str
) -> None:
    """One snapshot's records against what is held: whose, which statuses, no collision."""
    found.extend(owner_problems(session, part, unit))
    _statuses(session, found, grant, part, unit, sender)
    _collisions(session, found, part, unit)


def _statuses(
    session: Session, found: Problems, grant: Grant, part: dict[str, Any], unit: str, sender: str
) -> None:
    """A child's model may carry a commune-owned state, what is held here, or a backed one."""
    models = part.get("models", [])
    held = {
        row.uuid: row for row in _in(session, DvkModel, DvkModel.uuid, [m["uuid"] for m in models])
    }
    history: dict[int, set[str]] = {}
    for change in _in(session, StatusChange, StatusChange.model_id, [r.id for r in held.values()]):
        history.setdefault(change.model_id, set()).update((change.from_status, change.to_status))
    backed = {
        (d["kind"], uuid)
        for d in part.get("decisions", [])
        if d.get("issuer_unit_code") == sender
        for uuid in d["model_uuids"]
    }
    for n, m in enumerate(models, 1):
        status = Status(m["status"])
        row = held.get(m["uuid"])
        if status in auth.COMMUNE_STATUSES:
            continue
        if row is not None and (
            status.value == row.status or status.value in history.get(row.id, ())
        ):
            continue  # a decision of this level, echoed back (or an older snapshot of it)
        backing = auth.BACKING.get(status)
        if (
            grant.statuses is StatusRule.COMMUNE_OR_BACKED
            and backing is not None
            and (backing.value, m["uuid"]) in backed
        ):
            continue  # decided by the upper level that forwards it (a model moving up)
        found.add(schema.where_of("models", n, m, unit), auth.status_rule_text(grant, status))


def _collisions(session: Session, found: Problems, part: dict[str, Any], unit: str) -> None:
    """Names and codes that must stay unique in the unit once the package is applied."""
    own = session.scalars(select(UnitRow.id).where(UnitRow.code == unit)).first()
    names = {
        o.uuid: clean(o.name)
        for o in session.scalars(select(Organisation).where(Organisation.unit_id == own))
    }
    names.update((o["uuid"], clean(o["name"])) for o in part.get("organisations", []))
    _unique(found, _t("Tổ chức"), names.values(), unit, "organisation")
    codes = {
        m.uuid: m.code
        for m in session.scalars(select(DvkModel).where(DvkModel.source_unit_code == unit))
    }
    codes.update((m["uuid"], clean(m["code"])) for m in part.get("models", []))
    _unique(found, _t("Mô hình"), codes.values(), unit, "model")
    for n, m in enumerate(part.get("models", []), 1):
        indicator_codes = [clean(i["code"]).upper() for i in m.get("indicators", [])]
        _unique(
            found, schema.where_of("models", n, m, unit),
            [c for c in indicator_codes if c], unit, "indicator",
        )  # fmt: skip


def _clash(kind: str, unit: str, value: str) -> str:
    """Two records of one unit that would be one after import (a whole sentence per kind)."""
    if kind == "organisation":
        return _t(
            "hai tổ chức của đơn vị {unit} cùng tên “{value}” (sau khi nhập gói sẽ trùng "
            "nhau): hãy đổi một trong hai ở đơn vị gửi rồi gửi lại",
            unit=unit,
            value=value,
        )
    if kind == "model":
        return _t(
            "hai mô hình của đơn vị {unit} cùng mã “{value}” (sau khi nhập gói sẽ trùng "
            "nhau): hãy đổi một trong hai ở đơn vị gửi rồi gửi lại",
            unit=unit,
            value=value,
        )
    return _t(
        "hai chỉ tiêu của đơn vị {unit} cùng mã chỉ tiêu “{value}” (sau khi nhập gói sẽ "
        "trùng nhau): hãy đổi một trong hai ở đơn vị gửi rồi gửi lại",
        unit=unit,
        value=value,
    )


def _unique(found: Problems, where: str, values: Iterable[str], unit: str, kind: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            found.add(where, _clash(kind, unit[:20], value[:60]))
            return
        seen.add(value)


def _recipient_rules(
    session: Session, found: Problems, records: dict[str, Any], own: str, sender: str
) -> None:
    """The parent's decisions: only about this unit's models, no duplicate numbers or rubrics."""
    for n, m in enumerate(records.get("models", []), 1):
        if m["source_unit_code"] != own:
            found.add(
                schema.where_of("models", n, m),
                _t(
                    "thuộc đơn vị “{unit}”, không phải đơn vị nhận gói ({own})",
                    unit=m["source_unit_code"][:20],
                    own=own,
                ),
            )
    decisions = records.get("decisions", [])
    held = {
        (d.issuer, d.number): d.uuid
        for d in _in(session, Decision, Decision.issuer, [clean(d["issuer"]) for d in decisions])
    }
    for n, d in enumerate(decisions, 1):
        key = (clean(d["issuer"]), clean(d["number"]))
        if held.setdefault(key, d["uuid"]) != d["uuid"]:
            found.add(
                _t("Quyết định thứ {n}", n=n),
                _t(
                    "số “{number}” của “{issuer}” đã có ở một quyết định khác",
                    number=key[1][:60],
                    issuer=key[0][:60],
                ),
            )
    rubrics = records.get("rubrics", [])
    versions = {
        (r.scope, r.version): r.uuid
        for r in session.scalars(
            select(RubricVersion).where(RubricVersion.issuer_unit_code == sender)
        )
    }
    for n, r in enumerate(rubrics, 1):
        if versions.setdefault((r["scope"], r["version"]), r["uuid"]) != r["uuid"]:
            found.add(
                _t("Bộ tiêu chí thứ {n}", n=n),
                _t("phiên bản {version} đã có ở bộ tiêu chí khác", version=r["version"]),
            )
    members: set[tuple[str, str]] = set()
    for n, s in enumerate(records.get("score_sheets", []), 1):
        key = (s["model_uuid"], member_key(s["member"]))
        if key in members:
            found.add(
                _t("Phiếu chấm điểm thứ {n}", n=n),
                _t("thành viên đã có phiếu khác cho mô hình này"),
            )
        members.add(key)


def _in(session: Session, cls: Any, column: Any, values: Iterable[Any]) -> list[Any]:
    """Rows of ``cls`` whose ``column`` is among ``values``, a few queries for any number."""
    wanted = sorted({v for v in values if v is not None})
    rows: list[Any] = []
    for start in range(0, len(wanted), 500):  # SQLite limits the parameters of one statement
        rows += session.scalars(select(cls).where(column.in_(wanted[start : start + 500])))
    return rows
