"""Seeded shuffling: one visitor always sees a question's choices in the same order.

Every order comes from a ``random.Random`` seeded with the visitor's seed and the names of what is
being ordered, so orders are reproducible in tests and independent of each other (drawing a different
set of questions never changes how a question's choices are ordered).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

from kiosk.content.model import Question, Quiz
from kiosk.journey import kinds

T = TypeVar("T")


def _rng(seed: int, *names: object) -> random.Random:
    # A string seed is hashed with SHA-512 by random.Random, so it is stable across runs and platforms
    # (unlike hash()).
    return random.Random("/".join([str(seed), *map(str, names)]))


def shuffled(items: Sequence[T], seed: int, *names: object) -> tuple[T, ...]:
    out = list(items)
    _rng(seed, *names).shuffle(out)
    return tuple(out)


def choice_order(question: Question, *, seed: int, lesson_id: str, shuffle: bool) -> tuple[str, ...]:
    """The ids of the question's choices in the order this visitor sees them.

    Shuffled when the quiz shuffles choices, the question does not say ``shuffle: false``, and its kind
    allows it (true/false never does).
    """
    ids = [c.id for c in question.choices]
    if not shuffle or not question.shuffle or not kinds.of(question).shuffles:
        return tuple(ids)
    return shuffled(ids, seed, "choices", lesson_id, question.id)


def questions_to_ask(quiz: Quiz, *, seed: int, lesson_id: str, attempt: int) -> tuple[Question, ...]:
    """The questions of one attempt at the quiz: drawn (when ``draw`` is set) and ordered.

    Drawn questions keep the file's order unless ``shuffle_questions`` is set, so a quiz that builds
    from easy to hard still does. A second attempt by the same visitor draws afresh.
    """
    questions = list(quiz.questions)
    if quiz.draw and quiz.draw < len(questions):
        picked = set(_rng(seed, "draw", lesson_id, attempt).sample(range(len(questions)), quiz.draw))
        questions = [q for i, q in enumerate(questions) if i in picked]
    if quiz.shuffle_questions:
        questions = list(shuffled(questions, seed, "questions", lesson_id, attempt))
    return tuple(questions)
