"""Reading the import spreadsheet: every cell checked, each problem named by row and column."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvk_desktop.domain.legacy_text import LegacyEncoding
from dvk_desktop.domain.model import NARRATIVE_FIELDS, IndicatorInput, ModelInput, field_problems
from dvk_desktop.domain.text import fold
from dvk_desktop.domain.vocab import (
    Field,
    Gender,
    LabelledEnum,
    ModelType,
    Novelty,
    OrgType,
    SubTopic,
)
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.reports.excel.import_columns import (
    BY_HEADER,
    BY_KEY,
    COLUMNS,
    INDICATOR_SLOTS,
    ImportColumn,
)
from dvk_desktop.reports.excel.import_values import (
    ImportProblem,
    TextConversion,
    as_text,
    decode_text,
    to_choice,
    to_date,
    to_int,
    to_money,
    to_number,
)
from dvk_desktop.reports.excel.sources import SheetCell, open_rows

__all__ = ["ImportProblem", "ParsedRow", "ReadResult", "TextConversion", "read_workbook"]

MAX_ROWS = 20_000


@dataclass(frozen=True)
class HolderSpec:
    """The individual of a cá nhân model, by name (matched or created by the import service)."""

    name: str
    birth_year: int | None = None
    gender: Gender | None = None
    position: str = ""


@dataclass
class ParsedRow:
    """A row that passed the cell checks; names still to be resolved against the workspace."""

    row: int
    data: ModelInput
    unit_code: str = ""
    owner: str = ""
    owner_type: OrgType | None = None
    coordinators: list[str] = field(default_factory=list)
    holder: HolderSpec | None = None
    lead: str = ""
    village: str = ""
    continues_code: str = ""


@dataclass
class ReadResult:
    """What the spreadsheet holds: good rows, problems, and the number of data rows read."""

    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    conversions: list[TextConversion] = field(default_factory=list)
    data_rows: int = 0
    # Each data row's number and model name, in file order (also the rows with problems).
    names: dict[int, str] = field(default_factory=dict)


class _RowErrors:
    def __init__(self, row: int) -> None:
        self.row = row
        self.problems: list[ImportProblem] = []

    def add(self, column: ImportColumn | None, message: str) -> None:
        self.problems.append(ImportProblem(self.row, column.header if column else "", message))


def indicator_code(name: str) -> str:
    """The code a new indicator gets from its name ("Hộ tham gia" -> "HO_THAM_GIA")."""
    return re.sub(r"[^A-Z0-9]+", "_", fold(name).upper()).strip("_")[:40] or "KHAC"


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]


def _header_map(
    header: list[SheetCell], result: ReadResult, legacy: LegacyEncoding | None
) -> dict[int, ImportColumn]:
    mapping: dict[int, ImportColumn] = {}
    for index, cell in enumerate(header):
        raw = cell.value
        if isinstance(raw, str):
            try:
                raw = decode_text(raw, cell.font, 1, "", result.conversions, legacy)
            except ValidationError as exc:
                result.problems.append(ImportProblem(1, as_text(raw), exc.message))
                continue
        title = as_text(raw)
        if not title:
            continue
        column = BY_HEADER.get(fold(title)) or BY_KEY.get(title)
        if column is None:
            result.problems.append(
                ImportProblem(
                    1,
                    title,
                    _t(
                        "tên cột không có trong mẫu nhập; hãy dùng đúng tên cột của tệp mẫu "
                        "mau-nhap-mo-hinh.xlsx.",
                    ),
                )
            )
        elif column in mapping.values():
            result.problems.append(ImportProblem(1, title, _t("cột bị lặp lại.")))
        else:
            mapping[index] = column
    present = set(mapping.values())
    for column in COLUMNS:
        if column.required and column not in present:
            result.problems.append(ImportProblem(1, column.header, _t("thiếu cột bắt buộc.")))
    return mapping


_CONVERT: dict[str, Callable[[Any, ImportColumn], Any]] = {
    "int": to_int,
    "date": to_date,
    "number": to_number,
    "money": to_money,
}
_CHOICES: dict[str, type[LabelledEnum]] = {
    "model_type": ModelType,
    "field": Field,
    "novelty": Novelty,
    "owner_type": OrgType,
    "holder_gender": Gender,
}


def _cells(
    row: list[SheetCell],
    mapping: dict[int, ImportColumn],
    errors: _RowErrors,
    conversions: list[TextConversion],
    legacy: LegacyEncoding | None,
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    width = len(row)
    for index, column in mapping.items():
        if index >= width:
            continue
        cell = row[index]
        raw = cell.value
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if cell.formula:
            errors.add(
                column,
                _t(
                    "ô chứa công thức ({raw}); hãy dán giá trị thay cho công thức (Dán đặc "
                    "biệt → Giá trị).",
                    raw=str(raw)[:40],
                ),
            )
            continue
        try:
            if isinstance(raw, str) and (cell.font or not raw.isascii()):
                raw = decode_text(raw, cell.font, errors.row, column.header, conversions, legacy)
            if column.key in _CHOICES:
                values[column.key] = to_choice(_CHOICES[column.key], raw)
            elif column.kind in _CONVERT:
                values[column.key] = _CONVERT[column.kind](raw, column)
            else:
                values[column.key] = as_text(raw)
        except ValidationError as exc:
            errors.add(column, exc.message)
    return values


def _indicators(values: dict[str, Any], errors: _RowErrors) -> list[IndicatorInput]:
    out: list[IndicatorInput] = []
    for i in range(1, INDICATOR_SLOTS + 1):
        name = values.get(f"ind{i}_name", "")
        unit = values.get(f"ind{i}_unit", "")
        target, actual = values.get(f"ind{i}_target"), values.get(f"ind{i}_actual")
        if not name:
            if unit or target is not None or actual is not None:
                errors.add(BY_KEY[f"ind{i}_name"], _t("có số liệu nhưng chưa ghi tên chỉ tiêu."))
            continue
        # A provisional code from the name, so that two indicators of a row are not taken for
        # one ("" twice); the service replaces it with the catalogue's code when it knows it.
        code = indicator_code(name)
        if any(ind.code == code for ind in out):
            errors.add(BY_KEY[f"ind{i}_name"], _t("chỉ tiêu “{name}” bị ghi hai lần.", name=name))
            continue
        out.append(IndicatorInput(code, name, unit, target, actual))
    return out


def parse_row(
    number: int,
    row: list[SheetCell],
    mapping: dict[int, ImportColumn],
    conversions: list[TextConversion] | None = None,
    legacy: LegacyEncoding | None = None,
) -> tuple[ParsedRow | None, list[ImportProblem]]:
    """Check one data row; return it parsed (None if a cell is wrong) and its problems."""
    errors = _RowErrors(number)
    v = _cells(row, mapping, errors, conversions if conversions is not None else [], legacy)
    for column in COLUMNS:
        missing = column.required and column.key not in v and column in mapping.values()
        if missing and not any(p.column == column.header for p in errors.problems):
            errors.add(column, _t("chưa nhập (cột bắt buộc)."))
    topics: list[SubTopic] = []
    for part in _split(v.get("sub_topics", "")):
        try:
            topics.append(SubTopic.from_text(part))  # type: ignore[arg-type]
        except KeyError:
            errors.add(
                BY_KEY["sub_topics"], _t("“{part}” không phải nội dung trong danh mục.", part=part)
            )
    indicators = _indicators(v, errors)
    mtype = v.get("model_type", ModelType.COLLECTIVE)
    novelty = v.get("novelty", Novelty.NEW)
    continues_code = v.get("continues_code", "")
    data = ModelInput(
        name=v.get("name", ""),
        model_type=mtype,
        field=v.get("field", Field.ECONOMY),
        sub_topics=topics,
        novelty=novelty,
        # A placeholder until the service finds last year's record by its code.
        continues_uuid="?" if continues_code else None,
        replicated_from_text=v.get("replicated_from_text", ""),
        year=v.get("year", 0),
        place=v.get("place", ""),
        start_date=v.get("start_date"),
        end_date=v.get("end_date"),
        evaluation_date=v.get("evaluation_date"),
        indicators=indicators,
        **{k: v.get(k, "") for k in NARRATIVE_FIELDS},
        **{
            k: v.get(k, 0)
            for k in (
                "budget_state",
                "budget_social",
                "budget_people",
                "budget_other",
                "labour_days",
            )
        },
    ).normalised()
    if not errors.problems:
        for message in field_problems(data):
            target: ImportColumn | None = None
            if "Năm đăng ký" in message:
                target = BY_KEY["year"]
            elif "Ngày kết thúc" in message:
                target = BY_KEY["end_date"]
            elif "Ngày đánh giá" in message:
                target = BY_KEY["evaluation_date"]
            elif "duy trì" in message:
                target = BY_KEY["continues_code"]
            elif "Tên mô hình" in message or "tên mô hình" in message:
                target = BY_KEY["name"]
            errors.add(target, message)
    if mtype is ModelType.INDIVIDUAL and not v.get("holder"):
        errors.add(BY_KEY["holder"], _t("mô hình cá nhân cần ghi họ tên cá nhân thực hiện."))
    if errors.problems:
        return None, errors.problems
    holder = None
    if v.get("holder"):
        holder = HolderSpec(
            v["holder"],
            v.get("holder_birth_year"),
            v.get("holder_gender"),
            v.get("holder_position", ""),
        )
    parsed = ParsedRow(
        number,
        data,
        v.get("unit_code", ""),
        v.get("owner", ""),
        v.get("owner_type"),
        _split(v.get("coordinators", "")),
        holder,
        v.get("lead", ""),
        v.get("village", ""),
        continues_code,
    )
    return parsed, []


def _empty(row: list[SheetCell]) -> bool:
    return all(c.value is None or (isinstance(c.value, str) and not c.value.strip()) for c in row)


def read_workbook(path: Path, progress: Callable[[int, int], None] | None = None) -> ReadResult:
    """Read and check every row of an import spreadsheet (nothing is written anywhere).

    Args:
        path: An .xlsx, .xlsm, .xls, .ods or .csv file laid out like the template.
        progress: Called every 100 rows with (rows read, rows the file says it has or 0);
            it may raise :class:`~dvk_desktop.errors.Cancelled` to stop.
    """
    result = ReadResult()
    with open_rows(path) as source:
        rows = source.rows
        first = next(rows, None)
        if first is None:
            raise ValidationError(_t("Tệp “{name}” không có dữ liệu.", name=path.name))
        mapping = _header_map(first[1], result, source.legacy)
        if result.problems:
            return result
        name_column = next(i for i, c in mapping.items() if c.key == "name")
        seen: dict[tuple[str, int], int] = {}
        for number, row in rows:
            if progress is not None and number % 100 == 0:
                progress(number, source.total)
            if _empty(row):
                continue
            result.data_rows += 1
            if result.data_rows > MAX_ROWS:
                raise ValidationError(
                    _t("Tệp có hơn {rows} dòng dữ liệu.", rows=f"{MAX_ROWS:,}".replace(",", ".")),
                    hint=_t("Hãy chia thành nhiều tệp nhỏ hơn."),
                )
            parsed, problems = parse_row(number, row, mapping, result.conversions, source.legacy)
            result.problems += problems
            if parsed is None:
                name = row[name_column].value if name_column < len(row) else ""
                result.names[number] = as_text(name)
                continue
            result.names[number] = parsed.data.name
            key = (fold(parsed.data.name), parsed.data.year)
            if key in seen:
                result.problems.append(
                    ImportProblem(
                        number,
                        BY_KEY["name"].header,
                        _t(
                            "trùng với dòng {seen} (cùng tên mô hình và năm {year}).",
                            seen=seen[key],
                            year=parsed.data.year,
                        ),
                    )
                )
                continue
            seen[key] = number
            result.rows.append(parsed)
    return result
