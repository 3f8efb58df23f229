"""Core messages (errors, problem lines) are shown in the interface's language."""

from __future__ import annotations

import pytest

from dvk_desktop.domain.model import ModelInput
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.errors import show_error
from dvk_desktop.services import models
from tests.gui.conftest import open_window


def test_a_refusal_in_the_english_interface_is_english(qtbot, english, workspace):
    window = open_window(qtbot, workspace)
    # A real refusal from the service: a registration year before the movement began.
    with pytest.raises(DvkError) as caught:
        models.create_model(workspace, ModelInput(name="Thắp sáng đường quê thôn 3", year=1990))
    dialog = show_error(window, caught.value)
    shown = dialog.ui.message_label.text() + "\n" + dialog.details
    assert "Registration year 1990 is not valid" in shown
    assert "không hợp lệ" not in shown
    # The Vietnamese text is still what the exception holds (the CLI and the log use it).
    assert "không hợp lệ" in caught.value.message + " ".join(caught.value.details)
    dialog.close()


def test_the_editor_lists_problems_in_english(qtbot, english, workspace):
    window = open_window(qtbot, workspace)
    window.ui.action_new_model.trigger()
    editor = window.editors[None]
    qtbot.waitExposed(editor)
    editor._validate()
    lines = [editor.ui.problems_list.item(i).text() for i in range(editor.ui.problems_list.count())]
    assert "The model's name has not been entered." in lines
    assert not [line for line in lines if "Chưa" in line]


def test_progress_from_the_core_reads_in_english(qtbot, english, workspace, tmp_path):
    # The backup's last step reports "Đang kiểm tra bản sao lưu" from the core.
    import threading

    from dvk_desktop.gui.tasks import Operation
    from dvk_desktop.services import backup

    release = threading.Event()

    class Holding:
        def __init__(self, reporter):  # type: ignore[no-untyped-def]
            self.reporter = reporter

        def report(self, done, total, message=""):  # type: ignore[no-untyped-def]
            self.reporter.report(done, total, message)
            if done == total - 1:
                release.wait(10)  # hold the dialog on the checking step

    operation = Operation(
        parent=None,
        op=lambda reporter, cancel: backup.backup_workspace(
            workspace, tmp_path, reporter=Holding(reporter), cancel=cancel
        ),
    ).with_progress("Backing up")
    operation.run()
    try:
        qtbot.waitUntil(
            lambda: (
                operation._dialog is not None
                and "Checking the backup" in operation._dialog.labelText()
            ),
            timeout=10_000,
        )
    finally:
        release.set()
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
