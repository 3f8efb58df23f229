# Generated from ui/deadline_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deadline_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

class Ui_DeadlineDialog(object):
    def setupUi(self, DeadlineDialog):
        if not DeadlineDialog.objectName():
            DeadlineDialog.setObjectName(u"DeadlineDialog")
        DeadlineDialog.resize(460, 220)
        self.main_layout = QVBoxLayout(DeadlineDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.period_label = QLabel(DeadlineDialog)
        self.period_label.setObjectName(u"period_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_value_label = QLabel(DeadlineDialog)
        self.period_value_label.setObjectName(u"period_value_label")
        self.period_value_label.setText(u"")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.period_value_label)

        self.date_label = QLabel(DeadlineDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(DeadlineDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.note_label = QLabel(DeadlineDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(DeadlineDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(DeadlineDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color:#b02a37;")

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.clear_button = QPushButton(DeadlineDialog)
        self.clear_button.setObjectName(u"clear_button")

        self.buttons_layout.addWidget(self.clear_button)

        self.button_box = QDialogButtonBox(DeadlineDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeadlineDialog)

        QMetaObject.connectSlotsByName(DeadlineDialog)
    # setupUi

    def retranslateUi(self, DeadlineDialog):
        DeadlineDialog.setWindowTitle(QCoreApplication.translate("DeadlineDialog", u"H\u1ea1n n\u1ed9p g\u00f3i d\u1eef li\u1ec7u c\u1ee7a c\u00e1c x\u00e3", None))
        self.period_label.setText(QCoreApplication.translate("DeadlineDialog", u"K\u1ef3 b\u00e1o c\u00e1o:", None))
        self.date_label.setText(QCoreApplication.translate("DeadlineDialog", u"&H\u1ea1n n\u1ed9p:", None))
        self.note_label.setText(QCoreApplication.translate("DeadlineDialog", u"&Ghi ch\u00fa:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("DeadlineDialog", u"V\u00ed d\u1ee5: theo C\u00f4ng v\u0103n s\u1ed1 45-CV/BTGDVTU", None))
        self.clear_button.setText(QCoreApplication.translate("DeadlineDialog", u"B\u1ecf h\u1ea1n n\u1ed9p", None))
    # retranslateUi

