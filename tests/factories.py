"""Builders of valid domain input for tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dvk_desktop.domain.model import IndicatorInput, ModelInput
from dvk_desktop.services import directory
from dvk_desktop.storage.workspace import WorkspaceHandle


def complete_input(handle: WorkspaceHandle, **changes: object) -> ModelInput:
    """A registration that passes the submission rules."""
    org = directory.organisations(handle)[0]
    village = directory.villages(handle)[0]
    data = ModelInput(
        name="Thắp sáng đường quê thôn 3",
        year=2026,
        owner_org_uuid=org.uuid,
        village_uuid=village.uuid,
        place="Thôn 3, phường Hoàn Kiếm",
        start_date=dt.date(2026, 1, 15),
        end_date=dt.date(2026, 12, 15),
        evaluation_date=dt.date(2026, 10, 15),
        goals="Lắp 270 bóng đèn trên 10.700 m đường thôn",
        content="Vận động Nhân dân đóng góp tiền và ngày công",
        indicators=[IndicatorInput("DEN_CHIEU_SANG", "", "", Decimal(270))],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data
