"""Reading one model as the model editor does, off the UI thread, before the first double-click."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dvk_desktop.storage.workspace import WorkspaceHandle

# The modules the editor's first opening imports beyond model_editor itself (its status panel,
# change requests, feedback): page_factories.LATER_MODULES imports them in idle time, leaves
# first, so that no single step holds the UI thread long.
EDITOR_MODULES = (
    "gzip",
    "difflib",
    "dvk_desktop.packaging.safezip",
    "dvk_desktop.packaging.bag",
    "dvk_desktop.packaging.agecrypt",
    "dvk_desktop.storage.queries.stats",
    "dvk_desktop.services.unit_history",
    "dvk_desktop.services.unit_conversion",
    "dvk_desktop.services.replication",
    "dvk_desktop.services.evaluations",
    "dvk_desktop.services.review",
    "dvk_desktop.services.decisions",
    "dvk_desktop.domain.similarity",
    "dvk_desktop.services.duplicates",
    "dvk_desktop.services.exchange",
    "dvk_desktop.services.change_requests",
    "dvk_desktop.services.feedback",
    "dvk_desktop.gui.widgets.feedback",
    "dvk_desktop.gui.widgets.change_list",
)


def reading_copy(handle: WorkspaceHandle) -> WorkspaceHandle:
    """``handle`` whose sessions only read: the warm-up never takes the write lock."""
    from dvk_desktop.storage.workspace import WorkspaceHandle

    return WorkspaceHandle(handle.paths, handle.engine, handle.readers, handle.evidence,
                           handle.read_only)  # fmt: skip


def editor_reads(handle: WorkspaceHandle, uuid: str) -> list[Callable[[], object]]:
    """The reads of the editor opening ``uuid``, one callable each (what they return is dropped).

    SQLAlchemy compiles each statement the first time it runs: the editor's first opening ran
    about thirty (60–130 ms of its 200–400 ms). The window runs these one per event-loop step
    while it is idle, on the UI thread (each a few milliseconds: in a worker they made the
    page being built at that moment wait for the interpreter), so they are compiled when the
    user opens a model. Only a cache is warmed: a read missed here is merely compiled at that
    first opening. Give a :func:`reading_copy`: nothing is written, no write lock is waited for.
    """
    from dvk_desktop.services import (
        change_requests,
        decisions,
        directory,
        editor_locks,
        evidence,
        feedback,
        models,
        progress_reports,
    )
    from dvk_desktop.services.workspace_setup import get_settings
    from dvk_desktop.storage.queries.models import ModelFilter, list_models

    def previous_year_models() -> object:  # "continues last year's model": the year before
        _data, snapshot = models.load_for_editing(handle, uuid)
        year = int(snapshot.get("year") or dt.date.today().year) - 1
        with handle.sessions() as session:
            return list_models(session, ModelFilter(year=year), limit=500)

    return [
        handle.info,
        lambda: directory.organisations(handle),
        lambda: directory.people(handle),
        lambda: directory.villages(handle),
        lambda: get_settings(handle),
        previous_year_models,
        lambda: evidence.list_evidence(handle, uuid),
        lambda: progress_reports.timeline(handle, uuid),
        lambda: decisions.for_model(handle, uuid),
        lambda: feedback.model_feedback(handle, uuid),
        lambda: editor_locks.editor_lock(handle, uuid),
        lambda: change_requests.requests_of(handle, uuid),
    ]


def read_as_editor(handle: WorkspaceHandle, uuid: str) -> None:
    """Every read of :func:`editor_reads` at once."""
    for read in editor_reads(handle, uuid):
        read()
