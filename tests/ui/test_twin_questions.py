"""The twin question screens: while one shows, the other is filled with what the next tap most likely
shows (the feedback on the answer chosen, or the next question); the tap then swaps them, and what
shows is always exactly what the journey holds."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from kiosk.journey import Journey, Screen
from kiosk.ui.router import Router
from kiosk.ui.screens.question import QuestionScreen, QuestionView
from kiosk.ui.widgets.cards import ChoiceCard
from tests.journey.conftest import FakeRecorder
from tests.ui.test_ahead import count_calls, to_first_question, words


def choose(router: Router, journey: Journey, *, right: bool) -> str:
    choice = next(c.id for c in journey.question.choices if c.correct == right)
    router._call(journey.toggle_choice, choice)  # noqa: SLF001
    return choice


def ordinary_words(screen: QuestionScreen, journey: Journey) -> list[str]:
    """What ``screen`` says when filled from scratch, the way a screen with nothing prepared is."""
    screen.wipe()
    screen.render(journey)
    return words(screen)


def test_the_feedback_prepared_for_the_chosen_answer_is_swapped_in_on_check(
    qtbot, make_window, monkeypatch
) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    asking = router.question
    wrong = choose(router, journey, right=False)
    router.prepare_ahead()
    twin = router.question_twin
    assert twin is not asking and "Not quite." in words(twin)  # filled while the visitor decides
    fills = count_calls(monkeypatch, ChoiceCard, "set_choice")
    router._call(journey.confirm)  # noqa: SLF001
    assert journey.screen is Screen.FEEDBACK
    assert window.stack.currentWidget() is twin and router.question is twin
    assert router.question_twin is asking
    assert fills == []  # the cards were filled ahead, not at the tap
    assert twin.cards[wrong].state == "wrong-chosen"
    assert twin.focusWidget() is twin.next_button
    shown = words(twin)
    assert shown == ordinary_words(twin, journey)


def test_an_answer_changed_after_preparing_shows_its_own_feedback(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    choose(router, journey, right=False)
    router.prepare_ahead()  # the twin now holds the feedback on the wrong answer
    right = choose(router, journey, right=True)  # tapped before anything was prepared again
    router._call(journey.confirm)  # noqa: SLF001
    screen = router.question
    assert window.stack.currentWidget() is screen
    assert "Right!" in words(screen) and "Not quite." not in words(screen)
    assert screen.cards[right].state == "right-chosen"
    assert words(screen) == ordinary_words(screen, journey)


def test_the_next_question_is_prepared_during_feedback_and_swapped_in(
    qtbot, make_window, monkeypatch
) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    choose(router, journey, right=True)
    router._call(journey.confirm)  # noqa: SLF001
    router.prepare_ahead()
    upcoming = journey.upcoming_question
    assert upcoming is not None
    feedback_screen, twin = router.question, router.question_twin
    assert list(twin.cards) == [c.id for c in upcoming.choices]
    fills = count_calls(monkeypatch, ChoiceCard, "set_choice")
    router._call(journey.next_question)  # noqa: SLF001
    assert journey.screen is Screen.QUESTION and journey.question == upcoming
    assert window.stack.currentWidget() is twin and router.question_twin is feedback_screen
    assert fills == []
    assert all(card.state == "idle" for card in twin.cards.values())
    assert not twin.confirm_button.isEnabled() and twin.next_button.isHidden()
    assert twin.focusWidget() is next(iter(twin.cards.values()))
    assert words(twin) == ordinary_words(twin, journey)


def test_the_share_of_right_answers_is_the_one_read_on_check(
    qtbot, make_window, recorder: FakeRecorder
) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    recorder.rate = 0.5
    choose(router, journey, right=True)
    router.prepare_ahead()
    assert "50% of visitors got this right." in words(router.question_twin)
    recorder.rate = 0.75  # checking records the answer, which moves the share
    router._call(journey.confirm)  # noqa: SLF001
    shown = words(router.question)
    assert "75% of visitors got this right." in shown and "50% of visitors got this right." not in shown


def test_neither_question_screen_keeps_anything_once_the_visitor_goes(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    choose(router, journey, right=False)
    router._call(journey.confirm)  # noqa: SLF001
    router.prepare_ahead()
    router._call(journey.next_question)  # noqa: SLF001
    choose(router, journey, right=True)
    router.prepare_ahead()
    assert all(screen.cards for screen in router.question_screens)
    router.reset()  # nobody answered "Still there?"
    for screen in router.question_screens:
        assert screen.cards == {} and screen.question.text() == ""
        assert not any(card.isChecked() or card.state != "idle" for card in screen.pool)
        assert not any(text for text in words(screen) if "right" in text.lower())


def test_check_keeps_the_choices_scrolled_where_the_visitor_had_them(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.setFixedSize(1920, 520)  # styled for 1080p, but short: the choices scroll
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    QApplication.processEvents()  # laid out on screen
    bar = router.question.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    router._call(journey.toggle_choice, journey.question.choices[-1].id)  # noqa: SLF001
    router.prepare_ahead()
    twin = router.question_twin
    router._call(journey.confirm)  # noqa: SLF001
    assert window.stack.currentWidget() is twin  # swapped, and still where the visitor was
    assert twin.scroll.verticalScrollBar().value() == bar.maximum() > 0


def test_leaving_the_quiz_wipes_both_question_screens_soon_after(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    choose(router, journey, right=False)
    router.prepare_ahead()  # the twin now holds the feedback on that answer
    assert any(card.state == "wrong-chosen" for card in router.question_twin.cards.values())
    router._call(journey.leave_lesson)  # noqa: SLF001
    router.prepare_ahead()  # the idle steps after the change
    assert journey.screen is Screen.CATALOGUE
    for screen in router.question_screens:
        assert screen.cards == {} and not any(card.state != "idle" for card in screen.pool)


def test_the_same_question_in_another_lesson_is_not_taken_for_this_one(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    view = QuestionView.of(journey)
    assert router.question.holds(view)
    copied = replace(view, lesson=("basics-copy", *view.lesson[1:]))  # a copied lesson folder, say
    assert not router.question.holds(copied)
