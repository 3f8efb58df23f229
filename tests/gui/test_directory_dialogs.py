"""The "Thêm…" buttons of the editor's pickers: add a village, an organisation, a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dvk_desktop.domain.vocab import OrgType
from dvk_desktop.services import directory
from tests.gui.conftest import type_text


def _ok(dialog):  # type: ignore[no-untyped-def]
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


def test_add_village_from_the_editor_selects_it(qtbot, window, workspace):
    editor = window.open_editor(None)
    qtbot.mouseClick(editor.add_buttons["village_combo"], Qt.MouseButton.LeftButton)
    dialog = editor.add_dialog
    assert dialog.isVisible()
    dialog.ui.kind_combo.setCurrentText("tổ dân phố")
    type_text(qtbot, dialog.ui.name_edit, "Tổ dân phố Hòa Mỹ")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert editor.ui.village_combo.currentText() == "Tổ dân phố Hòa Mỹ"
    assert "Tổ dân phố Hòa Mỹ" in [v.label for v in directory.villages(workspace)]
    filters = window.model_page.ui.village_combo
    assert filters.findText("Tổ dân phố Hòa Mỹ") >= 0  # the list's filter follows


def test_add_village_twice_is_refused_inside_the_dialog(qtbot, window, workspace):
    existing = directory.villages(workspace)[0].label
    editor = window.open_editor(None)
    qtbot.mouseClick(editor.add_buttons["village_combo"], Qt.MouseButton.LeftButton)
    dialog = editor.add_dialog
    type_text(qtbot, dialog.ui.name_edit, existing)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.error_label.isVisible()
    assert "đã có" in dialog.ui.error_label.text()
    dialog.reject()


def test_add_organisation_with_its_type(qtbot, window, workspace):
    editor = window.open_editor(None)
    qtbot.mouseClick(editor.add_buttons["owner_combo"], Qt.MouseButton.LeftButton)
    dialog = editor.add_dialog
    type_text(qtbot, dialog.ui.name_edit, "Chi hội Cựu chiến binh thôn Đông")
    dialog.ui.type_combo.setCurrentIndex(dialog.ui.type_combo.findData(OrgType.VETERANS.value))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert editor.ui.owner_combo.currentText().startswith("Chi hội Cựu chiến binh thôn Đông")
    coordinators = editor.ui.coordinators_list
    labels = [coordinators.item(i).text() for i in range(coordinators.count())]
    assert any(label.startswith("Chi hội Cựu chiến binh thôn Đông") for label in labels)
    choice = next(c for c in directory.organisations(workspace) if "Cựu chiến binh" in c.label)
    with workspace.sessions() as session:
        from dvk_desktop.storage.models import Organisation

        org = directory.by_uuid(session, Organisation, choice.uuid, "tổ chức")
        assert org is not None and org.org_type == OrgType.VETERANS.value


def test_add_person_offers_them_as_holder_and_lead(qtbot, window, workspace):
    editor = window.open_editor(None)
    qtbot.mouseClick(editor.add_buttons["lead_combo"], Qt.MouseButton.LeftButton)
    dialog = editor.add_dialog
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # no name yet
    assert "Chưa nhập họ và tên" in dialog.ui.error_label.text()
    type_text(qtbot, dialog.ui.name_edit, "Lê Thị Hồng")
    type_text(qtbot, dialog.ui.position_edit, "Chi hội trưởng Phụ nữ")
    dialog.ui.birth_year_spin.setValue(1978)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert editor.ui.lead_combo.currentText().startswith("Lê Thị Hồng")
    assert editor.ui.holder_combo.findData(editor.ui.lead_combo.currentData()) > 0
    assert editor.ui.holder_combo.currentData() is None  # only the clicked picker changes


def test_add_person_form_starts_without_birth_year_gender_or_error(qtbot, window):
    editor = window.open_editor(None)
    dialog = editor.open_add_dialog("person", editor.ui.lead_combo)
    ui = dialog.ui
    assert ui.birth_year_spin.text() == "— Không ghi —"
    assert ui.gender_combo.currentData() is None
    assert not ui.error_label.isVisible()
    assert _ok(dialog).text() == "Thêm"
    dialog.reject()


def test_village_kinds_read_in_english_and_are_stored_as_the_commune_writes_them(
    qtbot, english, window, workspace
):
    from dvk_desktop.storage.models import Unit

    editor = window.open_editor(None)
    qtbot.mouseClick(editor.add_buttons["village_combo"], Qt.MouseButton.LeftButton)
    dialog = editor.add_dialog
    combo = dialog.ui.kind_combo
    kinds = [combo.itemText(i) for i in range(combo.count())]
    assert kinds[:2] == ["thôn (village)", "tổ dân phố (residential group)"]
    combo.setCurrentIndex(1)
    type_text(qtbot, dialog.ui.name_edit, "Tổ dân phố Hòa Mỹ")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with workspace.sessions() as session:
        [unit] = [u for u in session.query(Unit).all() if u.name == "Tổ dân phố Hòa Mỹ"]
        assert unit.kind == "tổ dân phố"  # data stays Vietnamese
