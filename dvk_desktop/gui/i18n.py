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


def language() -> str:
    """The language the interface runs in now ("vi" or "en")."""
    return _LANGUAGE[0]
