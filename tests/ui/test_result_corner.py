"""Issue 17: the result screens keep their corner controls (the language switch) in the screen's top right
corner at every size; in portrait they once followed the questions missed down to mid-screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from kiosk.journey import Screen
from kiosk.journey.challenge import ChallengePlan
from tests.support.taps import tap
from tests.ui.test_challenge_screens import answer_everything, booth_window

SIZES = [(1920, 1080), (1280, 720), (1024, 768), (1080, 1920)]


def assert_in_the_top_right_corner(screen: QWidget) -> None:
    window, corner = screen.window(), screen.corner
    assert corner.isVisible() and corner.buttons  # the language switch is there to be seen
    top_left = corner.mapTo(window, QPoint(0, 0))
    right_gap = window.width() - (top_left.x() + corner.width())
    reach = screen.px(80)  # the page's margins (40-64 px at the 1080p scale) and no more
    assert 0 <= top_left.y() <= reach, f"the corner's top is {top_left.y()} px down"
    assert 0 <= right_gap <= reach, f"the corner ends {right_gap} px from the right edge"
    card = screen.card.mapTo(window, QPoint(0, 0))
    if screen.portrait:
        assert top_left.y() + corner.height() <= card.y()  # above the score card, not over it
    else:
        assert top_left.x() >= card.x() + screen.card.width()  # over the second column


@pytest.mark.parametrize("size", SIZES)
def test_the_lesson_result_keeps_its_corner_in_the_corner(make_window, size) -> None:  # noqa: ANN001
    window = make_window(size=size)
    router, journey = window.router, window.journey
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    while journey.screen is Screen.READER:
        tap(router.reader.next_button)
    answer_everything(window, right=False)  # missed questions fill the second column
    assert journey.screen is Screen.RESULT and router.result.missed_items[0].isVisible()
    assert router.result.portrait == (size[1] > size[0])
    assert_in_the_top_right_corner(router.result)


@pytest.mark.parametrize("size", SIZES)
def test_the_challenge_result_keeps_its_corner_in_the_corner(make_window, size) -> None:  # noqa: ANN001
    window = booth_window(lambda: make_window(size=size), ChallengePlan(questions=2))
    tap(window.router.attract.challenge_button)
    answer_everything(window, right=False)
    assert window.journey.screen is Screen.CHALLENGE_RESULT
    assert_in_the_top_right_corner(window.router.challenge_result)


def test_turning_the_screen_moves_the_corner_with_the_layout(make_window, qtbot) -> None:  # noqa: ANN001
    window = make_window(size=(1920, 1080))
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    while window.journey.screen is Screen.READER:
        tap(router.reader.next_button)
    answer_everything(window, right=False)
    window.setFixedSize(1080, 1920)  # turned to portrait, and back; laid out again at the next turns
    qtbot.waitUntil(lambda: router.result.portrait and assert_in_the_top_right_corner(router.result))
    window.setFixedSize(1920, 1080)
    qtbot.waitUntil(lambda: not router.result.portrait and assert_in_the_top_right_corner(router.result))
