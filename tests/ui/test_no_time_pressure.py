"""Issue 22 item 4: no time pressure. A question waits as long as the visitor is there (no timer of its
own), and "Still there?" is extended by one tap as often as the visitor needs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer

from kiosk.journey import Screen
from tests.support.taps import tap


def test_still_there_is_extended_by_one_tap_every_time(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(idle=0, countdown=3, tick_ms=30)
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    while window.journey.screen is Screen.READER:
        tap(router.reader.next_button)
    assert window.journey.screen is Screen.QUESTION
    shown = window.journey.question
    window.idle.set_timeout(0.05)
    for _ in range(3):  # a slow reader, again and again
        with qtbot.waitSignal(window.idle.countdown_started, timeout=3000):
            pass
        with qtbot.waitSignal(window.idle.resumed, timeout=1000):
            tap(window.overlay, QPoint(5, 5))  # one tap anywhere
        assert not window.overlay.isVisible()
        assert window.journey.screen is Screen.QUESTION and window.journey.question is shown


def test_a_question_has_no_timer_of_its_own(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(idle=0)  # a classroom: no idle reset
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    while window.journey.screen is Screen.READER:
        tap(router.reader.next_button)
    shown = window.journey.question
    qtbot.wait(300)
    assert window.journey.screen is Screen.QUESTION and window.journey.question is shown
    # no running timer in the question screen could end it
    assert not [timer for timer in router.question.findChildren(QTimer) if timer.isActive()]
