"""Writing a package onto its destination (a USB stick) so that the ledger always matches it.

The package goes to a locked temporary name on the destination, encrypted on the fly when it
must be (no plaintext file ever exists), and is flushed. The ledger entry is then committed
together with a note that the file is not yet in place; only after that is the file renamed
to its final name and the note removed. A kill at any point leaves either no final file and
no lasting entry (the next open drops an entry whose file never arrived:
storage.recovery.finish_pending_exports) or both. A stick pulled out is said as such.
"""

from __future__ import annotations

import contextlib
import errno
from pathlib import Path
from typing import Any, BinaryIO

from dvk_desktop.errors import DvkError
from dvk_desktop.packaging.agecrypt import EncryptingWriter
from dvk_desktop.progress import CancelToken
from dvk_desktop.storage.atomic import AtomicFile
from dvk_desktop.storage.faults import as_user_error, media_removed
from dvk_desktop.storage.recovery import sweep_destination


class Destination:
    """The package file being written at ``final``; use as a context manager."""

    def __init__(self, final: Path, *, recipients: list[str] | None, cancel: CancelToken) -> None:
        self.final = final
        self.folder = final.parent
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            sweep_destination(self.folder)  # what a killed export or backup left here
            self._file = AtomicFile(final, suffix=".partial")
        except OSError as exc:
            raise self.error(exc) from exc
        self._crypt = EncryptingWriter(self._file.file, recipients, cancel) if recipients else None
        self._done = False

    @property
    def stream(self) -> BinaryIO | Any:
        """Where the zip writes (the encryptor, or the temporary file itself)."""
        return self._crypt if self._crypt is not None else self._file.file

    def flush(self) -> None:
        """Finish encryption and make the temporary file durable (not yet renamed)."""
        import os

        try:
            if self._crypt is not None:
                self._crypt.close()
            self._file.file.flush()
            os.fsync(self._file.file.fileno())
        except OSError as exc:
            raise self.error(exc) from exc

    def publish(self) -> None:
        """Rename the file to its final name; raise if the destination vanished meanwhile."""
        try:
            self._file.commit()
        except OSError as exc:
            raise self.error(exc) from exc
        self._done = True
        if not self.final.is_file():  # pulled out between the rename and this check
            raise media_removed(self.folder)

    def error(self, exc: BaseException) -> BaseException:
        """The user's message for a failure while writing here."""
        if isinstance(exc, DvkError) and not self.folder.exists():
            return media_removed(self.folder)
        if isinstance(exc, OSError):
            if not self.folder.exists() or exc.errno in (errno.EIO, errno.ENODEV, errno.ENXIO):
                return media_removed(self.folder)
            return as_user_error(exc, destination=self.folder) or exc
        return exc

    def __enter__(self) -> Destination:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if not self._done:
            if self._crypt is not None:
                self._crypt.abort()
            with contextlib.suppress(OSError):
                self._file.discard()
