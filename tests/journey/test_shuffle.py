"""Shuffling is seeded per visitor: stable for one visitor, varied between visitors, and optional."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.model import Quiz
from kiosk.journey.quiz_run import QuizRun
from kiosk.journey.shuffle import choice_order, questions_to_ask
from tests.journey.conftest import question

Q = question("q1", "a", n=6)


@given(st.integers(min_value=0, max_value=2**64 - 1))
def test_a_choice_order_is_a_permutation_and_the_same_every_time_for_one_visitor(seed: int) -> None:
    first = choice_order(Q, seed=seed, lesson_id="l", shuffle=True)
    assert sorted(first) == [c.id for c in Q.choices]
    assert choice_order(Q, seed=seed, lesson_id="l", shuffle=True) == first


def test_different_visitors_see_different_orders() -> None:
    orders = {choice_order(Q, seed=s, lesson_id="l", shuffle=True) for s in range(50)}
    assert len(orders) > 20


def test_without_shuffle_choices_keep_the_files_order() -> None:
    assert choice_order(Q, seed=7, lesson_id="l", shuffle=False) == ("a", "b", "c", "d", "e", "f")


def test_a_retake_keeps_the_choice_order_but_draws_afresh() -> None:
    quiz = Quiz(questions=tuple(question(f"q{i}", "a", n=5) for i in range(12)), draw=3)
    first = QuizRun.start("l", quiz, seed=99, attempt=1)
    draws = {
        tuple(p.question.id for p in QuizRun.start("l", quiz, seed=99, attempt=a).presented)
        for a in range(2, 8)
    }
    assert len(draws | {tuple(p.question.id for p in first.presented)}) > 1
    again = QuizRun.start("l", quiz, seed=99, attempt=1)
    assert [[c.id for c in p.choices] for p in again.presented] == [
        [c.id for c in p.choices] for p in first.presented
    ]


@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=12))
def test_a_draw_asks_that_many_distinct_questions_in_file_order(seed: int, draw: int) -> None:
    bank = tuple(question(f"q{i:02}", "a") for i in range(12))
    asked = questions_to_ask(Quiz(questions=bank, draw=draw), seed=seed, lesson_id="l", attempt=1)
    ids = [q.id for q in asked]
    assert len(ids) == draw == len(set(ids))
    assert ids == sorted(ids)


def test_a_draw_larger_than_the_bank_asks_everything() -> None:
    bank = tuple(question(f"q{i}", "a") for i in range(3))
    assert len(questions_to_ask(Quiz(questions=bank, draw=9), seed=1, lesson_id="l", attempt=1)) == 3


def test_shuffle_questions_reorders_them() -> None:
    bank = tuple(question(f"q{i:02}", "a") for i in range(8))
    orders = {
        tuple(
            q.id
            for q in questions_to_ask(
                Quiz(questions=bank, shuffle_questions=True), seed=s, lesson_id="l", attempt=1
            )
        )
        for s in range(20)
    }
    assert len(orders) > 5 and all(sorted(o) == [q.id for q in bank] for o in orders)
