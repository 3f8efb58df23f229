# Generated from ui/enrol_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrol_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_EnrolDialog(object):
    def setupUi(self, EnrolDialog):
        if not EnrolDialog.objectName():
            EnrolDialog.setObjectName(u"EnrolDialog")
        EnrolDialog.resize(620, 300)
        self.main_layout = QVBoxLayout(EnrolDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(EnrolDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(EnrolDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.main_layout.addLayout(self.file_layout)

        self.unit_label = QLabel(EnrolDialog)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setText(u"")
        self.unit_label.setWordWrap(True)
        self.unit_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.unit_label)

        self.phone_radio = QRadioButton(EnrolDialog)
        self.phone_radio.setObjectName(u"phone_radio")
        self.phone_radio.setChecked(True)

        self.main_layout.addWidget(self.phone_radio)

        self.typed_edit = QLineEdit(EnrolDialog)
        self.typed_edit.setObjectName(u"typed_edit")

        self.main_layout.addWidget(self.typed_edit)

        self.paper_radio = QRadioButton(EnrolDialog)
        self.paper_radio.setObjectName(u"paper_radio")

        self.main_layout.addWidget(self.paper_radio)

        self.fingerprint_label = QLabel(EnrolDialog)
        self.fingerprint_label.setObjectName(u"fingerprint_label")
        self.fingerprint_label.setText(u"")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setStyleSheet(u"font-family:monospace;font-size:12pt;")

        self.main_layout.addWidget(self.fingerprint_label)

        self.paper_check = QCheckBox(EnrolDialog)
        self.paper_check.setObjectName(u"paper_check")

        self.main_layout.addWidget(self.paper_check)

        self.match_label = QLabel(EnrolDialog)
        self.match_label.setObjectName(u"match_label")
        self.match_label.setText(u"")
        self.match_label.setWordWrap(True)

        self.main_layout.addWidget(self.match_label)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(EnrolDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(EnrolDialog)

        QMetaObject.connectSlotsByName(EnrolDialog)
    # setupUi

    def retranslateUi(self, EnrolDialog):
        EnrolDialog.setWindowTitle(QCoreApplication.translate("EnrolDialog", u"Ghi nh\u1eadn kh\u00f3a k\u00fd c\u1ee7a \u0111\u01a1n v\u1ecb c\u1ea5p d\u01b0\u1edbi", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("EnrolDialog", u"T\u1ec7p \u0111\u0103ng k\u00fd kh\u00f3a (dang-ky-khoa-M\u00c3.json) do x\u00e3 g\u1eedi", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("EnrolDialog", u"T\u1ec7p \u0111\u0103ng k\u00fd kh\u00f3a", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("EnrolDialog", u"Ch\u1ecdn t\u1ec7p\u2026", None))
        self.phone_radio.setText(QCoreApplication.translate("EnrolDialog", u"G\u00f5 d\u00e3y s\u1ed1 nh\u1eadn d\u1ea1ng c\u00e1n b\u1ed9 x\u00e3 \u0111\u1ecdc qua \u0111i\u1ec7n tho\u1ea1i", None))
        self.typed_edit.setPlaceholderText(QCoreApplication.translate("EnrolDialog", u"6 nh\u00f3m, m\u1ed7i nh\u00f3m 5 ch\u1eef s\u1ed1 \u2014 v\u00ed d\u1ee5 12345 67890 \u2026", None))
#if QT_CONFIG(accessibility)
        self.typed_edit.setAccessibleName(QCoreApplication.translate("EnrolDialog", u"D\u00e3y s\u1ed1 nh\u1eadn d\u1ea1ng \u0111\u1ecdc qua \u0111i\u1ec7n tho\u1ea1i", None))
#endif // QT_CONFIG(accessibility)
        self.paper_radio.setText(QCoreApplication.translate("EnrolDialog", u"\u0110\u1ed1i chi\u1ebfu v\u1edbi phi\u1ebfu \u0111\u0103ng k\u00fd kh\u00f3a b\u1ea3n gi\u1ea5y (c\u00f3 ch\u1eef k\u00fd, \u0111\u00f3ng d\u1ea5u)", None))
        self.paper_check.setText(QCoreApplication.translate("EnrolDialog", u"T\u00f4i \u0111\u00e3 so t\u1eebng nh\u00f3m s\u1ed1 v\u1edbi phi\u1ebfu gi\u1ea5y v\u00e0 th\u1ea5y kh\u1edbp", None))
    # retranslateUi

