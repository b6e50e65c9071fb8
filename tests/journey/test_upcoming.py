"""What the journey offers for work ahead of a tap: the lessons to parse first, and the result that
Next will show (the UI prepares it), which is exactly what the tap then shows."""

from __future__ import annotations

from kiosk.content.model import Quiz
from kiosk.journey import Journey, Screen
from tests.journey.conftest import FakeRecorder, Library, make_lesson, question


def big_quiz(**kwargs: object) -> Quiz:
    # Enough questions and choices that shuffling makes a wrong guess at the order likely to show.
    return Quiz(questions=tuple(question(f"q{n}", "abcdef"[n % 6], n=6) for n in range(8)), **kwargs)  # type: ignore[arg-type]


def test_lessons_to_warm_are_the_kiosk_language_first_in_catalogue_order(library: Library) -> None:
    library.add(make_lesson("only-english", "en"))
    pack = library.pack()
    journey = Journey(pack, library.load, language="zh-CN")
    warm = [(entry.id, language) for entry, language in journey.lessons_to_warm()]
    ids = [entry.id for entry in pack.lessons]
    assert warm == [(i, "zh-CN") for i in ids] + [(i, "en") for i in ids]
    # The order stays the kiosk's own even while a visitor has another language chosen.
    journey.set_language("en")
    assert [language for _, language in journey.lessons_to_warm()][0] == "zh-CN"


def test_a_lesson_missing_a_language_is_not_warmed_in_it(library: Library) -> None:
    from dataclasses import replace

    pack = library.pack()
    first = pack.lessons[0]
    english_only = replace(first, versions={"en": first.versions["en"]})
    pack = replace(pack, lessons=(english_only, *pack.lessons[1:]))
    warm = Journey(pack, library.load).lessons_to_warm()
    assert (english_only, "en") in warm
    assert not any(entry.id == first.id and language == "zh-CN" for entry, language in warm)


def test_the_loader_the_journey_opens_lessons_with_is_the_one_given(library: Library) -> None:
    assert Journey(library.pack(), library.load).lesson_loader == library.load


def test_the_upcoming_result_is_the_result_and_nothing_is_recorded_before_next(
    journey: Journey, library: Library, recorder: FakeRecorder
) -> None:
    library.add(make_lesson("passwords", "en", pages=1, quiz=big_quiz()))
    journey.start()
    journey.open_lesson("passwords")
    journey.next_page()
    while True:
        assert journey.upcoming_result is None
        journey.toggle_choice(journey.question.choices[0].id)
        journey.confirm()
        if journey.outcome.is_last:
            break
        journey.next_question()
    calls = list(recorder.calls)
    upcoming = journey.upcoming_result
    assert upcoming is not None and recorder.calls == calls
    assert journey.finished_lessons == frozenset()
    journey.next_question()
    assert journey.screen is Screen.RESULT and journey.result == upcoming
    assert journey.upcoming_result is None
