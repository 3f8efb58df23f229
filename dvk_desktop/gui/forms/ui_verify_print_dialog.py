# Generated from ui/verify_print_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_print_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_VerifyPrintDialog(object):
    def setupUi(self, VerifyPrintDialog):
        if not VerifyPrintDialog.objectName():
            VerifyPrintDialog.setObjectName(u"VerifyPrintDialog")
        VerifyPrintDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(VerifyPrintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(VerifyPrintDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.image_layout = QHBoxLayout()
        self.image_layout.setObjectName(u"image_layout")
        self.image_button = QPushButton(VerifyPrintDialog)
        self.image_button.setObjectName(u"image_button")

        self.image_layout.addWidget(self.image_button)

        self.image_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.image_layout.addItem(self.image_spacer)


        self.main_layout.addLayout(self.image_layout)

        self.code_layout = QFormLayout()
        self.code_layout.setObjectName(u"code_layout")
        self.code_label = QLabel(VerifyPrintDialog)
        self.code_label.setObjectName(u"code_label")

        self.code_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_row_layout = QHBoxLayout()
        self.code_row_layout.setObjectName(u"code_row_layout")
        self.code_edit = QLineEdit(VerifyPrintDialog)
        self.code_edit.setObjectName(u"code_edit")

        self.code_row_layout.addWidget(self.code_edit)

        self.check_button = QPushButton(VerifyPrintDialog)
        self.check_button.setObjectName(u"check_button")

        self.code_row_layout.addWidget(self.check_button)


        self.code_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.code_row_layout)


        self.main_layout.addLayout(self.code_layout)

        self.result_label = QLabel(VerifyPrintDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.result_label)

        self.button_box = QDialogButtonBox(VerifyPrintDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.image_button, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.check_button)

        self.retranslateUi(VerifyPrintDialog)

        QMetaObject.connectSlotsByName(VerifyPrintDialog)
    # setupUi

    def retranslateUi(self, VerifyPrintDialog):
        VerifyPrintDialog.setWindowTitle(QCoreApplication.translate("VerifyPrintDialog", u"Ki\u1ec3m tra b\u1ea3n in", None))
        self.intro_label.setText(QCoreApplication.translate("VerifyPrintDialog", u"\u0110\u1ed1i chi\u1ebfu phi\u1ebfu \u0111\u0103ng k\u00fd \u0111\u00e3 in (\u0111\u00e3 k\u00fd) v\u1edbi d\u1eef li\u1ec7u hi\u1ec7n t\u1ea1i: ch\u1ecdn \u1ea3nh qu\u00e9t c\u1ee7a trang c\u00f3 m\u00e3 QR, ho\u1eb7c g\u00f5 d\u00f2ng \u201cM\u00e3 ki\u1ec3m tra\u201d in d\u01b0\u1edbi m\u00e3 QR.", None))
        self.image_button.setText(QCoreApplication.translate("VerifyPrintDialog", u"Ch\u1ecdn &\u1ea3nh qu\u00e9t\u2026", None))
        self.code_label.setText(QCoreApplication.translate("VerifyPrintDialog", u"&M\u00e3 ki\u1ec3m tra:", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("VerifyPrintDialog", u"v\u00ed d\u1ee5: MH-2026-012/1/C0C2 D422 C885 B4F2", None))
        self.check_button.setText(QCoreApplication.translate("VerifyPrintDialog", u"&Ki\u1ec3m tra", None))
    # retranslateUi

