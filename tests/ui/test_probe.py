"""The self-test's taps (kiosk.ui.probe) land like a finger's: an answer scrolled out of view is first
scrolled into view, and a tap that would land on something else is not made at all."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.journey import Screen
from kiosk.ui import probe
from tests.ui.test_ahead import ready
from tests.ui.test_question_columns import COURSE


def _first_question(make_window):  # noqa: ANN001, ANN202
    window = make_window(size=(1024, 768), pack=COURSE, language="zh-CN")
    router, journey = window.router, window.journey
    ready(router)
    router._call(journey.start)  # noqa: SLF001
    router._call(journey.set_language, "zh-CN")  # noqa: SLF001
    router.open_lesson("passwords")
    router.opener.finish()
    while journey.screen is Screen.READER:
        router._call(journey.next_page)  # noqa: SLF001
    QApplication.processEvents()
    return window


def test_a_tap_scrolls_an_answer_out_of_view_into_it_first(make_window) -> None:  # noqa: ANN001
    window = _first_question(make_window)
    screen, journey = window.router.question, window.journey
    last_id, last = list(screen.cards.items())[-1]
    screen.scroll.setFixedHeight(last.height())  # room for one answer: the last is out of view
    QApplication.processEvents()
    top = last.mapTo(screen.scroll.viewport(), last.rect().topLeft()).y()
    assert top >= screen.scroll.viewport().height(), "the last answer should start out of view"
    assert probe.tap(last)
    assert journey.selection == frozenset({last_id})
    assert last.mapTo(screen.scroll.viewport(), last.rect().topLeft()).y() >= 0


def test_a_tap_on_an_answer_under_something_else_is_not_made(make_window) -> None:  # noqa: ANN001
    window = _first_question(make_window)
    screen, journey = window.router.question, window.journey
    card = next(iter(screen.cards.values()))
    cover = QWidget(screen.scroll.viewport())
    cover.setGeometry(screen.scroll.viewport().rect())
    cover.show()
    QApplication.processEvents()
    assert not probe.tap(card)
    assert journey.selection == frozenset()
