"""Locks in the editor (banner, change request on save, barred steps, sign-off) and the upper
level's side-by-side dialog, on real workspaces and real packages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from dvk_desktop.domain.ownership import ChangeState
from dvk_desktop.domain.vocab import Status
from dvk_desktop.gui.dialogs.change_request_dialog import ChangeRequestDialog
from dvk_desktop.gui.dialogs.model_editor import ModelEditorDialog
from dvk_desktop.gui.windows.changes_page import ChangesPage
from dvk_desktop.services import change_requests, exchange, locks, models
from dvk_desktop.storage.models import DvkModel
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input
from tests.packaging.exchange import (
    COMMUNE,
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
)

NEW_GOALS = "Lắp thêm 4 camera ở ngõ 12"


def open_editor(qtbot: Any, handle: WorkspaceHandle, uuid: str) -> ModelEditorDialog:
    editor = ModelEditorDialog(handle, uuid)
    qtbot.addWidget(editor, before_close_func=lambda e: e.close_without_saving())
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def recognised_model(handle: WorkspaceHandle) -> str:
    """A model the province recognised (as its decisions package leaves it at the commune)."""
    uuid = models.create_model(handle, complete_input(handle))
    models.change_status(handle, uuid, Status.IMPLEMENTING)
    models.change_status(handle, uuid, Status.PROPOSED)
    with handle.sessions() as session, session.begin():  # what the decisions import writes
        session.execute(
            update(DvkModel).where(DvkModel.uuid == uuid).values(status=Status.RECOGNISED.value)
        )
    return uuid


def test_saving_a_recognised_model_sends_a_change_request(qtbot, workspace) -> None:
    uuid = recognised_model(workspace)
    editor = open_editor(qtbot, workspace, uuid)
    ui = editor.ui
    assert editor.change_banner.isVisible()
    assert "Được công nhận" in editor.change_banner.text()
    assert "yêu cầu thay đổi" in editor.change_banner.text()
    assert not ui.goals_edit.isReadOnly() and ui.save_button.isEnabled()
    assert ui.save_button.text().startswith("Gửi yêu cầu thay đổi")
    stop = next(b for b in editor.status_buttons() if b.objectName() == "status_dung_button")
    assert not stop.isEnabled() and "Cấp trên đã quyết định" in stop.toolTip()
    assert not editor.evidence.ui.remove_evidence_button.isVisibleTo(editor)
    ui.goals_edit.setPlainText(NEW_GOALS)
    assert editor.save() is False  # nothing is edited in place…
    dialog = editor.request_dialog
    assert dialog.isVisible()
    dialog.reason_edit.setPlainText("Mở rộng địa bàn")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(Status.STOPPED.value))
    assert dialog.send()
    # …the registration stays as decided, the request waits, and the editor says so.
    assert models.get_model(workspace, uuid)["goals"] != NEW_GOALS
    assert ui.goals_edit.toPlainText() != NEW_GOALS and not editor.is_dirty()
    [request] = change_requests.requests_of(workspace, uuid)
    assert (request.state, request.reason) == (ChangeState.PENDING, "Mở rộng địa bàn")
    labels = {x.label for x in change_requests.get_change(workspace, request.uuid).lines}
    assert labels == {"Mục tiêu, tiêu chí", "Trạng thái"}
    assert "1 yêu cầu đang chờ" in editor.change_banner.text()
    tabs = ui.tab_widget
    assert tabs.tabText(tabs.indexOf(editor.changes)) == "Yêu cầu thay đổi (1)"
    assert editor.changes.table.item(0, 4).text() == "Chờ cấp trên xem xét"


def test_a_request_that_changes_nothing_is_refused_in_the_dialog(qtbot, workspace) -> None:
    editor = open_editor(qtbot, workspace, recognised_model(workspace))
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    dialog = editor.request_dialog
    assert not dialog.send()
    assert "không thay đổi gì" in dialog.message_label.text() and dialog.isVisible()
    assert change_requests.list_changes(workspace) == []


def test_the_head_signs_off_before_the_model_can_be_proposed(qtbot, workspace) -> None:
    from dvk_desktop.gui.windows.settings_page import SettingsPage

    settings = SettingsPage(workspace)  # the workspace asks for the head's sign-off
    qtbot.addWidget(settings)
    settings.sign_off_check.setChecked(True)
    qtbot.mouseClick(settings.ui.save_settings_button, Qt.MouseButton.LeftButton)
    with workspace.sessions() as session:
        assert locks.sign_off_required(session)
    uuid = models.create_model(workspace, complete_input(workspace))
    models.change_status(workspace, uuid, Status.IMPLEMENTING)
    editor = open_editor(qtbot, workspace, uuid)

    def propose() -> Any:
        return next(b for b in editor.status_buttons() if b.objectName().startswith("status_de_"))

    assert not propose().isEnabled() and "chưa được lãnh đạo" in propose().toolTip()
    assert not editor.change_banner.isVisible()
    button = editor.findChild(type(propose()), "sign_off_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = editor.sign_off_dialog
    assert not dialog.sign() and "họ tên" in dialog.message_label.text()
    dialog.signer_edit.setText("Lê Thị Hạnh")
    dialog.position_edit.setText("Chủ tịch UBND xã")
    assert dialog.sign()
    qtbot.waitUntil(lambda: propose().isEnabled())
    assert editor.locked_reason is not None and "Lê Thị Hạnh" in editor.ui.lock_label.text()
    assert editor.ui.goals_edit.isReadOnly()
    assert "Đã ký duyệt: Lê Thị Hạnh (phiên bản 1)" in editor.ui.status_value_label.text()
    withdraw = editor.findChild(type(propose()), "withdraw_sign_off_button")
    qtbot.mouseClick(withdraw, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.locked_reason is None)
    assert not propose().isEnabled() and not editor.ui.goals_edit.isReadOnly()


@pytest.fixture(scope="module")
def requested(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    """A commune asked to change a proposed model; its package reached the province."""
    ex = build_exchange(tmp_path_factory.mktemp("gui-changes") / "ex")
    with ex.commune() as commune:
        uuid = next(m for m in models_of(commune) if m.name.startswith("Camera")).uuid
        data = models.get_input(commune, uuid)
        data.goals = NEW_GOALS
        change_requests.request_change(
            commune, uuid, data, reason="Mở rộng địa bàn", actor="Trần Văn Tư"
        )
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
    return ex


def models_of(handle: WorkspaceHandle) -> list[Any]:
    from dvk_desktop.storage.queries.models import ModelFilter, list_models

    with handle.sessions() as session:
        return list(list_models(session, ModelFilter()))


@pytest.fixture
def ex(requested: Exchange, tmp_path: Path) -> Exchange:
    return copy_exchange(requested, tmp_path / "ex")


def test_a_province_on_a_write_protected_stick_reads_a_request_but_cannot_judge_it(
    qtbot, requested: Exchange, tmp_path: Path
) -> None:
    import shutil

    from dvk_desktop.storage.workspace import open_workspace
    from tests.gui.locked import write_protected

    with write_protected(tmp_path, lambda ws: shutil.copytree(requested.upper_dir, ws)) as root:
        upper = open_workspace(root)
        try:
            assert upper.read_only
            page = ChangesPage(upper)
            qtbot.addWidget(page)
            page.on_shown()
            dialog = page.list.open_request(0)
            assert dialog is not None and not dialog.can_decide
            assert dialog.accept_button.isHidden() and dialog.reject_button.isHidden()
            assert "khóa ghi" in dialog.verdict_label.text()  # not "waiting for the upper level"
            assert NEW_GOALS in dialog.browser.toPlainText()  # old and new are still shown
            dialog.close()
            # The commune's model itself: the stick's banner, the commune's name in the title.
            uuid = page.list.rows[0].model_uuid
            editor = open_editor(qtbot, upper, uuid)
            assert editor.read_only and "khóa ghi" in editor.read_only_banner.text()
            assert f"{COMMUNE}/" in editor.ui.title_label.text()
            assert not any(b.isEnabled() for b in editor.status_buttons())
            editor.close()
        finally:
            upper.close()


def test_the_province_sees_old_and_new_and_the_commune_sees_the_rejection(qtbot, ex) -> None:
    with ex.upper() as upper:
        page = ChangesPage(upper)
        qtbot.addWidget(page)
        page.on_shown()
        assert page.list.pending() == 1 and "1 yêu cầu" in page.summary_label.text()
        dialog = page.list.open_request(0)
        assert isinstance(dialog, ChangeRequestDialog) and dialog.can_decide
        # Only what the commune changed: the photos its first package brought are not "added".
        [(label, line)] = dialog.rows
        assert (label, line.new) == ("Mục tiêu, tiêu chí", NEW_GOALS)
        assert line.old not in ("", NEW_GOALS)
        shown = dialog.browser.toPlainText()
        assert "Mục tiêu, tiêu chí" in shown and NEW_GOALS in shown and line.old in shown
        assert "Mở rộng địa bàn" in dialog.header_label.text()
        assert not dialog.reject_change() and "lý do" in dialog.message_label.text()
        dialog.comment_edit.setPlainText("Chưa rõ kinh phí cho 4 camera")
        dialog.actor_edit.setText("Nguyễn Văn Bình")
        assert dialog.reject_change()
        assert not dialog.accept_button.isVisible() and "không chấp nhận" in (
            dialog.verdict_label.text()
        )
        assert page.list.pending() == 0
        assert page.list.table.item(0, 5).text() == "Chưa rõ kinh phí cho 4 camera"
        package = exchange.export_package(
            upper, ex.usb, passphrase=UPPER_PASS, kind="decisions", recipient_code=COMMUNE,
            encrypt=False,
        ).path  # fmt: skip
    with ex.commune() as commune:
        result = exchange.import_package(commune, package)
        assert any("Chưa rõ kinh phí" in n for n in result.notes)  # the news of the import
        uuid = next(m for m in models_of(commune) if m.name.startswith("Camera")).uuid
        editor = open_editor(qtbot, commune, uuid)
        history = editor.changes
        assert history.table.item(0, 4).text() == "Cấp trên không chấp nhận"
        assert history.table.item(0, 5).text() == "Chưa rõ kinh phí cho 4 camera"
        shown = history.open_request(0)
        assert shown is not None and not shown.can_decide
        assert "Nguyễn Văn Bình" in shown.verdict_label.text()


def test_accepting_in_the_province_editor_applies_the_commune_change(qtbot, ex) -> None:
    with ex.upper() as upper:
        uuid = next(m for m in models_of(upper) if m.name.startswith("Camera")).uuid
        editor = open_editor(qtbot, upper, uuid)
        assert editor.read_only and editor.ui.goals_edit.isReadOnly()
        dialog = editor.changes.open_request(0)
        assert dialog is not None
        dialog.comment_edit.setPlainText("Đồng ý")
        assert dialog.accept_change()
        qtbot.waitUntil(lambda: editor.ui.goals_edit.toPlainText() == NEW_GOALS)
        assert models.get_model(upper, uuid)["goals"] == NEW_GOALS
        assert editor.changes.table.item(0, 4).text() == "Cấp trên đã chấp nhận"


def test_the_province_finds_the_requests_in_its_navigation(qtbot, ex) -> None:
    from tests.gui.conftest import open_window

    with ex.upper() as upper:
        window = open_window(qtbot, upper)
        window.show_page("changes")
        page = window.current_page()
        assert isinstance(page, ChangesPage) and page.list.pending() == 1
        page.list.model_button.click()
        editor = window.editors[page.list.rows[0].model_uuid]
        assert editor.read_only and editor.changes.pending() == 1
        editor.close_without_saving()
        qtbot.waitUntil(lambda: not window.editors)  # deleted on close, while the data is open
        window.close()


def test_an_untouched_model_with_sub_topics_out_of_form_order_is_not_changed(
    qtbot, workspace
) -> None:
    from dvk_desktop.domain.vocab import SubTopic

    topics = [SubTopic.DIGITAL, SubTopic.PUBLIC_ORDER]  # the form lists public order first
    uuid = models.create_model(workspace, complete_input(workspace, sub_topics=topics))
    editor = open_editor(qtbot, workspace, uuid)
    assert not editor.is_dirty() and not editor.windowTitle().endswith("*")


def test_the_words_taken_out_and_put_in_are_marked() -> None:
    from dvk_desktop.gui.widgets.word_diff import ADDED, GONE, mark_words

    old, new = mark_words(
        "Lắp 270 bóng đèn <LED>\ntrên đường", "Lắp 300 bóng đèn <LED>\ntrên đường"
    )
    assert old == f"Lắp <span style='{GONE}'>270</span> bóng đèn &lt;LED&gt;<br>trên đường"
    assert new == f"Lắp <span style='{ADDED}'>300</span> bóng đèn &lt;LED&gt;<br>trên đường"
    assert mark_words("", "Mới hoàn toàn") == ("", "Mới hoàn toàn")
    old, new = mark_words("Lắp 270 bóng đèn", "Lắp thêm 4 camera")  # one run, not word by word
    assert old == f"Lắp <span style='{GONE}'>270 bóng đèn</span>"
    _old, new = mark_words("xã Thăng Bình", "xã Thăng Bình; thôn Hà Bình")
    assert new == f"xã Thăng Bình<span style='{ADDED}'>; thôn Hà Bình</span>"


def test_evidence_the_province_does_not_hold_goes_up_as_added(qtbot, workspace, tmp_path) -> None:
    from dvk_desktop.services.evidence import add_evidence
    from dvk_desktop.storage.models import Workspace

    uuid = recognised_model(workspace)
    with workspace.sessions() as session, session.begin():
        session.execute(update(Workspace).values(parent_unit_code="01"))  # it has a parent
    photo = tmp_path / "anh-sau-cong-nhan.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"anh chup sau khi duoc cong nhan" * 50)
    add_evidence(workspace, uuid, photo, caption="Ảnh sau công nhận")
    editor = open_editor(qtbot, workspace, uuid)
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    dialog = editor.request_dialog
    assert "Ảnh sau công nhận" in dialog.findChild(type(dialog.message_label), "added_label").text()
    assert dialog.evidence_list.count() == 0  # not offered for removal: it is the news
    assert dialog.send()
    [request] = change_requests.requests_of(workspace, uuid)
    lines = change_requests.get_change(workspace, request.uuid).lines
    assert [(x.label, x.new) for x in lines] == [
        ("Minh chứng thêm", "anh-sau-cong-nhan.jpg (Ảnh sau công nhận)")
    ]


def test_a_signed_off_or_recognised_dossier_offers_no_plain_evidence_removal(
    qtbot, workspace, tmp_path
) -> None:
    from PySide6.QtWidgets import QApplication

    from dvk_desktop.gui.errors import ErrorDialog
    from dvk_desktop.services import editor_locks, evidence

    uuid = models.create_model(workspace, complete_input(workspace))
    (tmp_path / "anh.jpg").write_bytes(b"anh hien truong")
    evidence.add_evidence(workspace, uuid, tmp_path / "anh.jpg")
    editor_locks.sign_off(workspace, uuid, signer="Lê Thị Hạnh")
    editor = open_editor(qtbot, workspace, uuid)
    remove = editor.evidence.ui.remove_evidence_button
    assert remove.isHidden()  # hidden, not merely on a tab out of view
    # Had the button been reached anyway (an older layout), the core refuses and says why.
    editor.evidence.ui.thumbs_list.setCurrentRow(0)
    remove.click()
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]
    text = dialog.ui.message_label.text()
    assert "Lê Thị Hạnh ký duyệt" in text and "dvk " not in text
    dialog.close()
    assert [e.original_name for e in evidence.list_evidence(workspace, uuid)] == ["anh.jpg"]
    editor_locks.withdraw_sign_off(workspace, uuid, actor="Lê Thị Hạnh")
    editor.close_without_saving()
    editor = open_editor(qtbot, workspace, uuid)
    assert not editor.evidence.ui.remove_evidence_button.isHidden()


def test_a_recognised_dossier_error_hint_names_no_command(qtbot, workspace, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from dvk_desktop.gui.errors import ErrorDialog
    from dvk_desktop.services import evidence

    uuid = recognised_model(workspace)
    (tmp_path / "anh.jpg").write_bytes(b"anh hien truong")
    evidence.add_evidence(workspace, uuid, tmp_path / "anh.jpg")
    editor = open_editor(qtbot, workspace, uuid)
    assert editor.evidence.ui.remove_evidence_button.isHidden()
    editor.evidence.ui.thumbs_list.setCurrentRow(0)
    editor.evidence.ui.remove_evidence_button.click()
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]
    text = dialog.ui.message_label.text()
    assert "yêu cầu thay đổi" in text and "dvk " not in text
    assert "Gửi yêu cầu thay đổi" in text
    dialog.close()


def test_the_side_by_side_view_reads_in_english(qtbot, english, ex) -> None:
    from dvk_desktop.domain.ownership import diff
    from dvk_desktop.gui.i18n import core

    with ex.upper() as upper:
        page = ChangesPage(upper)
        qtbot.addWidget(page)
        page.on_shown()
        dialog = page.list.open_request(0)
        [(label, line)] = dialog.rows
        assert (label, line.new) == ("Goals, criteria", NEW_GOALS)
        assert "Goals, criteria" in dialog.browser.toPlainText()
    # An indicator's line and the registration's labels, as the dialog renders them.
    base = {
        "model_type": "tap_the",
        "indicators": [{"code": "CAMERA", "name": "Camera", "unit": "cái", "target": "24"}],
    }
    proposed = {
        "model_type": "ca_nhan",
        "indicators": [
            {"code": "CAMERA", "name": "Camera", "unit": "cái", "target": "30", "actual": "12"}
        ],
    }
    shown = [(core(x.label), core(x.old), core(x.new)) for x in diff(base, proposed)]
    assert shown[0][0] == "Model type"
    assert shown[1][1:] == ("Camera: target 24 cái", "Camera: target 30 cái, achieved 12")


def test_the_sign_off_lock_is_said_in_english_too(qtbot, workspace, english) -> None:
    from dvk_desktop.services import editor_locks

    uuid = models.create_model(workspace, complete_input(workspace))
    editor_locks.sign_off(workspace, uuid, signer="Lê Thị Hạnh")
    editor = open_editor(qtbot, workspace, uuid)
    text = editor.ui.lock_label.text()
    # Was the Vietnamese "Bản đăng ký phiên bản 1 đã được … ký duyệt" in the English window.
    assert text.startswith("Version 1 of the registration was signed off by Lê Thị Hạnh"), text
    editor.close_without_saving()
