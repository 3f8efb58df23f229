"""Crash reports: what broke, where, with which versions and OS; never personal data or a secret."""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

from dvk_desktop import __version__
from dvk_desktop.errors import DvkError
from dvk_desktop.logs import hide_home, redact

# Libraries whose version helps to reproduce a crash (PySide6 only when the GUI loaded it:
# the core never imports Qt).
_LIBRARIES = ("sqlalchemy", "alembic", "reportlab", "cryptography", "PIL", "pyrage", "openpyxl")
PREFIX = "bao-cao-loi-"


def _version_of(name: str) -> str:
    module = sys.modules.get(name)
    if module is None and name != "PySide6":
        try:
            module = importlib.import_module(name)
        except ImportError:
            return ""
    if module is None:
        return ""
    for attribute in ("__version__", "Version", "version"):
        value = getattr(module, attribute, None)
        if isinstance(value, str):
            return value
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # metadata is often absent from a bundle
        return "?"


def versions(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The program's, Python's and the main libraries' versions."""
    found = {"DVK Desktop": __version__, "Python": platform.python_version()}
    for name in ("PySide6", *_LIBRARIES):
        value = _version_of(name)
        if value:
            found[name] = value
    found.update(extra or {})
    return found


def _chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return list(reversed(chain))


def format_exception(exc: BaseException) -> str:
    """The traceback of ``exc`` and its causes, with every message redacted.

    The frames (file, line, function, the line of program code) are kept: they are the
    program's, not the user's (the code's quoted literals are masked anyway). The messages
    are not: Python and the libraries put values in them (a name in a KeyError, a row's
    values in an SQL error), so they are redacted strictly; the program's own messages
    (DvkError) quote what the user typed, and lose it.
    """
    parts: list[str] = []
    for n, item in enumerate(_chain(exc)):
        if n:
            parts.append("\n(lỗi trên dẫn đến lỗi dưới / the error above led to the one below)\n")
        parts.append("Traceback (most recent call last):\n")
        for line in traceback.extract_tb(item.__traceback__).format():
            parts.append(hide_home(line.split("\n", 1)[0]) + "\n")  # the frame's file and line
            code = line.split("\n", 1)[1] if "\n" in line else ""
            if code.strip():  # program code, but its literals are masked all the same
                parts.append(redact(code.rstrip("\n")) + "\n")
        kind = type(item)
        name = (
            kind.__qualname__
            if kind.__module__ == "builtins"
            else f"{kind.__module__}.{kind.__qualname__}"
        )
        message = item.message if isinstance(item, DvkError) else str(item)
        strict = not isinstance(item, DvkError)
        parts.append(f"{name}: {redact(message, strict=strict)}\n" if message else f"{name}\n")
        for note in getattr(item, "__notes__", ()) or ():
            parts.append(redact(str(note), strict=True) + "\n")
    return "".join(parts)


def crash_report(
    exc: BaseException, *, where: str, extra_versions: dict[str, str] | None = None
) -> str:
    """The text of a crash report for ``exc`` (``where``: "gui", "cli models add"…)."""
    frozen = "gói cài đặt / bundle" if getattr(sys, "frozen", False) else "mã nguồn / source"
    lines = [
        "DVK Desktop — báo cáo lỗi / crash report",
        "Không có dữ liệu cá nhân hay mật khẩu trong báo cáo này.",
        "This report holds no personal data and no passphrase.",
        "",
        f"Thời điểm / time (UTC): {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        f"Chạy từ / running from: {frozen}",
        f"Nơi xảy ra / where: {redact(where)}",
        f"Hệ điều hành / OS: {platform.platform()} ({platform.machine()})",
    ]
    lines += [f"{name}: {value}" for name, value in versions(extra_versions).items()]
    return "\n".join(lines) + "\n\n" + format_exception(exc)


def write_crash_report(folder: Path, text: str, *, now: dt.datetime | None = None) -> Path:
    """Write ``text`` to a new ``bao-cao-loi-<time>.txt`` in ``folder`` (temp, fsync, rename)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{PREFIX}{stamp}-{os.getpid()}.txt"
    fd, tmp = tempfile.mkstemp(prefix=".bao-cao-loi.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def report_unexpected(
    exc: BaseException,
    folder: Path,
    *,
    where: str,
    extra_versions: dict[str, str] | None = None,
) -> tuple[str, Path | None]:
    """Build the report and try to save it in ``folder``; return the text and where it went."""
    text = crash_report(exc, where=where, extra_versions=extra_versions)
    try:
        return text, write_crash_report(folder, text)
    except OSError:
        return text, None
