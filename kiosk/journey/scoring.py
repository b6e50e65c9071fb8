"""Scoring a quiz attempt: one point per question answered exactly right, and the pass mark."""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.content.model import Question
from kiosk.journey import kinds


def is_correct(question: Question, chosen: Iterable[str]) -> bool:
    """Whether ``chosen`` answers the question right, by the rule of its kind (``kiosk.journey.kinds``)."""
    return kinds.of(question).is_correct(question, frozenset(chosen))


def passed(score: int, maximum: int, pass_mark: int) -> bool:
    """``pass_mark`` is a percentage of the questions asked; integers avoid 0.6 * 5 rounding surprises."""
    if maximum <= 0:
        return False
    return score * 100 >= pass_mark * maximum


def percent(score: int, maximum: int) -> int:
    return round(score * 100 / maximum) if maximum else 0
