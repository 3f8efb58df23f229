"""The size and speed baseline: a bare PySide6 window with one QLabel, bundled like DVK Desktop.

With ``DVK_EXIT_AFTER_PAINT=1`` it prints the monotonic time of its first paint and exits
(bench/bench_bundle.py compares that with the bundled program's own first paint).
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class _FirstPaint(QObject):
    def eventFilter(self, _obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
label = QLabel("DVK Desktop")
label.resize(400, 200)
if os.environ.get("DVK_EXIT_AFTER_PAINT"):
    watcher = _FirstPaint(label)
    label.installEventFilter(watcher)
label.show()
sys.exit(app.exec())
