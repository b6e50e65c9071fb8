"""Helpers for the results tests: record factories and a connection that can be made to fail."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kiosk.results.records import AnswerRecord, QuizResultRecord

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
