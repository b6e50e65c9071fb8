"""Question kinds in the journey: what a tap does, scoring, and true/false never shuffled."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import kinds as content_kinds
from kiosk.content.model import Choice, Question, Quiz
from kiosk.journey import Journey, Screen, kinds
from kiosk.journey.quiz_run import QuizRun
from kiosk.journey.scoring import is_correct
from kiosk.journey.shuffle import choice_order
from tests.journey.conftest import FakeRecorder, Library, make_lesson, question


def true_false(qid: str, true_is_right: bool) -> Question:
    return Question(
        id=qid,
        html=f"<p>Statement {qid}.</p>",
        choices=(Choice("true", "True", true_is_right), Choice("false", "False", not true_is_right)),
        kind="true_false",
    )


def test_every_content_kind_has_journey_rules() -> None:
    assert set(kinds.KINDS) == set(content_kinds.KINDS)


@given(st.integers(min_value=0, max_value=2**64 - 1), st.text(max_size=12), st.booleans())
def test_true_false_is_never_shuffled_and_true_comes_first(seed: int, lesson_id: str, right: bool) -> None:
    statement = true_false("s", right)
    assert choice_order(statement, seed=seed, lesson_id=lesson_id, shuffle=True) == ("true", "false")
    quiz = Quiz(questions=(question("q1", "a", n=6), statement), shuffle_choices=True, shuffle_questions=True)
    run = QuizRun.start(lesson_id, quiz, seed=seed, attempt=1)
    (shown,) = [p for p in run.presented if p.kind == "true_false"]
    assert [c.id for c in shown.choices] == ["true", "false"]


def test_the_same_seeds_do_shuffle_a_single_choice_question() -> None:
    # The other half of the test above: the seeds that leave true/false alone shuffle other kinds.
    single = question("q1", "a", n=2)
    orders = {choice_order(single, seed=seed, lesson_id="l", shuffle=True) for seed in range(40)}
    assert orders == {("a", "b"), ("b", "a")}


def test_a_tap_chooses_one_answer_or_toggles_one_of_several() -> None:
    quiz = Quiz(questions=(true_false("s", True), question("m", {"a", "b"})), shuffle_choices=False)
    run = QuizRun.start("l", quiz, seed=1, attempt=1)
    run.toggle("false")
    run.toggle("true")
    assert run.selection == {"true"}
    run.index = 1
    run.selection = set()
    for choice_id in ("a", "b", "c", "c"):
        run.toggle(choice_id)
    assert run.selection == {"a", "b"}


def test_scoring_follows_the_kind() -> None:
    statement = true_false("s", False)
    assert is_correct(statement, {"false"}) and not is_correct(statement, {"true"})
    several = question("m", {"a", "c"})
    assert is_correct(several, {"a", "c"}) and not is_correct(several, {"a"})


def test_a_true_false_answer_is_recorded_with_its_choice() -> None:
    library = Library()
    quiz = Quiz(questions=(true_false("s", True),), shuffle_choices=True)
    library.add(make_lesson("statements", quiz=quiz, pages=0))
    recorder = FakeRecorder()
    journey = Journey(library.pack(), library.load, recorder, new_seed=lambda: 5)
    journey.start()
    journey.open_lesson("statements")
    assert journey.screen is Screen.QUESTION and [c.id for c in journey.question.choices] == ["true", "false"]
    journey.toggle_choice("true")
    outcome = journey.confirm()
    assert outcome.correct and outcome.question.kind == "true_false"
    (answer,) = recorder.of("record_answer")
    assert (answer.question_id, answer.chosen, answer.correct) == ("s", ("true",), True)
