"""The demo workspace: realistic, complete, and across all fields and both types."""

from __future__ import annotations

from sqlalchemy import func, select

from dvk_desktop.domain.vocab import Field, ModelType
from dvk_desktop.services.workspace_setup import workspace_summary
from dvk_desktop.storage.models import DvkModel, ProgressReport
from dvk_desktop.storage.workspace import WorkspaceHandle


def test_demo_has_forty_models_across_all_fields_and_types(demo: WorkspaceHandle) -> None:
    summary = workspace_summary(demo)
    counts = summary["counts"]
    assert isinstance(counts, dict)
    assert counts["models"] >= 40
    assert counts["evidence"] >= 30
    with demo.sessions() as session:
        pairs = set(session.execute(select(DvkModel.field, DvkModel.model_type)).all())
        assert {f.value for f, _ in [(Field(p[0]), 0) for p in pairs]} == {f.value for f in Field}
        assert {p[1] for p in pairs} == {t.value for t in ModelType}
        assert session.scalar(select(func.count()).select_from(ProgressReport)) >= 30
        names = set(session.scalars(select(DvkModel.name)))
    assert "Thắp sáng đường quê" in names
    assert "Tiếng kẻng an ninh" in names


def test_demo_evidence_files_are_real_jpegs_in_the_store(demo: WorkspaceHandle) -> None:
    hashes = list(demo.evidence.iter_hashes())
    assert hashes
    with demo.evidence.open(hashes[0]) as fh:
        assert fh.read(3) == b"\xff\xd8\xff"
