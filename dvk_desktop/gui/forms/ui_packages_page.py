# Generated from ui/packages_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packages_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget

class Ui_PackagesPage(object):
    def setupUi(self, PackagesPage):
        if not PackagesPage.objectName():
            PackagesPage.setObjectName(u"PackagesPage")
        PackagesPage.resize(1000, 600)
        self.main_layout = QVBoxLayout(PackagesPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(PackagesPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.key_group = QGroupBox(PackagesPage)
        self.key_group.setObjectName(u"key_group")
        self.key_layout = QVBoxLayout(self.key_group)
        self.key_layout.setObjectName(u"key_layout")
        self.key_label = QLabel(self.key_group)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setText(u"")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.key_layout.addWidget(self.key_label)

        self.key_buttons_layout = QHBoxLayout()
        self.key_buttons_layout.setObjectName(u"key_buttons_layout")
        self.create_key_button = QPushButton(self.key_group)
        self.create_key_button.setObjectName(u"create_key_button")

        self.key_buttons_layout.addWidget(self.create_key_button)

        self.enrolment_button = QPushButton(self.key_group)
        self.enrolment_button.setObjectName(u"enrolment_button")

        self.key_buttons_layout.addWidget(self.enrolment_button)

        self.pin_parent_button = QPushButton(self.key_group)
        self.pin_parent_button.setObjectName(u"pin_parent_button")

        self.key_buttons_layout.addWidget(self.pin_parent_button)

        self.key_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.key_buttons_layout.addItem(self.key_buttons_spacer)


        self.key_layout.addLayout(self.key_buttons_layout)


        self.main_layout.addWidget(self.key_group)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.export_button = QPushButton(PackagesPage)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.import_button = QPushButton(PackagesPage)
        self.import_button.setObjectName(u"import_button")

        self.actions_layout.addWidget(self.import_button)

        self.confirm_import_button = QPushButton(PackagesPage)
        self.confirm_import_button.setObjectName(u"confirm_import_button")
        self.confirm_import_button.setEnabled(False)

        self.actions_layout.addWidget(self.confirm_import_button)

        self.open_outbox_button = QPushButton(PackagesPage)
        self.open_outbox_button.setObjectName(u"open_outbox_button")

        self.actions_layout.addWidget(self.open_outbox_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.main_layout.addLayout(self.actions_layout)

        self.ledger_label = QLabel(PackagesPage)
        self.ledger_label.setObjectName(u"ledger_label")

        self.main_layout.addWidget(self.ledger_label)

        self.ledger_table = QTableWidget(PackagesPage)
        if (self.ledger_table.columnCount() < 5):
            self.ledger_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.ledger_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.ledger_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.ledger_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.ledger_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.ledger_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.ledger_table.setObjectName(u"ledger_table")
        self.ledger_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.ledger_table)

        self.report_browser = QTextBrowser(PackagesPage)
        self.report_browser.setObjectName(u"report_browser")

        self.main_layout.addWidget(self.report_browser)

        self.main_layout.setStretch(4, 2)
        self.main_layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.ledger_label.setBuddy(self.ledger_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.create_key_button, self.enrolment_button)
        QWidget.setTabOrder(self.enrolment_button, self.pin_parent_button)
        QWidget.setTabOrder(self.pin_parent_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.confirm_import_button)
        QWidget.setTabOrder(self.confirm_import_button, self.open_outbox_button)
        QWidget.setTabOrder(self.open_outbox_button, self.ledger_table)
        QWidget.setTabOrder(self.ledger_table, self.report_browser)

        self.retranslateUi(PackagesPage)

        QMetaObject.connectSlotsByName(PackagesPage)
    # setupUi

    def retranslateUi(self, PackagesPage):
        self.heading_label.setText(QCoreApplication.translate("PackagesPage", u"G\u00f3i d\u1eef li\u1ec7u", None))
        self.key_group.setTitle(QCoreApplication.translate("PackagesPage", u"Kh\u00f3a k\u00fd c\u1ee7a \u0111\u01a1n v\u1ecb", None))
        self.create_key_button.setText(QCoreApplication.translate("PackagesPage", u"T\u1ea1o kh\u00f3a k\u00fd\u2026", None))
        self.enrolment_button.setText(QCoreApplication.translate("PackagesPage", u"Xu\u1ea5t t\u1ec7p \u0111\u0103ng k\u00fd kh\u00f3a\u2026", None))
        self.pin_parent_button.setText(QCoreApplication.translate("PackagesPage", u"Ghim kh\u00f3a c\u1ee7a c\u1ea5p tr\u00ean\u2026", None))
        self.export_button.setText(QCoreApplication.translate("PackagesPage", u"Xu\u1ea5t g\u00f3i g\u1eedi c\u1ea5p tr\u00ean\u2026", None))
        self.import_button.setText(QCoreApplication.translate("PackagesPage", u"Nh\u1eadp g\u00f3i t\u1eeb c\u1ea5p tr\u00ean\u2026", None))
        self.confirm_import_button.setText(QCoreApplication.translate("PackagesPage", u"Nh\u1eadp g\u00f3i \u0111\u00e3 ki\u1ec3m tra", None))
        self.open_outbox_button.setText(QCoreApplication.translate("PackagesPage", u"M\u1edf th\u01b0 m\u1ee5c g\u00f3i \u0111\u00e3 xu\u1ea5t", None))
        self.ledger_label.setText(QCoreApplication.translate("PackagesPage", u"C\u00e1c g\u00f3i \u0111\u00e3 g\u1eedi v\u00e0 \u0111\u00e3 nh\u1eadn:", None))
        ___qtablewidgetitem = self.ledger_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PackagesPage", u"H\u01b0\u1edbng", None))
        ___qtablewidgetitem1 = self.ledger_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PackagesPage", u"S\u1ed1 th\u1ee9 t\u1ef1", None))
        ___qtablewidgetitem2 = self.ledger_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PackagesPage", u"T\u1ec7p", None))
        ___qtablewidgetitem3 = self.ledger_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PackagesPage", u"Th\u1eddi gian", None))
        ___qtablewidgetitem4 = self.ledger_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PackagesPage", u"N\u1ed9i dung", None))
#if QT_CONFIG(accessibility)
        self.ledger_table.setAccessibleName(QCoreApplication.translate("PackagesPage", u"C\u00e1c g\u00f3i \u0111\u00e3 g\u1eedi v\u00e0 \u0111\u00e3 nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.report_browser.setAccessibleName(QCoreApplication.translate("PackagesPage", u"K\u1ebft qu\u1ea3 ki\u1ec3m tra g\u00f3i", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

