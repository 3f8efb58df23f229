# Generated from ui/model_editor_dialog.ui by ui/compile.py (pyside6-uic): do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'model_editor_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QToolButton, QVBoxLayout, QWidget

class Ui_ModelEditorDialog(object):
    def setupUi(self, ModelEditorDialog):
        if not ModelEditorDialog.objectName():
            ModelEditorDialog.setObjectName(u"ModelEditorDialog")
        ModelEditorDialog.resize(1260, 690)
        self.main_layout = QVBoxLayout(ModelEditorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(ModelEditorDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setStyleSheet(u"font-weight:bold;font-size:13pt;")
        self.title_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.title_label.sizePolicy().hasHeightForWidth())
        self.title_label.setSizePolicy(sizePolicy)

        self.main_layout.addWidget(self.title_label)

        self.draft_banner = QFrame(ModelEditorDialog)
        self.draft_banner.setObjectName(u"draft_banner")
        self.draft_banner.setStyleSheet(u"QFrame#draft_banner{background:#fff3cd;border:1px solid #ffe69c;border-radius:3px;}")
        self.draft_banner_layout = QHBoxLayout(self.draft_banner)
        self.draft_banner_layout.setObjectName(u"draft_banner_layout")
        self.draft_banner_layout.setContentsMargins(-1, 3, -1, 3)
        self.draft_banner_label = QLabel(self.draft_banner)
        self.draft_banner_label.setObjectName(u"draft_banner_label")
        self.draft_banner_label.setText(u"")
        self.draft_banner_label.setWordWrap(True)

        self.draft_banner_layout.addWidget(self.draft_banner_label)

        self.restore_draft_button = QPushButton(self.draft_banner)
        self.restore_draft_button.setObjectName(u"restore_draft_button")
        self.restore_draft_button.setAutoDefault(False)

        self.draft_banner_layout.addWidget(self.restore_draft_button)

        self.discard_draft_button = QPushButton(self.draft_banner)
        self.discard_draft_button.setObjectName(u"discard_draft_button")
        self.discard_draft_button.setAutoDefault(False)

        self.draft_banner_layout.addWidget(self.discard_draft_button)


        self.main_layout.addWidget(self.draft_banner)

        self.lock_label = QLabel(ModelEditorDialog)
        self.lock_label.setObjectName(u"lock_label")
        self.lock_label.setVisible(False)
        self.lock_label.setText(u"")
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet(u"color:#41464b;background:#e2e3e5;padding:6px;border-radius:3px;")

        self.main_layout.addWidget(self.lock_label)

        self.body_splitter = QSplitter(ModelEditorDialog)
        self.body_splitter.setObjectName(u"body_splitter")
        self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.tab_widget = QTabWidget(self.body_splitter)
        self.tab_widget.setObjectName(u"tab_widget")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_tab_outer_layout = QVBoxLayout(self.general_tab)
        self.general_tab_outer_layout.setObjectName(u"general_tab_outer_layout")
        self.general_tab_outer_layout.setContentsMargins(0, 0, 0, 0)
        self.general_scroll = QScrollArea(self.general_tab)
        self.general_scroll.setObjectName(u"general_scroll")
        self.general_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.general_scroll.setWidgetResizable(True)
        self.general_contents = QWidget()
        self.general_contents.setObjectName(u"general_contents")
        self.general_layout = QHBoxLayout(self.general_contents)
        self.general_layout.setObjectName(u"general_layout")
        self.general_left_layout = QGridLayout()
        self.general_left_layout.setObjectName(u"general_left_layout")
        self.name_label = QLabel(self.general_contents)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setWordWrap(True)

        self.general_left_layout.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(self.general_contents)
        self.name_edit.setObjectName(u"name_edit")

        self.general_left_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.year_label = QLabel(self.general_contents)
        self.year_label.setObjectName(u"year_label")
        self.year_label.setWordWrap(True)

        self.general_left_layout.addWidget(self.year_label, 1, 0, 1, 1)

        self.year_spin = QSpinBox(self.general_contents)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2009)
        self.year_spin.setMaximum(2100)

        self.general_left_layout.addWidget(self.year_spin, 1, 1, 1, 1)

        self.type_label = QLabel(self.general_contents)
        self.type_label.setObjectName(u"type_label")
        self.type_label.setWordWrap(True)

        self.general_left_layout.addWidget(self.type_label, 2, 0, 1, 1)

        self.type_combo = QComboBox(self.general_contents)
        self.type_combo.setObjectName(u"type_combo")
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(10)

        self.general_left_layout.addWidget(self.type_combo, 2, 1, 1, 1)

        self.field_label = QLabel(self.general_contents)
        self.field_label.setObjectName(u"field_label")
        self.field_label.setWordWrap(True)

        self.general_left_layout.addWidget(self.field_label, 3, 0, 1, 1)

        self.field_combo = QComboBox(self.general_contents)
        self.field_combo.setObjectName(u"field_combo")
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(10)

        self.general_left_layout.addWidget(self.field_combo, 3, 1, 1, 1)

        self.novelty_label = QLabel(self.general_contents)
        self.novelty_label.setObjectName(u"novelty_label")
        self.novelty_label.setWordWrap(True)

        self.general_left_layout.addWidget(self.novelty_label, 4, 0, 1, 1)

        self.novelty_combo = QComboBox(self.general_contents)
        self.novelty_combo.setObjectName(u"novelty_combo")
        self.novelty_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.novelty_combo.setMinimumContentsLength(10)

        self.general_left_layout.addWidget(self.novelty_combo, 4, 1, 1, 1)

        self.continues_label = QLabel(self.general_contents)
        self.continues_label.setObjectName(u"continues_label")
        self.continues_label.setWordWrap(True)

        self.general_left_layout.addWidget(self.continues_label, 5, 0, 1, 1)

        self.continues_combo = QComboBox(self.general_contents)
        self.continues_combo.setObjectName(u"continues_combo")
        self.continues_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.continues_combo.setMinimumContentsLength(10)

        self.general_left_layout.addWidget(self.continues_combo, 5, 1, 1, 1)

        self.replicated_from_label = QLabel(self.general_contents)
        self.replicated_from_label.setObjectName(u"replicated_from_label")
        self.replicated_from_label.setWordWrap(True)

        self.general_left_layout.addWidget(self.replicated_from_label, 6, 0, 1, 1)

        self.replicated_from_edit = QLineEdit(self.general_contents)
        self.replicated_from_edit.setObjectName(u"replicated_from_edit")

        self.general_left_layout.addWidget(self.replicated_from_edit, 6, 1, 1, 1)

        self.subtopics_label = QLabel(self.general_contents)
        self.subtopics_label.setObjectName(u"subtopics_label")
        self.subtopics_label.setWordWrap(True)

        self.general_left_layout.addWidget(self.subtopics_label, 7, 0, 1, 1)

        self.subtopics_list = QListWidget(self.general_contents)
        self.subtopics_list.setObjectName(u"subtopics_list")
        self.subtopics_list.setMaximumSize(QSize(16777215, 130))

        self.general_left_layout.addWidget(self.subtopics_list, 7, 1, 1, 1)


        self.general_layout.addLayout(self.general_left_layout)

        self.general_right_layout = QGridLayout()
        self.general_right_layout.setObjectName(u"general_right_layout")
        self.owner_label = QLabel(self.general_contents)
        self.owner_label.setObjectName(u"owner_label")
        self.owner_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.owner_label, 0, 0, 1, 1)

        self.owner_row_layout = QHBoxLayout()
        self.owner_row_layout.setSpacing(4)
        self.owner_row_layout.setObjectName(u"owner_row_layout")
        self.owner_combo = QComboBox(self.general_contents)
        self.owner_combo.setObjectName(u"owner_combo")
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(10)

        self.owner_row_layout.addWidget(self.owner_combo)

        self.add_org_button = QToolButton(self.general_contents)
        self.add_org_button.setObjectName(u"add_org_button")

        self.owner_row_layout.addWidget(self.add_org_button)

        self.owner_row_layout.setStretch(0, 1)

        self.general_right_layout.addLayout(self.owner_row_layout, 0, 1, 1, 1)

        self.holder_label = QLabel(self.general_contents)
        self.holder_label.setObjectName(u"holder_label")
        self.holder_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.holder_label, 1, 0, 1, 1)

        self.holder_row_layout = QHBoxLayout()
        self.holder_row_layout.setSpacing(4)
        self.holder_row_layout.setObjectName(u"holder_row_layout")
        self.holder_combo = QComboBox(self.general_contents)
        self.holder_combo.setObjectName(u"holder_combo")
        self.holder_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.holder_combo.setMinimumContentsLength(10)

        self.holder_row_layout.addWidget(self.holder_combo)

        self.add_holder_button = QToolButton(self.general_contents)
        self.add_holder_button.setObjectName(u"add_holder_button")

        self.holder_row_layout.addWidget(self.add_holder_button)

        self.holder_row_layout.setStretch(0, 1)

        self.general_right_layout.addLayout(self.holder_row_layout, 1, 1, 1, 1)

        self.lead_label = QLabel(self.general_contents)
        self.lead_label.setObjectName(u"lead_label")
        self.lead_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.lead_label, 2, 0, 1, 1)

        self.lead_row_layout = QHBoxLayout()
        self.lead_row_layout.setSpacing(4)
        self.lead_row_layout.setObjectName(u"lead_row_layout")
        self.lead_combo = QComboBox(self.general_contents)
        self.lead_combo.setObjectName(u"lead_combo")
        self.lead_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lead_combo.setMinimumContentsLength(10)

        self.lead_row_layout.addWidget(self.lead_combo)

        self.add_lead_button = QToolButton(self.general_contents)
        self.add_lead_button.setObjectName(u"add_lead_button")

        self.lead_row_layout.addWidget(self.add_lead_button)

        self.lead_row_layout.setStretch(0, 1)

        self.general_right_layout.addLayout(self.lead_row_layout, 2, 1, 1, 1)

        self.coordinators_label = QLabel(self.general_contents)
        self.coordinators_label.setObjectName(u"coordinators_label")
        self.coordinators_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.coordinators_label, 3, 0, 1, 1)

        self.coordinators_list = QListWidget(self.general_contents)
        self.coordinators_list.setObjectName(u"coordinators_list")
        self.coordinators_list.setMaximumSize(QSize(16777215, 96))

        self.general_right_layout.addWidget(self.coordinators_list, 3, 1, 1, 1)

        self.village_label = QLabel(self.general_contents)
        self.village_label.setObjectName(u"village_label")
        self.village_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.village_label, 4, 0, 1, 1)

        self.village_row_layout = QHBoxLayout()
        self.village_row_layout.setSpacing(4)
        self.village_row_layout.setObjectName(u"village_row_layout")
        self.village_combo = QComboBox(self.general_contents)
        self.village_combo.setObjectName(u"village_combo")
        self.village_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.village_combo.setMinimumContentsLength(10)

        self.village_row_layout.addWidget(self.village_combo)

        self.add_village_button = QToolButton(self.general_contents)
        self.add_village_button.setObjectName(u"add_village_button")

        self.village_row_layout.addWidget(self.add_village_button)

        self.village_row_layout.setStretch(0, 1)

        self.general_right_layout.addLayout(self.village_row_layout, 4, 1, 1, 1)

        self.place_label = QLabel(self.general_contents)
        self.place_label.setObjectName(u"place_label")
        self.place_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.place_label, 5, 0, 1, 1)

        self.place_edit = QLineEdit(self.general_contents)
        self.place_edit.setObjectName(u"place_edit")

        self.general_right_layout.addWidget(self.place_edit, 5, 1, 1, 1)

        self.start_date_label = QLabel(self.general_contents)
        self.start_date_label.setObjectName(u"start_date_label")
        self.start_date_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.start_date_label, 6, 0, 1, 1)

        self.start_date_edit = QLineEdit(self.general_contents)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.general_right_layout.addWidget(self.start_date_edit, 6, 1, 1, 1)

        self.end_date_label = QLabel(self.general_contents)
        self.end_date_label.setObjectName(u"end_date_label")
        self.end_date_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.end_date_label, 7, 0, 1, 1)

        self.end_date_edit = QLineEdit(self.general_contents)
        self.end_date_edit.setObjectName(u"end_date_edit")

        self.general_right_layout.addWidget(self.end_date_edit, 7, 1, 1, 1)

        self.evaluation_date_label = QLabel(self.general_contents)
        self.evaluation_date_label.setObjectName(u"evaluation_date_label")
        self.evaluation_date_label.setWordWrap(True)

        self.general_right_layout.addWidget(self.evaluation_date_label, 8, 0, 1, 1)

        self.evaluation_date_edit = QLineEdit(self.general_contents)
        self.evaluation_date_edit.setObjectName(u"evaluation_date_edit")

        self.general_right_layout.addWidget(self.evaluation_date_edit, 8, 1, 1, 1)


        self.general_layout.addLayout(self.general_right_layout)

        self.general_scroll.setWidget(self.general_contents)

        self.general_tab_outer_layout.addWidget(self.general_scroll)

        self.tab_widget.addTab(self.general_tab, "")
        self.content_tab = QWidget()
        self.content_tab.setObjectName(u"content_tab")
        self.content_tab_outer_layout = QVBoxLayout(self.content_tab)
        self.content_tab_outer_layout.setObjectName(u"content_tab_outer_layout")
        self.content_tab_outer_layout.setContentsMargins(0, 0, 0, 0)
        self.content_scroll = QScrollArea(self.content_tab)
        self.content_scroll.setObjectName(u"content_scroll")
        self.content_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content_scroll.setWidgetResizable(True)
        self.content_contents = QWidget()
        self.content_contents.setObjectName(u"content_contents")
        self.content_layout = QGridLayout(self.content_contents)
        self.content_layout.setObjectName(u"content_layout")
        self.reason_label = QLabel(self.content_contents)
        self.reason_label.setObjectName(u"reason_label")

        self.content_layout.addWidget(self.reason_label, 0, 0, 1, 1)

        self.reason_edit = QPlainTextEdit(self.content_contents)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.content_layout.addWidget(self.reason_edit, 1, 0, 1, 1)

        self.goals_label = QLabel(self.content_contents)
        self.goals_label.setObjectName(u"goals_label")

        self.content_layout.addWidget(self.goals_label, 0, 1, 1, 1)

        self.goals_edit = QPlainTextEdit(self.content_contents)
        self.goals_edit.setObjectName(u"goals_edit")
        self.goals_edit.setTabChangesFocus(True)

        self.content_layout.addWidget(self.goals_edit, 1, 1, 1, 1)

        self.content_label = QLabel(self.content_contents)
        self.content_label.setObjectName(u"content_label")

        self.content_layout.addWidget(self.content_label, 2, 0, 1, 1)

        self.content_edit = QPlainTextEdit(self.content_contents)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setTabChangesFocus(True)

        self.content_layout.addWidget(self.content_edit, 3, 0, 1, 1)

        self.target_group_label = QLabel(self.content_contents)
        self.target_group_label.setObjectName(u"target_group_label")

        self.content_layout.addWidget(self.target_group_label, 2, 1, 1, 1)

        self.target_group_edit = QPlainTextEdit(self.content_contents)
        self.target_group_edit.setObjectName(u"target_group_edit")
        self.target_group_edit.setTabChangesFocus(True)

        self.content_layout.addWidget(self.target_group_edit, 3, 1, 1, 1)

        self.forces_label = QLabel(self.content_contents)
        self.forces_label.setObjectName(u"forces_label")

        self.content_layout.addWidget(self.forces_label, 4, 0, 1, 1)

        self.forces_edit = QPlainTextEdit(self.content_contents)
        self.forces_edit.setObjectName(u"forces_edit")
        self.forces_edit.setTabChangesFocus(True)

        self.content_layout.addWidget(self.forces_edit, 5, 0, 1, 1)

        self.schedule_label = QLabel(self.content_contents)
        self.schedule_label.setObjectName(u"schedule_label")

        self.content_layout.addWidget(self.schedule_label, 4, 1, 1, 1)

        self.schedule_edit = QPlainTextEdit(self.content_contents)
        self.schedule_edit.setObjectName(u"schedule_edit")
        self.schedule_edit.setTabChangesFocus(True)

        self.content_layout.addWidget(self.schedule_edit, 5, 1, 1, 1)

        self.content_scroll.setWidget(self.content_contents)

        self.content_tab_outer_layout.addWidget(self.content_scroll)

        self.tab_widget.addTab(self.content_tab, "")
        self.resources_tab = QWidget()
        self.resources_tab.setObjectName(u"resources_tab")
        self.resources_tab_outer_layout = QVBoxLayout(self.resources_tab)
        self.resources_tab_outer_layout.setObjectName(u"resources_tab_outer_layout")
        self.resources_tab_outer_layout.setContentsMargins(0, 0, 0, 0)
        self.resources_scroll = QScrollArea(self.resources_tab)
        self.resources_scroll.setObjectName(u"resources_scroll")
        self.resources_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.resources_scroll.setWidgetResizable(True)
        self.resources_contents = QWidget()
        self.resources_contents.setObjectName(u"resources_contents")
        self.resources_layout = QVBoxLayout(self.resources_contents)
        self.resources_layout.setObjectName(u"resources_layout")
        self.budget_group = QGroupBox(self.resources_contents)
        self.budget_group.setObjectName(u"budget_group")
        self.budget_layout = QHBoxLayout(self.budget_group)
        self.budget_layout.setObjectName(u"budget_layout")
        self.budget_left_layout = QGridLayout()
        self.budget_left_layout.setObjectName(u"budget_left_layout")
        self.budget_state_label = QLabel(self.budget_group)
        self.budget_state_label.setObjectName(u"budget_state_label")

        self.budget_left_layout.addWidget(self.budget_state_label, 0, 0, 1, 1)

        self.budget_state_edit = QLineEdit(self.budget_group)
        self.budget_state_edit.setObjectName(u"budget_state_edit")

        self.budget_left_layout.addWidget(self.budget_state_edit, 0, 1, 1, 1)

        self.budget_social_label = QLabel(self.budget_group)
        self.budget_social_label.setObjectName(u"budget_social_label")

        self.budget_left_layout.addWidget(self.budget_social_label, 1, 0, 1, 1)

        self.budget_social_edit = QLineEdit(self.budget_group)
        self.budget_social_edit.setObjectName(u"budget_social_edit")

        self.budget_left_layout.addWidget(self.budget_social_edit, 1, 1, 1, 1)

        self.budget_people_label = QLabel(self.budget_group)
        self.budget_people_label.setObjectName(u"budget_people_label")

        self.budget_left_layout.addWidget(self.budget_people_label, 2, 0, 1, 1)

        self.budget_people_edit = QLineEdit(self.budget_group)
        self.budget_people_edit.setObjectName(u"budget_people_edit")

        self.budget_left_layout.addWidget(self.budget_people_edit, 2, 1, 1, 1)


        self.budget_layout.addLayout(self.budget_left_layout)

        self.budget_right_layout = QGridLayout()
        self.budget_right_layout.setObjectName(u"budget_right_layout")
        self.budget_other_label = QLabel(self.budget_group)
        self.budget_other_label.setObjectName(u"budget_other_label")

        self.budget_right_layout.addWidget(self.budget_other_label, 0, 0, 1, 1)

        self.budget_other_edit = QLineEdit(self.budget_group)
        self.budget_other_edit.setObjectName(u"budget_other_edit")

        self.budget_right_layout.addWidget(self.budget_other_edit, 0, 1, 1, 1)

        self.labour_days_label = QLabel(self.budget_group)
        self.labour_days_label.setObjectName(u"labour_days_label")

        self.budget_right_layout.addWidget(self.labour_days_label, 1, 0, 1, 1)

        self.labour_days_spin = QSpinBox(self.budget_group)
        self.labour_days_spin.setObjectName(u"labour_days_spin")
        self.labour_days_spin.setMaximum(10000000)

        self.budget_right_layout.addWidget(self.labour_days_spin, 1, 1, 1, 1)


        self.budget_layout.addLayout(self.budget_right_layout)


        self.resources_layout.addWidget(self.budget_group)

        self.resources_text_layout = QGridLayout()
        self.resources_text_layout.setObjectName(u"resources_text_layout")
        self.other_resources_label = QLabel(self.resources_contents)
        self.other_resources_label.setObjectName(u"other_resources_label")

        self.resources_text_layout.addWidget(self.other_resources_label, 0, 0, 1, 1)

        self.other_resources_edit = QPlainTextEdit(self.resources_contents)
        self.other_resources_edit.setObjectName(u"other_resources_edit")
        self.other_resources_edit.setTabChangesFocus(True)

        self.resources_text_layout.addWidget(self.other_resources_edit, 1, 0, 1, 1)

        self.outputs_label = QLabel(self.resources_contents)
        self.outputs_label.setObjectName(u"outputs_label")

        self.resources_text_layout.addWidget(self.outputs_label, 0, 1, 1, 1)

        self.outputs_edit = QPlainTextEdit(self.resources_contents)
        self.outputs_edit.setObjectName(u"outputs_edit")
        self.outputs_edit.setTabChangesFocus(True)

        self.resources_text_layout.addWidget(self.outputs_edit, 1, 1, 1, 1)

        self.sustainability_label = QLabel(self.resources_contents)
        self.sustainability_label.setObjectName(u"sustainability_label")

        self.resources_text_layout.addWidget(self.sustainability_label, 2, 0, 1, 1)

        self.sustainability_edit = QPlainTextEdit(self.resources_contents)
        self.sustainability_edit.setObjectName(u"sustainability_edit")
        self.sustainability_edit.setTabChangesFocus(True)

        self.resources_text_layout.addWidget(self.sustainability_edit, 3, 0, 1, 1)

        self.note_label = QLabel(self.resources_contents)
        self.note_label.setObjectName(u"note_label")

        self.resources_text_layout.addWidget(self.note_label, 2, 1, 1, 1)

        self.note_edit = QPlainTextEdit(self.resources_contents)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.resources_text_layout.addWidget(self.note_edit, 3, 1, 1, 1)


        self.resources_layout.addLayout(self.resources_text_layout)

        self.resources_scroll.setWidget(self.resources_contents)

        self.resources_tab_outer_layout.addWidget(self.resources_scroll)

        self.tab_widget.addTab(self.resources_tab, "")
        self.indicators_tab = QWidget()
        self.indicators_tab.setObjectName(u"indicators_tab")
        self.indicators_layout = QVBoxLayout(self.indicators_tab)
        self.indicators_layout.setObjectName(u"indicators_layout")
        self.indicator_buttons_layout = QHBoxLayout()
        self.indicator_buttons_layout.setObjectName(u"indicator_buttons_layout")
        self.catalogue_label = QLabel(self.indicators_tab)
        self.catalogue_label.setObjectName(u"catalogue_label")

        self.indicator_buttons_layout.addWidget(self.catalogue_label)

        self.catalogue_combo = QComboBox(self.indicators_tab)
        self.catalogue_combo.setObjectName(u"catalogue_combo")
        self.catalogue_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalogue_combo.setMinimumContentsLength(12)

        self.indicator_buttons_layout.addWidget(self.catalogue_combo)

        self.add_indicator_button = QPushButton(self.indicators_tab)
        self.add_indicator_button.setObjectName(u"add_indicator_button")
        self.add_indicator_button.setAutoDefault(False)

        self.indicator_buttons_layout.addWidget(self.add_indicator_button)

        self.add_custom_button = QPushButton(self.indicators_tab)
        self.add_custom_button.setObjectName(u"add_custom_button")
        self.add_custom_button.setAutoDefault(False)

        self.indicator_buttons_layout.addWidget(self.add_custom_button)

        self.remove_indicator_button = QPushButton(self.indicators_tab)
        self.remove_indicator_button.setObjectName(u"remove_indicator_button")
        self.remove_indicator_button.setAutoDefault(False)

        self.indicator_buttons_layout.addWidget(self.remove_indicator_button)

        self.indicator_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.indicator_buttons_layout.addItem(self.indicator_spacer)

        self.indicator_buttons_layout.setStretch(1, 1)

        self.indicators_layout.addLayout(self.indicator_buttons_layout)

        self.indicators_view = QTableView(self.indicators_tab)
        self.indicators_view.setObjectName(u"indicators_view")
        self.indicators_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicators_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.indicators_layout.addWidget(self.indicators_view)

        self.village_values_label = QLabel(self.indicators_tab)
        self.village_values_label.setObjectName(u"village_values_label")

        self.indicators_layout.addWidget(self.village_values_label)

        self.village_values_view = QTableView(self.indicators_tab)
        self.village_values_view.setObjectName(u"village_values_view")
        self.village_values_view.setMaximumSize(QSize(16777215, 170))

        self.indicators_layout.addWidget(self.village_values_view)

        self.tab_widget.addTab(self.indicators_tab, "")
        self.evidence_tab = QWidget()
        self.evidence_tab.setObjectName(u"evidence_tab")
        self.evidence_container = QVBoxLayout(self.evidence_tab)
        self.evidence_container.setObjectName(u"evidence_container")
        self.evidence_container.setContentsMargins(0, -1, 0, -1)
        self.tab_widget.addTab(self.evidence_tab, "")
        self.progress_tab = QWidget()
        self.progress_tab.setObjectName(u"progress_tab")
        self.progress_container = QVBoxLayout(self.progress_tab)
        self.progress_container.setObjectName(u"progress_container")
        self.progress_container.setContentsMargins(0, -1, 0, -1)
        self.tab_widget.addTab(self.progress_tab, "")
        self.body_splitter.addWidget(self.tab_widget)
        self.side_panel = QWidget(self.body_splitter)
        self.side_panel.setObjectName(u"side_panel")
        self.side_panel.setMinimumSize(QSize(190, 0))
        self.side_layout = QVBoxLayout(self.side_panel)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.status_group = QGroupBox(self.side_panel)
        self.status_group.setObjectName(u"status_group")
        self.status_layout = QVBoxLayout(self.status_group)
        self.status_layout.setObjectName(u"status_layout")
        self.status_value_label = QLabel(self.status_group)
        self.status_value_label.setObjectName(u"status_value_label")
        self.status_value_label.setText(u"")
        self.status_value_label.setWordWrap(True)

        self.status_layout.addWidget(self.status_value_label)

        self.status_buttons_layout = QVBoxLayout()
        self.status_buttons_layout.setObjectName(u"status_buttons_layout")

        self.status_layout.addLayout(self.status_buttons_layout)


        self.side_layout.addWidget(self.status_group)

        self.problems_group = QGroupBox(self.side_panel)
        self.problems_group.setObjectName(u"problems_group")
        self.problems_layout = QVBoxLayout(self.problems_group)
        self.problems_layout.setObjectName(u"problems_layout")
        self.message_label = QLabel(self.problems_group)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color:#842029;background:#f8d7da;padding:4px;border-radius:3px;")

        self.problems_layout.addWidget(self.message_label)

        self.problems_list = QListWidget(self.problems_group)
        self.problems_list.setObjectName(u"problems_list")
        self.problems_list.setWordWrap(True)

        self.problems_layout.addWidget(self.problems_list)


        self.side_layout.addWidget(self.problems_group)

        self.body_splitter.addWidget(self.side_panel)

        self.main_layout.addWidget(self.body_splitter)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.undo_button = QPushButton(ModelEditorDialog)
        self.undo_button.setObjectName(u"undo_button")
        self.undo_button.setAutoDefault(False)

        self.bottom_layout.addWidget(self.undo_button)

        self.redo_button = QPushButton(ModelEditorDialog)
        self.redo_button.setObjectName(u"redo_button")
        self.redo_button.setAutoDefault(False)

        self.bottom_layout.addWidget(self.redo_button)

        self.draft_label = QLabel(ModelEditorDialog)
        self.draft_label.setObjectName(u"draft_label")
        self.draft_label.setText(u"")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.draft_label.sizePolicy().hasHeightForWidth())
        self.draft_label.setSizePolicy(sizePolicy1)

        self.bottom_layout.addWidget(self.draft_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.print_button = QPushButton(ModelEditorDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.bottom_layout.addWidget(self.print_button)

        self.save_button = QPushButton(ModelEditorDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.bottom_layout.addWidget(self.save_button)

        self.close_button = QPushButton(ModelEditorDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.bottom_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.year_label.setBuddy(self.year_spin)
        self.type_label.setBuddy(self.type_combo)
        self.field_label.setBuddy(self.field_combo)
        self.novelty_label.setBuddy(self.novelty_combo)
        self.continues_label.setBuddy(self.continues_combo)
        self.replicated_from_label.setBuddy(self.replicated_from_edit)
        self.subtopics_label.setBuddy(self.subtopics_list)
        self.owner_label.setBuddy(self.owner_combo)
        self.holder_label.setBuddy(self.holder_combo)
        self.lead_label.setBuddy(self.lead_combo)
        self.coordinators_label.setBuddy(self.coordinators_list)
        self.village_label.setBuddy(self.village_combo)
        self.place_label.setBuddy(self.place_edit)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.end_date_label.setBuddy(self.end_date_edit)
        self.evaluation_date_label.setBuddy(self.evaluation_date_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.goals_label.setBuddy(self.goals_edit)
        self.content_label.setBuddy(self.content_edit)
        self.target_group_label.setBuddy(self.target_group_edit)
        self.forces_label.setBuddy(self.forces_edit)
        self.schedule_label.setBuddy(self.schedule_edit)
        self.budget_state_label.setBuddy(self.budget_state_edit)
        self.budget_social_label.setBuddy(self.budget_social_edit)
        self.budget_people_label.setBuddy(self.budget_people_edit)
        self.budget_other_label.setBuddy(self.budget_other_edit)
        self.labour_days_label.setBuddy(self.labour_days_spin)
        self.other_resources_label.setBuddy(self.other_resources_edit)
        self.outputs_label.setBuddy(self.outputs_edit)
        self.sustainability_label.setBuddy(self.sustainability_edit)
        self.note_label.setBuddy(self.note_edit)
        self.catalogue_label.setBuddy(self.catalogue_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ModelEditorDialog)

        QMetaObject.connectSlotsByName(ModelEditorDialog)
    # setupUi

    def retranslateUi(self, ModelEditorDialog):
        ModelEditorDialog.setWindowTitle(QCoreApplication.translate("ModelEditorDialog", u"B\u1ea3n \u0111\u0103ng k\u00fd m\u00f4 h\u00ecnh", None))
        self.restore_draft_button.setText(QCoreApplication.translate("ModelEditorDialog", u"Kh\u00f4i ph\u1ee5c b\u1ea3n nh\u00e1p", None))
        self.discard_draft_button.setText(QCoreApplication.translate("ModelEditorDialog", u"B\u1ecf b\u1ea3n nh\u00e1p", None))
        self.name_label.setText(QCoreApplication.translate("ModelEditorDialog", u"&T\u00ean m\u00f4 h\u00ecnh:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"Ng\u1eafn g\u1ecdn, n\u00eau r\u00f5 vi\u1ec7c l\u00e0m c\u1ee5 th\u1ec3", None))
        self.year_label.setText(QCoreApplication.translate("ModelEditorDialog", u"&N\u0103m \u0111\u0103ng k\u00fd:", None))
        self.type_label.setText(QCoreApplication.translate("ModelEditorDialog", u"&Lo\u1ea1i:", None))
        self.field_label.setText(QCoreApplication.translate("ModelEditorDialog", u"&L\u0129nh v\u1ef1c:", None))
        self.novelty_label.setText(QCoreApplication.translate("ModelEditorDialog", u"&M\u1edbi / duy tr\u00ec:", None))
        self.continues_label.setText(QCoreApplication.translate("ModelEditorDialog", u"M\u00f4 h\u00ecnh n\u0103m &tr\u01b0\u1edbc:", None))
        self.replicated_from_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Nh\u00e2n r\u1ed9ng &t\u1eeb:", None))
        self.replicated_from_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"T\u00ean m\u00f4 h\u00ecnh g\u1ed1c (n\u1ebfu c\u00f3)", None))
        self.subtopics_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ch\u1ee7 \u0111\u1ec1:", None))
        self.owner_label.setText(QCoreApplication.translate("ModelEditorDialog", u"\u0110\u01a1n v\u1ecb &ch\u1ee7 tr\u00ec:", None))
#if QT_CONFIG(tooltip)
        self.add_org_button.setToolTip(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam t\u1ed5 ch\u1ee9c m\u1edbi v\u00e0o danh s\u00e1ch", None))
#endif // QT_CONFIG(tooltip)
        self.add_org_button.setText(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam\u2026", None))
        self.holder_label.setText(QCoreApplication.translate("ModelEditorDialog", u"C\u00e1 nh\u00e2n th\u1ef1c &hi\u1ec7n:", None))
#if QT_CONFIG(tooltip)
        self.add_holder_button.setToolTip(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam ng\u01b0\u1eddi m\u1edbi v\u00e0o danh s\u00e1ch", None))
#endif // QT_CONFIG(tooltip)
        self.add_holder_button.setText(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam\u2026", None))
        self.lead_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ng\u01b0\u1eddi &ph\u1ee5 tr\u00e1ch:", None))
#if QT_CONFIG(tooltip)
        self.add_lead_button.setToolTip(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam ng\u01b0\u1eddi m\u1edbi v\u00e0o danh s\u00e1ch", None))
#endif // QT_CONFIG(tooltip)
        self.add_lead_button.setText(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam\u2026", None))
        self.coordinators_label.setText(QCoreApplication.translate("ModelEditorDialog", u"\u0110\u01a1n v\u1ecb ph\u1ed1i h\u1ee3p:", None))
        self.village_label.setText(QCoreApplication.translate("ModelEditorDialog", u"&Th\u00f4n, t\u1ed5 d\u00e2n ph\u1ed1:", None))
#if QT_CONFIG(tooltip)
        self.add_village_button.setToolTip(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam th\u00f4n, t\u1ed5 d\u00e2n ph\u1ed1 m\u1edbi", None))
#endif // QT_CONFIG(tooltip)
        self.add_village_button.setText(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam\u2026", None))
        self.place_label.setText(QCoreApplication.translate("ModelEditorDialog", u"\u0110\u1ecba &b\u00e0n, \u0111\u1ecba ch\u1ec9:", None))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"V\u00ed d\u1ee5: Th\u00f4n B\u00ecnh Sa, x\u00e3 Th\u0103ng B\u00ecnh", None))
        self.start_date_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ng\u00e0y &b\u1eaft \u0111\u1ea7u:", None))
        self.start_date_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"dd/mm/yyyy", None))
        self.end_date_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ng\u00e0y &k\u1ebft th\u00fac:", None))
        self.end_date_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"dd/mm/yyyy", None))
        self.evaluation_date_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ng\u00e0y \u0111\u00e1nh &gi\u00e1 k\u1ebft qu\u1ea3:", None))
        self.evaluation_date_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"dd/mm/yyyy", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.general_tab), QCoreApplication.translate("ModelEditorDialog", u"Th\u00f4ng tin chung", None))
        self.reason_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Th\u1ef1c tr\u1ea1ng, l\u00fd do x\u00e2y d\u1ef1ng m\u00f4 h\u00ecnh:", None))
        self.goals_label.setText(QCoreApplication.translate("ModelEditorDialog", u"M\u1ee5c ti\u00eau, ti\u00eau ch\u00ed:", None))
        self.content_label.setText(QCoreApplication.translate("ModelEditorDialog", u"N\u1ed9i dung, c\u00e1ch th\u1ee9c th\u1ef1c hi\u1ec7n:", None))
        self.target_group_label.setText(QCoreApplication.translate("ModelEditorDialog", u"\u0110\u1ed1i t\u01b0\u1ee3ng tham gia, h\u01b0\u1edfng l\u1ee3i:", None))
        self.forces_label.setText(QCoreApplication.translate("ModelEditorDialog", u"L\u1ef1c l\u01b0\u1ee3ng th\u1ef1c hi\u1ec7n v\u00e0 vai tr\u00f2:", None))
        self.schedule_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ti\u1ebfn \u0111\u1ed9 th\u1ef1c hi\u1ec7n:", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.content_tab), QCoreApplication.translate("ModelEditorDialog", u"N\u1ed9i dung", None))
        self.budget_group.setTitle(QCoreApplication.translate("ModelEditorDialog", u"Kinh ph\u00ed v\u00e0 ng\u00e0y c\u00f4ng", None))
        self.budget_state_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ng\u00e2n s\u00e1ch nh\u00e0 n\u01b0\u1edbc (\u0111\u1ed3ng):", None))
        self.budget_state_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"0", None))
        self.budget_social_label.setText(QCoreApplication.translate("ModelEditorDialog", u"X\u00e3 h\u1ed9i h\u00f3a (\u0111\u1ed3ng):", None))
        self.budget_social_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"0", None))
        self.budget_people_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Nh\u00e2n d\u00e2n \u0111\u00f3ng g\u00f3p (\u0111\u1ed3ng):", None))
        self.budget_people_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"0", None))
        self.budget_other_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ngu\u1ed3n kh\u00e1c (\u0111\u1ed3ng):", None))
        self.budget_other_edit.setPlaceholderText(QCoreApplication.translate("ModelEditorDialog", u"0", None))
        self.labour_days_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ng\u00e0y c\u00f4ng:", None))
        self.other_resources_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ngu\u1ed3n l\u1ef1c kh\u00e1c (c\u01a1 s\u1edf v\u1eadt ch\u1ea5t, ph\u01b0\u01a1ng ti\u1ec7n):", None))
        self.outputs_label.setText(QCoreApplication.translate("ModelEditorDialog", u"S\u1ea3n ph\u1ea9m, k\u1ebft qu\u1ea3 \u0111\u1ea7u ra ki\u1ec3m ch\u1ee9ng \u0111\u01b0\u1ee3c:", None))
        self.sustainability_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Kh\u1ea3 n\u0103ng duy tr\u00ec, nh\u00e2n r\u1ed9ng:", None))
        self.note_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Ghi ch\u00fa:", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.resources_tab), QCoreApplication.translate("ModelEditorDialog", u"Ngu\u1ed3n l\u1ef1c, k\u1ebft qu\u1ea3", None))
        self.catalogue_label.setText(QCoreApplication.translate("ModelEditorDialog", u"&Danh m\u1ee5c:", None))
        self.add_indicator_button.setText(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam ch\u1ec9 ti\u00eau", None))
        self.add_custom_button.setText(QCoreApplication.translate("ModelEditorDialog", u"Th\u00eam ch\u1ec9 ti\u00eau kh\u00e1c", None))
        self.remove_indicator_button.setText(QCoreApplication.translate("ModelEditorDialog", u"X\u00f3a ch\u1ec9 ti\u00eau", None))
        self.village_values_label.setText(QCoreApplication.translate("ModelEditorDialog", u"Chia theo th\u00f4n, t\u1ed5 d\u00e2n ph\u1ed1 (ch\u1ec9 ti\u00eau \u0111ang ch\u1ecdn):", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.indicators_tab), QCoreApplication.translate("ModelEditorDialog", u"Ch\u1ec9 ti\u00eau", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.evidence_tab), QCoreApplication.translate("ModelEditorDialog", u"Minh ch\u1ee9ng", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.progress_tab), QCoreApplication.translate("ModelEditorDialog", u"Ti\u1ebfn \u0111\u1ed9", None))
        self.status_group.setTitle(QCoreApplication.translate("ModelEditorDialog", u"Tr\u1ea1ng th\u00e1i", None))
        self.problems_group.setTitle(QCoreApplication.translate("ModelEditorDialog", u"C\u1ea7n b\u1ed5 sung tr\u01b0\u1edbc khi g\u1eedi", None))
#if QT_CONFIG(accessibility)
        self.problems_list.setAccessibleName(QCoreApplication.translate("ModelEditorDialog", u"C\u00e1c m\u1ee5c c\u00f2n thi\u1ebfu", None))
#endif // QT_CONFIG(accessibility)
        self.undo_button.setText(QCoreApplication.translate("ModelEditorDialog", u"Ho\u00e0n t\u00e1c (Ctrl+Z)", None))
        self.redo_button.setText(QCoreApplication.translate("ModelEditorDialog", u"L\u00e0m l\u1ea1i (Ctrl+Y)", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ModelEditorDialog", u"In phi\u1ebfu \u0111\u0103ng k\u00fd c\u1ee7a m\u00f4 h\u00ecnh n\u00e0y ra t\u1ec7p PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("ModelEditorDialog", u"In phi\u1ebfu\u2026", None))
        self.save_button.setText(QCoreApplication.translate("ModelEditorDialog", u"L\u01b0u (Ctrl+S)", None))
        self.close_button.setText(QCoreApplication.translate("ModelEditorDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

