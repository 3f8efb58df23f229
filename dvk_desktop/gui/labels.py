"""Display texts for the core's controlled vocabularies, translated through Qt."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from dvk_desktop.domain.text import format_date, format_number
from dvk_desktop.domain.vocab import LabelledEnum


def vocab(member: LabelledEnum | str, enum: type[LabelledEnum] | None = None) -> str:
    """The label of an enum member (or of a stored code), in the interface language."""
    if enum is not None and not isinstance(member, LabelledEnum):
        try:
            member = enum(member)
        except ValueError:
            return str(member)
    assert isinstance(member, LabelledEnum)
    return QCoreApplication.translate("Vocab", member.label)


def catalogue(text: str) -> str:
    """An indicator catalogue name, unit or group, in the interface language."""
    return QCoreApplication.translate("Catalogue", text)


def date_text(value: dt.date | None) -> str:
    """A date as dd/mm/yyyy, the form used on every Vietnamese document."""
    return format_date(value)


def number_text(value: object) -> str:
    """A number the Vietnamese way (4.494; 1,5)."""
    if value is None or value == "":
        return ""
    return format_number(value)  # type: ignore[arg-type]
