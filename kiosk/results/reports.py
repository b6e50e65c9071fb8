"""What the results say, as plain data for the operator console's charts and the command line's tables.

Visits per day and hour, per lesson completion and scores, per question correct rate and the share of
each choice, and the item analysis; every report takes the same filter (since/until days, event label).
Times are stored in UTC; days and hours are the kiosk's local ones, in the filter's time zone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlite_utils import Database

from kiosk.results.item_analysis import ItemAnalysis, analyse
from kiosk.results.words import Words, lookup


def day_start(day: date, zone: tzinfo | None) -> str:
    """The UTC time text (as stored) of local midnight starting ``day`` in ``zone`` (None: the system's)."""
    local = datetime.combine(day, time(), tzinfo=zone)  # naive when zone is None: the system's local time
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass(frozen=True)
class ReportFilter:
    since: date | None = None  # first local day included
    until: date | None = None  # last local day included
    event: str | None = None  # only visits with this event label
    zone: tzinfo | None = UTC  # the time zone of days and hours; None: the system's local zone

    def where(self, table: str, *, scan: bool = False) -> tuple[str, list[object]]:
        """A WHERE clause (possibly empty) and its parameters for one of the results tables.

        With ``scan`` the filtered columns get a unary ``+``, which stops SQLite from fetching rows one
        by one through the time or visit index: the caller scans a covering index instead.
        """
        time_column = {"visits": "started_at", "answers": "answered_at", "quiz_results": "finished_at"}[table]
        plus = "+" if scan else ""
        clauses: list[str] = []
        params: list[object] = []
        if self.since is not None:
            clauses.append(f"{plus}{time_column} >= ?")
            params.append(day_start(self.since, self.zone))
        if self.until is not None:
            clauses.append(f"{plus}{time_column} < ?")
            params.append(day_start(self.until + timedelta(days=1), self.zone))
        if self.event is not None:
            if table == "visits":
                clauses.append("event_label = ?")
            else:
                clauses.append(f"{plus}visit_id IN (SELECT id FROM visits WHERE event_label = ?)")
            params.append(self.event)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


@dataclass(frozen=True)
class DayVisits:
    day: date  # local
    visits: int
    finished: int
    idle: int
    abandoned: int
    open: int  # not ended yet (or the kiosk lost power mid-visit)


@dataclass(frozen=True)
class HourVisits:
    hour: int  # local hour of the day, 0..23
    visits: int  # over all the days in the filter


@dataclass(frozen=True)
class LessonSummary:
    lesson_id: str
    started: int  # visits that answered at least one of its questions or finished its quiz
    completed: int  # visits that finished its quiz
    passed: int  # visits that passed its quiz at least once
    average_score: float | None  # mean of score/maximum over quiz results, 0..1
    quiz_results: int = 0  # quizzes finished, retries included

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.started if self.started else None


@dataclass(frozen=True)
class ChoiceShare:
    choice_id: str
    count: int  # answers that included this choice
    share: float  # count / answers to the question (over 1 in total for select-all questions)
    correct_answers: int  # of those answers, how many were right


@dataclass(frozen=True)
class QuestionSummary:
    lesson_id: str
    question_id: str
    answers: int
    correct: int
    choices: tuple[ChoiceShare, ...]  # by choice id
    common_wrong: str | None  # the wrong answer (choice ids joined with ",") chosen most often
    common_wrong_count: int
    average_seconds: float | None

    @property
    def correct_rate(self) -> float:
        return self.correct / self.answers if self.answers else 0.0

    @property
    def common_wrong_share(self) -> float:
        return self.common_wrong_count / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class Summary:
    filter: ReportFilter
    visits: int
    answers: int
    quiz_results: int
    days: tuple[DayVisits, ...] = ()
    lessons: tuple[LessonSummary, ...] = ()
    questions: tuple[QuestionSummary, ...] = field(default=())
    hours: tuple[HourVisits, ...] = ()
    items: tuple[ItemAnalysis, ...] = ()  # one per question, in the order of ``questions``
    words: Words = field(default_factory=Words)  # names for the ids (kiosk.results.words)


def _visit_buckets(db: Database, flt: ReportFilter) -> list[tuple[datetime, int, int, int, int, int]]:
    """Visits grouped by the quarter hour they started in, each quarter's start in local time.

    Every time zone's offset is a whole number of quarter hours, so a quarter never straddles a local
    day or hour; the few thousand groups are converted in Python, daylight saving time included.
    """
    where, params = flt.where("visits")
    quarter = (
        "substr(started_at, 1, 14) || printf('%02d', CAST(substr(started_at, 15, 2) AS INTEGER) / 15 * 15)"
    )
    sql = (
        f"SELECT {quarter}, count(*), total(ended_how = 'finished'),"
        " total(ended_how = 'idle'), total(ended_how = 'abandoned'), total(ended_how IS NULL)"
        f" FROM visits{where} GROUP BY 1 ORDER BY 1"
    )
    return [
        (
            datetime.fromisoformat(start).replace(tzinfo=UTC).astimezone(flt.zone),
            n,
            int(f),
            int(i),
            int(a),
            int(o),
        )
        for start, n, f, i, a, o in db.execute(sql, params)
    ]


def _days(buckets: list[tuple[datetime, int, int, int, int, int]]) -> tuple[DayVisits, ...]:
    days: dict[date, list[int]] = {}
    for start, *counts in buckets:
        totals = days.setdefault(start.date(), [0] * 5)
        for i, count in enumerate(counts):
            totals[i] += count
    return tuple(DayVisits(day, *totals) for day, totals in sorted(days.items()))


def _hours(buckets: list[tuple[datetime, int, int, int, int, int]]) -> tuple[HourVisits, ...]:
    hours: Counter[int] = Counter()
    for start, n, *_ in buckets:
        hours[start.hour] += n
    return tuple(HourVisits(hour, n) for hour, n in sorted(hours.items()))


def visits_per_day(db: Database, flt: ReportFilter = ReportFilter()) -> tuple[DayVisits, ...]:
    """Visits per local day of the filter's zone, with how they ended."""
    return _days(_visit_buckets(db, flt))


def visits_per_hour(db: Database, flt: ReportFilter = ReportFilter()) -> tuple[HourVisits, ...]:
    """Visits per local hour of the day (hours with none left out), summed over the filter's days."""
    return _hours(_visit_buckets(db, flt))


def visits_per_day_and_hour(
    db: Database, flt: ReportFilter = ReportFilter()
) -> tuple[tuple[DayVisits, ...], tuple[HourVisits, ...]]:
    """Both of the above from one pass over the visits (the operator console shows either)."""
    buckets = _visit_buckets(db, flt)
    return _days(buckets), _hours(buckets)


def lesson_summaries(db: Database, flt: ReportFilter = ReportFilter()) -> tuple[LessonSummary, ...]:
    if flt.since is None and flt.until is None:
        # No dates: the per-visit rows the store keeps (schema m003) hold everything needed.
        join, params = "", []
        if flt.event is not None:
            join, params = (
                " JOIN visits ON visits.id = visit_lessons.visit_id AND visits.event_label = ?",
                [flt.event],
            )
        rows = db.execute(
            "SELECT lesson_id, count(*), total(attempts > 0), total(passed), total(scores), total(attempts)"
            f" FROM visit_lessons{join} GROUP BY lesson_id ORDER BY lesson_id",
            params,
        ).fetchall()
        return tuple(
            LessonSummary(
                lesson,
                started,
                int(done),
                int(passed),
                scores / attempts if attempts else None,
                int(attempts),
            )
            for lesson, started, done, passed, scores, attempts in rows
        )
    return _lesson_summaries_by_date(db, flt)


def _lesson_summaries_by_date(db: Database, flt: ReportFilter) -> tuple[LessonSummary, ...]:
    answers_where, answers_params = flt.where("answers")
    quiz_where, quiz_params = flt.where("quiz_results")
    # GROUP BY visit_id, lesson_id walks the (visit_id, lesson_id) index in order: no sorting of a
    # million answers before the (much smaller) UNION.
    started = dict(
        db.execute(
            "SELECT lesson_id, count(*) FROM ("
            f" SELECT visit_id, lesson_id FROM answers{answers_where} GROUP BY visit_id, lesson_id"
            f" UNION SELECT visit_id, lesson_id FROM quiz_results{quiz_where}"
            ") GROUP BY lesson_id",
            answers_params + quiz_params,
        ).fetchall()
    )
    # Per visit first (in the order of the covering index, so without sorting), then per lesson.
    quiz_rows = db.execute(
        "SELECT lesson_id, count(*), total(passed), total(scores), total(attempts) FROM ("
        " SELECT lesson_id, visit_id, max(passed) AS passed, total(CAST(score AS REAL) / maximum) AS scores,"
        f" count(*) AS attempts FROM quiz_results{quiz_where} GROUP BY lesson_id, visit_id"
        ") GROUP BY lesson_id",
        quiz_params,
    ).fetchall()
    quizzes = {
        lesson: (done, int(passed), scores / attempts, int(attempts))
        for lesson, done, passed, scores, attempts in quiz_rows
    }
    return tuple(
        LessonSummary(lesson, count, *quizzes.get(lesson, (0, 0, None, 0)))
        for lesson, count in sorted(started.items())
    )


def question_summaries(db: Database, flt: ReportFilter = ReportFilter()) -> tuple[QuestionSummary, ...]:
    where, params = flt.where("answers", scan=True)
    if flt.since is None and flt.until is None:
        # No dates: the running totals the store keeps per event (schema m002) hold these groups.
        by_event = "" if flt.event is None else " WHERE event_label = ?"
        grouped = db.execute(
            f"SELECT lesson_id, question_id, correct, chosen, answers, seconds FROM answer_stats{by_event}",
            [] if flt.event is None else [flt.event],
        )
    else:
        # Grouped in SQL from a covering index, split into choices in Python: the groups are few.
        grouped = db.execute(
            "SELECT lesson_id, question_id, correct, chosen, count(*), total(seconds) FROM answers"
            f"{where} GROUP BY lesson_id, question_id, correct, chosen",
            params,
        )
    totals: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    seconds: Counter[tuple[str, str]] = Counter()
    per_choice: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    per_choice_right: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    wrong: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for lesson, question, correct, chosen, count, time_taken in grouped:
        if count <= 0:
            continue
        key = (lesson, question)
        totals[key] += count
        seconds[key] += time_taken
        for choice in (c for c in chosen.split(",") if c):
            per_choice[key][choice] += count
            if correct:
                per_choice_right[key][choice] += count
        if correct:
            right[key] += count
        else:
            wrong[key][chosen] += count
    summaries = []
    for key in sorted(totals):
        n = totals[key]
        choices = tuple(
            ChoiceShare(choice, count, count / n, per_choice_right[key][choice])
            for choice, count in sorted(per_choice[key].items())
        )
        # Ties go to the alphabetically first answer, so the report is the same on every run.
        top = min(wrong[key].items(), key=lambda item: (-item[1], item[0]), default=None)
        summaries.append(
            QuestionSummary(
                lesson_id=key[0],
                question_id=key[1],
                answers=n,
                correct=right[key],
                choices=choices,
                common_wrong=top[0] if top else None,
                common_wrong_count=top[1] if top else 0,
                average_seconds=seconds[key] / n,
            )
        )
    return tuple(summaries)


def effective_filter(db: Database, flt: ReportFilter) -> ReportFilter:
    """``flt`` without its event when every visit has that label (a one-event kiosk's usual case).

    Same results, but the reports then skip an event check on each of possibly a million answers.
    """
    if flt.event is None:
        return flt
    other = db.execute("SELECT 1 FROM visits WHERE event_label IS NOT ? LIMIT 1", [flt.event]).fetchone()
    return flt if other else replace(flt, event=None)


def summarize(db: Database, flt: ReportFilter = ReportFilter(), language: str | None = None) -> Summary:
    """Everything the reports show; ``language`` is the one to name lessons and questions in."""
    shown = flt
    flt = effective_filter(db, flt)
    buckets = _visit_buckets(db, flt)
    days = _days(buckets)
    lessons = lesson_summaries(db, flt)
    questions = question_summaries(db, flt)
    words = lookup(db, language)
    # The totals fall out of the groups: no separate count over a million answers.
    return Summary(
        filter=shown,
        visits=sum(day.visits for day in days),
        answers=sum(question.answers for question in questions),
        quiz_results=sum(lesson.quiz_results for lesson in lessons),
        days=days,
        lessons=lessons,
        questions=questions,
        hours=_hours(buckets),
        items=analyse(db, questions, flt, words),
        words=words,
    )
