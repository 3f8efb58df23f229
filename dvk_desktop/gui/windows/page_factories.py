"""How each page of the main window is built and wired to the window, the first time it shows.

Each factory imports its page's module itself: a page nobody opens costs nothing, and the
window's first filled list waits only for the model list (see bench/bench_gui.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtWidgets import QWidget

from dvk_desktop.gui.dialogs.editor_warm_up import EDITOR_MODULES

if TYPE_CHECKING:
    from dvk_desktop.gui.windows.main_window import MainWindow
    from dvk_desktop.storage.workspace import WorkspaceHandle

PageFactory: TypeAlias = Callable[["MainWindow", "WorkspaceHandle"], QWidget]

# What the model list (the first page) needs, imported by the opening worker so the UI thread
# only builds widgets. The other pages' modules are imported when they are first shown.
FIRST_PAGE_MODULES = (
    "dvk_desktop.gui.windows.model_list",
    "dvk_desktop.gui.windows.backup_page",  # the status bar reads the last backup with it
    "dvk_desktop.services.workspace_setup",
    "dvk_desktop.gui.dialogs.sign_in",  # set_workspace asks whether a sign-in is needed
    "dvk_desktop.services.access",
)


# Imported on the UI thread one at a time, between events, once the list is on screen, so the
# first click on a page or a model does not wait for them. Leaves first: each step stays well
# under 100 ms. Not in a worker: sharing the interpreter with one made keystrokes wait up to
# 680 ms (the GIL and the import locks), where a step here costs at most its own import. The
# model editor's come last: once they are in, its statements are compiled the same way, one
# read per step (main_window._warm_up_editor).
LATER_MODULES = (
    "PIL.Image",
    "cryptography.hazmat.primitives.serialization",
    "dvk_desktop.packaging.keys",
    "dvk_desktop.services.trust",
    "dvk_desktop.services.workspace_keys",  # the Packages page shows the key at once
    "dvk_desktop.services.ledger",
    "dvk_desktop.gui.windows.reports_page",
    "dvk_desktop.gui.windows.packages_page",
    "dvk_desktop.gui.windows.settings_page",
    "dvk_desktop.services.progress_reports",
    "dvk_desktop.services.models",
    "dvk_desktop.gui.widgets.progress",
    "dvk_desktop.gui.widgets.evidence",
    "dvk_desktop.gui.dialogs.model_editor",  # the first double-click on a model
    *EDITOR_MODULES,  # what that first opening imports besides (its status panel and tabs)
)


def import_next_later_module() -> bool:
    """Import the first of :data:`LATER_MODULES` not imported yet; False once all are."""
    import importlib
    import sys

    for name in LATER_MODULES:
        if name not in sys.modules:
            importlib.import_module(name)
            return True
    return False


def read_first_page(root: Path) -> dict[str, Any] | None:
    """The model list's first page read without the ORM, with its module (opening worker).

    None when the ordinary open must come first (see ``queries.fast_list.first_page``) and for
    an upper level, whose list also shows each model's open duplicates (read through the ORM).
    """
    import importlib

    from dvk_desktop.domain.vocab import WorkspaceRole
    from dvk_desktop.storage.queries.fast_list import first_page

    # The list page's module has no SQLAlchemy: importing it here leaves the UI thread only
    # the widgets to build.
    importlib.import_module(FIRST_PAGE_MODULES[0])
    page = first_page(root, limit=_page_size())
    if page is None or WorkspaceRole(page["role"]) is not WorkspaceRole.COMMUNE:
        return None
    return {**page, "root": root}


def _page_size() -> int:
    from dvk_desktop.gui.models.model_table import ModelsTableModel

    return ModelsTableModel.PAGE_SIZE


def prepare_first_page(handle: WorkspaceHandle) -> dict[str, str]:
    """Import the model list, set up the ORM and warm its queries (in the opening worker).

    SQLAlchemy compiles each statement the first time it runs (about 100 ms for the dozen the
    list and the status bar run): run them here once, off the UI thread, so the UI thread
    finds them compiled. Only a cache is warmed: a query missed here is merely compiled later.
    Returns the workspace's settings (the language and font size are applied from them).
    """
    import importlib

    from sqlalchemy.orm import configure_mappers

    for name in FIRST_PAGE_MODULES:
        importlib.import_module(name)
    configure_mappers()
    from dvk_desktop.domain.vocab import WorkspaceRole
    from dvk_desktop.services import access, directory
    from dvk_desktop.services.workspace_setup import get_settings
    from dvk_desktop.storage.queries.communes import status_counts, unit_names
    from dvk_desktop.storage.queries.models import ModelFilter, distinct_years, list_models

    info = handle.info()
    settings = get_settings(handle)
    access.has_users(handle)  # asked by the sign-in and by every role check of the pages
    with handle.readers() as session:
        distinct_years(session)
        list_models(session, ModelFilter(), offset=0, limit=100, order="name", descending=False)
        if WorkspaceRole(info.role) is WorkspaceRole.UPPER:
            unit_names(session)
            status_counts(session, info.unit_code)
    if WorkspaceRole(info.role) is not WorkspaceRole.UPPER:  # an upper level picks a commune
        directory.organisations(handle)
        directory.villages(handle)
    return settings


def models(window: MainWindow, handle: WorkspaceHandle | None, **first: Any) -> QWidget:
    """The model list (built with the workspace: it is the first page).

    Without ``handle``, ``first_page=`` is the page read by :func:`read_first_page`: the list
    is shown while the workspace opens and attached to it once open.
    """
    from dvk_desktop.gui.windows.model_list import ModelListPage

    page = ModelListPage(handle, window, **first)
    page.open_requested.connect(window.open_editor)
    page.new_requested.connect(window.open_new_model)
    return page


def reports(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """Printing forms and workbooks of the models chosen in the list."""
    from dvk_desktop.gui.windows.reports_page import ReportsPage

    models_page = window.model_page
    return ReportsPage(handle, window, models_page.selected_uuid, models_page.current_filter)


def packages(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """Exporting and importing packages, the signing key."""
    from dvk_desktop.gui.windows.packages_page import PackagesPage

    page = PackagesPage(handle, window)
    page.data_changed.connect(window.on_data_changed)
    return page


def backup(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """Backups, restore, moving to a new computer."""
    from dvk_desktop.gui.windows.backup_page import BackupPage

    page = BackupPage(handle, window)
    page.backup_done.connect(window.on_backup_done)
    page.restore_requested.connect(window.restore)
    return page


def settings(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """The workspace's and the user's settings."""
    from dvk_desktop.gui.windows.settings_page import SettingsPage

    page = SettingsPage(handle, window)
    page.settings_saved.connect(window.update_status)
    return page


def communes(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """An upper level's communes: keys, enrolment, what each sent."""
    from dvk_desktop.gui.windows.communes_page import CommunesPage

    page = CommunesPage(handle, window)
    page.data_changed.connect(window.on_data_changed)
    page.models_requested.connect(window.show_commune_models)
    return page


def inbox(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """Receiving the communes' packages."""
    from dvk_desktop.gui.windows.inbox_page import InboxPage

    page = InboxPage(handle, window)
    page.data_changed.connect(window.on_data_changed)
    page.enrol_requested.connect(window.enrol_commune)
    return page


def review(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """Reviewing the proposed models."""
    from dvk_desktop.gui.windows.review_page import ReviewPage

    page = ReviewPage(handle, window)
    page.data_changed.connect(window.on_data_changed)
    page.open_requested.connect(window.open_editor)
    return page


def scoring(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """The council's score sheets."""
    from dvk_desktop.gui.windows.scoring_page import ScoringPage

    page = ScoringPage(handle, window)
    page.data_changed.connect(window.on_data_changed)
    return page


def decisions(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """Recognition and award decisions."""
    from dvk_desktop.gui.windows.decisions_page import DecisionsPage

    page = DecisionsPage(handle, window)
    page.data_changed.connect(window.on_data_changed)
    page.open_requested.connect(window.open_editor)
    return page


def send_back(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """Sending decisions back to the communes."""
    from dvk_desktop.gui.windows.send_back_page import SendBackPage

    return SendBackPage(handle, window)


def summary(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """The upper level's summary report."""
    from dvk_desktop.gui.windows.summary_page import SummaryPage

    return SummaryPage(handle, window)


def changes(window: MainWindow, handle: WorkspaceHandle) -> QWidget:
    """The communes' change requests to decided models, side by side."""
    from dvk_desktop.gui.windows.changes_page import ChangesPage

    page = ChangesPage(handle, window)
    page.data_changed.connect(window.on_data_changed)
    page.open_requested.connect(window.open_editor)
    return page
