# Generated from ui/communes_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'communes_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_CommunesPage(object):
    def setupUi(self, CommunesPage):
        if not CommunesPage.objectName():
            CommunesPage.setObjectName(u"CommunesPage")
        CommunesPage.resize(1100, 640)
        self.main_layout = QVBoxLayout(CommunesPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(CommunesPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.filter_layout = QGridLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.period_label = QLabel(CommunesPage)
        self.period_label.setObjectName(u"period_label")

        self.filter_layout.addWidget(self.period_label, 0, 0, 1, 1)

        self.period_combo = QComboBox(CommunesPage)
        self.period_combo.setObjectName(u"period_combo")

        self.filter_layout.addWidget(self.period_combo, 0, 1, 1, 1)

        self.deadline_button = QPushButton(CommunesPage)
        self.deadline_button.setObjectName(u"deadline_button")

        self.filter_layout.addWidget(self.deadline_button, 0, 2, 1, 1)

        self.deadline_label = QLabel(CommunesPage)
        self.deadline_label.setObjectName(u"deadline_label")
        self.deadline_label.setText(u"")
        self.deadline_label.setWordWrap(True)

        self.filter_layout.addWidget(self.deadline_label, 0, 3, 1, 1)

        self.export_button = QPushButton(CommunesPage)
        self.export_button.setObjectName(u"export_button")

        self.filter_layout.addWidget(self.export_button, 0, 4, 1, 1)

        self.completeness_button = QPushButton(CommunesPage)
        self.completeness_button.setObjectName(u"completeness_button")

        self.filter_layout.addWidget(self.completeness_button, 0, 5, 1, 1)

        self.search_edit = QLineEdit(CommunesPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit, 1, 0, 1, 2)

        self.show_combo = QComboBox(CommunesPage)
        self.show_combo.setObjectName(u"show_combo")
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.show_combo.setMinimumContentsLength(16)

        self.filter_layout.addWidget(self.show_combo, 1, 2, 1, 1)

        self.summary_label = QLabel(CommunesPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.filter_layout.addWidget(self.summary_label, 1, 3, 1, 3)

        self.filter_layout.setColumnStretch(3, 1)

        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(CommunesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table_view = QTableView(self.splitter)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.table_view)
        self.detail_widget = QWidget(self.splitter)
        self.detail_widget.setObjectName(u"detail_widget")
        self.detail_layout = QVBoxLayout(self.detail_widget)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_buttons_layout = QHBoxLayout()
        self.detail_buttons_layout.setObjectName(u"detail_buttons_layout")
        self.enrol_button = QPushButton(self.detail_widget)
        self.enrol_button.setObjectName(u"enrol_button")

        self.detail_buttons_layout.addWidget(self.enrol_button)

        self.revoke_button = QPushButton(self.detail_widget)
        self.revoke_button.setObjectName(u"revoke_button")

        self.detail_buttons_layout.addWidget(self.revoke_button)

        self.models_button = QPushButton(self.detail_widget)
        self.models_button.setObjectName(u"models_button")

        self.detail_buttons_layout.addWidget(self.models_button)

        self.detail_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detail_buttons_layout.addItem(self.detail_buttons_spacer)


        self.detail_layout.addLayout(self.detail_buttons_layout)

        self.detail_browser = QTextBrowser(self.detail_widget)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)

        self.detail_layout.addWidget(self.detail_browser)

        self.splitter.addWidget(self.detail_widget)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period_combo, self.deadline_button)
        QWidget.setTabOrder(self.deadline_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.completeness_button)
        QWidget.setTabOrder(self.completeness_button, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.show_combo)
        QWidget.setTabOrder(self.show_combo, self.table_view)
        QWidget.setTabOrder(self.table_view, self.enrol_button)
        QWidget.setTabOrder(self.enrol_button, self.revoke_button)
        QWidget.setTabOrder(self.revoke_button, self.models_button)
        QWidget.setTabOrder(self.models_button, self.detail_browser)

        self.retranslateUi(CommunesPage)

        QMetaObject.connectSlotsByName(CommunesPage)
    # setupUi

    def retranslateUi(self, CommunesPage):
        self.heading_label.setText(QCoreApplication.translate("CommunesPage", u"\u0110\u01a1n v\u1ecb c\u1ea5p d\u01b0\u1edbi", None))
        self.period_label.setText(QCoreApplication.translate("CommunesPage", u"&K\u1ef3 b\u00e1o c\u00e1o:", None))
#if QT_CONFIG(accessibility)
        self.period_combo.setAccessibleName(QCoreApplication.translate("CommunesPage", u"K\u1ef3 b\u00e1o c\u00e1o", None))
#endif // QT_CONFIG(accessibility)
        self.deadline_button.setText(QCoreApplication.translate("CommunesPage", u"\u0110\u1eb7t h\u1ea1n n\u1ed9p\u2026", None))
        self.export_button.setText(QCoreApplication.translate("CommunesPage", u"Xu\u1ea5t Excel\u2026", None))
        self.completeness_button.setText(QCoreApplication.translate("CommunesPage", u"In b\u00e1o c\u00e1o \u0111\u1ea7y \u0111\u1ee7\u2026", None))
#if QT_CONFIG(tooltip)
        self.completeness_button.setToolTip(QCoreApplication.translate("CommunesPage", u"B\u00e1o c\u00e1o in \u0111\u01b0\u1ee3c (PDF) ho\u1eb7c b\u1ea3ng t\u00ednh: \u0111\u01a1n v\u1ecb n\u00e0o \u0111\u00e3 g\u1eedi g\u00ec, g\u00f3i ch\u01b0a nh\u1eadn \u0111\u01b0\u1ee3c, minh ch\u1ee9ng c\u00f2n thi\u1ebfu", None))
#endif // QT_CONFIG(tooltip)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CommunesPage", u"T\u00ecm x\u00e3, ph\u01b0\u1eddng theo t\u00ean ho\u1eb7c m\u00e3, kh\u00f4ng c\u1ea7n d\u1ea5u", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CommunesPage", u"T\u00ecm \u0111\u01a1n v\u1ecb", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("CommunesPage", u"Hi\u1ec7n nh\u1eefng \u0111\u01a1n v\u1ecb n\u00e0o", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("CommunesPage", u"Danh s\u00e1ch \u0111\u01a1n v\u1ecb c\u1ea5p d\u01b0\u1edbi", None))
#endif // QT_CONFIG(accessibility)
        self.enrol_button.setText(QCoreApplication.translate("CommunesPage", u"Ghi nh\u1eadn kh\u00f3a t\u1eeb t\u1ec7p \u0111\u0103ng k\u00fd\u2026", None))
        self.revoke_button.setText(QCoreApplication.translate("CommunesPage", u"Thu h\u1ed3i kh\u00f3a\u2026", None))
        self.models_button.setText(QCoreApplication.translate("CommunesPage", u"Xem m\u00f4 h\u00ecnh c\u1ee7a x\u00e3", None))
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("CommunesPage", u"Chi ti\u1ebft \u0111\u01a1n v\u1ecb \u0111ang ch\u1ecdn", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

