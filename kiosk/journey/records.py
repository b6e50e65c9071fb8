"""What the journey hands to whoever records it: plain records, and the Recorder protocol it calls.

The journey owns this interface and depends on nothing below it, so it can be tested with a fake; the
SQLite store (kiosk.results.store) implements it. Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class VisitEnd(StrEnum):
    FINISHED = "finished"  # the visitor tapped Finish
    IDLE = "idle"  # the idle timeout reset the kiosk
    ABANDONED = "abandoned"  # anything else: the app closed, the operator took over, a crash


@dataclass(frozen=True)
class AnswerRecord:
    id: str  # random UUID4 string, made by the journey
    visit_id: str
    lesson_id: str
    question_id: str
    question_hash: str  # Question.content_hash: which version of the question was answered
    chosen: tuple[str, ...]  # choice ids, sorted
    correct: bool
    seconds: float  # from the question being shown to the answer
    answered_at: datetime
    language: str = ""


@dataclass(frozen=True)
class QuizResultRecord:
    id: str  # random UUID4 string
    visit_id: str
    lesson_id: str
    score: int
    maximum: int
    passed: bool
    finished_at: datetime
    language: str = ""


@dataclass(frozen=True)
class ShownQuestion:
    """What a visitor was asked, in words: no visitor data, only the lesson's own text as shown.

    Recorded when a question is shown, so that reports can print a question's words instead of its
    ids; the store writes each version (lesson, question, content hash, language) once.
    """

    lesson_id: str
    lesson_title: str
    question_id: str
    question_hash: str
    language: str
    text: str  # the question as one line of plain text
    choices: tuple[tuple[str, str, bool], ...]  # (choice id, plain text, right?) in the lesson's order
    shown_at: datetime


class Recorder(Protocol):
    """Where a visitor's journey is recorded. Implementations never raise to the caller."""

    def start_visit(
        self, *, visit_id: str, started_at: datetime, language: str, kiosk_name: str, event_label: str
    ) -> None: ...

    def record_answer(self, answer: AnswerRecord) -> None:
        """Commit durably before returning (or keep it in memory for a retry if storage fails)."""

    def record_quiz_result(self, result: QuizResultRecord) -> None: ...

    def record_shown(self, shown: ShownQuestion) -> None:
        """Cheap: a version already recorded costs a set lookup, and the words may wait for the next
        answer's commit (they are never needed before an answer refers to them)."""

    def end_visit(self, visit_id: str, ended_at: datetime, how: VisitEnd) -> None: ...

    def correct_rate(self, lesson_id: str, question_id: str) -> float | None:
        """Share (0..1) of answers to this question that were right, from answers older than the current
        hour and rounded, so that no one visitor's answer can be read from it; None below 20 answers."""


class NullRecorder:
    """Records nothing: for previews, screenshots and tests that do not care about results."""

    def start_visit(self, **_: object) -> None:
        return None

    def record_answer(self, answer: AnswerRecord) -> None:
        return None

    def record_quiz_result(self, result: QuizResultRecord) -> None:
        return None

    def record_shown(self, shown: ShownQuestion) -> None:
        return None

    def end_visit(self, visit_id: str, ended_at: datetime, how: VisitEnd) -> None:
        return None

    def correct_rate(self, lesson_id: str, question_id: str) -> float | None:
        return None
