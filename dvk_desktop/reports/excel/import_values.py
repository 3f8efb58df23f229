"""Cell values of the import spreadsheet turned into typed values, each with a Vietnamese error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dvk_desktop.domain.legacy_text import CellDecoding, LegacyEncoding, decode_cell
from dvk_desktop.domain.text import clean, parse_date, parse_money, parse_number
from dvk_desktop.domain.vocab import LabelledEnum
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t, joined
from dvk_desktop.reports.excel.import_columns import ImportColumn


@dataclass(frozen=True)
class ImportProblem:
    """A problem of one cell or row (row 1 is the header row)."""

    row: int
    column: str
    message: str

    def text(self) -> str:
        """The problem as one line: Dòng 5, cột “Năm đăng ký”: …."""
        if self.column:
            return _t(
                "Dòng {row}, cột “{column}”: {message}",
                row=self.row,
                column=self.column,
                message=self.message,
            )
        return _t("Dòng {row}: {message}", row=self.row, message=self.message)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class TextConversion:
    """A cell whose text was typed in a legacy font encoding and is now Unicode."""

    row: int
    column: str
    encoding: LegacyEncoding
    before: str
    after: str
    font: str = ""
    whole_file: bool = False

    def text(self) -> str:
        """The conversion as one line, for the dry-run report."""
        why = f"phông {self.font}" if self.font else "nhận ra theo các ký tự"
        if self.whole_file:
            why = "cả tệp gõ bằng bảng mã này"
        where = f"Dòng {self.row}, cột “{self.column}”" if self.column else f"Dòng {self.row}"
        return (
            f"{where}: chuyển từ bảng mã {self.encoding.label} ({why}): "
            f"“{_short(self.before)}” → “{_short(self.after)}”"
        )


def unsure_message(decoding: CellDecoding, original: str, font: str | None) -> str:
    """Why a cell that looks legacy-encoded is refused, and what to do."""
    names = joined([e.label for e in decoding.unsure], " / ")
    if decoding.alternative:
        return _t(
            "ô dùng phông {font} ({names}) nhưng chữ đọc được hai cách: “{original}” hoặc "
            "“{alternative}”; hãy gõ lại ô bằng Unicode và chọn phông Unicode (ví dụ Times New "
            "Roman).",
            font=font,
            names=names,
            original=_short(original),
            alternative=_short(decoding.alternative),
        )
    return _t(
        "chữ “{original}” có vẻ gõ bằng bảng mã {names} nhưng không chuyển chắc chắn được; hãy "
        "chuyển mã tệp sang Unicode bằng Unikey (Công cụ chuyển mã, “Chuyển mã clipboard”) rồi "
        "nhập lại.",
        original=_short(original),
        names=names,
    )


def decode_text(
    raw: str,
    font: str | None,
    row: int,
    column: str,
    conversions: list[TextConversion],
    file_encoding: LegacyEncoding | None = None,
) -> str:
    """The cell's Unicode text (legacy encodings decoded and recorded), or a refusal."""
    decoding = decode_cell(raw, font, file_encoding)
    if decoding.unsure:
        raise ValidationError(unsure_message(decoding, raw, font))
    if decoding.encoding is not None:
        conversions.append(
            TextConversion(
                row,
                column,
                decoding.encoding,
                raw,
                decoding.text,
                (font or "") if decoding.by_font else "",
                decoding.by_file,
            )
        )
    return decoding.text


def as_text(raw: Any) -> str:
    """Any cell value as clean text (whole numbers without ".0", dates as dd/mm/yyyy)."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime | dt.date):
        return f"{raw.day:02d}/{raw.month:02d}/{raw.year}"
    return clean(str(raw))


def to_int(raw: Any, col: ImportColumn) -> int:
    """A whole number."""
    if isinstance(raw, bool):
        raise ValidationError(_t("phải là số nguyên."))
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = as_text(raw)
    if text.isdigit():
        return int(text)
    raise ValidationError(_t("phải là số nguyên, đang là “{text}”.", text=text))


def to_date(raw: Any, col: ImportColumn) -> dt.date:
    """A date cell, or dd/mm/yyyy text."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float):
        raise ValidationError(
            _t(
                "không phải là ngày (ô đang chứa số {as_text}); hãy nhập ngày/tháng/năm.",
                as_text=as_text(raw),
            )
        )
    try:
        return parse_date(as_text(raw), label=col.header)
    except ValidationError as exc:
        raise ValidationError(
            _t(
                "không đúng dạng ngày/tháng/năm: “{as_text}”.",
                as_text=as_text(raw),
            )
        ) from exc


def to_number(raw: Any, col: ImportColumn) -> Decimal:
    """A quantity, not negative."""
    if isinstance(raw, bool):
        raise ValidationError(_t("phải là số."))
    if isinstance(raw, int | float):
        value = Decimal(str(raw))
    else:
        try:
            value = parse_number(as_text(raw), label=col.header)
        except ValidationError:
            raise ValidationError(
                _t("phải là số, đang là “{as_text}”.", as_text=as_text(raw))
            ) from None
    if value < 0:
        raise ValidationError(_t("không được âm."))
    return value


# parse_money's messages without their leading "{label} ": the column already names it.
_UNLABELLED: dict[str, Callable[[dict[str, Any]], str]] = {
    "{label} đang để trống.": lambda a: _t("đang để trống."),
    "{label} không hợp lệ.": lambda a: _t("không hợp lệ."),
    "{label} không phải là số: “{raw}”.": lambda a: _t("không phải là số: “{raw}”.", raw=a["raw"]),
    "{label} không được âm: “{clean}”.": lambda a: _t(
        "không được âm: “{clean}”.", clean=a["clean"]
    ),
    "{label} phải là số đồng chẵn, không có phần lẻ: “{clean}”.": lambda a: _t(
        "phải là số đồng chẵn, không có phần lẻ: “{clean}”.", clean=a["clean"]
    ),
    "{label} quá lớn: “{clean}”.": lambda a: _t("quá lớn: “{clean}”.", clean=a["clean"]),
}


def without_label(message: str, label: str) -> str:
    """``message`` ("Kinh phí không được âm…") without its leading label."""
    unlabelled = _UNLABELLED.get(getattr(message, "template", ""))
    if unlabelled is not None:
        return unlabelled(getattr(message, "args", {}))
    return message.replace(f"{label} ", "", 1)


def to_money(raw: Any, col: ImportColumn) -> int:
    """Whole đồng, not negative."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if raw < 0 or not float(raw).is_integer():
            raise ValidationError(
                _t(
                    "phải là số đồng chẵn, không âm (đang là {as_text}).",
                    as_text=as_text(raw),
                )
            )
        return int(raw)
    try:
        return parse_money(as_text(raw), label=col.header)
    except ValidationError as exc:
        raise ValidationError(without_label(exc.message, col.header)) from None


def to_choice(enum: type[LabelledEnum], raw: Any) -> Any:
    """One of a vocabulary's labels (matched without diacritics)."""
    text = as_text(raw)
    try:
        return enum.from_text(text)
    except KeyError:
        choices = ", ".join(m.label for m in enum)
        raise ValidationError(
            _t(
                "“{text}” không hợp lệ; chọn một trong: {choices}.",
                text=text,
                choices=choices,
            )
        ) from None
