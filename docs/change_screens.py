"""Screens of change requests: the province's side by side, the commune's banner and outcome.

Called from upper_screens.py: :func:`prepare` before the demo commune's package is made,
:func:`shoot_upper` in the province's window, :func:`shoot_commune` once the commune has
imported the province's decisions (the request's verdict travels in that package).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from dvk_desktop.domain.vocab import Status
from dvk_desktop.services import change_requests, models
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace

COMMUNE = "20791"  # the demo commune
REASON = "Mở rộng địa bàn sang thôn Hà Bình theo đề nghị của Nhân dân"


def prepare(commune: WorkspaceHandle) -> str:
    """The demo commune asks to change one model it proposed; return that model's uuid."""
    with commune.sessions() as session:
        proposed = list_models(session, ModelFilter(status=Status.PROPOSED.value), limit=50)
    uuid = proposed[-1].uuid
    data = models.get_input(commune, uuid)
    data.place = f"{data.place}; thôn Hà Bình".strip("; ")
    data.goals = f"{data.goals} Mở rộng thêm 1,2 km đường thôn Hà Bình.".strip()
    change_requests.request_change(commune, uuid, data, reason=REASON, actor="Trần Văn Tư")
    return uuid


def shoot_upper(
    app: QApplication,
    window: Any,
    save: Callable[[QWidget, str], Any],
    settle: Callable[[QApplication], None],
) -> None:
    """The province's list of requests and one side by side; it is then rejected, with why."""
    window.show_page("changes")
    settle(app)
    save(window, "cap-tren-yeu-cau-thay-doi")
    dialog = window.current_page().list.open_request(0)
    dialog.resize(1280, 720)
    settle(app)
    save(dialog, "cap-tren-so-sanh-thay-doi")
    dialog.comment_edit.setPlainText("Đề nghị giữ địa bàn đã đăng ký đến hết năm 2026.")
    dialog.actor_edit.setText("Lê Văn Hùng")
    dialog.reject_change()
    dialog.close()
    settle(app)


def shoot_commune(
    app: QApplication,
    scratch: Path,
    save: Callable[[QWidget, str], Any],
    settle: Callable[[QApplication], None],
) -> None:
    """At the commune: the rejected request in the model's history; a recognised model's banner."""
    from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog

    with open_workspace(scratch / f"xa-{COMMUNE}") as commune:
        [asked] = change_requests.list_changes(commune)[:1]
        editor = ModelEditorDialog(commune, asked.model_uuid)
        editor.resize(1280, 720)
        editor.show()
        editor.ui.tab_widget.setCurrentWidget(editor.changes)
        settle(app)
        save(editor, "xa-ket-qua-yeu-cau")
        editor.close_without_saving()
        with commune.sessions() as session:
            recognised = list_models(session, ModelFilter(status=Status.RECOGNISED.value))
        if not recognised:
            return
        editor = ModelEditorDialog(commune, recognised[0].uuid)
        editor.resize(1280, 720)
        editor.show()
        settle(app)
        save(editor, "xa-mo-hinh-da-khoa")
        editor.ui.goals_edit.setPlainText(editor.ui.goals_edit.toPlainText() + " Thêm 2 camera.")
        editor.save()
        settle(app)
        save(editor.request_dialog, "xa-gui-yeu-cau-thay-doi")
        editor.request_dialog.reject()
        editor.close_without_saving()
        settle(app)
