"""On a portrait screen a result (the booth challenge's, a lesson's) reads as one composed page: the
card takes the spare height with its words and buttons together in its middle, and below it the
heading, any reward, the questions missed and the take-home code follow one another with no empty
band between them (there was a 400-500 px one above the code)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.journey import Screen
from kiosk.journey.challenge import ChallengePlan
from kiosk.ui import fonts
from kiosk.ui.screens.result_layout import ResultLayout
from tests.support.taps import tap
from tests.ui.test_challenge_screens import Desk, answer_everything
from tests.ui.test_large_text_fits import clipped

PORTRAIT = (1080, 1920)
#: the bundled lessons: their challenge's tips and reward fill a portrait screen at 150 % text
LESSONS = Path(__file__).parents[2] / "lessons"


@pytest.fixture(autouse=True)
def bundled_fonts(qapp) -> None:  # noqa: ANN001
    fonts.register_bundled_fonts()


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def blocks(screen: ResultLayout) -> list[QRect]:
    """What the column below the card shows, top to bottom, on screen: the questions missed as far
    down as their last item shows (their list scrolls when the screen is too short for them)."""
    shown = [on_screen(screen.missed_title)]
    if screen.reward.isVisible():
        shown.append(on_screen(screen.reward))
    # A page too tall for the screen (large text) scrolls the take-home code with the list, at its end.
    inside = screen.take_home.parentWidget() is screen.scroll.widget()
    items = [item for item in screen.missed_items if item.isVisible()]
    items += [screen.take_home] if inside and screen.take_home.isVisible() else []
    if items:
        area = on_screen(screen.scroll)
        area.setBottom(min(area.bottom(), on_screen(items[-1]).bottom()))
        shown.append(area)
    if screen.take_home.isVisible() and not inside:
        shown.append(on_screen(screen.take_home))
    return shown


def assert_composed(screen: ResultLayout) -> None:
    QApplication.processEvents()
    QApplication.processEvents()
    column = blocks(screen)
    assert screen.take_home.isVisible(), "the test pack has tips to take home"
    gap = screen.px(40)  # about the page's own spacing; the empty band was hundreds of pixels
    card = on_screen(screen.card)
    assert 0 <= column[0].top() - card.bottom() <= gap
    for upper, lower in zip(column, column[1:], strict=False):
        assert 0 <= lower.top() - upper.bottom() <= gap, (
            f"{lower.top() - upper.bottom()} px between {upper} and {lower}"
        )
    # the page runs to the screen's foot: the spare height went to the card
    assert screen.height() - column[-1].bottom() <= screen.px(60)
    # in the card, the words (their scroll area is as tall as they are) and the buttons stay together,
    # with as much room above them as below
    words = on_screen(screen.card_scroll)
    assert screen.card_scroll.verticalScrollBar().maximum() == 0
    buttons = [on_screen(b) for b in screen.card.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    assert min(b.top() for b in buttons) - words.bottom() <= screen.px(48)
    above, below = words.top() - card.top(), card.bottom() - max(b.bottom() for b in buttons)
    assert abs(above - below) <= screen.px(60), (above, below)


@pytest.mark.parametrize("step", [0, 2], ids=["text100", "text150"])
@pytest.mark.parametrize("language", ["en", "zh-CN"])
@pytest.mark.parametrize("right", [True, False], ids=["reward", "missed"])
def test_the_portrait_challenge_result_has_no_empty_band(make_window, language, right, step) -> None:  # noqa: ANN001
    """At 150 % text the page is taller than the screen: the score's words still show whole (the
    take-home code then scrolls with the list; before, the score scrolled out of its card)."""
    window = make_window(size=PORTRAIT, language=language, pack=LESSONS)
    window.router.access.set_text_step(step)
    journey, router = window.journey, window.router
    journey.challenge_plan, journey.rewards = ChallengePlan(questions=8), Desk()
    router.attract.render(journey)
    tap(router.attract.challenge_button)
    answer_everything(window, right=right)
    assert journey.screen is Screen.CHALLENGE_RESULT
    screen = router.challenge_result
    assert screen.reward.isVisible() == right
    assert_composed(screen)
    # nothing runs off the screen: a page too tall for it scrolls the take-home code with the list
    assert not clipped(screen, window)


def test_the_portrait_lesson_result_has_no_empty_band(make_window) -> None:  # noqa: ANN001
    window = make_window(size=PORTRAIT)
    journey, router = window.journey, window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    while journey.screen is Screen.READER:
        tap(router.reader.next_button)
    answer_everything(window, right=False)
    assert journey.screen is Screen.RESULT
    screen = router.result
    assert_composed(screen)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_a_long_portrait_lesson_result_at_large_text_keeps_the_heading_below_the_card(
    make_window,  # noqa: ANN001
    language,  # noqa: ANN001
) -> None:
    """At 150 % text, a bundled lesson's five questions missed make the page taller than the screen:
    the list scrolls under its heading, below the whole card. Before, the column below claimed its
    whole height (Qt gives a column with wrapping words all of it as its least), so the card was
    squeezed and "Worth another look" sat on the card, over its Finish button in English."""
    window = make_window(size=PORTRAIT, language=language, pack=LESSONS)
    window.router.access.set_text_step(2)
    journey, router = window.journey, window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["passwords"])
    while journey.screen is Screen.READER:
        tap(router.reader.next_button)
    answer_everything(window, right=False)
    assert journey.screen is Screen.RESULT
    screen = router.result
    assert len([item for item in screen.missed_items if item.isVisible()]) >= 3
    assert_composed(screen)
    assert not clipped(screen, window)
