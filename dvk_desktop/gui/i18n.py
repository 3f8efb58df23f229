"""The translation helper of the interface code (Vietnamese source text, English .qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text``; ``%n`` takes ``n`` with the right plural form.

    pyside6-lupdate files plain ``tr("…")`` calls under the empty context, so that is the
    context looked up here: one Vietnamese phrase, one English phrase, across the interface.
    """
    return QCoreApplication.translate("", text, disambiguation, n)
