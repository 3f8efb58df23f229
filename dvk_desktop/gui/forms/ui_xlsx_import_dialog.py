# Generated from ui/xlsx_import_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'xlsx_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_XlsxImportDialog(object):
    def setupUi(self, XlsxImportDialog):
        if not XlsxImportDialog.objectName():
            XlsxImportDialog.setObjectName(u"XlsxImportDialog")
        XlsxImportDialog.resize(1000, 620)
        self.main_layout = QVBoxLayout(XlsxImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(XlsxImportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(XlsxImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(XlsxImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(XlsxImportDialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)

        self.template_button = QPushButton(XlsxImportDialog)
        self.template_button.setObjectName(u"template_button")
        self.template_button.setAutoDefault(False)

        self.file_layout.addWidget(self.template_button)


        self.main_layout.addLayout(self.file_layout)

        self.options_layout = QHBoxLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.create_missing_check = QCheckBox(XlsxImportDialog)
        self.create_missing_check.setObjectName(u"create_missing_check")

        self.options_layout.addWidget(self.create_missing_check)

        self.only_valid_check = QCheckBox(XlsxImportDialog)
        self.only_valid_check.setObjectName(u"only_valid_check")

        self.options_layout.addWidget(self.only_valid_check)

        self.options_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.options_layout.addItem(self.options_spacer)

        self.check_button = QPushButton(XlsxImportDialog)
        self.check_button.setObjectName(u"check_button")
        self.check_button.setAutoDefault(False)
        self.check_button.setEnabled(False)

        self.options_layout.addWidget(self.check_button)


        self.main_layout.addLayout(self.options_layout)

        self.summary_label = QLabel(XlsxImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(XlsxImportDialog)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_combo = QComboBox(XlsxImportDialog)
        self.filter_combo.setObjectName(u"filter_combo")

        self.filter_layout.addWidget(self.filter_combo)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.main_layout.addLayout(self.filter_layout)

        self.rows_table = QTableWidget(XlsxImportDialog)
        if (self.rows_table.columnCount() < 4):
            self.rows_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.rows_table.setObjectName(u"rows_table")
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_table.setWordWrap(True)

        self.main_layout.addWidget(self.rows_table)

        self.message_label = QLabel(XlsxImportDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color:#842029;")

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.import_button = QPushButton(XlsxImportDialog)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setEnabled(False)

        self.buttons_layout.addWidget(self.import_button)

        self.close_button = QPushButton(XlsxImportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.filter_label.setBuddy(self.filter_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(XlsxImportDialog)

        self.import_button.setDefault(True)


        QMetaObject.connectSlotsByName(XlsxImportDialog)
    # setupUi

    def retranslateUi(self, XlsxImportDialog):
        XlsxImportDialog.setWindowTitle(QCoreApplication.translate("XlsxImportDialog", u"Nh\u1eadp m\u00f4 h\u00ecnh t\u1eeb b\u1ea3ng t\u00ednh", None))
        self.intro_label.setText(QCoreApplication.translate("XlsxImportDialog", u"Ch\u1ecdn t\u1ec7p Excel (.xlsx, .xls), LibreOffice (.ods) ho\u1eb7c .csv l\u1eadp theo t\u1ec7p m\u1eabu. Ch\u01b0\u01a1ng tr\u00ecnh ki\u1ec3m tra t\u1eebng d\u00f2ng v\u00e0 ch\u01b0a ghi g\u00ec cho \u0111\u1ebfn khi b\u1ea1n b\u1ea5m n\u00fat Nh\u1eadp. Ch\u1eef g\u00f5 b\u1eb1ng b\u1ea3ng m\u00e3 c\u0169 (TCVN3 .VnTime, VNI) \u0111\u01b0\u1ee3c chuy\u1ec3n sang Unicode v\u00e0 li\u1ec7t k\u00ea t\u1eebng \u00f4.", None))
        self.file_label.setText(QCoreApplication.translate("XlsxImportDialog", u"&T\u1ec7p:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("XlsxImportDialog", u"Ch\u01b0a ch\u1ecdn t\u1ec7p", None))
        self.browse_button.setText(QCoreApplication.translate("XlsxImportDialog", u"&Ch\u1ecdn t\u1ec7p\u2026", None))
        self.template_button.setText(QCoreApplication.translate("XlsxImportDialog", u"&L\u01b0u t\u1ec7p m\u1eabu\u2026", None))
        self.create_missing_check.setText(QCoreApplication.translate("XlsxImportDialog", u"&T\u1ea1o m\u1edbi t\u1ed5 ch\u1ee9c, th\u00f4n, ng\u01b0\u1eddi ch\u01b0a c\u00f3 trong danh m\u1ee5c", None))
        self.only_valid_check.setText(QCoreApplication.translate("XlsxImportDialog", u"Ch\u1ec9 nh\u1eadp c\u00e1c d\u00f2ng &h\u1ee3p l\u1ec7 (b\u1ecf qua d\u00f2ng l\u1ed7i)", None))
        self.check_button.setText(QCoreApplication.translate("XlsxImportDialog", u"&Ki\u1ec3m tra l\u1ea1i", None))
        self.filter_label.setText(QCoreApplication.translate("XlsxImportDialog", u"&Xem:", None))
        ___qtablewidgetitem = self.rows_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("XlsxImportDialog", u"D\u00f2ng", None))
        ___qtablewidgetitem1 = self.rows_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("XlsxImportDialog", u"T\u00ean m\u00f4 h\u00ecnh", None))
        ___qtablewidgetitem2 = self.rows_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("XlsxImportDialog", u"K\u1ebft qu\u1ea3", None))
        ___qtablewidgetitem3 = self.rows_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("XlsxImportDialog", u"L\u1ed7i, chuy\u1ec3n m\u00e3", None))
        self.import_button.setText(QCoreApplication.translate("XlsxImportDialog", u"&Nh\u1eadp", None))
        self.close_button.setText(QCoreApplication.translate("XlsxImportDialog", u"\u0110\u00f3&ng", None))
    # retranslateUi

