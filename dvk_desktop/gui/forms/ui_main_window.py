# Generated from ui/main_window.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMenu, QMenuBar, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 740)
        self.action_new_workspace = QAction(MainWindow)
        self.action_new_workspace.setObjectName(u"action_new_workspace")
        self.action_open_workspace = QAction(MainWindow)
        self.action_open_workspace.setObjectName(u"action_open_workspace")
        self.action_backup_now = QAction(MainWindow)
        self.action_backup_now.setObjectName(u"action_backup_now")
        self.action_import_xlsx = QAction(MainWindow)
        self.action_import_xlsx.setObjectName(u"action_import_xlsx")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_new_model = QAction(MainWindow)
        self.action_new_model.setObjectName(u"action_new_model")
        self.action_find = QAction(MainWindow)
        self.action_find.setObjectName(u"action_find")
        self.action_print_forms = QAction(MainWindow)
        self.action_print_forms.setObjectName(u"action_print_forms")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setSpacing(6)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(6, 6, 6, 2)
        self.nav_list = QListWidget(self.central_widget)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMinimumSize(QSize(150, 0))
        self.nav_list.setMaximumSize(QSize(170, 16777215))
        self.nav_list.setSpacing(2)

        self.central_layout.addWidget(self.nav_list)

        self.page_layout = QVBoxLayout()
        self.page_layout.setObjectName(u"page_layout")
        self.backup_banner = QLabel(self.central_widget)
        self.backup_banner.setObjectName(u"backup_banner")
        self.backup_banner.setText(u"")
        self.backup_banner.setWordWrap(True)
        self.backup_banner.setStyleSheet(u"background:#fff3cd;color:#664d03;border:1px solid #ffe69c;padding:6px;border-radius:3px;")

        self.page_layout.addWidget(self.backup_banner)

        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")

        self.page_layout.addWidget(self.page_stack)


        self.central_layout.addLayout(self.page_layout)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_models = QMenu(self.menu_bar)
        self.menu_models.setObjectName(u"menu_models")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_models.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_new_workspace)
        self.menu_file.addAction(self.action_open_workspace)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_backup_now)
        self.menu_file.addAction(self.action_import_xlsx)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_models.addAction(self.action_new_model)
        self.menu_models.addAction(self.action_find)
        self.menu_models.addAction(self.action_print_forms)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"DVK Desktop \u2014 Qu\u1ea3n l\u00fd m\u00f4 h\u00ecnh \u201cD\u00e2n v\u1eadn kh\u00e9o\u201d", None))
        self.action_new_workspace.setText(QCoreApplication.translate("MainWindow", u"T\u1ea1o v\u00f9ng l\u00e0m vi\u1ec7c m\u1edbi\u2026", None))
        self.action_open_workspace.setText(QCoreApplication.translate("MainWindow", u"M\u1edf v\u00f9ng l\u00e0m vi\u1ec7c\u2026", None))
        self.action_backup_now.setText(QCoreApplication.translate("MainWindow", u"Sao l\u01b0u ngay", None))
        self.action_import_xlsx.setText(QCoreApplication.translate("MainWindow", u"&Nh\u1eadp m\u00f4 h\u00ecnh t\u1eeb b\u1ea3ng t\u00ednh\u2026", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"Tho\u00e1t", None))
        self.action_new_model.setText(QCoreApplication.translate("MainWindow", u"M\u00f4 h\u00ecnh m\u1edbi", None))
        self.action_find.setText(QCoreApplication.translate("MainWindow", u"T\u00ecm ki\u1ebfm", None))
        self.action_print_forms.setText(QCoreApplication.translate("MainWindow", u"In phi\u1ebfu \u0111\u0103ng k\u00fd c\u00e1c m\u00f4 h\u00ecnh \u0111\u00e3 ch\u1ecdn", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"Gi\u1edbi thi\u1ec7u DVK Desktop", None))
#if QT_CONFIG(accessibility)
        self.nav_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Chuy\u1ec3n trang", None))
#endif // QT_CONFIG(accessibility)
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&T\u1ec7p", None))
        self.menu_models.setTitle(QCoreApplication.translate("MainWindow", u"&M\u00f4 h\u00ecnh", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"Tr\u1ee3 &gi\u00fap", None))
    # retranslateUi

