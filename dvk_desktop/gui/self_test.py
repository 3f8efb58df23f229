"""``DVK Desktop --self-test``: the core's self-test, then Qt's parts, the window on real data."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

PAINT_TIMEOUT_S = 20.0


class _PaintWatcher(QObject):
    """Notes the first paint of a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """Record the time of the first paint event."""
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.monotonic()
        return False


class _FirstPaintExit(QObject):
    """On the first paint of any window: print its time, class and title, then quit."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """Print once, then leave every event loop (a first-run dialog's too)."""
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            painted = time.monotonic()
            widget = obj.window() if isinstance(obj, QWidget) else obj
            title = widget.windowTitle() if isinstance(widget, QWidget) else ""
            name = type(widget).__name__
            _write(sys.stdout, f"first-paint {painted:.6f} {name} {title}")
            # Straight out: quitting would run the window's exit backup (or the first-run
            # dialog's loop), which is not what is measured.
            os._exit(0)
        return False


def exit_after_first_paint(app: QApplication) -> None:
    """Print ``first-paint <monotonic seconds> <window class> <title>`` at the first paint, quit.

    Used with ``DVK_EXIT_AFTER_PAINT=1`` by bench/bench_bundle.py (start-up beside the bare
    PySide6 window's, measured the same way) and by the bundle test of a first start.
    """
    app.installEventFilter(_FirstPaintExit(app))


def _wait_for_paint(window: QWidget) -> float:
    watcher = _PaintWatcher(window)
    started = time.monotonic()
    window.show()
    while watcher.painted_at is None:
        QApplication.processEvents()
        if time.monotonic() - started > PAINT_TIMEOUT_S:
            raise RuntimeError("the main window did not paint")
        time.sleep(0.005)
    return watcher.painted_at - started


def _check_qt(app: QApplication) -> list[str]:
    """The Qt parts the program needs: its fonts, its translation, JPEG support."""
    from PySide6.QtGui import QImageReader

    from dvk_desktop.gui.app import FONT_FAMILY, install_translator, load_fonts

    problems = []
    if load_fonts() != FONT_FAMILY:
        problems.append("bundled fonts not loaded")
    if not install_translator(app, "en"):
        problems.append("English translation not loaded")
    install_translator(app, "vi")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if not {"jpeg", "png"} <= formats:
        problems.append(f"image formats missing (have {sorted(formats)})")
    return problems


def run(app: QApplication) -> int:
    """Run the whole self-test; print one line; 0 if everything passed."""
    from PySide6.QtCore import qVersion

    from dvk_desktop.services.self_test import SelfTestResult, run_self_test

    def window_steps(result: SelfTestResult, upper: Path) -> None:
        from dvk_desktop.gui.windows.main_window import MainWindow
        from dvk_desktop.storage.workspace import open_workspace

        started = time.perf_counter()
        problems = _check_qt(app)
        if problems:
            raise RuntimeError("; ".join(problems))
        result.steps.append(("qt", time.perf_counter() - started))
        started = time.perf_counter()
        handle = open_workspace(upper)
        window = MainWindow(handle, auto_backup=False)
        try:
            _wait_for_paint(window)
        finally:
            window.close()
            window.deleteLater()
            handle.close()
            QApplication.processEvents()
        result.steps.append(("window", time.perf_counter() - started))

    try:
        result = run_self_test(extra=window_steps)
    except Exception as exc:  # the self-test reports every failure the same way
        _write(sys.stderr, f"DVK Desktop: tự kiểm tra KHÔNG đạt / self-test FAILED: {exc!r}")
        return 1
    _write(sys.stdout, f"{result.summary()} · Qt {qVersion()} ({app.platformName()})")
    return 0


def _write(stream: object, line: str) -> None:
    # The windowed program on Windows has no console: sys.stdout is None unless redirected.
    if stream is not None:
        stream.write(line + "\n")  # type: ignore[attr-defined]
        stream.flush()  # type: ignore[attr-defined]


def prepare_environment() -> None:
    """Offscreen unless a platform was chosen (the bundle tests also run it on xcb)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
