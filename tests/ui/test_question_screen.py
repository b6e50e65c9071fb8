"""The question screen through a quiz: what Check and Next show is exactly what the journey holds, the
share of right answers is the one read on Check, and nothing of the visitor is kept once they go."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.journey import Journey, Screen
from kiosk.ui.router import Router
from kiosk.ui.screens.question import QuestionScreen
from tests.journey.conftest import FakeRecorder
from tests.ui.test_ahead import to_first_question, words


def choose(router: Router, journey: Journey, *, right: bool) -> str:
    choice = next(c.id for c in journey.question.choices if c.correct == right)
    router._call(journey.toggle_choice, choice)  # noqa: SLF001
    return choice


def ordinary_words(screen: QuestionScreen, journey: Journey) -> list[str]:
    """What ``screen`` says when filled from scratch."""
    screen.wipe()
    screen.render(journey)
    return words(screen)


def test_check_shows_the_feedback_on_the_answer_chosen(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    screen = router.question
    assert "Take your time." in words(screen)
    wrong = choose(router, journey, right=False)
    assert screen.cards[wrong].state == "selected" and screen.confirm_button.isEnabled()
    router._call(journey.confirm)  # noqa: SLF001
    assert journey.screen is Screen.FEEDBACK and window.stack.currentWidget() is screen
    assert "Not quite." in words(screen) and "Take your time." not in words(screen)
    assert screen.cards[wrong].state == "wrong-chosen"
    right = next(c.id for c in journey.question.choices if c.correct)
    assert screen.cards[right].state == "right-missed"
    assert screen.confirm_button.isHidden() and not screen.next_button.isHidden()
    assert screen.focusWidget() is screen.next_button
    assert words(screen) == ordinary_words(screen, journey)


def test_an_answer_changed_before_check_shows_its_own_feedback(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    wrong = choose(router, journey, right=False)
    router._call(journey.toggle_choice, wrong)  # noqa: SLF001  (changed their mind)
    right = choose(router, journey, right=True)
    router._call(journey.confirm)  # noqa: SLF001
    screen = router.question
    assert "Right!" in words(screen) and "Not quite." not in words(screen)
    assert screen.cards[right].state == "right-chosen" and screen.cards[wrong].state == "other"


def test_next_shows_the_next_question_fresh(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    choose(router, journey, right=True)
    router._call(journey.confirm)  # noqa: SLF001
    router._call(journey.next_question)  # noqa: SLF001
    screen = router.question
    assert journey.screen is Screen.QUESTION and window.stack.currentWidget() is screen
    assert list(screen.cards) == [c.id for c in journey.question.choices]
    assert all(card.state == "idle" for card in screen.cards.values())
    assert not screen.confirm_button.isEnabled() and screen.next_button.isHidden()
    assert screen.focusWidget() is next(iter(screen.cards.values()))
    assert "Question 2 of 3" in words(screen)
    assert words(screen) == ordinary_words(screen, journey)


def test_the_share_of_right_answers_is_the_one_read_on_check(
    qtbot, make_window, recorder: FakeRecorder
) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    recorder.rate = 0.5
    choose(router, journey, right=True)
    assert not any("of visitors got this right" in text for text in words(router.question))
    recorder.rate = 0.75  # checking records the answer, which moves the share
    router._call(journey.confirm)  # noqa: SLF001
    assert "75% of visitors got this right." in words(router.question)


def test_the_question_screen_keeps_nothing_once_the_visitor_goes(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    choose(router, journey, right=False)
    router._call(journey.confirm)  # noqa: SLF001
    screen = router.question
    assert screen.cards
    router.reset()  # nobody answered "Still there?"
    assert screen.cards == {} and screen.question.text() == ""
    assert not any(card.isChecked() or card.state != "idle" for card in screen.pool)
    assert not any(text for text in words(screen) if "right" in text.lower())


def test_check_keeps_the_choices_scrolled_where_the_visitor_had_them(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.follow_size = False  # kept at the 1080p scale (tests/ui/test_layout_sizes.py re-scales)
    window.setFixedSize(1920, 520)  # styled for 1080p, but short: the choices scroll
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    QApplication.processEvents()  # laid out on screen
    bar = router.question.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    place = bar.value()
    router._call(journey.toggle_choice, journey.question.choices[-1].id)  # noqa: SLF001
    router._call(journey.confirm)  # noqa: SLF001
    QApplication.processEvents()  # the verdicts on the cards may make the list a little taller
    assert bar.value() == place > 0


def test_leaving_the_quiz_wipes_the_question_screen_soon_after(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    to_first_question(router, journey)
    choose(router, journey, right=False)
    router._call(journey.confirm)  # noqa: SLF001
    router._call(journey.leave_lesson)  # noqa: SLF001
    screen = router.question
    assert journey.screen is Screen.CATALOGUE and screen.cards  # the tap only changed screens
    qtbot.waitUntil(lambda: screen.cards == {} and screen.question.text() == "")
    assert not any(card.state != "idle" for card in screen.pool)
