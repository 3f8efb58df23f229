"""Reading the import spreadsheet: every cell checked, each problem named by row and column."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from dvk_desktop.domain.model import NARRATIVE_FIELDS, IndicatorInput, ModelInput, field_problems
from dvk_desktop.domain.text import clean, fold, parse_date, parse_money, parse_number
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
from dvk_desktop.reports.excel.import_columns import (
    BY_HEADER,
    BY_KEY,
    COLUMNS,
    INDICATOR_SLOTS,
    SHEET_NAME,
    ImportColumn,
)

MAX_ROWS = 20_000


@dataclass(frozen=True)
class ImportProblem:
    """A problem of one cell or row (row 1 is the header row)."""

    row: int
    column: str
    message: str

    def text(self) -> str:
        """The problem as one line: Dòng 5, cột “Năm đăng ký”: …."""
        where = f"Dòng {self.row}, cột “{self.column}”" if self.column else f"Dòng {self.row}"
        return f"{where}: {self.message}"


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
    data_rows: int = 0


class _RowErrors:
    def __init__(self, row: int) -> None:
        self.row = row
        self.problems: list[ImportProblem] = []

    def add(self, column: ImportColumn | None, message: str) -> None:
        self.problems.append(ImportProblem(self.row, column.header if column else "", message))


def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime | dt.date):
        return f"{raw.day:02d}/{raw.month:02d}/{raw.year}"
    return clean(str(raw))


def _int(raw: Any, col: ImportColumn) -> int:
    if isinstance(raw, bool):
        raise ValidationError("phải là số nguyên.")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = _text(raw)
    if text.isdigit():
        return int(text)
    raise ValidationError(f"phải là số nguyên, đang là “{text}”.")


def _date(raw: Any, col: ImportColumn) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float):
        raise ValidationError(
            f"không phải là ngày (ô đang chứa số {_text(raw)}); hãy nhập ngày/tháng/năm."
        )
    try:
        return parse_date(_text(raw), label=col.header)
    except ValidationError as exc:
        raise ValidationError(f"không đúng dạng ngày/tháng/năm: “{_text(raw)}”.") from exc


def _number(raw: Any, col: ImportColumn) -> Decimal:
    if isinstance(raw, bool):
        raise ValidationError("phải là số.")
    if isinstance(raw, int | float):
        value = Decimal(str(raw))
    else:
        try:
            value = parse_number(_text(raw), label=col.header)
        except ValidationError:
            raise ValidationError(f"phải là số, đang là “{_text(raw)}”.") from None
    if value < 0:
        raise ValidationError("không được âm.")
    return value


def _money(raw: Any, col: ImportColumn) -> int:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if raw < 0 or not float(raw).is_integer():
            raise ValidationError(f"phải là số đồng chẵn, không âm (đang là {_text(raw)}).")
        return int(raw)
    try:
        return parse_money(_text(raw), label=col.header)
    except ValidationError as exc:
        raise ValidationError(exc.message.replace(f"{col.header} ", "", 1)) from None


def _choice(enum: type[LabelledEnum], raw: Any) -> Any:
    text = _text(raw)
    try:
        return enum.from_text(text)
    except KeyError:
        choices = ", ".join(m.label for m in enum)
        raise ValidationError(f"“{text}” không hợp lệ; chọn một trong: {choices}.") from None


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]


def _header_map(header: tuple[Any, ...], result: ReadResult) -> dict[int, ImportColumn]:
    mapping: dict[int, ImportColumn] = {}
    for index, raw in enumerate(header):
        title = _text(raw)
        if not title:
            continue
        column = BY_HEADER.get(fold(title)) or BY_KEY.get(title)
        if column is None:
            result.problems.append(
                ImportProblem(
                    1,
                    title,
                    "tên cột không có trong mẫu nhập; hãy dùng đúng tên cột "
                    "của tệp mẫu mau-nhap-mo-hinh.xlsx.",
                )
            )
        elif column in mapping.values():
            result.problems.append(ImportProblem(1, title, "cột bị lặp lại."))
        else:
            mapping[index] = column
    present = set(mapping.values())
    for column in COLUMNS:
        if column.required and column not in present:
            result.problems.append(ImportProblem(1, column.header, "thiếu cột bắt buộc."))
    return mapping


_CONVERT = {"int": _int, "date": _date, "number": _number, "money": _money}
_CHOICES: dict[str, type[LabelledEnum]] = {
    "model_type": ModelType,
    "field": Field,
    "novelty": Novelty,
    "owner_type": OrgType,
    "holder_gender": Gender,
}


def _cells(
    row: tuple[Any, ...], mapping: dict[int, ImportColumn], errors: _RowErrors
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for index, column in mapping.items():
        if index >= len(row):
            continue
        cell = row[index]
        raw = cell.value
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if getattr(cell, "data_type", "") == "f":
            errors.add(
                column,
                f"ô chứa công thức ({str(raw)[:40]}); hãy dán giá trị thay cho "
                "công thức (Dán đặc biệt → Giá trị).",
            )
            continue
        try:
            if column.key in _CHOICES:
                values[column.key] = _choice(_CHOICES[column.key], raw)
            elif column.kind in _CONVERT:
                values[column.key] = _CONVERT[column.kind](raw, column)
            else:
                values[column.key] = _text(raw)
        except ValidationError as exc:
            errors.add(column, exc.message)
    return values


def _indicators(values: dict[str, Any], errors: _RowErrors) -> list[IndicatorInput]:
    out = []
    for i in range(1, INDICATOR_SLOTS + 1):
        name = values.get(f"ind{i}_name", "")
        unit = values.get(f"ind{i}_unit", "")
        target, actual = values.get(f"ind{i}_target"), values.get(f"ind{i}_actual")
        if not name:
            if unit or target is not None or actual is not None:
                errors.add(BY_KEY[f"ind{i}_name"], "có số liệu nhưng chưa ghi tên chỉ tiêu.")
            continue
        out.append(IndicatorInput("", name, unit, target, actual))
    return out


def parse_row(
    number: int, row: tuple[Any, ...], mapping: dict[int, ImportColumn]
) -> tuple[ParsedRow | None, list[ImportProblem]]:
    """Check one data row; return it parsed (None if a cell is wrong) and its problems."""
    errors = _RowErrors(number)
    v = _cells(row, mapping, errors)
    for column in COLUMNS:
        missing = column.required and column.key not in v and column in mapping.values()
        if missing and not any(p.column == column.header for p in errors.problems):
            errors.add(column, "chưa nhập (cột bắt buộc).")
    topics: list[SubTopic] = []
    for part in _split(v.get("sub_topics", "")):
        try:
            topics.append(SubTopic.from_text(part))  # type: ignore[arg-type]
        except KeyError:
            errors.add(BY_KEY["sub_topics"], f"“{part}” không phải nội dung trong danh mục.")
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
        errors.add(BY_KEY["holder"], "mô hình cá nhân cần ghi họ tên cá nhân thực hiện.")
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


def read_workbook(path: Path) -> ReadResult:
    """Read and check every row of the import spreadsheet (nothing is written anywhere)."""
    result = ReadResult()
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError(
            f"Không đọc được tệp “{path.name}” như một bảng tính Excel (.xlsx).",
            hint="Hãy lưu tệp dưới dạng Excel Workbook (.xlsx) từ mẫu mau-nhap-mo-hinh.xlsx.",
            details=[str(exc)],
        ) from exc
    try:
        ws = wb[SHEET_NAME] if SHEET_NAME in wb.sheetnames else wb.worksheets[0]
        rows = ws.iter_rows()
        header_cells = next(rows, None)
        if header_cells is None:
            raise ValidationError(f"Tệp “{path.name}” không có dữ liệu.")
        mapping = _header_map(tuple(c.value for c in header_cells), result)
        if result.problems:
            return result
        seen: dict[tuple[str, int], int] = {}
        for number, row in enumerate(rows, 2):
            if all(
                c.value is None or (isinstance(c.value, str) and not c.value.strip()) for c in row
            ):
                continue
            result.data_rows += 1
            if result.data_rows > MAX_ROWS:
                raise ValidationError(
                    f"Tệp có hơn {MAX_ROWS:,} dòng dữ liệu.".replace(",", "."),
                    hint="Hãy chia thành nhiều tệp nhỏ hơn.",
                )
            parsed, problems = parse_row(number, row, mapping)
            result.problems += problems
            if parsed is None:
                continue
            key = (fold(parsed.data.name), parsed.data.year)
            if key in seen:
                result.problems.append(
                    ImportProblem(
                        number,
                        BY_KEY["name"].header,
                        f"trùng với dòng {seen[key]} (cùng tên mô hình và năm {parsed.data.year}).",
                    )
                )
                continue
            seen[key] = number
            result.rows.append(parsed)
    finally:
        wb.close()
    return result
