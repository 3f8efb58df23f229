"""Error hierarchy: messages written for the user, in Vietnamese; details in attributes."""

from __future__ import annotations

from dvk_desktop.messages import _t, render, render_all


class DvkError(Exception):
    """A problem the user can understand and act on.

    ``message`` is the one-line Vietnamese text shown to the user (CLI stderr or GUI dialog);
    ``hint`` says what to do about it; ``details`` holds extra lines (e.g. every problem found).
    """

    def __init__(self, message: str, *, hint: str = "", details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = list(details or [])

    def user_text(self, code: str | None = None) -> str:
        """Return the message with its hint, as one paragraph for the user, in ``code``."""
        return f"{render(self.message, code)} {render(self.hint, code)}".strip()

    def user_message(self, code: str | None = None) -> str:
        """The message alone in ``code`` (the display language by default)."""
        return render(self.message, code)

    def user_details(self, code: str | None = None) -> list[str]:
        """The detail lines in ``code`` (the display language by default)."""
        return render_all(self.details, code)


class ValidationError(DvkError):
    """Input that breaks a domain rule (missing field, bad value, forbidden transition)."""

    def __init__(
        self,
        message: str,
        *,
        hint: str = "",
        details: list[str] | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint, details=details)
        self.field = field


class NotFoundError(DvkError):
    """A record, unit or file the user named does not exist."""


class StorageError(DvkError):
    """The workspace database or files cannot be read or written safely."""


class PackageError(DvkError):
    """A data package is malformed, tampered with, or cannot be applied."""


class SignatureError(PackageError):
    """A signature does not verify or the signer is not trusted."""


class PassphraseError(DvkError):
    """A wrong passphrase for the workspace's private key."""


class Cancelled(DvkError):  # noqa: N818 - a user action, not an error condition
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or _t("Đã hủy thao tác; không có gì bị thay đổi."))


class ConflictError(DvkError):
    """Another clerk saved the same record after this form read it; nothing was changed.

    ``theirs`` holds the stored values now as (label, value) pairs for the GUI to show beside
    what the clerk typed; ``version`` is the stored version now: passing it as the expected
    version saves over theirs on purpose. ``who`` and ``when`` come from the audit log.
    """

    def __init__(
        self,
        message: str,
        *,
        hint: str = "",
        theirs: list[tuple[str, str]] | None = None,
        version: object = None,
        who: str = "",
        when: str = "",
        key: str = "",
    ) -> None:
        super().__init__(message, hint=hint)
        self.key = key  # which record of the save (a model's uuid, a member's name)
        self.theirs = list(theirs or [])
        self.version = version
        self.who = who
        self.when = when
