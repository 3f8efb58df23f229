"""An administrator's change on another PC applies to a signed-in clerk at the next action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from dvk_desktop.domain.office import Action, Role
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import Status
from dvk_desktop.services import access, evaluations, review
from dvk_desktop.services.access import AccessDeniedError, AccountLockedError
from dvk_desktop.storage.models import DvkModel, OfficeUser
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace
from tests.reports.bulk import insert_models

PASSWORD = "Mật khẩu 2026"
FIRST = "10000000-0000-4000-8000-000001000000"
FULL = {"sang_tao": 18, "hieu_qua": 30, "huy_dong": 18, "ben_vung": 12, "ho_so": 8}


@pytest.fixture
def two_pcs(
    tmp_path: Path, new_workspace: Callable[..., WorkspaceHandle]
) -> Iterator[tuple[WorkspaceHandle, WorkspaceHandle]]:
    """Lan (reviewer) signed in on her PC; the administrator's PC on the same database."""
    lan = new_workspace(tmp_path / "tinh", unit_code="01")
    insert_models(lan, 1, units=["00070"])
    with lan.engine.begin() as conn:
        conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
    access.add_user(lan, "quan.tri", PASSWORD, [Role.ADMIN])
    access.sign_in(lan, "quan.tri", PASSWORD)
    access.add_user(lan, "lan", PASSWORD, [Role.REVIEWER])
    access.sign_in(lan, "lan", PASSWORD)
    admin = open_workspace(tmp_path / "tinh")
    yield lan, admin
    access.sign_out()
    admin.close()


def _admin_sets(admin: WorkspaceHandle, **values: object) -> None:
    # The administrator's PC is another process (its own sign-in); here its write to the row.
    with admin.sessions() as session, session.begin():
        row = session.scalars(select(OfficeUser).where(OfficeUser.name == "lan")).one()
        for key, value in values.items():
            setattr(row, key, value)


def test_a_user_disabled_elsewhere_is_refused_at_the_next_action(
    two_pcs: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    lan, admin = two_pcs
    review.set_review(lan, FIRST, ReviewState.RECEIVED)
    _admin_sets(admin, active=False)
    with pytest.raises(AccountLockedError) as caught:
        review.set_review(lan, FIRST, ReviewState.ACCEPTED)
    assert caught.value.name == "lan" and "đã bị khóa" in caught.value.message
    assert [e.state for e in review.review_history(admin, FIRST)] == [ReviewState.RECEIVED]
    assert access.refusal(lan, Action.REVIEW) == caught.value.message
    with pytest.raises(AccountLockedError):  # nor may she change her own password
        access.set_password(lan, "lan", "Mật khẩu mới 2026")


def test_a_role_changed_elsewhere_applies_at_once(
    two_pcs: tuple[WorkspaceHandle, WorkspaceHandle],
) -> None:
    lan, admin = two_pcs
    review.set_review(lan, FIRST, ReviewState.ACCEPTED)
    _admin_sets(admin, roles=Role.COUNCIL.value)
    with pytest.raises(AccessDeniedError, match="thành viên hội đồng") as caught:
        review.set_review(lan, FIRST, ReviewState.NOT_ACCEPTED, comment="Thiếu hồ sơ")
    assert not isinstance(caught.value, AccountLockedError)
    sheet = evaluations.score_model(lan, FIRST, "Lan", FULL, evaluated_on=dt.date(2026, 11, 5))
    assert sheet.total == 86
