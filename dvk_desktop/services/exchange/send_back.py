"""Sending decisions back: one package per commune (each encrypted to it), and the aggregate up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from dvk_desktop.domain.office import Action
from dvk_desktop.domain.text import sort_key
from dvk_desktop.domain.vocab import WorkspaceRole
from dvk_desktop.errors import Cancelled, DvkError, PassphraseError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.progress import CancelToken, NullReporter, ProgressReporter
from dvk_desktop.services import access, trust
from dvk_desktop.services.exchange.export import ExportResult, export_package
from dvk_desktop.services.exchange.opening import unlock
from dvk_desktop.storage.queries import communes as q
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class Pending:
    """A commune the upper level may send decisions to, and what is new for it."""

    code: str
    name: str
    models: int  # models held from this commune
    changed: int  # of which changed here since the last decisions package
    last_sent: dt.datetime | None
    enrolled: bool  # its key is trusted, so its package can be encrypted to it

    @property
    def has_news(self) -> bool:
        """Whether something was decided here that the commune has not been sent."""
        return self.changed > 0


@dataclass(frozen=True)
class SendResult:
    """One commune's decisions package, or why it was not made."""

    code: str
    name: str
    export: ExportResult | None
    error: str = ""


def pending(handle: WorkspaceHandle) -> list[Pending]:
    """Every commune with models here, what changed since its last decisions package."""
    ws = handle.info()
    if WorkspaceRole(ws.role) is not WorkspaceRole.UPPER:
        raise ValidationError(_t("Chỉ cấp trên mới gửi quyết định về xã."))
    with handle.readers() as session:
        held = q.status_counts(session, ws.unit_code)
        sent = q.last_sent(session, ws.unit_code, "decisions")
        news = q.units_with_news(session, sent)
        names = q.unit_names(session)
        keys = q.child_keys(session)
    rows = []
    for code, by_status in held.items():
        active = any(k.revoked_at is None and k.replaced_by_id is None for k in keys.get(code, []))
        rows.append(
            Pending(
                code,
                names.get(code, code),
                sum(by_status.values()),
                news.get(code, 0),
                sent.get(code),
                active,
            )
        )
    return sorted(rows, key=lambda p: (not p.has_news, sort_key(p.name), p.code))


def send_decisions(
    handle: WorkspaceHandle,
    codes: Iterable[str],
    folder: Path,
    *,
    passphrase: str,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    on_result: Callable[[SendResult], None] | None = None,
) -> list[SendResult]:
    """Write one decisions package per commune into ``folder``, each encrypted to its commune.

    A commune that cannot be sent to (no trusted key) gets a result saying so and the others
    are still written. A wrong passphrase stops before anything is written.
    """
    access.require(handle, Action.SEND_BACK)
    reporter = reporter or NullReporter()
    cancel = cancel or CancelToken()
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        raise ValidationError(_t("Chưa chọn xã nào để gửi quyết định."))
    unlock(handle, passphrase)  # PassphraseError here: nothing written, nothing recorded
    folder.mkdir(parents=True, exist_ok=True)
    with handle.readers() as session:
        names = q.unit_names(session)
        trusted = {
            code for code in wanted if trust.active_key(session, code, trust.CHILD) is not None
        }
    results: list[SendResult] = []
    for done, code in enumerate(wanted):
        cancel.check()
        name = names.get(code, code)
        reporter.report(done, len(wanted), name)
        if code not in trusted:
            result = SendResult(
                code, name, None,
                _t("chưa ghi nhận khóa của xã này nên không mã hóa được gói cho xã"),
            )  # fmt: skip
        else:
            try:
                export = export_package(
                    handle, folder, passphrase=passphrase, encrypt=True, kind="decisions",
                    recipient_code=code, cancel=cancel,
                )  # fmt: skip
                result = SendResult(code, name, export)
            except (Cancelled, PassphraseError):
                raise
            except DvkError as exc:
                result = SendResult(code, name, None, exc.message)
        results.append(result)
        if on_result is not None:
            on_result(result)
    reporter.report(len(wanted), len(wanted), _t("Xong"))
    return results


def send_news(
    handle: WorkspaceHandle,
    folder: Path,
    *,
    passphrase: str,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> list[SendResult]:
    """Decisions packages for every commune with something new (the one-click action)."""
    codes = [p.code for p in pending(handle) if p.has_news]
    if not codes:
        raise ValidationError(_t("Không có xã nào có quyết định hay thay đổi mới để gửi."))
    return send_decisions(
        handle, codes, folder, passphrase=passphrase, reporter=reporter, cancel=cancel
    )


def parent_ready(handle: WorkspaceHandle) -> str | None:
    """The name of this workspace's own parent if its key is trusted (aggregate possible)."""
    with handle.readers() as session:
        for view in trust.list_keys(session):
            if view.relation == trust.PARENT and view.active:
                return view.unit_name or view.unit_code
    return None


def send_aggregate(
    handle: WorkspaceHandle,
    folder: Path,
    *,
    passphrase: str,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """The aggregate of every commune's records, for this workspace's own parent."""
    access.require(handle, Action.SEND_BACK)
    if parent_ready(handle) is None:
        raise ValidationError(
            _t("Chưa ghi nhận khóa của cấp trên nên chưa gửi được gói tổng hợp."),
            hint=_t("Hãy ghi nhận khóa cấp trên ở trang “Khóa ký, sổ gói” trước."),
        )
    return export_package(
        handle, folder, passphrase=passphrase, kind="aggregate", reporter=reporter, cancel=cancel
    )
