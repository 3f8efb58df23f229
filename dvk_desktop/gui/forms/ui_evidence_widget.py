# Generated from ui/evidence_widget.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_widget.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_EvidenceWidget(object):
    def setupUi(self, EvidenceWidget):
        if not EvidenceWidget.objectName():
            EvidenceWidget.setObjectName(u"EvidenceWidget")
        EvidenceWidget.resize(900, 520)
        EvidenceWidget.setAcceptDrops(True)
        self.main_layout = QHBoxLayout(EvidenceWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_evidence_button = QPushButton(EvidenceWidget)
        self.add_evidence_button.setObjectName(u"add_evidence_button")
        self.add_evidence_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.add_evidence_button)

        self.open_evidence_button = QPushButton(EvidenceWidget)
        self.open_evidence_button.setObjectName(u"open_evidence_button")
        self.open_evidence_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.open_evidence_button)

        self.remove_evidence_button = QPushButton(EvidenceWidget)
        self.remove_evidence_button.setObjectName(u"remove_evidence_button")
        self.remove_evidence_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.remove_evidence_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.list_layout.addLayout(self.buttons_layout)

        self.drop_hint_label = QLabel(EvidenceWidget)
        self.drop_hint_label.setObjectName(u"drop_hint_label")
        self.drop_hint_label.setWordWrap(True)
        self.drop_hint_label.setStyleSheet(u"color:#555;")

        self.list_layout.addWidget(self.drop_hint_label)

        self.thumbs_list = QListWidget(EvidenceWidget)
        self.thumbs_list.setObjectName(u"thumbs_list")
        self.thumbs_list.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs_list.setIconSize(QSize(128, 96))
        self.thumbs_list.setGridSize(QSize(150, 140))
        self.thumbs_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbs_list.setMovement(QListView.Movement.Static)
        self.thumbs_list.setWordWrap(True)
        self.thumbs_list.setUniformItemSizes(True)

        self.list_layout.addWidget(self.thumbs_list)


        self.main_layout.addLayout(self.list_layout)

        self.details_group = QGroupBox(EvidenceWidget)
        self.details_group.setObjectName(u"details_group")
        self.details_group.setMinimumSize(QSize(260, 0))
        self.details_group.setMaximumSize(QSize(300, 16777215))
        self.details_layout = QVBoxLayout(self.details_group)
        self.details_layout.setObjectName(u"details_layout")
        self.file_name_label = QLabel(self.details_group)
        self.file_name_label.setObjectName(u"file_name_label")
        self.file_name_label.setText(u"")
        self.file_name_label.setWordWrap(True)

        self.details_layout.addWidget(self.file_name_label)

        self.caption_label = QLabel(self.details_group)
        self.caption_label.setObjectName(u"caption_label")

        self.details_layout.addWidget(self.caption_label)

        self.caption_edit = QLineEdit(self.details_group)
        self.caption_edit.setObjectName(u"caption_edit")

        self.details_layout.addWidget(self.caption_edit)

        self.taken_on_label = QLabel(self.details_group)
        self.taken_on_label.setObjectName(u"taken_on_label")

        self.details_layout.addWidget(self.taken_on_label)

        self.taken_on_edit = QLineEdit(self.details_group)
        self.taken_on_edit.setObjectName(u"taken_on_edit")
        self.taken_on_edit.setPlaceholderText(u"dd/mm/yyyy")

        self.details_layout.addWidget(self.taken_on_edit)

        self.exif_hint_label = QLabel(self.details_group)
        self.exif_hint_label.setObjectName(u"exif_hint_label")
        self.exif_hint_label.setText(u"")
        self.exif_hint_label.setWordWrap(True)
        self.exif_hint_label.setStyleSheet(u"color:#555;")

        self.details_layout.addWidget(self.exif_hint_label)

        self.save_evidence_button = QPushButton(self.details_group)
        self.save_evidence_button.setObjectName(u"save_evidence_button")
        self.save_evidence_button.setAutoDefault(False)

        self.details_layout.addWidget(self.save_evidence_button)

        self.details_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_spacer)

        self.limit_label = QLabel(self.details_group)
        self.limit_label.setObjectName(u"limit_label")
        self.limit_label.setText(u"")
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet(u"color:#555;")

        self.details_layout.addWidget(self.limit_label)


        self.main_layout.addWidget(self.details_group)

#if QT_CONFIG(shortcut)
        self.caption_label.setBuddy(self.caption_edit)
        self.taken_on_label.setBuddy(self.taken_on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidenceWidget)

        QMetaObject.connectSlotsByName(EvidenceWidget)
    # setupUi

    def retranslateUi(self, EvidenceWidget):
        self.add_evidence_button.setText(QCoreApplication.translate("EvidenceWidget", u"Th\u00eam t\u1ec7p\u2026", None))
        self.open_evidence_button.setText(QCoreApplication.translate("EvidenceWidget", u"M\u1edf b\u1eb1ng ch\u01b0\u01a1ng tr\u00ecnh xem", None))
        self.remove_evidence_button.setText(QCoreApplication.translate("EvidenceWidget", u"G\u1ee1 b\u1ecf", None))
        self.drop_hint_label.setText(QCoreApplication.translate("EvidenceWidget", u"K\u00e9o th\u1ea3 \u1ea3nh, bi\u00ean b\u1ea3n, danh s\u00e1ch v\u00e0o \u0111\u00e2y \u0111\u1ec3 th\u00eam minh ch\u1ee9ng.", None))
#if QT_CONFIG(accessibility)
        self.thumbs_list.setAccessibleName(QCoreApplication.translate("EvidenceWidget", u"Danh s\u00e1ch minh ch\u1ee9ng", None))
#endif // QT_CONFIG(accessibility)
        self.details_group.setTitle(QCoreApplication.translate("EvidenceWidget", u"Minh ch\u1ee9ng \u0111ang ch\u1ecdn", None))
        self.caption_label.setText(QCoreApplication.translate("EvidenceWidget", u"&Ch\u00fa th\u00edch:", None))
        self.taken_on_label.setText(QCoreApplication.translate("EvidenceWidget", u"&Ng\u00e0y ch\u1ee5p / ng\u00e0y l\u1eadp:", None))
        self.save_evidence_button.setText(QCoreApplication.translate("EvidenceWidget", u"L\u01b0u ch\u00fa th\u00edch", None))
        pass
    # retranslateUi

