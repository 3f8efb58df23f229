"""At the province: codes qualified by commune, decisions with their scan and annex, sent back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dvk_desktop.domain.vocab import DecisionKind, ImportOutcome, Status
from dvk_desktop.errors import ValidationError
from dvk_desktop.services import decisions, evidence, models, reporting
from dvk_desktop.services.exchange import batch, send_back
from dvk_desktop.services.models import AmbiguousModelError
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from tests.reports.tools import pdftotext
from tests.upper import COMMUNE_PASS, NAMES, UPPER_PASS, Office, build_office, copy_office, packages


@pytest.fixture(scope="session")
def imported_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    office = build_office(tmp_path_factory.mktemp("office") / "o", 2)
    with office.province() as province:
        batch.import_files(province, packages(office))
    return office


@pytest.fixture
def office(imported_template: Office, tmp_path: Path) -> Office:
    return copy_office(imported_template, tmp_path / "o")


def test_a_bare_code_held_by_two_communes_is_refused_with_both_named(office: Office) -> None:
    first, second = office.codes
    with office.province() as province:
        with pytest.raises(AmbiguousModelError) as caught:
            models.get_model(province, "MH-2026-001")
        assert [c[0] for c in caught.value.candidates] == [
            f"{first}/MH-2026-001",
            f"{second}/MH-2026-001",
        ]
        assert "ví dụ" in caught.value.hint
        snap = models.get_model(province, f"{second}/MH-2026-001")
        assert snap["source_unit_code"] == second
    with office.commune(first) as commune:  # at the commune itself the bare code is enough
        assert models.get_model(commune, "MH-2026-001")["source_unit_code"] == first


def test_the_province_cannot_edit_a_communes_registration(office: Office) -> None:
    with office.province() as province:
        uuid = models.get_model(province, f"{office.codes[0]}/MH-2026-001")["uuid"]
        data = models.get_input(province, uuid)
        data.place = "Đổi ở tỉnh"
        with pytest.raises(ValidationError, match="chỉ xem, không sửa"):
            models.update_model(province, uuid, data)


def _uuids(province, code: str) -> list[str]:  # type: ignore[no-untyped-def]
    with province.readers() as session:
        return [r.uuid for r in list_models(session, ModelFilter(source_unit_code=code))]


def test_a_recognition_with_its_scan_then_decisions_go_back_to_every_commune(
    office: Office, tmp_path: Path
) -> None:
    first, second = office.codes
    scan = tmp_path / "qd-12.pdf"
    scan.write_bytes(b"%PDF-1.4 quyet dinh da ky\n%%EOF\n")
    with office.province() as province:
        chosen = _uuids(province, first)[:2] + _uuids(province, second)[:1]
        uuid = decisions.record_decision(
            province,
            decisions.DecisionInput(
                kind=DecisionKind.RECOGNITION, number="12/QĐ-BTGDVTU",
                signed_on=dt.date(2026, 11, 20), issuer="Ban Tuyên giáo và Dân vận Thành ủy",
                model_uuids=chosen, scan=scan,
            ),
        )  # fmt: skip
        held = evidence.list_evidence(province, chosen[0])
        assert any(e.caption.startswith("Quyết định số 12/QĐ-BTGDVTU") for e in held)
        annex = tmp_path / "phu-luc.pdf"
        reporting.print_decision_annex(province, uuid, annex)
        text = pdftotext(annex)
        assert "ĐƯỢC CÔNG NHẬN" in text and "12/QĐ-BTGDVTU" in text
        assert f"{first}/MH-2026-00" in text
        waiting = {p.code: p for p in send_back.pending(province)}
        assert waiting[first].changed == 2 and waiting[second].changed == 1
        results = send_back.send_news(province, tmp_path / "usb", passphrase=UPPER_PASS)
        assert [r.code for r in results] == sorted([first, second])
        assert all(r.export is not None and r.export.encrypted for r in results)
        assert not any(p.has_news for p in send_back.pending(province))
        with pytest.raises(ValidationError, match="Không có xã nào"):
            send_back.send_news(province, tmp_path / "usb", passphrase=UPPER_PASS)
    files = {r.code: r.export.path for r in results if r.export}
    with office.commune(first) as commune:
        summary = batch.import_files(commune, [files[first]], passphrase=COMMUNE_PASS)
        assert summary.results[0].outcome is ImportOutcome.IMPORTED
        recognised = [
            m for m in _uuids(commune, first) if models.get_model(commune, m)["status"]
            == Status.RECOGNISED.value
        ]  # fmt: skip
        assert len(recognised) == 2
        assert [d.number for d in decisions.list_decisions(commune)] == ["12/QĐ-BTGDVTU"]
        wrong = batch.import_files(commune, [files[second]], passphrase=COMMUNE_PASS)
        assert wrong.results[0].outcome is ImportOutcome.REFUSED


def test_proposals_for_commendation_move_together_or_not_at_all(office: Office) -> None:
    first = office.codes[0]
    with office.province() as province:
        chosen = _uuids(province, first)
        with pytest.raises(ValidationError, match="chưa lưu gì"):
            decisions.propose_for_award(province, chosen)
        decisions.record_decision(
            province,
            decisions.DecisionInput(
                DecisionKind.RECOGNITION, "1/QĐ", dt.date(2026, 11, 1), "Ban", chosen
            ),
        )
        decisions.record_decision(
            province,
            decisions.DecisionInput(
                DecisionKind.EXEMPLARY, "2/QĐ", dt.date(2026, 11, 2), "Ban", chosen[:2]
            ),
        )
        assert decisions.propose_for_award(province, chosen[:2]) == 2
        states = {models.get_model(province, u)["status"] for u in chosen[:2]}
        assert states == {Status.PROPOSED_AWARD.value}
        assert decisions.eligible_statuses(DecisionKind.AWARD) == [Status.PROPOSED_AWARD]
        assert len(chosen) == len(NAMES)


def test_a_scan_that_is_not_a_pdf_or_photo_is_refused(office: Office, tmp_path: Path) -> None:
    doc = tmp_path / "qd.docx"
    doc.write_bytes(b"PK")
    with office.province() as province:
        chosen = _uuids(province, office.codes[0])[:1]
        with pytest.raises(ValidationError, match="PDF hoặc ảnh"):
            decisions.record_decision(
                province,
                decisions.DecisionInput(
                    DecisionKind.RECOGNITION,
                    "3/QĐ",
                    dt.date(2026, 11, 1),
                    "Ban",
                    chosen,
                    scan=doc,
                ),
            )
        assert decisions.list_decisions(province) == []
