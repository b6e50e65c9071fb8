"""A visitor's journey through the kiosk as a plain-Python state machine (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.journey.journey import Journey, LessonLoader, Visit
from kiosk.journey.states import JourneyError, Screen

if TYPE_CHECKING:
    from kiosk.journey.outcomes import (
        AnswerOutcome,
        MissedQuestion,
        OpenLesson,
        PresentedQuestion,
        QuizResult,
    )

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

_OUTCOMES = {"AnswerOutcome", "MissedQuestion", "OpenLesson", "PresentedQuestion", "QuizResult"}


def __getattr__(name: str) -> object:
    # The outcome types load with the quiz machinery, on first use (see kiosk.journey.journey).
    if name in _OUTCOMES:
        from kiosk.journey import outcomes

        return getattr(outcomes, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
