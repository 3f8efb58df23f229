"""Rotating log files that never hold personal data or a passphrase (everything is redacted)."""

from __future__ import annotations

import logging
import os
import re
import threading
import unicodedata
from pathlib import Path

LOG_NAME = "dvk.log"
MAX_BYTES = 1_000_000  # five files of 1 MB: weeks of use, small enough to send by Zalo
BACKUP_COUNT = 4
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "«…»"
SECRET_MASK = "«***»"

# Text a person typed reaches messages quoted ('…', "…", “…”): the program's own messages quote
# names, places and file names that way, and Python quotes values in KeyError, repr() and SQL.
# A straight quote next to a letter is an apostrophe (couldn't), not a quotation mark.
_QUOTED = re.compile(r"“[^”\n]*”|‘[^’\n]*’|(?<!\w)'[^'\n]*'(?!\w)|\"[^\"\n]*\"")
# A quoted identifier ('NoneType', 'dvk_desktop.x', 'ascii') says what broke, not who.
_IDENTIFIER = re.compile(r"^['\"‘“][A-Za-z_][A-Za-z0-9_.]{0,60}['\"’”]$")
# SQLAlchemy appends the statement's values: every one may be personal.
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\(|$))", re.S | re.M)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Phone numbers, ID-card numbers, account numbers: six digits or more, spaces and dots allowed.
_LONG_NUMBER = re.compile(r"(?<![\w.-])\+?\d(?:[ .-]?\d){5,}(?![\w])")
# Words in Vietnamese (any letter outside ASCII) and the words around them: in Python's own
# messages they come from data ("Nguyễn Thị Mai" must not leave "Mai" behind).
_WORD_RUN = re.compile(r"[^\W\d_]+(?:[ ]+[^\W\d_]+)*")

_secrets: set[tuple[int, str]] = set()
_secrets_lock = threading.Lock()


def _sha256(text: str) -> str:
    import hashlib  # here: OpenSSL's start-up cost is not paid before the first window paints

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def register_secret(value: str) -> None:
    """Remember that ``value`` (a passphrase) must never be written; only its hash is kept."""
    if len(value) < 4:
        return
    with _secrets_lock:
        for form in {
            value,
            unicodedata.normalize("NFC", value),
            unicodedata.normalize("NFD", value),
        }:
            _secrets.add((len(form), _sha256(form)))


def _hide_secrets(text: str) -> str:
    with _secrets_lock:
        secrets = sorted(_secrets, reverse=True)
    env = os.environ.get("DVK_PASSPHRASE") or os.environ.get("DVK_NEW_PASSPHRASE")
    if env:
        text = text.replace(env, SECRET_MASK)
    for length, digest in secrets:
        if length > len(text):
            continue
        i = 0
        while i <= len(text) - length:
            if _sha256(text[i : i + length]) == digest:
                text = text[:i] + SECRET_MASK + text[i + length :]
                i += len(SECRET_MASK)
            else:
                i += 1
    return text


def hide_home(text: str) -> str:
    """``text`` with the user's home folder written as ``~``."""
    home = str(Path.home())
    # The user's folder name is often their own name (C:\Users\NguyenVanA).
    if len(home) > 3:
        text = text.replace(home, "~")
    return text


def _mask_vietnamese_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return "…" if any(ord(c) > 127 for c in run) else run


def redact(text: str, *, strict: bool = False) -> str:
    """``text`` without passphrases, quoted values, numbers that identify, e-mails, the home path.

    ``strict`` (for the messages of unexpected errors, written by Python and libraries, not by
    this program) also masks every word with a Vietnamese letter: there it can only be data.
    """
    text = _hide_secrets(text)
    text = hide_home(text)
    text = _SQL_PARAMETERS.sub("[parameters: " + MASK + "]", text)
    text = _QUOTED.sub(lambda m: m.group(0) if _IDENTIFIER.match(m.group(0)) else MASK, text)
    text = _EMAIL.sub(MASK, text)
    text = _LONG_NUMBER.sub(MASK, text)
    if strict:
        text = _WORD_RUN.sub(_mask_vietnamese_run, text)
    return text


class RedactingFormatter(logging.Formatter):
    """The usual log line, with the message and any traceback redacted."""

    def format(self, record: logging.LogRecord) -> str:
        """Format, then redact everything but the time stamp and the logger's name."""
        message = redact(record.getMessage())
        if record.exc_info:
            from dvk_desktop.crash import format_exception

            message += "\n" + format_exception(record.exc_info[1])  # type: ignore[arg-type]
        record_copy = logging.makeLogRecord({**record.__dict__, "msg": message, "args": None})
        record_copy.exc_info = None
        record_copy.exc_text = None
        return super().format(record_copy)


class RotatingLog(logging.FileHandler):
    """A log file that moves to ``.1``…``.N`` when full (logging.handlers' rotation).

    Written here rather than imported: logging.handlers brings socket, pickle and queue,
    40 ms before the window's first paint. A rotation that fails (another program holds the
    file open on Windows) is skipped; the line is still written.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        """Rotate first if the file is full, then write the record."""
        try:
            if os.path.getsize(self.baseFilename) >= self.max_bytes:
                self._rotate()
        except OSError:
            pass
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for n in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{n + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")


def log_handler(path: Path) -> logging.Handler:
    """A rotating, redacting handler writing to ``path`` (a null handler if it cannot)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingLog(path, MAX_BYTES, BACKUP_COUNT)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter(FORMAT))
    return handler


def install(path: Path, tag: str) -> logging.Handler:
    """Send the program's log to ``path``, replacing an earlier handler with the same ``tag``."""
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_dvk_tag", None) == tag:
            root.removeHandler(old)
            old.close()
    handler = log_handler(path)
    handler._dvk_tag = tag  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return handler
