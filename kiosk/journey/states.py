"""The screens a visitor's journey moves between, and what a journey call can report back."""

from __future__ import annotations

from enum import StrEnum


class Screen(StrEnum):
    """Where the visitor is. The UI shows one screen per state (feedback shares the question screen)."""

    ATTRACT = "attract"
    CATALOGUE = "catalogue"
    READER = "reader"
    QUESTION = "question"
    FEEDBACK = "feedback"
    RESULT = "result"
    CHALLENGE_RESULT = "challenge_result"  # the booth challenge's own result (kiosk.journey.challenge)


class JourneyError(RuntimeError):
    """A call that the journey's current state does not allow (a bug in the caller, not the visitor)."""
