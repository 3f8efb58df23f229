"""A clerk disabled on another PC while signed in is told at the next action; signs in again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select, update

from dvk_desktop.domain.vocab import Status
from dvk_desktop.gui.errors import open_error_dialogs
from dvk_desktop.services import access, review
from dvk_desktop.storage.models import DvkModel, OfficeUser
from dvk_desktop.storage.workspace import open_workspace
from tests.gui.conftest import open_window
from tests.gui.test_office_users import PASSWORD, _answer_sign_in, _office
from tests.reports.bulk import insert_models

FIRST = "10000000-0000-4000-8000-000001000000"


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    yield
    access.sign_out()


def test_a_reviewer_disabled_elsewhere_is_told_and_signs_in_again(qtbot, tmp_path: Path) -> None:
    handle = _office(tmp_path / "tinh")
    insert_models(handle, 1, units=["00070"])
    with handle.engine.begin() as conn:
        conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
    seen: list[str] = []
    _answer_sign_in([("tham.dinh", PASSWORD)], seen)
    window = open_window(qtbot, handle)
    window.show_page("review")
    page = window.review_page
    page.set_checked([FIRST])
    assert page.apply_button.isEnabled()  # signed in as a reviewer, the button is usable
    admin_pc = open_workspace(tmp_path / "tinh")  # the administrator disables her meanwhile
    with admin_pc.sessions() as session, session.begin():
        session.scalars(
            select(OfficeUser).where(OfficeUser.name == "tham.dinh")
        ).one().active = False
    admin_pc.close()
    page.apply()
    qtbot.waitUntil(lambda: bool(open_error_dialogs()), timeout=5000)
    dialog = open_error_dialogs()[-1]
    assert dialog.ui.message_label.text().startswith("Tài khoản của bạn đã bị khóa")
    assert review.review_history(handle, FIRST) == []  # nothing was saved
    _answer_sign_in([("quan.tri", PASSWORD)], seen)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    label = window.findChild(QLabel, "office_user_label")
    assert label.text() == "Người dùng: quan.tri (quản trị)"
