"""Idle: "Still there?" counts down visibly, a touch resumes, silence resets to a clean attract screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from kiosk.journey import Screen
from kiosk.journey.records import VisitEnd
from tests.support.recorder import FakeRecorder
from tests.support.taps import tap


def _into_a_quiz(qtbot, window) -> None:  # noqa: ANN001
    """Tap into a quiz; the window's short idle timeout starts counting only once there (each tap lets
    Qt run what it queued, and on a busy machine the walk itself could outlast 50 ms)."""
    quick = window.idle.timeout_ms / 1000
    window.idle.set_timeout(0)
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["phishing"])
    tap(router.reader.next_button)  # read: ticked
    tap(router.catalogue.cards["basics"])
    tap(router.reader.next_button)
    tap(router.reader.next_button)
    tap(router.question.cards["a"])
    tap(router.question.confirm_button)
    assert window.journey.screen is Screen.FEEDBACK
    window.idle.set_timeout(quick)


def test_the_countdown_shows_and_a_touch_cancels_it(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(idle=0.05, countdown=3, tick_ms=30)
    _into_a_quiz(qtbot, window)
    with qtbot.waitSignal(window.idle.countdown_started, timeout=3000):
        pass
    assert window.overlay.isVisible() and window.overlay.count.text() == "3"
    assert window.overlay.title.text() == "Still there?"
    with qtbot.waitSignal(window.idle.countdown_tick, timeout=3000) as tick:
        pass
    assert tick.args == [2] and window.overlay.count.text() == "2"
    with qtbot.waitSignal(window.idle.resumed, timeout=1000):
        tap(window.overlay, QPoint(5, 5))
    assert not window.overlay.isVisible()
    assert window.journey.screen is Screen.FEEDBACK  # nothing lost
    assert window.idle.quiet.isActive()  # and the watch starts over


def test_silence_resets_to_a_clean_attract_screen(qtbot, make_window, recorder: FakeRecorder) -> None:  # noqa: ANN001
    window = make_window(idle=0.05, countdown=2, tick_ms=20)
    window.journey.set_language("zh-CN")
    _into_a_quiz(qtbot, window)
    router = window.router
    visit_id = window.journey.visit.id
    router.question.panel_scroll.verticalScrollBar().setValue(5)
    with qtbot.waitSignal(window.idle.expired, timeout=5000):
        pass
    journey = window.journey
    assert journey.screen is Screen.ATTRACT and window.stack.currentWidget() is router.attract
    assert not window.overlay.isVisible()
    assert journey.visit is None and journey.language == "en"
    assert recorder.of("end_visit") == [(visit_id, VisitEnd.IDLE)]
    assert router.attract.title.text() == "Test Booth"  # back in the kiosk's own language
    # Nothing of the visitor is left on any screen.
    assert router.question.cards == {} and router.question.question.text() == ""
    assert router.question.feedback.text() == "" and router.question.explanation.text() == ""
    assert router.reader.view.toPlainText() == ""
    assert router.result.result is None and router.result.score.text() == ""
    assert not any(card.finished for card in router.catalogue.cards.values())
    assert router.catalogue.scroll.verticalScrollBar().value() == 0
    tap(router.attract.start_button)
    assert journey.finished_lessons == frozenset()
    assert not any(card.finished for card in router.catalogue.cards.values())


def test_the_attract_screen_never_times_out(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(idle=0.02, countdown=1, tick_ms=10)
    with qtbot.assertNotEmitted(window.idle.countdown_started, wait=300):
        pass
    assert window.journey.screen is Screen.ATTRACT and not window.overlay.isVisible()


def test_a_classroom_can_turn_the_idle_reset_off(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(idle=0)
    tap(window.router.attract.start_button)
    assert not window.idle.enabled and not window.idle.quiet.isActive()
    window.idle.set_timeout(600)  # or lengthen it
    assert window.idle.quiet.isActive() and window.idle.quiet.interval() == 600_000


def test_the_touch_that_cancels_the_countdown_presses_nothing_beneath(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(idle=0.05, countdown=5, tick_ms=50)
    _into_a_quiz(qtbot, window)
    with qtbot.waitSignal(window.idle.countdown_started, timeout=3000):
        pass
    window.idle.set_timeout(60)  # no second countdown while the test looks
    next_button = window.router.question.next_button
    with qtbot.waitSignal(window.idle.resumed, timeout=1000):
        # Aimed at "Next question", which lies under the overlay: only the overlay may notice it.
        tap(next_button, next_button.rect().center())
    assert window.journey.screen is Screen.FEEDBACK and not window.overlay.isVisible()
    tap(next_button)  # the next tap works as usual
    assert window.journey.screen is Screen.QUESTION


def test_a_finger_that_cancels_the_countdown_presses_nothing_beneath(qtbot, make_window) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    window = make_window(idle=0.05, countdown=5, tick_ms=50)
    _into_a_quiz(qtbot, window)
    with qtbot.waitSignal(window.idle.countdown_started, timeout=3000):
        pass
    window.idle.set_timeout(60)  # no second countdown while the test looks
    next_button = window.router.question.next_button
    point = next_button.mapTo(window, next_button.rect().center())
    finger = QTest.createTouchDevice()
    with qtbot.waitSignal(window.idle.resumed, timeout=1000):
        QTest.touchEvent(window, finger).press(0, point, window).commit()
    QTest.touchEvent(window, finger).release(0, point, window).commit()
    qtbot.wait(50)  # let any mouse events Qt makes from the touch arrive
    assert window.journey.screen is Screen.FEEDBACK and not window.overlay.isVisible()
    QTest.touchEvent(window, finger).press(0, point, window).commit()
    QTest.touchEvent(window, finger).release(0, point, window).commit()
    qtbot.waitUntil(lambda: window.journey.screen is Screen.QUESTION, timeout=1000)
