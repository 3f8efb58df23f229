# Generated from ui/add_village_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_village_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

class Ui_AddVillageDialog(object):
    def setupUi(self, AddVillageDialog):
        if not AddVillageDialog.objectName():
            AddVillageDialog.setObjectName(u"AddVillageDialog")
        AddVillageDialog.setMinimumSize(QSize(440, 0))
        self.form_layout = QFormLayout(AddVillageDialog)
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(AddVillageDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(AddVillageDialog)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setEditable(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.name_label = QLabel(AddVillageDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(AddVillageDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.error_label = QLabel(AddVillageDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color:#b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.error_label)

        self.button_box = QDialogButtonBox(AddVillageDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddVillageDialog)

        QMetaObject.connectSlotsByName(AddVillageDialog)
    # setupUi

    def retranslateUi(self, AddVillageDialog):
        AddVillageDialog.setWindowTitle(QCoreApplication.translate("AddVillageDialog", u"Th\u00eam th\u00f4n, t\u1ed5 d\u00e2n ph\u1ed1", None))
        self.kind_label.setText(QCoreApplication.translate("AddVillageDialog", u"&Lo\u1ea1i:", None))
        self.name_label.setText(QCoreApplication.translate("AddVillageDialog", u"&T\u00ean:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("AddVillageDialog", u"v\u00ed d\u1ee5: Th\u00f4n B\u00ecnh An 1", None))
    # retranslateUi

