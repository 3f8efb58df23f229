"""Signed packages between levels: export, verify (no writes) and import (all or nothing).

Each job has its own module (format, opening, staging, export, verify, import_) and the records a
package carries have theirs (records.collect, records.check, records.apply, records.decisions);
this package re-exports what the interfaces call.
"""

from dvk_desktop.services.exchange.export import ExportResult, export_package
from dvk_desktop.services.exchange.format import SUFFIX
from dvk_desktop.services.exchange.import_ import ImportResult, import_package
from dvk_desktop.services.exchange.opening import needs_passphrase
from dvk_desktop.services.exchange.verify import PackageCheck, verify_package

__all__ = [
    "SUFFIX",
    "ExportResult",
    "ImportResult",
    "PackageCheck",
    "export_package",
    "import_package",
    "needs_passphrase",
    "verify_package",
]
