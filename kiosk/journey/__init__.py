"""A visitor's journey through the kiosk as a plain-Python state machine (no Qt)."""

from __future__ import annotations

from kiosk.journey.journey import Journey, LessonLoader, Visit
from kiosk.journey.outcomes import AnswerOutcome, MissedQuestion, OpenLesson, PresentedQuestion, QuizResult
from kiosk.journey.states import JourneyError, Screen

__all__ = [
    "AnswerOutcome",
    "Journey",
    "JourneyError",
    "LessonLoader",
    "MissedQuestion",
    "OpenLesson",
    "PresentedQuestion",
    "QuizResult",
    "Screen",
    "Visit",
]
