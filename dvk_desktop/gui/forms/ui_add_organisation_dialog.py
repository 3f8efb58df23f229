# Generated from ui/add_organisation_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_organisation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

class Ui_AddOrganisationDialog(object):
    def setupUi(self, AddOrganisationDialog):
        if not AddOrganisationDialog.objectName():
            AddOrganisationDialog.setObjectName(u"AddOrganisationDialog")
        AddOrganisationDialog.setMinimumSize(QSize(440, 0))
        self.form_layout = QFormLayout(AddOrganisationDialog)
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(AddOrganisationDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(AddOrganisationDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.type_label = QLabel(AddOrganisationDialog)
        self.type_label.setObjectName(u"type_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(AddOrganisationDialog)
        self.type_combo.setObjectName(u"type_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.error_label = QLabel(AddOrganisationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color:#b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.error_label)

        self.button_box = QDialogButtonBox(AddOrganisationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.type_label.setBuddy(self.type_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddOrganisationDialog)

        QMetaObject.connectSlotsByName(AddOrganisationDialog)
    # setupUi

    def retranslateUi(self, AddOrganisationDialog):
        AddOrganisationDialog.setWindowTitle(QCoreApplication.translate("AddOrganisationDialog", u"Th\u00eam t\u1ed5 ch\u1ee9c", None))
        self.name_label.setText(QCoreApplication.translate("AddOrganisationDialog", u"&T\u00ean t\u1ed5 ch\u1ee9c:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("AddOrganisationDialog", u"v\u00ed d\u1ee5: Chi h\u1ed9i Ph\u1ee5 n\u1eef th\u00f4n B\u00ecnh An 1", None))
        self.type_label.setText(QCoreApplication.translate("AddOrganisationDialog", u"&Lo\u1ea1i t\u1ed5 ch\u1ee9c:", None))
    # retranslateUi

