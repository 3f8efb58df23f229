"""Rows shared by the results report (PDF) and the statistics workbook: Biểu 04 and 05."""

from __future__ import annotations

from dataclasses import dataclass

from dvk_desktop.domain.model import BUDGET_SOURCES
from dvk_desktop.domain.vocab import AwardForm, OrgType
from dvk_desktop.storage.queries.stats import Statistics


def org_label(code: str) -> str:
    """Label of an organisation type code ("" for models without an owner)."""
    if not code:
        return "Chưa ghi đơn vị chủ trì"
    try:
        return OrgType(code).label
    except ValueError:
        return code


def award_label(code: str) -> str:
    """Label of an award form code."""
    try:
        return AwardForm(code).label
    except ValueError:
        return code or "Không ghi hình thức"


@dataclass(frozen=True)
class AwardRow:
    """One line of Biểu 04: a form of commendation by one issuer (zeros when none was given)."""

    form: str  # label
    issuer: str
    collective: int
    individual: int


def award_rows(stats: Statistics) -> list[AwardRow]:
    """Every award form in the catalogue's order, each with its issuers or a row of zeros.

    The fixed rows keep the table comparable across periods and communes: a form nobody
    received still shows, with 0, instead of vanishing.
    """
    rows: list[AwardRow] = []
    known = {f.value for f in AwardForm}
    for form in AwardForm:
        given = [a for a in stats.awards if a.award_form == form.value]
        if not given:
            rows.append(AwardRow(form.label, "", 0, 0))
        rows += [AwardRow(form.label, a.issuer, a.collective, a.individual) for a in given]
    rows += [
        AwardRow(award_label(a.award_form), a.issuer, a.collective, a.individual)
        for a in stats.awards
        if a.award_form not in known
    ]
    return rows


@dataclass(frozen=True)
class ResourceRow:
    """One line of the resources part of Biểu 05."""

    label: str
    unit: str
    value: int


def resource_rows(stats: Statistics) -> list[ResourceRow]:
    """Money by source, its total and labour days, as the registrations hold them."""
    r = stats.resources
    amounts = dict(
        zip(BUDGET_SOURCES.values(), (r.state, r.social, r.people, r.other), strict=True)
    )
    rows = [ResourceRow(f"Kinh phí: {label.lower()}", "đồng", v) for label, v in amounts.items()]
    rows.append(ResourceRow("Tổng kinh phí huy động", "đồng", r.money))
    rows.append(ResourceRow("Ngày công lao động", "ngày công", r.labour_days))
    return rows
