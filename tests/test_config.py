"""Where data, logs and settings live: the per-user folders, or beside a portable program."""

from __future__ import annotations

import sys

import pytest

from dvk_desktop import config


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    """As if running from a bundle in ``tmp_path/DVK Desktop``."""
    folder = tmp_path / "DVK Desktop"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "DVK Desktop.exe"))
    monkeypatch.delenv("DVK_WORKSPACE", raising=False)
    return folder


def test_a_marker_file_beside_the_program_keeps_everything_beside_it(frozen):
    (frozen / config.PORTABLE_MARKER).write_text("", encoding="utf-8")
    data = frozen / config.PORTABLE_DATA
    assert config.portable_dir() == data
    assert config.default_workspace_dir() == data / "workspace"
    assert config.default_log_dir() == data / "logs"
    assert config.settings_file() == data / "dvk-desktop.ini"


def test_without_the_marker_the_bundle_uses_the_users_folders(frozen):
    assert config.portable_dir() is None
    assert config.settings_file() is None
    assert frozen not in config.default_workspace_dir().parents
    assert frozen not in config.default_log_dir().parents


def test_running_from_source_is_never_portable(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    (tmp_path / config.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    assert config.app_dir() is None and config.portable_dir() is None


def test_dvk_workspace_wins_over_portable_mode(frozen, tmp_path, monkeypatch):
    (frozen / config.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("DVK_WORKSPACE", str(tmp_path / "elsewhere"))
    assert config.default_workspace_dir() == tmp_path / "elsewhere"
