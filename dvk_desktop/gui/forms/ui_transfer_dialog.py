# Generated from ui/transfer_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(640, 460)
        self.main_layout = QVBoxLayout(TransferDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(TransferDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.export_group = QGroupBox(TransferDialog)
        self.export_group.setObjectName(u"export_group")
        self.export_layout = QVBoxLayout(self.export_group)
        self.export_layout.setObjectName(u"export_layout")
        self.export_label = QLabel(self.export_group)
        self.export_label.setObjectName(u"export_label")
        self.export_label.setWordWrap(True)

        self.export_layout.addWidget(self.export_label)

        self.export_row = QHBoxLayout()
        self.export_row.setObjectName(u"export_row")
        self.export_button = QPushButton(self.export_group)
        self.export_button.setObjectName(u"export_button")

        self.export_row.addWidget(self.export_button)

        self.export_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_row.addItem(self.export_spacer)


        self.export_layout.addLayout(self.export_row)


        self.main_layout.addWidget(self.export_group)

        self.restore_group = QGroupBox(TransferDialog)
        self.restore_group.setObjectName(u"restore_group")
        self.restore_layout = QVBoxLayout(self.restore_group)
        self.restore_layout.setObjectName(u"restore_layout")
        self.restore_label = QLabel(self.restore_group)
        self.restore_label.setObjectName(u"restore_label")
        self.restore_label.setText(u"")
        self.restore_label.setWordWrap(True)

        self.restore_layout.addWidget(self.restore_label)

        self.restore_row = QHBoxLayout()
        self.restore_row.setObjectName(u"restore_row")
        self.restore_button = QPushButton(self.restore_group)
        self.restore_button.setObjectName(u"restore_button")

        self.restore_row.addWidget(self.restore_button)

        self.restore_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restore_row.addItem(self.restore_spacer)


        self.restore_layout.addLayout(self.restore_row)


        self.main_layout.addWidget(self.restore_group)

        self.result_browser = QTextBrowser(TransferDialog)
        self.result_browser.setObjectName(u"result_browser")
        self.result_browser.setOpenExternalLinks(False)

        self.main_layout.addWidget(self.result_browser)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(TransferDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(TransferDialog)

        QMetaObject.connectSlotsByName(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"Chuy\u1ec3n sang m\u00e1y m\u1edbi", None))
        self.intro_label.setText(QCoreApplication.translate("TransferDialog", u"Mang to\u00e0n b\u1ed9 d\u1eef li\u1ec7u sang m\u00e1y t\u00ednh kh\u00e1c: c\u01a1 s\u1edf d\u1eef li\u1ec7u, minh ch\u1ee9ng, kh\u00f3a k\u00fd (v\u1eabn \u0111\u01b0\u1ee3c b\u1ea3o v\u1ec7 b\u1eb1ng m\u1eadt kh\u1ea9u), c\u00e0i \u0111\u1eb7t, b\u00e1o c\u00e1o \u0111\u00e3 in v\u00e0 c\u00e1c g\u00f3i \u0111\u00e3 g\u1eedi, trong m\u1ed9t t\u1ec7p duy nh\u1ea5t \u0111\u00e3 \u0111\u01b0\u1ee3c ki\u1ec3m tra.", None))
        self.export_group.setTitle(QCoreApplication.translate("TransferDialog", u"1. Tr\u00ean m\u00e1y c\u0169", None))
        self.export_label.setText(QCoreApplication.translate("TransferDialog", u"Ghi t\u1ec7p chuy\u1ec3n m\u00e1y (.dvkmove) v\u00e0o USB ho\u1eb7c m\u1ed9t th\u01b0 m\u1ee5c, r\u1ed3i ch\u00e9p sang m\u00e1y m\u1edbi.", None))
        self.export_button.setText(QCoreApplication.translate("TransferDialog", u"Ghi ra t\u1ec7p\u2026", None))
        self.restore_group.setTitle(QCoreApplication.translate("TransferDialog", u"2. Tr\u00ean m\u00e1y m\u1edbi", None))
        self.restore_button.setText(QCoreApplication.translate("TransferDialog", u"Kh\u00f4i ph\u1ee5c t\u1eeb t\u1ec7p\u2026", None))
#if QT_CONFIG(accessibility)
        self.result_browser.setAccessibleName(QCoreApplication.translate("TransferDialog", u"K\u1ebft qu\u1ea3", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("TransferDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

