"""Issue 17 item 1: a second tap on the same spot just after the screen changed does not act on the new screen.

Each double tap is sent as real mouse events to whatever widget is under the spot at that moment, the
way Qt routes a finger; the guard's clock is a fake one moved by the delay between the two taps.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.journey import Screen
from tests.support.clock import FakeClock

DELAYS_MS = (60, 150, 250, 500)


def tap_at(window: QWidget, spot: QPoint) -> None:
    """A press and a release at ``spot`` of the window, delivered to the widget under it now."""
    target = window.childAt(spot) or window
    local = target.mapFrom(window, spot)
    QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
    QCoreApplication.processEvents()


def centre_of(window: QWidget, widget: QWidget) -> QPoint:
    return widget.mapTo(window, widget.rect().center())


def double_tap(window, clock: FakeClock, widget: QWidget, delay_ms: int) -> None:  # noqa: ANN001
    spot = centre_of(window, widget)
    tap_at(window, spot)
    clock.advance(delay_ms / 1000)
    tap_at(window, spot)


@pytest.fixture
def guarded(make_window):  # noqa: ANN001
    window = make_window()
    clock = FakeClock()
    window.tap_guard.clock = clock
    return window, clock


def _to_question(window, clock: FakeClock) -> None:  # noqa: ANN001
    router = window.router
    tap_at(window, centre_of(window, router.attract.start_button))
    clock.advance(1)
    tap_at(window, centre_of(window, router.catalogue.cards["basics"]))
    clock.advance(1)
    for _ in range(2):
        tap_at(window, centre_of(window, router.reader.next_button))
        clock.advance(1)
    assert window.journey.screen is Screen.QUESTION


@pytest.mark.parametrize("delay_ms", DELAYS_MS)
def test_a_double_tap_on_check_shows_the_feedback(guarded, delay_ms: int) -> None:  # noqa: ANN001
    window, clock = guarded
    _to_question(window, clock)
    question = window.router.question
    tap_at(window, centre_of(window, question.cards["a"]))
    clock.advance(1)
    confirm = question.confirm_button
    double_tap(window, clock, confirm, delay_ms)
    assert window.journey.screen is Screen.FEEDBACK  # the second tap did not press "Next question"
    assert window.router.question.next_button.isVisible()


@pytest.mark.parametrize("delay_ms", DELAYS_MS)
def test_a_double_tap_on_start_card_and_next_moves_one_step(guarded, delay_ms: int) -> None:  # noqa: ANN001
    window, clock = guarded
    router, journey = window.router, window.journey
    double_tap(window, clock, router.attract.start_button, delay_ms)
    assert journey.screen is Screen.CATALOGUE and journey.lesson is None  # no card opened underneath
    clock.advance(1)
    double_tap(window, clock, router.catalogue.cards["basics"], delay_ms)
    assert journey.screen is Screen.READER and journey.page_index == 0
    clock.advance(1)
    double_tap(window, clock, router.reader.next_button, delay_ms)
    assert journey.screen is Screen.READER and journey.page_index == 1  # not on into the quiz


def test_a_later_tap_or_a_tap_elsewhere_acts(guarded) -> None:  # noqa: ANN001
    window, clock = guarded
    router, journey = window.router, window.journey
    tap_at(window, centre_of(window, router.attract.start_button))
    clock.advance(0.05)
    tap_at(window, centre_of(window, router.catalogue.cards["phishing"]))  # another spot: meant
    assert journey.screen is Screen.READER and journey.lesson.id == "phishing"
    clock.advance(1)
    tap_at(window, centre_of(window, router.reader.top.lessons_button))
    clock.advance(1)
    tap_at(window, centre_of(window, router.catalogue.cards["basics"]))
    clock.advance(1)
    next_spot = centre_of(window, router.reader.next_button)
    tap_at(window, next_spot)
    assert journey.page_index == 1
    clock.advance(0.7)  # past the guard: a deliberate second Next
    tap_at(window, next_spot)
    assert journey.screen is Screen.QUESTION


def test_the_self_test_probe_taps_are_each_deliberate(guarded) -> None:  # noqa: ANN001
    from kiosk.ui import probe

    window, _clock = guarded
    probe.tap(window.router.attract.start_button)
    probe.tap(window.router.catalogue.cards["basics"])
    probe.tap(window.router.reader.next_button)
    probe.tap(window.router.reader.next_button)  # at once, on the same spot: still acts
    assert window.journey.screen is Screen.QUESTION
