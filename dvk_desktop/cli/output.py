"""Shared CLI output helpers: JSON printing, a progress reporter on stderr, passphrase input."""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Any

from dvk_desktop.messages import render


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Integral quantities print as integers, others as exact decimal text.
        return int(value) if value == value.to_integral_value() else str(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(value: Any) -> None:
    """Print a value as UTF-8 JSON (Vietnamese unescaped) on stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=_default) + "\n")


class StderrReporter:
    """Shows progress on stderr as a single updating line (only when stderr is a terminal)."""

    def __init__(self, title: str) -> None:
        self.title = title
        self._last = -1

    def report(self, done: int, total: int, message: str = "") -> None:
        """Print the percentage when it changes."""
        percent = 100 * done // total if total else 100
        if percent == self._last:
            return
        self._last = percent
        line = f"{self.title}: {percent}% {render(message)[:50]}"
        if sys.stderr.isatty():
            sys.stderr.write("\r" + line.ljust(80))
            if done >= total:
                sys.stderr.write("\n")
        elif done >= total or percent % 10 == 0:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()
