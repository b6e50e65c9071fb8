"""What the journey says comes next (so the UI can prepare it) is exactly what the next tap then shows."""

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


def test_the_upcoming_first_question_is_the_one_the_quiz_starts_with(
    journey: Journey, library: Library
) -> None:
    library.add(make_lesson("passwords", "en", pages=2, quiz=big_quiz()))
    journey.start()
    journey.open_lesson("passwords")
    assert journey.upcoming_question is None  # Next on the first page shows a page
    journey.next_page()
    upcoming = journey.upcoming_question
    assert upcoming is not None
    journey.next_page()
    assert journey.screen is Screen.QUESTION and journey.question == upcoming
    assert journey.upcoming_question is None  # nothing is answered yet


def test_the_upcoming_question_follows_each_answer_until_the_last(journey: Journey, library: Library) -> None:
    library.add(make_lesson("passwords", "en", pages=1, quiz=big_quiz()))
    journey.start()
    journey.open_lesson("passwords")
    journey.next_page()
    while True:
        journey.toggle_choice(journey.question.choices[0].id)
        journey.confirm()
        upcoming = journey.upcoming_question
        if journey.outcome.is_last:
            assert upcoming is None
            break
        journey.next_question()
        assert journey.question == upcoming


def test_a_second_attempt_is_foreseen_in_its_own_order(journey: Journey, library: Library) -> None:
    # Each attempt draws and orders its questions afresh.
    quiz = big_quiz(shuffle_questions=True, draw=4)
    library.add(make_lesson("passwords", "en", pages=1, quiz=quiz))
    journey.start()
    firsts = []
    for _ in range(3):
        journey.open_lesson("passwords")
        upcoming = journey.upcoming_question
        journey.next_page()
        assert journey.question == upcoming
        firsts.append(upcoming)
        journey.leave_lesson()
    assert len({(shown.question.id, tuple(c.id for c in shown.choices)) for shown in firsts}) > 1


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


def test_the_previewed_outcome_is_what_check_then_says_and_records_nothing(
    journey: Journey, library: Library, recorder: FakeRecorder
) -> None:
    feedback = {"a": "<p>Yes.</p>", "c": "<p>No, c.</p>"}
    quiz = Quiz(
        questions=(question("q1", {"a", "b"}, feedback=feedback), question("q2", "a", feedback=feedback))
    )
    library.add(make_lesson("passwords", "en", pages=1, quiz=quiz))
    journey.start()
    journey.open_lesson("passwords")
    assert journey.preview_outcome() is None  # no question on screen
    journey.next_page()
    assert journey.preview_outcome() is None  # nothing chosen yet
    recorder.rate = 0.4
    while True:
        calls = list(recorder.calls)
        for cid in ("a", "c", "c", "b") if journey.question.kind == "multiple" else ("c", "a"):
            journey.toggle_choice(cid)
            preview = journey.preview_outcome()
            assert preview is not None and preview.chosen == journey.selection
        assert recorder.calls == calls  # previewing records nothing
        assert preview.correct is True and preview.correct_rate == 0.4
        outcome = journey.confirm()
        assert outcome == preview
        assert journey.preview_outcome() is None  # the answer is in: there is nothing to foresee
        if outcome.is_last:
            break
        journey.next_question()
    assert len(recorder.of("record_answer")) == 2


def test_a_wrong_selection_is_previewed_wrong_with_its_choice_feedback(
    journey: Journey, library: Library
) -> None:
    quiz = Quiz(questions=(question("q1", "a", feedback={"b": "<p>Not b.</p>"}),))
    library.add(make_lesson("passwords", "en", pages=1, quiz=quiz))
    journey.start()
    journey.open_lesson("passwords")
    journey.next_page()
    journey.toggle_choice("b")
    preview = journey.preview_outcome()
    assert preview is not None and not preview.correct
    assert preview.chosen_feedback_html == ("<p>Not b.</p>",) and preview.is_last
    assert journey.confirm() == preview
