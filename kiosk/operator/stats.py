"""Everything the console's statistics pages show, gathered in one call that can run on a worker thread.

The numbers come from ``kiosk.results.reports``, ``kiosk.results.item_analysis`` and
``kiosk.results.console_queries``; this only
bundles them, so the pages draw a finished value and the database work stays off the GUI thread.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from kiosk.results.console_queries import Totals, event_labels, totals
from kiosk.results.item_analysis import ItemAnalysis, analyse
from kiosk.results.reports import (
    DayVisits,
    HourVisits,
    LessonSummary,
    QuestionSummary,
    ReportFilter,
    lesson_summaries,
    question_summaries,
    visits_per_day,
    visits_per_hour,
)

EMPTY_TOTALS = Totals(0, 0, None, 0)


@dataclass(frozen=True)
class ConsoleStats:
    filter: ReportFilter
    today: Totals
    period: Totals
    days: tuple[DayVisits, ...] = ()
    hours: tuple[HourVisits, ...] = ()
    lessons: tuple[LessonSummary, ...] = ()
    questions: tuple[QuestionSummary, ...] = ()
    events: tuple[str, ...] = ()
    items: tuple[ItemAnalysis, ...] = ()  # the item analysis, one per question, in the order of ``questions``

    def item(self, lesson_id: str, question_id: str) -> ItemAnalysis | None:
        return next((i for i in self.items if (i.lesson_id, i.question_id) == (lesson_id, question_id)), None)


def empty_stats(flt: ReportFilter) -> ConsoleStats:
    return ConsoleStats(flt, EMPTY_TOTALS, EMPTY_TOTALS)


def gather(db: Database, flt: ReportFilter, today: ReportFilter) -> ConsoleStats:
    questions = question_summaries(db, flt)
    return ConsoleStats(
        filter=flt,
        today=totals(db, today),
        period=totals(db, flt),
        days=visits_per_day(db, flt),
        hours=visits_per_hour(db, flt),
        lessons=lesson_summaries(db, flt),
        questions=questions,
        events=event_labels(db),
        items=analyse(db, questions, flt),
    )


def gather_from_file(path: Path, flt: ReportFilter, today: ReportFilter) -> ConsoleStats:
    """``gather`` over a connection of its own (SQLite connections belong to the thread that made them)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM visits LIMIT 1")
    except sqlite3.OperationalError:
        # Read-only opening of a WAL database needs its -shm file; a plain connection makes one.
        conn = sqlite3.connect(path)
    try:
        return gather(Database(conn), flt, today)
    finally:
        conn.close()
