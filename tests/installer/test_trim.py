"""The bundle's trimming rules and the build script's helpers, checked without building."""

from __future__ import annotations

import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import build  # noqa: E402
import trim  # noqa: E402

import dvk_desktop  # noqa: E402


def test_version_comes_from_pyproject_and_names_the_package_attribute():
    assert build.read_version() == dvk_desktop.__version__


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ],
)
def test_only_the_qt_plugins_the_program_needs_are_kept(dest, kept):
    assert trim.plugin_kept(dest) is kept


def test_a_library_that_is_no_plugin_is_not_judged_as_one():
    assert trim.plugin_kept("PySide6/Qt/lib/libQt6Core.so.6") is None


def test_two_of_qts_translations_are_kept():
    names = ["qtbase_en.qm", "qt_en.qm", "qtbase_de.qm", "qt_help_fr.qm", "qtdeclarative_en.qm"]
    entries = [(f"PySide6/Qt/translations/{n}", f"/src/{n}", "DATA") for n in names]
    entries.append(("resources/translations/dvk_en.qm", "/src/dvk_en.qm", "DATA"))
    kept = {Path(e[0]).name for e in trim.keep_data(entries)}
    assert kept == {"qtbase_en.qm", "qt_en.qm", "dvk_en.qm"}


def test_libraries_only_dropped_plugins_needed_go_with_them():
    # gtk3 theme -> libgtk -> libcairo; QtGui -> libQt6Core; the ICU data only via Core.
    links = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/s/libQt6Core.so.6": ["libicuuc.so.73"],
        "/s/libicuuc.so.73": ["libicudata.so.73"],
        "/s/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "/s/libgtk-3.so.0": ["libcairo.so.2"],
    }
    entries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/s/libicuuc.so.73", "BINARY"),
        ("PySide6/Qt/lib/libicudata.so.73", "/s/libicudata.so.73", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libgtk-alias.so", "libgtk-3.so.0", "SYMLINK"),
    ]
    kept = {e[0] for e in trim.keep_binaries(entries, lambda src: links.get(src, []))}
    assert kept == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libicuuc.so.73",
        "PySide6/Qt/lib/libicudata.so.73",
        "libpython3.11.so.1.0",  # opened by the bootloader, linked by nothing
        "libQt6Core.so.6",  # a link whose target stays
    }


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("rapidfuzz/fuzz_cpp_avx2.cpython-311-x86_64-linux-gnu.so", False),
        ("rapidfuzz\\distance\\metrics_cpp_avx2.cp311-win_amd64.pyd", False),
        ("rapidfuzz/fuzz_cpp.cpython-311-x86_64-linux-gnu.so", True),
        ("rapidfuzz/distance/metrics_cpp.cp311-win_amd64.pyd", True),
    ],
)
def test_rapidfuzz_keeps_its_plain_build_only(dest, kept):
    entries = [(dest, "/s/" + dest, "EXTENSION")]
    assert bool(trim.keep_binaries(entries, lambda _src: [])) is kept


def test_rapidfuzz_works_without_its_avx2_build(tmp_path):
    # What the bundle holds: the plain build only. It must still load and score.
    import shutil
    import subprocess
    import sys

    import rapidfuzz

    copy = tmp_path / "rapidfuzz"
    shutil.copytree(Path(rapidfuzz.__file__).parent, copy)
    for avx2 in copy.rglob("*_avx2.*"):
        avx2.unlink()
    code = (
        "import rapidfuzz, sys; from rapidfuzz import fuzz, process;"
        f"assert rapidfuzz.__file__.startswith({str(copy)!r}), rapidfuzz.__file__;"
        "print(round(fuzz.token_sort_ratio('thap sang duong que', 'duong que thap sang')),"
        " process.extractOne('camera an ninh', ['bep an', 'camera an ninh to 5'])[0])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.split() == ["100", "camera", "an", "ninh", "to", "5"]


def test_folder_size_counts_files_once_and_links_not_at_all(tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 500)
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert build.folder_size(tmp_path) == 1500


def test_archive_holds_the_folder_under_its_name(tmp_path):
    folder = tmp_path / "DVK Desktop"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "x.txt").write_text("nội dung", encoding="utf-8")
    out = build.make_archive(folder, tmp_path / "a.tar.xz")
    with tarfile.open(out) as tf:
        assert "DVK Desktop/_internal/x.txt" in tf.getnames()


def test_the_test_command_runs_the_bundle_tests_and_installs_makensis():
    script = (ROOT / "scripts" / "run-tests.sh").read_text(encoding="utf-8")
    pytest_line = next(line for line in script.splitlines() if "python -m pytest" in line)
    assert " -m " not in pytest_line.split("pytest", 1)[1]  # no marker filter: bundle tests run
    assert " nsis" in script and " gcc" in script
