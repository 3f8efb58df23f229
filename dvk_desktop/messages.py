"""The core's message catalogue: Vietnamese templates marked with _t(), rendered per language."""

from __future__ import annotations

import json
import os
import string
from functools import cache
from typing import Any

# The language core messages are rendered in: the GUI sets it, the CLI follows DVK_LANG.
_LANGUAGE = ["en" if os.environ.get("DVK_LANG", "").lower().startswith("en") else "vi"]
_FORMATTER = string.Formatter()


class Msg(str):
    """A Vietnamese message that remembers its template and arguments.

    It *is* the Vietnamese text (so the CLI, logs and comparisons keep working unchanged);
    ``render`` looks the template up in the display language's catalogue and formats the
    translation with the same arguments, so translation happens before formatting.
    """

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, args: dict[str, Any]) -> Msg:  # noqa: D102
        obj = super().__new__(cls, template.format(**args) if args else template)
        obj.template = template
        obj.args = args
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Msg, (self.template, self.args))


class Joined(Msg):
    """Several messages joined by ``sep``, each rendered on its own (a list inside a message)."""

    items: tuple[str, ...]
    sep: str

    def __new__(cls, items: list[str] | tuple[str, ...], sep: str = " ") -> Joined:  # noqa: D102
        obj = str.__new__(cls, sep.join(items))
        obj.template, obj.args, obj.items, obj.sep = "", {}, tuple(items), sep
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.items, self.sep))


def joined(items: list[str] | tuple[str, ...], sep: str = " ") -> str:
    """``items`` joined by ``sep``, each translated when the whole is rendered."""
    return Joined(items, sep)


class PerInterface(Msg):
    """A hint worded for each interface: as a command in the CLI, as a screen in the GUI.

    Its text is the CLI wording (what the CLI prints and logs keep); ``render(…, gui=True)``,
    which the GUI uses for every core message, picks the GUI wording.
    """

    cli: str
    gui: str

    def __new__(cls, cli: str, gui: str) -> PerInterface:  # noqa: D102
        obj = str.__new__(cls, cli)
        obj.template, obj.args, obj.cli, obj.gui = "", {}, cli, gui
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (PerInterface, (self.cli, self.gui))


def per_interface(*, cli: str, gui: str) -> str:
    """One hint in two wordings marked with _t(): ``cli`` names a command, ``gui`` a screen."""
    return PerInterface(cli, gui)


def _t(template: str, **args: Any) -> str:
    """Mark ``template`` (Vietnamese, str.format placeholders) as a user-facing core message.

    The template must be a string literal: tests/test_messages.py finds every one in the
    source and checks that resources/translations/core_en.json has it, placeholders alike.
    """
    return Msg(template, args)


def label(text: str) -> str:
    """One of the program's own fixed words held in a variable (a status label), as a message.

    Unlike data (a name, a comment a user typed), it is translated when rendered; _t() needs a
    literal, so the labels of vocab enums come through here.
    """
    return Msg(text, {})


def set_language(code: str) -> None:
    """Render core messages in ``code`` ("vi" or "en") from now on."""
    _LANGUAGE[0] = "en" if code == "en" else "vi"


def language() -> str:
    """The language core messages are rendered in now."""
    return _LANGUAGE[0]


@cache
def catalogue(code: str) -> dict[str, str]:
    """Vietnamese template → translation for ``code`` (empty for Vietnamese or when missing)."""
    if code == "vi":
        return {}
    from dvk_desktop.resources import resources_root

    try:
        path = resources_root() / "translations" / f"core_{code}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
    except Exception:  # a missing catalogue must never hide the message itself: show Vietnamese
        return {}
    return {str(k): str(v) for k, v in data.items()}


def placeholders(template: str) -> set[str]:
    """The names a template formats (``{name}``, ``{count:,}`` → name, count)."""
    return {
        field.split(".")[0].split("[")[0] for _, field, _, _ in _FORMATTER.parse(template) if field
    }


def render(text: object, code: str | None = None, *, gui: bool = False) -> str:
    """``text`` in ``code`` (the current language by default); unknown text stays as it is.

    ``gui``: the GUI shows it, so a hint names screens rather than commands.
    """
    if text is None:
        return ""
    if isinstance(text, PerInterface):
        return render(text.gui if gui else text.cli, code)
    code = code or _LANGUAGE[0]
    if not isinstance(text, str) or (code == "vi" and not gui):
        return str(text)
    table = catalogue(code)
    if isinstance(text, Joined):
        return text.sep.join(render(item, code, gui=gui) for item in text.items)
    if isinstance(text, Msg):
        # Vietnamese is the template itself; rendering still matters for a GUI hint inside.
        translated = text.template if code == "vi" else table.get(text.template)
        if translated is None:
            return str(text)
        args = {
            k: render(v, code, gui=gui) if isinstance(v, str) else v for k, v in text.args.items()
        }
        try:
            return translated.format(**args) if args else translated
        except (KeyError, IndexError, ValueError):  # a broken entry: the Vietnamese still reads
            return str(text)
    # A plain string: a constant message that lost its marker (e.g. through "+").
    return table.get(text, text)


def render_all(lines: list[str] | tuple[str, ...], code: str | None = None) -> list[str]:
    """Every line of ``lines`` rendered (details, problem lists)."""
    return [render(line, code) for line in lines]
