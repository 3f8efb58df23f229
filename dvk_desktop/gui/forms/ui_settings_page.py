# Generated from ui/settings_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1000, 640)
        self.main_layout = QVBoxLayout(SettingsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, -1)
        self.heading_label = QLabel(SettingsPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.display_group = QGroupBox(SettingsPage)
        self.display_group.setObjectName(u"display_group")
        self.display_layout = QFormLayout(self.display_group)
        self.display_layout.setObjectName(u"display_layout")
        self.language_label = QLabel(self.display_group)
        self.language_label.setObjectName(u"language_label")

        self.display_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.display_group)
        self.language_combo.setObjectName(u"language_combo")

        self.display_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.font_size_label = QLabel(self.display_group)
        self.font_size_label.setObjectName(u"font_size_label")

        self.display_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.font_size_label)

        self.language_note_label = QLabel(self.display_group)
        self.language_note_label.setObjectName(u"language_note_label")
        self.language_note_label.setVisible(False)
        self.language_note_label.setStyleSheet(u"color:#664d03;")
        self.language_note_label.setWordWrap(True)

        self.display_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.language_note_label)

        self.font_size_spin = QSpinBox(self.display_group)
        self.font_size_spin.setObjectName(u"font_size_spin")
        self.font_size_spin.setMinimum(8)
        self.font_size_spin.setMaximum(18)

        self.display_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.font_size_spin)


        self.left_layout.addWidget(self.display_group)

        self.folder_group = QGroupBox(SettingsPage)
        self.folder_group.setObjectName(u"folder_group")
        self.folder_layout = QHBoxLayout(self.folder_group)
        self.folder_layout.setObjectName(u"folder_layout")
        self.data_folder_edit = QLineEdit(self.folder_group)
        self.data_folder_edit.setObjectName(u"data_folder_edit")
        self.data_folder_edit.setReadOnly(True)

        self.folder_layout.addWidget(self.data_folder_edit)

        self.change_folder_button = QPushButton(self.folder_group)
        self.change_folder_button.setObjectName(u"change_folder_button")

        self.folder_layout.addWidget(self.change_folder_button)


        self.left_layout.addWidget(self.folder_group)

        self.evidence_group = QGroupBox(SettingsPage)
        self.evidence_group.setObjectName(u"evidence_group")
        self.evidence_layout = QFormLayout(self.evidence_group)
        self.evidence_layout.setObjectName(u"evidence_layout")
        self.evidence_max_label = QLabel(self.evidence_group)
        self.evidence_max_label.setObjectName(u"evidence_max_label")

        self.evidence_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.evidence_max_label)

        self.evidence_max_spin = QSpinBox(self.evidence_group)
        self.evidence_max_spin.setObjectName(u"evidence_max_spin")
        self.evidence_max_spin.setMinimum(1)
        self.evidence_max_spin.setMaximum(2000)

        self.evidence_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evidence_max_spin)

        self.downscale_check = QCheckBox(self.evidence_group)
        self.downscale_check.setObjectName(u"downscale_check")

        self.evidence_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.downscale_check)

        self.backup_keep_label = QLabel(self.evidence_group)
        self.backup_keep_label.setObjectName(u"backup_keep_label")

        self.evidence_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backup_keep_label)

        self.backup_keep_spin = QSpinBox(self.evidence_group)
        self.backup_keep_spin.setObjectName(u"backup_keep_spin")
        self.backup_keep_spin.setMinimum(1)
        self.backup_keep_spin.setMaximum(100)

        self.evidence_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backup_keep_spin)


        self.left_layout.addWidget(self.evidence_group)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.officials_group = QGroupBox(SettingsPage)
        self.officials_group.setObjectName(u"officials_group")
        self.officials_layout = QFormLayout(self.officials_group)
        self.officials_layout.setObjectName(u"officials_layout")
        self.signer_title_label = QLabel(self.officials_group)
        self.signer_title_label.setObjectName(u"signer_title_label")

        self.officials_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signer_title_label)

        self.signer_title_edit = QLineEdit(self.officials_group)
        self.signer_title_edit.setObjectName(u"signer_title_edit")

        self.officials_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer_title_edit)

        self.signer_name_label = QLabel(self.officials_group)
        self.signer_name_label.setObjectName(u"signer_name_label")

        self.officials_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signer_name_label)

        self.signer_name_edit = QLineEdit(self.officials_group)
        self.signer_name_edit.setObjectName(u"signer_name_edit")

        self.officials_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer_name_edit)

        self.preparer_title_label = QLabel(self.officials_group)
        self.preparer_title_label.setObjectName(u"preparer_title_label")

        self.officials_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preparer_title_label)

        self.preparer_title_edit = QLineEdit(self.officials_group)
        self.preparer_title_edit.setObjectName(u"preparer_title_edit")

        self.officials_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preparer_title_edit)

        self.preparer_name_label = QLabel(self.officials_group)
        self.preparer_name_label.setObjectName(u"preparer_name_label")

        self.officials_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preparer_name_label)

        self.preparer_name_edit = QLineEdit(self.officials_group)
        self.preparer_name_edit.setObjectName(u"preparer_name_edit")

        self.officials_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preparer_name_edit)

        self.place_name_label = QLabel(self.officials_group)
        self.place_name_label.setObjectName(u"place_name_label")

        self.officials_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_name_label)

        self.place_name_edit = QLineEdit(self.officials_group)
        self.place_name_edit.setObjectName(u"place_name_edit")

        self.officials_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place_name_edit)


        self.right_layout.addWidget(self.officials_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns_layout)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.save_settings_button = QPushButton(SettingsPage)
        self.save_settings_button.setObjectName(u"save_settings_button")

        self.save_layout.addWidget(self.save_settings_button)

        self.saved_label = QLabel(SettingsPage)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setText(u"")
        self.saved_label.setWordWrap(True)

        self.save_layout.addWidget(self.saved_label)

        self.save_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_layout.addItem(self.save_spacer)


        self.main_layout.addLayout(self.save_layout)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.font_size_label.setBuddy(self.font_size_spin)
        self.evidence_max_label.setBuddy(self.evidence_max_spin)
        self.backup_keep_label.setBuddy(self.backup_keep_spin)
        self.signer_title_label.setBuddy(self.signer_title_edit)
        self.signer_name_label.setBuddy(self.signer_name_edit)
        self.preparer_title_label.setBuddy(self.preparer_title_edit)
        self.preparer_name_label.setBuddy(self.preparer_name_edit)
        self.place_name_label.setBuddy(self.place_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.heading_label.setText(QCoreApplication.translate("SettingsPage", u"C\u00e0i \u0111\u1eb7t", None))
        self.display_group.setTitle(QCoreApplication.translate("SettingsPage", u"Giao di\u1ec7n", None))
        self.language_label.setText(QCoreApplication.translate("SettingsPage", u"&Ng\u00f4n ng\u1eef:", None))
        self.font_size_label.setText(QCoreApplication.translate("SettingsPage", u"&C\u1ee1 ch\u1eef:", None))
        self.language_note_label.setText(QCoreApplication.translate("SettingsPage", u"Ng\u00f4n ng\u1eef m\u1edbi c\u00f3 hi\u1ec7u l\u1ef1c sau khi \u0111\u00f3ng v\u00e0 m\u1edf l\u1ea1i ch\u01b0\u01a1ng tr\u00ecnh.", None))
        self.font_size_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" pt", None))
        self.folder_group.setTitle(QCoreApplication.translate("SettingsPage", u"Th\u01b0 m\u1ee5c d\u1eef li\u1ec7u (v\u00f9ng l\u00e0m vi\u1ec7c)", None))
        self.change_folder_button.setText(QCoreApplication.translate("SettingsPage", u"\u0110\u1ed5i\u2026", None))
        self.evidence_group.setTitle(QCoreApplication.translate("SettingsPage", u"Minh ch\u1ee9ng v\u00e0 sao l\u01b0u", None))
        self.evidence_max_label.setText(QCoreApplication.translate("SettingsPage", u"Dung l\u01b0\u1ee3ng t\u1ed1i \u0111a m\u1ed7i t\u1ec7p:", None))
        self.evidence_max_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" MB", None))
        self.downscale_check.setText(QCoreApplication.translate("SettingsPage", u"Thu nh\u1ecf \u1ea3nh (c\u1ea1nh d\u00e0i 1600 \u0111i\u1ec3m \u1ea3nh) khi g\u1eedi g\u00f3i d\u1eef li\u1ec7u; \u1ea3nh g\u1ed1c v\u1eabn \u0111\u01b0\u1ee3c gi\u1eef", None))
        self.backup_keep_label.setText(QCoreApplication.translate("SettingsPage", u"S\u1ed1 b\u1ea3n sao l\u01b0u t\u1ef1 \u0111\u1ed9ng gi\u1eef l\u1ea1i:", None))
        self.officials_group.setTitle(QCoreApplication.translate("SettingsPage", u"Ng\u01b0\u1eddi k\u00fd v\u00e0 ng\u01b0\u1eddi l\u1eadp bi\u1ec3u (in tr\u00ean bi\u1ec3u m\u1eabu)", None))
        self.signer_title_label.setText(QCoreApplication.translate("SettingsPage", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi &k\u00fd:", None))
        self.signer_title_edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"V\u00ed d\u1ee5: Ch\u1ee7 t\u1ecbch \u1ee6y ban MTTQ x\u00e3", None))
        self.signer_name_label.setText(QCoreApplication.translate("SettingsPage", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
        self.preparer_title_label.setText(QCoreApplication.translate("SettingsPage", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi &l\u1eadp bi\u1ec3u:", None))
        self.preparer_name_label.setText(QCoreApplication.translate("SettingsPage", u"H\u1ecd t\u00ean ng\u01b0\u1eddi l\u1eadp bi\u1ec3u:", None))
        self.place_name_label.setText(QCoreApplication.translate("SettingsPage", u"\u0110\u1ecba danh ghi ng\u00e0y th\u00e1ng:", None))
        self.place_name_edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"V\u00ed d\u1ee5: Th\u0103ng B\u00ecnh", None))
        self.save_settings_button.setText(QCoreApplication.translate("SettingsPage", u"L\u01b0u c\u00e0i \u0111\u1eb7t", None))
        pass
    # retranslateUi

