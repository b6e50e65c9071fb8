"""Reports on a known data set give the numbers worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from results_helpers import known_data_set

from kiosk.results.report_text import format_summary
from kiosk.results.reports import (
    ChoiceShare,
    DayVisits,
    LessonSummary,
    ReportFilter,
    lesson_summaries,
    question_summaries,
    summarize,
    visits_per_day,
)
from kiosk.results.store import ResultsStore


@pytest.fixture
def db():
    store = ResultsStore.open(None)
    known_data_set(store)
    assert store.db is not None
    return store.db


def test_visits_per_day(db) -> None:
    assert visits_per_day(db) == (
        DayVisits(date(2026, 11, 2), visits=2, finished=1, idle=1, abandoned=0, open=0),
        DayVisits(date(2026, 11, 3), visits=2, finished=0, idle=0, abandoned=1, open=1),
    )


def test_lessons(db) -> None:
    passwords, phishing = lesson_summaries(db)
    assert passwords == LessonSummary(
        "passwords", started=4, completed=3, passed=1, average_score=pytest.approx(1 / 3), quiz_results=3
    )
    assert passwords.completion_rate == 0.75
    assert phishing == LessonSummary(
        "phishing", started=2, completed=1, passed=1, average_score=1.0, quiz_results=1
    )


def test_questions(db) -> None:
    q1, q2, p1 = question_summaries(db)
    assert (q1.lesson_id, q1.question_id, q1.answers, q1.correct) == ("passwords", "q1", 4, 2)
    assert q1.choices == (ChoiceShare("a", 2, 0.5, 2), ChoiceShare("b", 2, 0.5, 0))
    assert (q1.common_wrong, q1.common_wrong_count, q1.common_wrong_share) == ("b", 2, 0.5)
    assert q1.average_seconds == 3.5

    assert (q2.question_id, q2.answers, q2.correct) == ("q2", 3, 1)
    assert q2.choices == (
        ChoiceShare("a", 3, 1.0, 1),
        ChoiceShare("b", 1, 1 / 3, 0),
        ChoiceShare("c", 1, 1 / 3, 1),
    )
    # "a" and "a,b" were each chosen once by someone who got it wrong: ties go to the first.
    assert (q2.common_wrong, q2.common_wrong_count) == ("a", 1)
    assert q2.average_seconds == pytest.approx(19 / 3)

    assert (p1.lesson_id, p1.answers, p1.correct, p1.common_wrong, p1.average_seconds) == (
        "phishing",
        2,
        1,
        "c",
        6.0,
    )


def test_event_filter(db) -> None:
    summary = summarize(db, ReportFilter(event="expo"))
    assert (summary.visits, summary.answers, summary.quiz_results) == (3, 7, 3)
    passwords = summary.lessons[0]
    assert (passwords.started, passwords.completed, passwords.passed) == (3, 2, 1)
    assert passwords.average_score == 0.5


def test_date_filters_are_whole_utc_days(db) -> None:
    later = summarize(db, ReportFilter(since=date(2026, 11, 3)))
    assert (later.visits, later.answers, later.quiz_results) == (2, 4, 1)
    first_day = summarize(db, ReportFilter(until=date(2026, 11, 2)))
    assert (first_day.visits, first_day.answers) == (2, 5)
    assert [d.day for d in first_day.days] == [date(2026, 11, 2)]
    nothing = summarize(db, ReportFilter(since=date(2026, 12, 1)))
    assert (nothing.visits, nothing.days, nothing.lessons, nothing.questions) == (0, (), (), ())


def test_text_summary_has_the_numbers(db) -> None:
    text = format_summary(summarize(db))
    lines = text.splitlines()
    assert lines[1].split() == ["4", "visits,", "9", "answers,", "4", "quiz", "results"]
    day = next(line for line in lines if line.strip().startswith("2026-11-02"))
    assert day.split() == ["2026-11-02", "2", "1", "1", "0", "0"]
    lesson = next(
        line for line in lines if line.strip().startswith("passwords") and "%" in line and "q" not in line
    )
    assert lesson.split() == ["passwords", "4", "3", "75%", "1", "33%"]
    header = lines.index("Questions, hardest first")
    end = lines.index("", header)
    question_lines = [line.split() for line in lines[header + 2 : end]]
    # Hardest first: q2 (33%), then q1 and p1 (50%, by lesson id).
    assert question_lines == [
        ["passwords", "q2", "3", "33%", "6.3", "a", "(33%)"],
        ["passwords", "q1", "4", "50%", "3.5", "b", "(50%)"],
        ["phishing", "p1", "2", "50%", "6.0", "c", "(50%)"],
    ]
    assert 'event "expo"' in format_summary(summarize(db, ReportFilter(event="expo")))


def test_running_totals_and_a_fresh_count_agree(db) -> None:
    # Unfiltered questions come from answer_stats; a filter that keeps everything counts the answers.
    everything = ReportFilter(since=date(2000, 1, 1))
    assert question_summaries(db) == question_summaries(db, everything)
    assert summarize(db).answers == summarize(db, everything).answers == 9
    # Per event too: the totals are kept per event label.
    for event in ("expo", "class-7b", "nobody"):
        counted = ReportFilter(since=date(2000, 1, 1), event=event)
        assert question_summaries(db, ReportFilter(event=event)) == question_summaries(db, counted)
        assert lesson_summaries(db, ReportFilter(event=event)) == lesson_summaries(db, counted)
    assert lesson_summaries(db) == lesson_summaries(db, everything)


def test_an_event_every_visit_has_filters_nothing_and_is_still_shown(db) -> None:
    db.execute("UPDATE visits SET event_label = 'expo'")
    summary = summarize(db, ReportFilter(event="expo"))
    assert summary.filter.event == "expo"
    assert (summary.visits, summary.answers) == (4, 9)
    assert summarize(db, ReportFilter(event="other")).answers == 0
