"""Core messages (errors, problem lines) are shown in the interface's language."""

from __future__ import annotations

import pytest

from dvk_desktop import messages
from dvk_desktop.domain.model import ModelInput
from dvk_desktop.errors import DvkError
from dvk_desktop.gui import app as gui_app
from dvk_desktop.gui.errors import show_error
from dvk_desktop.services import models
from tests.gui.conftest import open_window


@pytest.fixture
def english(qapp):
    assert gui_app.install_translator(qapp, "en")
    assert messages.language() == "en"
    yield
    gui_app.install_translator(qapp, "vi")
    assert messages.language() == "vi"


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
