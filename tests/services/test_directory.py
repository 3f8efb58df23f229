"""Villages, organisations and people: unique names, minimal personal data, sensitive fields off."""

from __future__ import annotations

import pytest

from dvk_desktop.domain.vocab import Gender, OrgType
from dvk_desktop.errors import ValidationError
from dvk_desktop.services import directory
from dvk_desktop.services.workspace_setup import set_settings
from dvk_desktop.storage.models import Person
from dvk_desktop.storage.workspace import WorkspaceHandle


def test_organisation_names_are_unique_ignoring_diacritics(workspace: WorkspaceHandle) -> None:
    with (
        pytest.raises(ValidationError, match="đã có"),
        workspace.sessions() as session,
        session.begin(),
    ):
        directory.add_organisation(session, "DOAN THANH NIEN PHUONG", OrgType.YOUTH_UNION)
    assert len(directory.organisations(workspace)) == 2


def test_villages_are_listed_in_vietnamese_order(workspace: WorkspaceHandle) -> None:
    with workspace.sessions() as session, session.begin():
        for name in ("Tổ dân phố 10", "Tổ dân phố 2", "Ấp Bình Sa"):
            directory.add_village(session, name)
    assert [v.label for v in directory.villages(workspace)] == [
        "Ấp Bình Sa", "Thôn 3", "Tổ dân phố 2", "Tổ dân phố 10",
    ]  # fmt: skip


def test_sensitive_fields_are_refused_until_the_workspace_enables_them(
    workspace: WorkspaceHandle,
) -> None:
    with workspace.sessions() as session, session.begin():
        person = directory.add_person(
            session, "Nguyễn Thị Mai", birth_year=1982, gender=Gender.FEMALE
        )
        uuid = person.uuid
    with (
        pytest.raises(ValidationError, match="nhạy cảm"),
        workspace.sessions() as session,
        session.begin(),
    ):
        directory.set_sensitive_fields(session, uuid, religion="Phật giáo")
    set_settings(workspace, {"sensitive_fields_enabled": "1"})
    with workspace.sessions() as session, session.begin():
        directory.set_sensitive_fields(session, uuid, religion="Phật giáo")
    with workspace.sessions() as session:
        assert session.query(Person).filter_by(uuid=uuid).one().religion == "Phật giáo"


@pytest.mark.parametrize(("year", "ok"), [(1899, False), (1982, True), (2999, False)])
def test_birth_year_is_checked(workspace: WorkspaceHandle, year: int, ok: bool) -> None:
    with workspace.sessions() as session, session.begin():
        if ok:
            directory.add_person(session, "Trần Văn Long", birth_year=year)
        else:
            with pytest.raises(ValidationError, match="Năm sinh"):
                directory.add_person(session, "Trần Văn Long", birth_year=year)
