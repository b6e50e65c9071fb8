"""What the results say, as plain data for the operator console's charts and the command line's tables.

Visits per day, per lesson completion and scores, per question correct rate and the share of each
choice; every report takes the same filter (since/until UTC days, event label).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlite_utils import Database


@dataclass(frozen=True)
class ReportFilter:
    since: date | None = None  # first UTC day included
    until: date | None = None  # last UTC day included
    event: str | None = None  # only visits with this event label

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
            params.append(self.since.isoformat())
        if self.until is not None:
            clauses.append(f"{plus}{time_column} < ?")
            params.append((self.until + timedelta(days=1)).isoformat())
        if self.event is not None:
            if table == "visits":
                clauses.append("event_label = ?")
            else:
                clauses.append(f"{plus}visit_id IN (SELECT id FROM visits WHERE event_label = ?)")
            params.append(self.event)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


@dataclass(frozen=True)
class DayVisits:
    day: date  # UTC
    visits: int
    finished: int
    idle: int
    abandoned: int
    open: int  # not ended yet (or the kiosk lost power mid-visit)


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


def visits_per_day(db: Database, flt: ReportFilter = ReportFilter()) -> tuple[DayVisits, ...]:
    where, params = flt.where("visits")
    sql = (
        "SELECT substr(started_at, 1, 10), count(*), total(ended_how = 'finished'),"
        " total(ended_how = 'idle'), total(ended_how = 'abandoned'), total(ended_how IS NULL)"
        f" FROM visits{where} GROUP BY 1 ORDER BY 1"
    )
    return tuple(
        DayVisits(date.fromisoformat(day), n, int(fin), int(idle), int(gone), int(still))
        for day, n, fin, idle, gone, still in db.execute(sql, params)
    )


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


def summarize(db: Database, flt: ReportFilter = ReportFilter()) -> Summary:
    shown = flt
    flt = effective_filter(db, flt)
    days = visits_per_day(db, flt)
    lessons = lesson_summaries(db, flt)
    questions = question_summaries(db, flt)
    # The totals fall out of the groups: no separate count over a million answers.
    return Summary(
        filter=shown,
        visits=sum(day.visits for day in days),
        answers=sum(question.answers for question in questions),
        quiz_results=sum(lesson.quiz_results for lesson in lessons),
        days=days,
        lessons=lessons,
        questions=questions,
    )
