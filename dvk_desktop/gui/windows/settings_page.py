"""Settings: language, font size, data folder and database, officials' names, evidence, backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QWidget

from dvk_desktop.errors import DvkError
from dvk_desktop.gui import preferences
from dvk_desktop.gui.dialogs.read_only import grey_out_if_read_only
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from dvk_desktop.gui.i18n import language, tr
from dvk_desktop.services.locks import SIGN_OFF_SETTING
from dvk_desktop.services.workspace_setup import get_settings, set_settings
from dvk_desktop.storage.workspace import WorkspaceHandle

TEXT_SETTINGS = ("signer_title", "signer_name", "preparer_title", "preparer_name", "place_name")


class SettingsPage(QWidget):
    """Page "Cài đặt" of the main window."""

    settings_saved = Signal()

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._handle = handle
        ui = self.ui
        # A workspace rule beside the officials: the head signs off before a proposal.
        self.sign_off_check = QCheckBox(tr("Cần lãnh đạo ký duyệt trước khi đề nghị công nhận"))
        self.sign_off_check.setObjectName("sign_off_check")
        ui.officials_layout.addRow(self.sign_off_check)
        ui.language_combo.addItem("Tiếng Việt", "vi")
        ui.language_combo.addItem("English", "en")
        # The language in use now: the interface is built in it, and switching means a restart.
        self._running_language = language()
        ui.language_combo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        ui.save_settings_button.clicked.connect(self._on_save_settings_button_clicked)
        ui.change_folder_button.clicked.connect(self._on_change_folder_button_clicked)
        from dvk_desktop.gui.widgets.database_group import DatabaseGroup

        # Under the data folder: where the data itself is (a SQLite file or the office server).
        self.database_group = DatabaseGroup(handle, self)
        ui.left_layout.insertWidget(
            ui.left_layout.indexOf(ui.folder_group) + 1, self.database_group
        )
        from dvk_desktop.gui.widgets import conversion_group

        # Only a district's workspace of the three-tier flow may become its province's.
        self.conversion_group = None
        if conversion_group.wanted(handle):
            self.conversion_group = conversion_group.ConversionGroup(handle, self)
            ui.left_layout.insertWidget(
                ui.left_layout.indexOf(self.database_group) + 1, self.conversion_group
            )
        from dvk_desktop.gui.widgets import succession_group

        # At an upper level: how records of the communes before 1 July 2025 are counted.
        self.succession_group = None
        if succession_group.wanted(handle):
            self.succession_group = succession_group.SuccessionGroup(handle, self)
            after = self.conversion_group or self.database_group
            ui.left_layout.insertWidget(ui.left_layout.indexOf(after) + 1, self.succession_group)
        from dvk_desktop.gui.widgets.fit_columns import FitColumns

        self.columns = FitColumns(self, ui.columns_layout, ui.left_layout, ui.right_layout)
        # A locked stick: these write into the workspace. The data folder to open next time
        # is the computer's own setting: it stays.
        writes = [ui.save_settings_button, self.database_group.connect_button,
                  self.database_group.evidence_button]  # fmt: skip
        if self.conversion_group is not None:
            writes.append(self.conversion_group.convert_button)
        if self.succession_group is not None:
            writes.append(self.succession_group.import_button)
        grey_out_if_read_only(handle, *writes)
        self.load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Stack the two columns when the window is too narrow for both (150 %)."""
        super().showEvent(event)
        self.columns.watch()

    def load(self) -> None:
        """Show the workspace's settings."""
        values = get_settings(self._handle)
        ui = self.ui
        ui.language_combo.setCurrentIndex(
            max(0, ui.language_combo.findData(values.get("language", "vi")))
        )
        ui.font_size_spin.setValue(int(values.get("font_size", preferences.font_size()) or 10))
        ui.data_folder_edit.setText(str(self._handle.paths.root))
        ui.evidence_max_spin.setValue(int(values.get("evidence_max_mb", "50") or 50))
        ui.backup_keep_spin.setValue(int(values.get("backup_keep", "10") or 10))
        ui.downscale_check.setChecked(values.get("downscale_photos", "0") == "1")
        self.sign_off_check.setChecked(values.get(SIGN_OFF_SETTING, "0") == "1")
        for key in TEXT_SETTINGS:
            getattr(ui, f"{key}_edit").setText(values.get(key, ""))
        ui.saved_label.setText("")

    def _on_language_combo_current_index_changed(self, _index: int) -> None:
        chosen = self.ui.language_combo.currentData()
        self.ui.language_note_label.setVisible(chosen != self._running_language)

    def values(self) -> dict[str, str]:
        """The settings the form describes."""
        ui = self.ui
        values = {key: getattr(ui, f"{key}_edit").text() for key in TEXT_SETTINGS}
        values.update(
            language=ui.language_combo.currentData(),
            font_size=str(ui.font_size_spin.value()),
            evidence_max_mb=str(ui.evidence_max_spin.value()),
            backup_keep=str(ui.backup_keep_spin.value()),
            downscale_photos="1" if ui.downscale_check.isChecked() else "0",
        )
        values[SIGN_OFF_SETTING] = "1" if self.sign_off_check.isChecked() else "0"
        return values

    def _on_save_settings_button_clicked(self) -> None:
        values = self.values()
        try:
            set_settings(self._handle, values)
        except DvkError as exc:
            show_error(self, exc)
            return
        preferences.set_language(values["language"])
        preferences.set_font_size(int(values["font_size"]))
        font = QFont(QApplication.font())
        font.setPointSize(int(values["font_size"]))
        QApplication.setFont(font)
        message = tr("Đã lưu cài đặt.")
        if values["language"] != self._running_language:
            message += " " + tr("Ngôn ngữ mới có hiệu lực sau khi đóng và mở lại chương trình.")
        self.ui.saved_label.setText(message)
        self.settings_saved.emit()

    def _on_change_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Chọn thư mục dữ liệu"), str(self._handle.paths.root.parent)
        )
        if folder:
            preferences.set_workspace_dir(Path(folder))
            self.ui.data_folder_edit.setText(folder)
            self.ui.saved_label.setText(
                tr("Thư mục dữ liệu mới được dùng khi mở lại chương trình.")
            )
