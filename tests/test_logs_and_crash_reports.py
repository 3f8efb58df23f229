"""Logs rotate, and neither a log nor a crash report ever holds personal data or a passphrase."""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from dvk_desktop import crash, logs
from dvk_desktop.cli import main as cli
from dvk_desktop.domain.vocab import Gender
from dvk_desktop.services import directory, workspace_keys
from dvk_desktop.storage.models import Person, Setting

PASSPHRASE = "Mật khẩu riêng của xã 7391"
PERSON = {
    "full_name": "Nguyễn Thị Mai Phương",
    "phone": "0905 123 456",
    "workplace": "Trường Tiểu học Hòa Vang",
    "position": "Chi hội trưởng phụ nữ thôn Bình Sa",
}
SENSITIVE = {"ethnicity": "Cơ Tu", "religion": "Phật giáo"}


def personal_values() -> list[str]:
    """Every personal value, and the pieces of the name (a surname alone must not leak)."""
    values = [*PERSON.values(), *SENSITIVE.values(), PASSPHRASE, "1982", "Phương"]
    values += [PERSON["phone"].replace(" ", ""), "Mai Phương"]
    return values + [unicodedata.normalize("NFD", v) for v in values]


def assert_clean(text: str) -> None:
    for value in personal_values():
        assert value not in text, value


@pytest.fixture
def person_workspace(workspace):
    """A workspace with one person carrying every personal field, and a key."""
    with workspace.sessions() as session, session.begin():
        session.merge(Setting(key="sensitive_fields_enabled", value="1"))
        person = directory.add_person(
            session,
            PERSON["full_name"],
            birth_year=1982,
            gender=Gender.FEMALE,
            position=PERSON["position"],
            workplace=PERSON["workplace"],
            phone=PERSON["phone"],
            consent=True,
        )
        uuid = person.uuid
    with workspace.sessions() as session, session.begin():
        directory.set_sensitive_fields(session, uuid, **SENSITIVE)
    workspace_keys.create_key(workspace, PASSPHRASE)  # the passphrase is now a known secret
    return workspace


def real_integrity_error(handle) -> IntegrityError:
    """What SQLAlchemy raises on a duplicate row: the statement's values in the message."""
    with handle.sessions() as session:
        row = session.scalars(select(Person)).one()
        try:
            session.execute(
                insert(Person).values(
                    uuid=row.uuid,
                    unit_id=row.unit_id,
                    full_name=f"{PERSON['full_name']} {PASSPHRASE}",
                    name_folded="x",
                    name_sort=b"x",
                    birth_year=1982,
                    phone=PERSON["phone"],
                    workplace=PERSON["workplace"],
                    position=PERSON["position"],
                    ethnicity=SENSITIVE["ethnicity"],
                    religion=SENSITIVE["religion"],
                )
            )
        except IntegrityError as exc:
            # The engine hides statement values; the redaction below does not rely on it.
            return exc
    raise AssertionError("no IntegrityError")


def test_cli_unexpected_error_log_and_crash_report_hold_no_personal_data(
    person_workspace, monkeypatch, capsys
):
    error = real_integrity_error(person_workspace)
    root = person_workspace.paths.root

    def broken(_handle):
        try:
            raise error
        except IntegrityError as exc:
            raise RuntimeError(
                f"lỗi khi lưu {PERSON['full_name']} ({PERSON['phone']}) với {PASSPHRASE}"
            ) from exc

    monkeypatch.setattr("dvk_desktop.services.workspace_setup.workspace_summary", broken)
    assert cli.main(["info", "-w", str(root)]) == cli.EXIT_UNEXPECTED
    stderr = capsys.readouterr().err
    reports = sorted((root / "logs").glob(f"{crash.PREFIX}*.txt"))
    assert len(reports) == 1 and str(reports[0]) in stderr
    report = reports[0].read_text(encoding="utf-8")
    assert "IntegrityError" in report and "RuntimeError" in report
    assert "DVK Desktop:" in report and "Python:" in report and "Hệ điều hành / OS:" in report
    assert "in broken" in report  # where it broke stays readable
    log = (root / "logs" / "dvk.log").read_text(encoding="utf-8")
    assert "unexpected error" in log
    assert_clean(report)
    assert_clean(log)
    assert_clean(stderr)


def test_user_errors_and_wrong_passphrases_are_logged_without_what_was_typed(
    person_workspace, monkeypatch
):
    root = person_workspace.paths.root
    monkeypatch.setenv("DVK_PASSPHRASE", PASSPHRASE + " sai")
    # A wrong passphrase, then a search for a person's name that finds no model.
    cli.main(["keys", "export-enrolment", "-w", str(root), "--out", str(root.parent)])
    cli.main(["models", "show", "-w", str(root), PERSON["full_name"]])
    log = (root / "logs" / "dvk.log").read_text(encoding="utf-8")
    assert log.count("user error") == 2
    assert_clean(log)


def test_a_passphrase_never_reaches_the_log_whatever_the_message(tmp_path):
    handler = logs.install(tmp_path / "dvk.log", "test")
    try:
        logs.register_secret(PASSPHRASE)
        logging.getLogger("dvk").warning("typed %s then %r", PASSPHRASE, PASSPHRASE)
        logging.getLogger("dvk").warning(unicodedata.normalize("NFD", PASSPHRASE))
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = (tmp_path / "dvk.log").read_text(encoding="utf-8")
    assert text.count(logs.SECRET_MASK) >= 2
    assert_clean(text)


def test_log_files_rotate(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    handler = logs.install(tmp_path / "dvk.log", "test")
    try:
        for n in range(200):
            logging.getLogger("dvk").info("dòng nhật ký số %d", n)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["dvk.log", "dvk.log.1", "dvk.log.2", "dvk.log.3", "dvk.log.4"]
    assert all((tmp_path / f).stat().st_size <= 2_100 for f in files)


@pytest.mark.parametrize(
    ("raw", "kept", "gone"),
    [
        ("'NoneType' object has no attribute 'uuid'", "'NoneType'", ""),
        ("Không tìm thấy “Nguyễn Văn Nam”", "Không tìm thấy", "Nam"),
        ("gọi 0905.123.456 hoặc +84 905 123 456", "gọi", "123"),
        ("thư gửi mai.nguyen@gmail.com", "thư gửi", "gmail"),
        ("mã MH-2026-001 dòng 12", "MH-2026-001", ""),
        (
            "UNIQUE constraint failed: person.uuid\n[SQL: INSERT INTO person (full_name) "
            "VALUES (?)]\n[parameters: ('Nguyễn Thị Mai', 1982)]\n(Background on this error)",
            "UNIQUE constraint failed",
            "1982",
        ),
    ],
)
def test_redaction_keeps_what_broke_and_drops_who(raw, kept, gone):
    text = logs.redact(raw)
    assert kept in text
    if gone:
        assert gone not in text


def test_home_folder_name_is_not_in_a_crash_report():
    try:
        raise OSError(f"cannot open {Path.home() / 'tai-lieu' / 'x.txt'}")
    except OSError as exc:
        text = crash.crash_report(exc, where="cli test")
    assert str(Path.home()) not in text.split("\n\n", 1)[1]
    assert "~" in text
