"""What a question kind means to a visitor's journey (see ``kiosk.journey.kinds``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.content.model import Question


@dataclass(frozen=True)
class JourneyKind:
    """How a kind of question is answered: what a tap does, what counts as right, whether it shuffles."""

    #: the selection after a tap on a choice, from the selection before it
    tap: Callable[[frozenset[str], str], frozenset[str]]
    #: whether the chosen choice ids answer the question right
    is_correct: Callable[[Question, frozenset[str]], bool]
    #: whether its choices may be shown in a shuffled order (when the quiz shuffles choices)
    shuffles: bool = True
    #: whether the answer may be checked with nothing chosen (spot the flags: "I give up, show me")
    confirm_empty: bool = False


def exact_set(question: Question, chosen: frozenset[str]) -> bool:
    """Right only when the visitor chose exactly the correct set (all of them, nothing else)."""
    return chosen == question.correct_ids


def replace_selection(selection: frozenset[str], choice_id: str) -> frozenset[str]:
    """One answer at a time: a tap chooses that one instead."""
    return frozenset({choice_id})


def toggle_selection(selection: frozenset[str], choice_id: str) -> frozenset[str]:
    """Any number of answers: a tap adds or removes that one."""
    return selection ^ {choice_id}
