"""The main window's navigation: one page per row, each built the first time it is shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from dvk_desktop.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from dvk_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from dvk_desktop.gui.windows.page_factories import PageFactory
    from dvk_desktop.storage.workspace import WorkspaceHandle

    _Base = QMainWindow
else:
    _Base = object

P = TypeVar("P", bound=QWidget)


class PageAccessor(Generic[P]):
    """``window.communes_page``: the page of that key, built now if it has not been yet."""

    def __init__(self, key: str) -> None:
        self.key = key

    @overload
    def __get__(self, window: None, owner: type | None = None) -> PageAccessor[P]: ...
    @overload
    def __get__(self, window: Navigation, owner: type | None = None) -> P: ...
    def __get__(self, window: Navigation | None, owner: type | None = None) -> Any:
        return self if window is None else window.page(self.key)


class Navigation(_Base):
    """Mixed into the main window: the navigation rows, the stack of pages, page switching.

    Every row gets an empty scroll area at once (the list shows all names); the page itself is
    made by its factory when the row is first shown or code asks for it (:meth:`page`).
    """

    ui: Ui_MainWindow
    nav: Sequence[tuple[str, str]]
    pages: dict[str, QWidget]  # the pages built so far, by key
    _factories: Mapping[str, PageFactory]
    _areas: dict[str, QScrollArea]
    _page_handle: WorkspaceHandle | None
    upper: bool

    if TYPE_CHECKING:

        def _hide_done_banner(self) -> None: ...

    def _install_pages(
        self,
        handle: WorkspaceHandle | None,
        nav: Sequence[tuple[str, str]],
        factories: Mapping[str, PageFactory],
    ) -> None:
        """Replace the pages with ``nav``'s, all unbuilt: each factory runs on first show.

        Without ``handle`` (the workspace is still opening) no factory runs yet.
        """
        stack = self.ui.page_stack
        while stack.count():
            old = stack.widget(0)
            stack.removeWidget(old)
            old.deleteLater()
        self._page_handle = handle
        self._factories = factories
        self.nav = nav
        self.pages = {}
        self._areas = {}
        list_widget = self.ui.nav_list
        list_widget.blockSignals(True)
        list_widget.clear()
        for key, label in nav:
            list_widget.addItem(tr(label))
            area = self._scroll_area(key)
            self._areas[key] = area
            stack.addWidget(area)
        list_widget.blockSignals(False)

    @staticmethod
    def _scroll_area(key: str) -> QScrollArea:
        # Each page sits in a scroll area: at 125 % or 150 % scaling a 1366×768 screen is
        # 1093 or 910 points wide, and the widest page must not make the window wider.
        area = QScrollArea()
        area.setObjectName(f"{key}_scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        """A page built elsewhere, in a scroll area of its own (to insert in the stack by hand)."""
        area = Navigation._scroll_area(page.objectName() or "page")
        area.setWidget(page)
        return area

    def page(self, key: str) -> QWidget:
        """The page of ``key`` ("models", "communes"…), built now if it was not yet."""
        page = self.pages.get(key)
        if page is not None:
            return page
        handle = getattr(self, "_page_handle", None)
        if handle is None or key not in getattr(self, "_areas", {}):
            # An AttributeError, so hasattr(window, "packages_page") stays False until a
            # workspace with that page is shown.
            raise AttributeError(f"no page {key!r} (yet) in this window")
        page = self._factories[key](self, handle)  # type: ignore[arg-type]
        self.pages[key] = page
        self._areas[key].setWidget(page)
        return page

    def page_row(self, key: str) -> int:
        """The navigation row of a page ("models", "communes", "backup"…), or -1."""
        keys = [k for k, _ in self.nav]
        return keys.index(key) if key in keys else -1

    def current_page(self) -> QWidget | None:
        """The page on screen."""
        row = self.ui.nav_list.currentRow()
        return self.page(self.nav[row][0]) if 0 <= row < len(self.nav) else None

    def _refresh_current(self) -> None:
        page = self.current_page()
        shown = getattr(page, "on_shown", None)
        if shown is not None:
            shown()

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        self._hide_done_banner()  # the page changes anyway: no jump under the pointer
        if row >= 0:
            key = self.nav[row][0]
            page = self.page(key)  # built before it is on screen: no empty frame
            self.ui.page_stack.setCurrentIndex(row)
            if key == "backup":
                page.refresh()  # type: ignore[attr-defined]
            self._refresh_current()

    def show_page(self, row: int | str) -> None:
        """Switch to a page by its navigation row or its key ("communes", "inbox"…)."""
        self.ui.nav_list.setCurrentRow(self.page_row(row) if isinstance(row, str) else row)

    # ---------------------------------------------------------------- between pages

    def show_commune_models(self, code: str) -> None:
        """The model list, filtered to one commune (from the communes page)."""
        self.show_page("models")
        self.model_page.select_commune(code)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """An upper level accepts package files and folders dropped on the window."""
        if self.upper and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Show "Tiếp nhận gói" and import what was dropped there."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self.upper and paths:
            event.acceptProposedAction()
            self.show_page("inbox")
            self.inbox_page.import_paths(paths)

    def enrol_commune(self, code: str) -> None:
        """A package refused for an unknown key: enrol the commune, then import it again."""
        self.show_page("communes")
        self.communes_page.select_code(code)
        self.communes_page.open_enrol_dialog()
