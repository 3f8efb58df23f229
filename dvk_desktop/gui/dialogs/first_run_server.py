"""The first-run wizard's choice of the office's shared PostgreSQL database (on its first page)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox, QPushButton

from dvk_desktop.errors import DvkError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.widgets.server_form import ServerForm

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWizard as _Wizard
else:
    _Wizard = object  # a mixin at run time: FirstRunWizard brings the QWizard


class SharedDatabaseSteps(_Wizard):
    """Mixed into FirstRunWizard: the server fields, their test, joining an existing workspace."""

    ui: Ui_FirstRunWizard
    handle: Any
    workspace_created: Any

    def _add_shared_database(self, ui: Ui_FirstRunWizard) -> None:
        """The choice of the office's shared PostgreSQL database, under the folder."""
        self.shared_check = QCheckBox(
            tr("Dùng cơ sở dữ liệu dùng chung của văn phòng (PostgreSQL)"), ui.role_page
        )
        self.shared_check.setObjectName("shared_database_check")
        self.shared_check.setToolTip(
            tr(
                "Khi nhiều cán bộ cùng làm trên nhiều máy: dữ liệu ở máy chủ của cơ quan, thư "
                "mục trên đây giữ tệp minh chứng và khóa ký."
            )
        )
        self.server_form = ServerForm(ui.role_page)
        self.server_form.setVisible(False)
        self.use_existing_button = QPushButton(
            tr("Dùng vùng làm việc có sẵn trên máy chủ"), ui.role_page
        )
        self.use_existing_button.setObjectName("use_existing_button")
        self.use_existing_button.setVisible(False)
        spacer = ui.role_layout.count() - 1  # before the stretch at the bottom
        ui.role_layout.insertWidget(spacer, self.use_existing_button)
        ui.role_layout.insertWidget(spacer, self.server_form)
        ui.role_layout.insertWidget(spacer, self.shared_check)
        self.shared_check.toggled.connect(self.server_form.setVisible)
        self.shared_check.toggled.connect(lambda _on: self._on_server_checked(None))
        self.server_form.checked.connect(self._on_server_checked)
        self.server_form.failed.connect(lambda _text: self._on_server_checked(None))
        self.use_existing_button.clicked.connect(self.connect_existing)
        self._next_after_check = False

    def shared(self) -> bool:
        """Whether the workspace is to be on the office's shared database."""
        return self.shared_check.isChecked()

    def _on_server_checked(self, check: Any) -> None:
        from dvk_desktop.services.shared_database import CURRENT, EMPTY, OLDER

        existing = check is not None and check.schema in (CURRENT, OLDER) and self.shared()
        self.use_existing_button.setVisible(existing)
        go_on, self._next_after_check = self._next_after_check, False
        if go_on and check is not None and check.schema == EMPTY:
            self.next()  # "Next" asked for the test: the database is empty, so on we go

    def connect_existing(self) -> bool:
        """Another PC created the workspace on the server: use it from this folder."""
        from dvk_desktop.services.shared_database import NeedsUpgradeError, connect_folder
        from dvk_desktop.storage.workspace import open_workspace

        root = Path(self.ui.folder_edit.text()).expanduser()
        try:
            url = self.server_form.url()
            try:
                connect_folder(root, url)
            except NeedsUpgradeError as exc:
                answer = QMessageBox.question(
                    self,
                    tr("Nâng cấp dữ liệu trên máy chủ"),
                    exc.user_text()
                    + "\n\n"
                    + tr("Nâng cấp ngay? Các máy khác của cơ quan cần cài phiên bản này."),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                connect_folder(root, url, upgrade=True)
            handle = open_workspace(root)
        except DvkError as exc:
            show_error(self, exc)
            return False
        self.handle = handle
        self.workspace_created.emit(str(root))
        self.done(QDialog.DialogCode.Accepted)  # not accept(): that would create a new one
        return True

    def _server_ready(self) -> bool:
        """Only an empty database takes a new workspace; "Next" runs the test if not yet."""
        from dvk_desktop.services.shared_database import EMPTY

        check = self.server_form.last_check
        if check is None:
            if self.server_form.operation is None or not self.server_form.operation.running:
                self._next_after_check = self.server_form.test() is not None
            return False
        return bool(check.schema == EMPTY)
