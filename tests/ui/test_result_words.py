"""Issue 17 item 3: a failed result encourages and offers the lesson again; a partly right select-all
answer names the right answers missed; "Select all that apply" shows once."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.journey import Screen
from tests.support.taps import tap


def _to_second_question(window) -> None:  # noqa: ANN001
    router = window.router
    tap(router.attract.start_button)
    tap(router.catalogue.cards["basics"])
    tap(router.reader.next_button)
    tap(router.reader.next_button)
    tap(router.question.cards["a"])  # 123456: wrong
    tap(router.question.confirm_button)
    tap(router.question.next_button)
    assert window.journey.question.number == 2


def _answer_the_last(window, choice: str) -> None:  # noqa: ANN001
    question = window.router.question
    assert window.journey.question.number == window.journey.question.total
    tap(question.cards[choice])
    tap(question.confirm_button)
    tap(question.next_button)


def visible_text(widget) -> str:  # noqa: ANN001
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_a_partly_right_select_all_answer_names_the_right_answers_missed(make_window) -> None:  # noqa: ANN001
    window = make_window()
    _to_second_question(window)
    question = window.router.question
    assert visible_text(question).count("Select all that apply") == 1
    assert "Tap every answer that applies" in question.feedback.text()
    tap(question.cards["a"])  # a long password: right, but the second factor is left out
    tap(question.confirm_button)
    assert question.verdict.text() == "Not quite."
    assert "You missed: A second factor" in question.feedback.text()
    assert "A long password" not in question.feedback.text()


def test_a_right_answer_names_nothing_missed(make_window) -> None:  # noqa: ANN001
    window = make_window()
    _to_second_question(window)
    question = window.router.question
    tap(question.cards["a"])
    tap(question.cards["b"])
    tap(question.confirm_button)
    assert question.verdict.text() == "Right!" and "You missed" not in question.feedback.text()


def test_a_failed_result_encourages_and_offers_the_lesson_again(make_window) -> None:  # noqa: ANN001
    window = make_window()
    _to_second_question(window)
    router, journey = window.router, window.journey
    tap(router.question.cards["c"])
    tap(router.question.confirm_button)
    tap(router.question.next_button)
    _answer_the_last(window, "false")  # wrong
    result = router.result
    assert journey.screen is Screen.RESULT and not journey.result.passed
    words = visible_text(result)
    assert "Not passed" not in words and "Pass mark" not in words
    assert result.verdict.text() == "Good effort! Want another go?"
    assert result.retry_button.isVisible() and result.retry_button.text() == "Try this lesson again"
    assert result.retry_button.property("role") == "primary"
    assert result.another_button.isVisible() and result.another_button.property("role") == "secondary"
    tap(result.retry_button)
    assert journey.screen is Screen.READER and journey.page_index == 0 and journey.lesson.id == "basics"
    assert "First page" in router.reader.view.toPlainText()


def test_a_passed_result_leads_to_another_lesson(make_window) -> None:  # noqa: ANN001
    window = make_window()
    _to_second_question(window)
    router = window.router
    tap(router.question.cards["a"])
    tap(router.question.cards["b"])
    tap(router.question.confirm_button)
    tap(router.question.next_button)
    _answer_the_last(window, "true")  # right, so 2 of 3
    result = router.result
    assert window.journey.result.passed and not result.retry_button.isVisible()
    assert result.another_button.property("role") == "primary"
    assert result.another_button.isVisible() and result.pass_mark.text() == "Pass mark: 50%"
