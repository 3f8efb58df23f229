"""A package refused only for its revoked key: an administrator accepts that one, with a reason."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from dvk_desktop.domain.office import Role
from dvk_desktop.domain.vocab import ImportOutcome
from dvk_desktop.gui.dialogs.accept_revoked import AcceptRevokedDialog
from dvk_desktop.services import access, trust
from dvk_desktop.storage.models import AuditEntry
from tests.gui.conftest import open_window
from tests.upper import Office, build_office, copy_office, packages

PASSWORD = "mật khẩu đủ dài 2026"
REASON = "Gói gửi trước khi mất máy, đã đối chiếu qua điện thoại"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    office = build_office(tmp_path_factory.mktemp("revoked") / "o", 1)
    with office.province() as handle, handle.sessions() as session, session.begin():
        trust.revoke(session, office.codes[0], reason="Máy tính xã bị mất")
    return office


@pytest.fixture
def office(template: Office, tmp_path: Path) -> Iterator[Office]:
    yield copy_office(template, tmp_path / "o")
    access.sign_out()  # the sign-in is per process: never leak into the next test


def _answer(reason: str, seen: list[str]) -> None:
    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AcceptRevokedDialog):
            seen.append(str(dialog.accept_button.isEnabled()))
            dialog.reason_edit.setPlainText(reason)
            seen.append(str(dialog.accept_button.isEnabled()))
            dialog.accept_button.click()
            return
        if tries < 2000:
            QTimer.singleShot(25, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


def test_an_administrator_accepts_the_one_package_and_it_imports(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    handle = office.province()
    try:
        window = open_window(qtbot, handle)
        window.show_page("inbox")
        page = window.inbox_page
        (package,) = packages(office)
        with qtbot.waitSignal(page.batch_finished, timeout=60_000):
            page.import_paths([package])
        page.ui.results_table.selectRow(0)
        assert page.results[0].outcome is ImportOutcome.REFUSED
        assert "đã bị thu hồi" in page.ui.results_table.item(0, 4).text()
        assert page.ui.accept_button.isEnabled() and page.ui.accept_button.isVisible()
        assert not page.ui.enrol_button.isVisible()  # in its place: the row stays narrow
        seen: list[str] = []
        _answer(REASON, seen)
        with qtbot.waitSignal(page.batch_finished, timeout=60_000):
            page.ui.accept_button.click()
        assert seen == ["False", "True"]  # no acceptance without a reason
        assert page.results[-1].outcome is ImportOutcome.IMPORTED
        assert window.model_page.table_model.rowCount() > 0
        with handle.readers() as session:
            entry = session.scalars(
                select(AuditEntry).where(AuditEntry.action == trust.ACCEPT_REVOKED)
            ).one()
        assert json.loads(entry.after_json)["reason"] == REASON
    finally:
        handle.close()


def test_only_someone_who_manages_keys_may_accept(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    handle = office.province()
    try:
        access.add_user(handle, "quan.tri", PASSWORD, [Role.ADMIN], full_name="Lê Văn Quản")
        access.sign_in(handle, "quan.tri", PASSWORD)
        access.add_user(handle, "nhap.goi", PASSWORD, [Role.IMPORTER], full_name="Trần Thị Nhập")
        access.sign_out()
        access.sign_in(handle, "nhap.goi", PASSWORD)
        window = open_window(qtbot, handle)
        window.show_page("inbox")
        page = window.inbox_page
        with qtbot.waitSignal(page.batch_finished, timeout=60_000):
            page.import_paths(packages(office))
        page.ui.results_table.selectRow(0)
        assert page.results[0].revoked_package and not page.ui.accept_button.isEnabled()
        assert page.ui.accept_button.toolTip()  # says which role may
        with handle.sessions() as session, session.begin(), pytest.raises(access.AccessDeniedError):
            trust.accept_revoked(session, page.results[0].revoked_package, reason=REASON)
    finally:
        handle.close()
