"""The demo generator: seeded visits played through the real journey, with plausible answer patterns."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from results_helpers import small_pack

from kiosk.commands.demo import bundled_pack, run_demo
from kiosk.commands.demo_visitor import DemoVisitor, question_traits
from kiosk.content.model import Choice, Question
from kiosk.results.reports import question_summaries, summarize
from kiosk.results.store import ResultsStore


def play(visits: int, seed: int) -> ResultsStore:
    pack, load = small_pack()
    store = ResultsStore.open(None)
    run_demo(store, visits, seed=seed, pack=pack, load_lesson=load, first_day=date(2026, 11, 2), days=2)
    return store


def numbers(store: ResultsStore) -> str:
    """The summary with averages rounded: SQLite may add the same numbers up in another order."""
    assert store.db is not None
    summary = summarize(store.db)
    lessons = [
        replace(lesson, average_score=round(lesson.average_score or 0, 9)) for lesson in summary.lessons
    ]
    questions = [replace(q, average_seconds=round(q.average_seconds or 0, 6)) for q in summary.questions]
    return repr(replace(summary, lessons=tuple(lessons), questions=tuple(questions)))


def test_demo_is_seeded() -> None:
    assert numbers(play(150, seed=5)) == numbers(play(150, seed=5))
    assert numbers(play(150, seed=6)) != numbers(play(150, seed=5))


def test_demo_records_through_the_journey() -> None:
    store = play(200, seed=2)
    db = store.db
    assert db is not None
    summary = summarize(db)
    assert summary.visits == 200
    assert [d.day for d in summary.days] == [date(2026, 11, 2), date(2026, 11, 3)]
    # Every visit ended one way or another, and every answer belongs to a recorded visit.
    assert sum(d.open for d in summary.days) == 0
    assert {d.finished > 0 and d.idle > 0 for d in summary.days} == {True}
    assert db.execute(
        "SELECT count(*) FROM answers WHERE visit_id NOT IN (SELECT id FROM visits)"
    ).fetchone() == (0,)
    # The journey's scoring decided "correct": exactly the right set of choices.
    rows = db.execute("SELECT question_id, chosen, correct FROM answers").fetchall()
    for question_id, chosen, correct in rows:
        right = "a,c" if question_id.endswith("-q0") else "a"
        assert bool(correct) == (chosen == right)
    # Some visitors walk away part-way, so not every started lesson has a quiz result.
    lessons = summary.lessons
    assert all(0 < lesson.completed <= lesson.started for lesson in lessons)
    assert any(lesson.completed < lesson.started for lesson in lessons)


def test_hard_questions_are_missed_and_misses_share_a_misconception() -> None:
    store = play(600, seed=11)
    assert store.db is not None
    pack, load = small_pack()
    questions = {q.id: q for entry in pack.lessons for q in load(entry, "en").quiz.questions}  # type: ignore[attr-defined]
    rates = {}
    for summary in question_summaries(store.db):
        traits = question_traits(11, summary.lesson_id, questions[summary.question_id])
        rates[summary.question_id] = (traits.hard, summary.correct_rate)
        if traits.hard and summary.answers >= 50 and questions[summary.question_id].kind != "multiple":
            # Most people who miss it pick the same tempting wrong choice.
            assert summary.common_wrong == traits.misconception
            assert summary.common_wrong_count > 0.5 * (summary.answers - summary.correct)
    hard = [rate for is_hard, rate in rates.values() if is_hard]
    easy = [rate for is_hard, rate in rates.values() if not is_hard]
    assert hard and easy, "seed 11 gives both kinds of question"
    assert max(hard) < min(easy)


def test_a_visitor_answers_select_all_questions_with_sets() -> None:
    choices = tuple(Choice(c, c, c in {"a", "c"}) for c in "abcd")
    question = Question("multi", "?", choices)
    picks = {
        DemoVisitor(random.Random(i), 1, ("en",), ("x",)).choose("x", question, choices) for i in range(300)
    }
    assert ("a", "c") in picks
    assert any(len(p) == 1 for p in picks) and any(len(p) >= 2 and p != ("a", "c") for p in picks)
    assert all(p == tuple(sorted(p)) for p in picks)


def test_demo_plays_the_bundled_course(tmp_path: Path) -> None:
    pack, load = bundled_pack()
    if not pack.lessons:
        pytest.fail("the bundled course has no lessons")
    store = ResultsStore.open(tmp_path / "demo.db")
    report = run_demo(store, 25, seed=3, pack=pack, load_lesson=load)
    assert report.visits == 25 and report.answers > 25
    assert store.db is not None
    assert store.db["answers"].count == report.answers
    assert store.db["quiz_results"].count == report.quiz_results
    store.close()
