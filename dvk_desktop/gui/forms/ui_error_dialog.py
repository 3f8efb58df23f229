# Generated from ui/error_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(560, 320)
        self.main_layout = QVBoxLayout(ErrorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.message_label = QLabel(ErrorDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"\u2026")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setMinimumSize(QSize(480, 0))

        self.main_layout.addWidget(self.message_label)

        self.details_toggle = QToolButton(ErrorDialog)
        self.details_toggle.setObjectName(u"details_toggle")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.main_layout.addWidget(self.details_toggle)

        self.details_edit = QPlainTextEdit(ErrorDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setReadOnly(True)

        self.main_layout.addWidget(self.details_edit)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_button = QPushButton(ErrorDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.copy_button = QPushButton(ErrorDialog)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.copy_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(ErrorDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(ErrorDialog)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Th\u00f4ng b\u00e1o", None))
        self.details_toggle.setText(QCoreApplication.translate("ErrorDialog", u"Chi ti\u1ebft", None))
        self.save_button.setText(QCoreApplication.translate("ErrorDialog", u"L\u01b0u b\u00e1o c\u00e1o l\u1ed7i\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ErrorDialog", u"L\u01b0u b\u00e1o c\u00e1o l\u1ed7i (kh\u00f4ng c\u00f3 d\u1eef li\u1ec7u c\u00e1 nh\u00e2n, kh\u00f4ng c\u00f3 m\u1eadt kh\u1ea9u) \u0111\u1ec3 g\u1eedi cho ng\u01b0\u1eddi h\u1ed7 tr\u1ee3", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("ErrorDialog", u"Sao ch\u00e9p chi ti\u1ebft", None))
        self.close_button.setText(QCoreApplication.translate("ErrorDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

