"""Switching language inside a lesson keeps the visitor's place: page, question, selection, feedback, result."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.content.model import Quiz
from kiosk.journey import Journey, JourneyError, Screen
from tests.journey.conftest import Library, make_lesson, question
from tests.support.recorder import FakeRecorder


def translated_quiz(language: str) -> Quiz:
    """The standard quiz with words that say which language they are in."""
    questions = []
    for qid, right in (("q1", "b"), ("q2", {"a", "c"}), ("q3", "d")):
        q = question(qid, right, feedback={"a": f"<p>{language} not a.</p>"})
        q = replace(
            q,
            html=f"<p>{language} question {qid}?</p>",
            choices=tuple(replace(c, html=f"<p>{language} {qid} {c.id}</p>") for c in q.choices),
            explanation_html=f"<p>{language} because {qid}.</p>",
            content_hash=f"{language}-{qid}",
        )
        questions.append(q)
    return Quiz(questions=tuple(questions))


@pytest.fixture
def library() -> Library:
    library = Library()
    for language in ("en", "zh-CN"):
        library.add(make_lesson("passwords", language, pages=4, quiz=translated_quiz(language)))
    return library


def to_question(journey: Journey, number: int = 1) -> None:
    journey.start()
    journey.open_lesson("passwords")
    while journey.screen is Screen.READER:
        journey.next_page()
    for _ in range(number - 1):
        journey.toggle_choice(journey.question.choices[0].id)
        journey.confirm()
        journey.next_question()


def test_every_screen_offers_the_switch_and_the_catalogue_and_attract_always_can(journey: Journey) -> None:
    assert journey.language_choices == (("en", True), ("zh-CN", True))
    journey.start()
    assert journey.language_choices == (("en", True), ("zh-CN", True))
    journey.open_lesson("passwords")
    assert journey.language_choices == (("en", True), ("zh-CN", True))


def test_the_reader_keeps_its_page_in_the_other_language(journey: Journey, recorder: FakeRecorder) -> None:
    journey.start()
    journey.open_lesson("passwords")
    journey.next_page()
    journey.next_page()
    journey.set_language("zh-CN")
    assert (journey.screen, journey.page_index) == (Screen.READER, 2)
    assert journey.lesson.language == "zh-CN" and journey.language == "zh-CN"
    assert journey.visit.language == "zh-CN"
    journey.set_language("en")
    assert journey.page_index == 2 and journey.lesson.language == "en"


def test_a_translation_with_fewer_pages_keeps_the_nearest_page(journey: Journey, library: Library) -> None:
    library.add(make_lesson("passwords", "zh-CN", pages=2, quiz=translated_quiz("zh-CN")))
    journey.start()
    journey.open_lesson("passwords")
    for _ in range(3):
        journey.next_page()
    journey.set_language("zh-CN")
    assert journey.page_index == 1 and journey.on_last_page


def test_a_question_keeps_its_number_choice_order_and_selection(journey: Journey) -> None:
    to_question(journey, 2)
    before = journey.question
    journey.toggle_choice(before.choices[1].id)
    journey.toggle_choice(before.choices[3].id)
    selection = journey.selection
    journey.set_language("zh-CN")
    after = journey.question
    assert journey.screen is Screen.QUESTION
    assert (after.number, after.total, after.question.id) == (before.number, before.total, before.question.id)
    assert [c.id for c in after.choices] == [c.id for c in before.choices]
    assert all(c.html.startswith("<p>zh-CN") for c in after.choices)
    assert journey.selection == selection and journey.can_confirm


def test_an_answer_after_the_switch_is_recorded_in_the_new_language(
    journey: Journey, recorder: FakeRecorder
) -> None:
    to_question(journey)
    journey.set_language("zh-CN")
    journey.toggle_choice("b")
    outcome = journey.confirm()
    assert outcome.correct
    [answer] = recorder.of("record_answer")
    assert (answer.language, answer.question_hash, answer.question_id) == ("zh-CN", "zh-CN-q1", "q1")


def test_feedback_stays_feedback_with_the_same_verdict_in_the_new_words(journey: Journey) -> None:
    to_question(journey)
    journey.toggle_choice("a")
    journey.confirm()
    journey.set_language("zh-CN")
    outcome = journey.outcome
    assert journey.screen is Screen.FEEDBACK and not outcome.correct
    assert outcome.chosen == frozenset({"a"})
    assert outcome.chosen_feedback_html == ("<p>zh-CN not a.</p>",)
    assert outcome.explanation_html == "<p>zh-CN because q1.</p>"
    journey.next_question()
    assert journey.screen is Screen.QUESTION and journey.question.number == 2


def test_the_result_stays_with_its_score_and_missed_questions_translated(
    journey: Journey, recorder: FakeRecorder
) -> None:
    to_question(journey, 3)
    journey.toggle_choice("d")
    journey.confirm()
    journey.next_question()
    result = journey.result
    journey.set_language("zh-CN")
    assert journey.screen is Screen.RESULT
    assert (journey.result.score, journey.result.maximum) == (result.score, result.maximum)
    assert [m.question.id for m in journey.result.missed] == [m.question.id for m in result.missed]
    assert all(m.question.html.startswith("<p>zh-CN") for m in journey.result.missed)
    assert len(recorder.of("record_quiz_result")) == 1  # nothing recorded twice
    journey.try_another()
    assert journey.screen is Screen.CATALOGUE and journey.finished_lessons == {"passwords"}


def test_a_lesson_without_the_language_cannot_switch_and_nothing_changes(
    journey: Journey, library: Library
) -> None:
    entry = library.pack().lesson("passwords")
    only_english = replace(entry, versions={"en": entry.versions["en"]})
    pack = library.pack()
    journey.pack = replace(pack, lessons=(only_english, *[e for e in pack.lessons if e.id != "passwords"]))
    to_question(journey)
    journey.toggle_choice("b")
    assert journey.language_choices == (("en", True), ("zh-CN", False))
    with pytest.raises(JourneyError):
        journey.set_language("zh-CN")
    assert journey.language == "en" and journey.lesson.language == "en" and journey.selection == {"b"}


def test_a_translated_quiz_with_other_questions_refuses_the_switch(
    journey: Journey, library: Library
) -> None:
    other = Quiz(questions=(question("q1", "b"), question("other", "a"), question("q3", "d")))
    library.add(make_lesson("passwords", "zh-CN", pages=4, quiz=other))
    to_question(journey)
    with pytest.raises(JourneyError):
        journey.set_language("zh-CN")
    assert journey.lesson.language == "en" and journey.quiz_run.quiz.questions[0].html.startswith("<p>en")


def test_a_broken_translation_refuses_the_switch(journey: Journey, library: Library) -> None:
    journey.start()
    journey.open_lesson("passwords")
    library.broken.add("passwords")
    with pytest.raises(JourneyError):
        journey.set_language("zh-CN")
    assert journey.screen is Screen.READER and journey.lesson.language == "en"
