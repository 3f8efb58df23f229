"""The translation helper of the interface code (Vietnamese source text, English .qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dvk_desktop import messages


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text``; ``%n`` takes ``n`` with the right plural form.

    pyside6-lupdate files plain ``tr("…")`` calls under the empty context, so that is the
    context looked up here: one Vietnamese phrase, one English phrase, across the interface.
    """
    return QCoreApplication.translate("", text, disambiguation, n)


_LANGUAGE = ["vi"]


def set_language(code: str) -> None:
    """Remember the language the interface runs in (app.install_translator calls this).

    The core's messages (errors, problem lines) follow: dvk_desktop.messages renders them.
    """
    _LANGUAGE[0] = code
    messages.set_language(code)


def core(text: object) -> str:
    """A core message (DvkError text, a problem line) in the interface's language."""
    return messages.render(text, gui=True)


def marked(text: object) -> str:
    """A value the core sent beside data: translated if the core marked it, else shown as is.

    A comment a clerk typed ("Đạt") must never be looked up in the catalogue and come out
    as "Pass"; the program's own words (marked with _t() or messages.label) are translated.
    """
    if isinstance(text, messages.Msg):
        return messages.render(text, gui=True)
    return "" if text is None else str(text)


def language() -> str:
    """The language the interface runs in now ("vi" or "en")."""
    return _LANGUAGE[0]
