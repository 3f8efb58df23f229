# Generated from ui/send_back_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'send_back_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_SendBackPage(object):
    def setupUi(self, SendBackPage):
        if not SendBackPage.objectName():
            SendBackPage.setObjectName(u"SendBackPage")
        SendBackPage.resize(1100, 640)
        self.main_layout = QVBoxLayout(SendBackPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(SendBackPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.note_label = QLabel(SendBackPage)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(u"color:#555;")

        self.main_layout.addWidget(self.note_label)

        self.choose_layout = QHBoxLayout()
        self.choose_layout.setObjectName(u"choose_layout")
        self.show_all_check = QCheckBox(SendBackPage)
        self.show_all_check.setObjectName(u"show_all_check")

        self.choose_layout.addWidget(self.show_all_check)

        self.check_news_button = QPushButton(SendBackPage)
        self.check_news_button.setObjectName(u"check_news_button")

        self.choose_layout.addWidget(self.check_news_button)

        self.check_none_button = QPushButton(SendBackPage)
        self.check_none_button.setObjectName(u"check_none_button")

        self.choose_layout.addWidget(self.check_none_button)

        self.choose_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choose_layout.addItem(self.choose_spacer)


        self.main_layout.addLayout(self.choose_layout)

        self.communes_table = QTableWidget(SendBackPage)
        if (self.communes_table.columnCount() < 6):
            self.communes_table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.communes_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.communes_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.communes_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.communes_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.communes_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.communes_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.communes_table.setObjectName(u"communes_table")
        self.communes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.communes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.communes_table.setAlternatingRowColors(True)
        self.communes_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.communes_table)

        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_label = QLabel(SendBackPage)
        self.folder_label.setObjectName(u"folder_label")

        self.folder_layout.addWidget(self.folder_label)

        self.folder_edit = QLineEdit(SendBackPage)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_layout.addWidget(self.folder_edit)

        self.browse_button = QPushButton(SendBackPage)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_layout.addWidget(self.browse_button)

        self.send_button = QPushButton(SendBackPage)
        self.send_button.setObjectName(u"send_button")
        self.send_button.setText(u"")

        self.folder_layout.addWidget(self.send_button)


        self.main_layout.addLayout(self.folder_layout)

        self.result_label = QLabel(SendBackPage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.result_label)

        self.aggregate_group = QGroupBox(SendBackPage)
        self.aggregate_group.setObjectName(u"aggregate_group")
        self.aggregate_layout = QHBoxLayout(self.aggregate_group)
        self.aggregate_layout.setObjectName(u"aggregate_layout")
        self.aggregate_label = QLabel(self.aggregate_group)
        self.aggregate_label.setObjectName(u"aggregate_label")
        self.aggregate_label.setText(u"")
        self.aggregate_label.setWordWrap(True)

        self.aggregate_layout.addWidget(self.aggregate_label)

        self.aggregate_button = QPushButton(self.aggregate_group)
        self.aggregate_button.setObjectName(u"aggregate_button")

        self.aggregate_layout.addWidget(self.aggregate_button)

        self.aggregate_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.aggregate_group)

#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SendBackPage)

        QMetaObject.connectSlotsByName(SendBackPage)
    # setupUi

    def retranslateUi(self, SendBackPage):
        self.heading_label.setText(QCoreApplication.translate("SendBackPage", u"G\u1eedi quy\u1ebft \u0111\u1ecbnh v\u1ec1 x\u00e3", None))
        self.note_label.setText(QCoreApplication.translate("SendBackPage", u"M\u1ed7i x\u00e3 \u0111\u01b0\u1ee3c ch\u1ecdn nh\u1eadn m\u1ed9t t\u1ec7p g\u00f3i ri\u00eang, m\u00e3 h\u00f3a cho \u0111\u00fang x\u00e3 \u0111\u00f3, g\u1ed3m tr\u1ea1ng th\u00e1i, \u0111i\u1ec3m v\u00e0 quy\u1ebft \u0111\u1ecbnh v\u1ec1 c\u00e1c m\u00f4 h\u00ecnh c\u1ee7a x\u00e3. C\u00e1c x\u00e3 c\u00f3 quy\u1ebft \u0111\u1ecbnh hay thay \u0111\u1ed5i m\u1edbi \u0111\u00e3 \u0111\u01b0\u1ee3c ch\u1ecdn s\u1eb5n.", None))
        self.show_all_check.setText(QCoreApplication.translate("SendBackPage", u"Hi\u1ec7n c\u1ea3 c\u00e1c x\u00e3 kh\u00f4ng c\u00f3 g\u00ec m\u1edbi", None))
        self.check_news_button.setText(QCoreApplication.translate("SendBackPage", u"Ch\u1ecdn c\u00e1c x\u00e3 c\u00f3 thay \u0111\u1ed5i m\u1edbi", None))
        self.check_none_button.setText(QCoreApplication.translate("SendBackPage", u"B\u1ecf ch\u1ecdn", None))
        ___qtablewidgetitem = self.communes_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SendBackPage", u"M\u00e3", None))
        ___qtablewidgetitem1 = self.communes_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SendBackPage", u"\u0110\u01a1n v\u1ecb", None))
        ___qtablewidgetitem2 = self.communes_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SendBackPage", u"M\u00f4 h\u00ecnh", None))
        ___qtablewidgetitem3 = self.communes_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SendBackPage", u"Thay \u0111\u1ed5i m\u1edbi", None))
        ___qtablewidgetitem4 = self.communes_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SendBackPage", u"G\u1eedi l\u1ea7n tr\u01b0\u1edbc", None))
        ___qtablewidgetitem5 = self.communes_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SendBackPage", u"K\u1ebft qu\u1ea3", None))
#if QT_CONFIG(accessibility)
        self.communes_table.setAccessibleName(QCoreApplication.translate("SendBackPage", u"C\u00e1c x\u00e3 c\u00f3 th\u1ec3 g\u1eedi quy\u1ebft \u0111\u1ecbnh", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("SendBackPage", u"&L\u01b0u c\u00e1c t\u1ec7p v\u00e0o:", None))
        self.browse_button.setText(QCoreApplication.translate("SendBackPage", u"Ch\u1ecdn th\u01b0 m\u1ee5c\u2026", None))
        self.aggregate_group.setTitle(QCoreApplication.translate("SendBackPage", u"G\u00f3i t\u1ed5ng h\u1ee3p g\u1eedi c\u1ea5p tr\u00ean c\u1ee7a \u0111\u01a1n v\u1ecb n\u00e0y", None))
        self.aggregate_button.setText(QCoreApplication.translate("SendBackPage", u"T\u1ea1o g\u00f3i t\u1ed5ng h\u1ee3p\u2026", None))
        pass
    # retranslateUi

