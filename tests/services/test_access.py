"""Office users and roles: Argon2id passwords, sign-in, each role's allowed and refused actions."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text, update

from dvk_desktop.domain.office import Action, Role, who_may
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind, Status
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.services import access, evaluations, review
from dvk_desktop.services.access import AccessDeniedError, SignInError
from dvk_desktop.services.decisions import DecisionInput, record_decision
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import AuditEntry, DvkModel, OfficeUser
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.reports.bulk import insert_models

DAY = dt.date(2026, 11, 5)
FULL = {"sang_tao": 18, "hieu_qua": 30, "huy_dong": 18, "ben_vung": 12, "ho_so": 8}
PASSWORD = "Mật khẩu 2026"
URL = os.environ.get("DVK_TEST_POSTGRES_URL", "")


def _ref(n: int) -> str:
    return f"10000000-0000-4000-8000-{1_000_000 + n:012d}"


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    yield
    access.sign_out()  # the sign-in is per process: never leak into the next test


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[WorkspaceHandle]:
    """A province holding four proposed models, on SQLite or on a fresh PostgreSQL database."""
    url, admin, name = None, None, ""
    if request.param == "postgres":
        if not URL:
            pytest.fail("DVK_TEST_POSTGRES_URL is not set: run the tests through wt-test")
        name = f"dvk_test_{uuid.uuid4().hex[:12]}"
        admin = create_engine(URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = URL.replace("/postgres?", f"/{name}?")
    handle = init_workspace(tmp_path / "tinh", unit_code="01", database_url=url)
    insert_models(handle, 4, units=["00070"])
    with handle.engine.begin() as conn:
        conn.execute(update(DvkModel).values(status=Status.PROPOSED.value))
    yield handle
    handle.close()
    if admin is not None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _staff(handle: WorkspaceHandle) -> None:
    """The administrator first (nobody signed in yet), then one user per role."""
    access.add_user(handle, "quan.tri", PASSWORD, [Role.ADMIN], full_name="Trần Văn Quản")
    access.sign_in(handle, "quan.tri", PASSWORD)
    for name, role in (
        ("tiep.nhan", Role.IMPORTER),
        ("lan", Role.REVIEWER),
        ("hoi.dong", Role.COUNCIL),
        ("ky", Role.APPROVER),
    ):
        access.add_user(handle, name, PASSWORD, [role])
    access.sign_out()


def _decision(refs: list[str]) -> DecisionInput:
    return DecisionInput(
        kind=DecisionKind.RECOGNITION, number="7/QĐ-BDV", signed_on=dt.date(2026, 11, 20),
        issuer="Ban Dân vận Tỉnh ủy", model_uuids=refs,
    )  # fmt: skip


def test_a_password_hash_is_argon2id_salted_and_checks_nfc_forms() -> None:
    stored = access.hash_password(PASSWORD)
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert stored != access.hash_password(PASSWORD)  # a fresh salt each time
    assert access.verify_password(stored, unicodedata.normalize("NFD", PASSWORD))
    assert not access.verify_password(stored, "Mật khẩu 2025")
    assert not access.verify_password("$argon2id$v=19$m=99999999,t=2,p=1$AA$AA", PASSWORD)
    assert not access.verify_password("rác", PASSWORD)


def test_without_users_the_local_user_may_do_everything_and_nothing_is_asked(
    office: WorkspaceHandle,
) -> None:
    assert not access.has_users(office)
    assert all(access.allowed(office, a) for a in Action)
    review.set_review(office, _ref(0), ReviewState.ACCEPTED)
    with office.readers() as session:
        actor = session.scalars(select(AuditEntry.actor).where(AuditEntry.action == "review"))
        assert list(actor) != [""]


def test_the_first_user_must_be_an_administrator(office: WorkspaceHandle) -> None:
    with pytest.raises(ValidationError, match="đầu tiên phải có vai trò quản trị"):
        access.add_user(office, "lan", PASSWORD, [Role.REVIEWER])
    with pytest.raises(ValidationError, match="Tên đăng nhập gồm"):
        access.add_user(office, "Lan Nguyễn", PASSWORD, [Role.ADMIN])
    with pytest.raises(ValidationError, match="ít nhất 8 ký tự"):
        access.add_user(office, "lan", "ngan", [Role.ADMIN])
    assert not access.has_users(office)


def test_once_users_exist_every_guarded_action_needs_a_sign_in(office: WorkspaceHandle) -> None:
    _staff(office)
    with pytest.raises(AccessDeniedError, match="cần đăng nhập để thẩm định hồ sơ"):
        review.set_review(office, _ref(0), ReviewState.ACCEPTED)
    with pytest.raises(SignInError, match="Tên đăng nhập hoặc mật khẩu không đúng"):
        access.sign_in(office, "lan", "sai mật khẩu")
    with pytest.raises(SignInError, match="Tên đăng nhập hoặc mật khẩu không đúng"):
        access.sign_in(office, "khong.co", PASSWORD)
    info = access.sign_in(office, " LAN ", PASSWORD)
    assert (info.name, info.roles) == ("lan", (Role.REVIEWER,))


def test_each_role_does_its_own_work_and_is_refused_the_rest(office: WorkspaceHandle) -> None:
    _staff(office)
    access.sign_in(office, "tiep.nhan", PASSWORD)
    with pytest.raises(AccessDeniedError, match="không được chấm điểm") as refused:
        evaluations.score_model(office, _ref(0), "Tiếp Nhận", FULL, evaluated_on=DAY)
    assert refused.value.hint == "Việc này dành cho vai trò thành viên hội đồng."
    with pytest.raises(AccessDeniedError, match="không được thẩm định"):
        review.set_review(office, _ref(0), ReviewState.ACCEPTED)

    access.sign_in(office, "lan", PASSWORD)
    review.set_review(office, _ref(0), ReviewState.ACCEPTED, comment="Đủ hồ sơ")
    with pytest.raises(AccessDeniedError, match="không được ký quyết định công nhận") as refused:
        record_decision(office, _decision([_ref(0)]))
    assert refused.value.hint == f"Việc này dành cho {who_may(Action.DECIDE)}."

    access.sign_in(office, "hoi.dong", PASSWORD)
    sheet = evaluations.score_model(office, _ref(0), "Hội đồng", FULL, evaluated_on=DAY)
    assert sheet.total == 86
    with pytest.raises(AccessDeniedError):
        record_decision(office, _decision([_ref(0)]))

    access.sign_in(office, "ky", PASSWORD)
    with pytest.raises(AccessDeniedError):
        evaluations.score_model(office, _ref(1), "Ký", FULL, evaluated_on=DAY)
    record_decision(office, _decision([_ref(0)]))
    with pytest.raises(AccessDeniedError, match="không được quản lý người dùng"):
        access.add_user(office, "moi", PASSWORD, [Role.REVIEWER])

    access.sign_in(office, "quan.tri", PASSWORD)
    with pytest.raises(AccessDeniedError, match="không được thẩm định"):
        review.set_review(office, _ref(1), ReviewState.ACCEPTED)
    assert access.allowed(office, Action.USERS) and access.allowed(office, Action.KEYS)
    assert not access.allowed(office, Action.IMPORT)

    with office.readers() as session:
        actors = dict(
            session.execute(
                select(AuditEntry.action, AuditEntry.actor).where(
                    AuditEntry.action.in_(["review", "score", "create", "user_add"])
                )
            ).all()
        )
    # The signed-in user, never the operating-system login, carries every change.
    assert actors == {"review": "lan", "score": "hoi.dong", "create": "ky", "user_add": "quan.tri"}


def test_an_administrator_manages_users_and_keeps_one_administrator(
    office: WorkspaceHandle,
) -> None:
    _staff(office)
    access.sign_in(office, "quan.tri", PASSWORD)
    access.set_roles(office, "lan", [Role.REVIEWER, Role.COUNCIL])
    access.set_active(office, "tiep.nhan", False)
    with pytest.raises(ValidationError, match="ít nhất một người dùng đang hoạt động"):
        access.set_active(office, "quan.tri", False)
    with pytest.raises(ValidationError, match="ít nhất một người dùng đang hoạt động"):
        access.set_roles(office, "quan.tri", [Role.APPROVER])
    with pytest.raises(NotFoundError):
        access.set_password(office, "khong.co", PASSWORD)
    access.set_password(office, "lan", "Mật khẩu mới 2027")
    listed = {u.name: u for u in access.list_users(office)}
    assert listed["lan"].roles == (Role.REVIEWER, Role.COUNCIL)
    assert listed["lan"].role_labels == "thẩm định, thành viên hội đồng"
    assert not listed["tiep.nhan"].active
    with pytest.raises(SignInError, match="đã bị khóa"):
        access.sign_in(office, "tiep.nhan", PASSWORD)
    access.sign_in(office, "lan", "Mật khẩu mới 2027")
    access.set_password(office, "lan", "Của riêng tôi 2027")  # a user changes their own
    with pytest.raises(AccessDeniedError):
        access.set_password(office, "ky", "Không phải của tôi")
    with office.readers() as session:
        hashes = list(session.scalars(select(OfficeUser.password_hash)))
        logged = " ".join(session.scalars(select(AuditEntry.after_json)))
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any(h in logged for h in hashes) and "Của riêng tôi" not in logged


def test_only_a_reviewer_judges_a_communes_change_request(office: WorkspaceHandle) -> None:
    from dvk_desktop.errors import NotFoundError
    from dvk_desktop.services import change_requests

    _staff(office)
    for name in ("tiep.nhan", "hoi.dong", "ky", "quan.tri"):
        access.sign_in(office, name, PASSWORD)
        with pytest.raises(AccessDeniedError, match="không được thẩm định"):
            change_requests.accept(office, "YC-1")
        with pytest.raises(AccessDeniedError, match="không được thẩm định"):
            change_requests.reject(office, "YC-1", comment="Không đúng")
    access.sign_in(office, "lan", PASSWORD)
    with pytest.raises(NotFoundError):  # allowed: only the request is not there
        change_requests.reject(office, "YC-1", comment="Không đúng")
