"""Scoring a quiz attempt: one point per question answered exactly right, and the pass mark."""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.content.model import Question


def is_correct(question: Question, chosen: Iterable[str]) -> bool:
    """Right only when the visitor chose exactly the correct set (all of them, nothing else)."""
    return frozenset(chosen) == question.correct_ids


def passed(score: int, maximum: int, pass_mark: int) -> bool:
    """``pass_mark`` is a percentage of the questions asked; integers avoid 0.6 * 5 rounding surprises."""
    if maximum <= 0:
        return False
    return score * 100 >= pass_mark * maximum


def percent(score: int, maximum: int) -> int:
    return round(score * 100 / maximum) if maximum else 0
