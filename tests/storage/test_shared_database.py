"""Connecting workspace folders to the office's shared PostgreSQL database, and its failures."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from dvk_desktop.cli.main import main
from dvk_desktop.domain.vocab import OrgType
from dvk_desktop.errors import StorageError
from dvk_desktop.services import models
from dvk_desktop.services.shared_database import (
    CURRENT,
    EMPTY,
    NEWER,
    OLDER,
    NeedsUpgradeError,
    check_connection,
    connect_folder,
)
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.engine import _alembic_config, current_revision, make_engine
from dvk_desktop.storage.head import SCHEMA_HEAD
from dvk_desktop.storage.server import connection_error, password_file, without_password
from dvk_desktop.storage.workspace import open_workspace
from tests.conftest import PG_URL
from tests.factories import complete_input

pytestmark = pytest.mark.postgres
SECRET = "Mật:khẩu@bí-mật"  # a colon and an @ in a password: both must survive escaping


def _with_password(url: str) -> str:
    from urllib.parse import quote

    return url.replace("postgres@", f"postgres:{quote(SECRET, safe='')}@", 1)


def _files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _no_command_in(exc: StorageError) -> None:
    assert "dvk " not in exc.user_text()  # the GUI shows the same text


def test_the_password_is_kept_outside_the_workspace_folder(pg_url: str, tmp_path: Path) -> None:
    root = tmp_path / "tinh"
    init_workspace(root, unit_code="01", database_url=_with_password(pg_url)).close()
    for path in _files_under(root):
        assert SECRET.encode() not in path.read_bytes(), path
        assert b"b%C3%AD-m%E1%BA%ADt" not in path.read_bytes(), path  # nor URL-encoded
    stored = (root / "database-url.txt").read_text(encoding="utf-8").strip()
    assert without_password(stored) == stored
    passfile = password_file()
    assert not passfile.is_relative_to(root)
    assert "b\u00ed-m\u1eadt" in passfile.read_text(encoding="utf-8")
    if os.name != "nt":
        assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
    with open_workspace(root) as again:
        assert again.info().unit_code == "01"


def test_a_second_pc_connects_its_folder_and_sees_the_same_data(
    pg_url: str, tmp_path: Path
) -> None:
    first = init_workspace(tmp_path / "may-1", unit_code="00070", database_url=pg_url)
    from dvk_desktop.services import directory

    with first.sessions() as session, session.begin():
        directory.add_village(session, "Thôn 3")
        directory.add_organisation(session, "Đoàn Thanh niên phường", OrgType.YOUTH_UNION)
    uuid = models.create_model(first, complete_input(first, name="Thắp sáng đường quê"))
    first.close()
    check = connect_folder(tmp_path / "may-2", pg_url)
    assert (check.schema, check.unit_name) == (CURRENT, "Phường Hoàn Kiếm")
    with open_workspace(tmp_path / "may-2") as second:
        assert models.get_model(second, uuid)["name"] == "Thắp sáng đường quê"


def test_an_empty_database_is_reported_and_the_folder_left_alone(
    pg_url: str, tmp_path: Path
) -> None:
    assert check_connection(pg_url).schema == EMPTY
    with pytest.raises(StorageError, match="còn trống") as err:
        connect_folder(tmp_path / "ws", pg_url)
    _no_command_in(err.value)
    assert not (tmp_path / "ws").exists()


def test_an_older_schema_is_upgraded_only_when_asked(pg_url: str, tmp_path: Path) -> None:
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005_communes")
        conn.execute(
            text(
                "INSERT INTO workspace (id, uuid, unit_code, unit_name, unit_level, role,"
                " standing_body, created_at) VALUES (1, 'u-1', '01', 'Thành phố Hà Nội', 'tinh',"
                " 'cap_tren', 'mttq', '2026-01-01')"
            )
        )
    check = check_connection(pg_url)
    assert (check.schema, check.revision) == (OLDER, "0005_communes")
    with pytest.raises(NeedsUpgradeError, match="cấu trúc cũ") as err:
        connect_folder(tmp_path / "ws", pg_url)
    _no_command_in(err.value)
    assert current_revision(engine) == "0005_communes"
    assert not (tmp_path / "ws" / "database-url.txt").exists()
    assert connect_folder(tmp_path / "ws", pg_url, upgrade=True).schema == CURRENT
    assert current_revision(engine) == SCHEMA_HEAD
    engine.dispose()


def test_a_newer_schema_asks_to_update_the_program(pg_url: str, tmp_path: Path) -> None:
    init_workspace(tmp_path / "a", unit_code="01", database_url=pg_url).close()
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    assert check_connection(pg_url).schema == NEWER
    with pytest.raises(StorageError, match="mới hơn") as err:
        connect_folder(tmp_path / "b", pg_url)
    _no_command_in(err.value)
    assert not (tmp_path / "b").exists()


def test_a_folder_with_its_own_sqlite_data_is_not_switched(pg_url: str, tmp_path: Path) -> None:
    init_workspace(tmp_path / "pg", unit_code="01", database_url=pg_url).close()
    init_workspace(tmp_path / "local", unit_code="00070").close()
    with pytest.raises(StorageError, match="dữ liệu riêng"):
        connect_folder(tmp_path / "local", pg_url)
    assert not (tmp_path / "local" / "database-url.txt").exists()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://postgres@nohost.invalid/x", "Không tìm thấy máy chủ"),
        ("postgresql://postgres@127.0.0.1:1/x", "không trả lời"),
    ],
)
def test_an_unreachable_server_gets_a_clear_message(url: str, expected: str) -> None:
    with pytest.raises(StorageError, match=expected) as err:
        check_connection(url)
    _no_command_in(err.value)


def test_a_missing_database_and_user_are_named(pg_url: str) -> None:
    with pytest.raises(StorageError, match="không có cơ sở dữ liệu “khong_co”"):
        check_connection(PG_URL.replace("/postgres?", "/khong_co?"))
    with pytest.raises(StorageError, match="không có người dùng “nguoi_la”"):
        check_connection(pg_url.replace("postgres@", "nguoi_la@", 1))


def test_a_refused_password_is_told_as_such() -> None:
    # The shared test server trusts local connections, so libpq's own words stand in here.
    exc = Exception('connection failed: FATAL:  password authentication failed for user "dvk"')
    err = connection_error(exc, "postgresql://dvk:bi-mat@may-chu/dvk")
    assert "từ chối mật khẩu" in err.message
    assert "bi-mat" not in err.user_text() + " ".join(err.details)


def test_the_cli_creates_connects_and_tests(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "may-1", tmp_path / "may-2"
    assert main(["init", "-w", str(one), "--unit", "01", "--database-url", pg_url]) == 0
    assert main(["db", "connect", "-w", str(two), pg_url]) == 0
    assert main(["db", "test", "-w", str(two)]) == 0
    out = capsys.readouterr().out
    assert "Thành phố Hà Nội" in out
    assert main(["db", "test", "postgresql://postgres@127.0.0.1:1/x"]) == 2
    assert "không trả lời" in capsys.readouterr().err


def test_db_upgrade_brings_the_shared_database_up_to_date(
    pg_url: str, tmp_path: Path, capsys
) -> None:
    # A PC of the office installed the new version: `dvk db upgrade` in its folder upgrades
    # the server's schema (it used to look for a SQLite file and say there was no workspace).
    init_workspace(tmp_path / "ws", unit_code="01", database_url=pg_url).close()
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0005_communes")
    assert main(["--workspace", str(tmp_path / "ws"), "db", "upgrade"]) == 0
    said = capsys.readouterr().out
    assert f"từ phiên bản 0005_communes lên {SCHEMA_HEAD}" in said
    assert current_revision(engine) == SCHEMA_HEAD
    assert main(["--workspace", str(tmp_path / "ws"), "db", "upgrade"]) == 0
    assert f"đã ở phiên bản mới nhất ({SCHEMA_HEAD})" in capsys.readouterr().out
    engine.dispose()
