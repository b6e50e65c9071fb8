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
    visits_per_day_and_hour,
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
    #: the item analysis, one per question in the order of ``questions``; None until worked out (it
    #: reads every answer, so the console shows the charts first and the analysis when it comes)
    items: tuple[ItemAnalysis, ...] | None = None

    def item(self, lesson_id: str, question_id: str) -> ItemAnalysis | None:
        found = (i for i in self.items or () if (i.lesson_id, i.question_id) == (lesson_id, question_id))
        return next(found, None)


def empty_stats(flt: ReportFilter) -> ConsoleStats:
    return ConsoleStats(flt, EMPTY_TOTALS, EMPTY_TOTALS, items=())


def gather(db: Database, flt: ReportFilter, today: ReportFilter) -> ConsoleStats:
    """Everything but the item analysis (see ``item_analysis``)."""
    days, hours = visits_per_day_and_hour(db, flt)
    return ConsoleStats(
        filter=flt,
        today=totals(db, today),
        period=totals(db, flt),
        days=days,
        hours=hours,
        lessons=lesson_summaries(db, flt),
        questions=question_summaries(db, flt),
        events=event_labels(db),
    )


def item_analysis(db: Database, stats: ConsoleStats) -> tuple[ItemAnalysis, ...]:
    """The item analysis of ``stats``' questions, over the same filter."""
    return analyse(db, stats.questions, stats.filter)


def read_only(path: Path) -> sqlite3.Connection:
    """A connection of its own to ``path`` (SQLite connections belong to the thread that made them)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM visits LIMIT 1")
    except sqlite3.OperationalError:
        # Read-only opening of a WAL database needs its -shm file; a plain connection makes one.
        conn = sqlite3.connect(path)
    return conn


def gather_from_file(path: Path, flt: ReportFilter, today: ReportFilter) -> ConsoleStats:
    """``gather`` over a connection of its own, for a worker thread."""
    conn = read_only(path)
    try:
        return gather(Database(conn), flt, today)
    finally:
        conn.close()


def item_analysis_from_file(path: Path, stats: ConsoleStats) -> tuple[ItemAnalysis, ...]:
    """``item_analysis`` over a connection of its own, for a worker thread."""
    conn = read_only(path)
    try:
        return item_analysis(Database(conn), stats)
    finally:
        conn.close()
