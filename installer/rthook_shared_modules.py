"""Runtime hook: both executables import their Python modules from one shared archive.

PyInstaller embeds a module archive (PYZ) in every executable; the GUI and the CLI would each
carry the same 1,500 modules. The spec gives each executable an archive holding only what the
bootloader needs, ships the full one once as ``_internal/dvk-modules.pyz``, and this hook (the
first one to run) points PyInstaller's importer at it. Tested by the bundle's --self-test.
"""

import os
import sys

import pyimod01_archive
import pyimod02_importers


def _use_shared_archive():
    path = os.path.join(sys._MEIPASS, "dvk-modules.pyz")
    archive = pyimod01_archive.ZlibArchiveReader(path, check_pymagic=True)
    pyimod02_importers.pyz_archive = archive
    pyimod02_importers._pyz_tree = None  # rebuilt from the new archive when first asked for
    # Finders created so far read the small archive; new ones will read the shared one.
    for key, finder in list(sys.path_importer_cache.items()):
        if isinstance(finder, pyimod02_importers.PyiFrozenFinder):
            del sys.path_importer_cache[key]


_use_shared_archive()
del _use_shared_archive
