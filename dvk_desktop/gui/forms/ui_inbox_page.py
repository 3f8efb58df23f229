# Generated from ui/inbox_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inbox_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget

class Ui_InboxPage(object):
    def setupUi(self, InboxPage):
        if not InboxPage.objectName():
            InboxPage.setObjectName(u"InboxPage")
        InboxPage.resize(1100, 640)
        InboxPage.setAcceptDrops(True)
        self.main_layout = QVBoxLayout(InboxPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(InboxPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.note_label = QLabel(InboxPage)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(u"color:#555;")

        self.main_layout.addWidget(self.note_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.files_button = QPushButton(InboxPage)
        self.files_button.setObjectName(u"files_button")

        self.buttons_layout.addWidget(self.files_button)

        self.folder_button = QPushButton(InboxPage)
        self.folder_button.setObjectName(u"folder_button")

        self.buttons_layout.addWidget(self.folder_button)

        self.cancel_button = QPushButton(InboxPage)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setEnabled(False)

        self.buttons_layout.addWidget(self.cancel_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_layout)

        self.progress_layout = QHBoxLayout()
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_bar = QProgressBar(InboxPage)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.progress_layout.addWidget(self.progress_bar)

        self.progress_label = QLabel(InboxPage)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setText(u"")

        self.progress_layout.addWidget(self.progress_label)


        self.main_layout.addLayout(self.progress_layout)

        self.results_table = QTableWidget(InboxPage)
        if (self.results_table.columnCount() < 5):
            self.results_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.results_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.results_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.results_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.results_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.results_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.results_table.setObjectName(u"results_table")
        self.results_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_table.setWordWrap(False)
        self.results_table.setAlternatingRowColors(True)
        self.results_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.results_table)

        self.report_layout = QHBoxLayout()
        self.report_layout.setObjectName(u"report_layout")
        self.report_button = QPushButton(InboxPage)
        self.report_button.setObjectName(u"report_button")
        self.report_button.setEnabled(False)

        self.report_layout.addWidget(self.report_button)

        self.enrol_button = QPushButton(InboxPage)
        self.enrol_button.setObjectName(u"enrol_button")
        self.enrol_button.setEnabled(False)

        self.report_layout.addWidget(self.enrol_button)

        self.accept_button = QPushButton(InboxPage)
        self.accept_button.setObjectName(u"accept_button")
        self.accept_button.setEnabled(False)

        self.report_layout.addWidget(self.accept_button)

        self.quarantine_button = QPushButton(InboxPage)
        self.quarantine_button.setObjectName(u"quarantine_button")

        self.report_layout.addWidget(self.quarantine_button)

        self.report_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_layout.addItem(self.report_spacer)


        self.main_layout.addLayout(self.report_layout)

        self.summary_label = QLabel(InboxPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.summary_label)

        self.detail_browser = QTextBrowser(InboxPage)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setMaximumSize(QSize(16777215, 140))

        self.main_layout.addWidget(self.detail_browser)

        QWidget.setTabOrder(self.files_button, self.folder_button)
        QWidget.setTabOrder(self.folder_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.results_table)
        QWidget.setTabOrder(self.results_table, self.report_button)
        QWidget.setTabOrder(self.report_button, self.enrol_button)
        QWidget.setTabOrder(self.enrol_button, self.accept_button)
        QWidget.setTabOrder(self.accept_button, self.quarantine_button)
        QWidget.setTabOrder(self.quarantine_button, self.detail_browser)

        self.retranslateUi(InboxPage)

        QMetaObject.connectSlotsByName(InboxPage)
    # setupUi

    def retranslateUi(self, InboxPage):
        self.heading_label.setText(QCoreApplication.translate("InboxPage", u"Ti\u1ebfp nh\u1eadn g\u00f3i c\u1ee7a c\u00e1c x\u00e3", None))
        self.note_label.setText(QCoreApplication.translate("InboxPage", u"Ch\u1ecdn c\u00e1c t\u1ec7p g\u00f3i (.dvkpkg, .dvkpkg.age) ho\u1eb7c c\u1ea3 th\u01b0 m\u1ee5c (\u1ed5 USB), ho\u1eb7c k\u00e9o th\u1ea3 ch\u00fang v\u00e0o trang n\u00e0y. M\u1ed7i g\u00f3i \u0111\u01b0\u1ee3c ki\u1ec3m tra ch\u1eef k\u00fd v\u00e0 n\u1ed9i dung r\u1ed3i nh\u1eadp ri\u00eang; g\u00f3i b\u1ecb t\u1eeb ch\u1ed1i kh\u00f4ng l\u00e0m thay \u0111\u1ed5i g\u00ec v\u00e0 \u0111\u01b0\u1ee3c gi\u1eef l\u1ea1i k\u00e8m b\u00e1o c\u00e1o.", None))
        self.files_button.setText(QCoreApplication.translate("InboxPage", u"Ch\u1ecdn t\u1ec7p g\u00f3i\u2026", None))
        self.folder_button.setText(QCoreApplication.translate("InboxPage", u"Ch\u1ecdn th\u01b0 m\u1ee5c (USB)\u2026", None))
        self.cancel_button.setText(QCoreApplication.translate("InboxPage", u"D\u1eebng nh\u1eadp", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("InboxPage", u"Ti\u1ebfn \u0111\u1ed9 nh\u1eadp c\u00e1c g\u00f3i", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.results_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InboxPage", u"T\u1ec7p", None))
        ___qtablewidgetitem1 = self.results_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InboxPage", u"\u0110\u01a1n v\u1ecb g\u1eedi", None))
        ___qtablewidgetitem2 = self.results_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("InboxPage", u"G\u00f3i s\u1ed1", None))
        ___qtablewidgetitem3 = self.results_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("InboxPage", u"K\u1ebft qu\u1ea3", None))
        ___qtablewidgetitem4 = self.results_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("InboxPage", u"Chi ti\u1ebft", None))
#if QT_CONFIG(accessibility)
        self.results_table.setAccessibleName(QCoreApplication.translate("InboxPage", u"K\u1ebft qu\u1ea3 t\u1eebng t\u1ec7p g\u00f3i", None))
#endif // QT_CONFIG(accessibility)
        self.report_button.setText(QCoreApplication.translate("InboxPage", u"Xem b\u00e1o c\u00e1o ki\u1ec3m tra", None))
        self.enrol_button.setText(QCoreApplication.translate("InboxPage", u"Ghi nh\u1eadn kh\u00f3a c\u1ee7a x\u00e3 n\u00e0y\u2026", None))
        self.accept_button.setText(QCoreApplication.translate("InboxPage", u"Ch\u1ea5p nh\u1eadn ri\u00eang g\u00f3i n\u00e0y\u2026", None))
#if QT_CONFIG(tooltip)
        self.accept_button.setToolTip(QCoreApplication.translate("InboxPage", u"G\u00f3i b\u1ecb t\u1eeb ch\u1ed1i ch\u1ec9 v\u00ec kh\u00f3a k\u00fd c\u1ee7a x\u00e3 \u0111\u00e3 b\u1ecb thu h\u1ed3i: qu\u1ea3n tr\u1ecb vi\u00ean c\u00f3 th\u1ec3 ch\u1ea5p nh\u1eadn ri\u00eang \u0111\u00fang g\u00f3i n\u00e0y, k\u00e8m l\u00fd do", None))
#endif // QT_CONFIG(tooltip)
        self.quarantine_button.setText(QCoreApplication.translate("InboxPage", u"M\u1edf th\u01b0 m\u1ee5c g\u00f3i b\u1ecb t\u1eeb ch\u1ed1i", None))
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("InboxPage", u"Chi ti\u1ebft t\u1ec7p \u0111ang ch\u1ecdn", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

