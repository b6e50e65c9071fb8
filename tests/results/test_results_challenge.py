"""A booth challenge recorded in SQLite: each answer under its own lesson and question (so the item
analysis counts it), the score under the challenge's id, and a reward book that names no visit."""

from __future__ import annotations

from datetime import date

from kiosk.journey import Journey, Screen
from kiosk.journey.challenge import CHALLENGE_ID, ChallengePlan
from kiosk.operator.booth import RewardRules
from kiosk.operator.rewards import RewardBook
from kiosk.results.reports import ReportFilter, summarize
from kiosk.results.store import ResultsStore
from tests.journey.test_challenge import LESSONS, Pack4


def test_a_challenge_lands_in_the_results_and_the_reward_book_keeps_no_visit() -> None:
    store = ResultsStore.open(None)
    pack4 = Pack4()
    book = RewardBook(
        lambda: store.db, b"k" * 32, RewardRules(earn="full_marks"), "Expo", today=lambda: date(2026, 12, 7)
    )
    journey = Journey(pack4.pack(), pack4.load, store, challenge=ChallengePlan(questions=8), rewards=book)
    journey.start_challenge()
    while journey.screen is Screen.QUESTION:
        journey.toggle_choice("a")
        journey.confirm()
        journey.next_question()
    assert journey.reward is not None and journey.reward.reward is not None
    code = journey.reward.reward.code
    journey.finish()
    db = store.db
    quiz = db.execute("SELECT lesson_id, score, maximum, passed FROM quiz_results").fetchall()
    assert quiz == [(CHALLENGE_ID, 8, 8, 1)]
    per_lesson = dict(db.execute("SELECT lesson_id, count(*) FROM answers GROUP BY lesson_id").fetchall())
    assert per_lesson == {lesson: 2 for lesson in LESSONS}
    summary = summarize(db, ReportFilter())
    assert {q.lesson_id for q in summary.questions} == set(LESSONS)  # the item analysis sees them
    assert CHALLENGE_ID in {lesson.lesson_id for lesson in summary.lessons}
    (row,) = db.execute("SELECT * FROM rewards").fetchall()
    visit_id = db.execute("SELECT id FROM visits").fetchone()[0]
    assert visit_id not in row and "T" not in row[2]  # no visit, and a day without a time
    assert book.check(code).verdict.value == "valid"
