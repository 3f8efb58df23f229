"""Windows that fit the screen they open on (1366×768 at 100, 125 and 150 %), popups their text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QWidget

# Room for the window's title bar and frame, which the window manager adds outside the widget.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (without the taskbar), in logical pixels."""
    screen: QScreen | None = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(widget: QWidget, area: QRect | None = None) -> None:
    """Shrink ``widget`` (a top-level window about to be shown) so it fits the screen, frame too.

    The sizes in ui/*.ui suit 1366×768 at 100 %; at 150 % the same screen is 910×512 logical
    pixels, and a window taller than that opens with its buttons below the screen. ``area``
    is the usable part of the screen (the widget's screen by default).
    """
    area = area or available_area(widget)
    room = area.size() - FRAME_ALLOWANCE
    size = widget.size().boundedTo(room).expandedTo(widget.minimumSizeHint().boundedTo(room))
    if size != widget.size():
        widget.resize(size)


def fit_first_choice(combo: QComboBox) -> None:
    """Make a filter box wide enough for its first choice ("Mọi thôn, tổ dân phố"), in full.

    A filter shows that choice until the user picks another; cut, it reads as a typo.
    """
    if combo.count():
        # The arrow, the frame and the text's margins take about 36 px in every style here.
        combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 36)


def fit_popup(combo: QComboBox) -> None:
    """Let the drop-down list show whole names even when the box itself is narrower."""
    # Imported here: touching ``Qt`` builds PySide6's whole Qt namespace (about 100 ms), and
    # fit_to_screen runs before the main window's first paint.
    from PySide6.QtCore import Qt

    metrics = combo.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    combo.view().setMinimumWidth(min(widest + 40, 900))
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(combo.setToolTip, Qt.ConnectionType.UniqueConnection)
