"""What the bundle leaves out: modules, Qt plugins and translations, and unreachable libraries.

Imported by dvk.spec (and by the tests, which check the rules without building). The rules
name what DVK Desktop does not use; everything else PyInstaller found stays. Shared libraries
are then kept only when something kept links to them, so dropping a plugin also drops what
only that plugin needed (the GTK3 theme and its 41 MB of libraries, QtNetwork's TLS...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Python modules never imported by the program (each line says who pulled it in).
EXCLUDED_MODULES = [
    "pygments",  # alembic -> mako's optional syntax highlighting of template errors
    "mako.ext.pygmentplugin",
    "unittest",  # reportlab.graphics.testshapes and reportlab.lib.testutils
    "doctest",
    "pydoc",
    "reportlab.graphics.testshapes",
    "reportlab.lib.testutils",
    "tkinter",  # Pillow's ImageTk
    "PIL.ImageTk",
    "PIL._avif",  # AVIF: 5 MB of codec for a format phones do not send
    "PIL.AvifImagePlugin",
    "PIL.ImageCms",  # colour management, ImageMath/ImageMorph, Qt and JPEG 2000 viewers: unused
    "PIL.ImageMath",
    "PIL.ImageMorph",
    "PIL.ImageQt",
    "psycopg",  # PostgreSQL: the optional component (installer/build.py builds it apart)
    "psycopg_binary",
    "psycopg_c",
    "psycopg_pool",
    "sqlalchemy.testing",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "alembic.testing",
    "http.server",
    "xmlrpc",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtSvg",
    "PySide6.QtOpenGL",
    "PySide6.QtPrintSupport",
    "setuptools",
    "pkg_resources",
    "numpy",  # reportlab and openpyxl use it only if present
    "IPython",
]

# Qt plugins kept, by folder: base names without "lib"/"q" prefix and suffix. Folders not named
# here are left out entirely (Wayland, EGLFS, TLS, network information, GTK3 and portal themes,
# DBus-based input methods, SQL drivers, print support, touch input, QML tooling...).
QT_PLUGINS_KEPT = {
    "platforms": {"offscreen", "xcb", "windows"},  # self-test, Linux desktops, Windows
    "styles": {"modernwindowsstyle", "windowsvistastyle"},  # the native Windows look
    "imageformats": {"jpeg", "ico", "gif"},  # PNG is built into QtGui
    "xcbglintegrations": {"xcb-glx-integration", "xcb-egl-integration"},
    "platforminputcontexts": {"composeplatforminputcontextplugin"},  # dead keys under X11
}

# Qt's own translations: English (plural forms); Qt ships no Vietnamese catalogue, and the
# program sets its own Vietnamese text on every standard button it shows.
QT_TRANSLATIONS_KEPT = {"qtbase_en.qm", "qt_en.qm"}

# Loaded with dlopen by something kept, so no link-time reference reaches them.
DLOPENED = re.compile(r"^(libpython3\.\d+\.so|python3\d*\.dll|vcruntime140|msvcp140)", re.I)

# Extension modules left out although importable: rapidfuzz's AVX2 builds (5 MB) duplicate its
# plain builds, which it falls back to when they are missing; comparing a province's names
# (tens of thousands) takes milliseconds either way.
DROPPED_EXTENSIONS = re.compile(r"(?:^|/)rapidfuzz/(?:distance/)?[^/]*_avx2\.[^/]+$")

_PLUGIN = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?(?:q)?([^/]+?)(?:\.so|\.dll|\.dylib)$")


def plugin_kept(dest: str) -> bool | None:
    """Whether a Qt plugin at bundle path ``dest`` is kept; None if ``dest`` is no plugin."""
    match = _PLUGIN.search(dest.replace("\\", "/"))
    if match is None:
        return None
    folder, name = match.groups()
    return name in QT_PLUGINS_KEPT.get(folder, set())


def translation_kept(dest: str) -> bool | None:
    """Whether a Qt translation at ``dest`` is kept; None if it is none of Qt's translations."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if path.suffix != ".qm" or "translations" not in path.parts or "PySide6" not in path.parts:
        return None
    return path.name in QT_TRANSLATIONS_KEPT


def keep_data(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Data files without the Qt translations the program does not load."""
    return [e for e in entries if translation_kept(e[0]) is not False]


def keep_binaries(
    entries: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> list[tuple[str, str, str]]:
    """Binaries without dropped plugins and without libraries nothing kept links to.

    ``imports_of(source_path)`` gives the file names a binary links to (PyInstaller's
    ``bindepend.get_imports``). Python extension modules, kept plugins and the libraries Python
    opens itself are the roots; a library stays when a root reaches it.
    """
    entries = [
        e
        for e in entries
        if plugin_kept(e[0]) is not False and not DROPPED_EXTENSIONS.search(e[0].replace("\\", "/"))
    ]
    links = [e for e in entries if e[2] == "SYMLINK"]
    entries = [e for e in entries if e[2] != "SYMLINK"]
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name.lower(), []).append(
            entry
        )
    roots = [
        e
        for e in entries
        if e[2] == "EXTENSION"
        or plugin_kept(e[0])
        or DLOPENED.match(PurePosixPath(e[0].replace("\\", "/")).name)
    ]
    kept: set[tuple[str, str, str]] = set()
    todo = list(roots)
    while todo:
        entry = todo.pop()
        if entry in kept:
            continue
        kept.add(entry)
        for name in imports_of(entry[1]):
            todo.extend(by_name.get(PurePosixPath(name.replace("\\", "/")).name.lower(), []))
    dests = {_norm(e[0]) for e in kept}
    # A symbolic link (Linux: top-level aliases of Qt's libraries) stays with its target.
    kept_links = [e for e in links if _norm(str(PurePosixPath(_norm(e[0])).parent / e[1])) in dests]
    return [e for e in entries if e in kept] + kept_links


def _norm(path: str) -> str:
    parts: list[str] = []
    for part in path.replace("\\", "/").split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)
