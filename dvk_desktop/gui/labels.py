"""Display texts for the core's controlled vocabularies, translated through Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from dvk_desktop.domain.office import Role
from dvk_desktop.domain.text import format_date, format_number
from dvk_desktop.domain.vocab import LabelledEnum
from dvk_desktop.gui.i18n import tr


def vocab(member: LabelledEnum | str, enum: type[LabelledEnum] | None = None) -> str:
    """The label of an enum member (or of a stored code), in the interface language."""
    if enum is not None and not isinstance(member, LabelledEnum):
        try:
            member = enum(member)
        except ValueError:
            return str(member)
    assert isinstance(member, LabelledEnum)
    return QCoreApplication.translate("Vocab", member.label)


def office_roles(roles: Iterable[Role]) -> str:
    """Office users' roles, comma-separated, in the interface language (the core's catalogue)."""
    from dvk_desktop.messages import render

    return ", ".join(render(role.label) for role in roles)


def catalogue(text: str) -> str:
    """An indicator catalogue name, unit or group, in the interface language."""
    return QCoreApplication.translate("Catalogue", text)


def counts_text(counts: dict[str, object]) -> str:
    """What a package holds, in words ("44 mô hình, 37 minh chứng (37 tệp gửi kèm)…").

    The ledger keeps the core's keys ("models", "progress_reports"); people read these words.
    """
    numbers: dict[str, int] = {}
    for key, value in counts.items():
        try:
            numbers[key] = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            continue
    parts = []
    for key in [*_COUNT_LABELS, *sorted(set(numbers) - set(_COUNT_LABELS))]:
        n = numbers.get(key)
        if key == "evidence_files" or n is None or (n == 0 and key != "models"):
            continue
        label = _COUNT_LABELS.get(key)
        text = label(n) if label else f"{key}: {format_number(n)}"
        if key == "evidence" and "evidence_files" in numbers:
            text += " (" + tr("%n tệp gửi kèm", None, numbers["evidence_files"]) + ")"
        parts.append(text)
    return ", ".join(parts)


_COUNT_LABELS: dict[str, Callable[[int], str]] = {
    "models": lambda n: tr("%n mô hình", None, n),
    "progress_reports": lambda n: tr("%n báo cáo tiến độ", None, n),
    "evidence": lambda n: tr("%n minh chứng", None, n),
    "evaluations": lambda n: tr("%n phiếu chấm điểm", None, n),
    "decisions": lambda n: tr("%n quyết định", None, n),
    "people": lambda n: tr("%n người", None, n),
    "children": lambda n: tr("%n đơn vị cấp dưới", None, n),
}


def date_text(value: dt.date | None) -> str:
    """A date as dd/mm/yyyy, the form used on every Vietnamese document."""
    return format_date(value)


def number_text(value: object) -> str:
    """A number the Vietnamese way (4.494; 1,5)."""
    if value is None or value == "":
        return ""
    return format_number(value)  # type: ignore[arg-type]
