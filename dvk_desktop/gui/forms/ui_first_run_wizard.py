# Generated from ui/first_run_wizard.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWizard, QWizardPage

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(760, 560)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.role_page = QWizardPage()
        self.role_page.setObjectName(u"role_page")
        self.role_layout = QVBoxLayout(self.role_page)
        self.role_layout.setObjectName(u"role_layout")
        self.commune_radio = QRadioButton(self.role_page)
        self.commune_radio.setObjectName(u"commune_radio")
        self.commune_radio.setChecked(True)

        self.role_layout.addWidget(self.commune_radio)

        self.upper_radio = QRadioButton(self.role_page)
        self.upper_radio.setObjectName(u"upper_radio")

        self.role_layout.addWidget(self.upper_radio)

        self.folder_label = QLabel(self.role_page)
        self.folder_label.setObjectName(u"folder_label")

        self.role_layout.addWidget(self.folder_label)

        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_edit = QLineEdit(self.role_page)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_layout.addWidget(self.folder_edit)

        self.browse_folder_button = QPushButton(self.role_page)
        self.browse_folder_button.setObjectName(u"browse_folder_button")

        self.folder_layout.addWidget(self.browse_folder_button)


        self.role_layout.addLayout(self.folder_layout)

        self.role_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.role_layout.addItem(self.role_spacer)

        FirstRunWizard.addPage(self.role_page)
        self.unit_page = QWizardPage()
        self.unit_page.setObjectName(u"unit_page")
        self.unit_layout = QVBoxLayout(self.unit_page)
        self.unit_layout.setObjectName(u"unit_layout")
        self.unit_search_edit = QLineEdit(self.unit_page)
        self.unit_search_edit.setObjectName(u"unit_search_edit")
        self.unit_search_edit.setClearButtonEnabled(True)

        self.unit_layout.addWidget(self.unit_search_edit)

        self.unit_list = QListWidget(self.unit_page)
        self.unit_list.setObjectName(u"unit_list")

        self.unit_layout.addWidget(self.unit_list)

        self.unit_selected_label = QLabel(self.unit_page)
        self.unit_selected_label.setObjectName(u"unit_selected_label")
        self.unit_selected_label.setText(u"")
        self.unit_selected_label.setWordWrap(True)

        self.unit_layout.addWidget(self.unit_selected_label)

        FirstRunWizard.addPage(self.unit_page)
        self.body_page = QWizardPage()
        self.body_page.setObjectName(u"body_page")
        self.body_layout = QFormLayout(self.body_page)
        self.body_layout.setObjectName(u"body_layout")
        self.standing_body_label = QLabel(self.body_page)
        self.standing_body_label.setObjectName(u"standing_body_label")

        self.body_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.standing_body_label)

        self.standing_body_combo = QComboBox(self.body_page)
        self.standing_body_combo.setObjectName(u"standing_body_combo")

        self.body_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.standing_body_combo)

        FirstRunWizard.addPage(self.body_page)
        self.names_page = QWizardPage()
        self.names_page.setObjectName(u"names_page")
        self.names_layout = QFormLayout(self.names_page)
        self.names_layout.setObjectName(u"names_layout")
        self.signer_title_label = QLabel(self.names_page)
        self.signer_title_label.setObjectName(u"signer_title_label")

        self.names_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signer_title_label)

        self.signer_title_edit = QLineEdit(self.names_page)
        self.signer_title_edit.setObjectName(u"signer_title_edit")

        self.names_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer_title_edit)

        self.signer_name_label = QLabel(self.names_page)
        self.signer_name_label.setObjectName(u"signer_name_label")

        self.names_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signer_name_label)

        self.signer_name_edit = QLineEdit(self.names_page)
        self.signer_name_edit.setObjectName(u"signer_name_edit")

        self.names_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer_name_edit)

        self.preparer_title_label = QLabel(self.names_page)
        self.preparer_title_label.setObjectName(u"preparer_title_label")

        self.names_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preparer_title_label)

        self.preparer_title_edit = QLineEdit(self.names_page)
        self.preparer_title_edit.setObjectName(u"preparer_title_edit")

        self.names_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preparer_title_edit)

        self.preparer_name_label = QLabel(self.names_page)
        self.preparer_name_label.setObjectName(u"preparer_name_label")

        self.names_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preparer_name_label)

        self.preparer_name_edit = QLineEdit(self.names_page)
        self.preparer_name_edit.setObjectName(u"preparer_name_edit")

        self.names_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preparer_name_edit)

        FirstRunWizard.addPage(self.names_page)
        self.key_page = QWizardPage()
        self.key_page.setObjectName(u"key_page")
        self.key_layout = QFormLayout(self.key_page)
        self.key_layout.setObjectName(u"key_layout")
        self.key_note_label = QLabel(self.key_page)
        self.key_note_label.setObjectName(u"key_note_label")
        self.key_note_label.setText(u"")
        self.key_note_label.setWordWrap(True)

        self.key_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.key_note_label)

        self.passphrase_label = QLabel(self.key_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.key_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.key_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.key_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.passphrase_again_label = QLabel(self.key_page)
        self.passphrase_again_label.setObjectName(u"passphrase_again_label")

        self.key_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_again_label)

        self.passphrase_again_edit = QLineEdit(self.key_page)
        self.passphrase_again_edit.setObjectName(u"passphrase_again_edit")
        self.passphrase_again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.key_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase_again_edit)

        self.fingerprint_label = QLabel(self.key_page)
        self.fingerprint_label.setObjectName(u"fingerprint_label")
        self.fingerprint_label.setText(u"")
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.key_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.fingerprint_label)

        FirstRunWizard.addPage(self.key_page)
        self.upper_key_page = QWizardPage()
        self.upper_key_page.setObjectName(u"upper_key_page")
        self.upper_key_layout = QVBoxLayout(self.upper_key_page)
        self.upper_key_layout.setObjectName(u"upper_key_layout")
        self.upper_key_note_label = QLabel(self.upper_key_page)
        self.upper_key_note_label.setObjectName(u"upper_key_note_label")
        self.upper_key_note_label.setText(u"")
        self.upper_key_note_label.setWordWrap(True)

        self.upper_key_layout.addWidget(self.upper_key_note_label)

        self.upper_key_file_layout = QHBoxLayout()
        self.upper_key_file_layout.setObjectName(u"upper_key_file_layout")
        self.upper_key_edit = QLineEdit(self.upper_key_page)
        self.upper_key_edit.setObjectName(u"upper_key_edit")

        self.upper_key_file_layout.addWidget(self.upper_key_edit)

        self.browse_upper_key_button = QPushButton(self.upper_key_page)
        self.browse_upper_key_button.setObjectName(u"browse_upper_key_button")

        self.upper_key_file_layout.addWidget(self.browse_upper_key_button)


        self.upper_key_layout.addLayout(self.upper_key_file_layout)

        self.upper_key_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.upper_key_layout.addItem(self.upper_key_spacer)

        FirstRunWizard.addPage(self.upper_key_page)
#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder_edit)
        self.standing_body_label.setBuddy(self.standing_body_combo)
        self.signer_title_label.setBuddy(self.signer_title_edit)
        self.signer_name_label.setBuddy(self.signer_name_edit)
        self.preparer_title_label.setBuddy(self.preparer_title_edit)
        self.preparer_name_label.setBuddy(self.preparer_name_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.passphrase_again_label.setBuddy(self.passphrase_again_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"T\u1ea1o v\u00f9ng l\u00e0m vi\u1ec7c m\u1edbi", None))
        self.role_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Vai tr\u00f2 v\u00e0 th\u01b0 m\u1ee5c d\u1eef li\u1ec7u", None))
        self.role_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Ch\u1ecdn \u0111\u01a1n v\u1ecb d\u00f9ng ch\u01b0\u01a1ng tr\u00ecnh n\u00e0y l\u00e0m g\u00ec, v\u00e0 d\u1eef li\u1ec7u \u0111\u01b0\u1ee3c l\u01b0u \u1edf \u0111\u00e2u.", None))
        self.commune_radio.setText(QCoreApplication.translate("FirstRunWizard", u"C\u1ea5p x\u00e3, ph\u01b0\u1eddng, \u0111\u1eb7c khu \u2014 \u0111\u0103ng k\u00fd, theo d\u00f5i m\u00f4 h\u00ecnh v\u00e0 g\u1eedi l\u00ean c\u1ea5p tr\u00ean", None))
        self.upper_radio.setText(QCoreApplication.translate("FirstRunWizard", u"C\u1ea5p tr\u00ean (t\u1ec9nh, th\u00e0nh ph\u1ed1) \u2014 nh\u1eadn g\u00f3i c\u1ee7a c\u00e1c x\u00e3, \u0111\u00e1nh gi\u00e1, c\u00f4ng nh\u1eadn", None))
        self.folder_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Th\u01b0 m\u1ee5c d\u1eef li\u1ec7u:", None))
        self.browse_folder_button.setText(QCoreApplication.translate("FirstRunWizard", u"Ch\u1ecdn\u2026", None))
        self.unit_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u0110\u01a1n v\u1ecb", None))
        self.unit_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Ch\u1ecdn \u0111\u01a1n v\u1ecb trong danh m\u1ee5c ch\u00ednh th\u1ee9c (34 t\u1ec9nh, 3.321 x\u00e3 theo Q\u0110 19/2025/Q\u0110-TTg).", None))
        self.unit_search_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"G\u00f5 m\u1ed9t ph\u1ea7n t\u00ean, kh\u00f4ng c\u1ea7n d\u1ea5u \u2014 v\u00ed d\u1ee5: thang binh", None))
#if QT_CONFIG(accessibility)
        self.unit_list.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"\u0110\u01a1n v\u1ecb t\u00ecm \u0111\u01b0\u1ee3c", None))
#endif // QT_CONFIG(accessibility)
        self.body_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"C\u01a1 quan th\u01b0\u1eddng tr\u1ef1c phong tr\u00e0o", None))
        self.body_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"C\u01a1 quan tham m\u01b0u, theo d\u00f5i, t\u1ed5ng h\u1ee3p phong tr\u00e0o \u201cD\u00e2n v\u1eadn kh\u00e9o\u201d \u1edf c\u1ea5p x\u00e3.", None))
        self.standing_body_label.setText(QCoreApplication.translate("FirstRunWizard", u"&C\u01a1 quan th\u01b0\u1eddng tr\u1ef1c:", None))
        self.names_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ng\u01b0\u1eddi k\u00fd v\u00e0 ng\u01b0\u1eddi l\u1eadp bi\u1ec3u", None))
        self.names_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"T\u00ean v\u00e0 ch\u1ee9c v\u1ee5 in tr\u00ean phi\u1ebfu \u0111\u0103ng k\u00fd, b\u00e1o c\u00e1o (c\u00f3 th\u1ec3 s\u1eeda sau trong C\u00e0i \u0111\u1eb7t).", None))
        self.signer_title_label.setText(QCoreApplication.translate("FirstRunWizard", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi &k\u00fd:", None))
        self.signer_title_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"V\u00ed d\u1ee5: Ch\u1ee7 t\u1ecbch \u1ee6y ban MTTQ x\u00e3", None))
        self.signer_name_label.setText(QCoreApplication.translate("FirstRunWizard", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
        self.preparer_title_label.setText(QCoreApplication.translate("FirstRunWizard", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi &l\u1eadp bi\u1ec3u:", None))
        self.preparer_name_label.setText(QCoreApplication.translate("FirstRunWizard", u"H\u1ecd t\u00ean ng\u01b0\u1eddi l\u1eadp bi\u1ec3u:", None))
        self.key_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Kh\u00f3a k\u00fd g\u00f3i d\u1eef li\u1ec7u", None))
        self.key_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"G\u00f3i g\u1eedi l\u00ean c\u1ea5p tr\u00ean \u0111\u01b0\u1ee3c k\u00fd b\u1eb1ng kh\u00f3a ri\u00eang c\u1ee7a \u0111\u01a1n v\u1ecb, b\u1ea3o v\u1ec7 b\u1eb1ng m\u1eadt kh\u1ea9u.", None))
        self.passphrase_label.setText(QCoreApplication.translate("FirstRunWizard", u"&M\u1eadt kh\u1ea9u c\u1ee7a kh\u00f3a:", None))
        self.passphrase_again_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u:", None))
        self.upper_key_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Kh\u00f3a c\u00f4ng khai c\u1ee7a c\u1ea5p tr\u00ean", None))
        self.upper_key_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Ghim kh\u00f3a c\u1ee7a c\u1ea5p tr\u00ean \u0111\u1ec3 ch\u1ec9 nh\u1eadn quy\u1ebft \u0111\u1ecbnh do \u0111\u00fang c\u1ea5p tr\u00ean k\u00fd.", None))
        self.upper_key_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"T\u1ec7p kh\u00f3a c\u00f4ng khai do c\u1ea5p tr\u00ean g\u1eedi (c\u00f3 th\u1ec3 b\u1ecf qua, l\u00e0m sau)", None))
        self.browse_upper_key_button.setText(QCoreApplication.translate("FirstRunWizard", u"Ch\u1ecdn t\u1ec7p\u2026", None))
    # retranslateUi

