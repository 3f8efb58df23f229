"""The first-run wizard: role, official unit, standing body, names on forms, signing keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QListWidgetItem, QWidget, QWizard

from dvk_desktop.config import default_workspace_dir
from dvk_desktop.domain import units
from dvk_desktop.domain.vocab import StandingBody, UnitLevel, WorkspaceRole
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.dialogs.first_run_server import SharedDatabaseSteps
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.gui.screen import fit_to_screen
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.services.workspace_setup import init_workspace, set_settings
from dvk_desktop.storage.workspace import WorkspaceHandle

UNIT_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 120


class FirstRunWizard(SharedDatabaseSteps, QWizard):
    """Creates a workspace; ``handle`` holds it when the wizard finishes."""

    workspace_created = Signal(str)

    def __init__(self, root: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.handle: WorkspaceHandle | None = None
        self.unit_code: str | None = None
        self.fingerprint = ""
        self.enrolment: Any = None  # workspace_keys.EnrolmentFiles once the key is made
        ui = self.ui
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Tạo vùng làm việc"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Hủy"))
        ui.folder_edit.setText(str(root or default_workspace_dir().with_name("workspace-moi")))
        for body in StandingBody:
            ui.standing_body_combo.addItem(vocab(body), body.value)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_units)
        ui.unit_search_edit.textChanged.connect(self._search_timer.start)
        ui.unit_list.currentItemChanged.connect(self._on_unit_list_current_item_changed)
        # A click on the row already highlighted (the only result) changes no "current item":
        # clicking, Enter and double-click choose it too.
        ui.unit_list.itemClicked.connect(self._choose_unit)
        ui.unit_list.itemActivated.connect(self._choose_unit)
        ui.unit_list.itemDoubleClicked.connect(self._on_unit_list_item_double_clicked)
        ui.unit_search_edit.returnPressed.connect(self._on_unit_search_edit_return_pressed)
        ui.unit_search_edit.installEventFilter(self)
        ui.commune_radio.toggled.connect(self._search_units)
        ui.commune_radio.toggled.connect(self._show_role_words)
        ui.browse_folder_button.clicked.connect(self._on_browse_folder_button_clicked)
        ui.browse_upper_key_button.clicked.connect(self._on_browse_upper_key_button_clicked)
        ui.unit_page.isComplete = lambda: self.unit_code is not None  # type: ignore[method-assign]
        note = tr(
            "Đặt mật khẩu đủ dài (ít nhất 8 ký tự) và ghi lại ở nơi an toàn. Để trống nếu "
            "muốn tạo khóa sau trong trang “Gói dữ liệu”."
        )
        self._key_note = note  # the upper level's page is named otherwise (_show_role_words)
        ui.key_note_label.setText(note)
        ui.upper_key_note_label.setText(
            tr(
                "Cấp trên gửi tệp khóa công khai (qua USB hoặc thư điện tử) kèm dấu vân tay in "
                "trên giấy; hãy đối chiếu dấu vân tay trước khi ghim."
            )
        )
        self.operation: Operation | None = None  # creating on the office's server
        self._add_shared_database(ui)
        self._search_units()
        fit_to_screen(self)

    def nextId(self) -> int:  # noqa: N802
        """An upper level has no parent key to pin: its key page is the last one."""
        if self.currentPage() is self.ui.key_page and self.role() is WorkspaceRole.UPPER:
            return -1
        return super().nextId()

    def _show_role_words(self, *_: object) -> None:
        ui = self.ui
        if self.role() is WorkspaceRole.UPPER:
            ui.body_page.setSubTitle(
                tr("Cơ quan tham mưu, theo dõi, tổng hợp phong trào “Dân vận khéo” của tỉnh.")
            )
            ui.key_page.setSubTitle(
                tr(
                    "Quyết định gửi về các xã được ký bằng khóa riêng của đơn vị, bảo vệ bằng "
                    "mật khẩu; các xã ghim khóa này."
                )
            )
            ui.key_note_label.setText(
                tr(
                    "Đặt mật khẩu đủ dài (ít nhất 8 ký tự) và ghi lại ở nơi an toàn. Để trống "
                    "nếu muốn tạo khóa sau trong trang “Khóa ký, sổ gói”."
                )
            )
        else:
            ui.key_note_label.setText(self._key_note)
            ui.body_page.setSubTitle(
                tr("Cơ quan tham mưu, theo dõi, tổng hợp phong trào “Dân vận khéo” ở cấp xã.")
            )
            ui.key_page.setSubTitle(
                tr("Gói gửi lên cấp trên được ký bằng khóa riêng của đơn vị, bảo vệ bằng mật khẩu.")
            )

    def role(self) -> WorkspaceRole:
        """The role chosen on the first page."""
        return WorkspaceRole.COMMUNE if self.ui.commune_radio.isChecked() else WorkspaceRole.UPPER

    # ---------------------------------------------------------------- unit page

    def _search_units(self) -> None:
        level = UnitLevel.COMMUNE if self.role() is WorkspaceRole.COMMUNE else UnitLevel.PROVINCE
        text = self.ui.unit_search_edit.text().strip()
        found = units.search(text, level=level, limit=200) if text else []
        if not text and level is UnitLevel.PROVINCE:
            found = units.provinces()
        widget = self.ui.unit_list
        widget.clear()
        self.unit_code = None
        for unit in found:
            parent = (
                units.province(unit.province_code).name if unit.level is UnitLevel.COMMUNE else ""
            )
            label = (
                f"{unit.name} — {parent} ({unit.code})" if parent else f"{unit.name} ({unit.code})"
            )
            item = QListWidgetItem(label)
            item.setData(UNIT_ROLE, unit.code)
            widget.addItem(item)
        self.ui.unit_selected_label.setText(
            tr("Gõ tên để tìm, rồi chọn một đơn vị trong danh sách.") if not found else ""
        )
        if widget.count() == 1:  # the only result is the one meant ("hoa tien", "da nang")
            widget.setCurrentRow(0)
            self._choose_unit(widget.item(0))
        self.ui.unit_page.completeChanged.emit()

    def _choose_unit(self, item: QListWidgetItem | None) -> None:
        self.unit_code = item.data(UNIT_ROLE) if item is not None else None
        if item is not None:
            self.ui.unit_selected_label.setText(tr("Đã chọn: <b>%1</b>").replace("%1", item.text()))
        self.ui.unit_page.completeChanged.emit()

    def _on_unit_list_current_item_changed(self, current: Any, _previous: Any) -> None:
        self._choose_unit(current)

    def _on_unit_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        self._choose_unit(item)
        self.next()

    def _on_unit_search_edit_return_pressed(self) -> None:
        # Enter chooses the highlighted row; the wizard's default button (Next) then moves on.
        if self._search_timer.isActive():  # typed faster than the search delay
            self._search_timer.stop()
            self._search_units()
        self._choose_unit(self.ui.unit_list.currentItem())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down and Up from the search box move through the results."""
        if watched is self.ui.unit_search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            widget = self.ui.unit_list
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and widget.count():
                row = max(0, min(widget.count() - 1, widget.currentRow() + step))
                widget.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- files

    def _on_browse_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Chọn thư mục dữ liệu"))
        if folder:
            self.ui.folder_edit.setText(folder)

    def _on_browse_upper_key_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Chọn tệp khóa công khai của cấp trên"))
        if name:
            self.ui.upper_key_edit.setText(name)

    # ---------------------------------------------------------------- finishing

    def validateCurrentPage(self) -> bool:  # noqa: N802
        """Test the shared database before the role page; check the passphrase pair."""
        ui = self.ui
        if self.currentPage() is ui.role_page and self.shared():
            return self._server_ready()
        if self.currentPage() is ui.key_page and ui.passphrase_edit.isEnabled():
            first, again = ui.passphrase_edit.text(), ui.passphrase_again_edit.text()
            if first and first != again:
                ui.fingerprint_label.setText(tr("Hai lần nhập mật khẩu không khớp."))
                return False
            if first and len(first) < 8:
                ui.fingerprint_label.setText(tr("Mật khẩu khóa cần ít nhất 8 ký tự."))
                return False
        return super().validateCurrentPage()

    def _keys(self, handle: WorkspaceHandle) -> None:
        """Create the signing key and pin the upper level's key, when asked for."""
        from dvk_desktop.services import workspace_keys as service

        ui = self.ui
        if ui.passphrase_edit.text():
            info = service.create_key(handle, ui.passphrase_edit.text())
            self.fingerprint = info.fingerprint
            # The enrolment file and the sheet to sign go where printed reports go, so the
            # cadre finds them in one place (the closing message says where).
            self.enrolment = service.export_enrolment_with_sheet(
                handle, ui.passphrase_edit.text(), handle.paths.root / "reports"
            )
        upper = ui.upper_key_edit.text().strip()
        if upper:
            from dvk_desktop.services import trust

            typed, ok = QInputDialog.getText(
                self,
                tr("Đối chiếu dấu vân tay"),
                tr("Gọi điện cho cấp trên và gõ dấu vân tay họ đọc (các nhóm số):"),
            )
            if ok:
                service.enrol_unit(
                    handle, Path(upper), relation=trust.PARENT, confirmed_fingerprint=typed
                )

    def key_summary(self) -> str:
        """What the cadre must know about the new key: its fingerprint and the sheet to send."""
        if self.enrolment is None:
            return ""
        text = (
            tr(
                "Đã tạo khóa ký. Dấu vân tay: %1.\n\nPhiếu đăng ký khóa (in ra, ký, đóng dấu rồi "
                "gửi các xã) và tệp đăng ký khóa (gửi kèm qua USB hoặc thư điện tử) đã được lưu:"
                "\n%2\n%3"
            )
            if self.role() is WorkspaceRole.UPPER
            else tr(
                "Đã tạo khóa ký. Dấu vân tay: %1.\n\nPhiếu đăng ký khóa (in ra, ký, đóng dấu rồi "
                "gửi cấp trên) và tệp đăng ký khóa (gửi kèm qua USB hoặc thư điện tử) đã được lưu:"
                "\n%2\n%3"
            )
        )
        return (
            text.replace("%1", self.enrolment.enrolment.fingerprint)
            .replace("%2", str(self.enrolment.sheet))
            .replace("%3", str(self.enrolment.file))
        )

    def accept(self) -> None:
        """Create the workspace; stay open with the message if the core refuses.

        On the office's server creating runs the migrations (seconds): in the background,
        with a progress dialog, so the window keeps painting.
        """
        ui = self.ui
        root = Path(ui.folder_edit.text()).expanduser()
        unit_code, role = self.unit_code or "", self.role()
        body = StandingBody(ui.standing_body_combo.currentData())
        try:
            url = self.server_form.url() if self.shared() else None
        except DvkError as exc:
            show_error(self, exc)
            return

        def create(reporter: Any = None, cancel: Any = None) -> WorkspaceHandle:
            return init_workspace(
                root, unit_code=unit_code, role=role, standing_body=body, database_url=url,
                reporter=reporter, cancel=cancel,
            )  # fmt: skip

        if url is None:
            try:
                handle = create()
            except DvkError as exc:
                show_error(self, exc)
                return
            self._created(root, handle)
            return
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)

        def failed(exc: BaseException) -> None:
            finish.setEnabled(True)
            show_error(self, exc)

        def cancelled(exc: BaseException) -> None:
            finish.setEnabled(True)
            self._say_cancelled(exc)

        # Cancel rolls the server back whole (one transaction): nothing half-made is left.
        self.operation = run_in_background(
            self,
            create,
            on_success=lambda handle: self._created(root, handle),
            on_failure=failed,
            on_cancelled=cancelled,
            label=tr("Đang tạo vùng làm việc trên máy chủ"),
        )

    def _say_cancelled(self, exc: BaseException) -> None:
        """Tell plainly that the cancelled creation left nothing behind (the core says where)."""
        from PySide6.QtWidgets import QMessageBox

        from dvk_desktop.gui.i18n import core

        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Đã hủy tạo vùng làm việc"),
            core(exc.message if isinstance(exc, DvkError) else str(exc)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("creation_cancelled_box")
        box.setInformativeText(tr("Có thể tạo lại bất cứ lúc nào."))
        self.cancelled_box = box  # tests read it
        box.open()

    def _created(self, root: Path, handle: WorkspaceHandle) -> None:
        """The workspace exists: the names on forms and the keys, then close."""
        ui = self.ui
        try:
            set_settings(
                handle,
                {
                    "signer_title": ui.signer_title_edit.text(),
                    "signer_name": ui.signer_name_edit.text(),
                    "preparer_title": ui.preparer_title_edit.text(),
                    "preparer_name": ui.preparer_name_edit.text(),
                },
            )
            self._keys(handle)
        except DvkError as exc:
            show_error(self, exc)
            return
        self.handle = handle
        self.workspace_created.emit(str(root))
        super().accept()
