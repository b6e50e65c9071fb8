"""Issue 17 item 2: "Lessons" in the middle of a quiz asks first, on the kiosk's own touch overlay."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from kiosk.journey import Screen
from tests.support.taps import tap


def _into_the_quiz(window) -> None:  # noqa: ANN001
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    tap(router.reader.next_button)
    tap(router.reader.next_button)
    tap(router.question.cards["a"])
    assert window.journey.screen is Screen.QUESTION


def test_lessons_mid_quiz_asks_and_stay_keeps_the_place(make_window) -> None:  # noqa: ANN001
    window = make_window()
    _into_the_quiz(window)
    router, journey = window.router, window.journey
    tap(router.question.top.lessons_button)
    confirm = router.confirm
    assert confirm.isVisible() and confirm.geometry() == window.stack.rect()
    assert confirm.title.text() == "Leave this quiz?"
    assert (
        confirm.stay_button.text() == "Stay in the quiz" and confirm.leave_button.text() == "Leave the quiz"
    )
    assert journey.screen is Screen.QUESTION
    tap(confirm.stay_button)
    assert not confirm.isVisible()
    assert journey.screen is Screen.QUESTION and journey.selection == {"a"}
    tap(router.question.top.lessons_button)
    tap(confirm, QPoint(5, 5))  # the shade beside the card: as Stay
    assert not confirm.isVisible() and journey.screen is Screen.QUESTION
    tap(router.question.confirm_button)
    tap(router.question.top.lessons_button)  # on the feedback too
    assert confirm.isVisible()
    tap(confirm.leave_button)
    assert not confirm.isVisible() and journey.screen is Screen.CATALOGUE


def test_lessons_on_a_page_leaves_at_once_and_the_question_goes_with_the_visit(make_window) -> None:  # noqa: ANN001
    window = make_window()
    router, journey = window.router, window.journey
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    tap(router.reader.top.lessons_button)
    assert journey.screen is Screen.CATALOGUE and not router.confirm.isVisible()
    tap(router.catalogue.cards["basics"])
    tap(router.reader.next_button)
    tap(router.reader.next_button)
    tap(router.question.top.lessons_button)
    assert router.confirm.isVisible()
    router.reset()  # the idle reset while the question is up
    assert journey.screen is Screen.ATTRACT and not router.confirm.isVisible()
