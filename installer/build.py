"""Build the one-folder bundle, its archive, the PostgreSQL component and the bare baseline.

Usage (from the repository root, in the project's virtualenv with the dev extra):
    python installer/build.py [--dist dist] [--work build/pyinstaller] [--no-bare]

Builds, with the version read from pyproject.toml:
  dist/DVK Desktop/                       the windowed GUI and the console dvk, one Python and Qt
  dist/DVK-Desktop-<ver>-<platform>.<ext>  the same folder compressed (.tar.xz; .zip on Windows)
  dist/postgres/                          psycopg for the PostgreSQL office (optional component)
  dist/bare-window/ and its archive       a bare PySide6 QLabel window bundled the same way
and prints both sizes (unpacked and compressed) side by side, then writes them to
dist/bundle-report.json. The budget: DVK Desktop no larger than the bare window, both ways.
Exit code 1 when the budget is exceeded.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import platform
import py_compile
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_FOLDER = "DVK Desktop"
BARE_FOLDER = "bare-window"
REPORT = "bundle-report.json"
POSTGRES_PACKAGES = ("psycopg", "psycopg_binary", "psycopg_binary.libs")


def read_version(root: Path = ROOT) -> str:
    """The version in pyproject.toml, or the attribute it names (``dvk_desktop.__version__``)."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    version = project["project"].get("version")
    if version:
        return str(version)
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    module, _, name = attr.rpartition(".")
    source = root.joinpath(*module.split(".")) / "__init__.py"
    if not source.is_file():
        source = root.joinpath(*module.split(".")).with_suffix(".py")
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit(f"no {attr} in {source}")


def platform_tag() -> str:
    """``windows-amd64``, ``linux-x86_64``…: part of the archive names."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symbolic links count as nothing)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_archive(folder: Path, out: Path) -> Path:
    """Compress ``folder`` into ``out``: tar.xz (preset 6) on Linux, zip (deflate 9) on Windows."""
    out.unlink(missing_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    if out.suffix == ".zip":
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    zf.write(path, Path(folder.name) / path.relative_to(folder))
    else:
        with tarfile.open(tmp, "w:xz", preset=6) as tf:
            tf.add(folder, arcname=folder.name)
    os.replace(tmp, out)
    return out


def archive_name(stem: str) -> str:
    """The archive file name for this platform."""
    return f"{stem}-{platform_tag()}" + (".zip" if sys.platform == "win32" else ".tar.xz")


def make_icon(work: Path) -> Path | None:
    """A Windows icon with the usual sizes, made from resources/icons/dvk.png."""
    if sys.platform != "win32":
        return None
    from PIL import Image

    out = work / "dvk.ico"
    with Image.open(ROOT / "resources" / "icons" / "dvk.png") as image:
        sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
        image.convert("RGBA").save(out, sizes=sizes)
    return out


ICU_STUB_SOURCE = r"""
/* An empty ICU data library (ICU's own "stubdata"): Qt links ICU, DVK Desktop uses no ICU data. */
#include <stdint.h>
typedef struct {
  uint16_t headerSize; uint8_t magic1, magic2;
  uint16_t size, reserved; uint8_t isBigEndian, charsetFamily, sizeofUChar, reservedByte;
  uint8_t dataFormat[4], formatVersion[4], dataVersion[4];
  char padding[8]; uint32_t count, reserved2; int fake[4];
} Header;
__attribute__((visibility("default"))) const Header ICU_DATA_SYMBOL = {
  32, 0xda, 0x27, 20, 0, 0, 0, 2, 0, {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0},
  {0}, 0, 0, {0, 0, 0, 0}};
"""


def make_icu_stub(work: Path) -> Path | None:
    """Compile an empty libicudata.so.NN for Qt's ICU NN (Linux with a C compiler), else None."""
    if not sys.platform.startswith("linux"):
        return None
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not found or compiler is None:
        print("! no C compiler: the bundle keeps Qt's full ICU data library", file=sys.stderr)
        return None
    soname = found[0].name
    major = soname.rsplit(".", 1)[-1]
    source = work / "icustub.c"
    source.write_text(ICU_STUB_SOURCE, encoding="utf-8")
    out = work / "icustub" / soname
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O2", "-s", f"-DICU_DATA_SYMBOL=icudt{major}_dat",
         f"-Wl,-soname,{soname}", "-o", str(out), str(source)],
        check=True,
    )  # fmt: skip
    return out


def pyinstaller(spec: Path, dist: Path, work: Path, env: dict[str, str]) -> None:
    """Run PyInstaller on ``spec`` (quietly; its log goes to ``work``/pyinstaller.log)."""
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    command = [sys.executable, "-m", "PyInstaller", str(spec), "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]  # fmt: skip
    with open(log, "w", encoding="utf-8") as fh:
        done = subprocess.run(command, env=env, stdout=fh, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        sys.stderr.write(log.read_text(encoding="utf-8", errors="replace")[-4000:])
        raise SystemExit(f"PyInstaller failed on {spec.name} (log: {log})")


def _bundled_modules(app: Path) -> set[str]:
    """Module names the bundle holds: its shared archive and the bootstrap's base library."""
    from PyInstaller.archive.readers import ZlibArchiveReader

    internal = app / "_internal"
    names = set(ZlibArchiveReader(str(internal / "dvk-modules.pyz")).toc)
    with zipfile.ZipFile(internal / "base_library.zip") as zf:
        for member in zf.namelist():
            name = member.removesuffix(".pyc").removesuffix("/__init__").replace("/", ".")
            names.add(name)
    return names


# What the PostgreSQL office loads: psycopg through SQLAlchemy's dialect, its C speedups.
_POSTGRES_IMPORTS = (
    "psycopg psycopg.pq psycopg.adapt psycopg.rows psycopg.errors psycopg.conninfo "
    "psycopg.types psycopg_binary sqlalchemy.dialects.postgresql.psycopg"
)


# Interpreter start-up only.
_NOT_FOR_POSTGRES = {"site", "_sitebuiltins"}


def _stdlib_needed_by_postgres(bundled: set[str]) -> list[tuple[str, Path]]:
    """Standard-library modules psycopg imports that the bundle left out (ctypes.util…)."""
    import sysconfig

    probe = (
        "import importlib, sys\n"
        f"for name in {_POSTGRES_IMPORTS.split()!r}: importlib.import_module(name)\n"
        "for name, m in sorted(sys.modules.items()):\n"
        "    print(name, getattr(m, '__file__', None) or '')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    found = []
    for line in done.stdout.splitlines():
        name, _, file = line.partition(" ")
        path = Path(file).resolve() if file else None
        if path is None or path.suffix != ".py" or stdlib not in path.parents:
            continue
        alias = path.stem not in (name.rpartition(".")[2], "__init__")  # os.path is posixpath
        if alias or name in _NOT_FOR_POSTGRES or name in bundled:
            continue
        found.append((name, path))
    return found


def postgres_component(dist: Path) -> Path:
    """psycopg, compiled, in a folder to copy over the bundle's _internal (the optional part).

    The bundle leaves psycopg out (only the PostgreSQL office needs it, with its own copy of
    libcrypto); the installer's optional "PostgreSQL" part copies this folder over the
    bundle. It holds psycopg and the few standard modules it needs that the bundle lacks.
    """
    import psycopg

    site = Path(psycopg.__file__).resolve().parent.parent
    out = dist / "postgres"
    shutil.rmtree(out, ignore_errors=True)
    target = out / "_internal"
    names = list(POSTGRES_PACKAGES) + (["tzdata"] if sys.platform == "win32" else [])
    for name in names:
        if (site / name).is_dir():
            shutil.copytree(
                site / name, target / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        # psycopg reads its version from its metadata, and SQLAlchemy checks that version.
        for info in site.glob(f"{name.removesuffix('.libs')}-*.dist-info"):
            shutil.copytree(info, target / info.name, dirs_exist_ok=True)
    for name, source in _stdlib_needed_by_postgres(_bundled_modules(dist / APP_FOLDER)):
        relative = Path(*name.split("."))
        relative = (
            relative / "__init__.py"
            if source.name == "__init__.py"
            else relative.with_suffix(".py")
        )
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / relative)
    for source in target.rglob("*.py"):
        # Byte code beside the source's place, the source dropped: nothing to compile on a
        # locked-down PC, and the same form as the rest of the bundle.
        relative = source.relative_to(target).as_posix()
        py_compile.compile(
            str(source), cfile=str(source.with_suffix(".pyc")), dfile=relative, doraise=True
        )
        source.unlink()
    return out


def build(dist: Path, work: Path, *, bare: bool = True, archives: bool = True) -> dict[str, object]:
    """Build everything; return the figures written to bundle-report.json."""
    version = read_version()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the spec puts the source tree first itself
    icon, stub = make_icon(work), make_icu_stub(work)
    if icon:
        env["DVK_ICON"] = str(icon)
    if stub:
        env["DVK_ICU_STUB"] = str(stub)
    report: dict[str, object] = {"version": version, "platform": platform_tag()}
    started = time.monotonic()
    pyinstaller(ROOT / "installer" / "dvk.spec", dist, work / "dvk", env)
    report["build_seconds"] = round(time.monotonic() - started, 1)
    app = dist / APP_FOLDER
    report["app"] = {"folder": str(app), "unpacked": folder_size(app)}
    component = postgres_component(dist)
    report["postgres"] = {"folder": str(component), "unpacked": folder_size(component)}
    if bare:
        pyinstaller(ROOT / "installer" / "bare.spec", dist, work / "bare", env)
        report["bare"] = {
            "folder": str(dist / BARE_FOLDER),
            "unpacked": folder_size(dist / BARE_FOLDER),
        }
    if archives:
        from concurrent.futures import ThreadPoolExecutor

        jobs = [
            (key, folder, dist / archive_name(stem))
            for key, folder, stem in (
                ("app", app, f"DVK-Desktop-{version}"),
                ("postgres", component, f"DVK-Desktop-{version}-postgres"),
                ("bare", dist / BARE_FOLDER, "bare-window"),
            )
            if key in report
        ]
        # lzma and zlib release the GIL: the archives compress side by side on two cores.
        with ThreadPoolExecutor(max_workers=2) as pool:
            written = list(pool.map(lambda job: make_archive(job[1], job[2]), jobs))
        for (key, _folder, _out), out in zip(jobs, written, strict=True):
            entry = report[key]
            assert isinstance(entry, dict)
            entry.update(archive=str(out), compressed=out.stat().st_size)
    (dist / REPORT).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


def _mb(value: object) -> str:
    return f"{int(value) / 1e6:8.1f} MB" if isinstance(value, int) else "       —   "


def print_report(report: dict[str, object]) -> bool:
    """Print the size table; return whether the bundle is within the budget."""
    app, bare = report.get("app", {}), report.get("bare", {})
    assert isinstance(app, dict) and isinstance(bare, dict)
    print(f"DVK Desktop {report['version']} ({report['platform']})")
    print(f"{'':24}{'unpacked':>12}{'compressed':>13}")
    print(f"{'DVK Desktop (GUI + dvk)':24}{_mb(app.get('unpacked'))} {_mb(app.get('compressed'))}")
    print(f"{'bare PySide6 QLabel':24}{_mb(bare.get('unpacked'))} {_mb(bare.get('compressed'))}")
    pg = report.get("postgres", {})
    assert isinstance(pg, dict)
    print(f"{'PostgreSQL component':24}{_mb(pg.get('unpacked'))} {_mb(pg.get('compressed'))}")
    within = True
    for key in ("unpacked", "compressed"):
        if isinstance(app.get(key), int) and isinstance(bare.get(key), int):
            ratio = app[key] / bare[key]
            ok = app[key] <= bare[key]
            within &= ok
            print(f"  {key}: {ratio:.2f}× the bare window — {'within' if ok else 'OVER'} budget")
    return within


def main(argv: list[str] | None = None) -> int:
    """Command line: build, print the sizes, exit 1 if over budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-bare", action="store_true", help="skip the baseline")
    parser.add_argument("--no-archive", action="store_true", help="skip compressing")
    args = parser.parse_args(argv)
    report = build(args.dist.resolve(), args.work.resolve(), bare=not args.no_bare,
                   archives=not args.no_archive)  # fmt: skip
    return 0 if print_report(report) else 1


if __name__ == "__main__":
    sys.exit(main())
