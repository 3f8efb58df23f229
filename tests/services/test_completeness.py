"""Which evidence a commune's models reference that the province does not hold yet."""

from __future__ import annotations

from pathlib import Path

from dvk_desktop.services import completeness, exchange
from tests.upper import Office, build_office, packages


def test_evidence_referenced_but_not_held_is_listed_by_model(tmp_path: Path) -> None:
    office: Office = build_office(tmp_path / "o", 1)
    with office.province() as province:
        assert completeness.missing_evidence(province) == []
        exchange.import_package(province, packages(office)[0])
        assert completeness.missing_evidence(province) == []  # the photo came in the package
        [row] = [e for e in _all(province)]
        province.evidence.path_for(row).unlink()  # lost from the store (a purge, a bad disk)
        missing = completeness.missing_evidence(province)
        assert [(m.unit_code, m.model_code, m.sha256) for m in missing] == [
            (office.codes[0], "MH-2026-001", row)
        ]
        assert completeness.missing_evidence(province, commune="00000") == []


def _all(handle):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from dvk_desktop.storage.models import Evidence

    with handle.readers() as session:
        return list(session.scalars(select(Evidence.sha256)))
