# Generated from ui/export_wizard.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget, QWizard

from dvk_desktop.gui.dialogs.export_wizard import (ContentsPage, DestinationPage, DonePage, ProgressPage)

class Ui_ExportWizard(object):
    def setupUi(self, ExportWizard):
        if not ExportWizard.objectName():
            ExportWizard.setObjectName(u"ExportWizard")
        ExportWizard.resize(620, 420)
        ExportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        ExportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.contents_page = ContentsPage()
        self.contents_page.setObjectName(u"contents_page")
        self.contents_layout = QVBoxLayout(self.contents_page)
        self.contents_layout.setObjectName(u"contents_layout")
        self.counts_label = QLabel(self.contents_page)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setWordWrap(True)

        self.contents_layout.addWidget(self.counts_label)

        self.personal_label = QLabel(self.contents_page)
        self.personal_label.setObjectName(u"personal_label")
        self.personal_label.setVisible(False)
        self.personal_label.setStyleSheet(u"color:#8a4b00;")
        self.personal_label.setWordWrap(True)

        self.contents_layout.addWidget(self.personal_label)

        self.downscale_label = QLabel(self.contents_page)
        self.downscale_label.setObjectName(u"downscale_label")
        self.downscale_label.setVisible(False)
        self.downscale_label.setWordWrap(True)

        self.contents_layout.addWidget(self.downscale_label)

        self.encrypt_check = QCheckBox(self.contents_page)
        self.encrypt_check.setObjectName(u"encrypt_check")
        self.encrypt_check.setEnabled(False)

        self.contents_layout.addWidget(self.encrypt_check)

        self.encrypt_note_label = QLabel(self.contents_page)
        self.encrypt_note_label.setObjectName(u"encrypt_note_label")
        self.encrypt_note_label.setVisible(False)
        self.encrypt_note_label.setStyleSheet(u"color:#842029;background:#f8d7da;padding:6px;border-radius:3px;")
        self.encrypt_note_label.setText(u"")
        self.encrypt_note_label.setWordWrap(True)

        self.contents_layout.addWidget(self.encrypt_note_label)

        self.contents_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.contents_spacer)

        ExportWizard.addPage(self.contents_page)
        self.destination_page = DestinationPage()
        self.destination_page.setObjectName(u"destination_page")
        self.destination_layout = QFormLayout(self.destination_page)
        self.destination_layout.setObjectName(u"destination_layout")
        self.folder_label = QLabel(self.destination_page)
        self.folder_label.setObjectName(u"folder_label")

        self.destination_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row_layout = QHBoxLayout()
        self.folder_row_layout.setObjectName(u"folder_row_layout")
        self.folder_edit = QLineEdit(self.destination_page)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_row_layout.addWidget(self.folder_edit)

        self.browse_button = QPushButton(self.destination_page)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_row_layout.addWidget(self.browse_button)


        self.destination_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folder_row_layout)

        self.usb_box = QWidget(self.destination_page)
        self.usb_box.setObjectName(u"usb_box")
        self.usb_layout = QVBoxLayout(self.usb_box)
        self.usb_layout.setObjectName(u"usb_layout")
        self.usb_layout.setContentsMargins(0, 0, 0, 0)
        self.usb_note_layout = QHBoxLayout()
        self.usb_note_layout.setObjectName(u"usb_note_layout")
        self.usb_note_label = QLabel(self.usb_box)
        self.usb_note_label.setObjectName(u"usb_note_label")
        self.usb_note_label.setStyleSheet(u"color:#666666;")
        self.usb_note_label.setWordWrap(True)

        self.usb_note_layout.addWidget(self.usb_note_label)

        self.rescan_button = QPushButton(self.usb_box)
        self.rescan_button.setObjectName(u"rescan_button")
        self.rescan_button.setAutoDefault(False)

        self.usb_note_layout.addWidget(self.rescan_button, 0, Qt.AlignmentFlag.AlignRight)

        self.usb_note_layout.setStretch(0, 1)

        self.usb_layout.addLayout(self.usb_note_layout)


        self.destination_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usb_box)

        self.passphrase_label = QLabel(self.destination_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.destination_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.destination_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.destination_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.error_label = QLabel(self.destination_page)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color:#b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.destination_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.error_label)

        ExportWizard.addPage(self.destination_page)
        self.progress_page = ProgressPage()
        self.progress_page.setObjectName(u"progress_page")
        self.progress_layout = QVBoxLayout(self.progress_page)
        self.progress_layout.setObjectName(u"progress_layout")
        self.status_label = QLabel(self.progress_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.progress_layout.addWidget(self.status_label)

        self.progress_bar = QProgressBar(self.progress_page)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(0)

        self.progress_layout.addWidget(self.progress_bar)

        self.cancel_export_button = QPushButton(self.progress_page)
        self.cancel_export_button.setObjectName(u"cancel_export_button")

        self.progress_layout.addWidget(self.cancel_export_button)

        self.progress_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progress_layout.addItem(self.progress_spacer)

        ExportWizard.addPage(self.progress_page)
        self.done_page = DonePage()
        self.done_page.setObjectName(u"done_page")
        self.done_layout = QFormLayout(self.done_page)
        self.done_layout.setObjectName(u"done_layout")
        self.file_caption_label = QLabel(self.done_page)
        self.file_caption_label.setObjectName(u"file_caption_label")

        self.done_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_caption_label)

        self.file_label = QLabel(self.done_page)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setText(u"")
        self.file_label.setWordWrap(True)

        self.done_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.file_label)

        self.size_caption_label = QLabel(self.done_page)
        self.size_caption_label.setObjectName(u"size_caption_label")

        self.done_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.size_caption_label)

        self.size_label = QLabel(self.done_page)
        self.size_label.setObjectName(u"size_label")
        self.size_label.setText(u"")
        self.size_label.setWordWrap(True)

        self.done_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.size_label)

        self.recipient_caption_label = QLabel(self.done_page)
        self.recipient_caption_label.setObjectName(u"recipient_caption_label")

        self.done_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipient_caption_label)

        self.recipient_label = QLabel(self.done_page)
        self.recipient_label.setObjectName(u"recipient_label")
        self.recipient_label.setText(u"")
        self.recipient_label.setWordWrap(True)

        self.done_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipient_label)

        self.fingerprint_caption_label = QLabel(self.done_page)
        self.fingerprint_caption_label.setObjectName(u"fingerprint_caption_label")

        self.done_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fingerprint_caption_label)

        self.fingerprint_label = QLabel(self.done_page)
        self.fingerprint_label.setObjectName(u"fingerprint_label")
        self.fingerprint_label.setText(u"")
        self.fingerprint_label.setWordWrap(True)

        self.done_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fingerprint_label)

        self.encrypted_caption_label = QLabel(self.done_page)
        self.encrypted_caption_label.setObjectName(u"encrypted_caption_label")

        self.done_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.encrypted_caption_label)

        self.encrypted_label = QLabel(self.done_page)
        self.encrypted_label.setObjectName(u"encrypted_label")
        self.encrypted_label.setText(u"")
        self.encrypted_label.setWordWrap(True)

        self.done_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.encrypted_label)

        self.hint_label = QLabel(self.done_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.done_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.hint_label)

        ExportWizard.addPage(self.done_page)
#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportWizard)

        QMetaObject.connectSlotsByName(ExportWizard)
    # setupUi

    def retranslateUi(self, ExportWizard):
        ExportWizard.setWindowTitle(QCoreApplication.translate("ExportWizard", u"Xu\u1ea5t g\u00f3i g\u1eedi c\u1ea5p tr\u00ean", None))
        self.contents_page.setTitle(QCoreApplication.translate("ExportWizard", u"N\u1ed9i dung g\u00f3i d\u1eef li\u1ec7u", None))
        self.contents_page.setSubTitle(QCoreApplication.translate("ExportWizard", u"G\u00f3i g\u1ed3m to\u00e0n b\u1ed9 h\u1ed3 s\u01a1 c\u1ee7a \u0111\u01a1n v\u1ecb, c\u00f3 ch\u1eef k\u00fd s\u1ed1 c\u1ee7a \u0111\u01a1n v\u1ecb.", None))
        self.counts_label.setText(QCoreApplication.translate("ExportWizard", u"\u0110ang \u0111\u1ebfm h\u1ed3 s\u01a1\u2026", None))
        self.personal_label.setText(QCoreApplication.translate("ExportWizard", u"\u26a0 G\u00f3i c\u00f3 d\u1eef li\u1ec7u c\u00e1 nh\u00e2n (h\u1ecd t\u00ean, \u1ea3nh c\u00f3 ng\u01b0\u1eddi). N\u00ean m\u00e3 h\u00f3a \u0111\u1ec3 ch\u1ec9 c\u1ea5p tr\u00ean m\u1edf \u0111\u01b0\u1ee3c.", None))
        self.downscale_label.setText(QCoreApplication.translate("ExportWizard", u"\u1ea2nh l\u1edbn s\u1ebd \u0111\u01b0\u1ee3c thu nh\u1ecf (c\u1ea1nh d\u00e0i 1600 \u0111i\u1ec3m \u1ea3nh) khi g\u1eedi; \u1ea3nh g\u1ed1c v\u1eabn gi\u1eef tr\u00ean m\u00e1y n\u00e0y.", None))
        self.encrypt_check.setText(QCoreApplication.translate("ExportWizard", u"M\u00e3 h\u00f3a g\u00f3i (khuy\u1ebfn ngh\u1ecb)", None))
        self.destination_page.setTitle(QCoreApplication.translate("ExportWizard", u"N\u01a1i l\u01b0u v\u00e0 m\u1eadt kh\u1ea9u", None))
        self.destination_page.setSubTitle(QCoreApplication.translate("ExportWizard", u"G\u00f3i \u0111\u01b0\u1ee3c k\u00fd b\u1eb1ng kh\u00f3a c\u1ee7a \u0111\u01a1n v\u1ecb; h\u00e3y nh\u1eadp m\u1eadt kh\u1ea9u kh\u00f3a k\u00fd.", None))
        self.folder_label.setText(QCoreApplication.translate("ExportWizard", u"Th\u01b0 m\u1ee5c l\u01b0u g\u00f3i:", None))
        self.browse_button.setText(QCoreApplication.translate("ExportWizard", u"Ch\u1ecdn\u2026", None))
        self.usb_note_label.setText(QCoreApplication.translate("ExportWizard", u"Ch\u01b0a th\u1ea5y USB n\u00e0o; c\u1eafm USB r\u1ed3i b\u1ea5m \u201cT\u00ecm l\u1ea1i\u201d.", None))
#if QT_CONFIG(tooltip)
        self.rescan_button.setToolTip(QCoreApplication.translate("ExportWizard", u"T\u00ecm l\u1ea1i c\u00e1c USB \u0111ang c\u1eafm v\u00e0o m\u00e1y", None))
#endif // QT_CONFIG(tooltip)
        self.rescan_button.setText(QCoreApplication.translate("ExportWizard", u"T\u00ecm l\u1ea1i", None))
        self.passphrase_label.setText(QCoreApplication.translate("ExportWizard", u"M\u1eadt kh\u1ea9u kh\u00f3a k\u00fd:", None))
        self.progress_page.setTitle(QCoreApplication.translate("ExportWizard", u"\u0110ang xu\u1ea5t g\u00f3i", None))
        self.status_label.setText(QCoreApplication.translate("ExportWizard", u"\u0110ang chu\u1ea9n b\u1ecb\u2026", None))
        self.cancel_export_button.setText(QCoreApplication.translate("ExportWizard", u"H\u1ee7y", None))
        self.done_page.setTitle(QCoreApplication.translate("ExportWizard", u"\u0110\u00e3 xu\u1ea5t g\u00f3i", None))
        self.done_page.setSubTitle(QCoreApplication.translate("ExportWizard", u"G\u00f3i \u0111\u00e3 \u0111\u01b0\u1ee3c k\u00fd v\u00e0 l\u01b0u v\u00e0o th\u01b0 m\u1ee5c \u0111\u00e3 ch\u1ecdn.", None))
        self.file_caption_label.setText(QCoreApplication.translate("ExportWizard", u"T\u1ec7p:", None))
        self.size_caption_label.setText(QCoreApplication.translate("ExportWizard", u"Dung l\u01b0\u1ee3ng:", None))
        self.recipient_caption_label.setText(QCoreApplication.translate("ExportWizard", u"G\u1eedi \u0111\u1ebfn:", None))
        self.fingerprint_caption_label.setText(QCoreApplication.translate("ExportWizard", u"D\u1ea5u v\u00e2n tay kh\u00f3a:", None))
        self.encrypted_caption_label.setText(QCoreApplication.translate("ExportWizard", u"M\u00e3 h\u00f3a:", None))
        self.hint_label.setText(QCoreApplication.translate("ExportWizard", u"Ch\u00e9p t\u1ec7p n\u00e0y v\u00e0o USB ho\u1eb7c g\u1eedi qua th\u01b0 \u0111i\u1ec7n t\u1eed / Zalo.", None))
    # retranslateUi

