"""The core's message catalogue: every marked template has English, with the same placeholders."""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from dvk_desktop import messages
from dvk_desktop.domain.model import ModelInput, check_savable
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t, joined, placeholders, render

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "core_en.json"


def marked_templates() -> dict[str, str]:
    """Every ``_t("…")`` template in dvk_desktop/, with where it was found."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "dvk_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id != "_t":
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0] if node.args else None
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                f"{where}: _t() needs a string literal, so the catalogue can be checked"
            )
            found.setdefault(first.value, where)
    return found


def test_every_marked_template_has_english_with_the_same_placeholders() -> None:
    english = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    templates = marked_templates()
    assert len(templates) > 350
    missing = [f"{where}: {t}" for t, where in templates.items() if t not in english]
    assert not missing, "no English in core_en.json for:\n" + "\n".join(missing)
    wrong = [
        f"{where}: {t} → {english[t]}"
        for t, where in templates.items()
        if placeholders(t) != placeholders(english[t])
    ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)
    assert list(english) == sorted(english), "keep core_en.json sorted (merges stay small)"


def test_a_marked_message_is_its_vietnamese_text_and_renders_in_english() -> None:
    msg = _t("Chỉ tiêu “{label}” được nhập hai lần.", label="Số hộ")
    assert msg == "Chỉ tiêu “Số hộ” được nhập hai lần."
    assert render(msg, "vi") == msg
    assert render(msg, "en") == "The indicator “Số hộ” is entered twice."
    # Arguments that are themselves messages are translated too, and so are joined lists.
    nested = _t("“{label}” không được âm.", label=_t("Ngày công"))
    assert render(nested, "en") == "“Labour days” must not be negative."
    both = joined([_t("Chưa nhập tên mô hình."), _t("Chưa có thời điểm đánh giá kết quả.")])
    assert render(both, "en") == (
        "The model's name has not been entered. No results evaluation date yet."
    )
    # A copy through pickle (a worker process) keeps the template.
    assert render(pickle.loads(pickle.dumps(msg)), "en") == render(msg, "en")
    # Text nobody marked stays as it is.
    assert render("Ghi chú tự do của người dùng", "en") == "Ghi chú tự do của người dùng"


def test_a_validation_error_is_shown_in_the_display_language() -> None:
    data = ModelInput(name="", year=1990)
    with pytest.raises(ValidationError) as caught:
        check_savable(data)
    exc = caught.value
    assert "Năm đăng ký 1990 không hợp lệ" in exc.user_text("vi") + " ".join(exc.details)
    english = exc.user_text("en") + " " + " ".join(exc.user_details("en"))
    assert "Registration year 1990 is not valid" in english
    assert "không" not in english
    previous = messages.language()
    messages.set_language("en")
    try:
        assert exc.user_details() == exc.user_details("en")
    finally:
        messages.set_language(previous)


def test_quoted_labels_and_spreadsheet_problem_lines_are_translated() -> None:
    from dvk_desktop.domain.lifecycle import check_transition
    from dvk_desktop.domain.vocab import Status, WorkspaceRole
    from dvk_desktop.reports.excel.import_values import ImportProblem

    with pytest.raises(ValidationError) as caught:
        check_transition(Status.REGISTERED, Status.AWARDED, WorkspaceRole.COMMUNE)
    english = caught.value.user_text("en")
    assert english.startswith("A model cannot move from “"), english
    assert Status.REGISTERED.label not in english  # the status names are English too
    line = ImportProblem(5, "Năm đăng ký", _t("phải là số nguyên.")).text()
    assert line == "Dòng 5, cột “Năm đăng ký”: phải là số nguyên."
    assert render(line, "en") == "Row 5, column “Năm đăng ký”: must be a whole number."


def _commands_outside_cli_wordings() -> list[str]:
    """Marked templates naming a ``dvk …`` command that are not the CLI side of a hint."""
    import re

    command = re.compile(r"\bdvk [a-z]")
    found: list[str] = []
    for path in sorted((ROOT / "dvk_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        cli_sides = {
            id(keyword.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "per_interface"
            for keyword in node.keywords
            if keyword.arg == "cli"
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id != "_t" or id(node) in cli_sides:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and command.search(str(first.value)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {first.value}")
    return found


def test_a_hint_naming_a_command_has_a_gui_wording_without_it() -> None:
    # The CLI runs in the same core, so hints name commands; a GUI user has no command line.
    assert not _commands_outside_cli_wordings(), "\n".join(_commands_outside_cli_wordings())


def test_the_gui_is_told_the_menu_and_the_cli_the_command(tmp_path: Path) -> None:
    from dvk_desktop.errors import DvkError
    from dvk_desktop.storage.workspace import open_workspace

    with pytest.raises(DvkError) as caught:
        open_workspace(tmp_path / "chua-co")
    hint = caught.value.hint
    assert "dvk init" in render(hint, "vi") and "dvk init" in str(hint)
    for code in ("vi", "en"):
        assert "dvk" not in render(hint, code, gui=True)
    assert (
        render(hint, "vi", gui=True) == "Hãy tạo vùng làm việc mới (Tệp → Tạo vùng làm việc mới…)."
    )
    assert (
        render(hint, "en", gui=True) == "Create a new workspace (File → Create a new workspace…)."
    )
    assert pickle.loads(pickle.dumps(hint)) == hint  # it crosses to the GUI's worker threads
    assert render(pickle.loads(pickle.dumps(hint)), "en", gui=True).startswith("Create")
