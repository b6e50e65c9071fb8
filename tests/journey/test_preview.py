"""The preview's journey: jump to any page or question, in the file's order, and record nothing."""

from __future__ import annotations

import pytest

from kiosk.journey import JourneyError, Screen
from kiosk.journey.preview import PreviewJourney
from tests.journey.conftest import Library, make_lesson, standard_quiz


def preview(library: Library, **quiz: object) -> PreviewJourney:
    for language in ("en", "zh-CN"):
        library.add(make_lesson("passwords", language, quiz=standard_quiz(**quiz)))
    return PreviewJourney(library.pack(), dict(library.lessons))


def test_a_question_is_the_files_question_even_when_the_quiz_draws_and_shuffles(library) -> None:
    journey = preview(library, draw=1, shuffle_questions=True)
    journey.go_to("passwords", "en", question=2)
    assert journey.screen is Screen.QUESTION
    assert journey.question.question.id == "q3"
    assert (journey.question.number, journey.question.total) == (3, 3)
    assert journey.place == ("question", 2)


def test_choices_keep_one_order_from_reading_to_reading(library) -> None:
    journey = preview(library)
    journey.go_to("passwords", "en", question=0)
    first = [c.id for c in journey.question.choices]
    again = preview(Library())
    again.go_to("passwords", "en", question=0)
    assert [c.id for c in again.question.choices] == first


def test_pages_languages_and_the_visitors_way_on(library) -> None:
    journey = preview(library)
    journey.go_to("passwords", "zh-CN", page=1)
    assert (journey.screen, journey.page_index, journey.lesson.language) == (Screen.READER, 1, "zh-CN")
    journey.next_page()
    journey.next_page()  # past the last page: the quiz, from its first question
    assert journey.place == ("question", 0)
    journey.toggle_choice("b")
    assert journey.confirm().correct


def test_no_such_place_is_refused(library) -> None:
    journey = preview(library)
    with pytest.raises(JourneyError):
        journey.go_to("passwords", "en", question=3)
    with pytest.raises(JourneyError):
        journey.go_to("passwords", "en", page=7)
    with pytest.raises(JourneyError):
        journey.go_to("passwords", "fr", page=0)
