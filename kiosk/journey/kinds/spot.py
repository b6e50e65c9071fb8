"""Spot the red flags: each tap on a part of the picture finds it (a second tap changes nothing).

Right when the flags found, less the decoys tapped, reach the question's ``need`` (see
``kiosk.content.kinds.spot``); the answer may be checked with nothing found (the visitor gives up and
is shown the flags). Parts are never shuffled: they are places on a picture, not a list.
"""

from __future__ import annotations

from kiosk.content.model import Question
from kiosk.journey.kinds.base import JourneyKind


def add_part(selection: frozenset[str], choice_id: str) -> frozenset[str]:
    """A found part stays found."""
    return selection | {choice_id}


def tally(question: Question, chosen: frozenset[str]) -> tuple[int, int, int]:
    """(flags found, flags in all, decoys tapped)."""
    flags = question.correct_ids
    return len(chosen & flags), len(flags), len(chosen - flags)


def enough_found(question: Question, chosen: frozenset[str]) -> bool:
    found, _, false_alarms = tally(question, chosen)
    return found - false_alarms >= max(1, question.need)


SPOT = JourneyKind(tap=add_part, is_correct=enough_found, shuffles=False, confirm_empty=True)
