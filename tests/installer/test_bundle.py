"""The real bundle: built once per run, within its size budget, and proving itself when run.

Marked ``bundle`` (building takes minutes): ``pytest -m "not bundle"`` skips it for a quick
run; scripts/run-tests.sh (the test command) runs it. DVK_TEST_BUNDLE_DIST=<dist folder>
reuses a bundle already built by installer/build.py instead of building one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import build  # noqa: E402

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]
# Qt's offscreen plugin says this for every window it cannot resize like a desktop would.
BENIGN = ("This plugin does not support propagateSizeHints()",)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl

    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # the other xdist worker waits for the same build
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dist folder with the bundle, its archive and the bare baseline (built once per run)."""
    given = os.environ.get("DVK_TEST_BUNDLE_DIST")
    if given:
        return Path(given)
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the same folder for every worker of this run
    out = shared / "bundle-dist"
    with _locked(shared / "bundle.lock"):
        if not (out / build.REPORT).is_file():
            build.build(out, shared / "bundle-work")
    return out


@pytest.fixture(scope="session")
def report(dist: Path) -> dict:
    return json.loads((dist / build.REPORT).read_text(encoding="utf-8"))


@pytest.fixture
def bundle(dist: Path) -> Path:
    return dist / build.APP_FOLDER


@pytest.fixture
def fresh_env(tmp_path: Path) -> dict[str, str]:
    """A fresh user profile: nothing from this machine's settings or the source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DVK_", "PYTHON", "QT_"))}
    home = tmp_path / "home"
    home.mkdir()
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _run(
    command: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _noise(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and line not in BENIGN]


def test_bundle_is_no_larger_than_a_bare_pyside6_window(report):
    app, bare = report["app"], report["bare"]
    assert app["unpacked"] <= bare["unpacked"], (app["unpacked"], bare["unpacked"])
    assert app["compressed"] <= bare["compressed"], (app["compressed"], bare["compressed"])


def test_the_two_programs_share_one_module_archive(bundle):
    internal = bundle / "_internal"
    assert (internal / "dvk-modules.pyz").stat().st_size > 5_000_000
    for program in ("DVK Desktop", "dvk"):
        assert (bundle / program).stat().st_size < 3_000_000, program  # bootloader, no modules


def test_bundle_leaves_out_what_the_program_does_not_use(bundle):
    from PyInstaller.archive.readers import ZlibArchiveReader

    modules = set(ZlibArchiveReader(str(bundle / "_internal" / "dvk-modules.pyz")).toc)
    assert "dvk_desktop.gui.app" in modules and "dvk_desktop.cli.transfer_cmd" in modules
    for absent in ("pygments", "unittest", "doctest", "psycopg", "PySide6.QtNetwork", "tkinter"):
        assert absent not in modules, absent
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]
    qt_translations = [f for f in files if "/Qt/translations/" in f]
    assert sorted(Path(f).name for f in qt_translations) == ["qt_en.qm", "qtbase_en.qm"]
    for absent in ("wayland", "eglfs", "libqgtk3", "/tls/", "libgtk-3", "libQt6Network", "_avif"):
        assert not [f for f in files if absent in f.lower()], absent
    plugins = {f.split("/plugins/")[1] for f in files if "/plugins/" in f}
    assert {"platforms/libqoffscreen.so", "platforms/libqxcb.so"} <= plugins
    icu_data = next(bundle.rglob("libicudata.so.*"))
    assert icu_data.stat().st_size < 100_000  # Qt's 31 MB table replaced by the empty one


def test_bundled_cli_self_test_passes(bundle, fresh_env):
    started = time.monotonic()
    done = _run([str(bundle / "dvk"), "--self-test"], fresh_env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and "self-test passed" in lines[0]
    assert "migrations" in lines[0] and "import" in lines[0]
    assert time.monotonic() - started < 60


def test_bundled_gui_self_test_passes_offscreen(bundle, fresh_env):
    done = _run([str(bundle / "DVK Desktop"), "--self-test"], fresh_env)
    assert done.returncode == 0, done.stderr
    assert "self-test passed" in done.stdout and "window" in done.stdout
    assert "(offscreen)" in done.stdout
    assert not _noise(done.stderr), done.stderr


def test_bundled_gui_runs_on_an_x11_display(bundle, fresh_env, tmp_path):
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (scripts/run-tests.sh installs it)")
    display = f":{200 + os.getpid() % 500}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    try:
        time.sleep(1.0)
        env = dict(fresh_env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        done = _run([str(bundle / "DVK Desktop"), "--self-test"], env)
    finally:
        server.terminate()
        server.wait(10)
    assert done.returncode == 0, done.stderr
    assert "(xcb)" in done.stdout
    assert not _noise(done.stderr), done.stderr


def test_first_start_on_a_fresh_profile_reaches_the_first_run_screen(bundle, fresh_env):
    env = dict(fresh_env, DVK_EXIT_AFTER_PAINT="1")
    done = _run([str(bundle / "DVK Desktop")], env, timeout=60)
    assert done.returncode == 0, done.stderr
    painted = done.stdout.split()
    assert painted[0] == "first-paint" and painted[2] in ("QMessageBox", "FirstRunWizard")
    assert not _noise(done.stderr), done.stderr


def test_portable_mode_keeps_data_and_logs_beside_the_program(bundle, fresh_env, tmp_path):
    copy = tmp_path / "usb" / "DVK Desktop"
    shutil.copytree(bundle, copy, symlinks=True)
    (copy / "portable.txt").write_text("", encoding="utf-8")
    done = _run([str(copy / "dvk"), "init", "--unit", "20791"], fresh_env)
    assert done.returncode == 0, done.stderr
    assert (copy / "data" / "workspace" / "dvk.sqlite3").is_file()
    missing = _run([str(copy / "dvk"), "models", "show", "MH-2026-999"], fresh_env)
    assert missing.returncode == 2  # a user error: logged in the portable workspace
    assert "user error" in (copy / "data" / "workspace" / "logs" / "dvk.log").read_text()
    home = Path(fresh_env["HOME"])
    assert not [p for p in home.rglob("*") if p.is_file()]  # nothing in the user's profile


def test_postgresql_needs_the_optional_component(bundle, dist, fresh_env, tmp_path):
    url = os.environ.get("DVK_TEST_POSTGRES_URL", "")
    if not url:
        pytest.fail("DVK_TEST_POSTGRES_URL is not set: run the tests through scripts/run-tests.sh")
    from sqlalchemy import create_engine, text

    from dvk_desktop.services.workspace_setup import init_workspace

    name = f"dvk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        init_workspace(
            tmp_path / "office", unit_code="48", database_url=url.replace("/postgres?", f"/{name}?")
        ).close()
        copy = tmp_path / "DVK Desktop"
        shutil.copytree(bundle, copy, symlinks=True)
        command = [str(copy / "dvk"), "info", "-w", str(tmp_path / "office")]
        without = _run(command, fresh_env)
        assert without.returncode == 2
        assert "thành phần PostgreSQL" in without.stderr
        shutil.copytree(dist / "postgres", copy, dirs_exist_ok=True)
        with_component = _run(command, fresh_env)
        reports = sorted((tmp_path / "office" / "logs").glob("bao-cao-loi-*.txt"))
        assert with_component.returncode == 0, reports[-1].read_text() if reports else ""
        assert "48" in with_component.stdout
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_installer_script_compiles_with_makensis(bundle, dist, tmp_path):
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.fail("makensis is missing: scripts/run-tests.sh installs Debian's nsis")
    out = tmp_path / "DVK-Desktop-test-setup.exe"
    done = subprocess.run(
        [makensis, "-V2", "-WX", "-DFAST", f"-DVERSION={build.read_version()}",
         f"-DBUNDLE={bundle}", f"-DPOSTGRES={dist / 'postgres'}", f"-DOUTFILE={out}",
         "dvk-setup.nsi"],
        cwd=ROOT / "installer", capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.stat().st_size > 50_000_000  # the whole bundle went in
    assert out.read_bytes()[:2] == b"MZ"
