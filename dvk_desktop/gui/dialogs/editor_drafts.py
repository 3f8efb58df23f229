"""The model editor's drafts: the unsaved form written aside, offered back after a crash.

A mixin of :class:`~dvk_desktop.gui.dialogs.model_editor.ModelEditorDialog`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from typing import Any

from dvk_desktop.gui.context import drafts_dir
from dvk_desktop.gui.editor_state import StateCommand
from dvk_desktop.gui.i18n import tr
from dvk_desktop.storage.atomic import atomic_write_text


class EditorDraftsMixin:
    """Autosaved drafts in the workspace's drafts folder, one per model ("new" for a new one)."""

    ui: Any
    uuid: str | None
    read_only: bool

    def _draft_path(self, key: str | None = None) -> Any:
        return drafts_dir(self._handle) / f"{key or self.uuid or 'new'}.json"

    def write_draft(self) -> None:
        """Write the unsaved form to the drafts folder atomically (a power cut loses little)."""
        if not self.is_dirty():
            self._delete_draft(self.uuid or "new")
            return
        payload = {
            "model_uuid": self.uuid,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "state": self.read_state(),
        }
        try:
            atomic_write_text(self._draft_path(), json.dumps(payload, ensure_ascii=False))
        except OSError as exc:
            self.ui.draft_label.setText(tr("Không lưu được bản nháp: %1").replace("%1", str(exc)))
            return
        self.ui.draft_label.setText(
            tr("Bản nháp tự lưu lúc %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
        )

    def _delete_draft(self, key: str | None) -> None:
        with contextlib.suppress(OSError):
            self._draft_path(key).unlink(missing_ok=True)

    def _offer_draft(self) -> None:
        if self.read_only:  # a draft left on the stick cannot be restored into a view-only form
            return
        path = self._draft_path()
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            state = payload["state"]
            when = dt.datetime.fromisoformat(payload["saved_at"])
        except (OSError, ValueError, KeyError, TypeError):
            return
        if state == self._saved_state:
            self._delete_draft(self.uuid or "new")
            return
        self._draft_state = state
        self.ui.draft_banner_label.setText(
            tr(
                "Có bản nháp chưa lưu lúc %1 (có thể do máy tắt đột ngột). Khôi phục để nhập tiếp?"
            ).replace("%1", when.strftime("%H:%M %d/%m/%Y"))
        )
        self.ui.draft_banner.show()

    def _on_restore_draft_button_clicked(self) -> None:
        old = self._last_state
        self.apply_state(self._draft_state)
        self._undo.push(StateCommand(self, old, self._last_state, "draft"))
        self.ui.draft_banner.hide()

    def _on_discard_draft_button_clicked(self) -> None:
        self._delete_draft(self.uuid or "new")
        self.ui.draft_banner.hide()
