"""The journey's rules, step by step, without Qt: screens, recording, ticks, language, resets."""

from __future__ import annotations

import pytest

from kiosk.content.model import Quiz
from kiosk.journey import Journey, JourneyError, Screen
from kiosk.journey.records import AnswerRecord, QuizResultRecord, ShownQuestion, VisitEnd
from tests.journey.conftest import Library, make_lesson, question, standard_quiz
from tests.support.clock import FakeClock
from tests.support.recorder import FakeRecorder


def right_choice_for(journey: Journey) -> list[str]:
    return sorted(journey.question.question.correct_ids)


def wrong_choice_for(journey: Journey) -> str:
    return next(c.id for c in journey.question.choices if not c.correct)


def to_quiz(journey: Journey, lesson_id: str = "passwords") -> None:
    journey.start()
    assert journey.open_lesson(lesson_id).ok
    while journey.screen is Screen.READER:
        journey.next_page()


def test_a_fresh_kiosk_waits_on_the_attract_screen(journey: Journey) -> None:
    assert journey.screen is Screen.ATTRACT
    assert journey.visit is None
    assert not journey.idle_applies
    assert journey.language == "en"
    assert journey.can_switch_language


def test_touch_to_start_begins_a_recorded_visit(journey: Journey, recorder: FakeRecorder) -> None:
    journey.start()
    assert journey.screen is Screen.CATALOGUE
    assert journey.idle_applies
    [started] = recorder.of("start_visit")
    assert started["visit_id"] == journey.visit.id
    assert started["language"] == "en"
    assert started["kiosk_name"] == "booth-1"
    assert started["event_label"] == "Expo 2026"


def test_pages_go_forward_and_back_and_back_from_the_first_page_returns_to_the_catalogue(
    journey: Journey,
) -> None:
    journey.start()
    journey.open_lesson("passwords")
    assert (journey.screen, journey.page_index, journey.page_count) == (Screen.READER, 0, 3)
    assert "page 1" in journey.page.html
    journey.next_page()
    journey.next_page()
    assert journey.page_index == 2 and journey.on_last_page
    journey.previous_page()
    assert journey.page_index == 1
    journey.previous_page()
    journey.previous_page()
    assert journey.screen is Screen.CATALOGUE
    assert journey.lesson is None
    assert journey.finished_lessons == frozenset()


def test_next_on_the_last_page_starts_the_quiz(journey: Journey) -> None:
    to_quiz(journey)
    assert journey.screen is Screen.QUESTION
    assert journey.question.number == 1 and journey.question.total == 3
    assert journey.selection == frozenset() and not journey.can_confirm


def test_a_lesson_without_a_quiz_is_ticked_when_its_last_page_is_read(journey: Journey) -> None:
    journey.start()
    journey.open_lesson("reading-only")
    journey.next_page()
    journey.next_page()
    assert journey.screen is Screen.CATALOGUE
    assert journey.finished_lessons == {"reading-only"}


def test_a_quiz_only_lesson_opens_straight_on_its_first_question(journey: Journey, library: Library) -> None:
    library.add(make_lesson("passwords", pages=0, quiz=standard_quiz()))
    journey.start()
    journey.open_lesson("passwords")
    assert journey.screen is Screen.QUESTION


def test_single_choice_taps_replace_the_selection(journey: Journey) -> None:
    to_quiz(journey)
    assert journey.question.kind == "single"
    journey.toggle_choice("a")
    journey.toggle_choice("c")
    assert journey.selection == {"c"}
    journey.toggle_choice("c")  # a second tap on the chosen one keeps it chosen
    assert journey.selection == {"c"} and journey.can_confirm


def test_select_all_that_apply_taps_toggle(journey: Journey) -> None:
    to_quiz(journey)
    journey.toggle_choice("b")
    journey.confirm()
    journey.next_question()
    assert journey.question.kind == "multiple"
    journey.toggle_choice("a")
    journey.toggle_choice("c")
    journey.toggle_choice("d")
    journey.toggle_choice("d")
    assert journey.selection == {"a", "c"}


def test_confirm_needs_a_choice_and_unknown_choices_are_refused(journey: Journey) -> None:
    to_quiz(journey)
    with pytest.raises(JourneyError):
        journey.confirm()
    with pytest.raises(KeyError):
        journey.toggle_choice("zz")


def test_a_right_answer_is_recorded_before_its_feedback_and_says_what_happened(
    journey: Journey, recorder: FakeRecorder, clock: FakeClock
) -> None:
    recorder.rate = 0.42
    to_quiz(journey)
    clock.advance(7.5)
    journey.toggle_choice("b")
    outcome = journey.confirm()
    assert journey.screen is Screen.FEEDBACK
    assert outcome.correct and outcome.chosen == {"b"} and outcome.correct_ids == {"b"}
    assert outcome.chosen_feedback_html == ("<p>Yes b.</p>",)
    assert outcome.explanation_html == "<p>Because q1.</p>"
    assert outcome.correct_rate == 0.42
    assert not outcome.is_last
    [answer] = recorder.of("record_answer")
    assert isinstance(answer, AnswerRecord)
    assert (answer.lesson_id, answer.question_id, answer.question_hash) == ("passwords", "q1", "h-q1")
    assert answer.chosen == ("b",) and answer.correct
    assert answer.seconds == pytest.approx(7.5)
    assert answer.visit_id == journey.visit.id and answer.language == "en"


def test_a_wrong_answer_shows_the_chosen_choices_own_feedback(
    journey: Journey, recorder: FakeRecorder
) -> None:
    to_quiz(journey)
    journey.toggle_choice("a")
    outcome = journey.confirm()
    assert not outcome.correct
    assert outcome.chosen_feedback_html == ("<p>Not a.</p>",)
    assert outcome.correct_rate is None
    assert recorder.of("record_answer")[0].correct is False


def test_select_all_is_right_only_with_exactly_the_right_set(journey: Journey) -> None:
    to_quiz(journey)
    journey.toggle_choice("b")
    journey.confirm()
    journey.next_question()
    journey.toggle_choice("a")
    assert not journey.confirm().correct  # one right choice missing
    journey.next_question()
    journey.toggle_choice("d")
    assert journey.confirm().correct
    assert journey.outcome.is_last


def test_a_whole_quiz_ends_on_a_recorded_result_with_the_missed_questions(
    journey: Journey, recorder: FakeRecorder
) -> None:
    to_quiz(journey)
    journey.toggle_choice("b")  # right
    journey.confirm()
    journey.next_question()
    journey.toggle_choice("a")
    journey.toggle_choice("b")  # wrong set
    journey.confirm()
    journey.next_question()
    journey.toggle_choice("d")  # right
    journey.confirm()
    journey.next_question()
    assert journey.screen is Screen.RESULT
    result = journey.result
    assert (result.score, result.maximum, result.percent, result.passed) == (2, 3, 67, True)
    [missed] = result.missed
    assert missed.question.id == "q2" and missed.chosen == {"a", "b"}
    assert {c.id for c in missed.right_choices} == {"a", "c"}
    assert missed.question.explanation_html == "<p>Because q2.</p>"
    [recorded] = recorder.of("record_quiz_result")
    assert isinstance(recorded, QuizResultRecord)
    assert (recorded.score, recorded.maximum, recorded.passed) == (2, 3, True)
    assert journey.finished_lessons == {"passwords"}
    assert [c for c, _ in recorder.calls] == [
        "start_visit",
        "record_shown",
        "record_answer",
        "record_shown",
        "record_answer",
        "record_shown",
        "record_answer",
        "record_quiz_result",
    ]


def test_failing_the_pass_mark(journey: Journey, library: Library) -> None:
    library.add(make_lesson("passwords", quiz=standard_quiz(pass_mark=80)))
    to_quiz(journey)
    for _ in range(3):
        journey.toggle_choice(wrong_choice_for(journey))
        journey.confirm()
        journey.next_question()
    assert journey.result.score == 0 and not journey.result.passed
    assert len(journey.result.missed) == 3
    assert journey.finished_lessons == {"passwords"}  # done is done, even when not passed


def test_trying_the_lesson_again_reads_it_from_page_one_then_a_new_attempt(
    journey: Journey, library: Library, recorder: FakeRecorder
) -> None:
    library.add(make_lesson("passwords", quiz=standard_quiz(pass_mark=80)))
    to_quiz(journey)
    for _ in range(3):
        journey.toggle_choice(wrong_choice_for(journey))
        journey.confirm()
        journey.next_question()
    assert not journey.result.passed
    journey.retry_lesson()
    assert journey.screen is Screen.READER and journey.page_index == 0
    assert journey.lesson.id == "passwords" and journey.result is None
    while not journey.on_last_page:
        journey.next_page()
    journey.next_page()
    assert journey.screen is Screen.QUESTION and journey.question.number == 1
    assert journey.visit.attempts["passwords"] == 2  # recorded as the second attempt
    with pytest.raises(JourneyError):
        journey.retry_lesson()  # only from the result


def test_a_page_can_be_chosen_by_its_dot(journey: Journey) -> None:
    journey.start()
    journey.open_lesson("passwords")
    journey.show_page(2)
    assert journey.page_index == 2 and journey.on_last_page
    journey.show_page(0)
    assert journey.page_index == 0
    for wrong in (-1, 3):
        with pytest.raises(JourneyError):
            journey.show_page(wrong)
    assert journey.page_index == 0


def test_try_another_lesson_keeps_the_ticks_and_finish_wipes_the_visit(
    journey: Journey, recorder: FakeRecorder
) -> None:
    to_quiz(journey)
    for _ in range(3):
        for cid in right_choice_for(journey):
            journey.toggle_choice(cid)
        journey.confirm()
        journey.next_question()
    assert journey.result.passed and journey.result.score == 3
    first_visit = journey.visit.id
    journey.try_another()
    assert journey.screen is Screen.CATALOGUE and journey.finished_lessons == {"passwords"}
    assert journey.result is None and journey.lesson is None
    journey.finish()
    assert journey.screen is Screen.ATTRACT and journey.visit is None
    assert recorder.of("end_visit") == [(first_visit, VisitEnd.FINISHED)]
    journey.start()
    assert journey.visit.id != first_visit and journey.finished_lessons == frozenset()


@pytest.mark.parametrize("where", ["catalogue", "reader", "question", "feedback", "result"])
def test_idle_reset_from_anywhere_forgets_the_visitor(
    journey: Journey, recorder: FakeRecorder, where: str
) -> None:
    journey.set_language("zh-CN")
    journey.start()
    journey.open_lesson("reading-only")
    journey.next_page()
    journey.next_page()  # ticked
    if where != "catalogue":
        journey.open_lesson("passwords")
    if where in ("question", "feedback", "result"):
        while journey.screen is Screen.READER:
            journey.next_page()
        journey.toggle_choice("b")
    if where in ("feedback", "result"):
        journey.confirm()
    if where == "result":
        for _ in range(2):
            journey.next_question()
            journey.toggle_choice(journey.question.choices[0].id)
            journey.confirm()
        journey.next_question()
    assert journey.screen == Screen(where)
    visit_id = journey.visit.id
    journey.idle_reset()
    assert journey.screen is Screen.ATTRACT
    assert journey.visit is None and journey.lesson is None and journey.quiz_run is None
    assert journey.outcome is None and journey.result is None
    assert journey.finished_lessons == frozenset() and journey.selection == frozenset()
    assert journey.language == "en"
    assert recorder.of("end_visit") == [(visit_id, VisitEnd.IDLE)]


def test_idle_reset_on_the_attract_screen_records_nothing(journey: Journey, recorder: FakeRecorder) -> None:
    journey.idle_reset()
    assert journey.screen is Screen.ATTRACT and recorder.calls == []


def test_abandon_ends_the_visit_as_abandoned(journey: Journey, recorder: FakeRecorder) -> None:
    journey.start()
    journey.abandon()
    assert recorder.of("end_visit")[0][1] is VisitEnd.ABANDONED


def test_the_language_chosen_on_the_attract_screen_is_the_visits(
    journey: Journey, recorder: FakeRecorder, library: Library
) -> None:
    journey.set_language("zh-CN")
    journey.start()
    assert recorder.of("start_visit")[0]["language"] == "zh-CN"
    journey.open_lesson("passwords")
    assert library.loads == [("passwords", "zh-CN")]
    assert journey.lesson.language == "zh-CN"
    journey.previous_page()
    journey.set_language(
        "en"
    )  # in the catalogue (inside a lesson too: tests/journey/test_language_switch.py)
    assert journey.visit.language == "en"
    with pytest.raises(JourneyError):
        journey.set_language("fr")


def test_a_pack_with_one_language_offers_no_switch(library: Library) -> None:
    from dataclasses import replace

    journey = Journey(replace(library.pack(), languages=("en",)), library.load)
    assert not journey.can_switch_language


def test_the_kiosk_language_comes_from_the_settings_when_the_pack_has_it(library: Library) -> None:
    assert Journey(library.pack(), library.load, language="zh-CN").language == "zh-CN"
    assert Journey(library.pack(), library.load, language="fr").language == "en"


def test_a_broken_lesson_leaves_the_visitor_on_the_catalogue(journey: Journey, library: Library) -> None:
    library.broken.add("passwords")
    journey.start()
    opened = journey.open_lesson("passwords")
    assert not opened.ok and "broken on purpose" in opened.problem
    assert journey.screen is Screen.CATALOGUE and journey.lesson is None


def test_leaving_a_quiz_half_way_keeps_answers_but_records_no_result(
    journey: Journey, recorder: FakeRecorder
) -> None:
    to_quiz(journey)
    journey.toggle_choice("b")
    journey.confirm()
    journey.leave_lesson()
    assert journey.screen is Screen.CATALOGUE
    assert len(recorder.of("record_answer")) == 1 and recorder.of("record_quiz_result") == []
    assert journey.finished_lessons == frozenset()


@pytest.mark.parametrize(
    ("call", "args"),
    [
        ("open_lesson", ("passwords",)),
        ("next_page", ()),
        ("previous_page", ()),
        ("toggle_choice", ("a",)),
        ("confirm", ()),
        ("next_question", ()),
        ("try_another", ()),
        ("retry_lesson", ()),
        ("finish", ()),
        ("leave_lesson", ()),
    ],
)
def test_calls_out_of_place_are_refused_on_the_attract_screen(
    journey: Journey, call: str, args: tuple
) -> None:
    with pytest.raises(JourneyError):
        getattr(journey, call)(*args)
    assert journey.screen is Screen.ATTRACT


def test_unknown_lesson_is_refused(journey: Journey) -> None:
    journey.start()
    with pytest.raises(JourneyError):
        journey.open_lesson("nope")


def test_drawn_questions_are_asked_and_scored_out_of_the_draw(journey: Journey, library: Library) -> None:
    bank = tuple(question(f"q{i}", "a") for i in range(10))
    library.add(make_lesson("passwords", pages=1, quiz=Quiz(questions=bank, draw=4)))
    to_quiz(journey)
    assert journey.question.total == 4
    asked = []
    for _ in range(4):
        asked.append(journey.question.question.id)
        journey.toggle_choice("a")
        journey.confirm()
        journey.next_question()
    assert len(set(asked)) == 4
    assert (journey.result.score, journey.result.maximum) == (4, 4)


def test_each_question_shown_is_recorded_in_words_before_its_answer(
    journey: Journey, recorder: FakeRecorder
) -> None:
    to_quiz(journey)
    [first] = recorder.of("record_shown")
    assert isinstance(first, ShownQuestion)
    assert (first.lesson_id, first.lesson_title, first.question_id) == ("passwords", "passwords (en)", "q1")
    assert (first.question_hash, first.language, first.text) == ("h-q1", "en", "Question q1?")
    # Plain text in the lesson's order (not the shuffled order on screen), with the right ones marked.
    assert first.choices == (
        ("a", "q1 a", False),
        ("b", "q1 b", True),
        ("c", "q1 c", False),
        ("d", "q1 d", False),
    )
    journey.toggle_choice("b")
    journey.confirm()
    assert len(recorder.of("record_shown")) == 1  # the feedback screen shows nothing new
    journey.next_question()
    assert [s.question_id for s in recorder.of("record_shown")] == ["q1", "q2"]
