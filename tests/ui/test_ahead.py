"""Work done ahead of a tap: lessons parsed in the background, and the next screen prepared while the
visitor reads, always showing exactly what the journey holds when the tap comes."""

from __future__ import annotations

import threading
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.content.cache import LessonCache
from kiosk.content.loader import load_lesson
from kiosk.journey import Journey, Screen
from kiosk.ui.router import Router
from kiosk.ui.screens.catalogue import CatalogueScreen
from kiosk.ui.screens.result import MissedItem


def words(screen: QWidget) -> list[str]:
    """Every label's text the screen would show, in widget order."""
    return [label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)]


def ready(router: Router) -> None:
    """As the kiosk is once its first frame is up: every screen built, the lessons parsed."""
    router.prebuild()
    router.stop_warming()


def to_first_question(router: Router, journey: Journey) -> None:
    """Through basics' pages to its quiz's first question, every screen built first."""
    ready(router)
    router._call(journey.start)  # noqa: SLF001
    router.open_lesson("basics")
    router.opener.finish()
    while journey.screen is Screen.READER:
        router._call(journey.next_page)  # noqa: SLF001


def to_last_feedback(router: Router, journey: Journey) -> None:
    """Through basics' pages and quiz, answering wrong, up to the last question's feedback."""
    to_first_question(router, journey)
    while True:
        wrong = next(c.id for c in journey.question.choices if not c.correct)
        router._call(journey.toggle_choice, wrong)  # noqa: SLF001
        router._call(journey.confirm)  # noqa: SLF001
        if journey.outcome.is_last:
            return
        router._call(journey.next_question)  # noqa: SLF001


def count_calls(monkeypatch, cls: type, name: str) -> list[object]:  # noqa: ANN001
    calls: list[object] = []
    original = getattr(cls, name)

    def spy(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        calls.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, spy)
    return calls


def test_prebuild_parses_every_lesson_in_the_background(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(warm=False)
    router, journey = window.router, window.journey
    cache = journey.lesson_loader
    assert isinstance(cache, LessonCache)
    assert not any(item in cache for item in journey.lessons_to_warm())
    router.prebuild()
    assert router.warming is not None
    router.warming.join()
    assert all(item in cache for item in journey.lessons_to_warm())


def test_the_background_parse_never_holds_up_a_visitor(qtbot, make_window, monkeypatch) -> None:  # noqa: ANN001
    started, release = threading.Event(), threading.Event()

    def slow_load(entry, language):  # noqa: ANN001
        if entry.id == "basics" and language == "en":
            started.set()
            release.wait()  # the worker thread is stuck on basics
        return load_lesson(entry, language)

    monkeypatch.setattr("kiosk.app.LessonCache", lambda: LessonCache(loader=slow_load))
    window = make_window(warm=False)
    router, journey = window.router, window.journey
    safety = threading.Timer(10, release.set)  # only so that a regression cannot hang the suite
    safety.start()
    try:
        router.prebuild()
        assert started.wait(10)
        router._call(journey.start)  # noqa: SLF001
        router.open_lesson("phishing")
        router.opener.finish()
        assert journey.screen is Screen.READER and not release.is_set()
    finally:
        release.set()
        safety.cancel()
        router.stop_warming()


def test_the_result_prepared_during_the_last_feedback_is_the_one_shown(
    qtbot, make_window, monkeypatch
) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_last_feedback(router, journey)
    router.prepare_ahead()
    assert window.stack.currentWidget() is router.question
    assert router.result.result == journey.upcoming_result
    prepared = words(router.result)
    assert "0 of 3 right (0%)" in prepared
    fills = count_calls(monkeypatch, MissedItem, "set_missed")
    router._call(journey.next_question)  # noqa: SLF001
    assert journey.screen is Screen.RESULT and window.stack.currentWidget() is router.result
    assert fills == []  # nothing filled again at the tap
    assert words(router.result) == prepared
    router.result.wipe()
    router.result.render(journey)  # filled the ordinary way, the screen says the same
    assert words(router.result) == prepared


def test_a_prepared_result_that_is_not_the_journeys_is_filled_again(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_last_feedback(router, journey)
    upcoming = journey.upcoming_result
    assert upcoming is not None and journey.lesson is not None
    wrong = replace(upcoming, score=2, percent=100, passed=True, missed=())
    router.result.prepare(wrong, journey.lesson, journey.pack.root)
    assert router.result.score.text() == "2 of 3 right (100%)"
    router._call(journey.next_question)  # noqa: SLF001
    assert router.result.score.text() == "0 of 3 right (0%)"
    assert sum(item.isVisibleTo(router.result) for item in router.result.missed_items) == 3


def test_preparing_follows_each_change_by_itself(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_last_feedback(router, journey)
    qtbot.waitUntil(lambda: router.result.result == journey.upcoming_result)


def test_the_catalogue_is_prepared_in_the_language_chosen_on_the_attract_screen(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    ready(router)
    router.set_language("zh-CN")
    router.prepare_ahead()
    zh_titles = {entry.id: entry.meta("zh-CN").title for entry in journey.pack.lessons}
    assert {lid: card.title.text() for lid, card in router.catalogue.cards.items()} == zh_titles
    router._call(journey.start)  # noqa: SLF001
    assert {lid: card.title.text() for lid, card in router.catalogue.cards.items()} == zh_titles


def test_screens_not_built_yet_are_left_to_prebuild(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router = window.router
    assert router.built("catalogue") is None
    router.prepare_ahead()  # on the attract screen, before prebuild (the first frame comes first)
    assert router.built("catalogue") is None
    ready(router)
    assert router.built("catalogue") is router.catalogue


def test_a_prepared_result_leaves_nothing_behind_when_the_visitor_goes(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_last_feedback(router, journey)
    router.prepare_ahead()
    router._call(journey.leave_lesson)  # noqa: SLF001
    router.reset()  # nobody answered "Still there?"
    assert router.result.result is None
    assert not any(text for text in words(router.result) if "right" in text)
    assert all(item.question.text() == "" for item in router.result.missed_items)


def test_a_screen_left_is_wiped_just_after_the_change_not_in_the_tap(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_last_feedback(router, journey)
    router._call(journey.next_question)  # noqa: SLF001
    question = router.question
    assert journey.screen is Screen.RESULT and question.cards  # the tap only swapped screens
    qtbot.waitUntil(lambda: question.cards == {} and question.question.text() == "")
    router._call(journey.try_another)  # noqa: SLF001
    assert router.result.result is not None
    qtbot.waitUntil(lambda: router.result.result is None)
    assert all(item.question.text() == "" for item in router.result.missed_items)


def test_the_catalogue_keeps_the_visitors_place_while_they_are_in_a_lesson(
    qtbot, make_window, monkeypatch
) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    ready(router)
    router._call(journey.start)  # noqa: SLF001
    wipes = count_calls(monkeypatch, CatalogueScreen, "wipe")  # a wipe scrolls it to the top, ticks off
    router.open_lesson("basics")
    router.opener.finish()
    router.prepare_ahead()  # the idle steps while the visitor reads, wipes of the screens left included
    router._call(journey.leave_lesson)  # noqa: SLF001
    router.prepare_ahead()
    assert journey.screen is Screen.CATALOGUE
    assert wipes == []
    router._call(journey.finish)  # noqa: SLF001
    assert len(wipes) == 1  # the visit's end wipes it
