# Generated from ui/reports_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 600)
        self.main_layout = QVBoxLayout(ReportsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(ReportsPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.period_group = QGroupBox(ReportsPage)
        self.period_group.setObjectName(u"period_group")
        self.period_layout = QFormLayout(self.period_group)
        self.period_layout.setObjectName(u"period_layout")
        self.period_label = QLabel(self.period_group)
        self.period_label.setObjectName(u"period_label")

        self.period_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_edit = QLineEdit(self.period_group)
        self.period_edit.setObjectName(u"period_edit")

        self.period_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.period_edit)


        self.main_layout.addWidget(self.period_group)

        self.forms_group = QGroupBox(ReportsPage)
        self.forms_group.setObjectName(u"forms_group")
        self.forms_layout = QVBoxLayout(self.forms_group)
        self.forms_layout.setObjectName(u"forms_layout")
        self.forms_buttons_layout = QHBoxLayout()
        self.forms_buttons_layout.setObjectName(u"forms_buttons_layout")
        self.form_button = QPushButton(self.forms_group)
        self.form_button.setObjectName(u"form_button")

        self.forms_buttons_layout.addWidget(self.form_button)

        self.filtered_forms_button = QPushButton(self.forms_group)
        self.filtered_forms_button.setObjectName(u"filtered_forms_button")

        self.forms_buttons_layout.addWidget(self.filtered_forms_button)

        self.forms_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.forms_buttons_layout.addItem(self.forms_spacer)


        self.forms_layout.addLayout(self.forms_buttons_layout)

        self.forms_note_label = QLabel(self.forms_group)
        self.forms_note_label.setObjectName(u"forms_note_label")
        self.forms_note_label.setWordWrap(True)
        self.forms_note_label.setStyleSheet(u"color:#555;")

        self.forms_layout.addWidget(self.forms_note_label)


        self.main_layout.addWidget(self.forms_group)

        self.period_reports_group = QGroupBox(ReportsPage)
        self.period_reports_group.setObjectName(u"period_reports_group")
        self.period_reports_layout = QVBoxLayout(self.period_reports_group)
        self.period_reports_layout.setObjectName(u"period_reports_layout")
        self.period_buttons_layout = QHBoxLayout()
        self.period_buttons_layout.setObjectName(u"period_buttons_layout")
        self.results_button = QPushButton(self.period_reports_group)
        self.results_button.setObjectName(u"results_button")

        self.period_buttons_layout.addWidget(self.results_button)

        self.xlsx_button = QPushButton(self.period_reports_group)
        self.xlsx_button.setObjectName(u"xlsx_button")

        self.period_buttons_layout.addWidget(self.xlsx_button)

        self.period_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_buttons_layout.addItem(self.period_buttons_spacer)


        self.period_reports_layout.addLayout(self.period_buttons_layout)

        self.period_reports_note_label = QLabel(self.period_reports_group)
        self.period_reports_note_label.setObjectName(u"period_reports_note_label")
        self.period_reports_note_label.setWordWrap(True)
        self.period_reports_note_label.setStyleSheet(u"color:#555;")

        self.period_reports_layout.addWidget(self.period_reports_note_label)


        self.main_layout.addWidget(self.period_reports_group)

        self.verify_group = QGroupBox(ReportsPage)
        self.verify_group.setObjectName(u"verify_group")
        self.verify_layout = QVBoxLayout(self.verify_group)
        self.verify_layout.setObjectName(u"verify_layout")
        self.verify_buttons_layout = QHBoxLayout()
        self.verify_buttons_layout.setObjectName(u"verify_buttons_layout")
        self.verify_print_button = QPushButton(self.verify_group)
        self.verify_print_button.setObjectName(u"verify_print_button")

        self.verify_buttons_layout.addWidget(self.verify_print_button)

        self.verify_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verify_buttons_layout.addItem(self.verify_spacer)


        self.verify_layout.addLayout(self.verify_buttons_layout)

        self.verify_note_label = QLabel(self.verify_group)
        self.verify_note_label.setObjectName(u"verify_note_label")
        self.verify_note_label.setWordWrap(True)
        self.verify_note_label.setStyleSheet(u"color:#555;")

        self.verify_layout.addWidget(self.verify_note_label)


        self.main_layout.addWidget(self.verify_group)

        self.result_label = QLabel(ReportsPage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.result_label)

        self.open_layout = QHBoxLayout()
        self.open_layout.setObjectName(u"open_layout")
        self.open_button = QPushButton(ReportsPage)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setEnabled(False)

        self.open_layout.addWidget(self.open_button)

        self.open_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.open_layout.addItem(self.open_spacer)


        self.main_layout.addLayout(self.open_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period_edit, self.form_button)
        QWidget.setTabOrder(self.form_button, self.filtered_forms_button)
        QWidget.setTabOrder(self.filtered_forms_button, self.results_button)
        QWidget.setTabOrder(self.results_button, self.xlsx_button)
        QWidget.setTabOrder(self.xlsx_button, self.verify_print_button)
        QWidget.setTabOrder(self.verify_print_button, self.open_button)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.heading_label.setText(QCoreApplication.translate("ReportsPage", u"B\u00e1o c\u00e1o v\u00e0 bi\u1ec3u m\u1eabu", None))
        self.period_group.setTitle(QCoreApplication.translate("ReportsPage", u"K\u1ef3 b\u00e1o c\u00e1o", None))
        self.period_label.setText(QCoreApplication.translate("ReportsPage", u"&K\u1ef3 (n\u0103m, n\u1eeda n\u0103m, giai \u0111o\u1ea1n):", None))
        self.period_edit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"2026, 2026-H1 (6 th\u00e1ng \u0111\u1ea7u n\u0103m) ho\u1eb7c 2021-2025", None))
        self.forms_group.setTitle(QCoreApplication.translate("ReportsPage", u"Phi\u1ebfu \u0111\u0103ng k\u00fd m\u00f4 h\u00ecnh", None))
        self.form_button.setText(QCoreApplication.translate("ReportsPage", u"Phi\u1ebfu \u0111\u0103ng k\u00fd c\u1ee7a m\u00f4 h\u00ecnh \u0111ang ch\u1ecdn (PDF)", None))
        self.filtered_forms_button.setText(QCoreApplication.translate("ReportsPage", u"Phi\u1ebfu \u0111\u0103ng k\u00fd c\u1ee7a t\u1ea5t c\u1ea3 m\u00f4 h\u00ecnh \u0111ang l\u1ecdc (PDF)", None))
        self.forms_note_label.setText(QCoreApplication.translate("ReportsPage", u"In ra \u0111\u1ec3 l\u00e3nh \u0111\u1ea1o k\u00fd, \u0111\u00f3ng d\u1ea5u v\u00e0 l\u01b0u h\u1ed3 s\u01a1. Ch\u1ecdn m\u00f4 h\u00ecnh (ho\u1eb7c l\u1ecdc danh s\u00e1ch) \u1edf trang \u201cM\u00f4 h\u00ecnh\u201d tr\u01b0\u1edbc; nhi\u1ec1u phi\u1ebfu \u0111\u01b0\u1ee3c g\u1ed9p v\u00e0o m\u1ed9t t\u1ec7p PDF.", None))
        self.period_reports_group.setTitle(QCoreApplication.translate("ReportsPage", u"B\u00e1o c\u00e1o t\u1ed5ng h\u1ee3p theo k\u1ef3", None))
        self.results_button.setText(QCoreApplication.translate("ReportsPage", u"B\u00e1o c\u00e1o k\u1ebft qu\u1ea3 phong tr\u00e0o (PDF)", None))
        self.xlsx_button.setText(QCoreApplication.translate("ReportsPage", u"Bi\u1ec3u th\u1ed1ng k\u00ea (Excel)", None))
        self.period_reports_note_label.setText(QCoreApplication.translate("ReportsPage", u"T\u00ednh theo k\u1ef3 b\u00e1o c\u00e1o \u1edf tr\u00ean. B\u00e1o c\u00e1o k\u1ebft qu\u1ea3 g\u1ed3m c\u00e1c bi\u1ec3u t\u1ed5ng h\u1ee3p v\u00e0 bi\u1ec3u \u0111\u1ed3, c\u00f3 ch\u1ed7 k\u00fd \u0111\u1ec3 g\u1eedi c\u1ea5p tr\u00ean; bi\u1ec3u th\u1ed1ng k\u00ea Excel c\u00f3 th\u00eam danh s\u00e1ch t\u1eebng m\u00f4 h\u00ecnh.", None))
        self.verify_group.setTitle(QCoreApplication.translate("ReportsPage", u"\u0110\u1ed1i chi\u1ebfu b\u1ea3n in", None))
        self.verify_print_button.setText(QCoreApplication.translate("ReportsPage", u"Ki\u1ec3m tra b\u1ea3n in \u0111\u00e3 k\u00fd\u2026", None))
        self.verify_note_label.setText(QCoreApplication.translate("ReportsPage", u"Qu\u00e9t m\u00e3 QR (ho\u1eb7c g\u00f5 m\u00e3 ki\u1ec3m tra) tr\u00ean phi\u1ebfu \u0111\u00e3 k\u00fd \u0111\u1ec3 bi\u1ebft phi\u1ebfu c\u00f2n kh\u1edbp v\u1edbi d\u1eef li\u1ec7u kh\u00f4ng.", None))
        self.open_button.setText(QCoreApplication.translate("ReportsPage", u"M\u1edf t\u1ec7p v\u1eeba t\u1ea1o", None))
        pass
    # retranslateUi

