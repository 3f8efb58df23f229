"""Matching the rows of an import spreadsheet against the workspace, in memory, in one pass.

Everything a row names (organisations, villages, people, last year's model, catalogue
indicators) and everything that must not clash (model names of the year, codes) is loaded
with a handful of queries; each row is then resolved by dictionary look-ups. The same
resolution runs for the dry run and, again inside the write transaction, for the import, so
the import writes exactly what the dry run showed or refuses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.model import IndicatorInput
from dvk_desktop.domain.text import clean, fold
from dvk_desktop.domain.vocab import Gender, OrgType, UnitLevel
from dvk_desktop.messages import _t
from dvk_desktop.reports.excel.import_columns import BY_KEY
from dvk_desktop.reports.excel.importer import ImportProblem, ParsedRow, indicator_code
from dvk_desktop.services.directory import own_unit
from dvk_desktop.storage.models import (
    DvkModel,
    IndicatorCatalogue,
    Organisation,
    Person,
    Unit,
    Workspace,
)

# Name limits of services.directory (checked here so that the dry run reports them).
_LIMITS = {"organisation": 300, "village": 200, "person": 150}


@dataclass(frozen=True)
class Ref:
    """A row the model points to: an existing id, or the key of one the import creates."""

    id: int | None = None
    new: str = ""


@dataclass
class NewPerson:
    """A person the import creates (with the details of the row that named them first)."""

    name: str
    birth_year: int | None = None
    gender: Gender | None = None
    position: str = ""


@dataclass
class PlannedModel:
    """A row ready to be written: its code and the ids (or new keys) of what it names."""

    row: int
    code: str
    parsed: ParsedRow
    owner: Ref | None = None
    coordinators: list[Ref] = field(default_factory=list)
    village: Ref | None = None
    holder: Ref | None = None
    lead: Ref | None = None
    continues_id: int | None = None
    indicators: list[IndicatorInput] = field(default_factory=list)


@dataclass
class Plan:
    """The outcome of matching every row: models to write, things to create, problems."""

    models: list[PlannedModel] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    new_organisations: dict[str, tuple[str, OrgType]] = field(default_factory=dict)
    new_villages: dict[str, str] = field(default_factory=dict)
    new_people: dict[str, NewPerson] = field(default_factory=dict)

    def signature(self) -> tuple[Any, ...]:
        """What a user was shown: codes per row, problems, names to create."""
        return (
            [(m.row, m.code) for m in self.models],
            sorted((p.row, p.column, p.message) for p in self.problems),
            list(self.new_organisations),
            list(self.new_villages),
            list(self.new_people),
        )


class Lookups:
    """The workspace's names and codes, loaded once for the whole file."""

    def __init__(self, session: Session) -> None:
        ws = session.scalars(select(Workspace)).one()
        self.unit_code, self.unit_name = ws.unit_code, ws.unit_name
        unit = own_unit(session)
        self.unit_id = unit.id
        self.orgs: dict[str, int] = {}
        for oid, folded in session.execute(
            select(Organisation.id, Organisation.name_folded)
            .where(Organisation.unit_id == unit.id)
            .order_by(Organisation.id)
        ):
            self.orgs.setdefault(folded, oid)
        self.villages: dict[str, int] = {}
        for vid, folded in session.execute(
            select(Unit.id, Unit.name_folded)
            .where(Unit.parent_id == unit.id, Unit.level == UnitLevel.VILLAGE.value)
            .order_by(Unit.id)
        ):
            self.villages.setdefault(folded, vid)
        self.people: dict[str, list[tuple[int, int | None]]] = {}
        for pid, folded, year in session.execute(
            select(Person.id, Person.name_folded, Person.birth_year)
            .where(Person.unit_id == unit.id)
            .order_by(Person.id)
        ):
            self.people.setdefault(folded, []).append((pid, year))
        self.model_names: dict[tuple[int, str], str] = {}
        self.model_ids: dict[str, int] = {}
        self.last_number: dict[int, int] = {}
        for mid, code, year, folded in session.execute(
            select(DvkModel.id, DvkModel.code, DvkModel.year, DvkModel.name_folded).where(
                DvkModel.source_unit_code == self.unit_code
            )
        ):
            self.model_names.setdefault((year, folded), code)
            self.model_ids[code] = mid
            prefix, _, number = code.rpartition("-")
            if number.isdigit() and prefix.startswith("MH-") and prefix[3:].isdigit():
                code_year = int(prefix[3:])
                self.last_number[code_year] = max(self.last_number.get(code_year, 0), int(number))
        self.catalogue: dict[str, tuple[str, str, str]] = {}
        for row in session.scalars(select(IndicatorCatalogue)):
            for key in (fold(row.code), fold(row.name)):
                self.catalogue[key] = (row.code, row.name, row.unit)


class _Resolver:
    def __init__(self, lookups: Lookups, create_missing: bool, plan: Plan) -> None:
        self.lk = lookups
        self.create = create_missing
        self.plan = plan
        self.next_number = dict(lookups.last_number)
        self.problems: list[ImportProblem] = []
        self.row = 0

    def _problem(self, key: str, message: str) -> None:
        self.problems.append(ImportProblem(self.row, BY_KEY[key].header if key else "", message))

    def _name_ok(self, name: str, kind: str, key: str, label: str) -> bool:
        if len(clean(name)) > _LIMITS[kind]:
            self._problem(
                key,
                _t(
                    "{label} dài quá {_LIMITS} ký tự.",
                    label=label,
                    _LIMITS=_LIMITS[kind],
                ),
            )
            return False
        return True

    def organisation(self, name: str, org_type: OrgType | None, key: str) -> Ref | None:
        folded = fold(name)
        if folded in self.lk.orgs:
            return Ref(self.lk.orgs[folded])
        if folded in self.plan.new_organisations:
            return Ref(new=folded)
        if not self.create:
            self._problem(
                key,
                _t(
                    "không tìm thấy tổ chức “{name}” trong danh mục; hãy thêm tổ chức trước "
                    "hoặc chọn tạo mới khi nhập.",
                    name=name,
                ),
            )
            return None
        if not self._name_ok(name, "organisation", key, "Tên tổ chức"):
            return None
        self.plan.new_organisations[folded] = (clean(name), org_type or OrgType.OTHER)
        return Ref(new=folded)

    def village(self, name: str) -> Ref | None:
        folded = fold(name)
        if folded in self.lk.villages:
            return Ref(self.lk.villages[folded])
        if folded in self.plan.new_villages:
            return Ref(new=folded)
        if not self.create:
            self._problem(
                "village",
                _t(
                    "không tìm thấy thôn, tổ dân phố “{name}”; hãy thêm trước hoặc chọn tạo "
                    "mới khi nhập.",
                    name=name,
                ),
            )
            return None
        if not self._name_ok(name, "village", "village", "Tên thôn/tổ dân phố"):
            return None
        self.plan.new_villages[folded] = clean(name)
        return Ref(new=folded)

    def person(self, name: str, key: str, details: NewPerson | None = None) -> Ref | None:
        folded = fold(name)
        year = details.birth_year if details else None
        for pid, known_year in self.lk.people.get(folded, []):
            if not year or known_year == year:
                return Ref(pid)
        for new_key, new in self.plan.new_people.items():
            if fold(new.name) == folded and (not year or new.birth_year == year):
                return Ref(new=new_key)
        if not self.create:
            self._problem(
                key,
                _t(
                    "không tìm thấy người “{name}” trong danh sách; hãy thêm trước hoặc chọn "
                    "tạo mới khi nhập.",
                    name=name,
                ),
            )
            return None
        if not self._name_ok(name, "person", key, "Họ và tên"):
            return None
        if year and not 1900 <= year <= dt.date.today().year:
            self._problem("holder_birth_year", _t("Năm sinh {year} không hợp lệ.", year=year))
            return None
        new_key = f"{folded}|{year or ''}"
        self.plan.new_people[new_key] = details or NewPerson(clean(name))
        return Ref(new=new_key)

    def indicators(self, wanted: list[IndicatorInput]) -> list[IndicatorInput]:
        out: list[IndicatorInput] = []
        seen: set[str] = set()
        for slot, ind in enumerate(wanted, 1):
            known = self.lk.catalogue.get(fold(ind.name))
            if known is not None:
                code, name, unit = known
                resolved = IndicatorInput(code, name, ind.unit or unit, ind.target, ind.actual)
            elif not ind.unit:
                self._problem(
                    f"ind{slot}_unit",
                    _t(
                        "chỉ tiêu “{name}” không có trong danh mục nên cần ghi đơn vị tính.",
                        name=ind.name,
                    ),
                )
                continue
            else:
                resolved = IndicatorInput(
                    indicator_code(ind.name), ind.name, ind.unit, ind.target, ind.actual
                )
            if resolved.code in seen:
                self._problem(
                    f"ind{slot}_name", _t("chỉ tiêu “{name}” bị ghi hai lần.", name=ind.name)
                )
                continue
            seen.add(resolved.code)
            out.append(resolved)
        return out

    def resolve(self, parsed: ParsedRow) -> None:
        self.row, self.problems = parsed.row, []
        data, lk = parsed.data, self.lk
        if parsed.unit_code and parsed.unit_code != lk.unit_code:
            self._problem(
                "unit_code",
                _t(
                    "mã đơn vị “{unit_code}” không phải của vùng làm việc này ({unit_code2} "
                    "– {unit_name}).",
                    unit_code=parsed.unit_code,
                    unit_code2=lk.unit_code,
                    unit_name=lk.unit_name,
                ),
            )
        model = PlannedModel(parsed.row, "", parsed)
        if parsed.owner:
            model.owner = self.organisation(parsed.owner, parsed.owner_type, "owner")
        for name in dict.fromkeys(parsed.coordinators):
            ref = self.organisation(name, None, "coordinators")
            if ref is not None and ref not in model.coordinators:
                model.coordinators.append(ref)
        if parsed.village:
            model.village = self.village(parsed.village)
        if parsed.holder is not None:
            h = parsed.holder
            model.holder = self.person(
                h.name, "holder", NewPerson(clean(h.name), h.birth_year, h.gender, h.position)
            )
        if parsed.lead:
            model.lead = self.person(parsed.lead, "lead")
        if parsed.continues_code:
            model.continues_id = lk.model_ids.get(parsed.continues_code)
            if model.continues_id is None:
                self._problem(
                    "continues_code",
                    _t(
                        "không có mô hình mã “{continues_code}” của đơn vị.",
                        continues_code=parsed.continues_code,
                    ),
                )
        model.indicators = self.indicators(data.indicators)
        clash = lk.model_names.get((data.year, fold(data.name)))
        if clash is not None:
            self._problem(
                "name",
                _t(
                    "Mô hình “{name}” năm {year} đã được đăng ký (mã {clash}). Hãy mở bản "
                    "đăng ký đã có để sửa, hoặc đặt tên khác cho mô hình mới.",
                    name=data.name,
                    year=data.year,
                    clash=clash,
                ),
            )
        if self.problems:
            self.plan.problems += self.problems
            return
        number = self.next_number.get(data.year, 0) + 1
        self.next_number[data.year] = number
        model.code = f"MH-{data.year}-{number:03d}"
        self.plan.models.append(model)


def make_plan(lookups: Lookups, rows: list[ParsedRow], create_missing: bool) -> Plan:
    """Resolve every parsed row against the loaded workspace names (no query, no write)."""
    plan = Plan()
    resolver = _Resolver(lookups, create_missing, plan)
    for parsed in rows:
        resolver.resolve(parsed)
    # A row refused after naming something new must not leave it to be created.
    used = {
        ref.new
        for m in plan.models
        for ref in (m.owner, m.village, m.holder, m.lead, *m.coordinators)
        if ref is not None and ref.new
    }
    for new in (plan.new_organisations, plan.new_villages, plan.new_people):
        for key in [k for k in new if k not in used]:
            del new[key]
    return plan
