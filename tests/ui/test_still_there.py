"""Issue 17 item 5: a tap on "Still there?" only dismisses it, even a double tap, wherever it lands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.journey import Screen
from tests.support.clock import FakeClock
from tests.support.taps import tap

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _reading_with_the_countdown_up(qtbot, window) -> QPoint:  # noqa: ANN001
    """On page 1 of a lesson with "Still there?" showing; returns the window spot of the Next button."""
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    assert window.journey.screen is Screen.READER and window.journey.page_index == 0
    next_button = router.reader.next_button
    spot = next_button.mapTo(window, next_button.rect().center())
    with qtbot.waitSignal(window.idle.countdown_started, timeout=3000):
        window.idle.set_timeout(0.02)
    window.idle.set_timeout(0)  # no second countdown while the test taps
    assert window.overlay.isVisible() and window.childAt(spot) is not next_button
    return spot


def test_a_double_tap_on_the_overlay_only_dismisses_it(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(countdown=30, tick_ms=1000)
    clock = FakeClock()
    window.idle.clock = clock
    spot = _reading_with_the_countdown_up(qtbot, window)
    under = window.childAt(spot)
    local = under.mapFrom(window, spot)
    QTest.mousePress(under, LEFT, NONE, local)
    assert not window.overlay.isVisible()
    QTest.mouseRelease(under, LEFT, NONE, local)
    # The second tap of the double tap lands on what is under the spot now: the Next button.
    clock.advance(0.15)
    target = window.childAt(spot)
    assert target is window.router.reader.next_button
    QTest.mouseDClick(target, LEFT, NONE, target.mapFrom(window, spot))
    QTest.mouseRelease(target, LEFT, NONE, target.mapFrom(window, spot))
    QCoreApplication.processEvents()
    assert window.journey.page_index == 0  # the page did not turn
    clock.advance(1)
    tap(target)  # a tap afterwards works as ever
    assert window.journey.page_index == 1


def test_a_press_on_the_overlay_and_a_release_over_a_button_press_nothing(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(countdown=30, tick_ms=1000)
    spot = _reading_with_the_countdown_up(qtbot, window)
    overlay_part = window.childAt(spot)
    QTest.mousePress(overlay_part, LEFT, NONE, overlay_part.mapFrom(window, spot))
    button = window.router.reader.next_button
    QTest.mouseRelease(button, LEFT, NONE, button.rect().center())  # the release lands on the button
    QCoreApplication.processEvents()
    assert not window.overlay.isVisible() and window.journey.page_index == 0


def test_the_pointer_jumping_to_the_finger_first_does_not_dismiss_it(qtbot, make_window) -> None:  # noqa: ANN001
    # Seen in a real X11 window: the pointer moves to the spot, then presses. Were the move to
    # dismiss the overlay, the press would land on "Next" and turn the page.
    window = make_window(countdown=30, tick_ms=1000)
    spot = _reading_with_the_countdown_up(qtbot, window)
    handle = window.windowHandle()
    QTest.mouseMove(handle, spot)
    QCoreApplication.processEvents()
    assert window.overlay.isVisible()
    QTest.mouseClick(handle, LEFT, NONE, spot)
    QCoreApplication.processEvents()
    assert not window.overlay.isVisible() and window.journey.page_index == 0
