"""Importing models from a spreadsheet: read and check every row once, then write them in bulk.

Matching rules (documented for users in the template's "Hướng dẫn" sheet):

* Organisations (đơn vị chủ trì, phối hợp), villages (thôn, tổ dân phố) and people (cá nhân thực
  hiện, người phụ trách) of this workspace's unit are matched by name, ignoring case and
  diacritics ("Hoi Nong dan" finds "Hội Nông dân"); a person with a birth year given must also
  match that year.
* A name that matches nothing is a row error, unless the caller asks to create what is missing
  (``create_missing``): then the organisation (with the given type, or "Khác"), village or
  person is created in the same transaction.
* Text typed in the old TCVN3 (.VnTime) or VNI fonts is turned into Unicode, and every such
  conversion is listed; a cell whose encoding cannot be told for sure is a row error.
* The unit code, when given, must be this workspace's unit.
* A maintained model names last year's record by its code (MH-2025-004).
* Nothing is written unless every row is valid (or the caller accepts importing only the valid
  rows). :func:`check_import` writes nothing; :func:`apply_import` writes what the check showed,
  matching the rows again inside its transaction and refusing if the workspace changed since.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.reports.excel.importer import (
    ImportProblem,
    ParsedRow,
    TextConversion,
    read_workbook,
)
from dvk_desktop.services.xlsx_import_plan import Lookups, Plan, make_plan
from dvk_desktop.services.xlsx_import_write import write_plan
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass
class RowOutcome:
    """One data row of the file as the report shows it."""

    row: int
    name: str
    code: str = ""  # the code the model gets (or would get); empty when the row is refused
    problems: list[str] = field(default_factory=list)
    conversions: list[TextConversion] = field(default_factory=list)


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
    conversions: list[TextConversion] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    dry_run: bool = False
    committed: bool = False

    @property
    def ok(self) -> bool:
        """Whether every row is valid."""
        return not self.problems

    def problem_lines(self) -> list[str]:
        """Every problem as one Vietnamese line, in row order."""
        return [p.text() for p in sorted(self.problems, key=lambda p: (p.row, p.column))]

    def conversion_lines(self) -> list[str]:
        """Every legacy-encoding conversion as one Vietnamese line, in row order."""
        return [c.text() for c in self.conversions]


@dataclass
class ImportCheck:
    """A checked file: its report and what :func:`apply_import` needs to write it."""

    report: ImportReport
    path: Path
    create_missing: bool
    rows: list[ParsedRow] = field(default_factory=list)
    signature: tuple[Any, ...] = ()


def _report(
    read_names: dict[int, str],
    data_rows: int,
    problems: list[ImportProblem],
    conversions: list[TextConversion],
    plan: Plan | None,
) -> ImportReport:
    report = ImportReport(data_rows=data_rows, problems=problems, conversions=conversions)
    if plan is not None:
        report.imported = [m.code for m in plan.models]
        report.created_organisations = [name for name, _ in plan.new_organisations.values()]
        report.created_villages = list(plan.new_villages.values())
        report.created_people = [p.name for p in plan.new_people.values()]
    codes = {m.row: m.code for m in plan.models} if plan is not None else {}
    by_row: dict[int, list[str]] = defaultdict(list)
    for p in sorted(problems, key=lambda p: (p.row, p.column)):
        by_row[p.row].append(
            _t("Cột “{column}”: {message}", column=p.column, message=p.message)
            if p.column
            else p.message
        )
    conv_by_row: dict[int, list[TextConversion]] = defaultdict(list)
    for c in conversions:
        conv_by_row[c.row].append(c)
    report.rows = [
        RowOutcome(n, name, codes.get(n, ""), by_row.get(n, []), conv_by_row.get(n, []))
        for n, name in read_names.items()
    ]
    return report


def check_import(
    handle: WorkspaceHandle,
    path: Path,
    *,
    create_missing: bool = False,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> ImportCheck:
    """Read and check every row of a spreadsheet against the workspace; write nothing.

    Args:
        handle: The open workspace.
        path: An .xlsx, .xlsm, .xls, .ods or .csv file laid out like the template.
        create_missing: Plan to create the organisations, villages and people the rows name
            but the workspace does not know yet (otherwise each is a row error).
        reporter: Receives progress while the rows are read.
        cancel: Checked while the rows are read.
    """
    reporter = reporter or NullReporter()
    token = cancel or CancelToken()

    def progress(done: int, total: int) -> None:
        token.check()
        reporter.report(done, max(total, done))

    read = read_workbook(path, progress)
    token.check()
    problems = list(read.problems)
    if any(p.row == 1 for p in read.problems):
        # The header is wrong: rows cannot be read reliably.
        report = _report({}, read.data_rows, problems, read.conversions, None)
        report.dry_run = True
        return ImportCheck(report, path, create_missing)
    with handle.sessions() as session:
        plan = make_plan(Lookups(session), read.rows, create_missing)
    report = _report(read.names, read.data_rows, problems + plan.problems, read.conversions, plan)
    report.dry_run = True
    reporter.report(read.data_rows, read.data_rows, "")
    return ImportCheck(report, path, create_missing, read.rows, plan.signature())


def apply_import(
    handle: WorkspaceHandle,
    check: ImportCheck,
    *,
    only_valid: bool = False,
    actor: str | None = None,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Write what :func:`check_import` found, in one transaction.

    Args:
        handle: The open workspace.
        check: The result of :func:`check_import` on the same workspace.
        only_valid: Import the valid rows even when other rows have problems (by default one
            bad row stops the whole import).
        actor: Who imports (audit log).
        cancel: Checked before the transaction commits; cancelling writes nothing.

    Returns:
        The report; ``committed`` says whether anything was written.
    """
    checked = check.report
    report = ImportReport(**{**checked.__dict__, "dry_run": False, "committed": False})
    accept = checked.imported and (not checked.problems or only_valid)
    if not accept or not check.rows:
        return report
    with handle.sessions() as session, session.begin():
        lookups = Lookups(session)
        plan = make_plan(lookups, check.rows, check.create_missing)
        if plan.signature() != check.signature:
            raise ValidationError(
                _t(
                    "Dữ liệu trong vùng làm việc đã thay đổi từ lúc kiểm tra tệp; chưa nhập gì.",
                ),
                hint=_t("Hãy kiểm tra lại tệp rồi nhập."),
            )
        report.imported = write_plan(session, plan, lookups, actor=actor)
        if cancel is not None:
            cancel.check()  # raising here rolls the transaction back
    report.committed = True
    return report


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
    """Check a spreadsheet and, unless ``dry_run``, import it (see the module's rules)."""
    check = check_import(
        handle, path, create_missing=create_missing, reporter=reporter, cancel=cancel
    )
    if dry_run:
        return check.report
    return apply_import(handle, check, only_valid=only_valid, actor=actor, cancel=cancel)


TEMPLATE_NAME = "mau-nhap-mo-hinh.xlsx"


def save_template(target: Path) -> Path:
    """Write the blank import template (with its guide and lists sheets) to ``target``."""
    from dvk_desktop.resources import resource_path
    from dvk_desktop.storage.atomic import atomic_write_bytes

    return atomic_write_bytes(target, resource_path("templates", TEMPLATE_NAME).read_bytes())
