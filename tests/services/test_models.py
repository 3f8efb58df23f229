"""Registering, editing, listing and moving models through the lifecycle, with the audit log."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.services import models
from dvk_desktop.storage.models import AuditEntry, DvkModel, StatusChange, Tombstone
from dvk_desktop.storage.queries.models import (
    ModelFilter,
    count_models,
    list_models,
    matching_uuids,
)
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input


def _count(handle: WorkspaceHandle, table: type) -> int:
    with handle.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_a_registration_round_trips_every_field(workspace: WorkspaceHandle) -> None:
    data = complete_input(
        workspace,
        budget_social=70_000_000,
        labour_days=120,
        reason="Đường thôn tối, nhiều vụ trộm",
        sustainability="Quỹ thắp sáng",
    )
    uuid = models.create_model(workspace, data)
    back = models.get_input(workspace, uuid)
    # Name and unit left empty are filled from the indicator catalogue.
    data.indicators[0].name, data.indicators[0].unit = "Đèn chiếu sáng", "bóng"
    assert back == data
    snap = models.get_model(workspace, uuid)
    assert snap["code"] == "MH-2026-001"
    assert snap["status"] == Status.REGISTERED.value
    assert snap["indicators"][0]["name"] == "Đèn chiếu sáng"  # filled from the catalogue
    assert snap["indicators"][0]["unit"] == "bóng"


def test_indicator_values_split_by_village_round_trip(workspace: WorkspaceHandle) -> None:
    data = complete_input(workspace)
    village = data.village_uuid
    assert village is not None
    data.indicators[0].by_village = {village: (Decimal(120), Decimal("45.5"))}
    uuid = models.create_model(workspace, data)
    ind = models.get_model(workspace, uuid)["indicators"][0]
    assert ind["by_village"][village]["target"] == Decimal(120)
    assert ind["by_village"][village]["actual"] == Decimal("45.5")


def test_text_is_stored_in_nfc(workspace: WorkspaceHandle) -> None:
    import unicodedata

    data = complete_input(workspace, name=unicodedata.normalize("NFD", "Thắp sáng đường quê"))
    uuid = models.create_model(workspace, data)
    assert models.get_model(workspace, uuid)["name"] == "Thắp sáng đường quê"


def test_duplicate_registration_is_refused_and_changes_nothing(workspace: WorkspaceHandle) -> None:
    models.create_model(workspace, complete_input(workspace))
    audit_before = _count(workspace, AuditEntry)
    with pytest.raises(ValidationError, match="đã được đăng ký"):
        models.create_model(workspace, complete_input(workspace, name="THẮP SÁNG ĐƯỜNG QUÊ THÔN 3"))
    assert _count(workspace, DvkModel) == 1
    assert _count(workspace, AuditEntry) == audit_before


def test_unknown_owner_is_a_clear_error_and_nothing_is_saved(workspace: WorkspaceHandle) -> None:
    with pytest.raises(NotFoundError, match="đơn vị chủ trì"):
        models.create_model(workspace, complete_input(workspace, owner_org_uuid="no-such-org"))
    assert _count(workspace, DvkModel) == 0


def test_editing_bumps_the_version_and_logs_before_and_after(workspace: WorkspaceHandle) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    data = models.get_input(workspace, uuid)
    data.place = "Thôn 3 và thôn 4"
    models.update_model(workspace, uuid, data)
    assert models.get_model(workspace, uuid)["version"] == 2
    with workspace.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "update").order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None
    before, after = json.loads(entry.before_json), json.loads(entry.after_json)
    assert set(before) == {"place", "version", "updated_at"}
    assert (before["place"], before["version"]) == ("Thôn 3, phường Hoàn Kiếm", 1)
    assert (after["place"], after["version"]) == ("Thôn 3 và thôn 4", 2)


def test_starting_work_needs_a_concrete_registration(workspace: WorkspaceHandle) -> None:
    uuid = models.create_model(workspace, complete_input(workspace, name="Mô hình", indicators=[]))
    with pytest.raises(ValidationError) as info:
        models.change_status(workspace, uuid, Status.IMPLEMENTING)
    assert any("chung chung" in d for d in info.value.details)
    assert any("chỉ tiêu" in d for d in info.value.details)
    assert models.get_model(workspace, uuid)["status"] == Status.REGISTERED.value
    assert _count(workspace, StatusChange) == 0


def test_commune_moves_a_model_to_proposal_and_history_is_kept(workspace: WorkspaceHandle) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    for target in (Status.IMPLEMENTING, Status.INTERIM_REVIEWED, Status.PROPOSED):
        models.change_status(workspace, uuid, target)
    assert models.get_model(workspace, uuid)["status"] == Status.PROPOSED.value
    assert _count(workspace, StatusChange) == 3


def test_commune_cannot_recognise_and_nothing_changes(workspace: WorkspaceHandle) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    for target in (Status.IMPLEMENTING, Status.PROPOSED):
        models.change_status(workspace, uuid, target)
    with pytest.raises(ValidationError, match="cấp trên"):
        models.change_status(workspace, uuid, Status.RECOGNISED)
    assert models.get_model(workspace, uuid)["status"] == Status.PROPOSED.value


def test_proposed_models_are_locked_for_editing(workspace: WorkspaceHandle) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    for target in (Status.IMPLEMENTING, Status.PROPOSED):
        models.change_status(workspace, uuid, target)
    with pytest.raises(ValidationError, match="không sửa được"):
        models.update_model(workspace, uuid, models.get_input(workspace, uuid))


def test_deleting_a_registered_model_leaves_a_tombstone(workspace: WorkspaceHandle) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    models.delete_model(workspace, uuid)
    assert _count(workspace, DvkModel) == 0
    with workspace.sessions() as session:
        assert session.get(Tombstone, uuid) is not None


def test_search_ignores_diacritics_and_finds_by_owner(demo: WorkspaceHandle) -> None:
    with demo.sessions() as session:
        names = [r.name for r in list_models(session, ModelFilter(search="thap sang duong"))]
        assert names == ["Thắp sáng đường quê"]
        by_owner = list_models(session, ModelFilter(search="cuu chien binh"))
        assert by_owner and all("cựu chiến binh" in (r.owner + r.name).lower() for r in by_owner)
        assert count_models(session, ModelFilter(search="duong")) >= 4


def test_list_is_sorted_in_vietnamese_order(demo: WorkspaceHandle) -> None:
    from dvk_desktop.domain.text import sort_key

    with demo.sessions() as session:
        names = [r.name for r in list_models(session, ModelFilter(), limit=100)]
    assert names == sorted(names, key=sort_key)
    first_d = [n for n in names if n[0] in "DĐ"]
    assert first_d.index("Dân vận khéo 1+10: một đảng viên đồng hành cùng mười hộ") < first_d.index(
        "Đảng viên đỡ đầu hộ dân (mỗi đảng viên 5–7 hộ)"
    )


def test_filters_and_paging(demo: WorkspaceHandle) -> None:
    with demo.sessions() as session:
        individual = ModelFilter(model_type="ca_nhan")
        total = count_models(session, individual)
        assert total >= 8
        page1 = list_models(session, individual, limit=5)
        page2 = list_models(session, individual, offset=5, limit=5)
        assert len(page1) == 5
        assert not {r.uuid for r in page1} & {r.uuid for r in page2}
        assert all(r.model_type == "ca_nhan" for r in page1 + page2)


def test_printing_every_filtered_model_takes_them_all_in_code_order(
    demo: WorkspaceHandle,
) -> None:
    economy = ModelFilter(field="kinh_te")
    with demo.readers() as session:
        uuids = matching_uuids(session, economy, order="code")
        rows = list_models(session, economy, limit=1000, order="code")
    assert uuids == [r.uuid for r in rows]
    assert len(uuids) == count_models_in(demo, economy) > 0


def count_models_in(handle: WorkspaceHandle, flt: ModelFilter) -> int:
    with handle.readers() as session:
        return count_models(session, flt)


def test_available_steps_follow_the_workspace_level(workspace: WorkspaceHandle) -> None:
    uuid = models.create_model(workspace, complete_input(workspace))
    assert [t.target for t in models.available_steps(workspace, uuid)] == [
        Status.IMPLEMENTING, Status.STOPPED,
    ]  # fmt: skip
    for target in (Status.IMPLEMENTING, Status.PROPOSED):
        models.change_status(workspace, uuid, target)
    # The commune waits for the upper level: it may only stop the model now.
    assert [t.target for t in models.available_steps(workspace, uuid)] == [Status.STOPPED]


def test_the_editor_reads_input_and_snapshot_of_the_same_model(demo: WorkspaceHandle) -> None:
    with demo.readers() as session:
        (first,) = list_models(session, ModelFilter(), limit=1)
    data, snap = models.load_for_editing(demo, first.uuid)
    assert data == models.get_input(demo, first.uuid)
    assert snap == models.get_model(demo, first.uuid)
    assert (data.name, snap["code"]) == (first.name, first.code)
