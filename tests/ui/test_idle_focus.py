"""Issue 15, item 11: after an idle reset the next visitor finds no trace of the last one's focus.

Qt screens remember which of their widgets had the focus and give it back when shown again: the next
visitor's catalogue opened with the focus ring on the card the last visitor had tapped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from kiosk.journey import Screen
from kiosk.ui.widgets.cards import LessonCard
from tests.support.taps import tap

RING, PLAIN = QColor("#fbbf24"), QColor("#2dd4bf")  # the start button's focus ring, and its own border


def activate(qtbot, window) -> None:  # noqa: ANN001
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def border_colour(window) -> QColor:  # noqa: ANN001
    button = window.router.attract.start_button
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 1)


def test_an_idle_reset_leaves_no_focus_behind(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=True, idle=0.5, countdown=1, tick_ms=20)
    activate(qtbot, window)  # focus and its ring are drawn only in the active window
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["phishing"])
    assert window.journey.screen is Screen.READER
    tap(router.reader.back_button)  # back on the catalogue, the card just used has the focus
    assert window.focusWidget() is router.catalogue.cards["phishing"]
    qtbot.waitUntil(lambda: window.journey.screen is Screen.ATTRACT, timeout=5000)  # nobody answered
    # The focus is on "Touch to start", without its ring.
    assert router.attract.start_button.hasFocus()
    assert border_colour(window) == PLAIN
    # The next visitor's catalogue has no card focused.
    tap(router.attract.start_button)
    assert window.journey.screen is Screen.CATALOGUE
    assert not isinstance(window.focusWidget(), LessonCard)
    assert not any(card.hasFocus() for card in router.catalogue.cards.values())


def test_the_ring_shows_once_the_keyboard_moves_the_focus(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk=True)
    activate(qtbot, window)
    start = window.router.attract.start_button
    window.router.attract.on_enter(window.journey)  # as when the attract screen comes back
    assert start.hasFocus() and border_colour(window) == PLAIN
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert not start.hasFocus()
    start.setFocus(Qt.FocusReason.BacktabFocusReason)  # Shift+Tab back to it
    assert start.hasFocus() and border_colour(window) == RING


def test_another_window_taking_the_focus_does_not_show_the_ring(qtbot, make_window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    window = make_window(kiosk=True)
    activate(qtbot, window)
    window.router.attract.on_enter(window.journey)
    intruder = QWidget()
    qtbot.addWidget(intruder)
    intruder.show()
    activate(qtbot, intruder)
    activate(qtbot, window)
    assert window.router.attract.start_button.hasFocus() and border_colour(window) == PLAIN
