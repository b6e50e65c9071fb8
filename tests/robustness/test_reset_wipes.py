"""No visitor data survives a reset: after the idle reset or Finish, no widget holds what the last visitor
read, chose or scored, and the journey's state is that of a brand-new journey."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.content.loader import load_lesson
from kiosk.journey import Journey, Screen
from kiosk.ui.window import MainWindow
from tests.robustness.driver import (
    SMALL_PACK,
    build_window,
    checked_buttons,
    close_window,
    finish_lesson,
    flush_deletes,
    open_card,
    tap,
    widget_texts,
)
from tests.support.recorder import FakeRecorder

# What a visitor's path through the "basics" lesson puts on screen, and nothing else does.
VISITOR_TRACES = (
    "First page",
    "Second page",
    "The end of the lesson",
    "strong password",
    "correct-horse-battery-staple",
    "123456",
    "safer",
    "A second factor",
    "Length beats symbols",
    "The most common password",
    "Long and unique",
    "One leak then opens",
)
STATE = ("screen", "language", "visit", "lesson", "page_index", "quiz_run", "outcome", "result")


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # noqa: ANN001
    window = build_window(SMALL_PACK, FakeRecorder(), idle=0.05, countdown=1, tick_ms=10)
    window.idle.set_timeout(0)  # off while the visitor plays; each test turns it on when it wants it
    yield window
    close_window(window)


def traces_left(window: MainWindow) -> list[tuple[str, str]]:
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        for text in widget_texts(widget):
            found += [(type(widget).__name__, t) for t in VISITOR_TRACES if t in text]
    return found


def assert_fresh(window: MainWindow) -> None:
    flush_deletes()
    journey = window.journey
    new = Journey(journey.pack, load_lesson, FakeRecorder())
    assert {k: getattr(journey, k) for k in STATE} == {k: getattr(new, k) for k in STATE}
    assert journey.finished_lessons == frozenset() and journey.selection == frozenset()
    assert window.stack.currentWidget() is window.router.attract
    assert traces_left(window) == []
    # Only the kiosk's own language button may be checked (in every screen's corner); no choice card,
    # no tick stays on.
    homes = [screen.corner.buttons[journey.home_language] for screen in window.router.built_screens]
    assert sorted(checked_buttons(window), key=id) == sorted(homes, key=id)
    assert not any(card.finished for card in window.router.catalogue.cards.values())
    assert window.router.reader.view.toPlainText() == ""


def play_until_feedback(window: MainWindow) -> None:
    router = window.router
    tap(router.attract.start_button)
    open_card(window, "basics")
    tap(router.reader.next_button)
    tap(router.reader.next_button)
    assert window.journey.screen is Screen.QUESTION
    first = next(iter(router.question.cards.values()))
    tap(first)
    assert checked_buttons(router.question) or window.journey.selection
    tap(router.question.confirm_button)
    assert window.journey.screen is Screen.FEEDBACK
    assert traces_left(window), "the test's traces do not match what the screens show"


def test_idle_reset_leaves_nothing_of_the_visitor(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    play_until_feedback(window)
    window.idle.set_timeout(0.05)
    qtbot.waitUntil(lambda: window.journey.screen is Screen.ATTRACT, timeout=5000)
    assert_fresh(window)


def test_finish_leaves_nothing_of_the_visitor(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    router = window.router
    tap(router.attract.start_button)
    open_card(window, "basics")
    assert finish_lesson(window, random.Random(3)) == 1
    assert traces_left(window) and window.journey.finished_lessons == {"basics"}
    tap(router.result.finish_button)
    assert_fresh(window)


def test_a_chinese_visitor_leaves_the_kiosk_in_its_own_language(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    tap(window.router.attract.language_buttons["zh-CN"])
    assert window.journey.language == "zh-CN"
    tap(window.router.attract.start_button)
    open_card(window, "basics")
    finish_lesson(window, random.Random(4))
    tap(window.router.result.another_button)
    tap(window.router.catalogue.finish_button)
    assert window.journey.language == window.journey.home_language == "en"
    assert_fresh(window)
    # The next visitor is greeted in the kiosk's own language, words and all.
    assert "Touch to start" in window.router.attract.start_button.text()
