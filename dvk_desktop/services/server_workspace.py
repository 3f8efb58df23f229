"""Creating a workspace on the office's PostgreSQL server: all of it, or nothing anywhere."""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from dvk_desktop.errors import Cancelled, StorageError
from dvk_desktop.messages import _t, per_interface
from dvk_desktop.progress import CancelToken, ProgressReporter
from dvk_desktop.services.shared_database import refuse_local_data
from dvk_desktop.services.workspace_setup import FirstRows, add_first_rows
from dvk_desktop.storage.atomic import atomic_write_text
from dvk_desktop.storage.models import Workspace
from dvk_desktop.storage.server import connection_error, parse_url, server_engine, store_password
from dvk_desktop.storage.server_schema import interrupts_held, schema_transaction
from dvk_desktop.storage.workspace import (
    DATABASE_URL_FILE,
    WorkspaceHandle,
    check_writable,
    open_workspace,
)


def nothing_created(root: Path) -> str:
    """What the user is told when the creation stopped half-way (cancelled, Ctrl-C)."""
    return _t(
        "Đã hủy tạo vùng làm việc; không có gì được tạo trên máy chủ hay trong thư mục “{root}”.",
        root=root,
    )


def create_on_server(
    root: Path,
    url: str,
    spec: FirstRows,
    *,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
) -> WorkspaceHandle:
    """The schema, the first rows and ``root/database-url.txt``, committed together.

    Everything on the server is one transaction; the folder gets its file (and the password
    file its line) only once that has committed. Cancelled, interrupted or failed at any step
    before, the server is as it was, and so is the folder (one made for this is removed).
    """
    url_file = root / DATABASE_URL_FILE
    refuse_local_data(root)  # checked before anything is written to the folder
    if url_file.exists():
        raise _folder_in_use(root)
    parsed = parse_url(url)
    made_folder = not root.exists()
    try:
        check_writable(root)
        engine = server_engine(parsed.render_as_string(hide_password=False))
        try:
            with schema_transaction(engine, reporter=reporter, cancel=cancel) as conn:
                # The session joins the open transaction and never commits it itself.
                with Session(bind=conn) as session:
                    if session.scalar(select(func.count()).select_from(Workspace)):
                        raise _server_in_use()
                    add_first_rows(session, spec)
                    session.flush()
                if cancel is not None:
                    cancel.check()
                with interrupts_held():
                    conn.commit()
                    # The password goes to the user's password file, never into the folder.
                    plain = store_password(parsed).render_as_string(hide_password=False)
                    atomic_write_text(url_file, plain + "\n")
        except OperationalError as exc:
            raise connection_error(exc, url) from exc
        finally:
            engine.dispose()
    except (Cancelled, KeyboardInterrupt) as exc:
        _tidy(root, made_folder)
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise Cancelled(nothing_created(root)) from exc
    except BaseException:
        _tidy(root, made_folder)
        raise
    return open_workspace(root)


def _tidy(root: Path, made_folder: bool) -> None:
    """Remove the folder this creation made, if nothing else has been put in it."""
    if made_folder:
        with contextlib.suppress(OSError):
            root.rmdir()


def _folder_in_use(root: Path) -> StorageError:
    return StorageError(
        _t("Thư mục “{root}” đã có vùng làm việc.", root=root),
        hint=per_interface(
            cli=_t("Hãy chọn thư mục khác, hoặc dùng dvk info để xem vùng làm việc này."),
            gui=_t("Hãy chọn thư mục khác, hoặc mở vùng làm việc này (Tệp → Mở vùng làm việc…)."),
        ),
    )


def _server_in_use() -> StorageError:
    return StorageError(
        _t("Cơ sở dữ liệu trên máy chủ đã có vùng làm việc; không có gì bị thay đổi."),
        hint=per_interface(
            cli=_t("Hãy dùng dvk db connect để cho thư mục này dùng vùng làm việc đó."),
            gui=_t("Hãy bấm “Dùng vùng làm việc có sẵn trên máy chủ” để dùng vùng làm việc đó."),
        ),
    )
