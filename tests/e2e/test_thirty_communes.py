"""A province's year with 30 communes: export, import, review, score, decide, send back, import.

At the end the province's report must be the sum of its communes' own reports, and every
commune must hold the province's verdicts, scores and decisions on its models.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from dvk_desktop.domain.period import Period
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import AwardForm, DecisionKind, ImportOutcome, Status
from dvk_desktop.services import decisions, evaluations, feedback, models, review
from dvk_desktop.services.exchange import batch, import_package, send_back
from dvk_desktop.services.statistics import collect_statistics
from dvk_desktop.storage.queries.stats import Statistics
from tests.upper import COMMUNE_PASS, UPPER_PASS, build_office, packages

N = 30
PERIOD = Period(2026, 2026)
ISSUER = "Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng"
POINTS = {"sang_tao": 18, "hieu_qua": 30, "huy_dong": 17, "ben_vung": 13, "ho_so": 9}

pytestmark = pytest.mark.slow  # 6-7 minutes on the shared 2-core machine (30 workspaces, keys)


def _uuids(province, codes: list[str], number: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [models.get_model(province, f"{c}/MH-2026-00{number}")["uuid"] for c in codes]


def _decide(province, kind, number, uuids, form=None) -> None:  # type: ignore[no-untyped-def]
    decisions.record_decision(
        province,
        decisions.DecisionInput(
            kind=kind, number=number, signed_on=dt.date(2026, 11, 20), issuer=ISSUER,
            model_uuids=uuids, award_form=form,
        ),
    )  # fmt: skip


def _figures(stats: Statistics) -> dict[str, Counter[object]]:
    """The report's tables as counters, so the communes' can be added up."""
    out: dict[str, Counter[object]] = {
        "total": Counter({"total": stats.total}),
        "field_type": Counter(stats.by_field_type),
        "org_type": Counter(stats.by_org_type),
        "stages": Counter(),
        "awards": Counter(),
        "indicators": Counter(),
    }
    for f, stages in stats.stages_by_field.items():
        for stage, n in stages.items():
            out["stages"][(f, stage)] += n
    for a in stats.awards:
        out["awards"][(a.award_form, a.issuer, "tap_the")] += a.collective
        out["awards"][(a.award_form, a.issuer, "ca_nhan")] += a.individual
    for i in stats.indicators:
        out["indicators"][(i.code, "models")] += i.models
        out["indicators"][(i.code, "target")] += i.target  # type: ignore[assignment]
        out["indicators"][(i.code, "actual")] += i.actual  # type: ignore[assignment]
    return {k: +v for k, v in out.items()}  # drop zero counts on both sides


def test_thirty_communes_round_trip_and_the_totals_add_up(tmp_path: Path) -> None:
    office = build_office(tmp_path / "o", N)
    codes = office.codes
    assert len(packages(office)) == N
    own_before = {}
    for code in codes:
        with office.commune(code) as commune:
            own_before[code] = _figures(collect_statistics(commune, PERIOD))

    with office.province() as province:
        summary = batch.import_files(province, packages(office))
        assert [r.outcome for r in summary.results] == [ImportOutcome.IMPORTED] * N
        assert len(review.list_reviews(province)) == 4 * N
        # Review: 001 and 003 accepted, 002 returned with a comment, 004 of every third
        # commune not eligible.
        review.set_reviews(
            province, _uuids(province, codes, 1) + _uuids(province, codes, 3),
            ReviewState.ACCEPTED, comment="Hồ sơ đầy đủ.", actor="Lê Văn Hùng",
        )  # fmt: skip
        review.set_reviews(
            province, _uuids(province, codes, 2), ReviewState.NEEDS_INFO,
            comment="Bổ sung số hộ hưởng lợi theo từng thôn.", actor="Lê Văn Hùng",
        )  # fmt: skip
        review.set_reviews(
            province, _uuids(province, codes[::3], 4), ReviewState.NOT_ACCEPTED,
            comment="Chưa có kết quả cụ thể.", actor="Lê Văn Hùng",
        )  # fmt: skip
        # Scoring: two council members on every accepted model.
        for uuid in _uuids(province, codes, 1) + _uuids(province, codes, 3):
            for member, bonus in (("Nguyễn Văn An", 1), ("Trần Thị Bình", 0)):
                evaluations.score_model(
                    province, uuid, member, {**POINTS, "sang_tao": POINTS["sang_tao"] + bonus},
                    evaluated_on=dt.date(2026, 11, 10),
                )  # fmt: skip
        # Decisions: recognise the accepted, refuse the not eligible, and take the first ten
        # communes' 001 through exemplary and a proposal to a commendation.
        _decide(province, DecisionKind.RECOGNITION, "125-QĐ/BTGDVTU",
                _uuids(province, codes, 1) + _uuids(province, codes, 3))  # fmt: skip
        _decide(province, DecisionKind.NOT_ACHIEVED, "126-QĐ/BTGDVTU",
                _uuids(province, codes[::3], 4))  # fmt: skip
        best = _uuids(province, codes[:10], 1)
        _decide(province, DecisionKind.EXEMPLARY, "127-QĐ/BTGDVTU", best)
        assert decisions.propose_for_award(province, best, note="Tờ trình số 5") == 10
        _decide(province, DecisionKind.AWARD, "128-QĐ/UBND", best,
                AwardForm.PROVINCE_CERTIFICATE)  # fmt: skip
        pending = {p.code for p in send_back.pending(province) if p.has_news}
        assert pending == set(codes)
        results = send_back.send_news(province, tmp_path / "ve-xa", passphrase=UPPER_PASS)
        assert len(results) == N and all(r.export is not None for r in results)
        assert {p.code for p in send_back.pending(province) if p.has_news} == set()
        upper = collect_statistics(province, PERIOD)
        upper_figures = _figures(upper)
        by_unit = {u.code: u for u in upper.by_unit}

    communes_sum: dict[str, Counter[object]] = {}
    for result in results:
        assert result.export is not None
        with office.commune(result.code) as commune:
            imported = import_package(commune, result.export.path, passphrase=COMMUNE_PASS)
            assert imported.status == "imported", imported
            own = _figures(collect_statistics(commune, PERIOD))
            assert own["total"] == own_before[result.code]["total"]  # no model lost or added
            for key, counter in own.items():
                communes_sum.setdefault(key, Counter()).update(counter)
            # The province's row for this commune is the commune's own report.
            row = by_unit[result.code]
            assert row.collective + row.individual == own["total"]["total"]
            first = feedback.model_feedback(commune, "MH-2026-001")
            assert first.review is not None and first.review.state is ReviewState.ACCEPTED
            assert first.review.actor == "Lê Văn Hùng"
            assert [s.member for s in first.scoring.sheets] == ["Nguyễn Văn An", "Trần Thị Bình"]
            assert first.scoring.average == Decimal("87.5")
            assert "125-QĐ/BTGDVTU" in {d.number for d in first.decisions}
            returned = feedback.model_feedback(commune, "MH-2026-002")
            assert returned.status is Status.IMPLEMENTING
            assert returned.review is not None
            assert returned.review.comment == "Bổ sung số hộ hưởng lợi theo từng thôn."
            status = models.get_model(commune, "MH-2026-001")["status"]
            top = result.code in codes[:10]
            assert status == (Status.AWARDED if top else Status.RECOGNISED).value

    assert communes_sum == upper_figures
    stages = Counter({stage: n for (_, stage), n in upper_figures["stages"].items()})
    assert upper.total == 4 * N
    awards = sum(n for k, n in upper_figures["awards"].items())
    assert awards == 10
    assert stages  # the report counts stages at all (the sums above compare something)
