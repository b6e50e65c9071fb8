"""Issue 17 item 12: a swipe across the page turns it, and the page dots can be tapped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.journey import Screen
from tests.support.taps import tap

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def swipe(window, start: QPoint, end: QPoint) -> None:  # noqa: ANN001
    """A finger's drag, sent to the window as the window system would (so the page's scroller sees it too)."""
    handle = window.windowHandle()
    QTest.mousePress(handle, LEFT, NONE, start)
    steps = 6
    for step in range(1, steps + 1):
        QTest.mouseMove(handle, start + (end - start) * step / steps, 10)
    QTest.mouseRelease(handle, LEFT, NONE, end, 10)
    QCoreApplication.processEvents()


def _reading(window) -> QPoint:  # noqa: ANN001
    tap(window.router.attract.start_button)
    tap(window.router.catalogue.cards["basics"])
    view = window.router.reader.view
    assert window.journey.screen is Screen.READER and window.journey.page_index == 0
    return view.mapTo(window, view.rect().center())


def test_swiping_left_and_right_turns_the_pages(make_window) -> None:  # noqa: ANN001
    window = make_window()
    centre = _reading(window)
    journey, reader = window.journey, window.router.reader
    swipe(window, centre + QPoint(200, 0), centre - QPoint(200, 0))
    assert journey.page_index == 1 and "Second page" in reader.view.toPlainText()
    swipe(window, centre + QPoint(200, 0), centre - QPoint(200, 0))
    assert journey.screen is Screen.READER and journey.page_index == 1  # a swipe never starts the quiz
    swipe(window, centre - QPoint(200, 0), centre + QPoint(200, 0))
    assert journey.page_index == 0
    swipe(window, centre - QPoint(200, 0), centre + QPoint(200, 0))
    assert journey.screen is Screen.READER  # nor leaves the lesson


def test_short_or_upward_drags_do_not_turn_the_page(make_window) -> None:  # noqa: ANN001
    window = make_window()
    centre = _reading(window)
    swipe(window, centre + QPoint(30, 0), centre - QPoint(30, 0))  # a wobbly tap
    swipe(window, centre + QPoint(60, 200), centre - QPoint(60, 200))  # scrolling the text
    assert window.journey.page_index == 0


def test_a_tap_on_a_dot_opens_its_page(make_window) -> None:  # noqa: ANN001
    window = make_window()
    _reading(window)
    dots = window.router.reader.dots
    assert dots.height() >= 64
    second = next(x for x in range(dots.width()) if dots.dot_at(x) == 1)
    tap(dots, QPoint(second + 5, dots.height() // 2))
    assert window.journey.page_index == 1 and dots.current == 1
    first = next(x for x in range(dots.width()) if dots.dot_at(x) == 0)
    tap(dots, QPoint(first + 5, dots.height() // 2))
    assert window.journey.page_index == 0
