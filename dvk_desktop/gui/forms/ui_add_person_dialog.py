# Generated from ui/add_person_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox

class Ui_AddPersonDialog(object):
    def setupUi(self, AddPersonDialog):
        if not AddPersonDialog.objectName():
            AddPersonDialog.setObjectName(u"AddPersonDialog")
        AddPersonDialog.setMinimumSize(QSize(440, 0))
        self.form_layout = QFormLayout(AddPersonDialog)
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(AddPersonDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(AddPersonDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.position_label = QLabel(AddPersonDialog)
        self.position_label.setObjectName(u"position_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_edit = QLineEdit(AddPersonDialog)
        self.position_edit.setObjectName(u"position_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.position_edit)

        self.birth_year_label = QLabel(AddPersonDialog)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birth_year_label)

        self.birth_year_spin = QSpinBox(AddPersonDialog)
        self.birth_year_spin.setObjectName(u"birth_year_spin")
        self.birth_year_spin.setMinimum(1899)
        self.birth_year_spin.setMaximum(2100)
        self.birth_year_spin.setValue(1899)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birth_year_spin)

        self.gender_label = QLabel(AddPersonDialog)
        self.gender_label.setObjectName(u"gender_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_combo = QComboBox(AddPersonDialog)
        self.gender_combo.setObjectName(u"gender_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gender_combo)

        self.phone_label = QLabel(AddPersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(AddPersonDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.official_check = QCheckBox(AddPersonDialog)
        self.official_check.setObjectName(u"official_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.official_check)

        self.consent_check = QCheckBox(AddPersonDialog)
        self.consent_check.setObjectName(u"consent_check")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.consent_check)

        self.error_label = QLabel(AddPersonDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color:#b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.error_label)

        self.button_box = QDialogButtonBox(AddPersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.position_label.setBuddy(self.position_edit)
        self.birth_year_label.setBuddy(self.birth_year_spin)
        self.gender_label.setBuddy(self.gender_combo)
        self.phone_label.setBuddy(self.phone_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddPersonDialog)

        QMetaObject.connectSlotsByName(AddPersonDialog)
    # setupUi

    def retranslateUi(self, AddPersonDialog):
        AddPersonDialog.setWindowTitle(QCoreApplication.translate("AddPersonDialog", u"Th\u00eam ng\u01b0\u1eddi", None))
        self.name_label.setText(QCoreApplication.translate("AddPersonDialog", u"&H\u1ecd v\u00e0 t\u00ean:", None))
        self.position_label.setText(QCoreApplication.translate("AddPersonDialog", u"&Ch\u1ee9c v\u1ee5:", None))
        self.position_edit.setPlaceholderText(QCoreApplication.translate("AddPersonDialog", u"v\u00ed d\u1ee5: B\u00ed th\u01b0 Chi b\u1ed9 th\u00f4n", None))
        self.birth_year_label.setText(QCoreApplication.translate("AddPersonDialog", u"&N\u0103m sinh:", None))
        self.birth_year_spin.setSpecialValueText(QCoreApplication.translate("AddPersonDialog", u"\u2014 Kh\u00f4ng ghi \u2014", None))
        self.gender_label.setText(QCoreApplication.translate("AddPersonDialog", u"&Gi\u1edbi t\u00ednh:", None))
        self.phone_label.setText(QCoreApplication.translate("AddPersonDialog", u"\u0110i\u1ec7n &tho\u1ea1i:", None))
        self.official_check.setText(QCoreApplication.translate("AddPersonDialog", u"L\u00e0 c\u00e1n b\u1ed9, c\u00f4ng ch\u1ee9c", None))
        self.consent_check.setText(QCoreApplication.translate("AddPersonDialog", u"Ng\u01b0\u1eddi n\u00e0y \u0111\u1ed3ng \u00fd cho ghi th\u00f4ng tin c\u00e1 nh\u00e2n", None))
    # retranslateUi

