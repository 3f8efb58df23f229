"""The window never offers the demo over a workspace that is half-way through a restore."""

from __future__ import annotations

from pathlib import Path

from dvk_desktop.gui import app as gui_app
from dvk_desktop.services.backup import backup_workspace
from dvk_desktop.storage.recovery import RestorePlan, begin_swap, restore_journal
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace


def test_a_half_restored_path_counts_as_a_workspace_and_opens_whole(
    workspace: WorkspaceHandle, tmp_path: Path
) -> None:
    import shutil

    backup_workspace(workspace, tmp_path / "usb")
    root = workspace.paths.root
    workspace.close()
    staging = root.parent / ".ws.khoi-phuc-test"
    shutil.copytree(root, staging)
    aside = root.parent / "ws.truoc-khoi-phuc-test"
    begin_swap(RestorePlan(root, staging, aside))
    root.rename(aside)  # killed here: nothing at the path
    assert restore_journal(root).name == f".{root.name}.khoi-phuc.json"  # what app.py checks
    assert gui_app.has_workspace(root)  # so no "use the demo data?" question
    with open_workspace(root) as handle:
        assert handle.info().unit_code == "00070"
