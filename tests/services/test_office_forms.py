"""What the GUI's office forms rely on: a server address from fields, where data is, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from dvk_desktop.domain.office import Action, Role
from dvk_desktop.errors import StorageError, ValidationError
from dvk_desktop.messages import render
from dvk_desktop.services import access
from dvk_desktop.services.shared_database import data_location, server_parts, server_url
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.server import without_password


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    yield
    access.sign_out()


def test_a_server_address_is_built_from_the_fields_with_every_part_escaped() -> None:
    url = server_url(" may-chu ", "5433", "dvk_tinh", "dvk", "a@b:c/d%")
    parsed = make_url(url)
    assert (parsed.host, parsed.port, parsed.database, parsed.username) == (
        "may-chu", 5433, "dvk_tinh", "dvk",
    )  # fmt: skip
    assert parsed.password == "a@b:c/d%"
    assert "a@b" not in without_password(url) and without_password(url).endswith(
        "@may-chu:5433/dvk_tinh"
    )
    socket = server_url("/run/postgresql", 5432, "dvk", "postgres")
    assert make_url(socket).query == {"host": "/run/postgresql", "port": "5432"}
    assert server_parts(socket) == ("/run/postgresql", 5432, "dvk", "postgres")
    assert server_parts(url) == ("may-chu", 5433, "dvk_tinh", "dvk")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        (("", 5432, "dvk", "dvk"), "host"),
        (("may-chu", "năm", "dvk", "dvk"), "port"),
        (("may-chu", 70000, "dvk", "dvk"), "port"),
        (("may-chu", 5432, " ", "dvk"), "database"),
        (("may-chu", 5432, "dvk", ""), "user"),
    ],
)
def test_a_missing_or_wrong_field_is_named(fields: tuple, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        server_url(*fields)
    assert caught.value.field == field


def test_where_the_data_is_never_shows_the_password(tmp_path: Path) -> None:
    root = tmp_path / "tinh"
    root.mkdir()
    assert (
        data_location(root)
        == f"Tệp SQLite trên máy này: {root / 'dvk.sqlite3'} (chỉ máy này dùng)."
    )
    (root / "database-url.txt").write_text("postgresql+psycopg://dvk:bi-mat@may-chu/dvk_tinh\n")
    shown = data_location(root)
    assert "bi-mat" not in shown
    assert shown == (
        "Cơ sở dữ liệu chung “dvk_tinh” trên máy chủ PostgreSQL may-chu, cổng 5432, người dùng dvk."
    )


def test_a_refusal_names_who_may(tmp_path: Path) -> None:
    handle = init_workspace(tmp_path / "tinh", unit_code="01")
    assert access.refusal(handle, Action.DECIDE) is None  # nobody signs in on one PC
    access.add_user(handle, "quan.tri", "Mật khẩu 2026", [Role.ADMIN])
    assert "cần đăng nhập để ký quyết định công nhận" in str(access.refusal(handle, Action.DECIDE))
    access.sign_in(handle, "quan.tri", "Mật khẩu 2026")
    access.add_user(handle, "tham.dinh", "Mật khẩu 2026", [Role.REVIEWER])
    access.sign_in(handle, "tham.dinh", "Mật khẩu 2026")
    assert access.refusal(handle, Action.REVIEW) is None
    refusal = access.refusal(handle, Action.DECIDE)
    assert refusal == "Chỉ người có vai trò người ký quyết định được ký quyết định công nhận."
    assert (
        render(refusal, "en")
        == "Only someone with the approver role may sign recognition decisions."
    )
    handle.close()


def test_a_folder_with_its_own_data_is_not_put_on_the_server(tmp_path: Path) -> None:
    root = tmp_path / "xa"
    init_workspace(root, unit_code="20791").close()
    before = sorted(p.name for p in root.iterdir())
    with pytest.raises(StorageError, match="đang có dữ liệu riêng"):
        # Refused before connecting: no server is needed to show it.
        init_workspace(root, unit_code="01", database_url="postgresql://dvk@khong-co.invalid/dvk")
    assert sorted(p.name for p in root.iterdir()) == before  # no database-url.txt
