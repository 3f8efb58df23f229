# Generated from ui/summary_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_SummaryPage(object):
    def setupUi(self, SummaryPage):
        if not SummaryPage.objectName():
            SummaryPage.setObjectName(u"SummaryPage")
        SummaryPage.resize(1100, 640)
        self.main_layout = QVBoxLayout(SummaryPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(SummaryPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.options_layout = QGridLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.period_label = QLabel(SummaryPage)
        self.period_label.setObjectName(u"period_label")

        self.options_layout.addWidget(self.period_label, 0, 0, 1, 1)

        self.period_edit = QLineEdit(SummaryPage)
        self.period_edit.setObjectName(u"period_edit")
        self.period_edit.setMaximumSize(QSize(160, 16777215))

        self.options_layout.addWidget(self.period_edit, 0, 1, 1, 1)

        self.scope_combo = QComboBox(SummaryPage)
        self.scope_combo.setObjectName(u"scope_combo")
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope_combo.setMinimumContentsLength(16)

        self.options_layout.addWidget(self.scope_combo, 0, 2, 1, 1)

        self.show_button = QPushButton(SummaryPage)
        self.show_button.setObjectName(u"show_button")

        self.options_layout.addWidget(self.show_button, 0, 3, 1, 1)

        self.pdf_button = QPushButton(SummaryPage)
        self.pdf_button.setObjectName(u"pdf_button")

        self.options_layout.addWidget(self.pdf_button, 0, 4, 1, 1)

        self.xlsx_button = QPushButton(SummaryPage)
        self.xlsx_button.setObjectName(u"xlsx_button")

        self.options_layout.addWidget(self.xlsx_button, 0, 5, 1, 1)

        self.status_label = QLabel(SummaryPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.options_layout.addWidget(self.status_label, 1, 0, 1, 5)

        self.open_button = QPushButton(SummaryPage)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setEnabled(False)

        self.options_layout.addWidget(self.open_button, 1, 5, 1, 1)

        self.options_layout.setColumnStretch(2, 1)

        self.main_layout.addLayout(self.options_layout)

        self.splitter = QSplitter(SummaryPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tab_widget = QTabWidget(self.splitter)
        self.tab_widget.setObjectName(u"tab_widget")
        self.field_tab = QWidget()
        self.field_tab.setObjectName(u"field_tab")
        self.field_layout = QVBoxLayout(self.field_tab)
        self.field_layout.setObjectName(u"field_layout")
        self.field_table = QTableWidget(self.field_tab)
        self.field_table.setObjectName(u"field_table")
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setAlternatingRowColors(True)
        self.field_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.field_table.verticalHeader().setVisible(False)

        self.field_layout.addWidget(self.field_table)

        self.tab_widget.addTab(self.field_tab, "")
        self.stages_tab = QWidget()
        self.stages_tab.setObjectName(u"stages_tab")
        self.stages_layout = QVBoxLayout(self.stages_tab)
        self.stages_layout.setObjectName(u"stages_layout")
        self.stages_table = QTableWidget(self.stages_tab)
        self.stages_table.setObjectName(u"stages_table")
        self.stages_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stages_table.setAlternatingRowColors(True)
        self.stages_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stages_table.verticalHeader().setVisible(False)

        self.stages_layout.addWidget(self.stages_table)

        self.tab_widget.addTab(self.stages_tab, "")
        self.units_tab = QWidget()
        self.units_tab.setObjectName(u"units_tab")
        self.units_layout = QVBoxLayout(self.units_tab)
        self.units_layout.setObjectName(u"units_layout")
        self.units_table = QTableWidget(self.units_tab)
        self.units_table.setObjectName(u"units_table")
        self.units_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units_table.setAlternatingRowColors(True)
        self.units_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units_table.verticalHeader().setVisible(False)

        self.units_layout.addWidget(self.units_table)

        self.tab_widget.addTab(self.units_tab, "")
        self.org_tab = QWidget()
        self.org_tab.setObjectName(u"org_tab")
        self.org_layout = QVBoxLayout(self.org_tab)
        self.org_layout.setObjectName(u"org_layout")
        self.org_table = QTableWidget(self.org_tab)
        self.org_table.setObjectName(u"org_table")
        self.org_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.org_table.setAlternatingRowColors(True)
        self.org_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.org_table.verticalHeader().setVisible(False)

        self.org_layout.addWidget(self.org_table)

        self.tab_widget.addTab(self.org_tab, "")
        self.awards_tab = QWidget()
        self.awards_tab.setObjectName(u"awards_tab")
        self.awards_layout = QVBoxLayout(self.awards_tab)
        self.awards_layout.setObjectName(u"awards_layout")
        self.awards_table = QTableWidget(self.awards_tab)
        self.awards_table.setObjectName(u"awards_table")
        self.awards_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.awards_table.setAlternatingRowColors(True)
        self.awards_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.awards_table.verticalHeader().setVisible(False)

        self.awards_layout.addWidget(self.awards_table)

        self.tab_widget.addTab(self.awards_tab, "")
        self.indicators_tab = QWidget()
        self.indicators_tab.setObjectName(u"indicators_tab")
        self.indicators_layout = QVBoxLayout(self.indicators_tab)
        self.indicators_layout.setObjectName(u"indicators_layout")
        self.indicators_table = QTableWidget(self.indicators_tab)
        self.indicators_table.setObjectName(u"indicators_table")
        self.indicators_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicators_table.setAlternatingRowColors(True)
        self.indicators_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicators_table.verticalHeader().setVisible(False)

        self.indicators_layout.addWidget(self.indicators_table)

        self.tab_widget.addTab(self.indicators_tab, "")
        self.splitter.addWidget(self.tab_widget)
        self.chart_area = QScrollArea(self.splitter)
        self.chart_area.setObjectName(u"chart_area")
        self.chart_area.setWidgetResizable(True)
        self.chart_container = QWidget()
        self.chart_container.setObjectName(u"chart_container")
        self.chart_layout = QVBoxLayout(self.chart_container)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_area.setWidget(self.chart_container)
        self.splitter.addWidget(self.chart_area)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SummaryPage)

        QMetaObject.connectSlotsByName(SummaryPage)
    # setupUi

    def retranslateUi(self, SummaryPage):
        self.heading_label.setText(QCoreApplication.translate("SummaryPage", u"B\u00e1o c\u00e1o t\u1ed5ng h\u1ee3p c\u00e1c x\u00e3", None))
        self.period_label.setText(QCoreApplication.translate("SummaryPage", u"&K\u1ef3:", None))
        self.period_edit.setPlaceholderText(QCoreApplication.translate("SummaryPage", u"2026, 2026-H1 ho\u1eb7c 2021-2025", None))
#if QT_CONFIG(accessibility)
        self.scope_combo.setAccessibleName(QCoreApplication.translate("SummaryPage", u"To\u00e0n \u0111\u01a1n v\u1ecb ho\u1eb7c m\u1ed9t x\u00e3", None))
#endif // QT_CONFIG(accessibility)
        self.show_button.setText(QCoreApplication.translate("SummaryPage", u"Xem", None))
        self.pdf_button.setText(QCoreApplication.translate("SummaryPage", u"B\u00e1o c\u00e1o (PDF)", None))
        self.xlsx_button.setText(QCoreApplication.translate("SummaryPage", u"Bi\u1ec3u th\u1ed1ng k\u00ea (Excel)", None))
        self.open_button.setText(QCoreApplication.translate("SummaryPage", u"M\u1edf t\u1ec7p v\u1eeba t\u1ea1o", None))
#if QT_CONFIG(accessibility)
        self.field_table.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Theo l\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.field_tab), QCoreApplication.translate("SummaryPage", u"Theo l\u0129nh v\u1ef1c", None))
#if QT_CONFIG(accessibility)
        self.stages_table.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Theo b\u01b0\u1edbc", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.stages_tab), QCoreApplication.translate("SummaryPage", u"Theo b\u01b0\u1edbc", None))
#if QT_CONFIG(accessibility)
        self.units_table.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Theo x\u00e3", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.units_tab), QCoreApplication.translate("SummaryPage", u"Theo x\u00e3", None))
#if QT_CONFIG(accessibility)
        self.org_table.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Theo \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.org_tab), QCoreApplication.translate("SummaryPage", u"Theo \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec", None))
#if QT_CONFIG(accessibility)
        self.awards_table.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Khen th\u01b0\u1edfng", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.awards_tab), QCoreApplication.translate("SummaryPage", u"Khen th\u01b0\u1edfng", None))
#if QT_CONFIG(accessibility)
        self.indicators_table.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Ch\u1ec9 ti\u00eau", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.indicators_tab), QCoreApplication.translate("SummaryPage", u"Ch\u1ec9 ti\u00eau", None))
        pass
    # retranslateUi

