# Generated from ui/progress_report_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ProgressReportDialog(object):
    def setupUi(self, ProgressReportDialog):
        if not ProgressReportDialog.objectName():
            ProgressReportDialog.setObjectName(u"ProgressReportDialog")
        ProgressReportDialog.resize(760, 600)
        self.main_layout = QVBoxLayout(ProgressReportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.body_scroll = QScrollArea(ProgressReportDialog)
        self.body_scroll.setObjectName(u"body_scroll")
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidgetResizable(True)
        self.body_widget = QWidget()
        self.body_widget.setObjectName(u"body_widget")
        self.body_layout = QVBoxLayout(self.body_widget)
        self.body_layout.setObjectName(u"body_layout")
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.report_date_label = QLabel(self.body_widget)
        self.report_date_label.setObjectName(u"report_date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.report_date_label)

        self.report_date_edit = QLineEdit(self.body_widget)
        self.report_date_edit.setObjectName(u"report_date_edit")
        self.report_date_edit.setPlaceholderText(u"dd/mm/yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.report_date_edit)

        self.period_label = QLabel(self.body_widget)
        self.period_label.setObjectName(u"period_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_edit = QLineEdit(self.body_widget)
        self.period_edit.setObjectName(u"period_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period_edit)

        self.done_label = QLabel(self.body_widget)
        self.done_label.setObjectName(u"done_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.done_label)

        self.done_edit = QPlainTextEdit(self.body_widget)
        self.done_edit.setObjectName(u"done_edit")
        self.done_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.done_edit)

        self.lessons_label = QLabel(self.body_widget)
        self.lessons_label.setObjectName(u"lessons_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lessons_label)

        self.lessons_edit = QPlainTextEdit(self.body_widget)
        self.lessons_edit.setObjectName(u"lessons_edit")
        self.lessons_edit.setTabChangesFocus(True)
        self.lessons_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lessons_edit)


        self.body_layout.addLayout(self.form_layout)

        self.actuals_label = QLabel(self.body_widget)
        self.actuals_label.setObjectName(u"actuals_label")

        self.body_layout.addWidget(self.actuals_label)

        self.actuals_table = QTableWidget(self.body_widget)
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

        self.body_layout.addWidget(self.actuals_table)

        self.files_caption_label = QLabel(self.body_widget)
        self.files_caption_label.setObjectName(u"files_caption_label")

        self.body_layout.addWidget(self.files_caption_label)

        self.files_layout = QHBoxLayout()
        self.files_layout.setObjectName(u"files_layout")
        self.files_list = QListWidget(self.body_widget)
        self.files_list.setObjectName(u"files_list")
        self.files_list.setMaximumSize(QSize(16777215, 110))
        self.files_list.setMinimumSize(QSize(0, 48))
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.files_layout.addWidget(self.files_list)

        self.files_buttons_layout = QVBoxLayout()
        self.files_buttons_layout.setObjectName(u"files_buttons_layout")
        self.add_files_button = QPushButton(self.body_widget)
        self.add_files_button.setObjectName(u"add_files_button")
        self.add_files_button.setAutoDefault(False)

        self.files_buttons_layout.addWidget(self.add_files_button)

        self.remove_files_button = QPushButton(self.body_widget)
        self.remove_files_button.setObjectName(u"remove_files_button")
        self.remove_files_button.setEnabled(False)
        self.remove_files_button.setAutoDefault(False)

        self.files_buttons_layout.addWidget(self.remove_files_button)

        self.files_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.files_buttons_layout.addItem(self.files_buttons_spacer)


        self.files_layout.addLayout(self.files_buttons_layout)

        self.files_layout.setStretch(0, 1)

        self.body_layout.addLayout(self.files_layout)

        self.body_scroll.setWidget(self.body_widget)

        self.main_layout.addWidget(self.body_scroll)

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
        self.files_caption_label.setBuddy(self.files_list)
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
        self.files_caption_label.setText(QCoreApplication.translate("ProgressReportDialog", u"Minh ch\u1ee9ng k\u00e8m theo (\u1ea3nh, bi\u00ean b\u1ea3n, danh s\u00e1ch):", None))
#if QT_CONFIG(accessibility)
        self.files_list.setAccessibleName(QCoreApplication.translate("ProgressReportDialog", u"Minh ch\u1ee9ng k\u00e8m theo", None))
#endif // QT_CONFIG(accessibility)
        self.add_files_button.setText(QCoreApplication.translate("ProgressReportDialog", u"\u0110\u00ednh k\u00e8m minh ch\u1ee9ng\u2026", None))
        self.remove_files_button.setText(QCoreApplication.translate("ProgressReportDialog", u"B\u1ecf t\u1ec7p \u0111\u00e3 ch\u1ecdn", None))
#if QT_CONFIG(tooltip)
        self.remove_files_button.setToolTip(QCoreApplication.translate("ProgressReportDialog", u"B\u1ecf t\u1ec7p kh\u1ecfi b\u00e1o c\u00e1o n\u00e0y (t\u1ec7p \u0111\u00e3 l\u01b0u v\u1eabn c\u00f2n trong th\u1ebb Minh ch\u1ee9ng)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

