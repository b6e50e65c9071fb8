"""Helpers for the results tests: record factories and a connection that can be made to fail."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.content.model import Choice, Lesson, LessonEntry, LessonMeta, Pack, Page, Question, Quiz
from kiosk.journey.records import AnswerRecord, QuizResultRecord

T0 = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def make_answer(
    visit_id: str = "visit-1",
    *,
    lesson_id: str = "passwords",
    question_id: str = "q1",
    chosen: tuple[str, ...] = ("a",),
    correct: bool = True,
    at: datetime = T0,
    seconds: float = 4.0,
    answer_id: str | None = None,
) -> AnswerRecord:
    return AnswerRecord(
        id=answer_id or str(uuid.uuid4()),
        visit_id=visit_id,
        lesson_id=lesson_id,
        question_id=question_id,
        question_hash="h-" + question_id,
        chosen=chosen,
        correct=correct,
        seconds=seconds,
        answered_at=at,
        language="en",
    )


def make_quiz(
    visit_id: str, lesson_id: str, score: int, maximum: int, *, at: datetime = T0, passed: bool | None = None
) -> QuizResultRecord:
    return QuizResultRecord(
        id=str(uuid.uuid4()),
        visit_id=visit_id,
        lesson_id=lesson_id,
        score=score,
        maximum=maximum,
        passed=score * 100 >= 60 * maximum if passed is None else passed,
        finished_at=at + timedelta(minutes=3),
        language="en",
    )


@dataclass
class StorageSwitch:
    """What the fake storage does right now: ``"ok"``, ``"full"``, ``"readonly"`` or ``"corrupt"``."""

    state: str = "ok"
    refused: int = 0


def failing_connect(switch: StorageSwitch) -> Callable[[str], sqlite3.Connection]:
    """A ``connect`` for ResultsStore whose writes fail the way a full disk or read-only folder does."""

    class FailingConnection(sqlite3.Connection):
        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
            writing = (
                sql.lstrip().upper().startswith(("INSERT", "UPDATE", "BEGIN", "CREATE", "PRAGMA JOURNAL"))
            )
            if writing and switch.state != "ok":
                switch.refused += 1
                message = {
                    "full": "database or disk is full",
                    "readonly": "attempt to write a readonly database",
                    "corrupt": "database disk image is malformed",
                }[switch.state]
                error = sqlite3.DatabaseError if switch.state == "corrupt" else sqlite3.OperationalError
                raise error(message)
            return super().execute(sql, *args)

    def connect(path: str) -> sqlite3.Connection:
        if switch.state == "readonly":
            # What SQLite reports for a database in a folder the kiosk may not write to.
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True, factory=FailingConnection)
        return sqlite3.connect(path, factory=FailingConnection)

    return connect


def known_data_set(store: object) -> None:
    """A small data set whose every summary number is worked out by hand in test_results_reports.py."""
    from kiosk.journey.records import VisitEnd

    visits = [
        # id, start, how it ended, language, kiosk, event
        ("v1", datetime(2026, 11, 2, 9, 30, tzinfo=UTC), VisitEnd.FINISHED, "en", "booth-1", "expo"),
        ("v2", datetime(2026, 11, 2, 10, 0, tzinfo=UTC), VisitEnd.IDLE, "zh-CN", "展台一号", "expo"),
        ("v3", datetime(2026, 11, 3, 9, 0, tzinfo=UTC), VisitEnd.ABANDONED, "en", "lab-pc", "class-7b"),
        ("v4", datetime(2026, 11, 3, 11, 0, tzinfo=UTC), None, "en", "booth-1", "expo"),
    ]
    answers = {
        # visit: [(lesson, question, chosen, correct, seconds)]
        "v1": [
            ("passwords", "q1", ("a",), True, 4.0),
            ("passwords", "q2", ("a", "c"), True, 6.0),
            ("phishing", "p1", ("b",), True, 10.0),
        ],
        "v2": [("passwords", "q1", ("b",), False, 3.0), ("passwords", "q2", ("a",), False, 5.0)],
        "v3": [("passwords", "q1", ("b",), False, 2.0), ("passwords", "q2", ("b", "a"), False, 8.0)],
        "v4": [("passwords", "q1", ("a",), True, 5.0), ("phishing", "p1", ("c",), False, 2.0)],
    }
    quizzes = {
        "v1": [("passwords", 2, 2), ("phishing", 1, 1)],
        "v2": [("passwords", 0, 2)],
        "v3": [("passwords", 0, 2)],
    }
    for visit_id, started, how, language, kiosk, event in visits:
        store.start_visit(  # type: ignore[attr-defined]
            visit_id=visit_id, started_at=started, language=language, kiosk_name=kiosk, event_label=event
        )
        for n, (lesson, question, chosen, correct, seconds) in enumerate(answers[visit_id], start=1):
            store.record_answer(  # type: ignore[attr-defined]
                make_answer(
                    visit_id,
                    lesson_id=lesson,
                    question_id=question,
                    chosen=chosen,
                    correct=correct,
                    seconds=seconds,
                    at=started + timedelta(minutes=n),
                    answer_id=f"{visit_id}-a{n}",
                )
            )
        for lesson, score, maximum in quizzes.get(visit_id, []):
            store.record_quiz_result(make_quiz(visit_id, lesson, score, maximum, at=started))  # type: ignore[attr-defined]
        if how is not None:
            store.end_visit(visit_id, started + timedelta(minutes=10), how)  # type: ignore[attr-defined]


def small_pack() -> tuple[Pack, object]:
    """Two lessons of six questions each, one with a "select all that apply" question; English only."""
    lessons: dict[str, Lesson] = {}
    entries = []
    for lesson_id in ("alpha", "beta"):
        questions = []
        for n in range(6):
            correct = {"a"} if n else {"a", "c"}
            choices = tuple(Choice(c, f"<p>{c}</p>", c in correct) for c in "abcd")
            questions.append(Question(f"{lesson_id}-q{n}", "<p>?</p>", choices, content_hash=f"h{n}"))
        meta = LessonMeta(lesson_id, "en", lesson_id.title(), Path(f"/demo/{lesson_id}/lesson.md"))
        lessons[lesson_id] = Lesson(meta, (Page("<p>one</p>"), Page("<p>two</p>")), Quiz(tuple(questions)))
        entries.append(LessonEntry(lesson_id, meta.folder, {"en": meta}, "en"))
    pack = Pack(Path("/demo"), {"en": "Demo"}, "en", ("en",), tuple(entries))
    return pack, lambda entry, language: lessons[entry.id]


@contextmanager
def ram_folder() -> Iterator[Path]:
    """A temporary folder in RAM (/dev/shm) where there is one, else on disk.

    For tests that write many small databases and do not test power loss: fsync there costs nothing.
    A process killed with SIGKILL loses nothing the kernel already has, so the crash test uses it too.
    """
    shm = Path("/dev/shm")
    where = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None
    with tempfile.TemporaryDirectory(dir=where, prefix="kiosk-results-") as name:
        yield Path(name)


def stats_match_answers(conn: sqlite3.Connection) -> bool:
    """True when the trigger-kept answer_stats equal a fresh count of the answers table."""
    kept = conn.execute(
        "SELECT lesson_id, question_id, event_label, correct, chosen, answers, round(seconds, 6)"
        " FROM answer_stats ORDER BY 1, 2, 3, 4, 5"
    ).fetchall()
    counted = conn.execute(
        "SELECT a.lesson_id, a.question_id, ifnull(v.event_label, ''), a.correct, a.chosen, count(*),"
        " round(total(a.seconds), 6) FROM answers AS a LEFT JOIN visits AS v ON v.id = a.visit_id"
        " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
    ).fetchall()
    return kept == counted


def visit_lessons_match(conn: sqlite3.Connection) -> bool:
    """True when the trigger-kept visit_lessons equal a fresh count of answers and quiz results."""
    kept = conn.execute(
        "SELECT visit_id, lesson_id, answers, attempts, passed, round(scores, 6) FROM visit_lessons ORDER BY 1, 2"
    ).fetchall()
    counted = conn.execute(
        "SELECT visit_id, lesson_id, sum(a), sum(q), max(p), round(total(s), 6) FROM ("
        " SELECT visit_id, lesson_id, 1 AS a, 0 AS q, 0 AS p, 0.0 AS s FROM answers"
        " UNION ALL SELECT visit_id, lesson_id, 0, 1, passed, CAST(score AS REAL) / max(maximum, 1)"
        " FROM quiz_results) GROUP BY 1, 2 ORDER BY 1, 2"
    ).fetchall()
    return kept == counted
