"""Setting the date by which the communes' packages for a period are due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dvk_desktop.domain.period import Period
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.forms.ui_deadline_dialog import Ui_DeadlineDialog
from dvk_desktop.gui.i18n import tr
from dvk_desktop.storage.workspace import WorkspaceHandle


class DeadlineDialog(QDialog):
    """Save or remove one period's deadline; a refusal is shown in the dialog, which stays."""

    def __init__(
        self,
        handle: WorkspaceHandle,
        period: Period,
        current: dt.date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DeadlineDialog()
        self.ui.setupUi(self)
        self._handle = handle
        self.period = period
        ui = self.ui
        from dvk_desktop.gui.windows.communes_page import period_text

        ui.period_value_label.setText(f"{period_text(period)} ({period.code})")
        # A usual deadline: two weeks after the period ends.
        day = current or (period.end + dt.timedelta(days=15))
        ui.date_edit.setDate(QDate(day.year, day.month, day.day))
        ui.clear_button.setEnabled(current is not None)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.clear_button.clicked.connect(self._on_clear_button_clicked)

    def due_on(self) -> dt.date:
        """The date chosen."""
        q = self.ui.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def _on_button_box_accepted(self) -> None:
        from dvk_desktop.services import communes

        try:
            communes.set_deadline(
                self._handle, self.period.code, self.due_on(), note=self.ui.note_edit.text()
            )
        except DvkError as exc:
            self.ui.message_label.setText(exc.user_text())
            return
        self.accept()

    def _on_clear_button_clicked(self) -> None:
        from dvk_desktop.services import communes

        try:
            communes.clear_deadline(self._handle, self.period.code)
        except DvkError as exc:
            self.ui.message_label.setText(exc.user_text())
            return
        self.accept()
