"""The Qt binding keeps Python's own objects alive: a long session must not abort."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Bridge(QObject):
    done = Signal(bool, object)


def test_thousands_of_calls_and_signals_leave_none_true_and_false_counted(qtbot) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 took one reference off None per void call (setText, setEnabled) and one
    # off True per emit(True): after enough clicks Python freed None and the program aborted.
    label = QLabel()
    qtbot.addWidget(label)
    bridge = _Bridge()
    received = [0]
    bridge.done.connect(lambda ok, _value: received.__setitem__(0, received[0] + 1))
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for i in range(2000):
        label.setText(str(i))
        label.setEnabled(i % 2 == 0)
        bridge.done.emit(i % 2 == 0, None)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert received[0] == 2000
    # A few references may come and go with caches; a leak of one per call would be thousands.
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
