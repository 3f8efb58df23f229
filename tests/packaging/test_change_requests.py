"""Who owns what across the levels: locks after review, change requests, no deadlock, no undo."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dvk_desktop.domain.model import IndicatorInput
from dvk_desktop.domain.ownership import ChangeState
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind, Status
from dvk_desktop.errors import ValidationError
from dvk_desktop.services import change_requests, exchange, locks, models, review
from dvk_desktop.services.decisions import DecisionInput, record_decision
from dvk_desktop.storage.models import DvkModel, Evidence, StatusChange
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from tests.packaging.exchange import (
    COMMUNE,
    UPPER,
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
    export_plain,
    forge,
)

NAMES = ("Thắp sáng", "Camera an ninh", "Phân loại rác")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    return build_exchange(tmp_path_factory.mktemp("changes") / "ex")


@pytest.fixture
def ex(template: Exchange, tmp_path: Path) -> Exchange:
    return copy_exchange(template, tmp_path / "ex")


def uuids(ex: Exchange) -> dict[str, str]:
    with ex.commune() as commune, commune.sessions() as session:
        rows = list_models(session, ModelFilter())
        return {n: next(r.uuid for r in rows if r.name.startswith(n)) for n in NAMES}


def send_down(ex: Exchange) -> Path:
    with ex.upper() as upper:
        return exchange.export_package(
            upper, ex.usb, passphrase=UPPER_PASS, kind="decisions", recipient_code=COMMUNE,
            encrypt=False,
        ).path  # fmt: skip


def recognise(ex: Exchange, uuid: str, number: str = "15/QĐ-BTGDVTU") -> None:
    """At the upper level: import the commune's package, accept and recognise one model."""
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        review.set_review(upper, uuid, ReviewState.ACCEPTED, actor="Nguyễn Văn Bình")
        record_decision(
            upper,
            DecisionInput(
                DecisionKind.RECOGNITION, number, dt.date(2026, 11, 20),
                "Ban Tuyên giáo và Dân vận Thành ủy", [uuid],
            ),
            today=dt.date(2026, 11, 30),
        )  # fmt: skip
    package = send_down(ex)
    with ex.commune() as commune:
        exchange.import_package(commune, package)


def status_at(handle: Any, uuid: str) -> str:
    return str(models.get_model(handle, uuid)["status"])


def test_a_commune_cannot_undo_the_recognition_locally(ex: Exchange) -> None:
    u = uuids(ex)["Camera an ninh"]
    recognise(ex, u)
    with ex.commune() as commune:
        assert status_at(commune, u) == Status.RECOGNISED.value
        with pytest.raises(ValidationError, match="Cấp trên đã quyết định") as caught:
            models.change_status(commune, u, Status.STOPPED)
        assert "yêu cầu thay đổi" in caught.value.hint
        assert status_at(commune, u) == Status.RECOGNISED.value
        with pytest.raises(ValidationError, match="chỉ xem, không sửa"):
            models.update_model(commune, u, models.get_input(commune, u))
        lock = locks_of(commune, u)
        assert lock.level == "cap_tren" and "Được công nhận" in lock.reason


def locks_of(handle: Any, uuid: str) -> locks.LockInfo:
    with handle.sessions() as session:
        return locks.lock_of(session, models.get_row(session, uuid))


def test_a_forced_undo_in_a_package_becomes_a_change_request(ex: Exchange) -> None:
    u = uuids(ex)["Camera an ninh"]
    recognise(ex, u)
    # An older program (or a hand-edited database) stopped the recognised model anyway.
    con = sqlite3.connect(ex.commune_dir / "dvk.sqlite3")
    con.execute("UPDATE dvk_model SET status = 'dung' WHERE uuid = ?", (u,))
    con.commit()
    con.close()
    with ex.upper() as upper:
        result = exchange.import_package(upper, export_plain(ex))
        assert status_at(upper, u) == Status.RECOGNISED.value  # never silently replaced
        assert any("yêu cầu thay đổi" in n for n in result.notes)
        [cr] = change_requests.list_changes(upper)
        assert (cr.model_uuid, cr.state) == (u, ChangeState.PENDING)
        view = change_requests.get_change(upper, cr.uuid[:8])
        assert [(x.label, x.old, x.new) for x in view.lines] == [
            ("Trạng thái", "Được công nhận", "Dừng / loại bỏ")
        ]
        # The same forced change in the next package is the same request, not a second one.
        exchange.import_package(upper, export_plain(ex))
        assert len(change_requests.list_changes(upper)) == 1
        change_requests.reject(
            upper, cr.uuid, comment="Mô hình vẫn hiệu quả, giữ công nhận", actor="Bình"
        )
    with ex.commune() as commune:
        exchange.import_package(commune, send_down(ex))
        # The upper level owns the decided status: the commune is back to "Được công nhận".
        assert status_at(commune, u) == Status.RECOGNISED.value
        [seen] = change_requests.requests_of(commune, u)
        assert seen.state is ChangeState.REJECTED
        assert seen.decision_comment == "Mô hình vẫn hiệu quả, giữ công nhận"


def test_a_forged_package_cannot_replace_the_recognition_either(ex: Exchange) -> None:
    u = uuids(ex)["Camera an ninh"]
    recognise(ex, u)

    def undo(records: dict[str, Any]) -> dict[str, Any]:
        for m in records["models"]:
            if m["uuid"] == u:
                m["status"], m["goals"] = "dung", "Mục tiêu viết lại sau khi được công nhận"
        return records

    valid = export_plain(ex)
    forged = forge(valid, ex.root / "forged.dvkpkg", ex.commune_key(), records=undo)
    valid.unlink()
    with ex.upper() as upper:
        exchange.import_package(upper, forged)
        assert status_at(upper, u) == Status.RECOGNISED.value
        assert models.get_model(upper, u)["goals"] != "Mục tiêu viết lại sau khi được công nhận"
        [cr] = change_requests.list_changes(upper)
        labels = {x.label for x in change_requests.get_change(upper, cr.uuid).lines}
        assert labels == {"Trạng thái", "Mục tiêu, tiêu chí"}


def test_the_old_edit_deadlock_completes_with_both_sides_work_kept(ex: Exchange) -> None:
    u = uuids(ex)["Thắp sáng"]
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        # The province cannot edit the commune's registration in place any more…
        with pytest.raises(ValidationError, match="chỉ xem, không sửa"):
            models.update_model(upper, u, models.get_input(upper, u))
        # …its note is a remark beside it, and the model goes back for the commune to fix.
        review.set_review(
            upper, u, ReviewState.NEEDS_INFO, comment="Ghi rõ số hộ hưởng lợi", actor="Bình"
        )
    with ex.commune() as commune:
        exchange.import_package(commune, send_down(ex))
        data = models.get_input(commune, u)
        data.outputs = "Lắp 120 bóng đèn, 230 hộ hưởng lợi"
        models.update_model(commune, u, data)
        models.change_status(commune, u, Status.PROPOSED)
        assert models.get_model(commune, u)["version"] == 2
    with ex.upper() as upper:
        result = exchange.import_package(upper, export_plain(ex))
        assert not any("mới hơn" in n for n in result.notes)
        held = models.get_model(upper, u)
        assert (held["version"], held["status"]) == (2, Status.PROPOSED.value)
        assert held["outputs"] == "Lắp 120 bóng đèn, 230 hộ hưởng lợi"
        states = [e.state for e in review.review_history(upper, u)]
        assert states == [ReviewState.RECEIVED, ReviewState.NEEDS_INFO, ReviewState.RECEIVED]


def test_a_package_made_before_a_return_does_not_re_propose_the_model(ex: Exchange) -> None:
    u = uuids(ex)["Thắp sáng"]
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
    stale = export_plain(ex)  # made before the commune learns of the return below
    with ex.upper() as upper:
        review.set_review(upper, u, ReviewState.NEEDS_INFO, comment="Thiếu ảnh", actor="Bình")
        exchange.import_package(upper, stale)
        assert status_at(upper, u) == Status.IMPLEMENTING.value


def test_a_change_request_round_trip_accepted(ex: Exchange) -> None:
    u = uuids(ex)["Camera an ninh"]
    recognise(ex, u)
    with ex.commune() as commune:
        data = models.get_input(commune, u)
        data.goals = "Lắp thêm 4 camera ở ngõ 12"
        data.indicators = [IndicatorInput("HO_HUONG_LOI", "", "", Decimal(150))]
        with commune.sessions() as session:
            photo = session.scalars(
                select(Evidence.sha256).join(DvkModel).where(DvkModel.uuid == u)
            ).one()
        ref = change_requests.request_change(
            commune, u, data, remove_evidence=[photo[:12]], reason="Mở rộng địa bàn",
            actor="Trần Văn Tư",
        )  # fmt: skip
        # Until the upper level accepts, the registration stays as it decided on it.
        assert models.get_model(commune, u)["goals"] != "Lắp thêm 4 camera ở ngõ 12"
        [mine] = change_requests.requests_of(commune, u)
        assert (mine.uuid, mine.state) == (ref, ChangeState.PENDING)
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        [cr] = change_requests.list_changes(upper, ChangeState.PENDING)
        view = change_requests.get_change(upper, cr.uuid)
        lines = {x.label: (x.old, x.new) for x in view.lines}
        assert lines["Mục tiêu, tiêu chí"][1] == "Lắp thêm 4 camera ở ngõ 12"
        assert "chỉ tiêu 101" in lines["Chỉ tiêu HO_HUONG_LOI"][0]
        assert "chỉ tiêu 150" in lines["Chỉ tiêu HO_HUONG_LOI"][1]
        assert lines["Minh chứng bỏ"] == ("anh-1.jpg (Ảnh 1)", "")
        assert cr.reason == "Mở rộng địa bàn" and cr.created_by == "Trần Văn Tư"
        version = change_requests.accept(upper, cr.uuid, comment="Đồng ý", actor="Bình")
        assert version == 2
        held = models.get_model(upper, u)
        assert (held["goals"], held["status"]) == ("Lắp thêm 4 camera ở ngõ 12", "cong_nhan")
        with pytest.raises(ValidationError, match="đã có kết quả"):
            change_requests.reject(upper, cr.uuid, comment="Đổi ý")
    with ex.commune() as commune:
        result = exchange.import_package(commune, send_down(ex))
        assert any("Cấp trên đã chấp nhận" in n for n in result.notes)
        [mine] = change_requests.requests_of(commune, u)
        assert (mine.state, mine.decision_comment, mine.decided_by) == (
            ChangeState.ACCEPTED, "Đồng ý", "Bình",
        )  # fmt: skip
        held = models.get_model(commune, u)
        assert (held["goals"], held["version"], held["status"]) == (
            "Lắp thêm 4 camera ở ngõ 12", 2, "cong_nhan",
        )  # fmt: skip
        assert held["indicators"][0]["target"] == 150
        with commune.sessions() as session:
            removed = session.scalars(
                select(Evidence.removed_at).join(DvkModel).where(DvkModel.uuid == u)
            ).one()
            assert removed is not None
    with ex.upper() as upper:  # both levels now agree: the commune's next package changes nothing
        result = exchange.import_package(upper, export_plain(ex))
        assert result.updated == 0 and not result.notes


def test_a_rejected_request_stays_in_both_histories(ex: Exchange) -> None:
    u = uuids(ex)["Camera an ninh"]
    recognise(ex, u)
    with ex.commune() as commune:
        change_requests.request_change(
            commune, u, status=Status.STOPPED, reason="Không còn kinh phí", actor="Tư"
        )
        with pytest.raises(ValidationError, match="đơn vị tự thực hiện được"):
            change_requests.request_change(commune, uuids(ex)["Thắp sáng"], status=Status.STOPPED)
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        [cr] = change_requests.list_changes(upper)
        with pytest.raises(ValidationError, match="lý do"):
            change_requests.reject(upper, cr.uuid, comment=" ")
        change_requests.reject(upper, cr.uuid, comment="Đề nghị duy trì đến cuối năm")
        assert status_at(upper, u) == Status.RECOGNISED.value
    with ex.commune() as commune:
        exchange.import_package(commune, send_down(ex))
        [mine] = change_requests.requests_of(commune, u)
        assert mine.state is ChangeState.REJECTED
        assert status_at(commune, u) == Status.RECOGNISED.value
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        [kept] = change_requests.list_changes(upper)
        assert kept.state is ChangeState.REJECTED  # a verdict from above is never overwritten


def test_an_accepted_stop_request_travels_back_as_the_status(ex: Exchange) -> None:
    u = uuids(ex)["Camera an ninh"]
    recognise(ex, u)
    with ex.commune() as commune:
        change_requests.request_change(commune, u, status=Status.STOPPED, reason="Hết kinh phí")
    with ex.upper() as upper:
        exchange.import_package(upper, export_plain(ex))
        [cr] = change_requests.list_changes(upper)
        change_requests.accept(upper, cr.uuid)
        assert status_at(upper, u) == Status.STOPPED.value
        with upper.sessions() as session:
            notes = session.scalars(select(StatusChange.note).order_by(StatusChange.id)).all()
        assert notes[-1] == change_requests.ACCEPTED_NOTE
    with ex.commune() as commune:
        exchange.import_package(commune, send_down(ex))
        assert status_at(commune, u) == Status.STOPPED.value


def test_a_head_signs_off_before_a_proposal_and_the_sign_off_locks_the_registration(
    ex: Exchange,
) -> None:
    with ex.commune() as commune:
        locks.set_sign_off_required(commune, True)
        data = models.get_input(commune, uuids(ex)["Thắp sáng"])
        data.name = "Thắp sáng ngõ xóm tổ dân phố 7"
        u = models.create_model(commune, data)
        models.change_status(commune, u, Status.IMPLEMENTING)
        with pytest.raises(ValidationError, match="chưa được lãnh đạo đơn vị ký duyệt"):
            models.change_status(commune, u, Status.PROPOSED)
        with commune.sessions() as session, session.begin():
            locks.sign_off_in_session(
                session, models.get_row(session, u), signer="Lê Thị Hạnh", position="Chủ tịch"
            )
        assert locks_of(commune, u).level == "xa"
        with pytest.raises(ValidationError, match="Lê Thị Hạnh ký duyệt"):
            models.update_model(commune, u, models.get_input(commune, u))
        models.change_status(commune, u, Status.PROPOSED)
        assert status_at(commune, u) == Status.PROPOSED.value


def test_a_withdrawn_sign_off_must_be_given_again_for_the_edited_version(ex: Exchange) -> None:
    with ex.commune() as commune:
        locks.set_sign_off_required(commune, True)
        data = models.get_input(commune, uuids(ex)["Thắp sáng"])
        data.name = "Thắp sáng ngõ xóm tổ dân phố 8"
        u = models.create_model(commune, data)
        models.change_status(commune, u, Status.IMPLEMENTING)
        with commune.sessions() as session, session.begin():
            locks.sign_off_in_session(session, models.get_row(session, u), signer="Hạnh")
        with commune.sessions() as session, session.begin():
            locks.withdraw_in_session(session, models.get_row(session, u), actor="Hạnh")
        data = models.get_input(commune, u)
        data.note = "Bổ sung sau góp ý"
        models.update_model(commune, u, data)
        with pytest.raises(ValidationError, match="phiên bản 2"):
            models.change_status(commune, u, Status.PROPOSED)


def test_the_upper_level_cannot_request_or_the_commune_decide(ex: Exchange) -> None:
    u = uuids(ex)["Camera an ninh"]
    recognise(ex, u)
    with ex.commune() as commune:
        ref = change_requests.request_change(commune, u, status=Status.STOPPED)
        with pytest.raises(ValidationError, match="cấp trên xem xét"):
            change_requests.accept(commune, ref)
    with ex.upper() as upper, pytest.raises(ValidationError, match="Chỉ đơn vị đăng ký"):
        change_requests.request_change(upper, u, status=Status.STOPPED)


def test_the_records_carry_requests_and_part_versions(ex: Exchange) -> None:
    from tests.packaging.exchange import members

    u = uuids(ex)["Camera an ninh"]
    recognise(ex, u)
    with ex.commune() as commune:
        change_requests.request_change(commune, u, status=Status.STOPPED)
    records = json.loads(members(export_plain(ex))["data/records.json"])
    [cr] = records["change_requests"]
    assert (cr["model_uuid"], cr["state"], cr["proposed"]["status"]) == (u, "cho_xem_xet", "dung")
    assert records["upper_versions"][u] == 2  # accepted for evaluation, then recognised
    assert UPPER != COMMUNE


def test_a_request_shows_the_photo_it_adds_not_those_its_first_package_brought(
    ex: Exchange, tmp_path: Path
) -> None:
    from dvk_desktop.services.evidence import add_evidence

    u = uuids(ex)["Thắp sáng"]
    photo = tmp_path / "anh-moi.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"anh moi sau khi khoa" * 100)
    with ex.commune() as commune:
        add_evidence(commune, u, photo, caption="Ảnh mới")
        with commune.sessions() as session:
            added = session.scalars(
                select(Evidence.sha256).where(Evidence.original_name == "anh-moi.jpg")
            ).one()
        change_requests.request_change(commune, u, added_evidence=[added], reason="Thêm ảnh")
    with ex.upper() as upper:  # the model, its photos and the request arrive in one package
        exchange.import_package(upper, export_plain(ex))
        [cr] = change_requests.list_changes(upper)
        lines = change_requests.get_change(upper, cr.uuid).lines
        assert [(x.label, x.new) for x in lines] == [("Minh chứng thêm", "anh-moi.jpg (Ảnh mới)")]
