"""Importing models from a spreadsheet: check every row, then write all of them in one transaction.

Matching rules (documented for users in the template's "Hướng dẫn" sheet):

* Organisations (đơn vị chủ trì, phối hợp), villages (thôn, tổ dân phố) and people (cá nhân thực
  hiện, người phụ trách) are matched by name, ignoring case and diacritics ("Hoi Nong dan" finds
  "Hội Nông dân"); a person with a birth year given must also match that year.
* A name that matches nothing is a row error, unless the caller asks to create what is missing
  (``create_missing``): then the organisation (with the given type, or "Khác"), village or
  person is created in the same transaction.
* The unit code, when given, must be this workspace's unit.
* A maintained model names last year's record by its code (MH-2025-004).
* Nothing is written unless every row is valid (or the caller accepts importing only the valid
  rows); a dry run goes through every step, then rolls the transaction back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain.model import IndicatorInput
from dvk_desktop.domain.text import fold
from dvk_desktop.domain.vocab import OrgType, UnitLevel
from dvk_desktop.errors import DvkError
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.reports.excel.import_columns import BY_KEY
from dvk_desktop.reports.excel.importer import ImportProblem, ParsedRow, read_workbook
from dvk_desktop.services import directory
from dvk_desktop.services.models import create_in_session
from dvk_desktop.storage.models import (
    DvkModel,
    IndicatorCatalogue,
    Organisation,
    Person,
    Unit,
    Workspace,
)
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass
class ImportReport:
    """The outcome of an import or a dry run."""

    data_rows: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    # Codes of the models created (committed) or that would be created (dry run, refusal).
    imported: list[str] = field(default_factory=list)
    created_organisations: list[str] = field(default_factory=list)
    created_villages: list[str] = field(default_factory=list)
    created_people: list[str] = field(default_factory=list)
    dry_run: bool = False
    committed: bool = False

    @property
    def ok(self) -> bool:
        """Whether every row is valid."""
        return not self.problems

    def problem_lines(self) -> list[str]:
        """Every problem as one Vietnamese line, in row order."""
        return [p.text() for p in sorted(self.problems, key=lambda p: (p.row, p.column))]


class _Resolver:
    """Finds (or creates) the rows a spreadsheet line names, caching what it created."""

    def __init__(self, session: Session, create_missing: bool, report: ImportReport) -> None:
        self.session = session
        self.create = create_missing
        self.report = report
        self.ws = session.scalars(select(Workspace)).one()
        self.catalogue = {
            key: row
            for row in session.scalars(select(IndicatorCatalogue))
            for key in (fold(row.code), fold(row.name))
        }

    def organisation(self, name: str, org_type: OrgType | None, column: str) -> str:
        org = self.session.scalars(
            select(Organisation).where(Organisation.name_folded == fold(name))
        ).first()
        if org is None:
            if not self.create:
                raise _RowError(
                    column,
                    f"không tìm thấy tổ chức “{name}” trong danh mục; hãy thêm tổ chức trước "
                    "hoặc chọn tạo mới khi nhập.",
                )
            org = directory.add_organisation(self.session, name, org_type or OrgType.OTHER)
            self.report.created_organisations.append(org.name)
        return org.uuid

    def village(self, name: str) -> str:
        unit = self.session.scalars(
            select(Unit).where(
                Unit.level == UnitLevel.VILLAGE.value, Unit.name_folded == fold(name)
            )
        ).first()
        if unit is None:
            if not self.create:
                raise _RowError(
                    BY_KEY["village"].header,
                    f"không tìm thấy thôn, tổ dân phố “{name}”; hãy thêm trước hoặc chọn tạo mới "
                    "khi nhập.",
                )
            unit = directory.add_village(self.session, name)
            self.report.created_villages.append(unit.name)
        return unit.uuid

    def person(self, name: str, column: str, **details: Any) -> str:
        stmt = select(Person).where(Person.name_folded == fold(name))
        if details.get("birth_year"):
            stmt = stmt.where(Person.birth_year == details["birth_year"])
        person = self.session.scalars(stmt).first()
        if person is None:
            if not self.create:
                raise _RowError(
                    column,
                    f"không tìm thấy người “{name}” trong danh sách; hãy thêm trước hoặc chọn tạo "
                    "mới khi nhập.",
                )
            person = directory.add_person(
                self.session, name, **{k: v for k, v in details.items() if v}
            )
            self.report.created_people.append(person.full_name)
        return person.uuid

    def continues(self, code: str) -> str:
        row = self.session.scalars(
            select(DvkModel).where(
                DvkModel.code == code, DvkModel.source_unit_code == self.ws.unit_code
            )
        ).first()
        if row is None:
            raise _RowError(
                BY_KEY["continues_code"].header, f"không có mô hình mã “{code}” của đơn vị."
            )
        return row.uuid

    def indicator(self, ind: IndicatorInput, slot: int) -> IndicatorInput:
        known = self.catalogue.get(fold(ind.name))
        if known is not None:
            return IndicatorInput(
                known.code, known.name, ind.unit or known.unit, ind.target, ind.actual
            )
        if not ind.unit:
            raise _RowError(
                BY_KEY[f"ind{slot}_unit"].header,
                f"chỉ tiêu “{ind.name}” không có trong danh mục nên cần ghi đơn vị tính.",
            )
        code = re.sub(r"[^A-Z0-9]+", "_", fold(ind.name).upper()).strip("_")[:40] or "KHAC"
        return IndicatorInput(code, ind.name, ind.unit, ind.target, ind.actual)


class _RowError(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _resolve(resolver: _Resolver, parsed: ParsedRow) -> None:
    data = parsed.data
    if parsed.unit_code and parsed.unit_code != resolver.ws.unit_code:
        raise _RowError(
            BY_KEY["unit_code"].header,
            f"mã đơn vị “{parsed.unit_code}” không phải của vùng làm việc này "
            f"({resolver.ws.unit_code} – {resolver.ws.unit_name}).",
        )
    if parsed.owner:
        data.owner_org_uuid = resolver.organisation(
            parsed.owner, parsed.owner_type, BY_KEY["owner"].header
        )
    data.coordinating_org_uuids = [
        resolver.organisation(name, None, BY_KEY["coordinators"].header)
        for name in parsed.coordinators
    ]
    if parsed.village:
        data.village_uuid = resolver.village(parsed.village)
    if parsed.holder is not None:
        h = parsed.holder
        data.holder_person_uuid = resolver.person(
            h.name,
            BY_KEY["holder"].header,
            birth_year=h.birth_year,
            gender=h.gender,
            position=h.position,
        )
    if parsed.lead:
        data.lead_person_uuid = resolver.person(parsed.lead, BY_KEY["lead"].header)
    data.continues_uuid = (
        resolver.continues(parsed.continues_code) if parsed.continues_code else None
    )
    data.indicators = [resolver.indicator(ind, i) for i, ind in enumerate(data.indicators, 1)]


def _create(session: Session, ws: Workspace, parsed: ParsedRow, actor: str | None) -> str:
    return create_in_session(session, parsed.data, actor=actor, action="import").code


def import_models(
    handle: WorkspaceHandle,
    path: Path,
    *,
    dry_run: bool = False,
    create_missing: bool = False,
    only_valid: bool = False,
    actor: str | None = None,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Check and import the models of a spreadsheet made from the template.

    Args:
        handle: The open workspace.
        path: The .xlsx file.
        dry_run: Go through every step, report, and roll back.
        create_missing: Create organisations, villages and people the rows name but the
            workspace does not know yet (otherwise each is a row error).
        only_valid: Import the valid rows even when other rows have problems (by default one
            bad row stops the whole import).
        actor: Who imports (audit log).
        reporter: Receives progress per row.
        cancel: Checked between rows; cancelling rolls everything back.

    Returns:
        The report; ``committed`` says whether anything was written.
    """
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    read = read_workbook(path)
    report = ImportReport(data_rows=read.data_rows, problems=list(read.problems), dry_run=dry_run)
    if any(p.row == 1 for p in read.problems):
        return report  # the header is wrong: rows cannot be read reliably
    with handle.sessions() as session:
        transaction = session.begin()
        try:
            resolver = _Resolver(session, create_missing, report)
            for i, parsed in enumerate(read.rows):
                cancel.check()
                reporter.report(i, len(read.rows), parsed.data.name)
                savepoint = session.begin_nested()
                try:
                    _resolve(resolver, parsed)
                    report.imported.append(_create(session, resolver.ws, parsed, actor))
                    savepoint.commit()
                except _RowError as exc:
                    savepoint.rollback()
                    report.problems.append(ImportProblem(parsed.row, exc.column, exc.message))
                except DvkError as exc:
                    savepoint.rollback()
                    column = BY_KEY["name"].header if "đã được đăng ký" in exc.message else ""
                    report.problems.append(ImportProblem(parsed.row, column, exc.message))
            reporter.report(len(read.rows), len(read.rows), "")
            accept = not report.problems or (only_valid and report.imported)
            if dry_run or not accept or not report.imported:
                transaction.rollback()
            else:
                transaction.commit()
                report.committed = True
        except BaseException:
            transaction.rollback()
            raise
    return report
