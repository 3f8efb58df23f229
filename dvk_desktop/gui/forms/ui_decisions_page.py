# Generated from ui/decisions_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decisions_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_DecisionsPage(object):
    def setupUi(self, DecisionsPage):
        if not DecisionsPage.objectName():
            DecisionsPage.setObjectName(u"DecisionsPage")
        DecisionsPage.resize(1100, 640)
        self.main_layout = QVBoxLayout(DecisionsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(DecisionsPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.tab_widget = QTabWidget(DecisionsPage)
        self.tab_widget.setObjectName(u"tab_widget")
        self.record_tab = QWidget()
        self.record_tab.setObjectName(u"record_tab")
        self.record_layout = QHBoxLayout(self.record_tab)
        self.record_layout.setObjectName(u"record_layout")
        self.record_splitter = QSplitter(self.record_tab)
        self.record_splitter.setObjectName(u"record_splitter")
        self.record_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.record_splitter.setChildrenCollapsible(False)
        self.models_widget = QWidget(self.record_splitter)
        self.models_widget.setObjectName(u"models_widget")
        self.models_layout = QVBoxLayout(self.models_widget)
        self.models_layout.setObjectName(u"models_layout")
        self.models_layout.setContentsMargins(0, 0, 0, 0)
        self.pick_layout = QGridLayout()
        self.pick_layout.setObjectName(u"pick_layout")
        self.kind_label = QLabel(self.models_widget)
        self.kind_label.setObjectName(u"kind_label")

        self.pick_layout.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(self.models_widget)
        self.kind_combo.setObjectName(u"kind_combo")

        self.pick_layout.addWidget(self.kind_combo, 0, 1, 1, 2)

        self.filter_label = QLabel(self.models_widget)
        self.filter_label.setObjectName(u"filter_label")

        self.pick_layout.addWidget(self.filter_label, 1, 0, 1, 1)

        self.commune_combo = QComboBox(self.models_widget)
        self.commune_combo.setObjectName(u"commune_combo")
        self.commune_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.commune_combo.setMinimumContentsLength(12)

        self.pick_layout.addWidget(self.commune_combo, 1, 1, 1, 1)

        self.year_combo = QComboBox(self.models_widget)
        self.year_combo.setObjectName(u"year_combo")

        self.pick_layout.addWidget(self.year_combo, 1, 2, 1, 1)

        self.search_edit = QLineEdit(self.models_widget)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.pick_layout.addWidget(self.search_edit, 2, 1, 1, 2)

        self.pick_layout.setColumnStretch(1, 1)
        self.pick_layout.setColumnStretch(2, 1)

        self.models_layout.addLayout(self.pick_layout)

        self.models_view = QTableView(self.models_widget)
        self.models_view.setObjectName(u"models_view")
        self.models_view.setAlternatingRowColors(True)
        self.models_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.models_view.setWordWrap(False)
        self.models_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.models_layout.addWidget(self.models_view)

        self.check_layout = QHBoxLayout()
        self.check_layout.setObjectName(u"check_layout")
        self.check_all_button = QPushButton(self.models_widget)
        self.check_all_button.setObjectName(u"check_all_button")

        self.check_layout.addWidget(self.check_all_button)

        self.check_none_button = QPushButton(self.models_widget)
        self.check_none_button.setObjectName(u"check_none_button")

        self.check_layout.addWidget(self.check_none_button)

        self.chosen_label = QLabel(self.models_widget)
        self.chosen_label.setObjectName(u"chosen_label")
        self.chosen_label.setText(u"")

        self.check_layout.addWidget(self.chosen_label)

        self.check_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.check_layout.addItem(self.check_spacer)


        self.models_layout.addLayout(self.check_layout)

        self.record_splitter.addWidget(self.models_widget)
        self.decision_group = QGroupBox(self.record_splitter)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_layout = QFormLayout(self.decision_group)
        self.decision_layout.setObjectName(u"decision_layout")
        self.number_label = QLabel(self.decision_group)
        self.number_label.setObjectName(u"number_label")

        self.decision_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(self.decision_group)
        self.number_edit.setObjectName(u"number_edit")

        self.decision_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.date_label = QLabel(self.decision_group)
        self.date_label.setObjectName(u"date_label")

        self.decision_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(self.decision_group)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)

        self.decision_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.issuer_label = QLabel(self.decision_group)
        self.issuer_label.setObjectName(u"issuer_label")

        self.decision_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuer_label)

        self.issuer_edit = QLineEdit(self.decision_group)
        self.issuer_edit.setObjectName(u"issuer_edit")

        self.decision_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuer_edit)

        self.award_label = QLabel(self.decision_group)
        self.award_label.setObjectName(u"award_label")

        self.decision_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.award_label)

        self.award_combo = QComboBox(self.decision_group)
        self.award_combo.setObjectName(u"award_combo")
        self.award_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.award_combo.setMinimumContentsLength(16)

        self.decision_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.award_combo)

        self.summary_label = QLabel(self.decision_group)
        self.summary_label.setObjectName(u"summary_label")

        self.decision_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QLineEdit(self.decision_group)
        self.summary_edit.setObjectName(u"summary_edit")

        self.decision_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.scan_label = QLabel(self.decision_group)
        self.scan_label.setObjectName(u"scan_label")

        self.decision_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scan_label)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_edit = QLineEdit(self.decision_group)
        self.scan_edit.setObjectName(u"scan_edit")

        self.scan_layout.addWidget(self.scan_edit)

        self.scan_button = QPushButton(self.decision_group)
        self.scan_button.setObjectName(u"scan_button")

        self.scan_layout.addWidget(self.scan_button)


        self.decision_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.scan_layout)

        self.message_label = QLabel(self.decision_group)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.decision_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.message_label)

        self.record_button = QPushButton(self.decision_group)
        self.record_button.setObjectName(u"record_button")
        self.record_button.setText(u"")

        self.decision_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.record_button)

        self.proposals_button = QPushButton(self.decision_group)
        self.proposals_button.setObjectName(u"proposals_button")

        self.decision_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.proposals_button)

        self.record_splitter.addWidget(self.decision_group)

        self.record_layout.addWidget(self.record_splitter)

        self.tab_widget.addTab(self.record_tab, "")
        self.list_tab = QWidget()
        self.list_tab.setObjectName(u"list_tab")
        self.list_layout = QVBoxLayout(self.list_tab)
        self.list_layout.setObjectName(u"list_layout")
        self.decisions_table = QTableWidget(self.list_tab)
        if (self.decisions_table.columnCount() < 6):
            self.decisions_table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.decisions_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.decisions_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.decisions_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.decisions_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.decisions_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.decisions_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.decisions_table.setObjectName(u"decisions_table")
        self.decisions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisions_table.setAlternatingRowColors(True)
        self.decisions_table.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.decisions_table)

        self.list_buttons_layout = QHBoxLayout()
        self.list_buttons_layout.setObjectName(u"list_buttons_layout")
        self.annex_button = QPushButton(self.list_tab)
        self.annex_button.setObjectName(u"annex_button")
        self.annex_button.setEnabled(False)

        self.list_buttons_layout.addWidget(self.annex_button)

        self.attach_button = QPushButton(self.list_tab)
        self.attach_button.setObjectName(u"attach_button")
        self.attach_button.setEnabled(False)

        self.list_buttons_layout.addWidget(self.attach_button)

        self.open_file_button = QPushButton(self.list_tab)
        self.open_file_button.setObjectName(u"open_file_button")
        self.open_file_button.setEnabled(False)

        self.list_buttons_layout.addWidget(self.open_file_button)

        self.list_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_buttons_layout.addItem(self.list_buttons_spacer)


        self.list_layout.addLayout(self.list_buttons_layout)

        self.list_message_label = QLabel(self.list_tab)
        self.list_message_label.setObjectName(u"list_message_label")
        self.list_message_label.setText(u"")
        self.list_message_label.setWordWrap(True)

        self.list_layout.addWidget(self.list_message_label)

        self.tab_widget.addTab(self.list_tab, "")

        self.main_layout.addWidget(self.tab_widget)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.number_label.setBuddy(self.number_edit)
        self.date_label.setBuddy(self.date_edit)
        self.issuer_label.setBuddy(self.issuer_edit)
        self.award_label.setBuddy(self.award_combo)
        self.summary_label.setBuddy(self.summary_edit)
        self.scan_label.setBuddy(self.scan_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionsPage)

        QMetaObject.connectSlotsByName(DecisionsPage)
    # setupUi

    def retranslateUi(self, DecisionsPage):
        self.heading_label.setText(QCoreApplication.translate("DecisionsPage", u"Quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn, khen th\u01b0\u1edfng", None))
        self.kind_label.setText(QCoreApplication.translate("DecisionsPage", u"&Vi\u1ec7c:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"Lo\u1ea1i quy\u1ebft \u0111\u1ecbnh", None))
#endif // QT_CONFIG(accessibility)
        self.filter_label.setText(QCoreApplication.translate("DecisionsPage", u"L\u1ecdc:", None))
#if QT_CONFIG(accessibility)
        self.commune_combo.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"X\u00e3, ph\u01b0\u1eddng", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.year_combo.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"N\u0103m \u0111\u0103ng k\u00fd", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("DecisionsPage", u"T\u00ecm theo t\u00ean, m\u00e3 m\u00f4 h\u00ecnh, kh\u00f4ng c\u1ea7n d\u1ea5u", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"T\u00ecm m\u00f4 h\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.models_view.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"M\u00f4 h\u00ecnh c\u00f3 th\u1ec3 \u0111\u01b0a v\u00e0o quy\u1ebft \u0111\u1ecbnh", None))
#endif // QT_CONFIG(accessibility)
        self.check_all_button.setText(QCoreApplication.translate("DecisionsPage", u"Ch\u1ecdn t\u1ea5t c\u1ea3", None))
        self.check_none_button.setText(QCoreApplication.translate("DecisionsPage", u"B\u1ecf ch\u1ecdn", None))
        self.decision_group.setTitle(QCoreApplication.translate("DecisionsPage", u"Quy\u1ebft \u0111\u1ecbnh", None))
        self.number_label.setText(QCoreApplication.translate("DecisionsPage", u"&S\u1ed1, k\u00fd hi\u1ec7u:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("DecisionsPage", u"V\u00ed d\u1ee5: 125-Q\u0110/BTGDVTU", None))
        self.date_label.setText(QCoreApplication.translate("DecisionsPage", u"&Ng\u00e0y k\u00fd:", None))
        self.issuer_label.setText(QCoreApplication.translate("DecisionsPage", u"&C\u01a1 quan ban h\u00e0nh:", None))
        self.award_label.setText(QCoreApplication.translate("DecisionsPage", u"&H\u00ecnh th\u1ee9c khen:", None))
        self.summary_label.setText(QCoreApplication.translate("DecisionsPage", u"&Tr\u00edch y\u1ebfu:", None))
        self.scan_label.setText(QCoreApplication.translate("DecisionsPage", u"&B\u1ea3n qu\u00e9t:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("DecisionsPage", u"Quy\u1ebft \u0111\u1ecbnh \u0111\u00e3 k\u00fd, qu\u00e9t PDF ho\u1eb7c ch\u1ee5p \u1ea3nh", None))
        self.scan_button.setText(QCoreApplication.translate("DecisionsPage", u"Ch\u1ecdn\u2026", None))
        self.proposals_button.setText(QCoreApplication.translate("DecisionsPage", u"In danh s\u00e1ch \u0111\u1ec1 ngh\u1ecb (PDF)", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.record_tab), QCoreApplication.translate("DecisionsPage", u"Ghi quy\u1ebft \u0111\u1ecbnh m\u1edbi", None))
        ___qtablewidgetitem = self.decisions_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DecisionsPage", u"S\u1ed1, k\u00fd hi\u1ec7u", None))
        ___qtablewidgetitem1 = self.decisions_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DecisionsPage", u"Ng\u00e0y k\u00fd", None))
        ___qtablewidgetitem2 = self.decisions_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DecisionsPage", u"Lo\u1ea1i", None))
        ___qtablewidgetitem3 = self.decisions_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DecisionsPage", u"C\u01a1 quan ban h\u00e0nh", None))
        ___qtablewidgetitem4 = self.decisions_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DecisionsPage", u"S\u1ed1 m\u00f4 h\u00ecnh", None))
        ___qtablewidgetitem5 = self.decisions_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DecisionsPage", u"M\u00f4 h\u00ecnh", None))
#if QT_CONFIG(accessibility)
        self.decisions_table.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"C\u00e1c quy\u1ebft \u0111\u1ecbnh \u0111\u00e3 ghi", None))
#endif // QT_CONFIG(accessibility)
        self.annex_button.setText(QCoreApplication.translate("DecisionsPage", u"In danh s\u00e1ch k\u00e8m theo (PDF)", None))
        self.attach_button.setText(QCoreApplication.translate("DecisionsPage", u"\u0110\u00ednh k\u00e8m b\u1ea3n qu\u00e9t\u2026", None))
        self.open_file_button.setText(QCoreApplication.translate("DecisionsPage", u"M\u1edf t\u1ec7p v\u1eeba t\u1ea1o", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.list_tab), QCoreApplication.translate("DecisionsPage", u"Quy\u1ebft \u0111\u1ecbnh \u0111\u00e3 ghi", None))
        pass
    # retranslateUi

