"""Units of before 1 July 2025 and the units of today they became; reports count both ways.

A district-era record keeps the commune it was registered under (its ``source_unit_code``);
the official conversion table bundled with the program (``domain.unit_succession``) says which
of today's communes each old one became, and the reports of 2021–2025 show the figures by the
old units and by today's. Where the office knows better (a commune that was split), it records
its own rows from a spreadsheet (CSV, Excel or LibreOffice), which win over the official ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import unit_succession, units
from dvk_desktop.domain.office import Action
from dvk_desktop.domain.text import clean, fold, sort_key
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import access, audit
from dvk_desktop.storage.models import UnitSuccession
from dvk_desktop.storage.queries.stats import UnitCount
from dvk_desktop.storage.workspace import WorkspaceHandle

# Column titles as people write them, folded (no accents, đ → d, lower case).
_COLUMNS = {
    "old_code": ("ma don vi cu", "ma cu", "ma xa cu", "ma old"),
    "old_name": ("ten don vi cu", "ten cu", "ten xa cu"),
    "old_district": ("huyen cu", "quan huyen cu", "thuoc huyen", "huyen"),
    "new_code": ("ma don vi moi", "ma moi", "ma xa moi", "ma hien nay"),
}
MAX_ROWS = 20_000


@dataclass(frozen=True)
class Succession:
    """One old unit and the unit of today it became."""

    old_code: str
    old_name: str
    old_district: str
    new_code: str
    new_name: str


@dataclass(frozen=True)
class SuccessionImport:
    """What reading the table did."""

    added: int
    updated: int
    unchanged: int


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def _code(text: str) -> str:
    """A unit code as the official list writes it (5 digits for a commune: 70 → 00070)."""
    return text.zfill(5) if text.isdigit() and len(text) <= 5 else text


def _at(row: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    return row[index] if index is not None and index < len(row) else ""


def read_table(path: Path) -> list[Succession]:
    """The rows of a merger table; every wrong row is named, and nothing is kept if any is."""
    from dvk_desktop.reports.excel.sources import open_rows

    problems: list[str] = []
    found: dict[str, Succession] = {}
    columns: dict[str, int] | None = None
    with open_rows(path) as source:
        for number, cells in source.rows:
            values = [_cell(c.value) for c in cells]
            if columns is None:
                heads = [fold(v) for v in values]
                columns = {
                    key: next(i for i, h in enumerate(heads) if h in names)
                    for key, names in _COLUMNS.items()
                    if any(h in names for h in heads)
                }
                missing = [k for k in ("old_code", "old_name", "new_code") if k not in columns]
                if missing:
                    raise ValidationError(
                        _t(
                            "Dòng tiêu đề của tệp “{name}” thiếu cột mã đơn vị cũ, tên đơn vị "
                            "cũ hoặc mã đơn vị mới.",
                            name=path.name,
                        ),
                        hint=_t(
                            "Dòng đầu cần các cột: Mã đơn vị cũ, Tên đơn vị cũ, Huyện cũ (nếu "
                            "có), Mã đơn vị mới (theo Quyết định 19/2025/QĐ-TTg)."
                        ),
                    )
                continue
            if not any(values):
                continue
            if len(found) >= MAX_ROWS:
                problems.append(_t("Tệp có quá {n} dòng.", n=MAX_ROWS))
                break
            old, new = (
                _code(_at(values, columns, "old_code")),
                _code(_at(values, columns, "new_code")),
            )
            old_name = _at(values, columns, "old_name")
            where = _t("Dòng {n}", n=number)
            if not old or not old_name:
                problems.append(_t("{where}: thiếu mã hoặc tên đơn vị cũ.", where=where))
                continue
            try:
                today = units.find(new)
            except DvkError:
                problems.append(
                    _t(
                        "{where}: mã đơn vị mới “{code}” không có trong danh mục hiện hành.",
                        where=where,
                        code=new,
                    )
                )
                continue
            if old == today.code:
                problems.append(
                    _t("{where}: đơn vị cũ và đơn vị mới cùng mã {code}.", where=where, code=old)
                )
                continue
            district = _at(values, columns, "old_district")
            row = Succession(old, old_name, district, today.code, today.name)
            if old in found and found[old].new_code != row.new_code:
                problems.append(
                    _t(
                        "{where}: đơn vị cũ {code} đã được ghi sang một đơn vị mới khác ở dòng "
                        "trên; mỗi đơn vị cũ ghi một đơn vị hiện nay.",
                        where=where,
                        code=old,
                    )
                )
                continue
            found[old] = row
    if problems:
        raise ValidationError(
            _t(
                "Bảng sắp xếp đơn vị “{name}” có {n} dòng sai; chưa ghi gì.",
                name=path.name,
                n=len(problems),
            ),
            details=problems[:200],
            hint=_t("Hãy sửa các dòng được nêu rồi nhập lại."),
        )
    return list(found.values())


def import_table(handle: WorkspaceHandle, path: Path) -> SuccessionImport:
    """Record a merger table in one transaction (rows of an old unit already held are updated)."""
    access.require(handle, Action.SETTINGS)
    rows = read_table(path)
    added = updated = unchanged = 0
    with handle.sessions() as session, session.begin():
        held = {s.old_code: s for s in session.scalars(select(UnitSuccession))}
        for r in rows:
            row = held.get(r.old_code)
            if row is None:
                session.add(UnitSuccession(**r.__dict__))
                added += 1
                continue
            before = (row.old_name, row.old_district, row.new_code, row.new_name)
            after = (r.old_name, r.old_district, r.new_code, r.new_name)
            if before == after:
                unchanged += 1
                continue
            row.old_name, row.old_district, row.new_code, row.new_name = after
            updated += 1
        audit.record(
            session, action="import", entity="unit_succession", entity_uuid=path.name[:36],
            after={"added": added, "updated": updated, "unchanged": unchanged},
        )  # fmt: skip
    return SuccessionImport(added, updated, unchanged)


def successions(handle: WorkspaceHandle) -> list[Succession]:
    """The recorded table, by today's unit then by the old unit's name."""
    with handle.readers() as session:
        rows = [
            Succession(s.old_code, s.old_name, s.old_district, s.new_code, s.new_name)
            for s in session.scalars(select(UnitSuccession))
        ]
    return sorted(rows, key=lambda s: (sort_key(s.new_name), s.new_code, sort_key(s.old_name)))


def today_of(session: Session, codes: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Old unit code → (today's code, today's name), for the codes asked about.

    The table the office recorded wins; otherwise a code that is no longer on today's list
    follows the official conversion table. A chain of mergers is followed to its end.
    """
    direct = {s.old_code: (s.new_code, s.new_name) for s in session.scalars(select(UnitSuccession))}
    final: dict[str, tuple[str, str]] = {}
    for code in codes:
        current = direct.get(code) or _official_successor(code)
        if current is None:
            continue
        seen = {code}
        while current[0] in direct and current[0] not in seen:  # merged twice: go to the end
            seen.add(current[0])
            current = direct[current[0]]
        final[code] = current
    return final


def _official_successor(code: str) -> tuple[str, str] | None:
    new = unit_succession.successor(code)
    return None if new is None else (new, units.find(new).name)


def named_as_registered(session: Session, counts: list[UnitCount]) -> list[UnitCount]:
    """Units this level holds no row for get their name: the merger table's, or the official one."""
    names = {s.old_code: s.old_name for s in session.scalars(select(UnitSuccession))}
    return [replace(u, name=names.get(u.code) or official_name(u.code)) if u.name == u.code
            else u for u in counts]  # fmt: skip


def official_name(code: str, *, with_district: bool = True) -> str:
    """A unit's name from today's list, or the old list's (with its district); else its code."""
    try:
        return units.find(code).name
    except DvkError:
        old = unit_succession.former(code)
        if old is None:
            return code
        return old.label if with_district else old.name


def by_today(counts: list[UnitCount], mapping: dict[str, tuple[str, str]]) -> list[UnitCount]:
    """The by-unit counts added up into today's units (units that did not change stay)."""
    merged: dict[str, UnitCount] = {}
    for u in counts:
        code, name = mapping.get(u.code, (u.code, u.name))
        held = merged.get(code)
        if held is None:
            merged[code] = replace(u, code=code, name=name, stages=dict(u.stages))
            continue
        stages = {k: held.stages.get(k, 0) + v for k, v in u.stages.items()}
        merged[code] = replace(
            held,
            collective=held.collective + u.collective,
            individual=held.individual + u.individual,
            stages=stages,
        )
    return [merged[c] for c in sorted(merged)]


def registered_under(handle: WorkspaceHandle, uuid: str) -> str | None:
    """Where a model of before 1 July 2025 was registered ("Xã …, Huyện …"), if known.

    Recorded when a district's workspace became its province's (services.unit_conversion);
    otherwise a model registered under a unit that no longer exists is named from the official
    conversion table. None for a model registered under today's units.
    """
    from dvk_desktop.storage.models import DvkModel, ModelUnitHistory

    with handle.readers() as session:
        row = session.scalars(
            select(ModelUnitHistory)
            .join(DvkModel, DvkModel.id == ModelUnitHistory.model_id)
            .where(DvkModel.uuid == uuid)
        ).first()
        source = session.scalar(select(DvkModel.source_unit_code).where(DvkModel.uuid == uuid))
    if row is not None:
        where = ", ".join(n for n in (row.old_unit_name, row.old_district_name) if n)
        where = where or row.old_unit_code
    elif source and unit_succession.successor(source) is not None:
        old = unit_succession.former(source)
        where = old.label if old is not None else source
    else:
        return None
    return _t("{where} (đơn vị trước ngày 01/7/2025)", where=where)
