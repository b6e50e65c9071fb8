"""The operator console's headline numbers (visits, lessons finished, average score) and its filter choices.

Built on ``kiosk.results.reports.ReportFilter`` so the console filters exactly as the reports do.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from kiosk.results.reports import ReportFilter


@dataclass(frozen=True)
class Totals:
    visits: int
    lessons_finished: int  # quizzes completed to the end
    average_score: float | None  # mean of score/maximum over those quizzes, 0..1
    answers: int


def totals(db: Database, flt: ReportFilter | None = None) -> Totals:
    flt = flt or ReportFilter()
    visits_where, visits_params = flt.where("visits")
    quiz_where, quiz_params = flt.where("quiz_results")
    answers_where, answers_params = flt.where("answers")
    (visits,) = db.execute(f"SELECT count(*) FROM visits{visits_where}", visits_params).fetchone()
    finished, average = db.execute(
        f"SELECT count(*), avg(CAST(score AS REAL) / maximum) FROM quiz_results{quiz_where}", quiz_params
    ).fetchone()
    (answers,) = db.execute(f"SELECT count(*) FROM answers{answers_where}", answers_params).fetchone()
    return Totals(visits, finished, average, answers)


def event_labels(db: Database) -> tuple[str, ...]:
    """Every event label visits were stamped with, newest first (the empty label included)."""
    rows = db.execute("SELECT event_label, max(started_at) FROM visits GROUP BY 1 ORDER BY 2 DESC")
    return tuple(label for label, _ in rows)
