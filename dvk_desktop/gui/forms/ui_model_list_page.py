# Generated from ui/model_list_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'model_list_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ModelListPage(object):
    def setupUi(self, ModelListPage):
        if not ModelListPage.objectName():
            ModelListPage.setObjectName(u"ModelListPage")
        ModelListPage.resize(1180, 660)
        self.main_layout = QVBoxLayout(ModelListPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_edit = QLineEdit(ModelListPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.new_button = QPushButton(ModelListPage)
        self.new_button.setObjectName(u"new_button")

        self.search_layout.addWidget(self.new_button)

        self.open_button = QPushButton(ModelListPage)
        self.open_button.setObjectName(u"open_button")

        self.search_layout.addWidget(self.open_button)


        self.main_layout.addLayout(self.search_layout)

        self.filter_layout = QGridLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_layout.setHorizontalSpacing(6)
        self.filter_layout.setVerticalSpacing(4)
        self.commune_combo = QComboBox(ModelListPage)
        self.commune_combo.setObjectName(u"commune_combo")
        self.commune_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.commune_combo.setMinimumContentsLength(10)

        self.filter_layout.addWidget(self.commune_combo, 0, 0, 1, 1)

        self.year_combo = QComboBox(ModelListPage)
        self.year_combo.setObjectName(u"year_combo")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_combo.setMinimumContentsLength(8)

        self.filter_layout.addWidget(self.year_combo, 0, 1, 1, 1)

        self.field_combo = QComboBox(ModelListPage)
        self.field_combo.setObjectName(u"field_combo")
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(10)

        self.filter_layout.addWidget(self.field_combo, 0, 2, 1, 1)

        self.type_combo = QComboBox(ModelListPage)
        self.type_combo.setObjectName(u"type_combo")
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(10)

        self.filter_layout.addWidget(self.type_combo, 0, 3, 1, 1)

        self.status_combo = QComboBox(ModelListPage)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(10)

        self.filter_layout.addWidget(self.status_combo, 1, 0, 1, 1)

        self.novelty_combo = QComboBox(ModelListPage)
        self.novelty_combo.setObjectName(u"novelty_combo")
        self.novelty_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.novelty_combo.setMinimumContentsLength(10)

        self.filter_layout.addWidget(self.novelty_combo, 1, 1, 1, 1)

        self.owner_combo = QComboBox(ModelListPage)
        self.owner_combo.setObjectName(u"owner_combo")
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(10)

        self.filter_layout.addWidget(self.owner_combo, 1, 2, 1, 1)

        self.village_combo = QComboBox(ModelListPage)
        self.village_combo.setObjectName(u"village_combo")
        self.village_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.village_combo.setMinimumContentsLength(10)

        self.filter_layout.addWidget(self.village_combo, 1, 3, 1, 1)

        self.clear_filters_button = QPushButton(ModelListPage)
        self.clear_filters_button.setObjectName(u"clear_filters_button")

        self.filter_layout.addWidget(self.clear_filters_button, 1, 4, 1, 1)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer, 0, 5, 1, 1)

        self.filter_layout.setColumnStretch(5, 1)

        self.main_layout.addLayout(self.filter_layout)

        self.counts_label = QLabel(ModelListPage)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setText(u"")
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.counts_label)

        self.table_view = QTableView(ModelListPage)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.main_layout.addWidget(self.table_view)

        self.result_label = QLabel(ModelListPage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")

        self.main_layout.addWidget(self.result_label)

        QWidget.setTabOrder(self.search_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.commune_combo)
        QWidget.setTabOrder(self.commune_combo, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.field_combo)
        QWidget.setTabOrder(self.field_combo, self.type_combo)
        QWidget.setTabOrder(self.type_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.novelty_combo)
        QWidget.setTabOrder(self.novelty_combo, self.owner_combo)
        QWidget.setTabOrder(self.owner_combo, self.village_combo)
        QWidget.setTabOrder(self.village_combo, self.clear_filters_button)
        QWidget.setTabOrder(self.clear_filters_button, self.table_view)

        self.retranslateUi(ModelListPage)

        QMetaObject.connectSlotsByName(ModelListPage)
    # setupUi

    def retranslateUi(self, ModelListPage):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ModelListPage", u"T\u00ecm theo t\u00ean, m\u00e3, \u0111\u01a1n v\u1ecb, th\u00f4n \u2014 g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("ModelListPage", u"T\u00ecm ki\u1ebfm m\u00f4 h\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("ModelListPage", u"M\u00f4 h\u00ecnh m\u1edbi (Ctrl+N)", None))
        self.open_button.setText(QCoreApplication.translate("ModelListPage", u"M\u1edf (Enter)", None))
#if QT_CONFIG(accessibility)
        self.commune_combo.setAccessibleName(QCoreApplication.translate("ModelListPage", u"X\u00e3, ph\u01b0\u1eddng g\u1eedi m\u00f4 h\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.year_combo.setAccessibleName(QCoreApplication.translate("ModelListPage", u"N\u0103m", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.field_combo.setAccessibleName(QCoreApplication.translate("ModelListPage", u"L\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("ModelListPage", u"Lo\u1ea1i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ModelListPage", u"Tr\u1ea1ng th\u00e1i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.novelty_combo.setAccessibleName(QCoreApplication.translate("ModelListPage", u"M\u1edbi hay duy tr\u00ec", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("ModelListPage", u"\u0110\u01a1n v\u1ecb ch\u1ee7 tr\u00ec", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.village_combo.setAccessibleName(QCoreApplication.translate("ModelListPage", u"Th\u00f4n, t\u1ed5 d\u00e2n ph\u1ed1", None))
#endif // QT_CONFIG(accessibility)
        self.clear_filters_button.setText(QCoreApplication.translate("ModelListPage", u"B\u1ecf l\u1ecdc", None))
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("ModelListPage", u"Danh s\u00e1ch m\u00f4 h\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

