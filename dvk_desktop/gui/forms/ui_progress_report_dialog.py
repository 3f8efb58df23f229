# Generated from ui/progress_report_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_ProgressReportDialog(object):
    def setupUi(self, ProgressReportDialog):
        if not ProgressReportDialog.objectName():
            ProgressReportDialog.setObjectName(u"ProgressReportDialog")
        ProgressReportDialog.resize(760, 600)
        self.main_layout = QVBoxLayout(ProgressReportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.report_date_label = QLabel(ProgressReportDialog)
        self.report_date_label.setObjectName(u"report_date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.report_date_label)

        self.report_date_edit = QLineEdit(ProgressReportDialog)
        self.report_date_edit.setObjectName(u"report_date_edit")
        self.report_date_edit.setPlaceholderText(u"dd/mm/yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.report_date_edit)

        self.period_label = QLabel(ProgressReportDialog)
        self.period_label.setObjectName(u"period_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_edit = QLineEdit(ProgressReportDialog)
        self.period_edit.setObjectName(u"period_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period_edit)

        self.done_label = QLabel(ProgressReportDialog)
        self.done_label.setObjectName(u"done_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.done_label)

        self.done_edit = QPlainTextEdit(ProgressReportDialog)
        self.done_edit.setObjectName(u"done_edit")
        self.done_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.done_edit)

        self.lessons_label = QLabel(ProgressReportDialog)
        self.lessons_label.setObjectName(u"lessons_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lessons_label)

        self.lessons_edit = QPlainTextEdit(ProgressReportDialog)
        self.lessons_edit.setObjectName(u"lessons_edit")
        self.lessons_edit.setTabChangesFocus(True)
        self.lessons_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lessons_edit)


        self.main_layout.addLayout(self.form_layout)

        self.actuals_label = QLabel(ProgressReportDialog)
        self.actuals_label.setObjectName(u"actuals_label")

        self.main_layout.addWidget(self.actuals_label)

        self.actuals_table = QTableWidget(ProgressReportDialog)
        if (self.actuals_table.columnCount() < 4):
            self.actuals_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.actuals_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.actuals_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.actuals_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.actuals_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.actuals_table.setObjectName(u"actuals_table")
        self.actuals_table.setMaximumSize(QSize(16777215, 150))

        self.main_layout.addWidget(self.actuals_table)

        self.files_layout = QHBoxLayout()
        self.files_layout.setObjectName(u"files_layout")
        self.add_files_button = QPushButton(ProgressReportDialog)
        self.add_files_button.setObjectName(u"add_files_button")
        self.add_files_button.setAutoDefault(False)

        self.files_layout.addWidget(self.add_files_button)

        self.files_label = QLabel(ProgressReportDialog)
        self.files_label.setObjectName(u"files_label")
        self.files_label.setText(u"")
        self.files_label.setWordWrap(True)

        self.files_layout.addWidget(self.files_label)


        self.main_layout.addLayout(self.files_layout)

        self.message_label = QLabel(ProgressReportDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color:#842029;")

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ProgressReportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.report_date_label.setBuddy(self.report_date_edit)
        self.period_label.setBuddy(self.period_edit)
        self.done_label.setBuddy(self.done_edit)
        self.lessons_label.setBuddy(self.lessons_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressReportDialog)

        QMetaObject.connectSlotsByName(ProgressReportDialog)
    # setupUi

    def retranslateUi(self, ProgressReportDialog):
        ProgressReportDialog.setWindowTitle(QCoreApplication.translate("ProgressReportDialog", u"B\u00e1o c\u00e1o ti\u1ebfn \u0111\u1ed9", None))
        self.report_date_label.setText(QCoreApplication.translate("ProgressReportDialog", u"&Ng\u00e0y b\u00e1o c\u00e1o:", None))
        self.period_label.setText(QCoreApplication.translate("ProgressReportDialog", u"&K\u1ef3 b\u00e1o c\u00e1o:", None))
        self.period_edit.setPlaceholderText(QCoreApplication.translate("ProgressReportDialog", u"V\u00ed d\u1ee5: S\u01a1 k\u1ebft 6 th\u00e1ng \u0111\u1ea7u n\u0103m", None))
        self.done_label.setText(QCoreApplication.translate("ProgressReportDialog", u"&Vi\u1ec7c \u0111\u00e3 l\u00e0m:", None))
        self.lessons_label.setText(QCoreApplication.translate("ProgressReportDialog", u"&B\u00e0i h\u1ecdc kinh nghi\u1ec7m:", None))
        self.actuals_label.setText(QCoreApplication.translate("ProgressReportDialog", u"S\u1ed1 li\u1ec7u th\u1ef1c hi\u1ec7n \u0111\u1ebfn ng\u00e0y b\u00e1o c\u00e1o (\u0111\u1ec3 tr\u1ed1ng n\u1ebfu ch\u01b0a c\u00f3):", None))
        ___qtablewidgetitem = self.actuals_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProgressReportDialog", u"Ch\u1ec9 ti\u00eau", None))
        ___qtablewidgetitem1 = self.actuals_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProgressReportDialog", u"\u0110\u01a1n v\u1ecb", None))
        ___qtablewidgetitem2 = self.actuals_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProgressReportDialog", u"M\u1ee5c ti\u00eau", None))
        ___qtablewidgetitem3 = self.actuals_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProgressReportDialog", u"Th\u1ef1c hi\u1ec7n", None))
        self.add_files_button.setText(QCoreApplication.translate("ProgressReportDialog", u"\u0110\u00ednh k\u00e8m minh ch\u1ee9ng\u2026", None))
    # retranslateUi

