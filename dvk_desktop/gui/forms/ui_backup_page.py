# Generated from ui/backup_page.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(1000, 600)
        self.main_layout = QVBoxLayout(BackupPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, -1)
        self.heading_label = QLabel(BackupPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")

        self.main_layout.addWidget(self.heading_label)

        self.last_backup_label = QLabel(BackupPage)
        self.last_backup_label.setObjectName(u"last_backup_label")
        self.last_backup_label.setText(u"")
        self.last_backup_label.setWordWrap(True)

        self.main_layout.addWidget(self.last_backup_label)

        self.auto_note_label = QLabel(BackupPage)
        self.auto_note_label.setObjectName(u"auto_note_label")
        self.auto_note_label.setText(u"")
        self.auto_note_label.setWordWrap(True)
        self.auto_note_label.setStyleSheet(u"color:#555;")

        self.main_layout.addWidget(self.auto_note_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.backup_now_button = QPushButton(BackupPage)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.buttons_layout.addWidget(self.backup_now_button)

        self.backup_to_button = QPushButton(BackupPage)
        self.backup_to_button.setObjectName(u"backup_to_button")

        self.buttons_layout.addWidget(self.backup_to_button)

        self.restore_file_button = QPushButton(BackupPage)
        self.restore_file_button.setObjectName(u"restore_file_button")

        self.buttons_layout.addWidget(self.restore_file_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_layout)

        self.list_label = QLabel(BackupPage)
        self.list_label.setObjectName(u"list_label")

        self.main_layout.addWidget(self.list_label)

        self.backups_table = QTableWidget(BackupPage)
        if (self.backups_table.columnCount() < 3):
            self.backups_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.backups_table)

        self.restore_layout = QHBoxLayout()
        self.restore_layout.setObjectName(u"restore_layout")
        self.restore_selected_button = QPushButton(BackupPage)
        self.restore_selected_button.setObjectName(u"restore_selected_button")

        self.restore_layout.addWidget(self.restore_selected_button)

        self.open_folder_button = QPushButton(BackupPage)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.restore_layout.addWidget(self.open_folder_button)

        self.transfer_button = QPushButton(BackupPage)
        self.transfer_button.setObjectName(u"transfer_button")

        self.restore_layout.addWidget(self.transfer_button)

        self.restore_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restore_layout.addItem(self.restore_spacer)


        self.main_layout.addLayout(self.restore_layout)

        self.restore_note_label = QLabel(BackupPage)
        self.restore_note_label.setObjectName(u"restore_note_label")
        self.restore_note_label.setWordWrap(True)
        self.restore_note_label.setStyleSheet(u"color:#555;")

        self.main_layout.addWidget(self.restore_note_label)


        self.retranslateUi(BackupPage)

        QMetaObject.connectSlotsByName(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.heading_label.setText(QCoreApplication.translate("BackupPage", u"Sao l\u01b0u v\u00e0 kh\u00f4i ph\u1ee5c", None))
        self.backup_now_button.setText(QCoreApplication.translate("BackupPage", u"Sao l\u01b0u ngay", None))
        self.backup_to_button.setText(QCoreApplication.translate("BackupPage", u"Sao l\u01b0u v\u00e0o th\u01b0 m\u1ee5c kh\u00e1c (USB)\u2026", None))
        self.restore_file_button.setText(QCoreApplication.translate("BackupPage", u"Kh\u00f4i ph\u1ee5c t\u1eeb t\u1ec7p\u2026", None))
        self.list_label.setText(QCoreApplication.translate("BackupPage", u"C\u00e1c b\u1ea3n sao l\u01b0u t\u1ef1 \u0111\u1ed9ng trong v\u00f9ng l\u00e0m vi\u1ec7c:", None))
        ___qtablewidgetitem = self.backups_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BackupPage", u"T\u1ec7p sao l\u01b0u", None))
        ___qtablewidgetitem1 = self.backups_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BackupPage", u"Th\u1eddi gian", None))
        ___qtablewidgetitem2 = self.backups_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BackupPage", u"Dung l\u01b0\u1ee3ng", None))
#if QT_CONFIG(accessibility)
        self.backups_table.setAccessibleName(QCoreApplication.translate("BackupPage", u"C\u00e1c b\u1ea3n sao l\u01b0u", None))
#endif // QT_CONFIG(accessibility)
        self.restore_selected_button.setText(QCoreApplication.translate("BackupPage", u"Kh\u00f4i ph\u1ee5c b\u1ea3n \u0111\u00e3 ch\u1ecdn\u2026", None))
        self.open_folder_button.setText(QCoreApplication.translate("BackupPage", u"M\u1edf th\u01b0 m\u1ee5c sao l\u01b0u", None))
        self.transfer_button.setText(QCoreApplication.translate("BackupPage", u"Chuy\u1ec3n sang m\u00e1y m\u1edbi\u2026", None))
#if QT_CONFIG(tooltip)
        self.transfer_button.setToolTip(QCoreApplication.translate("BackupPage", u"Ghi to\u00e0n b\u1ed9 v\u00f9ng l\u00e0m vi\u1ec7c ra m\u1ed9t t\u1ec7p \u0111\u1ec3 kh\u00f4i ph\u1ee5c tr\u00ean m\u00e1y t\u00ednh kh\u00e1c", None))
#endif // QT_CONFIG(tooltip)
        self.restore_note_label.setText(QCoreApplication.translate("BackupPage", u"Khi kh\u00f4i ph\u1ee5c, d\u1eef li\u1ec7u hi\u1ec7n t\u1ea1i \u0111\u01b0\u1ee3c gi\u1eef l\u1ea1i trong m\u1ed9t th\u01b0 m\u1ee5c b\u00ean c\u1ea1nh (t\u00ean c\u00f3 \u0111u\u00f4i \u201ctruoc-khoi-phuc\u201d), n\u00ean c\u00f3 th\u1ec3 l\u1ea5y l\u1ea1i n\u1ebfu ch\u1ecdn nh\u1ea7m b\u1ea3n sao l\u01b0u.", None))
        pass
    # retranslateUi

