"""Opening a workspace after the first paint, restoring a backup, switching to another folder."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from dvk_desktop.gui.dialogs.first_run import FirstRunWizard
    from dvk_desktop.gui.windows.model_list import ModelListPage
    from dvk_desktop.storage.workspace import WorkspaceHandle

    _Base = QMainWindow
else:
    _Base = object

Opener = Callable[[], "WorkspaceHandle | None"]
# Given the workspace's settings (language, font size) before its pages are built.
OnOpened = Callable[[Mapping[str, str]], None]


class LoadingPage(QWidget):
    """What the window shows while the workspace opens: a message and a busy bar."""

    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted = False
        self.setObjectName("loading_page")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message_label = QLabel(tr("Đang mở vùng làm việc…"), self)
        self.message_label.setObjectName("loading_label")
        # Centred through the style sheet, not Qt.AlignmentFlag: PySide6 builds the whole Qt
        # namespace (about 50 ms) the first time Python touches it, and this page must paint
        # first. The namespace is built later, while the workspace opens.
        self.message_label.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("loading_bar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(280)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.busy_bar)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Tell the window once it is on screen (then the slow part may start)."""
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()


class _FirstPaint(QObject):
    """Calls back once, in the event-loop turn after the watched widget first paints."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Let the paint finish, then call back (once)."""
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


class WorkspaceFlow(_Base):
    """Mixed into the main window: how a workspace comes to be shown in it, and replaced."""

    loading_page: LoadingPage | None
    operation: Operation | None
    wizard: FirstRunWizard
    _pending_open: tuple[Opener, OnOpened | None, bool, Path | None] | None
    list_shown: Any  # Signal(): the model list is on screen with its rows (set by the window)

    if TYPE_CHECKING:
        # What the main window provides (for the type checker only).
        @property
        def handle(self) -> WorkspaceHandle: ...  # noqa: D102
        def set_workspace(self, handle: WorkspaceHandle) -> None: ...  # noqa: D102
        def show_first_page(self, first_page: dict[str, Any]) -> ModelListPage: ...  # noqa: D102
        def close_editors(self) -> bool: ...  # noqa: D102
        def show_page(self, row: int | str) -> None: ...  # noqa: D102

    def open_later(
        self,
        opener: Opener,
        on_opened: OnOpened | None = None,
        *,
        background: bool = False,
        first_page: Path | None = None,
    ) -> None:
        """After the window has first painted, call ``opener`` and show its result.

        ``opener`` may show dialogs (an error, the first-run choice); ``None`` closes the window.
        With ``background`` it must not (it runs in a worker thread, with the imports the first
        page needs, so the busy bar keeps moving). ``on_opened`` runs before the pages are built
        (language, font size).

        ``first_page`` (with ``background``) is the workspace's folder: the model list's first
        page is read there without the ORM and shown before ``opener`` runs (SQLAlchemy alone
        takes longer to load than the rest of the start), then attached to the workspace.
        """
        self._pending_open = (opener, on_opened, background, first_page)
        page = self.loading_page
        if page is None or page.painted or not self.isVisible():
            QTimer.singleShot(0, self._open_pending)
        else:  # the paint is queued behind this call: wait for it, then let it reach the screen
            page.first_painted.connect(self._on_loading_page_first_painted)

    def _on_loading_page_first_painted(self) -> None:
        QTimer.singleShot(0, self._open_pending)

    def _open_pending(self) -> None:
        if self._pending_open is None:
            return
        opener, on_opened, background, root = self._pending_open
        self._pending_open = None
        if background:
            # Build the Qt namespace here, on the UI thread, now that the window is on screen:
            # the worker's imports use it too, and PySide6 must not build it from two threads.
            from PySide6.QtCore import Qt

            Qt.AlignmentFlag  # noqa: B018  (touching it is what builds it)
            if root is None:
                self._open_in_background(opener, on_opened)
                return
            from dvk_desktop.gui.windows.page_factories import read_first_page

            # Two steps, one after the other: the first page (plain sqlite3, a few tens of
            # milliseconds), then the ORM. In parallel the worker's imports would hold the
            # interpreter while the UI thread builds the list, and slow both.
            self.operation = run_in_background(
                self,
                lambda _reporter, _cancel: read_first_page(root),
                on_success=lambda page: self._first_page_read(page, opener, on_opened),
                on_failure=lambda _exc: self._open_in_background(opener, on_opened),
            )
            return
        try:
            handle = opener()
            settings = None if handle is None else workspace_settings(handle)
        except Exception as exc:
            self._open_failed(exc)
            return
        self._opened(handle, settings, on_opened)

    def _first_page_read(
        self, page: dict[str, Any] | None, opener: Opener, on_opened: OnOpened | None
    ) -> None:
        if page is None:  # not readable before the open (a sign-in, a migration…)
            self._open_in_background(opener, on_opened)
            return
        if on_opened is not None:
            on_opened(page["settings"])
        shown = self.show_first_page(page)
        # Once the rows are on screen, the rest of the open (SQLAlchemy, the ORM) in the worker.
        # Watched on the page, which paints with its children: the table's viewport() would
        # make PySide6 build the scroll area's types now (about 20 ms on the UI thread).
        _FirstPaint(shown, lambda: self._open_in_background(opener))

    def _open_in_background(self, opener: Opener, on_opened: OnOpened | None = None) -> None:
        from dvk_desktop.gui.windows.page_factories import prepare_first_page

        def work(_reporter: object, _cancel: object) -> tuple[WorkspaceHandle, Any] | None:
            handle = opener()
            return None if handle is None else (handle, prepare_first_page(handle))

        self.operation = run_in_background(
            self,
            work,
            on_success=lambda done: self._opened(*(done or (None, None)), on_opened),
            on_failure=self._open_failed,
        )

    def _open_failed(self, exc: BaseException) -> None:
        if self.loading_page is None and getattr(self, "_handle", None) is None:
            # The first page was shown, then the open failed: say so in its place.
            self.loading_page = LoadingPage(self)
            self.ui.page_stack.addWidget(self.loading_page)  # type: ignore[attr-defined]
            self.ui.page_stack.setCurrentWidget(self.loading_page)  # type: ignore[attr-defined]
        if self.loading_page is not None:
            self.loading_page.busy_bar.setRange(0, 1)
            self.loading_page.message_label.setText(tr("Không mở được vùng làm việc."))
        show_error(self, exc)

    def _opened(
        self,
        handle: WorkspaceHandle | None,
        settings: Mapping[str, str] | None,
        on_opened: OnOpened | None,
    ) -> None:
        if handle is None:
            self.close()
            return
        if on_opened is not None and settings is not None:
            on_opened(settings)
        self.set_workspace(handle)

    def restore(self, path: str) -> Operation | None:
        """Replace the workspace with a backup: close it, restore in the background, reopen."""
        if not self.close_editors():
            return None
        from dvk_desktop.services import backup
        from dvk_desktop.storage.workspace import open_workspace

        root = self.handle.paths.root
        self.handle.close()

        def work(reporter: object, cancel: object) -> str | None:
            aside = backup.restore_workspace(Path(path), root, reporter=reporter, cancel=cancel)  # type: ignore[arg-type]
            return str(aside) if aside else None

        def reopen(_result: object = None) -> None:
            self.set_workspace(open_workspace(root))
            self.show_page("backup")

        def failed(exc: BaseException) -> None:
            reopen()
            show_error(self, exc)

        def done(aside: str | None) -> None:
            reopen()
            self.statusBar().showMessage(
                tr("Đã khôi phục. Dữ liệu trước khi khôi phục được giữ tại: %1").replace(
                    "%1", aside or "—"
                ),
                20_000,
            )

        self.operation = run_in_background(
            self, work, on_success=done, on_failure=failed, label=tr("Đang khôi phục dữ liệu")
        )
        return self.operation

    def switch_to(self, root: Path) -> None:
        """Open another workspace folder in this window."""
        from dvk_desktop.storage.workspace import open_workspace

        if not self.close_editors():
            return
        try:
            handle = open_workspace(root)
        except Exception as exc:
            show_error(self, exc)
            return
        self.handle.close()
        self.set_workspace(handle)

    def _on_action_open_workspace_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # not needed before the window paints

        folder = QFileDialog.getExistingDirectory(
            self, tr("Chọn thư mục vùng làm việc"), str(self.handle.paths.root.parent)
        )
        if folder:
            self.switch_to(Path(folder))

    def _on_action_new_workspace_triggered(self) -> None:
        from dvk_desktop.gui.dialogs.first_run import FirstRunWizard

        wizard = FirstRunWizard(None, self)
        wizard.workspace_created.connect(self._on_wizard_workspace_created)
        wizard.open()
        self.wizard = wizard

    def _on_wizard_workspace_created(self, root: str) -> None:
        wizard = self.wizard
        if wizard.handle is not None:
            wizard.handle.close()
        self.switch_to(Path(root))


def workspace_settings(handle: WorkspaceHandle) -> Mapping[str, str]:
    """The workspace's settings; none if they cannot be read (the user's preferences apply)."""
    from dvk_desktop.errors import DvkError
    from dvk_desktop.services.workspace_setup import get_settings

    try:
        return get_settings(handle)
    except DvkError:  # unreadable settings: the user's own preferences apply
        return {}
