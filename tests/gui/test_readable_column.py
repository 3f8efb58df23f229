"""The model's name stays readable however many columns the list has and however narrow it is."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from dvk_desktop.gui.widgets.readable_column import ReadableColumn


def _view(qtbot, width: int) -> tuple[QTableView, ReadableColumn]:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(5, 7)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(width, 400)
    for column in range(7):
        view.horizontalHeader().resizeSection(column, 100)
    name = ReadableColumn(view, 2)
    view.show()
    qtbot.waitExposed(view)
    name.fit()
    return view, name


def test_with_more_columns_than_room_the_name_keeps_a_readable_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, name = _view(qtbot, 640)  # six columns of 100 px leave the name nothing
    assert view.horizontalHeader().sectionSize(2) >= name.minimum() > 100
    assert view.horizontalScrollBar().maximum() > 0  # the list scrolls sideways instead


def test_with_room_to_spare_the_name_takes_it_and_follows_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, name = _view(qtbot, 1200)
    header = view.horizontalHeader()
    wide = header.sectionSize(2)
    assert wide > name.minimum() and view.horizontalScrollBar().maximum() == 0
    view.resize(640, 400)  # narrower than the others and a readable name: held, not crushed
    qtbot.waitUntil(lambda: header.sectionSize(2) < wide)
    assert header.sectionSize(2) >= name.minimum()
    view.resize(1250, 400)
    qtbot.waitUntil(lambda: header.sectionSize(2) > wide)  # stretches again when there is room
