"""The office's users in the main window: sign-in, the user shown, role checks, "Người dùng"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from dvk_desktop.domain.office import Action
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import office_roles

if TYPE_CHECKING:
    from dvk_desktop.storage.workspace import WorkspaceHandle

NOTE_STYLE = (
    "background:#e7f1ff;color:#052c65;border:1px solid #b6d4fe;padding:4px;border-radius:3px;"
)
USERS_PAGE = ("users", QT_TRANSLATE_NOOP("", "Người dùng"))

# Which buttons of which page take a guarded action. Only the wiring is here: whether the
# signed-in user's roles allow the action is decided by services.access / domain.office.
GUARDS: dict[str, tuple[tuple[str, Action], ...]] = {
    "inbox": (
        ("ui.files_button", Action.IMPORT),
        ("ui.folder_button", Action.IMPORT),
        ("ui.accept_button", Action.KEYS),
    ),
    "review": (("apply_button", Action.REVIEW),),
    "scoring": (("save_button", Action.SCORE), ("remove_button", Action.SCORE)),
    "decisions": (("ui.record_button", Action.DECIDE), ("ui.attach_button", Action.DECIDE)),
    "send_back": (("ui.send_button", Action.SEND_BACK), ("ui.aggregate_button", Action.SEND_BACK)),
    "communes": (("ui.enrol_button", Action.KEYS), ("ui.revoke_button", Action.KEYS)),
    "packages": (("ui.pin_parent_button", Action.KEYS),),
    "settings": (
        ("database_group.evidence_button", Action.SETTINGS),
        ("conversion_group.convert_button", Action.SETTINGS),
        ("succession_group.import_button", Action.SETTINGS),
    ),
}


class RoleGuard(QObject):
    """Keeps a button disabled whatever its page decides, with the reason as its tooltip.

    The pages enable their buttons from their own state (a selection, a running import); the
    guard turns them off again the moment they are enabled, so no page needs to know roles.
    """

    def __init__(self, widget: QWidget, reason: str) -> None:
        super().__init__(widget)
        self.reason = reason
        widget.setToolTip(reason)
        widget.setEnabled(False)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Turn the button off again whenever its page turns it on."""
        changed = event.type() == QEvent.Type.EnabledChange
        if changed and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


class RoleWatch(QObject):
    """When the window comes back to the front, notices roles changed on another PC.

    An administrator may lock the account or change its roles from another PC; the pages were
    dressed for the roles of the sign-in, so on the next activation the window is rebuilt for
    the roles the database holds now (unless an editor is open: then at a later activation).
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.state = role_state(window.handle)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Check on every activation of the main window (a cheap read of one user row)."""
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.check)
        return False

    def check(self) -> bool:
        """Rebuild the pages if the roles changed; True when it did."""
        window = self.window
        if getattr(window, "_handle", None) is None or getattr(window, "_closing", False):
            return False
        now = role_state(window.handle)
        if now == self.state:
            return False
        if any(editor.isVisible() for editor in getattr(window, "editors", {}).values()):
            return False  # never close someone's editor under them: the next activation
        self.state = now
        window.set_workspace(window.handle)
        window.statusBar().showMessage(
            tr("Quyền của bạn vừa được đổi ở máy khác: các trang đã được cập nhật."), 15_000
        )
        return True


def role_state(handle: WorkspaceHandle) -> tuple[Any, ...]:
    """What the role checks decide now: the user's roles and every guarded action's refusal."""
    from dvk_desktop.services import access

    actions = sorted({a for guards in GUARDS.values() for _, a in guards} | {Action.USERS})
    # One reading session for the ten checks: each opened its own, and this runs on the UI
    # thread while the workspace is shown.
    with handle.readers() as session:
        user = access.current_user(session)
        return (
            None if user is None else (user.name, tuple(user.roles), user.active),
            tuple(access.refusal(session, a) for a in actions),
        )


def _attribute(page: object, path: str) -> Any:
    for part in path.split("."):
        page = getattr(page, part, None)
        if page is None:
            return None
    return page


def sign_in_or_close(window: Any, handle: WorkspaceHandle) -> bool:
    """Ask the office user to sign in when ``handle`` has users; close the window if they quit.

    A workspace without users (a commune, a one-PC office) asks nothing and returns True.
    """
    from dvk_desktop.gui.dialogs.sign_in import sign_in_if_needed

    if sign_in_if_needed(window, handle):
        return True
    handle.close()
    window._closing = True  # nothing to back up on the way out: nobody signed in
    QTimer.singleShot(0, window.close)
    return False


def switch_user(window: Any) -> bool:
    """Another clerk takes the PC: sign them in and rebuild the pages for their roles.

    Cancelling keeps the user who was signed in; nothing changes.
    """
    from dvk_desktop.gui.dialogs.sign_in import SignInDialog

    if not window.close_editors():
        return False
    dialog = SignInDialog(window.handle, window)
    window.sign_in_dialog = dialog  # tests fill it in
    if dialog.exec() != SignInDialog.DialogCode.Accepted:
        return False
    window.switch_to(window.handle.paths.root)
    return True


def change_own_password(window: Any) -> bool:
    """The signed-in user sets a new password (after an administrator's reset, say)."""
    from dvk_desktop.gui.dialogs.user_dialog import PASSWORD, UserDialog
    from dvk_desktop.services import access

    user = access.current_user(window.handle)
    if user is None:
        return False
    dialog = UserDialog(window.handle, PASSWORD, window, name=user.name)
    window.password_dialog = dialog  # tests fill it in
    if dialog.exec() != UserDialog.DialogCode.Accepted:
        return False
    window.statusBar().showMessage(tr("Đã đổi mật khẩu."), 10_000)
    return True


def install(window: Any, handle: WorkspaceHandle) -> None:
    """After the pages are built: the user in the status bar, the users page, the role checks."""
    from dvk_desktop.services import access

    user = access.current_user(handle)
    label = getattr(window, "office_user_label", None)
    if label is None:
        label = QLabel(window)
        label.setObjectName("office_user_label")
        window.ui.status_bar.addPermanentWidget(label)
        window.office_user_label = label
        # Pages built later (when first shown) get their checks when they come on screen.
        window.ui.nav_list.currentRowChanged.connect(lambda _row: dress_pages(window))
        action = QAction(tr("Đổi người dùng…"), window)
        action.setObjectName("action_switch_user")
        action.triggered.connect(lambda: switch_user(window))
        window.ui.menu_file.insertAction(window.ui.action_quit, action)
        window.office_switch_action = action
        action = QAction(tr("Đổi mật khẩu của tôi…"), window)
        action.setObjectName("action_own_password")
        action.triggered.connect(lambda: change_own_password(window))
        window.ui.menu_file.insertAction(window.ui.action_quit, action)
        window.office_password_action = action
    window.office_switch_action.setVisible(user is not None)
    window.office_password_action.setVisible(user is not None)
    # A password is kept in the workspace: a locked stick keeps the old one (the window's
    # action outlives the workspace, so set each time).
    window.office_password_action.setEnabled(not handle.read_only)
    label.setVisible(user is not None)
    if user is not None:
        label.setText(
            tr("Người dùng: %1 (%2)")
            .replace("%1", user.name)
            .replace("%2", office_roles(user.roles))
        )
        label.setToolTip(user.full_name)
    if _wants_users_page(handle, window):
        _add_users_page(window, handle)
    _wrap_factories(window)
    dress_pages(window)
    watch = getattr(window, "role_watch", None)
    if watch is None:
        window.role_watch = RoleWatch(window)
    else:
        watch.state = role_state(handle)  # dressed for these roles just now


def _wants_users_page(handle: WorkspaceHandle, window: Any) -> bool:
    """An administrator's page; offered where an office works (an upper level, a server)."""
    from dvk_desktop.services import access
    from dvk_desktop.services.shared_database import folder_database_url

    office = getattr(window, "upper", False) or folder_database_url(handle.paths.root) is not None
    return bool(office and access.allowed(handle, Action.USERS))


def _users_page(window: Any, handle: WorkspaceHandle) -> QWidget:
    from dvk_desktop.gui.windows.users_page import UsersPage

    page = UsersPage(handle, window)
    window.users_page = page
    # Rebuild the pages (after this slot returns) so the new administrator's roles apply.
    page.first_user_signed_in.connect(
        lambda: QTimer.singleShot(0, lambda: window.switch_to(handle.paths.root)),
    )
    return page


def _add_users_page(window: Any, handle: WorkspaceHandle) -> None:
    """A navigation row before "Cài đặt"; the page itself is built when first shown."""
    keys = [key for key, _ in window.nav]
    row = keys.index("settings") if "settings" in keys else len(keys)
    window.nav = (*window.nav[:row], USERS_PAGE, *window.nav[row:])
    nav = window.ui.nav_list
    nav.blockSignals(True)
    nav.insertItem(row, tr(USERS_PAGE[1]))
    areas = getattr(window, "_areas", None)
    if areas is not None:  # pages built on first show (main_window's navigation)
        area = window._scroll_area(USERS_PAGE[0])
        areas[USERS_PAGE[0]] = area
        window._factories = {
            **window._factories, USERS_PAGE[0]: lambda w, h: _users_page(w, h),
        }  # fmt: skip
        window.ui.page_stack.insertWidget(row, area)
    else:
        page = _users_page(window, handle)
        window.pages[USERS_PAGE[0]] = page
        window.ui.page_stack.insertWidget(row, window._scrolled(page))
    nav.blockSignals(False)


def dress_pages(window: Any) -> None:
    """Role checks on every page built so far (pages may be built when first shown)."""
    reasons: dict[Action, str | None] = {}
    for key, page in list(getattr(window, "pages", {}).items()):
        dress_page(window, key, page, reasons)


def dress_page(
    window: Any, key: str, page: QWidget, reasons: dict[Action, str | None] | None = None
) -> None:
    """Grey out the page's guarded buttons with who may; Settings' "connect" opens the folder."""
    from dvk_desktop.gui.i18n import core as render
    from dvk_desktop.services import access

    if not isinstance(page, QWidget) or page.property("office_dressed"):
        return
    page.setProperty("office_dressed", True)
    reasons = {} if reasons is None else reasons
    refused: list[str] = []
    for path, action in GUARDS.get(key, ()):
        widget = _attribute(page, path)
        if action not in reasons:
            reasons[action] = access.refusal(window.handle, action)
        reason = reasons[action]
        if isinstance(widget, QWidget) and reason is not None:
            RoleGuard(widget, render(reason))
            if render(reason) not in refused:
                refused.append(render(reason))
    if refused:
        _note(page, refused)
    group = getattr(page, "database_group", None)
    if group is not None:
        group.connected.connect(lambda root: window.switch_to(Path(root)))
    conversion = getattr(page, "conversion_group", None)
    if conversion is not None:  # the workspace is the province's now: reopen it as such
        conversion.converted.connect(lambda root: window.switch_to(Path(root)))


def _dressing(window: Any, key: str, factory: Any) -> Any:
    """``factory`` (a page built on first show) followed by its role checks."""

    def build(*args: Any) -> QWidget:
        page = factory(*args)
        dress_page(window, key, page)
        return page

    build.office_dressing = True  # type: ignore[attr-defined]
    return build


def _wrap_factories(window: Any) -> None:
    """Every page built later gets its role checks as it is built (not only when shown)."""
    factories = getattr(window, "_factories", None)
    if not factories:
        return
    window._factories = {
        key: f if getattr(f, "office_dressing", False) else _dressing(window, key, f)
        for key, f in factories.items()
    }


def _note(page: QWidget, refused: list[str]) -> None:
    """Say at the top of the page why its buttons are grey (a tooltip alone is easily missed)."""
    layout = page.layout()
    if not isinstance(layout, QBoxLayout):
        return
    label = QLabel(" ".join(refused), page)
    label.setObjectName("role_note_label")
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    first = layout.itemAt(0).widget() if layout.count() else None
    layout.insertWidget(1 if isinstance(first, QLabel) else 0, label)  # under the heading
    label.show()
