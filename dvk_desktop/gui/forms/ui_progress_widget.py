# Generated from ui/progress_widget.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_widget.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTextBrowser, QTreeWidget, QVBoxLayout

class Ui_ProgressWidget(object):
    def setupUi(self, ProgressWidget):
        if not ProgressWidget.objectName():
            ProgressWidget.setObjectName(u"ProgressWidget")
        ProgressWidget.resize(900, 520)
        self.main_layout = QVBoxLayout(ProgressWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_report_button = QPushButton(ProgressWidget)
        self.add_report_button.setObjectName(u"add_report_button")
        self.add_report_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.add_report_button)

        self.edit_report_button = QPushButton(ProgressWidget)
        self.edit_report_button.setObjectName(u"edit_report_button")
        self.edit_report_button.setEnabled(False)
        self.edit_report_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.edit_report_button)

        self.delete_report_button = QPushButton(ProgressWidget)
        self.delete_report_button.setObjectName(u"delete_report_button")
        self.delete_report_button.setEnabled(False)
        self.delete_report_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.delete_report_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.summary_label = QLabel(ProgressWidget)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.buttons_layout.addWidget(self.summary_label)


        self.main_layout.addLayout(self.buttons_layout)

        self.notes_label = QLabel(ProgressWidget)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setVisible(False)
        self.notes_label.setText(u"")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(u"color:#664d03;background:#fff3cd;padding:4px;border-radius:3px;")

        self.main_layout.addWidget(self.notes_label)

        self.splitter = QSplitter(ProgressWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.timeline_tree = QTreeWidget(self.splitter)
        self.timeline_tree.setObjectName(u"timeline_tree")
        self.timeline_tree.setRootIsDecorated(False)
        self.timeline_tree.setAlternatingRowColors(True)
        self.splitter.addWidget(self.timeline_tree)
        self.detail_browser = QTextBrowser(self.splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        self.splitter.addWidget(self.detail_browser)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(ProgressWidget)

        QMetaObject.connectSlotsByName(ProgressWidget)
    # setupUi

    def retranslateUi(self, ProgressWidget):
        self.add_report_button.setText(QCoreApplication.translate("ProgressWidget", u"Th\u00eam b\u00e1o c\u00e1o ti\u1ebfn \u0111\u1ed9\u2026", None))
        self.edit_report_button.setText(QCoreApplication.translate("ProgressWidget", u"S\u1eeda b\u00e1o c\u00e1o\u2026", None))
        self.delete_report_button.setText(QCoreApplication.translate("ProgressWidget", u"X\u00f3a b\u00e1o c\u00e1o", None))
        ___qtreewidgetitem = self.timeline_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ProgressWidget", u"Minh ch\u1ee9ng", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ProgressWidget", u"S\u1ed1 li\u1ec7u th\u1ef1c hi\u1ec7n", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ProgressWidget", u"Vi\u1ec7c \u0111\u00e3 l\u00e0m", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ProgressWidget", u"K\u1ef3 b\u00e1o c\u00e1o", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ProgressWidget", u"Ng\u00e0y", None))
#if QT_CONFIG(accessibility)
        self.timeline_tree.setAccessibleName(QCoreApplication.translate("ProgressWidget", u"D\u00f2ng th\u1eddi gian ti\u1ebfn \u0111\u1ed9", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

